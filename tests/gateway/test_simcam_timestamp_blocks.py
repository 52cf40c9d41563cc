"""The simulated camera's machine-readable capture time (glass-to-glass latency bench): drawn into each
live-encoded frame, it survives H.264 at 2 Mbit/s and reads back as the wall clock of capture."""

from __future__ import annotations

import subprocess
import sys
import time

import av
import pytest
from gateway_support import REPO, free_port, port_open, stop_process, wait_until

from media_gateway.simcam import timestamp_blocks


def test_encode_decode_round_trip_and_check_rejects_a_flipped_bit() -> None:
    now_ms = int(time.time() * 1000)
    bits = timestamp_blocks.encode_bits(now_ms)
    assert timestamp_blocks.decode_bits(bits) == now_ms % (1 << 32)
    for flipped in (0, 17, 31, 35):
        corrupted = list(bits)
        corrupted[flipped] ^= 1
        assert timestamp_blocks.decode_bits(corrupted) is None


def read_strip(frame: av.VideoFrame) -> int | None:
    plane = frame.planes[0]
    luma = bytes(plane)
    top = timestamp_blocks.strip_origin(frame.height)
    row = (top + timestamp_blocks.BLOCK // 2) * plane.line_size
    bits = [
        1 if luma[row + i * timestamp_blocks.BLOCK + timestamp_blocks.BLOCK // 2] > 128 else 0
        for i in range(timestamp_blocks.BITS)
    ]
    return timestamp_blocks.decode_bits(bits)


def test_live_frames_carry_their_capture_time() -> None:
    rtsp_port, control_port = free_port(), free_port()
    process = subprocess.Popen(
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
            "--timestamp-blocks",
        ],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
    )
    try:
        assert wait_until(lambda: port_open(rtsp_port) and port_open(control_port), 15), (
            "simcam did not start"
        )
        container = av.open(
            f"rtsp://127.0.0.1:{rtsp_port}/cam1/main", options={"rtsp_transport": "tcp"}, timeout=10
        )
        stamps: list[tuple[int, int]] = []
        try:
            for frame in container.decode(video=0):
                value = read_strip(frame)
                if value is not None:
                    stamps.append((int(time.time() * 1000) % (1 << 32), value))
                if len(stamps) >= 50:
                    break
        finally:
            container.close()
    finally:
        stop_process(process)

    assert len(stamps) >= 50
    ages = [(now - value) % (1 << 32) for now, value in stamps]
    assert all(0 <= age < 5000 for age in ages), ages  # captured within the last 5 s on this machine
    values = [value for _, value in stamps]
    assert values == sorted(values) and values[-1] - values[0] >= 1000  # advancing clock, ~2 s of frames


def test_timestamp_blocks_cannot_be_combined_with_a_looped_clip() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "media_gateway.simcam", "--camera", "cam1", "--loop", "--timestamp-blocks"],
        cwd=REPO,
        capture_output=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert b"--timestamp-blocks needs live-encoded frames" in result.stderr


@pytest.mark.parametrize("size", [(1280, 720), (640, 360)])
def test_strip_fits_both_streams(size: tuple[int, int]) -> None:
    width, height = size
    assert timestamp_blocks.fits(width, height)
    assert timestamp_blocks.strip_origin(height) + timestamp_blocks.BLOCK <= height
