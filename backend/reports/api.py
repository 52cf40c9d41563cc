from __future__ import annotations

from datetime import timedelta

import strawberry

from backend.authz.policy import Operation
from backend.graphql_core.context import Info
from backend.graphql_core.errors import BadInput
from backend.graphql_core.ids import pk_of
from backend.graphql_core.permissions import requires
from backend.lifecycle.errors import RuleViolation
from backend.reports.services import monthly_report
from backend.reports.types import MonthlyReportType


@strawberry.type
class ReportQueries:
    @strawberry.field(
        extensions=requires(Operation.VIEW_MONTHLY_REPORT),
        description=(
            "Art. 6–17 monthly figures (month `YYYY-MM`, local time): the city by district, a district by "
            "project, or one project. Null when the district or project is missing or out of scope."
        ),
    )
    async def monthly_report(
        self,
        info: Info,
        month: str,
        district_id: strawberry.ID | None = None,
        project_id: strawberry.ID | None = None,
    ) -> MonthlyReportType | None:
        district_pk = (pk_of(district_id, "District") or -1) if district_id is not None else None
        project_pk = (pk_of(project_id, "Project") or -1) if project_id is not None else None
        try:
            report = await monthly_report(
                info.context.require_principal(),
                month,
                district_id=district_pk,
                project_id=project_pk,
                duty_heartbeat_timeout=timedelta(
                    seconds=info.context.services.settings.duty_heartbeat_timeout_seconds
                ),
            )
        except RuleViolation as exc:
            if exc.code.endswith("_NOT_FOUND"):
                return None
            raise BadInput(exc.message) from None
        return MonthlyReportType.of(report)
