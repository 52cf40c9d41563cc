"""GET /api/reports/monthly.{xlsx,pdf}?month=YYYY-MM[&districtId=ID|&projectId=ID] (bearer token)."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from backend.authz.policy import Operation, role_allows
from backend.documents.http import _error, _principal
from backend.graphql_core.ids import pk_of
from backend.lifecycle.errors import RuleViolation
from backend.reports.export import to_pdf, to_xlsx
from backend.reports.services import monthly_report
from backend.services import Services

_FORMATS = {
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", to_xlsx),
    "pdf": ("application/pdf", to_pdf),
}


def report_routes(services: Services) -> list[Any]:
    async def export(request: Request) -> Response:
        kind = request.path_params["format"]
        if kind not in _FORMATS:
            return JSONResponse({"code": "NOT_FOUND", "message": "xlsx or pdf"}, status_code=404)
        media_type, render = _FORMATS[kind]
        try:
            principal = await _principal(services, request)
            if not role_allows(principal, Operation.VIEW_MONTHLY_REPORT):
                raise RuleViolation("FORBIDDEN", "Monthly reports are for the command centers")
            params = request.query_params
            month = params.get("month", "")
            report = await monthly_report(
                principal,
                month,
                district_id=(pk_of(params["districtId"], "District") or -1)
                if params.get("districtId")
                else None,
                project_id=(pk_of(params["projectId"], "Project") or -1) if params.get("projectId") else None,
                duty_heartbeat_timeout=timedelta(seconds=services.settings.duty_heartbeat_timeout_seconds),
            )
        except RuleViolation as exc:
            return _error(exc)
        body = await asyncio.to_thread(render, report)
        return Response(
            body,
            media_type=media_type,
            headers={
                "content-disposition": f'attachment; filename="sitewatch-report-{report.month}.{kind}"',
                "cache-control": "private, no-store",
            },
        )

    return [Route("/api/reports/monthly.{format}", export, methods=["GET"])]
