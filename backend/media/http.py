"""Internal HTTP endpoints the media gateways call (authenticated with the gateway key)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from backend.media.services import (
    apply_health_report,
    camera_ids_outside_gateway,
    cameras_for_gateway,
    gateway_key_valid,
    register_gateway,
    ticket_keys,
)
from backend.recordings.ingest import (
    ReportError,
    camera_ids_of,
    ingest_report,
    parse_report,
    recorded_by_gateway,
)
from backend.recordings.retention import ReclaimReason, apply_deleted, choose_for_reclaim, deletion_order
from backend.services import Services


def internal_routes(services: Services) -> list[Route]:
    def authorised(request: Request) -> bool:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        return scheme.lower() == "bearer" and gateway_key_valid(services.settings, token.strip())

    def refused() -> Response:
        return JSONResponse(
            {"error": "unauthorized", "message": "gateway key missing or wrong"}, status_code=401
        )

    async def read_json(request: Request) -> dict[str, Any] | None:
        try:
            body = await request.json()
        except ValueError:
            return None
        return body if isinstance(body, dict) else None

    async def register(request: Request) -> Response:
        if not authorised(request):
            return refused()
        body = await read_json(request)
        if (
            not body
            or not isinstance(body.get("gatewayId"), str)
            or not isinstance(body.get("publicUrl"), str)
        ):
            return JSONResponse({"error": "bad-request", "message": "gatewayId and publicUrl required"}, 400)
        districts = body.get("districts") or ["*"]
        if not isinstance(districts, list):
            return JSONResponse({"error": "bad-request", "message": "districts must be a list"}, 400)
        await register_gateway(body["gatewayId"], body["publicUrl"], districts)
        return JSONResponse({"ok": True})

    async def cameras(request: Request) -> Response:
        if not authorised(request):
            return refused()
        gateway_id = request.query_params.get("gateway", "")
        rows = await cameras_for_gateway(gateway_id)
        return JSONResponse(
            {
                "cameras": [
                    {
                        "id": str(c.id),
                        "name": c.name,
                        "mainUrl": c.main_stream_url,
                        "subUrl": c.sub_stream_url or c.main_stream_url,
                        "transcode": False,
                        "record": recorded_by_gateway(
                            c, c.project, services.settings.recording_only_projects
                        ),
                        "recordStream": c.record_stream,
                    }
                    for c in rows
                ]
            }
        )

    async def health(request: Request) -> Response:
        if not authorised(request):
            return refused()
        body = await read_json(request)
        if not body or not isinstance(body.get("cameras"), list):
            return JSONResponse({"error": "bad-request", "message": "cameras list required"}, 400)
        changed = await apply_health_report(services.bus, str(body.get("gatewayId", "")), body["cameras"])
        return JSONResponse({"ok": True, "changed": changed})

    async def public_key(request: Request) -> Response:
        _, public_pem = ticket_keys(services.settings)
        return Response(public_pem, media_type="application/x-pem-file")

    # ---- recordings (media_gateway/RECORDING.md) -------------------------------------------------

    def bad_request(message: str) -> Response:
        return JSONResponse({"error": "bad-request", "message": message}, 400)

    async def foreign_cameras(gateway_id: str, camera_ids: set[int]) -> Response | None:
        outside = await camera_ids_outside_gateway(gateway_id, camera_ids)
        if not outside:
            return None
        listed = ", ".join(str(i) for i in sorted(outside)[:20])
        return JSONResponse(
            {"error": "foreign-camera", "message": f"cameras not assigned to gateway {gateway_id}: {listed}"},
            403,
        )

    async def recording_body(request: Request) -> tuple[dict[str, Any], str] | Response:
        if not authorised(request):
            return refused()
        body = await read_json(request)
        if body is None:
            return bad_request("a JSON object is required")
        gateway_id = body.get("gatewayId")
        if not isinstance(gateway_id, str) or not gateway_id:
            return bad_request("gatewayId required")
        return body, gateway_id

    async def recordings(request: Request) -> Response:
        parsed = await recording_body(request)
        if isinstance(parsed, Response):
            return parsed
        body, gateway_id = parsed
        try:
            segments, gaps = parse_report(body)
        except ReportError as failure:
            return bad_request(str(failure))
        if (refusal := await foreign_cameras(gateway_id, camera_ids_of(segments, gaps))) is not None:
            return refusal
        fault_after = timedelta(seconds=services.settings.recording_gap_fault_seconds)
        counts = await ingest_report(services.bus, gateway_id, segments, gaps, fault_after)
        return JSONResponse({"ok": True, **counts})

    def reclaim_reason(body: dict[str, Any]) -> ReclaimReason | None:
        try:
            return ReclaimReason(str(body.get("reason")))
        except ValueError:
            return None

    async def reclaim(request: Request) -> Response:
        parsed = await recording_body(request)
        if isinstance(parsed, Response):
            return parsed
        body, gateway_id = parsed
        reason = reclaim_reason(body)
        if reason is None:
            return bad_request("reason must be RETENTION or DISK_GUARD")
        needed = body.get("bytesNeeded")
        if needed is not None and (not isinstance(needed, int) or isinstance(needed, bool) or needed < 0):
            return bad_request("bytesNeeded must be a non-negative integer or null")
        if reason is ReclaimReason.DISK_GUARD and not needed:
            return bad_request("bytesNeeded is required for DISK_GUARD")
        chosen = await choose_for_reclaim(gateway_id, reason, needed, services.clock())
        return JSONResponse(deletion_order(chosen))

    async def deleted(request: Request) -> Response:
        parsed = await recording_body(request)
        if isinstance(parsed, Response):
            return parsed
        body, gateway_id = parsed
        reason = reclaim_reason(body)
        if reason is None:
            return bad_request("reason must be RETENTION or DISK_GUARD")
        items = body.get("deleted")
        if not isinstance(items, list):
            return bad_request("deleted must be a list")
        camera_ids: set[int] = set()
        for index, item in enumerate(items):
            if (
                not isinstance(item, dict)
                or not str(item.get("cameraId", "")).isdigit()
                or item.get("stream") not in ("main", "sub")
                or not isinstance(item.get("path"), str)
                or not isinstance(item.get("bytes", 0), int)
            ):
                return bad_request(f"deleted[{index}] needs cameraId, stream ('main'|'sub'), path and bytes")
            camera_ids.add(int(item["cameraId"]))
        if (refusal := await foreign_cameras(gateway_id, camera_ids)) is not None:
            return refusal
        removed = await apply_deleted(gateway_id, reason, items)
        return JSONResponse({"ok": True, "removed": removed})

    return [
        Route("/internal/gateway/recordings", recordings, methods=["POST"]),
        Route("/internal/gateway/recordings/reclaim", reclaim, methods=["POST"]),
        Route("/internal/gateway/recordings/deleted", deleted, methods=["POST"]),
        Route("/internal/gateway/register", register, methods=["POST"]),
        Route("/internal/gateway/cameras", cameras, methods=["GET"]),
        Route("/internal/gateway/health", health, methods=["POST"]),
        Route("/internal/gateway/ticket-public-key", public_key, methods=["GET"]),
    ]
