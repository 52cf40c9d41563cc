from __future__ import annotations

import strawberry

from backend.authz.policy import Operation
from backend.authz.scope import scoped
from backend.faults.models import FaultStatus, FaultTicket
from backend.faults.types import FaultTicketType
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of
from backend.graphql_core.pagination import Connection, build_connection, page_bounds
from backend.graphql_core.permissions import requires


@strawberry.type
class FaultQueries:
    @strawberry.field(
        extensions=requires(Operation.VIEW_FAULT_TICKETS),
        description="Camera fault tickets in your scope (Art. 16).",
    )
    async def fault_tickets(
        self,
        info: Info,
        project_id: strawberry.ID | None = None,
        open_only: bool = False,
        first: int | None = 50,
        after: str | None = None,
    ) -> Connection[FaultTicketType]:
        size, after_id = page_bounds(first, after)
        query = scoped(FaultTicket.all(), info.context.require_principal())
        if project_id is not None:
            query = query.filter(project_id=pk_of(project_id, "Project") or -1)
        if open_only:
            query = query.filter(status=FaultStatus.OPEN)
        total = await query.count()
        if after_id is not None:
            query = query.filter(id__lt=after_id)
        rows = await query.order_by("-id").limit(size + 1)
        return build_connection(
            [FaultTicketType.from_row(r) for r in rows], [r.id for r in rows], size, total
        )
