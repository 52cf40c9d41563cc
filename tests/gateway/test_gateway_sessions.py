"""Finding 3 (gateway side): one ticket starts one WHEP session; only its holder may PATCH or
DELETE it; tickets never travel in URLs; /health needs the gateway's or an operator key and sends
no Access-Control-Allow-Origin; sessions of a revoked login end within 2 s and its unused tickets
are refused."""

from __future__ import annotations

import asyncio
import time
import uuid

import httpx
from gateway_support import GATEWAY_KEY, BackendSink, GatewayProcess, TicketMint
from test_gateway_rejections import offer_sdp, post_offer

from media_gateway.whep_client import WhepViewer


def bearer(ticket: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {ticket}"}


async def test_a_ticket_starts_one_session_only(gateway: GatewayProcess, mint_ticket: TicketMint) -> None:
    ticket = mint_ticket("1", "SUB", user_id="301")
    first = await post_offer(gateway, "1", await offer_sdp(), ticket)
    second = await post_offer(gateway, "1", await offer_sdp(), ticket)
    async with httpx.AsyncClient(trust_env=False) as client:
        await client.delete(
            str(httpx.URL(gateway.url).join(first.headers["location"])), headers=bearer(ticket)
        )

    assert first.status_code == 201
    assert (second.status_code, second.json()["error"]) == (409, "ticket-used")


async def test_a_refused_offer_does_not_use_up_the_ticket(
    gateway: GatewayProcess, mint_ticket: TicketMint
) -> None:
    ticket = mint_ticket("1", "SUB", user_id="302")
    broken = await post_offer(gateway, "1", "v=0\r\nm=video abc", ticket)
    good = await post_offer(gateway, "1", await offer_sdp(), ticket)
    async with httpx.AsyncClient(trust_env=False) as client:
        await client.delete(
            str(httpx.URL(gateway.url).join(good.headers["location"])), headers=bearer(ticket)
        )

    assert broken.status_code == 400
    assert good.status_code == 201


async def test_only_the_sessions_ticket_may_delete_or_patch_it(
    gateway: GatewayProcess, mint_ticket: TicketMint
) -> None:
    ticket = mint_ticket("1", "SUB", user_id="303")
    other = mint_ticket("1", "SUB", user_id="303")  # same user, another ticket
    created = await post_offer(gateway, "1", await offer_sdp(), ticket)
    location = str(httpx.URL(gateway.url).join(created.headers["location"]))
    fragment = {"Content-Type": "application/trickle-ice-sdpfrag"}
    async with httpx.AsyncClient(trust_env=False) as client:
        anonymous = await client.delete(location)
        foreign = await client.delete(location, headers=bearer(other))
        patched_by_other = await client.patch(
            location, content="a=end-of-candidates\r\n", headers={**fragment, **bearer(other)}
        )
        patched_by_owner = await client.patch(
            location, content="a=end-of-candidates\r\n", headers={**fragment, **bearer(ticket)}
        )
        deleted = await client.delete(location, headers=bearer(ticket))

    assert (anonymous.status_code, anonymous.json()["error"]) == (401, "ticket-missing")
    assert (foreign.status_code, foreign.json()["error"]) == (403, "not-your-session")
    assert (patched_by_other.status_code, patched_by_other.json()["error"]) == (403, "not-your-session")
    assert patched_by_owner.status_code == 204
    assert deleted.status_code == 200


async def test_the_session_ticket_may_end_it_after_the_ticket_expired(
    gateway: GatewayProcess, mint_ticket: TicketMint
) -> None:
    ticket = mint_ticket("1", "SUB", user_id="304", expires_in=2)
    created = await post_offer(gateway, "1", await offer_sdp(), ticket)
    await asyncio.sleep(8)  # past expiry and the verifier's leeway
    async with httpx.AsyncClient(trust_env=False) as client:
        deleted = await client.delete(
            str(httpx.URL(gateway.url).join(created.headers["location"])), headers=bearer(ticket)
        )

    assert created.status_code == 201
    assert deleted.status_code == 200


async def test_tickets_in_urls_are_ignored(gateway: GatewayProcess, mint_ticket: TicketMint) -> None:
    async with httpx.AsyncClient(trust_env=False) as client:
        snapshot = await client.get(f"{gateway.url}/snapshot/1", params={"ticket": mint_ticket("1")})
        offer = await client.post(
            gateway.whep("1"),
            params={"ticket": mint_ticket("1")},
            content=await offer_sdp(),
            headers={"Content-Type": "application/sdp"},
        )

    assert (snapshot.status_code, snapshot.json()["error"]) == (401, "ticket-missing")
    assert (offer.status_code, offer.json()["error"]) == (401, "ticket-missing")


async def test_health_needs_the_gateway_key_and_is_not_for_browsers(gateway: GatewayProcess) -> None:
    origin = {"Origin": "http://evil.example"}
    async with httpx.AsyncClient(trust_env=False) as client:
        anonymous = await client.get(f"{gateway.url}/health", headers=origin)
        wrong = await client.get(f"{gateway.url}/health", headers={**origin, "Authorization": "Bearer nope"})
        keyed = await client.get(
            f"{gateway.url}/health", headers={**origin, "Authorization": f"Bearer {GATEWAY_KEY}"}
        )

    assert anonymous.status_code == 401 and wrong.status_code == 401
    assert keyed.status_code == 200 and "cameras" in keyed.json()
    for response in (anonymous, wrong, keyed):
        assert "access-control-allow-origin" not in response.headers


async def test_revoked_login_loses_its_video_and_tickets_within_2_s(
    gateway: GatewayProcess, backend: BackendSink, mint_ticket: TicketMint
) -> None:
    session = uuid.uuid4().hex
    kept_session = uuid.uuid4().hex
    ending = WhepViewer(
        gateway.whep("1"), mint_ticket("1", "SUB", user_id="305", session=session), decode=False
    )
    staying = WhepViewer(
        gateway.whep("1"), mint_ticket("1", "SUB", user_id="305", session=kept_session), decode=False
    )
    unused = mint_ticket("1", "SUB", user_id="305", session=session)
    try:
        await ending.start()
        await staying.start()
        await ending.wait_frames(5, within_seconds=15)
        with backend.lock:
            next_id = max([r["id"] for r in backend.revocations], default=0) + 1
            backend.revocations.append(
                {"id": next_id, "userId": "305", "session": session, "at": time.time()}
            )
        revoked_at = time.monotonic()
        gone = False
        while time.monotonic() - revoked_at < 2.0:
            async with httpx.AsyncClient(trust_env=False) as client:
                listed = (
                    await client.get(
                        f"{gateway.url}/health", headers={"Authorization": f"Bearer {GATEWAY_KEY}"}
                    )
                ).json()
            await asyncio.sleep(0.1)
            if ending.location and not await _session_exists(ending.location, ending.ticket):
                gone = True
                break
        assert listed["sessions"] >= 1
        assert gone, "the revoked session still exists after 2 s"
        frames_when_gone = ending.frames
        await asyncio.sleep(1.0)
        # no video keeps flowing once the session is gone (25 fps would bring 25 more): a few in flight at most
        assert ending.frames - frames_when_gone < 8
        frames_staying = staying.frames
        await staying.wait_frames(
            frames_staying + 10, within_seconds=10
        )  # another session of the user plays on
        refused = await post_offer(gateway, "1", await offer_sdp(), unused)
        assert (refused.status_code, refused.json()["error"]) == (401, "ticket-revoked")
    finally:
        await ending.stop()
        await staying.stop()


async def _session_exists(location: str, ticket: str) -> bool:
    async with httpx.AsyncClient(trust_env=False) as client:
        probe = await client.patch(
            location,
            content="a=end-of-candidates\r\n",
            headers={"Content-Type": "application/trickle-ice-sdpfrag", **bearer(ticket)},
        )
    return probe.status_code != 404
