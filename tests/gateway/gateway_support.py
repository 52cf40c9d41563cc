"""Fixtures and helpers for the gateway tests: real simulated cameras (GStreamer) and a real gateway.

The only stand-in is ``BackendSink``: a tiny HTTP server playing the backend's internal gateway API
(camera directory, registration, health) so the test can read what the gateway reported.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GATEWAY_ID = "gw-test"
GATEWAY_KEY = "test-gateway-key"
IDLE_CLOSE_SECONDS = 3.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(condition: Callable[[], bool], within_seconds: float, interval: float = 0.1) -> bool:
    deadline = time.monotonic() + within_seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return condition()


async def eventually(condition: Callable[[], bool], within_seconds: float, interval: float = 0.1) -> bool:
    """``wait_until`` for async tests: keeps the event loop (and the viewers on it) running."""
    deadline = time.monotonic() + within_seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(interval)
    return condition()


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def stop_process(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


# --- tickets ---------------------------------------------------------------------------------------


@dataclass
class TicketMint:
    private_key: ec.EllipticCurvePrivateKey
    public_key_file: Path

    def __call__(
        self,
        camera_id: str,
        quality: str = "MAIN",
        user_id: str = "7",
        gateway_id: str = GATEWAY_ID,
        expires_in: float = 60,
        key: ec.EllipticCurvePrivateKey | None = None,
        session: str = "",
    ) -> str:
        now = int(time.time())
        claims = {
            "iss": "sitewatch-backend",
            "aud": "sitewatch-gateway",
            "gw": gateway_id,
            "cam": camera_id,
            "q": quality,
            "sub": user_id,
            "role": "SUPERVISOR",
            "iat": now,
            "exp": int(now + expires_in),
            "jti": uuid.uuid4().hex,
            "sid": session,
        }
        return jwt.encode(claims, key or self.private_key, algorithm="ES256")


@pytest.fixture(scope="session")
def mint_ticket(tmp_path_factory: pytest.TempPathFactory) -> TicketMint:
    private_key = ec.generate_private_key(ec.SECP256R1())
    public_pem = private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    path = tmp_path_factory.mktemp("keys") / "ticket-public.pem"
    path.write_bytes(public_pem)
    return TicketMint(private_key, path)


# --- simulated cameras -----------------------------------------------------------------------------


@dataclass
class SimCam:
    rtsp_port: int
    control_port: int
    cameras: list[str]
    process: subprocess.Popen[bytes] | None = None
    bframes: list[str] = field(default_factory=list)  # cameras served as main profile with B-frames

    def url(self, camera: str, stream: str = "main") -> str:
        return f"rtsp://127.0.0.1:{self.rtsp_port}/{camera}/{stream}"

    def onvif_url(self, camera: str) -> str:
        """The camera's ONVIF device service (each simulated camera answers as a device of its own)."""
        return f"http://127.0.0.1:{self.control_port}/onvif/device_service?profile={camera}"

    def swap_device(self, camera: str, serial: str) -> dict[str, Any]:
        """Put another device at the camera's address: new serial, its RTSP connections start over."""
        response = httpx.post(
            f"http://127.0.0.1:{self.control_port}/cameras/{camera}/device",
            json={"serial": serial},
            trust_env=False,
        )
        assert response.status_code == 200, response.text
        return dict(response.json())

    def start(self) -> None:
        args = ["--port", str(self.rtsp_port), "--control-port", str(self.control_port)]
        for camera in self.cameras:
            args += ["--camera", camera]
        for camera in self.bframes:
            args += ["--bframes", camera]
        self.process = subprocess.Popen(
            [
                PYTHON,
                "-c",
                "import sys; from media_gateway.simcam import main; sys.exit(main(sys.argv[1:]))",
                *args,
            ],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
        )
        assert wait_until(lambda: port_open(self.rtsp_port) and port_open(self.control_port), 15), (
            "simcam did not start"
        )

    def stop(self) -> None:
        if self.process is not None:
            stop_process(self.process)
            self.process = None

    def state(self, camera: str) -> dict[str, Any]:
        return httpx.get(f"http://127.0.0.1:{self.control_port}/cameras/{camera}", trust_env=False).json()


@pytest.fixture(scope="session")
def simcam() -> Iterator[SimCam]:
    cameras = SimCam(free_port(), free_port(), ["cam1", "cam2"])
    cameras.start()
    yield cameras
    cameras.stop()


@pytest.fixture(scope="session")
def flaky_simcam() -> Iterator[SimCam]:
    """A camera of its own, that tests kill and restart."""
    cameras = SimCam(free_port(), free_port(), ["cam9"])
    cameras.start()
    yield cameras
    cameras.stop()


@pytest.fixture(scope="session")
def bframe_simcam() -> Iterator[SimCam]:
    """A camera whose H.264 has B-frames (main profile): the gateway must transcode it once."""
    cameras = SimCam(free_port(), free_port(), ["camb"], bframes=["camb"])
    cameras.start()
    yield cameras
    cameras.stop()


# --- the backend stand-in --------------------------------------------------------------------------


