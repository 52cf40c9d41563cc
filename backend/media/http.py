"""Internal HTTP endpoints the media gateways call. Each gateway authenticates with its own credential
(``Authorization: Bearer swgw_…``, issued by ``registerGateway``); its identity comes from the credential,
never from the request, and every camera id it names is checked against its district assignment."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from backend.auth.sessions import revocations_after
from backend.cameras.services import gateway_urls, usable_onvif_endpoint
from backend.media.gateways import authenticate_gateway
from backend.media.models import MediaGateway
from backend.media.services import (
    apply_health_report,
    camera_ids_outside_gateway,
    cameras_for_gateway,
    gateway_checked_in,
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


def _refused() -> Response:
    return JSONResponse(
        {"error": "unauthorized", "message": "gateway credential missing, wrong, revoked or superseded"},
        status_code=401,
    )


async def authenticated_gateway(request: Request) -> MediaGateway | None:
    """The gateway behind the request's bearer credential (for every /internal/gateway/* endpoint)."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer":
        return None
    return await authenticate_gateway(token.strip())


async def read_json(request: Request) -> dict[str, Any] | None:
    try:
        body = await request.json()
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def foreign_gateway(claimed: object, gateway: MediaGateway) -> Response | None:
    """A gateway naming another gateway's id (in a query or body) is refused, not silently corrected."""
    if claimed not in (None, "", gateway.gateway_id):
        return JSONResponse(
            {
                "error": "foreign-gateway",
                "message": f"this credential belongs to gateway {gateway.gateway_id}",
            },
            status_code=403,
        )
    return None


def cameras_outside(ids: list[int]) -> Response:
    return JSONResponse(
        {
            "error": "camera-not-assigned",
            "message": "cameras outside this gateway's districts",
            "cameraIds": [str(pk) for pk in ids],
        },
        status_code=403,
    )


