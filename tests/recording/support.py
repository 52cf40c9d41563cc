"""Real processes for the recorder tests: looped simcams, gateways (static or against the real backend),
and readers of the recorded files (ffprobe, PyAV, ISO-BMFF boxes)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import av
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from media_gateway.h264 import NAL_SPS, iter_nal_units
from tests.gateway.gateway_support import free_port, port_open, stop_process, wait_until

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


@dataclass
class LoopSimCam:
    cameras: list[str]
    bframes: list[str] = field(default_factory=list)
    rtsp_port: int = field(default_factory=free_port)
    control_port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    def url(self, camera: str, stream: str = "main") -> str:
        return f"rtsp://127.0.0.1:{self.rtsp_port}/{camera}/{stream}"

    def start(self) -> None:
        args = ["--port", str(self.rtsp_port), "--control-port", str(self.control_port), "--cbr", "--loop"]
        for camera in self.cameras:
            args += ["--camera", camera]
        for camera in self.bframes:
            args += ["--bframes", camera]
        self.process = subprocess.Popen(
            [PYTHON, "-m", "media_gateway.simcam", *args], cwd=REPO, stdout=subprocess.DEVNULL
        )
        assert wait_until(lambda: port_open(self.rtsp_port) and port_open(self.control_port), 60), (
            "looped simcam did not start"
        )

    def stop(self) -> None:
        if self.process is not None:
            stop_process(self.process)
            self.process = None


@pytest.fixture(scope="session")
def loop_simcam() -> Iterator[LoopSimCam]:
    cameras = LoopSimCam(["rec1", "rec2", "recb"], bframes=["recb"])
    cameras.start()
    yield cameras
    cameras.stop()


@pytest.fixture(scope="session")
def ticket_key_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    key = ec.generate_private_key(ec.SECP256R1())
    path = tmp_path_factory.mktemp("keys") / "ticket-public.pem"
    path.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return path


@dataclass
class RecordingGateway:
    args: list[str]
    env: dict[str, str]
    log_file: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log_file.open("ab") as log:
            self.process = subprocess.Popen(
                [PYTHON, "-m", "media_gateway", "--port", str(self.port), *self.args],
                cwd=REPO,
                env={**os.environ, **self.env},
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def kill9(self) -> float:
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        killed_at = datetime.now(UTC).timestamp()
        self.process.wait(5)
        self.process = None
        return killed_at

    def stop(self) -> None:
        if self.process is not None:
            stop_process(self.process)
            self.process = None

    def log(self) -> str:
        return self.log_file.read_text(errors="replace")[-6000:]


def recorded_files(root: Path, camera: str, stream: str = "main") -> list[Path]:
    return sorted((root / camera / stream).glob("*/*/*.mp4"))


def name_second(path: Path) -> float:
    return datetime.strptime(path.stem.removesuffix("-1"), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).timestamp()


def ffprobe(path: Path, *entries: str) -> dict[str, Any]:
    result = subprocess.run(
        ["ffprobe", "-v", "error", "-of", "json", *entries, str(path)], capture_output=True, check=True
    )
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


def decodes_cleanly(path: Path) -> bool:
    result = subprocess.run(
        ["ffmpeg", "-nostdin", "-v", "error", "-i", str(path), "-f", "null", "-"], capture_output=True
    )
    return result.returncode == 0 and not result.stderr.strip()


def packet_times(path: Path) -> list[float]:
    """Presentation times (s) of every packet ffprobe can read (a crash-truncated tail is skipped)."""
    result = subprocess.run(
        ["ffprobe", "-v", "quiet", "-of", "json", "-show_entries", "packet=pts_time", str(path)],
        capture_output=True,
    )
    packets = json.loads(result.stdout or b"{}").get("packets", [])
    return [float(p["pts_time"]) for p in packets if p.get("pts_time") not in (None, "N/A")]


def fragment_starts(path: Path) -> tuple[int, list[int]]:
    """(timescale, baseMediaDecodeTime of every moof) read from the boxes themselves."""
    data = path.read_bytes()
    timescale = 0
    mdhd = data.find(b"mdhd")
    if mdhd > 0:
        version = data[mdhd + 4]
        at = mdhd + 4 + 4 + (16 if version == 1 else 8)
        timescale = int.from_bytes(data[at : at + 4], "big")
    starts = []
    offset = 0
    while offset + 8 <= len(data):
        size = int.from_bytes(data[offset : offset + 4], "big")
        kind = data[offset + 4 : offset + 8]
        if size < 8 or offset + size > len(data):
            break
        if kind == b"moof":
            tfdt = data.find(b"tfdt", offset, offset + size)
            version = data[tfdt + 4]
            at = tfdt + 8
            starts.append(int.from_bytes(data[at : at + (8 if version == 1 else 4)], "big"))
        offset += size
    return timescale, starts


def sps_of_avcc(extradata: bytes) -> bytes:
    assert extradata[0] == 1, "avcC expected"
    length = int.from_bytes(extradata[6:8], "big")
    return extradata[8 : 8 + length]


def file_sps(path: Path) -> bytes:
    with av.open(str(path)) as container:
        return sps_of_avcc(bytes(container.streams.video[0].codec_context.extradata or b""))


def camera_sps(url: str) -> bytes:
    with av.open(url, options={"rtsp_transport": "tcp"}, timeout=10) as container:
        extradata = bytes(container.streams.video[0].codec_context.extradata or b"")
    return next(unit for unit in iter_nal_units(extradata) if unit and unit[0] & 0x1F == NAL_SPS)
