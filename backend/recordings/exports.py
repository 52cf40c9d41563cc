"""Clip exports: a ClipExport row and an EXPORT hold, a job on the gateway holding the files (remux, no
transcode), progress reported back by the gateway and pushed to subscribers, and an authorized, logged
download streamed from the gateway.

HTTP (registered by backend/app.py):
- ``POST /internal/gateway/exports/{id}`` (the gateway's own credential; only the gateway the export was
  started on, for a camera of its districts) ``{"percent", "state", "bytes", "sha256", "error"}``
- ``GET /api/recordings/exports/{exportId}/download`` (bearer access token) → the MP4, logged.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from tortoise.transactions import in_transaction

from backend.audit.services import record_audit
from backend.auth.services import authenticate_bearer
from backend.authz.policy import Operation, Principal, decide, project_ref
from backend.authz.scope import load_in_scope
from backend.cameras.models import Camera
from backend.documents.access_models import DocumentAccessAction
from backend.events.bus import EventBus
from backend.graphql_core.ids import pk_of
from backend.media.http import authenticated_gateway, cameras_outside
from backend.media.models import MediaGateway
from backend.media.services import camera_ids_outside_gateway
from backend.recordings.models import (
    ClipExport,
    ExportReview,
    ExportState,
    HoldReason,
    RecordingHold,
    RecordingSegment,
)
from backend.recordings.playback import (
    EXPORT_TICKET_TTL,
    InvalidRange,
    check_range,
    gateway_for,
    log_footage_access,
    mint_range_ticket,
)
from backend.services import Services
from backend.settings import Settings

log = logging.getLogger(__name__)

CLIP_EXPORT_TOPIC = "clip-export"
MAX_CLIP = timedelta(hours=1)
DOWNLOAD_TICKET_TTL = timedelta(seconds=60)
_FINISHED = (ExportState.DONE, ExportState.FAILED)


class NotRecorded(Exception):
    pass


class GatewayRefused(Exception):
    pass


class NotUnderReview(Exception):
    pass


async def review_export(
    principal: Principal, row: ClipExport, decision: ExportReview, client_ip: str = ""
) -> ClipExport:
    """Close an export's review: RELEASED frees its EXPORT hold (retention and the disk guard may then
    delete the footage, unless another hold protects it); KEPT_AS_EVIDENCE keeps the hold for good.
    Audited; a second review is refused (``NotUnderReview``)."""
    now = datetime.now(UTC)
    async with in_transaction():
        updated = await ClipExport.filter(id=row.id, under_review=True).update(
            under_review=False, review_decision=decision, reviewed_by_id=principal.user_id, reviewed_at=now
        )
        if not updated:
            raise NotUnderReview(f"export {row.id} is not under review")
        released = 0
        if decision is ExportReview.RELEASED:
            released = await RecordingHold.filter(
                reason=HoldReason.EXPORT, ref_id=row.id, released_at=None
            ).update(released_at=now)
        camera = await Camera.get(id=row.camera_id).select_related("project")
        await record_audit(
            "recording.export.reviewed",
            actor_id=principal.user_id,
            actor_role=str(principal.role),
            object_type="ClipExport",
            object_id=str(row.id),
            district_id=camera.project.district_id,
            project_id=camera.project.id,
            detail={
                "decision": decision.value,
                "cameraId": row.camera_id,
                "from": row.start_at.isoformat(),
                "to": row.end_at.isoformat(),
                "holdsReleased": released,
            },
            client_ip=client_ip,
        )
    await row.refresh_from_db()
    return row


async def exports_of_camera(camera: Camera, limit: int = 50) -> list[ClipExport]:
    return await ClipExport.filter(camera_id=camera.id).order_by("-id").limit(limit)


def export_message(row: ClipExport) -> dict[str, Any]:
    return {
        "exportId": row.id,
        "state": str(row.state),
        "percent": row.percent,
        "bytes": row.bytes,
        "sha256": row.sha256,
        "error": row.error,
    }


async def create_export(
    settings: Settings,
    principal: Principal,
    camera: Camera,
    start: datetime,
    end: datetime,
    client_ip: str = "",
) -> ClipExport:
    start, end = check_range(start, end, MAX_CLIP)
    if end > datetime.now(UTC) + timedelta(seconds=1):
        raise InvalidRange("the clip must have been recorded already (`to` lies in the future)")
    if not await RecordingSegment.filter(camera_id=camera.id, start_at__lte=end, end_at__gte=start).exists():
        raise NotRecorded("nothing was recorded by this camera in that range")
    gateway = await gateway_for(camera, start)
    row = await ClipExport.create(
        camera_id=camera.id,
        requested_by_id=principal.user_id,
        start_at=start,
        end_at=end,
        gateway_id=gateway.gateway_id,
        under_review=True,
    )
    await RecordingHold.create(
        camera_id=camera.id,
        start_at=start,
        end_at=end,
        reason=HoldReason.EXPORT,
        ref_id=row.id,
        created_by_id=principal.user_id,
    )
    await log_footage_access(
        "footage.export",
        principal,
        camera,
        client_ip,
        access=DocumentAccessAction.EXPORT,
        start=start,
        end=end,
        export_id=row.id,
        **{"from": start.isoformat(), "to": end.isoformat()},
    )
    ticket, _ = mint_range_ticket(
        settings,
        kind="export",
        gateway_id=gateway.gateway_id,
        camera_id=camera.id,
        user_id=principal.user_id,
        role=str(principal.role),
        start=start,
        end=end,
        ttl=EXPORT_TICKET_TTL,
        session=principal.session,
        # the exact window: the ticket's whole-second range is widened to open every file it touches
        extra={
            "exportId": str(row.id),
            "clipFromMs": round(start.timestamp() * 1000),
            "clipToMs": round(end.timestamp() * 1000),
        },
    )
    try:
        async with httpx.AsyncClient(timeout=10.0, trust_env=False) as client:
            response = await client.post(
                f"{gateway.public_url}/exports", headers={"Authorization": f"Bearer {ticket}"}
            )
        if response.status_code >= 300:
            raise GatewayRefused(f"gateway {gateway.gateway_id} refused the export ({response.status_code})")
    except (httpx.HTTPError, GatewayRefused) as failure:
        row.state, row.error, row.finished_at = ExportState.FAILED, str(failure), datetime.now(UTC)
        await row.save(update_fields=["state", "error", "finished_at"])
        raise GatewayRefused(str(failure)) from failure
    return row


async def apply_progress(bus: EventBus, export_id: int, body: dict[str, Any]) -> ClipExport | None:
    row = await ClipExport.get_or_none(id=export_id)
    if row is None:
        return None
    if row.state in _FINISHED:
        return row  # late or repeated reports do not reopen a finished job
    state = body.get("state")
    if state in {s.value for s in ExportState}:
        row.state = ExportState(state)
    percent = body.get("percent")
    if isinstance(percent, int) and 0 <= percent <= 100:
        row.percent = max(row.percent, percent)
    if isinstance(body.get("bytes"), int):
        row.bytes = body["bytes"]
    if isinstance(body.get("sha256"), str) and len(body["sha256"]) == 64:
        row.sha256 = body["sha256"]
    if isinstance(body.get("error"), str):
        row.error = body["error"][:2000]
    if row.state in _FINISHED:
        row.finished_at = datetime.now(UTC)
        if row.state is ExportState.DONE:
            row.percent = 100
    await row.save()
    await bus.publish(CLIP_EXPORT_TOPIC, export_message(row))
    return row


async def scoped_export(
    principal: Principal, export_id: int | None, operation: Operation = Operation.EXPORT_CLIP
) -> tuple[ClipExport, Camera] | None:
    """The export and its camera when the caller may do ``operation`` on that camera's footage, else None."""
    row = await load_in_scope(ClipExport, export_id, principal)
    if row is None:
        return None
    camera = await Camera.get_or_none(id=row.camera_id).select_related("project")
    if camera is None or not decide(principal, operation, project_ref(camera.project)):
        return None
    return row, camera


