"""HTTP endpoints for Article 10 documents (bodies do not go through GraphQL).

POST /api/documents/upload?projectId=<ID>&category=<CATEGORY>&title=<text>[&documentId=<ID>]
     body: the raw file bytes (streamed to disk); X-Filename header: the original name (display only).
GET  /api/documents/{documentId}/download[?version=N][&inline=1]

Both authenticate with ``Authorization: Bearer <accessToken>``; refusals answer JSON
``{"code", "message", "article"}`` with a 4xx status, and a refused upload stores nothing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from backend.auth.services import authenticate_bearer
from backend.authz.policy import Operation, Principal, role_allows
from backend.client_address import client_address
from backend.documents.services import UploadRequest, download_name, open_for_download, store_upload
from backend.graphql_core.ids import pk_of, to_global_id
from backend.lifecycle.errors import RuleViolation
from backend.services import Services

_STATUS = {
    "UNAUTHENTICATED": 401,
    "FORBIDDEN": 403,
    "CITY_CONTROL_ACTIVE": 409,
    "FILE_TOO_LARGE": 413,
    "UNSUPPORTED_FILE_TYPE": 415,
}


def _error(exc: RuleViolation) -> JSONResponse:
    status = _STATUS.get(exc.code, 404 if exc.code.endswith("_NOT_FOUND") else 400)
    return JSONResponse(
        {"code": exc.code, "message": exc.message, "article": exc.article}, status_code=status
    )


async def _principal(services: Services, request: Request) -> Principal:
    scheme, _, token = (request.headers.get("authorization") or "").partition(" ")
    principal = (
        await authenticate_bearer(services.settings, token.strip()) if scheme.lower() == "bearer" else None
    )
    if principal is None:
        raise RuleViolation("UNAUTHENTICATED", "Authentication required")
    return principal


def document_routes(services: Services) -> list[Any]:
    settings = services.settings

    async def upload(request: Request) -> Response:
        try:
            principal = await _principal(services, request)
            if not role_allows(principal, Operation.UPLOAD_DOCUMENT):
                raise RuleViolation(
                    "FORBIDDEN", "Art. 10: only the supervisor and general contractor enter documents"
                )
            declared = request.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > settings.upload_max_bytes:
                raise RuleViolation(
                    "FILE_TOO_LARGE", f"The file exceeds the limit of {settings.upload_max_bytes} bytes"
                )
            params = request.query_params
            document_id = params.get("documentId")
            upload_request = UploadRequest(
                project_id=pk_of(params.get("projectId", ""), "Project"),
                category=params.get("category", ""),
                title=params.get("title", "")[:200],
                filename=(request.headers.get("x-filename") or params.get("filename") or "")[:255],
                document_id=pk_of(document_id, "Document") if document_id else None,
            )
            if document_id and upload_request.document_id is None:
                raise RuleViolation("DOCUMENT_NOT_FOUND", "No such document in your scope")

            async def chunks() -> AsyncIterator[bytes]:
                async for chunk in request.stream():
                    yield chunk

            version = await store_upload(
                settings,
                principal,
                upload_request,
                chunks(),
                city_control=services.control,
                bus=services.bus,
                client_ip=client_address(request, services.proxies),
            )
        except RuleViolation as exc:
            return _error(exc)
        return JSONResponse(
            {
                "documentId": to_global_id("Document", version.document_id),
                "version": version.version,
                "sizeBytes": version.size_bytes,
                "contentType": version.content_type,
                "sha256": version.sha256,
            },
            status_code=201,
        )

    async def download(request: Request) -> Response:
        try:
            principal = await _principal(services, request)
            raw_version = request.query_params.get("version")
            if raw_version is not None and not (
                raw_version.isascii() and raw_version.isdigit() and len(raw_version) <= 9
            ):
                raise RuleViolation("BAD_VERSION", "version must be a positive whole number")
            inline = request.query_params.get("inline") in ("1", "true")
            row, path = await open_for_download(
                settings,
                principal,
                pk_of(request.path_params["document_id"], "Document"),
                int(raw_version) if raw_version is not None else None,
                inline=inline,
                client_ip=client_address(request, services.proxies),
            )
        except RuleViolation as exc:
            return _error(exc)
        disposition = "inline" if inline else "attachment"
        return FileResponse(
            path,
            media_type=row.content_type,
            headers={
                "content-disposition": f"{disposition}; filename*=UTF-8''"
                + quote(download_name(row.filename, row.content_type)),
                "x-content-type-options": "nosniff",
                "cache-control": "private, no-store",
                "x-checksum-sha256": row.sha256,
            },
        )

    return [
        Route("/api/documents/upload", upload, methods=["POST"]),
        Route("/api/documents/{document_id}/download", download, methods=["GET"]),
    ]
