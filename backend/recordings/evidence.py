"""Evidence for hazard notices and stop-work orders (Art. 14, 17): a protected clip around the instant
(``CLIP_BEFORE`` before to ``CLIP_AFTER`` after, a RecordingHold the retention and the disk guard never
delete) and a JPEG of the camera at that instant, fetched from the gateway's recording and stored with the
notice under ``$DATA_DIR/evidence/``."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from backend.auth.services import authenticate_bearer
from backend.authz.policy import Principal
from backend.cameras.models import Camera
from backend.graphql_core.ids import pk_of, to_global_id
from backend.hazards.models import HazardKind, HazardNotice
from backend.lifecycle.errors import NotFound
from backend.media.services import start_live_view
from backend.recordings.models import HoldReason, RecordingHold, RecordingSegment
from backend.recordings.playback import (
    CLIP_AFTER,
    CLIP_BEFORE,
    PLAYBACK_TICKET_TTL,
    InvalidRange,
    gateway_for,
    mint_range_ticket,
    utc,
)
from backend.services import Services
from backend.settings import Settings

log = logging.getLogger(__name__)

SNAPSHOT_PATIENCE = timedelta(seconds=8)  # the recorder writes a fragment at least every second
NOTICE_REASONS = (HoldReason.HAZARD_NOTICE, HoldReason.STOP_WORK_ORDER)
_pending: set[asyncio.Task[bool]] = set()


def evidence_path(settings: Settings, notice_id: int) -> Path:
    return settings.data_dir / "evidence" / f"hazard-notice-{notice_id}.jpg"


def evidence_url(notice_id: int) -> str:
    return f"/api/hazard-notices/{to_global_id('HazardNotice', notice_id)}/evidence.jpg"


async def hold_for_notice(notice_id: int) -> RecordingHold | None:
    return await RecordingHold.filter(reason__in=NOTICE_REASONS, ref_id=notice_id).order_by("id").first()


async def check_evidence_instant(camera: Camera, at: datetime, now: datetime) -> datetime:
    """An ``evidenceAt`` chosen by the issuer must lie inside the camera's recording."""
    at = utc(at)
    if at > now:
        raise InvalidRange("the evidence instant lies in the future")
    recorded = await RecordingSegment.filter(camera_id=camera.id, start_at__lte=at, end_at__gte=at).exists()
    if not recorded:
        raise InvalidRange("nothing was recorded by this camera at the evidence instant")
    return at


async def protect_evidence(
    settings: Settings, principal: Principal, notice: HazardNotice, camera: Camera, at: datetime
) -> RecordingHold:
    """Hold the clip around ``at`` and start fetching the snapshot (in the background: the frame at the
    issue instant reaches the disk up to a second later)."""
    reason = HoldReason.STOP_WORK_ORDER if notice.kind == HazardKind.STOP_WORK else HoldReason.HAZARD_NOTICE
    hold = await RecordingHold.create(
        camera_id=camera.id,
        start_at=at - CLIP_BEFORE,
        end_at=at + CLIP_AFTER,
        reason=reason,
        ref_id=notice.id,
        created_by_id=principal.user_id,
    )
    task = asyncio.create_task(capture_snapshot(settings, principal, notice.id, camera, at))
    _pending.add(task)
    task.add_done_callback(_pending.discard)
    return hold


async def wait_for_pending_snapshots() -> None:
    if _pending:
        await asyncio.gather(*list(_pending), return_exceptions=True)


async def capture_snapshot(
    settings: Settings, principal: Principal, notice_id: int, camera: Camera, at: datetime
) -> bool:
    """Fetch the recorded frame at ``at``; if the recording has no frame there but ``at`` is now, the
    live frame. Stores the JPEG and points the notice at it; False (and the notice keeps no snapshot)
    when the camera gave no picture."""
    jpeg = None
    try:
        jpeg = await _recorded_frame(settings, principal, camera, at)
        if jpeg is None and datetime.now(UTC) - at < timedelta(minutes=1):
            jpeg = await _live_frame(settings, principal, camera)
    except Exception:
        log.exception("evidence snapshot of notice %s failed", notice_id)
    if jpeg is None:
        log.warning("notice %s: no evidence snapshot from camera %s at %s", notice_id, camera.id, at)
        return False
    path = evidence_path(settings, notice_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    await asyncio.to_thread(path.write_bytes, jpeg)
    await HazardNotice.filter(id=notice_id).update(snapshot_url=evidence_url(notice_id))
    return True


async def _recorded_frame(
    settings: Settings, principal: Principal, camera: Camera, at: datetime
) -> bytes | None:
    gateway = await gateway_for(camera, at)
    ticket, _ = mint_range_ticket(
        settings,
        kind="playback",
        gateway_id=gateway.gateway_id,
        camera_id=camera.id,
        user_id=principal.user_id,
        role=str(principal.role),
        start=at - timedelta(seconds=1),
        end=at + timedelta(seconds=1),
        ttl=PLAYBACK_TICKET_TTL,
    )
    deadline = datetime.now(UTC) + SNAPSHOT_PATIENCE
    async with httpx.AsyncClient(timeout=15.0, trust_env=False) as client:
        while True:
            response = await client.get(
                f"{gateway.public_url}/snapshot/{camera.id}",
                params={"at": at.isoformat()},
                headers={"Authorization": f"Bearer {ticket}"},
            )
            if response.status_code == 200 and response.content.startswith(b"\xff\xd8"):
                return response.content
            if response.status_code != 404 or datetime.now(UTC) > deadline:
                return None
            await asyncio.sleep(1.0)


async def _live_frame(settings: Settings, principal: Principal, camera: Camera) -> bytes | None:
    view = await start_live_view(settings, principal, camera, "MAIN")
    base = view.whep_url.rsplit("/whep/", 1)[0]
    async with httpx.AsyncClient(timeout=15.0, trust_env=False) as client:
        response = await client.get(
            f"{base}/snapshot/{camera.id}", headers={"Authorization": f"Bearer {view.ticket}"}
        )
    if response.status_code == 200 and response.content.startswith(b"\xff\xd8"):
        return response.content
    return None


def evidence_routes(services: Services) -> list[Route]:
    """``GET /api/hazard-notices/{noticeId}/evidence.jpg`` (bearer access token; notice in scope)."""

    async def snapshot(request: Request) -> Response:
        from backend.hazards.services import scoped_notice

        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        principal = (
            await authenticate_bearer(services.settings, token.strip())
            if scheme.lower() == "bearer"
            else None
        )
        if principal is None:
            return JSONResponse({"code": "UNAUTHENTICATED", "message": "Authentication required"}, 401)
        try:
            notice, _ = await scoped_notice(
                principal, pk_of(request.path_params["notice_id"], "HazardNotice")
            )
        except NotFound:
            return JSONResponse(
                {"code": "HAZARD_NOTICE_NOT_FOUND", "message": "No such notice in your scope"}, 404
            )
        path = evidence_path(services.settings, notice.id)
        if not path.is_file():
            return JSONResponse({"code": "NO_EVIDENCE_SNAPSHOT", "message": "No snapshot was taken"}, 404)
        return FileResponse(path, media_type="image/jpeg", headers={"cache-control": "private, no-store"})

    return [Route("/api/hazard-notices/{notice_id}/evidence.jpg", snapshot, methods=["GET"])]
