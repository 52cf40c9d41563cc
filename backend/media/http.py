"""Internal HTTP endpoints the media gateways call (authenticated with the gateway key)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from backend.auth.sessions import revocations_after
from backend.media.services import (
    apply_health_report,
    cameras_for_gateway,
    gateway_key_valid,
    register_gateway,
    ticket_keys,
)
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
        changed = await apply_health_report(
            services.bus, str(body.get("gatewayId", "")), body["cameras"], services.control
        )
        return JSONResponse({"ok": True, "changed": changed})

    async def revocations(request: Request) -> Response:
        """Ended sessions after ``after`` (a cursor from a previous answer); gateways poll this to
        drop WHEP sessions and refuse unused tickets of revoked sessions and users."""
        if not authorised(request):
            return refused()
        raw = request.query_params.get("after")
        if raw is not None and not (raw.isascii() and raw.isdigit() and len(raw) <= 18):
            return JSONResponse({"error": "bad-request", "message": "after must be a cursor"}, 400)
        recent = services.settings.live_ticket_ttl_seconds + 60
        return JSONResponse(await revocations_after(int(raw) if raw is not None else None, recent))

    async def public_key(request: Request) -> Response:
        _, public_pem = ticket_keys(services.settings)
        return Response(public_pem, media_type="application/x-pem-file")

    return [
        Route("/internal/gateway/register", register, methods=["POST"]),
        Route("/internal/gateway/cameras", cameras, methods=["GET"]),
        Route("/internal/gateway/health", health, methods=["POST"]),
        Route("/internal/gateway/revocations", revocations, methods=["GET"]),
        Route("/internal/gateway/ticket-public-key", public_key, methods=["GET"]),
    ]