def export_routes(services: Services) -> list[Route]:
    settings = services.settings

    async def progress(request: Request) -> Response:
        gateway = await authenticated_gateway(request)
        if gateway is None:
            return JSONResponse(
                {
                    "error": "unauthorized",
                    "message": "gateway credential missing, wrong, revoked or superseded",
                },
                status_code=401,
            )
        raw = request.path_params["export_id"]
        try:
            body = await request.json()
        except ValueError:
            body = None
        if not raw.isdigit() or not isinstance(body, dict):
            return JSONResponse({"error": "bad-request", "message": "a JSON object is required"}, 400)
        started = await ClipExport.get_or_none(id=int(raw))
        if started is None:
            return JSONResponse({"error": "unknown-export", "message": "no such export"}, 404)
        if started.gateway_id != gateway.gateway_id:
            return JSONResponse(
                {"error": "foreign-export", "message": "this export was started on another gateway"}, 403
            )
        if outside := await camera_ids_outside_gateway(
            gateway.gateway_id, [started.camera_id], live_only=False
        ):
            return cameras_outside(outside)
        row = await apply_progress(services.bus, started.id, body)
        if row is None:
            return JSONResponse({"error": "unknown-export", "message": "no such export"}, 404)
        return JSONResponse({"ok": True, "state": str(row.state)})

    async def download(request: Request) -> Response:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        principal = await authenticate_bearer(settings, token.strip()) if scheme.lower() == "bearer" else None
        if principal is None:
            return JSONResponse({"code": "UNAUTHENTICATED", "message": "Authentication required"}, 401)
        found = await scoped_export(principal, pk_of(request.path_params["export_id"], "ClipExport"))
        if found is None:
            return JSONResponse({"code": "EXPORT_NOT_FOUND", "message": "No such export in your scope"}, 404)
        row, camera = found
        if row.state is not ExportState.DONE:
            return JSONResponse({"code": "EXPORT_NOT_READY", "message": f"The export is {row.state}"}, 409)
        gateway = await MediaGateway.get_or_none(gateway_id=row.gateway_id)
        if gateway is None:
            return JSONResponse({"code": "GATEWAY_UNAVAILABLE", "message": "The gateway is unknown"}, 503)
        # The gateway only hands the file out against this export's own ticket (a short one, for this call).
        ticket, _ = mint_range_ticket(
            settings,
            kind="export",
            gateway_id=gateway.gateway_id,
            camera_id=camera.id,
            user_id=principal.user_id,
            role=str(principal.role),
            start=row.start_at,
            end=row.end_at,
            ttl=DOWNLOAD_TICKET_TTL,
            session=principal.session,
            extra={"exportId": str(row.id)},
        )
        client = httpx.AsyncClient(timeout=httpx.Timeout(30.0), trust_env=False)
        upstream = await client.send(
            client.build_request(
                "GET",
                f"{gateway.public_url}/exports/{row.id}.mp4",
                headers={"Authorization": f"Bearer {ticket}"},
            ),
            stream=True,
        )
        if upstream.status_code != 200:
            await upstream.aclose()
            await client.aclose()
            return JSONResponse(
                {"code": "GATEWAY_UNAVAILABLE", "message": f"The gateway answered {upstream.status_code}"},
                502,
            )
        await log_footage_access(
            "footage.download",
            principal,
            camera,
            request.client.host if request.client else "",
            access=DocumentAccessAction.DOWNLOAD,
            start=row.start_at,
            end=row.end_at,
            export_id=row.id,
            sha256=row.sha256,
        )

        async def body() -> AsyncIterator[bytes]:
            async for chunk in upstream.aiter_raw():
                yield chunk

        async def close() -> None:
            await upstream.aclose()
            await client.aclose()

        name = f"camera-{camera.id}-{row.start_at:%Y%m%dT%H%M%SZ}.mp4"
        headers = {
            "content-disposition": f'attachment; filename="{name}"',
            "cache-control": "private, no-store",
            "x-content-type-options": "nosniff",
        }
        if row.sha256:
            headers["x-checksum-sha256"] = row.sha256
        if upstream.headers.get("content-length"):
            headers["content-length"] = upstream.headers["content-length"]
        return StreamingResponse(
            body(), media_type="video/mp4", headers=headers, background=BackgroundTask(close)
        )

    return [
        Route("/internal/gateway/exports/{export_id}", progress, methods=["POST"]),
        Route("/api/recordings/exports/{export_id}/download", download, methods=["GET"]),
    ]
