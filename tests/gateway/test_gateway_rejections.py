"""Bad requests get a clear 4xx with a machine-readable code, and do not disturb other viewers."""

from __future__ import annotations

import httpx
import pytest
from aiortc import RTCConfiguration, RTCPeerConnection, RTCRtpSender
from cryptography.hazmat.primitives.asymmetric import ec
from gateway_support import GatewayProcess, TicketMint

from media_gateway.whep_client import WhepError, WhepViewer

MALFORMED_SDP = "this is not sdp"
SDP_WITHOUT_VIDEO = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
BROKEN_M_LINE = "v=0\r\nm=video abc"  # aiortc's parser asserts on it (was a 500)


async def offer_sdp(codec_mime: str | None = None) -> str:
    """A real aiortc recvonly video offer, optionally restricted to one codec."""
    pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
    transceiver = pc.addTransceiver("video", direction="recvonly")
    if codec_mime is not None:
        codecs = RTCRtpSender.getCapabilities("video").codecs
        transceiver.setCodecPreferences([c for c in codecs if c.mimeType == codec_mime])
    await pc.setLocalDescription(await pc.createOffer())
    sdp = pc.localDescription.sdp
    await pc.close()
    return sdp


async def post_offer(
    gateway: GatewayProcess,
    camera_id: str,
    sdp: str,
    ticket: str | None,
    content_type: str = "application/sdp",
) -> httpx.Response:
    headers = {"Content-Type": content_type}
    if ticket is not None:
        headers["Authorization"] = f"Bearer {ticket}"
    async with httpx.AsyncClient(trust_env=False, timeout=10) as client:
        return await client.post(gateway.whep(camera_id), content=sdp, headers=headers)


@pytest.mark.parametrize(
    ("ticket_args", "camera_id", "status", "code"),
    [
        ({"camera_id": "1", "expires_in": -60}, "1", 401, "ticket-expired"),
        ({"camera_id": "1", "gateway_id": "gw-elsewhere"}, "1", 403, "ticket-foreign-gateway"),
        ({"camera_id": "2"}, "1", 403, "ticket-wrong-camera"),
        ({"camera_id": "404"}, "404", 404, "unknown-camera"),
        ({"camera_id": "1", "quality": "ULTRA"}, "1", 401, "ticket-invalid"),
    ],
)
async def test_offer_with_a_bad_ticket_is_refused(
    gateway: GatewayProcess,
    mint_ticket: TicketMint,
    ticket_args: dict[str, object],
    camera_id: str,
    status: int,
    code: str,
) -> None:
    response = await post_offer(gateway, camera_id, await offer_sdp(), mint_ticket(**ticket_args))  # type: ignore[arg-type]

    assert (response.status_code, response.json()["error"]) == (status, code)


async def test_offer_signed_by_another_key_is_refused(
    gateway: GatewayProcess, mint_ticket: TicketMint
) -> None:
    forged = mint_ticket("1", key=ec.generate_private_key(ec.SECP256R1()))

    response = await post_offer(gateway, "1", await offer_sdp(), forged)

    assert (response.status_code, response.json()["error"]) == (401, "ticket-invalid")


async def test_offer_without_a_ticket_asks_for_one(gateway: GatewayProcess) -> None:
    response = await post_offer(gateway, "1", await offer_sdp(), None)

    assert (response.status_code, response.json()["error"]) == (401, "ticket-missing")
    assert response.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize(
    ("sdp_kind", "content_type", "status", "code"),
    [
        ("malformed", "application/sdp", 400, "malformed-sdp"),
        ("broken-m-line", "application/sdp", 400, "malformed-sdp"),
        ("no-video", "application/sdp", 422, "no-video"),
        ("vp8-only", "application/sdp", 422, "no-h264"),
        ("h264", "text/plain", 415, "unsupported-media-type"),
    ],
)
async def test_bad_offer_is_refused_with_its_reason(
    gateway: GatewayProcess, mint_ticket: TicketMint, sdp_kind: str, content_type: str, status: int, code: str
) -> None:
    sdp = {
        "malformed": MALFORMED_SDP,
        "broken-m-line": BROKEN_M_LINE,
        "no-video": SDP_WITHOUT_VIDEO,
        "vp8-only": await offer_sdp("video/VP8"),
        "h264": await offer_sdp("video/H264"),
    }[sdp_kind]

    response = await post_offer(gateway, "1", sdp, mint_ticket("1"), content_type)

    assert (response.status_code, response.json()["error"]) == (status, code)


async def test_too_many_sessions_for_one_user_is_refused_without_harming_the_others(
    gateway: GatewayProcess, mint_ticket: TicketMint
) -> None:
    viewers = [
        WhepViewer(gateway.whep("1"), mint_ticket("1", "SUB", user_id="77"), decode=False) for _ in range(3)
    ]
    try:
        for viewer in viewers:
            await viewer.start()
        with pytest.raises(WhepError) as refused:
            await WhepViewer(gateway.whep("1"), mint_ticket("1", "SUB", user_id="77"), decode=False).start()
        before = [v.frames for v in viewers]
        for viewer, count in zip(viewers, before, strict=True):
            await viewer.wait_frames(count + 10, within_seconds=10)
    finally:
        for viewer in viewers:
            await viewer.stop()

    assert refused.value.status == 429
    assert '"too-many-sessions"' in refused.value.body


async def test_session_ends_on_delete_and_is_gone_afterwards(
    gateway: GatewayProcess, mint_ticket: TicketMint
) -> None:
    ticket = mint_ticket("1", "SUB", user_id="88")
    viewer = WhepViewer(gateway.whep("1"), ticket, decode=False)
    await viewer.start()
    location = viewer.location
    assert location is not None
    owner = {"Authorization": f"Bearer {ticket}"}
    async with httpx.AsyncClient(trust_env=False) as client:
        deleted = await client.delete(location, headers=owner)
        deleted_again = await client.delete(location, headers=owner)
    await viewer.stop()

    assert deleted.status_code == 200
    assert (deleted_again.status_code, deleted_again.json()["error"]) == (404, "unknown-session")


async def test_cors_preflight_allows_a_browser_on_another_origin(gateway: GatewayProcess) -> None:
    async with httpx.AsyncClient(trust_env=False) as client:
        response = await client.options(
            gateway.whep("1"),
            headers={
                "Origin": "http://127.0.0.1:5173",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, content-type",
            },
        )

    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] in ("*", "http://127.0.0.1:5173")


async def test_answer_exposes_location_to_browsers(gateway: GatewayProcess, mint_ticket: TicketMint) -> None:
    ticket = mint_ticket("1", "SUB", user_id="99")
    response = await post_offer(gateway, "1", await offer_sdp(), ticket)
    async with httpx.AsyncClient(trust_env=False) as client:
        await client.delete(
            str(httpx.URL(gateway.url).join(response.headers["location"])),
            headers={"Authorization": f"Bearer {ticket}"},
        )

    assert response.status_code == 201
    assert response.headers["content-type"] == "application/sdp"
    assert "location" in response.headers


async def test_snapshot_needs_a_ticket_for_that_camera(
    gateway: GatewayProcess, mint_ticket: TicketMint
) -> None:
    async with httpx.AsyncClient(trust_env=False) as client:
        missing = await client.get(f"{gateway.url}/snapshot/1")
        foreign = await client.get(
            f"{gateway.url}/snapshot/1", headers={"Authorization": f"Bearer {mint_ticket('2')}"}
        )

    assert missing.status_code == 401
    assert (foreign.status_code, foreign.json()["error"]) == (403, "ticket-wrong-camera")