def internal_routes(services: Services) -> list[Route]:
    settings = services.settings

    async def register(request: Request) -> Response:
        gateway = await authenticated_gateway(request)
        if gateway is None:
            return _refused()
        body = await read_json(request)
        if (
            not body
            or not isinstance(body.get("gatewayId"), str)
            or not isinstance(body.get("publicUrl"), str)
        ):
            return JSONResponse({"error": "bad-request", "message": "gatewayId and publicUrl required"}, 400)
        refusal = foreign_gateway(body["gatewayId"], gateway)
        if refusal is not None:
            return refusal
        await gateway_checked_in(gateway, body["publicUrl"])
        # The districts a gateway asks for are ignored: the city assigns them (registerGateway).
        return JSONResponse(
            {"ok": True, "gatewayId": gateway.gateway_id, "districts": list(gateway.districts)}
        )

    async def cameras(request: Request) -> Response:
        gateway = await authenticated_gateway(request)
        if gateway is None:
            return _refused()
        refusal = foreign_gateway(request.query_params.get("gateway"), gateway)
        if refusal is not None:
            return refusal
        rows = await cameras_for_gateway(gateway.gateway_id)
        items = []
        for camera in rows:
            main, sub = gateway_urls(settings, camera)  # the gateway needs usable URLs; nobody else gets them
            items.append(
                {
                    "id": str(camera.id),
                    "name": camera.name,
                    "mainUrl": main,
                    "subUrl": sub,
                    "transcode": False,
                    "record": recorded_by_gateway(camera, camera.project, settings.recording_only_projects),
                    "recordStream": camera.record_stream,
                    # Art. 16: the gateway reads the device identity from it (credentials included)
                    "onvifUrl": usable_onvif_endpoint(settings, camera),
                }
            )
        return JSONResponse({"gatewayId": gateway.gateway_id, "cameras": items})

    async def health(request: Request) -> Response:
        gateway = await authenticated_gateway(request)
        if gateway is None:
            return _refused()
        body = await read_json(request)
        if not body or not isinstance(body.get("cameras"), list):
            return JSONResponse({"error": "bad-request", "message": "cameras list required"}, 400)
        refusal = foreign_gateway(body.get("gatewayId"), gateway)
        if refusal is not None:
            return refusal
        reported = [item for item in body["cameras"] if isinstance(item, dict)]
        raw_ids = [str(item.get("id")) for item in reported]
        if any(not raw.isdigit() or len(raw) > 18 for raw in raw_ids):
            return JSONResponse({"error": "bad-request", "message": "camera ids must be numeric"}, 400)
        outside = await camera_ids_outside_gateway(gateway.gateway_id, [int(raw) for raw in raw_ids])
        if outside:
            return cameras_outside(outside)
        changed = await apply_health_report(services.bus, gateway.gateway_id, reported, services.control)
        return JSONResponse({"ok": True, "changed": changed})

    async def public_key(request: Request) -> Response:
        _, public_pem = ticket_keys(settings)
        return Response(public_pem, media_type="application/x-pem-file")

    async def revocations(request: Request) -> Response:
        """Ended sessions after ``after`` (a cursor from a previous answer); gateways poll this to
        drop WHEP sessions and refuse unused tickets of revoked sessions and users."""
        if await authenticated_gateway(request) is None:
            return _refused()
        raw = request.query_params.get("after")
        if raw is not None and not (raw.isascii() and raw.isdigit() and len(raw) <= 18):
            return JSONResponse({"error": "bad-request", "message": "after must be a cursor"}, 400)
        recent = services.settings.live_ticket_ttl_seconds + 60
        return JSONResponse(await revocations_after(int(raw) if raw is not None else None, recent))

    # ---- recordings (media_gateway/RECORDING.md) -------------------------------------------------

    def bad_request(message: str) -> Response:
        return JSONResponse({"error": "bad-request", "message": message}, 400)

    async def foreign_cameras(gateway: MediaGateway, camera_ids: set[int]) -> Response | None:
        # Footage of a camera decommissioned since it was recorded is still this gateway's to report.
        outside = await camera_ids_outside_gateway(gateway.gateway_id, camera_ids, live_only=False)
        return cameras_outside(outside) if outside else None

    async def recording_body(request: Request) -> tuple[dict[str, Any], MediaGateway] | Response:
        gateway = await authenticated_gateway(request)
        if gateway is None:
            return _refused()
        body = await read_json(request)
        if body is None:
            return bad_request("a JSON object is required")
        if (refusal := foreign_gateway(body.get("gatewayId"), gateway)) is not None:
            return refusal
        return body, gateway

    async def recordings(request: Request) -> Response:
        parsed = await recording_body(request)
        if isinstance(parsed, Response):
            return parsed
        body, gateway = parsed
        try:
            segments, gaps = parse_report(body)
        except ReportError as failure:
            return bad_request(str(failure))
        if (refusal := await foreign_cameras(gateway, camera_ids_of(segments, gaps))) is not None:
            return refusal
        fault_after = timedelta(seconds=services.settings.recording_gap_fault_seconds)
        counts = await ingest_report(services.bus, gateway.gateway_id, segments, gaps, fault_after)
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
        body, gateway = parsed
        reason = reclaim_reason(body)
        if reason is None:
            return bad_request("reason must be RETENTION or DISK_GUARD")
        needed = body.get("bytesNeeded")
        if needed is not None and (not isinstance(needed, int) or isinstance(needed, bool) or needed < 0):
            return bad_request("bytesNeeded must be a non-negative integer or null")
        if reason is ReclaimReason.DISK_GUARD and not needed:
            return bad_request("bytesNeeded is required for DISK_GUARD")
        chosen = await choose_for_reclaim(gateway.gateway_id, reason, needed, services.clock())
        return JSONResponse(deletion_order(chosen))

    async def deleted(request: Request) -> Response:
        parsed = await recording_body(request)
        if isinstance(parsed, Response):
            return parsed
        body, gateway = parsed
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
        if (refusal := await foreign_cameras(gateway, camera_ids)) is not None:
            return refusal
        removed = await apply_deleted(gateway.gateway_id, reason, items)
        return JSONResponse({"ok": True, "removed": removed})

    return [
        Route("/internal/gateway/recordings", recordings, methods=["POST"]),
        Route("/internal/gateway/recordings/reclaim", reclaim, methods=["POST"]),
        Route("/internal/gateway/recordings/deleted", deleted, methods=["POST"]),
        Route("/internal/gateway/register", register, methods=["POST"]),
        Route("/internal/gateway/cameras", cameras, methods=["GET"]),
        Route("/internal/gateway/health", health, methods=["POST"]),
        Route("/internal/gateway/revocations", revocations, methods=["GET"]),
        Route("/internal/gateway/ticket-public-key", public_key, methods=["GET"]),
    ]
