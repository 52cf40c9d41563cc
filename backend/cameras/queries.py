from __future__ import annotations

import strawberry

from backend.authz.policy import Operation
from backend.cameras.types import CameraType
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of
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
