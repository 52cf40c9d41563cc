"""Benchmark: SiteWatch media gateway vs Janus (streaming plugin), same simulated camera, same run.

    .venv/bin/python bench/gateway/bench_gateway.py [--viewers 1,10,25,50] [--measure-seconds 10]

Starts a simulated camera (720p25 main stream), the SiteWatch gateway (static mode) and Debian's Janus
(HTTP API on loopback, config written to a temp dir) relaying the same RTSP URL. For each viewer count
and each system, viewers join at random times over a few seconds and are measured: time to first frame
(p50/p95), server CPU % of one core and RSS, frames per second received per viewer, packet loss.
Two viewer clients, named on every row of the table:

- ``aiortc``: aiortc clients in this process with H.264 decoding replaced by a frame counter. Fine for a few
  viewers; at 50 the one Python process saturates the 2 cores by itself and starves both servers.
- ``gst``: ``gst_viewers.py`` under Debian's ``/usr/bin/python3``, many webrtcbin viewers in one process,
  H.264 depayloaded, never decoded, frames/ttff/loss counted in that process (``--gst-from``, default 25
  viewers and above).

Headless Chromium does not fit 50 decoders on this 2-core machine alongside the servers.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import httpx
import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

sys.path.insert(0, str(Path(__file__).resolve().parent))
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from janus_client import JanusViewer, write_janus_config  # noqa: E402

from media_gateway.whep_client import WhepViewer  # noqa: E402

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
SYSTEM_PYTHON = os.environ.get("SITEWATCH_SIMCAM_PYTHON", "/usr/bin/python3")
GST_VIEWERS = Path(__file__).resolve().parent / "gst_viewers.py"
JOIN_WINDOW_SECONDS = 4.0
SETTLE_SECONDS = 2.0


class Viewer(Protocol):
    frames: int

    @property
    def time_to_first_frame(self) -> float | None: ...

    async def inbound_stats(self) -> dict[str, float]: ...


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def wait_for(condition: Callable[[], Awaitable[bool]], within_seconds: float, what: str) -> None:
    deadline = time.monotonic() + within_seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(httpx.HTTPError, OSError):
            if await condition():
                return
        await asyncio.sleep(0.2)
    raise RuntimeError(f"timed out waiting for {what}")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


@dataclass
class PhaseResult:
    system: str
    viewers: int
    ttff_p50: float
    ttff_p95: float
    missing_first_frame: int
    cpu_percent: float
    rss_mb: float
    fps: float
    loss_percent: float | None  # None: the client's counter is not trustworthy for this phase
    client_cpu_percent: float
    client: str = "aiortc"


async def run_phase(
    system: str,
    count: int,
    pid: int,
    make: Callable[[], Any],
    start: Callable[[Any], Awaitable[None]],
    stop: Callable[[Any], Awaitable[None]],
    measure_seconds: float,
) -> PhaseResult:
    viewers = [make() for _ in range(count)]
    joins = sorted(random.uniform(0, JOIN_WINDOW_SECONDS if count > 1 else 1.0) for _ in viewers)
    began = time.monotonic()

    async def join(viewer: Any, at: float) -> None:
        await asyncio.sleep(max(0.0, began + at - time.monotonic()))
        await start(viewer)

    await asyncio.gather(*(join(v, at) for v, at in zip(viewers, joins, strict=True)))
    await asyncio.sleep(SETTLE_SECONDS)
    frames_before = [v.frames for v in viewers]
    stats_before = [await v.inbound_stats() for v in viewers]
    cpu_before, client_before, t_before = cpu_seconds(pid), cpu_seconds(os.getpid()), time.monotonic()
    await asyncio.sleep(measure_seconds)
    elapsed = time.monotonic() - t_before
    cpu = (cpu_seconds(pid) - cpu_before) / elapsed * 100
    client_cpu = (cpu_seconds(os.getpid()) - client_before) / elapsed * 100
    rss = rss_mb(pid)
    fps = statistics.mean((v.frames - b) / elapsed for v, b in zip(viewers, frames_before, strict=True))
    stats_after = [await v.inbound_stats() for v in viewers]
    received = sum(
        a["packetsReceived"] - b["packetsReceived"] for a, b in zip(stats_after, stats_before, strict=True)
    )
    lost_deltas = [
        a["packetsLost"] - b["packetsLost"] for a, b in zip(stats_after, stats_before, strict=True)
    ]
    received_deltas = [
        a["packetsReceived"] - b["packetsReceived"] for a, b in zip(stats_after, stats_before, strict=True)
    ]
    lost = sum(max(0, d) for d in lost_deltas)
    # aiortc's packetsLost is "highest sequence number seen - received"; a sequence-number jump (Janus
    # restarting its relay, a stream switch) counts a wrap of 65536 as lost: a viewer "losing" more
    # packets than it received in the window is that artefact, not a measurement
    trustworthy = all(d <= r for d, r in zip(lost_deltas, received_deltas, strict=True))
    ttffs = [v.time_to_first_frame for v in viewers if v.time_to_first_frame is not None]
    await asyncio.gather(*(stop(v) for v in viewers))
    await asyncio.sleep(2.0)
    return PhaseResult(
        system=system,
        viewers=count,
        ttff_p50=percentile(ttffs, 0.5) if ttffs else float("nan"),
        ttff_p95=percentile(ttffs, 0.95) if ttffs else float("nan"),
        missing_first_frame=count - len(ttffs),
        cpu_percent=cpu,
        rss_mb=rss,
        fps=fps,
        loss_percent=100 * lost / max(1, received + lost) if trustworthy else None,
        client_cpu_percent=client_cpu,
    )


async def run_gst_phase(
    system: str,
    count: int,
    pid: int,
    specs: list[dict[str, Any]],
    certificate_pem: str,
    measure_seconds: float,
) -> PhaseResult:
    """One phase with ``gst_viewers.py``: the viewers' process measures, this one samples the server."""
    joins = sorted(random.uniform(0, JOIN_WINDOW_SECONDS if count > 1 else 1.0) for _ in specs)
    config = {
        "system": system,
        "viewers": [{**spec, "joinAt": at} for spec, at in zip(specs, joins, strict=True)],
        "settleSeconds": SETTLE_SECONDS,
        "measureSeconds": measure_seconds,
        "certificatePem": certificate_pem,
    }
    process = await asyncio.create_subprocess_exec(
        SYSTEM_PYTHON,
        str(GST_VIEWERS),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write((json.dumps(config) + "\n").encode())
    await process.stdin.drain()
    cpu_before = t_before = cpu = 0.0
    result: dict[str, Any] | None = None
    try:
        async with asyncio.timeout(JOIN_WINDOW_SECONDS + SETTLE_SECONDS + measure_seconds + 60):
            while result is None:
                line = await process.stdout.readline()
                if not line:
                    raise RuntimeError(f"gst_viewers.py ended without a result (exit {process.returncode})")
                event = json.loads(line)
                if event["event"] == "measure-start":
                    cpu_before, t_before = cpu_seconds(pid), time.monotonic()
                elif event["event"] == "measure-end":
                    cpu = (cpu_seconds(pid) - cpu_before) / (time.monotonic() - t_before) * 100
                    rss = rss_mb(pid)
                elif event["event"] == "result":
                    result = event
            await process.wait()
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    await asyncio.sleep(2.0)
    viewers = result["viewers"]
    seconds = float(result["seconds"])
    ttffs = [float(v["ttff"]) for v in viewers if v["ttff"] is not None]
    received = sum(max(0, int(v["received"])) for v in viewers)
    lost = sum(max(0, int(v["lost"])) for v in viewers)
    errors = {v["error"] for v in viewers if v["error"]}
    if errors:
        print(f"{system} {count} viewers: signalling errors: {sorted(errors)}", flush=True)
    return PhaseResult(
        system=system,
        viewers=count,
        ttff_p50=percentile(ttffs, 0.5) if ttffs else float("nan"),
        ttff_p95=percentile(ttffs, 0.95) if ttffs else float("nan"),
        missing_first_frame=count - len(ttffs),
        cpu_percent=cpu,
        rss_mb=rss,
        fps=statistics.mean(int(v["frames"]) / seconds for v in viewers),
        loss_percent=100 * lost / max(1, received + lost),
        client_cpu_percent=float(result["cpuSeconds"]) / seconds * 100,
        client="gst",
    )


def ecdsa_certificate_pem() -> str:
    """Certificate + key for the webrtcbin viewers' DTLS (aiortc offers ECDSA cipher suites only)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sitewatch-bench")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=7))
        .sign(key, hashes.SHA256())
    )
    return (
        certificate.public_bytes(serialization.Encoding.PEM)
        + key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    ).decode()


def mint(private_key: ec.EllipticCurvePrivateKey, camera_id: str, user_id: str) -> str:
    now = int(time.time())
    return jwt.encode(
        {
            "iss": "sitewatch-backend",
            "aud": "sitewatch-gateway",
            "gw": "gw-bench",
            "cam": camera_id,
            "q": "MAIN",
            "sub": user_id,
            "role": "BENCH",
            "iat": now,
            "exp": now + 600,
            "jti": uuid.uuid4().hex,
        },
        private_key,
        algorithm="ES256",
    )


def _loss(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def print_table(results: list[PhaseResult], cold_ttff: float | None) -> None:
    header = (
        f"{'system':<10} {'viewers':>7} {'client':>6} {'ttff p50':>9} {'ttff p95':>9} {'no frame':>8} "
        f"{'cpu %':>7} {'cpu/viewer':>10} {'rss MB':>7} {'fps':>6} {'loss %':>7} {'client cpu %':>12}"
    )
    print()
    print(
        "Clients: aiortc = aiortc viewers in the bench process (H.264 depacketized, not decoded); "
        "gst = gst_viewers.py, webrtcbin viewers in one Debian python3 process (depayloaded, not decoded)."
    )
    print(
        "Source: simulated camera 1280x720 25 fps constrained baseline, 2 Mbit/s CBR (filler NAL units), "
        "keyframe every 1 s."
    )
    print("Janus: streaming plugin, RTSP mountpoint, videobufferkf=true. SiteWatch: pull kept warm.")
    if cold_ttff is not None:
        print(f"SiteWatch cold start (first viewer, RTSP pull opened on demand): ttff {cold_ttff:.3f} s")
    print(header)
    print("-" * len(header))
    for r in results:
        print(
            f"{r.system:<10} {r.viewers:>7} {r.client:>6} {r.ttff_p50:>9.3f} {r.ttff_p95:>9.3f} "
            f"{r.missing_first_frame:>8} {r.cpu_percent:>7.1f} {r.cpu_percent / r.viewers:>10.2f} "
            f"{r.rss_mb:>7.1f} {r.fps:>6.1f} {_loss(r.loss_percent):>7} {r.client_cpu_percent:>12.1f}"
        )
    print()
    print(
        f"{'ratio SiteWatch/Janus':<22} {'viewers':>7} {'client':>6} {'ttff p50':>9} {'ttff p95':>9} "
        f"{'cpu':>7} {'cpu/viewer':>10} {'rss':>7} {'fps':>7} {'loss':>7}"
    )
    by_key = {(r.system, r.viewers): r for r in results}
    for count in sorted({r.viewers for r in results}):
        ours, theirs = by_key.get(("sitewatch", count)), by_key.get(("janus", count))
        if ours is None or theirs is None:
            continue

        def ratio(a: float | None, b: float | None) -> str:
            if a is None or b is None:
                return "n/a"
            if not b:
                return "=" if not a else "inf"
            return f"{a / b:.2f}"

        print(
            f"{'':<22} {count:>7} {ours.client:>6} {ratio(ours.ttff_p50, theirs.ttff_p50):>9} "
            f"{ratio(ours.ttff_p95, theirs.ttff_p95):>9} {ratio(ours.cpu_percent, theirs.cpu_percent):>7} "
            f"{ratio(ours.cpu_percent / count, theirs.cpu_percent / count):>10} "
            f"{ratio(ours.rss_mb, theirs.rss_mb):>7} {ratio(ours.fps, theirs.fps):>7} "
            f"{ratio(ours.loss_percent, theirs.loss_percent):>7}"
        )


async def bench(viewer_counts: list[int], measure_seconds: float, workdir: Path, gst_from: int) -> None:
    certificate_pem = ecdsa_certificate_pem()
    rtsp_port, control_port, gateway_port, janus_port = free_port(), free_port(), free_port(), free_port()
    private_key = ec.generate_private_key(ec.SECP256R1())
    public_key = workdir / "ticket-public.pem"
    public_key.write_bytes(
        private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    main_url = f"rtsp://127.0.0.1:{rtsp_port}/cam1/main"
    sub_url = f"rtsp://127.0.0.1:{rtsp_port}/cam1/sub"
    janus_config = write_janus_config(workdir / "janus", janus_port, {1: main_url})
    processes: list[subprocess.Popen[bytes]] = []
    logs = workdir / "logs"
    logs.mkdir()
    try:
        simcam = spawn(
            [
                sys.executable,
                "-m",
                "media_gateway.simcam",
                "--port",
                str(rtsp_port),
                "--control-port",
                str(control_port),
                "--camera",
                "cam1",
                "--cbr",
            ],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=(logs / "simcam.log").open("wb"),
        )
        processes.append(simcam)
        async with httpx.AsyncClient(
            trust_env=False,
            timeout=10,
            limits=httpx.Limits(max_connections=400, max_keepalive_connections=200),
        ) as http:
            await wait_for(lambda: _http_ok(http, f"http://127.0.0.1:{control_port}/cameras"), 20, "simcam")
            gateway = spawn(
                [
                    sys.executable,
                    "-m",
                    "media_gateway",
                    "--port",
                    str(gateway_port),
                    "--gateway-id",
                    "gw-bench",
                    "--ticket-public-key",
                    str(public_key),
                    "--camera",
                    f"1={main_url},{sub_url}",
                    "--idle-close-seconds",
                    "600",
                    "--max-sessions-per-user",
                    "1000",
                    "--log-level",
                    "warning",
                ],
                cwd=REPO,
                stdout=subprocess.DEVNULL,
                stderr=(logs / "gateway.log").open("wb"),
            )
            processes.append(gateway)
            janus = spawn_janus(janus_config, logs)
            processes.append(janus)
            janus_url = f"http://127.0.0.1:{janus_port}/janus"
            await wait_for(lambda: _http_ok(http, f"http://127.0.0.1:{gateway_port}/readyz"), 20, "gateway")
            await wait_for(lambda: _http_ok(http, f"{janus_url}/info"), 20, "janus")

            whep = f"http://127.0.0.1:{gateway_port}/whep/1"
            warm = WhepViewer(whep, mint(private_key, "1", "warmup"), decode=False)
            await warm.start(http)
            await warm.wait_frames(10, within_seconds=20)
            cold_ttff = warm.time_to_first_frame
            await warm.stop(http)

            results = []
            for count in viewer_counts:
                if count >= gst_from:
                    results.append(
                        await run_gst_phase(
                            "sitewatch",
                            count,
                            gateway.pid,
                            [
                                {"endpoint": whep, "ticket": mint(private_key, "1", "bench")}
                                for _ in range(count)
                            ],
                            certificate_pem,
                            measure_seconds,
                        )
                    )
                    print(results[-1], flush=True)
                    results.append(
                        await run_gst_phase(
                            "janus",
                            count,
                            janus.pid,
                            [{"janus": janus_url, "mountpoint": 1} for _ in range(count)],
                            certificate_pem,
                            measure_seconds,
                        )
                    )
                    print(results[-1], flush=True)
                    continue
                results.append(
                    await run_phase(
                        "sitewatch",
                        count,
                        gateway.pid,
                        lambda: WhepViewer(whep, mint(private_key, "1", "bench"), decode=False),
                        lambda v: v.start(http),
                        lambda v: v.stop(http),
                        measure_seconds,
                    )
                )
                print(results[-1], flush=True)
                results.append(
                    await run_phase(
                        "janus",
                        count,
                        janus.pid,
                        lambda: JanusViewer(janus_url, 1),
                        lambda v: v.start(http),
                        lambda v: v.stop(http),
                        measure_seconds,
                    )
                )
                print(results[-1], flush=True)
        print_table(results, cold_ttff)
    finally:
        for process in reversed(processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(5)


def spawn(command: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
    return subprocess.Popen(command, **kwargs)


async def _http_ok(client: httpx.AsyncClient, url: str) -> bool:
    return (await client.get(url)).status_code == 200


def spawn_janus(config: Path, logs: Path) -> subprocess.Popen[bytes]:
    """Janus with the bench's configuration folder, logging to ``logs``/janus.log (the peer of every bench)."""
    return spawn(
        ["/usr/bin/janus", "-C", str(config), "-F", str(config.parent), "-N", "-L", str(logs / "janus.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--viewers", default="1,10,25,50")
    parser.add_argument("--measure-seconds", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--gst-from",
        type=int,
        default=25,
        help="use the webrtcbin viewers (gst_viewers.py) from this many viewers on; aiortc below",
    )
    args = parser.parse_args(argv)
    random.seed(args.seed)
    counts = [int(c) for c in args.viewers.split(",")]
    with tempfile.TemporaryDirectory(prefix="sitewatch-bench-") as workdir:
        asyncio.run(bench(counts, args.measure_seconds, Path(workdir), args.gst_from))
    return 0


if __name__ == "__main__":
    sys.exit(main())
