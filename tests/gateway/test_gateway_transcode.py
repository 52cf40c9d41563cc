"""Transcode-once fallback: a B-frame camera is decoded once and encoded once (baseline, no B-frames) for
all its viewers; browser-safe cameras stay passthrough. Real simulated cameras, real gateway process."""

from __future__ import annotations

import asyncio
import itertools

from gateway_support import GatewayProcess, TicketMint, eventually

from media_gateway.whep_client import WhepViewer


def strictly_increasing(values: list[int]) -> bool:
    return all(b > a for a, b in itertools.pairwise(values))


async def test_b_frame_camera_is_transcoded_once_for_two_viewers(
    gateway: GatewayProcess, mint_ticket: TicketMint
) -> None:
    first = WhepViewer(gateway.whep("5"), mint_ticket("5", "MAIN", user_id="51"))
    second = WhepViewer(gateway.whep("5"), mint_ticket("5", "MAIN", user_id="52"))
    try:
        await first.start()
        await second.start()
        await asyncio.gather(
            first.wait_frames(50, within_seconds=20), second.wait_frames(50, within_seconds=20)
        )
        health = gateway.camera_health("5")
    finally:
        await second.stop()
        await first.stop()

    assert health is not None
    assert (health["transcoding"], health["transcoders"], health["viewers"]) == (["MAIN"], 1, 2)
    for viewer in (first, second):
        assert viewer.answer_codecs == ["video/H264"]
        assert viewer.sizes == {(1280, 720)}  # decoded pictures, not counters
        assert len(viewer.pts) >= 50
        assert strictly_increasing(viewer.pts)  # presentation order, nothing reordered or repeated


async def test_b_frame_sub_stream_gets_its_own_single_transcoder(
    gateway: GatewayProcess, mint_ticket: TicketMint
) -> None:
    viewer = WhepViewer(gateway.whep("5"), mint_ticket("5", "SUB", user_id="53"))
    try:
        await viewer.start()
        await viewer.wait_frames(50, within_seconds=20)
    finally:
        await viewer.stop()

    assert viewer.sizes == {(640, 360)}
    assert strictly_increasing(viewer.pts)


async def test_directory_flag_forces_transcoding_of_a_browser_safe_camera(
    gateway: GatewayProcess, mint_ticket: TicketMint
) -> None:
    viewer = WhepViewer(gateway.whep("6"), mint_ticket("6", "SUB", user_id="61"))
    try:
        await viewer.start()
        await viewer.wait_frames(30, within_seconds=20)
        assert await eventually(lambda: (gateway.camera_health("6") or {}).get("transcoders") == 1, 5)
    finally:
        await viewer.stop()

    assert viewer.sizes == {(640, 360)}
    assert gateway.camera_health("6")["transcoding"] == ["SUB"]  # type: ignore[index]


async def test_passthrough_camera_is_not_transcoded(gateway: GatewayProcess, mint_ticket: TicketMint) -> None:
    viewer = WhepViewer(gateway.whep("1"), mint_ticket("1", "SUB", user_id="54"), decode=False)
    try:
        await viewer.start()
        await viewer.wait_frames(60, within_seconds=20)  # more than a GOP: the detector has decided
        health = gateway.camera_health("1")
    finally:
        await viewer.stop()

    assert health is not None
    assert (health["transcoding"], health["transcoders"]) == ([], 0)
