from __future__ import annotations

import strawberry

from backend.alerts.models import Alert
from backend.alerts.services import visible_alerts_filter
from backend.alerts.types import AlertType
from backend.authz.policy import Operation
from backend.graphql_core.context import Info
from backend.graphql_core.pagination import Connection, build_connection, page_bounds
from backend.graphql_core.permissions import requires


@strawberry.type
class AlertQueries:
    @strawberry.field(
        extensions=requires(Operation.VIEW_ALERTS), description="Alerts visible to you, newest first."
    )
    async def alerts(
        self, info: Info, first: int | None = 50, after: str | None = None, unacknowledged_only: bool = False
    ) -> Connection[AlertType]:
        principal = info.context.require_principal()
        size, after_id = page_bounds(first, after)
        query = Alert.filter(visible_alerts_filter(principal))
        if unacknowledged_only:
            query = query.filter(acknowledged_at=None)
        total = await query.count()
        if after_id is not None:
            query = query.filter(id__lt=after_id)
        rows = await query.order_by("-id").limit(size + 1)
        return build_connection([AlertType.from_row(r) for r in rows], [r.id for r in rows], size, total)
