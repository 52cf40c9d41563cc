from __future__ import annotations

import strawberry

from backend.authz.policy import Operation, project_scope
from backend.cameras.models import CameraRemoval, RemovalStatus
from backend.cameras.types import CameraRemovalType, CameraType, RemovalStatusEnum
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of
from backend.graphql_core.pagination import Connection, build_connection, page_bounds
from backend.graphql_core.permissions import requires


@strawberry.type
class CameraQueries:
    @strawberry.field(
        extensions=requires(Operation.VIEW_CAMERA), description="Null when missing or out of scope."
    )
    async def camera(self, info: Info, id: strawberry.ID) -> CameraType | None:
        pk = pk_of(id, "Camera")
        row = await info.context.loaders.camera_by_id.load(pk) if pk is not None else None
        return CameraType.from_row(row) if row else None

    @strawberry.field(
        extensions=requires(Operation.VIEW_CAMERA),
        description="Camera removal requests in your scope (default: those waiting for the district).",
    )
    async def camera_removals(
        self,
        info: Info,
        status: RemovalStatusEnum | None = RemovalStatusEnum.PENDING,  # type: ignore[valid-type]
        project_id: strawberry.ID | None = None,
        first: int | None = 50,
        after: str | None = None,
    ) -> Connection[CameraRemovalType]:
        size, after_id = page_bounds(first, after)
        query = CameraRemoval.filter(project_scope(info.context.require_principal(), "project__"))
        if status is not None:
            query = query.filter(status=RemovalStatus(status))
        if project_id is not None:
            query = query.filter(project_id=pk_of(project_id, "Project") or -1)
        total = await query.count()
        if after_id is not None:
            query = query.filter(id__gt=after_id)
        rows = await query.order_by("id").limit(size + 1)
        return build_connection(
            [CameraRemovalType.from_row(r) for r in rows], [r.id for r in rows], size, total
        )
