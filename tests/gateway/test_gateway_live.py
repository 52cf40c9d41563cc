"""Live video through the gateway: real simulated cameras, real gateway process, aiortc WHEP viewers."""

from __future__ import annotations

import time

import httpx
from gateway_support import IDLE_CLOSE_SECONDS, BackendSink, GatewayProcess, SimCam, TicketMint, eventually

from media_gateway.whep_client import WhepViewer


async def test_viewer_receives_h264_frames_of_the_main_stream(
    gateway: GatewayProcess, mint_ticket: TicketMint
) -> None:
    viewer = WhepViewer(gateway.whep("1"), mint_ticket("1", "MAIN"))
    try:
        await viewer.start()
        frames = await viewer.wait_frames(50, within_seconds=20)
    finally:
        await viewer.stop()

    assert frames >= 50
    assert viewer.answer_codecs == ["video/H264"]
    assert viewer.sizes == {(1280, 720)}


async def test_sub_stream_viewer_gets_the_small_picture(
    gateway: GatewayProcess, mint_ticket: TicketMint
) -> None:
    viewer = WhepViewer(gateway.whep("2"), mint_ticket("2", "SUB"))
    try:
        await viewer.start()
        await viewer.wait_frames(25, within_seconds=20)
    finally:
        await viewer.stop()

    assert viewer.sizes == {(640, 360)}


async def test_second_viewer_starts_from_the_cached_gop_within_a_second(
    gateway: GatewayProcess, mint_ticket: TicketMint
) -> None:
    first = WhepViewer(gateway.whep("1"), mint_ticket("1", "MAIN", user_id="11"))
    second = WhepViewer(gateway.whep("1"), mint_ticket("1", "MAIN", user_id="12"), decode=False)
    try:
        await first.start()
        await first.wait_frames(30, within_seconds=20)  # the pull is warm, the GOP cached
        await second.start()
        await second.wait_frames(1, within_seconds=5)
    finally:
        await second.stop()
        await first.stop()

    assert second.time_to_first_frame is not None
    assert second.time_to_first_frame < 1.0


async def test_pull_closes_after_the_idle_time_and_reopens_on_demand(
    gateway: GatewayProcess, simcam: SimCam, mint_ticket: TicketMint
) -> None:
    viewer = WhepViewer(gateway.whep("2"), mint_ticket("2", "MAIN", user_id="21"), decode=False)
    await viewer.start()
    await viewer.wait_frames(10, within_seconds=20)
    assert "main" in simcam.state("cam2")["activeStreams"]

    await viewer.stop()
    left_at = time.monotonic()
    assert await eventually(
        lambda: "main" not in simcam.state("cam2")["activeStreams"], IDLE_CLOSE_SECONDS + 8
    )
    closed_after = time.monotonic() - left_at
    assert closed_after >= IDLE_CLOSE_SECONDS - 0.5
    assert gateway.camera_health("2")["pulling"] == []  # type: ignore[index]

    again = WhepViewer(gateway.whep("2"), mint_ticket("2", "MAIN", user_id="21"), decode=False)
    try:
        await again.start()
        await again.wait_frames(10, within_seconds=20)
    finally:
        await again.stop()


async def test_viewer_survives_a_camera_restart_and_health_follows(
    gateway: GatewayProcess, flaky_simcam: SimCam, mint_ticket: TicketMint, backend: BackendSink
) -> None:
    viewer = WhepViewer(gateway.whep("9"), mint_ticket("9", "SUB", user_id="91"), decode=False)
    try:
        await viewer.start()
        await viewer.wait_frames(25, within_seconds=20)
        assert await eventually(lambda: backend.camera_state("9") == "ONLINE", 10)

        flaky_simcam.stop()
        killed_at = time.monotonic()
        assert await eventually(lambda: backend.camera_state("9") == "OFFLINE", 10)
        assert time.monotonic() - killed_at <= 10
        frames_while_down = viewer.frames

        flaky_simcam.start()
        await viewer.wait_frames(frames_while_down + 25, within_seconds=20)
        assert await eventually(lambda: backend.camera_state("9") == "ONLINE", 10)
    finally:
        await viewer.stop()

    assert viewer.pc is not None


async def test_unwatched_camera_is_reported_offline_within_ten_seconds(
    gateway: GatewayProcess, flaky_simcam: SimCam, backend: BackendSink
) -> None:
    assert await eventually(lambda: backend.camera_state("9") == "ONLINE", 15)
    assert await eventually(
        lambda: gateway.camera_health("9") is not None and not gateway.camera_health("9")["pulling"],
        IDLE_CLOSE_SECONDS + 8,
    )

    flaky_simcam.stop()
    killed_at = time.monotonic()
    try:
        assert await eventually(lambda: backend.camera_state("9") == "OFFLINE", 10.5)
        assert time.monotonic() - killed_at <= 10.5
    finally:
        flaky_simcam.start()
    assert await eventually(lambda: backend.camera_state("9") == "ONLINE", 40)


async def test_gateway_registers_and_reports_every_camera(
    gateway: GatewayProcess, backend: BackendSink
) -> None:
    assert await eventually(lambda: bool(backend.registrations) and backend.camera_state("1") is not None, 15)
    registration = backend.registrations[0]
    assert registration == {"gatewayId": "gw-test", "publicUrl": gateway.url, "districts": ["*"]}
    assert {backend.camera_state(c) for c in ("1", "2")} == {"ONLINE"}
    assert backend.unauthorized == 0


def test_snapshot_is_a_jpeg_of_the_stream_size(gateway: GatewayProcess, mint_ticket: TicketMint) -> None:
    main = httpx.get(
        f"{gateway.url}/snapshot/1",
        headers={"Authorization": f"Bearer {mint_ticket('1', 'MAIN')}"},
        trust_env=False,
        timeout=15,
    )
    sub = httpx.get(
        f"{gateway.url}/snapshot/1",
        headers={"Authorization": f"Bearer {mint_ticket('1', 'SUB')}"},
        trust_env=False,
        timeout=15,
    )

    assert main.status_code == 200
    assert main.headers["content-type"] == "image/jpeg"
    assert jpeg_size(main.content) == (1280, 720)
    assert jpeg_size(sub.content) == (640, 360)


def jpeg_size(data: bytes) -> tuple[int, int]:
    """Width and height from a JPEG's SOF marker."""
    assert data[:2] == b"\xff\xd8"
    position = 2
    while position < len(data):
        marker, length = data[position + 1], int.from_bytes(data[position + 2 : position + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            height = int.from_bytes(data[position + 5 : position + 7], "big")
            width = int.from_bytes(data[position + 7 : position + 9], "big")
            return width, height
        position += 2 + length
    raise AssertionError("no SOF marker")