@dataclass
class BackendSink:
    cameras: list[dict[str, Any]]
    port: int = field(default_factory=free_port)
    registrations: list[dict[str, Any]] = field(default_factory=list)
    health_reports: list[tuple[float, dict[str, Any]]] = field(default_factory=list)
    revocations: list[dict[str, Any]] = field(default_factory=list)  # as the backend lists them
    unauthorized: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def camera_state(self, camera_id: str) -> str | None:
        with self.lock:
            for _, report in reversed(self.health_reports):
                for camera in report["cameras"]:
                    if camera["id"] == camera_id:
                        return str(camera["state"])
        return None

    def serve(self) -> ThreadingHTTPServer:
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return

            def _authorized(self) -> bool:
                if self.headers.get("Authorization") == f"Bearer {GATEWAY_KEY}":
                    return True
                with sink.lock:
                    sink.unauthorized += 1
                self.send_response(401)
                self.end_headers()
                return False

            def _json(self, body: Any) -> None:
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                if not self._authorized():
                    return
                if self.path.startswith(f"/internal/gateway/cameras?gateway={GATEWAY_ID}"):
                    self._json({"cameras": sink.cameras})
                elif self.path.startswith("/internal/gateway/revocations"):
                    after = int(self.path.partition("after=")[2] or -1) if "after=" in self.path else -1
                    with sink.lock:
                        rows = [r for r in sink.revocations if r["id"] > after]
                        last = max([r["id"] for r in sink.revocations], default=0)
                    self._json({"revocations": rows, "last": last})

            def do_POST(self) -> None:
                if not self._authorized():
                    return
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
                with sink.lock:
                    if self.path == "/internal/gateway/register":
                        sink.registrations.append(body)
                    elif self.path == "/internal/gateway/health":
                        sink.health_reports.append((time.monotonic(), body))
                self._json({"ok": True})

        server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server


@pytest.fixture(scope="session")
def backend(simcam: SimCam, flaky_simcam: SimCam, bframe_simcam: SimCam) -> Iterator[BackendSink]:
    sink = BackendSink(
        cameras=[
            {
                "id": "1",
                "name": "Tower crane",
                "mainUrl": simcam.url("cam1"),
                "subUrl": simcam.url("cam1", "sub"),
                "transcode": False,
            },
            {
                "id": "2",
                "name": "Gate",
                "mainUrl": simcam.url("cam2"),
                "subUrl": simcam.url("cam2", "sub"),
                "transcode": False,
            },
            {
                "id": "9",
                "name": "Flaky",
                "mainUrl": flaky_simcam.url("cam9"),
                "subUrl": flaky_simcam.url("cam9", "sub"),
                "transcode": False,
            },
            {  # B-frames, not flagged: the gateway has to notice by itself
                "id": "5",
                "name": "B-frame camera",
                "mainUrl": bframe_simcam.url("camb"),
                "subUrl": bframe_simcam.url("camb", "sub"),
                "transcode": False,
            },
            {  # a browser-safe stream the directory nevertheless asks to transcode
                "id": "6",
                "name": "Transcode on request",
                "mainUrl": simcam.url("cam2"),
                "subUrl": simcam.url("cam2", "sub"),
                "transcode": True,
            },
        ]
    )
    server = sink.serve()
    yield sink
    server.shutdown()
    server.server_close()


# --- the gateway -----------------------------------------------------------------------------------


@dataclass
class GatewayProcess:
    port: int
    process: subprocess.Popen[bytes]
    log_file: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def whep(self, camera_id: str) -> str:
        return f"{self.url}/whep/{camera_id}"

    def health(self) -> dict[str, Any]:
        return httpx.get(
            f"{self.url}/health", headers={"Authorization": f"Bearer {GATEWAY_KEY}"}, trust_env=False
        ).json()

    def camera_health(self, camera_id: str) -> dict[str, Any] | None:
        return next((c for c in self.health()["cameras"] if c["id"] == camera_id), None)


@pytest.fixture(scope="session")
def gateway(
    backend: BackendSink, mint_ticket: TicketMint, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[GatewayProcess]:
    port = free_port()
    log_file = tmp_path_factory.mktemp("gateway") / "gateway.log"
    env = {**os.environ, "SITEWATCH_GATEWAY_KEY": GATEWAY_KEY, "SITEWATCH_BACKEND_URL": backend.url}
    with log_file.open("wb") as log:
        process = subprocess.Popen(
            [
                PYTHON,
                "-c",
                "import sys; from media_gateway.server import main; sys.exit(main(sys.argv[1:]))",
                "--port",
                str(port),
                "--gateway-id",
                GATEWAY_ID,
                "--ticket-public-key",
                str(mint_ticket.public_key_file),
                "--idle-close-seconds",
                str(IDLE_CLOSE_SECONDS),
                "--max-sessions-per-user",
                "3",
                "--public-url",
                f"http://127.0.0.1:{port}",
            ],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    gateway = GatewayProcess(port, process, log_file)
    assert wait_until(lambda: port_open(port), 20), log_file.read_text()
    yield gateway
    stop_process(process)
    print(log_file.read_text()[-4000:])
