"""HTTP surface of the gateway: WHEP (RFC 9725), snapshots, health. Errors: JSON ``{"error", "message"}``."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route

from media_gateway.cameras import CameraRegistry
from media_gateway.directory import CameraConfig
from media_gateway.h264 import decode_keyframe
from media_gateway.health import HealthMonitor
from media_gateway.probe import probe
from media_gateway.revocations import RevocationWatcher
from media_gateway.sessions import OfferError, SessionLimitError, SessionManager
from media_gateway.sources import Quality
from media_gateway.tickets import Ticket, TicketError, TicketVerifier

logger = logging.getLogger(__name__)

SDP_TYPE = "application/sdp"
TRICKLE_TYPE = "application/trickle-ice-sdpfrag"
SNAPSHOT_KEYFRAME_TIMEOUT_SECONDS = 5.0
MAX_SDP_BYTES = 64 * 1024


@dataclass
class Gateway:
    gateway_id: str
    verifier: TicketVerifier
    registry: CameraRegistry
    sessions: SessionManager
    health: HealthMonitor
    # Bearer keys that may read /health: the gateway key and an operator key (empty ones never match).
    health_keys: tuple[str, ...] = ()
    revocations: RevocationWatcher | None = None
    _snapshot_cache: dict[tuple[str, Quality], tuple[int, bytes]] | None = None

    async def start(self) -> None:
        await self.registry.start()
        self.health.start()
        if self.revocations is not None:
            self.revocations.start()

    async def close(self) -> None:
        if self.revocations is not None:
            await self.revocations.close()
        await self.sessions.close_all()
        await self.health.close()
        await self.registry.close()
        await self.registry.directory.aclose()


def error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": code, "message": message}, status_code=status, headers=headers)


def _bearer(request: Request) -> str | None:
    """Tickets only in the Authorization header: a URL ends up in logs, histories and referrers."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return None


async def _authorize(gateway: Gateway, request: Request, camera_id: str) -> Ticket | JSONResponse:
    token = _bearer(request)
    if token is None:
        return error(
            401,
            "ticket-missing",
            "send the live-view ticket as 'Authorization: Bearer <ticket>'",
            {"WWW-Authenticate": 'Bearer realm="sitewatch-gateway"'},
        )
    try:
        ticket = gateway.verifier.verify(token)
    except TicketError as failure:
        return error(
            failure.status,
            failure.code,
            failure.message,
            {"WWW-Authenticate": f'Bearer error="invalid_token", error_description="{failure.code}"'},
        )
    if ticket.camera_id != camera_id:
        return error(403, "ticket-wrong-camera", "the ticket was issued for another camera")
    if gateway.revocations is not None and gateway.revocations.revocations.revokes_ticket(ticket):
        return error(401, "ticket-revoked", "the session this ticket was issued in has ended")
    return ticket


async def _camera(gateway: Gateway, camera_id: str) -> CameraConfig | JSONResponse:
    config = await gateway.registry.find(camera_id)
    if config is None:
        return error(404, "unknown-camera", f"camera {camera_id} is not served by this gateway")
    return config


async def whep_offer(request: Request) -> Response:
    gateway: Gateway = request.app.state.gateway
    camera_id = request.path_params["camera_id"]
    ticket = await _authorize(gateway, request, camera_id)
    if isinstance(ticket, Response):
        return ticket
    config = await _camera(gateway, camera_id)
    if isinstance(config, Response):
        return config
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != SDP_TYPE:
        return error(415, "unsupported-media-type", "the offer must be sent as Content-Type: application/sdp")
    body = await request.body()
    if len(body) > MAX_SDP_BYTES:
        return error(413, "offer-too-large", "the SDP offer is too large")
    try:
        offer = body.decode("utf-8")
    except UnicodeDecodeError:
        return error(400, "malformed-sdp", "the SDP offer is not UTF-8 text")
    if not gateway.sessions.claim_ticket(ticket.ticket_id, ticket.expires_at):
        return error(
            409, "ticket-used", "this ticket already started a session; ask the backend for a new one"
        )
    source = gateway.registry.source(config, ticket.quality)
    try:
        session_id, answer = await gateway.sessions.open(
            offer,
            camera_id,
            ticket.user_id,
            source,
            ticket_id=ticket.ticket_id,
            login_session=ticket.session,
            ticket_issued_at=ticket.issued_at,
        )
    except SessionLimitError:
        gateway.sessions.used_tickets.pop(ticket.ticket_id, None)
        return error(
            429,
            "too-many-sessions",
            f"user {ticket.user_id} already has {gateway.sessions.max_sessions_per_user} live sessions",
        )
    except OfferError as failure:
        gateway.sessions.used_tickets.pop(ticket.ticket_id, None)  # nothing started: retry allowed
        return error(failure.status, failure.code, failure.message)
    location = f"/whep/{camera_id}/{session_id}"
    return Response(
        answer,
        status_code=201,
        media_type=SDP_TYPE,
        headers={"Location": location, "Accept-Patch": TRICKLE_TYPE, "ETag": f'"{session_id}"'},
    )


