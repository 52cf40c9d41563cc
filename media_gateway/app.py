"""HTTP surface of the gateway: WHEP (RFC 9725), snapshots, health. Errors: JSON ``{"error", "message"}``."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Mount, Route

from backend.observability.metrics import LiveStateCollector, metrics_endpoint, metrics_token_from_env
from backend.observability.middleware import RequestContextMiddleware
from media_gateway.cameras import CameraRegistry
from media_gateway.directory import CameraConfig
from media_gateway.exports import EXPORT_ID, ExportJob, ExportWorker, ProgressSink
from media_gateway.h264 import decode_keyframe
from media_gateway.health import HealthMonitor
from media_gateway.metrics import gateway_families
from media_gateway.playback import (
    Library,
    RangeNotSatisfiable,
    RangeTicket,
    byte_range,
    read_slice,
    recording_root_from_env,
    snapshot_jpeg,
    verify_range_ticket,
)
from media_gateway.probe import probe
from media_gateway.recorder import Recorder
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
    recorder: Recorder | None = None  # None: this gateway records nothing
    recording_root: Path | None = None
    _snapshot_cache: dict[tuple[str, Quality], tuple[int, bytes]] | None = None
    ready: bool = False  # started and not closing: /readyz

    async def start(self) -> None:
        if self.recorder is not None:
            await self.recorder.start()  # finalizes what a crash left before any camera is pulled again
            self.registry.recorder = self.recorder
        await self.registry.start()
        self.health.start()
        if self.revocations is not None:
            self.revocations.start()
        self.ready = True

    async def close(self) -> None:
        self.ready = False
        if self.revocations is not None:
            await self.revocations.close()
        await self.sessions.close_all()
        await self.health.close()
        await self.registry.close()
        if self.recorder is not None:
            await self.recorder.close()
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
    if "at" in request.query_params:
        return await recorded_snapshot(request)
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


async def healthz(request: Request) -> Response:
    """Liveness for probes (Kubernetes, compose, the topology): the process answers. No key, no details."""
    return JSONResponse({"status": "ok"}, headers={"Cache-Control": "no-store"})


async def readyz(request: Request) -> Response:
    """Readiness for probes: started (camera directory loaded, revocation watch running) and not closing.
    No key and nothing about cameras or sessions: that is /health, for the backend and operators."""
    gateway: Gateway = request.app.state.gateway
    if not gateway.ready:
        return JSONResponse({"status": "starting"}, status_code=503, headers={"Cache-Control": "no-store"})
    return JSONResponse({"status": "ready"}, headers={"Cache-Control": "no-store"})


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
    if gateway.recorder is not None:
        report["recorder"] = gateway.recorder.status()
    return JSONResponse(report)


# ---- Playback, recorded snapshots and clip exports (recorded footage; see playback.py / exports.py) ----------


@dataclass
class Recordings:
    library: Library
    exports: ExportWorker


def _recordings(request: Request) -> Recordings:
    recordings: Recordings = request.app.state.recordings
    return recordings


def _header_ticket(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _range_ticket(request: Request, camera_id: str | None, kind: str) -> RangeTicket | JSONResponse:
    """A playback/export ticket from the Authorization header only (never the URL), for this camera."""
    gateway: Gateway = request.app.state.gateway
    token = _header_ticket(request)
    if token is None:
        return error(
            401,
            "ticket-missing",
            f"send the {kind} ticket as 'Authorization: Bearer <ticket>'",
            {"WWW-Authenticate": 'Bearer realm="sitewatch-gateway"'},
        )
    try:
        ticket = verify_range_ticket(gateway.verifier, token, kind)
    except TicketError as failure:
        return error(failure.status, failure.code, failure.message)
    if camera_id is not None and ticket.camera_id != camera_id:
        return error(403, "ticket-wrong-camera", "the ticket was issued for another camera")
    revocations = gateway.revocations
    if revocations is not None and revocations.revocations.revokes(
        ticket.user_id, ticket.session, ticket.issued_at
    ):
        return error(401, "ticket-revoked", "the session this ticket was issued in has ended")
    return ticket


def _instant(raw: str) -> datetime | None:
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00")) if not raw.isdigit() else None
    except ValueError:
        return None
    if value is None:
        try:
            return datetime.fromtimestamp(int(raw), UTC)
        except (ValueError, OverflowError):
            return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


async def playback_playlist(request: Request) -> Response:
    camera_id = request.path_params["camera_id"]
    ticket = _range_ticket(request, camera_id, "playback")
    if isinstance(ticket, Response):
        return ticket
    library = _recordings(request).library
    stream = library.stream_of(camera_id, ticket.stream)
    if stream is None:
        return error(404, "not-recorded", f"nothing is recorded for camera {camera_id} on this gateway")
    end = min(ticket.end, datetime.now(UTC))
    body = await asyncio.to_thread(library.playlist, camera_id, stream, ticket.start, end)
    return Response(body, media_type="application/vnd.apple.mpegurl", headers={"Cache-Control": "no-store"})


async def playback_media(request: Request) -> Response:
    camera_id = request.path_params["camera_id"]
    ticket = _range_ticket(request, camera_id, "playback")
    if isinstance(ticket, Response):
        return ticket
    library = _recordings(request).library
    recorded = library.resolve(camera_id, request.path_params["path"])
    if recorded is None:
        return error(404, "not-recorded", "no such recording file")
    if not await asyncio.to_thread(library.overlaps, recorded, ticket.start, ticket.end):
        return error(403, "ticket-wrong-time", "the file lies outside the ticket's time range")
    size = recorded.path.stat().st_size
    try:
        wanted = byte_range(request.headers.get("range"), size)
    except RangeNotSatisfiable:
        return error(416, "range-not-satisfiable", "the requested byte range is not in the file")
    start, end = wanted if wanted is not None else (0, size)
    headers = {
        "Cache-Control": "private, max-age=3600",
        "Accept-Ranges": "bytes",
        "Content-Length": str(end - start),
    }
    if wanted is not None:
        headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
    return StreamingResponse(
        read_slice(recorded.path, start, end),
        status_code=206 if wanted is not None else 200,
        media_type="video/mp4",
        headers=headers,
    )


async def recorded_snapshot(request: Request) -> Response:
    camera_id = request.path_params["camera_id"]
    instant = _instant(request.query_params["at"])
    if instant is None:
        return error(400, "bad-instant", "at= must be an ISO 8601 instant or epoch seconds")
    # A snapshot ticket of its own (never a playback ticket): the backend writes each one it mints to the
    # Art. 10 access log, so every recorded frame that leaves the gateway is accounted for.
    ticket = _range_ticket(request, camera_id, "snapshot")
    if isinstance(ticket, Response):
        return ticket
    if not ticket.start <= instant <= ticket.end:
        return error(403, "ticket-wrong-time", "the instant lies outside the ticket's time range")
    library = _recordings(request).library
    stream = library.stream_of(camera_id, ticket.stream)
    found = await asyncio.to_thread(library.at, camera_id, stream, instant) if stream else None
    if found is None:
        return error(404, "not-recorded", "nothing was recorded at that instant")
    jpeg = await snapshot_jpeg(found[0].path, found[1])
    if jpeg is None:
        return error(503, "snapshot-failed", "the recorded frame could not be decoded")
    return Response(
        jpeg,
        media_type="image/jpeg",
        headers={"Cache-Control": "no-store", "X-Recorded-File": found[0].relative},
    )


async def export_create(request: Request) -> Response:
    ticket = _range_ticket(request, None, "export")
    if isinstance(ticket, Response):
        return ticket
    if ticket.export_id is None or not EXPORT_ID.match(ticket.export_id):
        return error(401, "ticket-invalid", "the export ticket names no export")
    job = _recordings(request).exports.submit(
        ExportJob(ticket.export_id, ticket.camera_id, ticket.stream, *ticket.window)
    )
    return JSONResponse(job.report(), status_code=202)


def _export_access(request: Request, export_id: str) -> JSONResponse | None:
    """The export's own ticket (the SPA polling, or the backend streaming a download for a user)."""
    ticket = _range_ticket(request, None, "export")
    if isinstance(ticket, JSONResponse):
        return ticket
    if ticket.export_id != export_id:
        return error(403, "ticket-wrong-export", "the ticket was issued for another export")
    return None


