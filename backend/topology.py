"""The production topology on one machine, for staging, load runs and fault tests.

    nginx (Debian, foreground child, generated config)
      ├─▶ backend-1  `sitewatch serve`  ─┐
      └─▶ backend-2  `sitewatch serve`  ─┼─▶ PostgreSQL (a fresh database on the machine's server)
    gw-1 (districts 1–8)  ─┐             └─▶ Redis (the machine's: a db number and a channel prefix)
    gw-2 (districts 9–16) ─┴─▶ simcam-1 / simcam-2 (the cameras of each gateway's districts)

Each gateway is registered in the city's gateway register with its districts and started with the
credential the register issued for it (``--no-seed``: no districts exist, so the gateways run unregistered
until the city registers them). ``start_topology()`` returns a running :class:`Topology` (endpoints, secrets, per-process control for
fault tests: ``stop(name)``, ``start(name)``, ``pid(name)``); ``Topology.close()`` stops everything
and drops the database. ``sitewatch topology`` runs it until Ctrl-C and prints the URLs.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

NGINX = os.environ.get("SITEWATCH_NGINX", "/usr/sbin/nginx")
DEFAULT_POSTGRES_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres"
DEFAULT_REDIS = "redis://127.0.0.1:6379/6"
START_TIMEOUT_SECONDS = 90.0
STOP_TIMEOUT_SECONDS = 10.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def free_port_pair() -> int:
    """A free port whose successor is free too (a camera server's RTSP and control ports)."""
    for _ in range(50):
        port = free_port()
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no two consecutive free ports found")


@dataclass
class Process:
    """A child process the topology can stop and start again with the same command."""

    name: str
    argv: list[str]
    env: dict[str, str]
    log_path: Path
    ready_url: str | None = None
    ready_port: int | None = None
    popen: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = self.log_path.open("ab")
        try:
            self.popen = subprocess.Popen(  # noqa: S603 - our own executables, fixed arguments
                self.argv,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,  # a Ctrl-C in the terminal reaches the launcher only
            )
        finally:
            log.close()

    @property
    def running(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.popen is None:
            return
        if self.popen.poll() is None:
            self.popen.send_signal(sig)
            try:
                self.popen.wait(timeout=STOP_TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(timeout=STOP_TIMEOUT_SECONDS)
        self.popen = None

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


@dataclass
class GatewayEndpoint:
    gateway_id: str
    url: str
    districts: list[str]
    simcam_rtsp_port: int
    credential: str  # from the gateway register (shown once); "" when unregistered (no seed)


@dataclass
class Topology:
    base_url: str  # nginx over HTTP/1.1: API clients, tests, gateways
    tls_url: str  # nginx over HTTPS + HTTP/2 (self-signed): browsers
    backend_urls: list[str]
    gateways: list[GatewayEndpoint]
    database_url: str
    database_name: str
    postgres_admin_dsn: str
    redis_url: str
    redis_prefix: str
    jwt_secret: str
    metrics_token: str
    data_dir: Path
    password: str
    processes: dict[str, Process] = field(default_factory=dict)
    keep_data: bool = False

    @property
    def ws_url(self) -> str:
        return self.base_url.replace("http://", "ws://", 1) + "/graphql"

    def pid(self, name: str) -> int | None:
        process = self.processes[name]
        return process.popen.pid if process.popen is not None and process.running else None

    def stop(self, name: str, sig: int = signal.SIGTERM) -> None:
        """Stop one process (fault tests: a backend, a gateway, a camera server, nginx)."""
        self.processes[name].stop(sig)

    def start(self, name: str, *, wait: bool = True) -> None:
        """Start a stopped process again with its original command and environment."""
        process = self.processes[name]
        if process.running:
            return
        process.start()
        if wait:
            _wait_ready([process], START_TIMEOUT_SECONDS)

    def describe(self) -> dict[str, Any]:
        return {
            "url": self.base_url + "/",
            "https": self.tls_url + "/",
            "graphql": self.base_url + "/graphql",
            "backends": self.backend_urls,
            "gateways": [
                {"id": g.gateway_id, "url": g.url, "districts": g.districts, "rtsp_port": g.simcam_rtsp_port}
                for g in self.gateways
            ],
            "metrics": [f"{url}/metrics" for url in [*self.backend_urls, *(g.url for g in self.gateways)]],
            "database": self.database_url.split("@")[-1],
            "redis": f"{self.redis_url} (channels {self.redis_prefix}*)",
            "data_dir": str(self.data_dir),
            "pids": {name: self.pid(name) for name in self.processes},
        }

    def close(self) -> None:
        for name in reversed(list(self.processes)):
            self.processes[name].stop()
        if not self.keep_data:
            asyncio.run(_drop_database(self.postgres_admin_dsn, self.database_name))
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def __enter__(self) -> Topology:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


async def _create_database(admin_dsn: str, name: str) -> None:
    import asyncpg

    admin = await asyncpg.connect(admin_dsn)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()


async def _drop_database(admin_dsn: str, name: str) -> None:
    import asyncpg

    with contextlib.suppress(OSError, asyncpg.PostgresError):
        admin = await asyncpg.connect(admin_dsn)
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()


def _http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - our loopback URL
            return bool(200 <= response.status < 300)
    except (urllib.error.URLError, OSError, ValueError):
        return False


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _wait_ready(processes: list[Process], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    pending = list(processes)
    while pending:
        for process in list(pending):
            if not process.running:
                raise RuntimeError(f"{process.name} exited during start:\n{process.log_tail()}")
            if (process.ready_url and _http_ok(process.ready_url)) or (
                process.ready_port and not process.ready_url and _port_open(process.ready_port)
            ):
                pending.remove(process)
        if pending and time.monotonic() > deadline:
            names = ", ".join(p.name for p in pending)
            raise RuntimeError(f"not ready after {timeout:.0f} s: {names}\n{pending[0].log_tail()}")
        if pending:
            time.sleep(0.2)


NGINX_CONFIG = """\
worker_processes 1;
pid {run}/nginx.pid;
error_log {run}/nginx-error.log warn;
events {{ worker_connections 8192; }}
http {{
    access_log off;
    client_body_temp_path {run}/client_body;
    proxy_temp_path {run}/proxy;
    fastcgi_temp_path {run}/fastcgi;
    uwsgi_temp_path {run}/uwsgi;
    scgi_temp_path {run}/scgi;
    client_max_body_size 26m;
    types {{ }}
    default_type application/octet-stream;
    gzip on;
    gzip_comp_level 6;
    gzip_min_length 512;
    gzip_proxied any;
    gzip_vary on;
    gzip_types application/javascript text/javascript text/css application/json image/svg+xml text/html;

    upstream sitewatch_backends {{
{servers}
        keepalive 64;
    }}
    map $http_upgrade $connection_upgrade {{ default upgrade; "" ""; }}
    # Keep the caller's X-Request-ID, else nginx's own $request_id: one id from the proxy to the logs.
    map $http_x_request_id $sitewatch_request_id {{ default $http_x_request_id; "" $request_id; }}

    server {{
        listen 127.0.0.1:{port};
        # HTTPS with HTTP/2 (a self-signed certificate for 127.0.0.1): what browsers get in production.
        listen 127.0.0.1:{tls_port} ssl http2;
        ssl_certificate {run}/tls-cert.pem;
        ssl_certificate_key {run}/tls-key.pem;
        proxy_http_version 1.1;
        proxy_set_header Host $http_host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_set_header X-Request-ID $sitewatch_request_id;
        proxy_set_header Connection "";
        proxy_next_upstream error timeout http_502 http_503;
        proxy_request_buffering off;  # uploads stream through to the backend (it enforces the size limit)

        # Metrics are scraped from each instance on the internal network, never through the proxy.
        location = /metrics {{ return 404; }}
        location /internal/ {{
            allow 127.0.0.1;
            deny all;
            proxy_pass http://sitewatch_backends;
        }}
        location = /graphql {{
            proxy_pass http://sitewatch_backends;
            # a location with proxy_set_header of its own inherits none of the server's: all repeated
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header X-Request-ID $sitewatch_request_id;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_read_timeout 1h;
            proxy_send_timeout 1h;
        }}
        # Hashed file names: a new build has new names, so browsers may keep these for good.
        location /assets/ {{
            proxy_pass http://sitewatch_backends;
            add_header Cache-Control "public, max-age=31536000, immutable";
        }}
        location / {{
            proxy_pass http://sitewatch_backends;
        }}
    }}
}}
"""


def _districts_split() -> tuple[list[str], list[str]]:
    from backend.demo.seed import TIANJIN_DISTRICTS

    codes = sorted(code for code, _, _ in TIANJIN_DISTRICTS)
    half = len(codes) // 2
    return codes[:half], codes[half:]


def start_topology(
    *,
    data_dir: Path | None = None,
    postgres_admin_dsn: str | None = None,
    redis_url: str | None = None,
    port: int | None = None,
    backends: int = 2,
    seed: bool = True,
    keep_data: bool = False,
    extra_env: dict[str, str] | None = None,
) -> Topology:
    """Start everything and return once every process answers; on failure, stop what was started."""
    if not Path(NGINX).exists():
        raise RuntimeError(f"{NGINX} is missing: install Debian's nginx (scripts/bootstrap.sh does)")
    run_id = secrets.token_hex(4)
    root = data_dir or Path(tempfile.mkdtemp(prefix=f"sitewatch-topology-{run_id}-"))
    root.mkdir(parents=True, exist_ok=True)
    (root / "logs").mkdir(exist_ok=True)
    (root / "run").mkdir(exist_ok=True)
    admin_dsn = postgres_admin_dsn or os.environ.get("SITEWATCH_TOPOLOGY_POSTGRES", DEFAULT_POSTGRES_ADMIN)
    redis = redis_url or os.environ.get("SITEWATCH_TOPOLOGY_REDIS", DEFAULT_REDIS)
    database_name = f"sitewatch_topology_{run_id}"
    database_url = f"{admin_dsn.rsplit('/', 1)[0]}/{database_name}"
    from backend.demo.seed import DEMO_PASSWORD

    topology = Topology(
        base_url=f"http://127.0.0.1:{port or free_port()}",
        tls_url=f"https://127.0.0.1:{free_port()}",
        backend_urls=[],
        gateways=[],
        database_url=database_url,
        database_name=database_name,
        postgres_admin_dsn=admin_dsn,
        redis_url=redis,
        redis_prefix=f"sitewatch:topology-{run_id}:",
        jwt_secret=secrets.token_urlsafe(48),
        metrics_token=secrets.token_urlsafe(24),
        data_dir=root,
        password=DEMO_PASSWORD,
        keep_data=keep_data,
    )
    asyncio.run(_create_database(admin_dsn, database_name))
    try:
        _start_all(topology, backends=backends, seed=seed, extra_env=extra_env or {})
    except BaseException:
        topology.close()
        raise
    return topology


def _start_all(topology: Topology, *, backends: int, seed: bool, extra_env: dict[str, str]) -> None:
    python = sys.executable
    root = topology.data_dir
    logs = root / "logs"
    base_env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("SITEWATCH_") or key in ("SITEWATCH_SIMCAM_PYTHON",)
    }
    backend_env = {
        **base_env,
        "SITEWATCH_DATABASE_URL": topology.database_url,
        "SITEWATCH_REDIS_URL": topology.redis_url,
        "SITEWATCH_REDIS_PREFIX": topology.redis_prefix,
        "SITEWATCH_JWT_SECRET": topology.jwt_secret,
        "SITEWATCH_CREDENTIALS_KEY": secrets.token_urlsafe(48),
        "SITEWATCH_METRICS_TOKEN": topology.metrics_token,
        "SITEWATCH_DATA_DIR": str(root / "data"),
        "SITEWATCH_LOG_FORMAT": "json",
        # nginx reaches the backends from 127.0.0.1: its X-Forwarded-For is the browser's address
        # (audit, Art. 10 access log, per-address login limit); from anyone else the header is ignored.
        "SITEWATCH_TRUSTED_PROXIES": "127.0.0.1",
        **extra_env,
    }
    districts = _districts_split()
    rtsp_ports = [free_port_pair() for _ in districts]
    gateway_ports = [free_port() for _ in districts]
    gateways = [
        {"id": f"gw-{index}", "districts": codes, "public_url": f"http://127.0.0.1:{gateway_port}"}
        for index, (codes, gateway_port) in enumerate(zip(districts, gateway_ports, strict=True), start=1)
    ]

    # Schema, demo data (cameras of each half on its own camera server), the ticket key pair, and the
    # gateways in the gateway register (their credentials come back on the last line of stdout).
    options = {"seed": seed, "rtsp_ports": rtsp_ports, "gateways": gateways}
    prepared = subprocess.run(  # noqa: S603
        [python, "-m", "backend.topology", "--prepare", json.dumps(options)],
        env=backend_env,
        capture_output=True,
        text=True,
        check=False,
    )
    if prepared.returncode != 0:
        raise RuntimeError(f"preparing the database failed:\n{prepared.stdout}\n{prepared.stderr}")
    lines = prepared.stdout.strip().splitlines()
    outcome: dict[str, Any] = json.loads(lines[-1]) if lines else {}
    credentials: dict[str, str] = outcome.get("credentials", {})
    # Like `sitewatch demo`: record the featured project's cameras only (recording all ~900 demo cameras
    # swamps a test machine); SITEWATCH_RECORDING_ONLY_PROJECTS in extra_env (empty: all) overrides it.
    backend_env.setdefault("SITEWATCH_RECORDING_ONLY_PROJECTS", str(outcome.get("featured", "")))

    processes = topology.processes
    for index, rtsp_port in enumerate(rtsp_ports, start=1):
        from backend.demo.seed import SIMCAM_NAMES

        processes[f"simcam-{index}"] = Process(
            name=f"simcam-{index}",
            argv=[
                python,
                "-m",
                "media_gateway.simcam",
                "--port",
                str(rtsp_port),
                "--control-port",
                str(rtsp_port + 1),
                *[arg for name in SIMCAM_NAMES for arg in ("--camera", name)],
            ],
            env=base_env,
            log_path=logs / f"simcam-{index}.log",
            ready_port=rtsp_port,
        )
    for index in range(1, backends + 1):
        backend_port = free_port()
        url = f"http://127.0.0.1:{backend_port}"
        topology.backend_urls.append(url)
        processes[f"backend-{index}"] = Process(
            name=f"backend-{index}",
            argv=[python, "-m", "backend.cli", "serve", "--host", "127.0.0.1", "--port", str(backend_port)],
            env={**backend_env, "SITEWATCH_INSTANCE": f"backend-{index}"},
            log_path=logs / f"backend-{index}.log",
            ready_url=f"{url}/readyz",
        )
    port = int(topology.base_url.rsplit(":", 1)[1])
    run = root / "run"
    servers = "\n".join(
        f"        server {url.removeprefix('http://')} max_fails=1 fail_timeout=2s;"
        for url in topology.backend_urls
    )
    config = root / "nginx.conf"
    tls_port = int(topology.tls_url.rsplit(":", 1)[1])
    config.write_text(NGINX_CONFIG.format(run=run, servers=servers, port=port, tls_port=tls_port))
    _prepare_nginx_dirs(run)
    _self_signed_certificate(run)
    processes["nginx"] = Process(
        name="nginx",
        argv=nginx_argv(run, config),
        env=base_env,
        log_path=logs / "nginx.log",
        ready_url=f"{topology.base_url}/healthz",
    )
    for gateway, rtsp_port, gateway_port in zip(gateways, rtsp_ports, gateway_ports, strict=True):
        gateway_id, codes, url = str(gateway["id"]), list(gateway["districts"]), str(gateway["public_url"])
        credential = credentials.get(gateway_id, "")
        topology.gateways.append(GatewayEndpoint(gateway_id, url, codes, rtsp_port, credential))
        processes[gateway_id] = Process(
            name=gateway_id,
            argv=[python, "-m", "media_gateway", "--host", "127.0.0.1", "--port", str(gateway_port)],
            env={
                **base_env,
                "SITEWATCH_BACKEND_URL": topology.base_url,
                "SITEWATCH_GATEWAY_CREDENTIAL": credential,
                "SITEWATCH_GATEWAY_ID": gateway_id,
                "SITEWATCH_GATEWAY_PUBLIC_URL": url,
                "SITEWATCH_GATEWAY_TICKET_PUBLIC_KEY_FILE": str(
                    root / "data" / "keys" / "live-ticket-public.pem"
                ),
                "SITEWATCH_METRICS_TOKEN": topology.metrics_token,
                "SITEWATCH_LOG_FORMAT": "json",
                # each gateway its own footage (a shared root made each report the other's segments)
                "SITEWATCH_GATEWAY_RECORDING_ROOT": str(root / "recordings" / gateway_id),
                **extra_env,
            },
            log_path=logs / f"{gateway_id}.log",
            ready_url=f"{url}/readyz",  # /health needs the gateway's or an operator's key
        )
    order = [
        [p for n, p in processes.items() if n.startswith("simcam")],
        [p for n, p in processes.items() if n.startswith("backend")],
        [processes["nginx"]],
        [p for n, p in processes.items() if n.startswith("gw-")],
    ]
    for group in order:
        for process in group:
            process.start()
        _wait_ready(group, START_TIMEOUT_SECONDS)


def _self_signed_certificate(run: Path) -> None:
    subprocess.run(  # noqa: S603
        [
            "/usr/bin/openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-days",
            "7",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(run / "tls-key.pem"),
            "-out",
            str(run / "tls-cert.pem"),
        ],
        check=True,
        capture_output=True,
    )


def nginx_argv(run: Path, config: Path) -> list[str]:
    """nginx in the foreground with ``run`` as its prefix (temp files, error log) and ``config``."""
    return [NGINX, "-e", str(run / "nginx-error.log"), "-p", str(run), "-c", str(config), "-g", "daemon off;"]


def _prepare_nginx_dirs(run: Path) -> None:
    """nginx started as root runs its worker as ``nobody``: that user must reach its temp directories."""
    names = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    for name in names:
        (run / name).mkdir(exist_ok=True)
    if os.geteuid() != 0:
        return
    import pwd

    nobody = pwd.getpwnam("nobody")
    for directory in (run.parent, run):
        directory.chmod(0o711)
    for name in names:
        os.chown(run / name, nobody.pw_uid, nobody.pw_gid)


@contextlib.contextmanager
def running_topology(**options: Any) -> Iterator[Topology]:
    """``with running_topology() as topology: ...`` — for tests and benchmarks."""
    topology = start_topology(**options)
    try:
        yield topology
    finally:
        topology.close()


async def _prepare(seed: bool, rtsp_ports: list[int], gateways: list[dict[str, Any]]) -> dict[str, Any]:
    """Returns the credential of each registered gateway (none without the seed: no districts exist) and
    the demo's featured project (the one it records)."""
    from backend import db
    from backend.cameras.models import Camera
    from backend.cli import register_gateway_by_codes
    from backend.demo.seed import featured_project_code, seed_demo
    from backend.media.services import ticket_keys
    from backend.settings import load_settings

    settings = load_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    ticket_keys(settings)
    await db.migrate(settings.database_url)
    if not seed:
        return {"credentials": {}, "featured": ""}
    await db.connect(settings.database_url)
    try:
        await seed_demo(settings, rtsp_port=rtsp_ports[0])
        # The second half of the districts gets its own camera server (the demo seed has one).
        _, second = _districts_split()
        first_host, second_host = f"127.0.0.1:{rtsp_ports[0]}", f"127.0.0.1:{rtsp_ports[1]}"
        first_control, second_control = f"127.0.0.1:{rtsp_ports[0] + 1}", f"127.0.0.1:{rtsp_ports[1] + 1}"
        cameras = await Camera.filter(project__district__code__in=second)
        for camera in cameras:
            camera.main_stream_url = camera.main_stream_url.replace(first_host, second_host)
            camera.sub_stream_url = camera.sub_stream_url.replace(first_host, second_host)
            camera.onvif_endpoint = camera.onvif_endpoint.replace(first_control, second_control)
        if cameras:
            await Camera.bulk_update(cameras, fields=["main_stream_url", "sub_stream_url", "onvif_endpoint"])
        credentials = {
            gateway["id"]: await register_gateway_by_codes(
                settings, gateway["id"], list(gateway["districts"]), public_url=gateway["public_url"]
            )
            for gateway in gateways
        }
        return {"credentials": credentials, "featured": await featured_project_code()}
    finally:
        await db.disconnect()


def main(argv: list[str] | None = None) -> int:
    """``sitewatch topology``: start, print the URLs, run until Ctrl-C / SIGTERM, stop cleanly."""
    import argparse

    parser = argparse.ArgumentParser(prog="sitewatch topology", description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8080, help="nginx port (0: any free port)")
    parser.add_argument("--data-dir", type=Path, help="default: a new temporary directory")
    parser.add_argument("--postgres-admin", help=f"admin DSN (default {DEFAULT_POSTGRES_ADMIN})")
    parser.add_argument("--redis", help=f"Redis URL with db number (default {DEFAULT_REDIS})")
    parser.add_argument("--no-seed", action="store_true", help="empty database (no demo data, no accounts)")
    parser.add_argument("--keep", action="store_true", help="keep the database and the data dir at the end")
    parser.add_argument("--json", action="store_true", help="print the endpoints as one JSON line")
    parser.add_argument("--prepare", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.prepare:
        options = json.loads(args.prepare)
        prepared = asyncio.run(
            _prepare(bool(options["seed"]), list(options["rtsp_ports"]), list(options["gateways"]))
        )
        print(json.dumps(prepared), flush=True)
        return 0
    stopping = False

    def request_stop(*_: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    started = time.monotonic()
    topology = start_topology(
        data_dir=args.data_dir,
        postgres_admin_dsn=args.postgres_admin,
        redis_url=args.redis,
        port=args.port or None,
        seed=not args.no_seed,
        keep_data=args.keep,
    )
    try:
        info = topology.describe()
        if args.json:
            print(json.dumps(info), flush=True)
        else:
            print(f"\nSiteWatch topology up in {time.monotonic() - started:.1f} s", flush=True)
            print(f"  Open        {info['url']}   (nginx → {len(info['backends'])} backends)")
            print(f"              {info['https']}   (HTTP/2, self-signed certificate)")
            for url in info["backends"]:
                print(f"  backend     {url}   /healthz /readyz /metrics")
            for gateway in info["gateways"]:
                print(
                    f"  {gateway['id']:<11} {gateway['url']}   districts {','.join(gateway['districts'])}"
                    f"   cameras rtsp://127.0.0.1:{gateway['rtsp_port']}/<cam>/main"
                )
            if args.no_seed:
                print("  gateways    unregistered (no districts without the seed): no live video in this run")
            print(f"  database    {info['database']}\n  redis       {info['redis']}")
            print(f"  metrics     Authorization: Bearer {topology.metrics_token}")
            if not args.no_seed:
                print(f"  accounts    city, district, owner, ... — password {topology.password}")
            print(f"  logs        {topology.data_dir / 'logs'}   (Ctrl-C stops everything)\n", flush=True)
        while not stopping:
            for process in topology.processes.values():
                if not process.running:
                    print(
                        f"{process.name} exited; stopping\n{process.log_tail()}", file=sys.stderr, flush=True
                    )
                    stopping = True
                    break
            time.sleep(0.5)
    finally:
        topology.close()
        print("topology stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
