from __future__ import annotations

import strawberry

from backend.authz.policy import Operation
from backend.authz.scope import scoped
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of
from backend.graphql_core.pagination import Connection, build_connection, page_bounds
from backend.graphql_core.permissions import requires
from backend.hazards.models import HazardNotice
from backend.hazards.types import HazardNoticeType, HazardStatusEnum


@strawberry.type
class HazardQueries:
    @strawberry.field(
        extensions=requires(Operation.VIEW_HAZARD_NOTICES),
        description="Hazard notices and stop-work orders in your scope (Art. 14), newest first.",
    )
    async def hazard_notices(
        self,
        info: Info,
        project_id: strawberry.ID | None = None,
        status: HazardStatusEnum | None = None,  # type: ignore[valid-type]
        first: int | None = 50,
        after: str | None = None,
    ) -> Connection[HazardNoticeType]:
        size, after_id = page_bounds(first, after)
        query = scoped(HazardNotice.all(), info.context.require_principal())
        if project_id is not None:
            query = query.filter(project_id=pk_of(project_id, "Project") or -1)
        if status is not None:
            query = query.filter(status=status)
        total = await query.count()
        if after_id is not None:
            query = query.filter(id__lt=after_id)
        rows = await query.order_by("-id").limit(size + 1)
        return build_connection(
            [HazardNoticeType.from_row(r) for r in rows], [r.id for r in rows], size, total
        )

    @strawberry.field(
        extensions=requires(Operation.VIEW_HAZARD_NOTICES), description="Null when missing or out of scope."
    )
    async def hazard_notice(self, info: Info, id: strawberry.ID) -> HazardNoticeType | None:
        pk = pk_of(id, "HazardNotice")
        row = await info.context.loaders.hazard_notice_by_id.load(pk) if pk is not None else None
        return HazardNoticeType.from_row(row) if row else None