async def export_status(request: Request) -> Response:
    export_id = request.path_params["export_id"]
    refused = _export_access(request, export_id)
    if refused is not None:
        return refused
    job = _recordings(request).exports.jobs.get(export_id)
    if job is None:
        return error(404, "unknown-export", "no such export on this gateway")
    return JSONResponse(job.report())


async def export_file(request: Request) -> Response:
    export_id = request.path_params["export_id"]
    if not EXPORT_ID.match(export_id):
        return error(404, "unknown-export", "no such export on this gateway")
    refused = _export_access(request, export_id)
    if refused is not None:
        return refused
    path = _recordings(request).exports.output(export_id)
    if not path.is_file():
        return error(404, "unknown-export", "the export is not finished or does not exist")
    return FileResponse(path, media_type="video/mp4", headers={"Cache-Control": "no-store"})


def playback_routes() -> list[Route]:
    return [
        Route("/playback/{camera_id}/index.m3u8", playback_playlist, methods=["GET"]),
        Route("/playback/{camera_id}/media/{path:path}", playback_media, methods=["GET"]),
        Route("/exports", export_create, methods=["POST"]),
        Route("/exports/{export_id}.mp4", export_file, methods=["GET"]),
        Route("/exports/{export_id}", export_status, methods=["GET"]),
    ]


