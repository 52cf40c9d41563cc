"""Recordings in the recorder's layout (real H.264 fMP4 written by ffmpeg), playback/export tickets, a
real gateway process serving them, and ffprobe."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import ec

from tests.gateway.gateway_support import free_port, port_open, stop_process, wait_until

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


def contract_path(root: Path, camera_id: str | int, start: datetime, stream: str = "main") -> Path:
    start = start.astimezone(UTC)
    return (
        root / str(camera_id) / stream / f"{start:%Y-%m-%d}" / f"{start:%H}" / f"{start:%Y%m%dT%H%M%SZ}.mp4"
    )


def write_recording(
    root: Path,
    camera_id: str | int,
    start: datetime,
    seconds: int,
    stream: str = "main",
    size: str = "640x360",
) -> Path:
    """A self-contained fragmented MP4 like the recorder's: ftyp+moov (avcC), 1 s fragments, keyframe each
    second, media time from 0, named by its UTC start."""
    path = contract_path(root, camera_id, start, stream)
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "ffmpeg",
            "-nostdin",
            "-loglevel",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            f"testsrc2=size={size}:rate=25",
            "-t",
            str(seconds),
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-profile:v",
            "high",
            "-pix_fmt",
            "yuv420p",
            "-g",
            "25",
            "-bf",
            "0",
            "-b:v",
            "1M",
            "-movflags",
            "+frag_keyframe+empty_moov+default_base_moof",
            "-frag_duration",
            "1000000",
            "-f",
            "mp4",
            str(path),
        ],
        check=True,
    )
    return path


def write_span(
    root: Path, camera_id: str | int, start: datetime, files: int, seconds: int = 20
) -> list[tuple[Path, datetime, datetime]]:
    """Consecutive files; returns (path, start, end) of each."""
    written = []
    for index in range(files):
        begins = start + timedelta(seconds=index * seconds)
        written.append(
            (write_recording(root, camera_id, begins, seconds), begins, begins + timedelta(seconds=seconds))
        )
    return written


def range_ticket(
    key: ec.EllipticCurvePrivateKey,
    *,
    kind: str,
    camera_id: str,
    start: datetime,
    end: datetime,
    gateway_id: str,
    expires_in: float = 120,
    **extra: Any,
) -> str:
    now = int(time.time())
    claims = {
        "iss": "sitewatch-backend",
        "aud": "sitewatch-gateway",
        "kind": kind,
        "gw": gateway_id,
        "cam": camera_id,
        "from": int(start.timestamp()),
        "to": int(end.timestamp()),
        "sub": "7",
        "iat": now,
        "exp": int(now + expires_in),
        "jti": uuid.uuid4().hex,
        **extra,
    }
    return jwt.encode(claims, key, algorithm="ES256")


@dataclass
class PlaybackGateway:
    port: int
    process: subprocess.Popen[bytes]
    log_file: Path
    gateway_id: str

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass
class GatewaySpec:
    gateway_id: str
    public_key_file: Path
    recording_root: Path
    cameras: list[str]
    log_dir: Path
    backend_url: str | None = None
    gateway_credential: str = ""  # its own credential from the gateway register (for progress reports)


def run_gateway(spec: GatewaySpec) -> Iterator[PlaybackGateway]:
    """A static-mode gateway (cameras that do not answer: only recordings are served); with
    ``backend_url`` it reports export progress there."""
    port = free_port()
    log_file = spec.log_dir / f"gateway-{port}.log"
    env = {**os.environ, "SITEWATCH_GATEWAY_RECORDING_ROOT": str(spec.recording_root)}
    env.pop("SITEWATCH_BACKEND_URL", None)
    if spec.backend_url:
        env["SITEWATCH_BACKEND_URL"] = spec.backend_url
    env.pop("SITEWATCH_GATEWAY_KEY", None)
    env["SITEWATCH_GATEWAY_CREDENTIAL"] = spec.gateway_credential
    args = [
        PYTHON,
        "-c",
        "import sys; from media_gateway.server import main; sys.exit(main(sys.argv[1:]))",
        "--port",
        str(port),
        "--gateway-id",
        spec.gateway_id,
        "--ticket-public-key",
        str(spec.public_key_file),
        "--log-level",
        "warning",
    ]
    for camera in spec.cameras:
        args += ["--camera", f"{camera}=rtsp://127.0.0.1:9/{camera}/main"]
    with log_file.open("wb") as log:
        process = subprocess.Popen(args, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
    assert wait_until(lambda: port_open(port), 20), log_file.read_text()
    try:
        yield PlaybackGateway(port, process, log_file, spec.gateway_id)
    finally:
        stop_process(process)


def ffprobe(path: Path) -> dict[str, Any]:
    output = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-show_entries",
            "format=duration,format_name:stream=codec_name,profile,width,height,codec_type",
            "-of",
            "json",
            str(path),
        ],
        check=True,
        capture_output=True,
    ).stdout
    return dict(json.loads(output))


def top_level_boxes(path: Path) -> list[str]:
    data = path.read_bytes()
    boxes, position = [], 0
    while position + 8 <= len(data):
        size = int.from_bytes(data[position : position + 4], "big")
        boxes.append(data[position + 4 : position + 8].decode("latin-1"))
        if size == 1:
            size = int.from_bytes(data[position + 8 : position + 16], "big")
        if size < 8:
            break
        position += size
    return boxes


def past_minute(minutes_ago: int) -> datetime:
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    return now - timedelta(minutes=minutes_ago)
