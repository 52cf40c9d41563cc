"""The per-viewer RTP loop (payloads shared by all viewers of a stream): each viewer gets its own SSRC and
sequence numbers, and sender reports that count what it was sent."""

from __future__ import annotations

import asyncio

from gateway_support import GatewayProcess, TicketMint

from media_gateway.whep_client import WhepViewer


async def test_two_viewers_get_their_own_rtp_streams_and_sender_reports(
    gateway: GatewayProcess, mint_ticket: TicketMint
) -> None:
    viewers = [
        WhepViewer(gateway.whep("1"), mint_ticket("1", "MAIN", user_id=str(40 + n)), decode=n == 1)
        for n in range(2)
    ]
    try:
        for viewer in viewers:
            await viewer.start()
        for viewer in viewers:
            await viewer.wait_frames(60, within_seconds=20)
        await asyncio.sleep(6)  # aiortc sends a sender report every ~1-2 s (randomized)
        reports = []
        for viewer in viewers:
            assert viewer.pc is not None
            stats = list((await viewer.pc.getStats()).values())
            inbound = next(s for s in stats if s.type == "inbound-rtp")
            outbound = next(s for s in stats if s.type == "remote-outbound-rtp")
            reports.append((inbound, outbound))
    finally:
        for viewer in viewers:
            await viewer.stop()

    assert reports[0][0].ssrc != reports[1][0].ssrc
    for inbound, outbound in reports:
        assert inbound.packetsLost == 0
        # the last sender report counts packets up to its instant: all of them were received
        assert 0 < outbound.packetsSent <= inbound.packetsReceived
        assert outbound.bytesSent > 100 * outbound.packetsSent  # payload octets, not just headers
    assert viewers[1].sizes == {(1280, 720)}  # the shared payloads decode