def create_recordings(gateway: Gateway) -> Recordings:
    root = getattr(gateway, "recording_root", None) or recording_root_from_env()
    library = Library(Path(root))
    return Recordings(library=library, exports=ExportWorker(library, ProgressSink.from_env()))


# ---- end of playback block -------------------------------------------------------------------------------


def create_app(gateway: Gateway, cors_origins: list[str]) -> Starlette:
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await gateway.start()
        try:
            yield
        finally:
            await recordings.exports.close()
            await gateway.close()

    recordings = create_recordings(gateway)
    live_state = CollectorRegistry(auto_describe=True)
    live_state.register(LiveStateCollector(gateway_families(gateway)))
    # Browsers (the SPA, another origin) call WHEP, snapshots and playback; probes, /health and /metrics
    # are not for browsers, so they sit outside the CORS middleware and never answer with Access-Control-Allow-Origin.
    browser_routes: list[BaseRoute] = [
        Route("/whep/{camera_id}", whep_offer, methods=["POST"]),
        Route("/whep/{camera_id}/{session_id}", whep_session, methods=["DELETE", "PATCH"]),
        Route("/snapshot/{camera_id}", snapshot, methods=["GET"]),
        *playback_routes(),
        # issue 9: test connection for the backend's camera form (probe ticket, see probe.py)
        Route("/probe", probe, methods=["POST"]),
    ]
    private_routes: list[BaseRoute] = [
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
        Route("/health", health, methods=["GET"]),
        Route("/metrics", metrics_endpoint(metrics_token_from_env(), live_state), methods=["GET"]),
    ]
    browser_facing = Starlette(
        routes=browser_routes,
        middleware=[
            Middleware(
                CORSMiddleware,
                allow_origins=cors_origins,
                allow_methods=["POST", "PATCH", "DELETE", "GET", "OPTIONS"],
                allow_headers=["Authorization", "Content-Type", "If-Match", "Range", "X-Request-ID"],
                expose_headers=[
                    "Location",
                    "Link",
                    "ETag",
                    "Accept-Patch",
                    "Content-Range",
                    "Content-Length",
                    "X-Request-ID",
                ],
                max_age=600,
            ),
        ],
    )
    app = Starlette(
        routes=[*private_routes, Mount("/", browser_facing)],
        lifespan=lifespan,
        # request ids and latency for every route, browser-facing or not (route templates from both lists)
        middleware=[Middleware(RequestContextMiddleware, routes=[*private_routes, *browser_routes])],
    )
    app.state.gateway = gateway
    app.state.recordings = recordings
    browser_facing.state.gateway = gateway
    browser_facing.state.recordings = recordings
    return app
