"""POST /api/hazards/evidence?projectId=ID&source=FRAME|PHOTO — the image as the raw body (bearer token);
GET  /api/hazards/evidence/{id} — the image. Refusals answer JSON {code, message} like document uploads."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from backend.authz.policy import Operation, role_allows
from backend.documents.http import _error, _principal
from backend.graphql_core.ids import pk_of, to_global_id
from backend.hazards.evidence import open_evidence, store_evidence
from backend.lifecycle.errors import RuleViolation
from backend.services import Services


def evidence_routes(services: Services) -> list[Any]:
    settings = services.settings

    async def upload(request: Request) -> Response:
        try:
            principal = await _principal(services, request)
            if not role_allows(principal, Operation.ISSUE_HAZARD_NOTICE):
                raise RuleViolation(
                    "FORBIDDEN", "Art. 14: only the centers and their inspectors issue notices"
                )
            declared = request.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > settings.upload_max_bytes:
                raise RuleViolation(
                    "FILE_TOO_LARGE", f"The file exceeds the limit of {settings.upload_max_bytes} bytes"
                )

            async def chunks() -> AsyncIterator[bytes]:
                async for chunk in request.stream():
                    yield chunk

            row = await store_evidence(
                settings,
                principal,
                pk_of(request.query_params.get("projectId", ""), "Project"),
                request.query_params.get("source", "PHOTO"),
                (request.headers.get("x-filename") or request.query_params.get("filename") or "")[:255],
                chunks(),
            )
        except RuleViolation as exc:
            return _error(exc)
        return JSONResponse(
            {
                "evidenceId": to_global_id("HazardEvidence", row.id),
                "contentType": row.content_type,
                "sizeBytes": row.size_bytes,
                "url": f"/api/hazards/evidence/{to_global_id('HazardEvidence', row.id)}",
            },
            status_code=201,
        )

    async def download(request: Request) -> Response:
        try:
            principal = await _principal(services, request)
            row, path = await open_evidence(
                settings, principal, pk_of(request.path_params["evidence_id"], "HazardEvidence")
            )
        except RuleViolation as exc:
            return _error(exc)
        return FileResponse(
            path,
            media_type=row.content_type,
            headers={"x-content-type-options": "nosniff", "cache-control": "private, no-store"},
        )

    return [
        Route("/api/hazards/evidence", upload, methods=["POST"]),
        Route("/api/hazards/evidence/{evidence_id}", download, methods=["GET"]),
    ]
