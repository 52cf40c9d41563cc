"""HTTP endpoints of the bulk import (file bodies do not go through GraphQL).

GET  /api/intake/template?format=xlsx|csv[&sheet=projects|cameras]   the template (bearer, IMPORT_INTAKE)
POST /api/intake/uploads   raw body (.xlsx or .csv, sniffed; X-Filename header) → {"uploadId", "fileType", …}
Then the GraphQL mutation ``importIntake(input: {uploadId, dryRun})`` validates or commits it.
Refusals answer JSON ``{"code", "message"}`` with a 4xx status."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from backend.auth.services import authenticate_bearer
from backend.authz.policy import Operation, Principal, role_allows
from backend.graphql_core.input_errors import InputRefused
from backend.intake_import import uploads
from backend.intake_import.columns import SHEETS
from backend.intake_import.files import template_csv, template_xlsx
from backend.services import Services

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_STATUS = {"UNAUTHENTICATED": 401, "FORBIDDEN": 403, "FILE_TOO_LARGE": 413, "UNSUPPORTED_FILE_TYPE": 415}


def _error(exc: InputRefused) -> JSONResponse:
    return JSONResponse({"code": exc.code, "message": exc.message}, status_code=_STATUS.get(exc.code, 400))


async def _importer(services: Services, request: Request) -> Principal:
    scheme, _, token = (request.headers.get("authorization") or "").partition(" ")
    principal = (
        await authenticate_bearer(services.settings, token.strip()) if scheme.lower() == "bearer" else None
    )
    if principal is None:
        raise InputRefused("UNAUTHENTICATED", "Authentication required")
    if not role_allows(principal, Operation.IMPORT_INTAKE):
        raise InputRefused("FORBIDDEN", "Your role may not import projects or cameras")
    return principal


def intake_routes(services: Services) -> list[Any]:
    settings = services.settings

    async def template(request: Request) -> Response:
        try:
            await _importer(services, request)
            file_format = request.query_params.get("format", "xlsx")
            sheet = request.query_params.get("sheet", "projects")
            if file_format not in ("xlsx", "csv") or sheet not in SHEETS:
                raise InputRefused("BAD_REQUEST", "format must be xlsx or csv; sheet projects or cameras")
        except InputRefused as exc:
            return _error(exc)
        if file_format == "xlsx":
            body, media_type, name = template_xlsx(), XLSX_TYPE, "sitewatch-intake-template.xlsx"
        else:
            body, media_type, name = (
                template_csv(sheet),
                "text/csv; charset=utf-8",
                f"sitewatch-{sheet}-template.csv",
            )
        return Response(
            body,
            media_type=media_type,
            headers={
                "content-disposition": f'attachment; filename="{name}"',
                "cache-control": "private, no-store",
            },
        )

    async def upload(request: Request) -> Response:
        try:
            principal = await _importer(services, request)
            declared = request.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > settings.import_max_bytes:
                raise InputRefused(
                    "FILE_TOO_LARGE", f"The file exceeds the limit of {settings.import_max_bytes} bytes"
                )

            async def chunks() -> AsyncIterator[bytes]:
                async for chunk in request.stream():
                    yield chunk

            stored = await uploads.store(
                settings,
                principal.user_id,
                (request.headers.get("x-filename") or request.query_params.get("filename") or "")[:255],
                chunks(),
            )
        except InputRefused as exc:
            return _error(exc)
        return JSONResponse(
            {
                "uploadId": stored.upload_id,
                "fileType": stored.file_type,
                "filename": stored.filename,
                "sizeBytes": stored.size_bytes,
            },
            status_code=201,
        )

    return [
        Route("/api/intake/template", template, methods=["GET"]),
        Route("/api/intake/uploads", upload, methods=["POST"]),
    ]