async def whep_session(request: Request) -> Response:
    gateway: Gateway = request.app.state.gateway
    session_id = request.path_params["session_id"]
    session = gateway.sessions.sessions.get(session_id)
    if session is None or session.camera_id != request.path_params["camera_id"]:
        return error(404, "unknown-session", "no such WHEP session (it may have ended)")
    # Only the holder of the ticket that started the session may change or end it.
    token = _bearer(request)
    if token is None:
        return error(401, "ticket-missing", "send the session's ticket as 'Authorization: Bearer <ticket>'")
    try:
        ticket = gateway.verifier.verify(token, allow_expired=True)
    except TicketError as failure:
        return error(failure.status, failure.code, failure.message)
    if ticket.ticket_id != session.ticket_id:
        return error(403, "not-your-session", "this session was started with another ticket")
    if request.method == "DELETE":
        await gateway.sessions.close(session_id)
        return Response(status_code=200)
    # PATCH: trickle ICE candidates; ICE restarts are not supported
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != TRICKLE_TYPE:
        return error(415, "unsupported-media-type", f"PATCH bodies must be {TRICKLE_TYPE}")
    fragment = (await request.body()).decode("utf-8", errors="replace")
    remote = session.pc.remoteDescription
    for line in fragment.splitlines():
        if line.startswith("a=ice-ufrag:") and remote is not None and line.strip() not in remote.sdp:
            return error(
                405,
                "ice-restart-unsupported",
                "ICE restarts are not supported; start a new session",
                {"Allow": "DELETE"},
            )
    try:
        await gateway.sessions.add_remote_candidates(session_id, fragment)
    except (ValueError, IndexError) as failure:
        return error(400, "malformed-candidate", f"a candidate could not be parsed: {failure}")
    return Response(status_code=204)


async def snapshot(request: Request) -> Response:
    gateway: Gateway = request.app.state.gateway
    camera_id = request.path_params["camera_id"]
    ticket = await _authorize(gateway, request, camera_id)
    if isinstance(ticket, Response):
        return ticket
    config = await _camera(gateway, camera_id)
    if isinstance(config, Response):
        return config
    source = gateway.registry.source(config, ticket.quality)
    keyframe = await source.latest_keyframe(SNAPSHOT_KEYFRAME_TIMEOUT_SECONDS)
    if keyframe is None:
        return error(
            503, "camera-unavailable", "no picture could be taken from the camera", {"Retry-After": "5"}
        )
    cache = gateway._snapshot_cache if gateway._snapshot_cache is not None else {}
    gateway._snapshot_cache = cache
    cached = cache.get((camera_id, ticket.quality))
    if cached is not None and cached[0] == id(keyframe):
        jpeg = cached[1]
    else:
        jpeg = (await asyncio.to_thread(decode_keyframe, keyframe.data)).jpeg
        cache[(camera_id, ticket.quality)] = (id(keyframe), jpeg)
    return Response(jpeg, media_type="image/jpeg", headers={"Cache-Control": "no-store"})


async def health(request: Request) -> Response:
    """For the backend and operators only (camera ids, states and probe figures are not public)."""
    gateway: Gateway = request.app.state.gateway
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not any(
        key and hmac.compare_digest(token.strip().encode(), key.encode()) for key in gateway.health_keys
    ):
        return error(401, "unauthorized", "send the gateway or operator key", {"WWW-Authenticate": "Bearer"})
    report: dict[str, Any] = gateway.health.report()
    report["sessions"] = len(gateway.sessions.sessions)
    report["probes"] = gateway.health.probe_summary()
    return JSONResponse(report)


def create_app(gateway: Gateway, cors_origins: list[str]) -> Starlette:
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await gateway.start()
        try:
            yield
        finally:
            await gateway.close()

    # Browsers (the SPA, another origin) call WHEP and snapshots; /health is not for browsers,
    # so it sits outside the CORS middleware and never answers with Access-Control-Allow-Origin.
    browser_facing = Starlette(
        routes=[
            Route("/whep/{camera_id}", whep_offer, methods=["POST"]),
            Route("/whep/{camera_id}/{session_id}", whep_session, methods=["DELETE", "PATCH"]),
            Route("/snapshot/{camera_id}", snapshot, methods=["GET"]),
            # issue 9: test connection for the backend's camera form (probe ticket, see probe.py)
            Route("/probe", probe, methods=["POST"]),
        ],
        middleware=[
            Middleware(
                CORSMiddleware,
                allow_origins=cors_origins,
                allow_methods=["POST", "PATCH", "DELETE", "GET", "OPTIONS"],
                allow_headers=["Authorization", "Content-Type", "If-Match"],
                expose_headers=["Location", "Link", "ETag", "Accept-Patch"],
                max_age=600,
            )
        ],
    )
    app = Starlette(
        routes=[Route("/health", health, methods=["GET"]), Mount("/", browser_facing)],
        lifespan=lifespan,
    )
    app.state.gateway = gateway
    browser_facing.state.gateway = gateway
    return app
