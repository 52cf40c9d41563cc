from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from backend.faults.models import FaultKind, FaultStatus, FaultTicket
from backend.graphql_core.context import Info
from backend.graphql_core.ids import to_global_id

if TYPE_CHECKING:
    from backend.cameras.types import CameraType
    from backend.projects.types import ProjectType

FaultKindEnum = strawberry.enum(FaultKind, name="FaultKind")
FaultStatusEnum = strawberry.enum(FaultStatus, name="FaultStatus")


@strawberry.type(name="FaultTicket", description="A camera fault to repair within 24 hours (Art. 16).")
class FaultTicketType:
    row: strawberry.Private[FaultTicket]
    id: strawberry.ID
    kind: FaultKindEnum  # type: ignore[valid-type]
    status: FaultStatusEnum  # type: ignore[valid-type]
    detail: str
    opened_at: datetime
    deadline: datetime
    closed_at: datetime | None
    downtime_seconds: int | None
    breached_at: datetime | None

    @classmethod
    def from_row(cls, row: FaultTicket) -> FaultTicketType:
        return cls(
            row=row,
            id=strawberry.ID(to_global_id("FaultTicket", row.id)),
            kind=row.kind,
            status=row.status,
            detail=row.detail,
            opened_at=row.opened_at,
            deadline=row.deadline,
            closed_at=row.closed_at,
            downtime_seconds=row.downtime_seconds,
            breached_at=row.breached_at,
        )

    @strawberry.field
    async def camera(
        self, info: Info
    ) -> Annotated[CameraType, strawberry.lazy("backend.cameras.types")] | None:
        from backend.cameras.types import CameraType

        row = await info.context.loaders.camera_by_id.load(self.row.camera_id)
        return CameraType.from_row(row) if row else None

    @strawberry.field
    async def project(self, info: Info) -> Annotated[ProjectType, strawberry.lazy("backend.projects.types")]:
        from backend.projects.types import ProjectType

        row = await info.context.loaders.project_by_id.load(self.row.project_id)
        assert row is not None
        return ProjectType.from_row(row)
