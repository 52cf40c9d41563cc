"""Art. 16 tamper detection, gateway side: a watched camera's health carries the perceptual hash
of its keyframe (imagehash pHash), for the backend to compare with the approved view."""

from __future__ import annotations

import asyncio

from gateway_support import GatewayProcess, TicketMint

from media_gateway.whep_client import WhepViewer


async def wait_for_hash(gateway: GatewayProcess, camera_id: str) -> str:
    for _ in range(100):
        report = gateway.camera_health(camera_id)
        if report and report.get("viewHash"):
            return str(report["viewHash"])
        await asyncio.sleep(0.2)
    raise AssertionError(f"no viewHash for camera {camera_id}: {gateway.camera_health(camera_id)}")


async def test_watched_cameras_report_a_view_hash(gateway: GatewayProcess, mint_ticket: TicketMint) -> None:
    viewers = [
        WhepViewer(gateway.whep(camera), mint_ticket(camera, "SUB", user_id=f"vh{camera}"), decode=False)
        for camera in ("1", "2")
    ]
    try:
        for viewer in viewers:
            await viewer.start()
            await viewer.wait_frames(5, within_seconds=20)
        crane, gate = await wait_for_hash(gateway, "1"), await wait_for_hash(gateway, "2")
    finally:
        for viewer in viewers:
            await viewer.stop()

    for view in (crane, gate):
        assert len(view) == 16 and int(view, 16) >= 0
