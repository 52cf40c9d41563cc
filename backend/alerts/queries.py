from __future__ import annotations

from datetime import datetime

import strawberry
from tortoise.expressions import Q

from backend.alerts.models import Alert, AlertSeverity
from backend.alerts.services import visible_alerts_filter
from backend.alerts.types import AlertType
from backend.authz.policy import Operation
from backend.graphql_core.context import Info
from backend.graphql_core.errors import BadInput
from backend.graphql_core.ids import pk_of
from backend.graphql_core.pagination import Connection, build_connection, page_bounds
from backend.graphql_core.permissions import requires


@strawberry.type
class AlertQueries:
    @strawberry.field(
        extensions=requires(Operation.VIEW_ALERTS), description="Alerts visible to you, newest first."
    )
    async def alerts(
        self,
        info: Info,
        first: int | None = 50,
        after: str | None = None,
        unacknowledged_only: bool = False,
        severities: list[str] | None = None,
        kinds: list[str] | None = None,
        district_id: strawberry.ID | None = None,
        project_id: strawberry.ID | None = None,
        object_type: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        search: str | None = None,
    ) -> Connection[AlertType]:
        """Filtered and paged in the database; ``totalCount`` counts every match."""
        principal = info.context.require_principal()
        size, after_id = page_bounds(first, after)
        query = Alert.filter(visible_alerts_filter(principal))
        if unacknowledged_only:
            query = query.filter(acknowledged_at=None)
        if severities:
            unknown = [s for s in severities if s not in AlertSeverity.__members__]
            if unknown:
                raise BadInput(f"Unknown severity {unknown[0][:16]!r}: INFO, WARNING or CRITICAL")
            query = query.filter(severity__in=severities)
        if kinds:
            query = query.filter(kind__in=[k[:48] for k in kinds[:50]])
        if district_id is not None:
            query = query.filter(district_id=pk_of(district_id, "District") or -1)
        if project_id is not None:
            query = query.filter(project_id=pk_of(project_id, "Project") or -1)
        if object_type:
            query = query.filter(object_type=object_type[:32])
        if since is not None:
            query = query.filter(created_at__gte=since)
        if until is not None:
            query = query.filter(created_at__lt=until)
        if search and search.strip():
            term = search.strip()[:100]
            query = query.filter(Q(title__icontains=term) | Q(message__icontains=term))
        total = await query.count()
        if after_id is not None:
            query = query.filter(id__lt=after_id)
        rows = await query.order_by("-id").limit(size + 1)
        return build_connection([AlertType.from_row(r) for r in rows], [r.id for r in rows], size, total)
