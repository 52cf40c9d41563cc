"""A simulated camera process with ONVIF credentials, for driver and multi-process tests."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[2]
ONVIF_USER, ONVIF_PASSWORD = "admin", "onvif-test-pw"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@dataclass
class SimCam:
    cameras: list[str]
    rtsp_port: int = field(default_factory=free_port)
    control_port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> SimCam:
        args = ["--port", str(self.rtsp_port), "--control-port", str(self.control_port)]
        args += ["--onvif-user", ONVIF_USER, "--onvif-password", ONVIF_PASSWORD]
        for camera in self.cameras:
            args += ["--camera", camera]
        self.process = subprocess.Popen(
            [sys.executable, "-m", "media_gateway.simcam", *args], cwd=REPO, stdout=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 20
        while not (_open(self.rtsp_port) and _open(self.control_port)):
            assert time.monotonic() < deadline, "simcam did not start"
            assert self.process.poll() is None, "simcam exited"
            time.sleep(0.1)
        return self

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process = None

    def onvif(self, camera: str, user: str = ONVIF_USER, password: str = ONVIF_PASSWORD) -> str:
        return f"http://{user}:{password}@127.0.0.1:{self.control_port}/onvif/device_service?profile={camera}"

    def rtsp(self, camera: str, stream: str = "sub") -> str:
        return f"rtsp://127.0.0.1:{self.rtsp_port}/{camera}/{stream}"

    def state(self, camera: str) -> dict[str, Any]:
        response = httpx.get(f"http://127.0.0.1:{self.control_port}/cameras/{camera}", trust_env=False)
        return response.json()  # type: ignore[no-any-return]
