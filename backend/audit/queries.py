from __future__ import annotations

import strawberry

from backend.audit.models import AuditEvent
from backend.audit.types import AuditEventType
from backend.authz.policy import Operation
from backend.authz.scope import scoped
from backend.graphql_core.context import Info
from backend.graphql_core.pagination import Connection, build_connection, page_bounds
from backend.graphql_core.permissions import requires


@strawberry.type
class AuditQueries:
    @strawberry.field(
        extensions=requires(Operation.VIEW_AUDIT_LOG),
        description="Audit trail, newest first; a district center sees its district's events.",
    )
    async def audit_events(
        self, info: Info, first: int | None = 50, after: str | None = None, action: str | None = None
    ) -> Connection[AuditEventType]:
        principal = info.context.require_principal()
        size, after_id = page_bounds(first, after)
        query = scoped(AuditEvent.all(), principal)
        if action:
            query = query.filter(action=action)
        total = await query.count()
        if after_id is not None:
            query = query.filter(id__lt=after_id)
        rows = await query.order_by("-id").limit(size + 1).select_related("actor")
        nodes = [AuditEventType.from_row(r, r.actor.username if r.actor else None) for r in rows]
        return build_connection(nodes, [r.id for r in rows], size, total)
