from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import strawberry

from backend.authz.policy import Operation, project_ref
from backend.cameras.models import Camera, CameraStatus
from backend.graphql_core.context import Info
from backend.graphql_core.ids import to_global_id
from backend.graphql_core.node import Node

if TYPE_CHECKING:
    from backend.projects.types import ProjectType

CameraStatusEnum = strawberry.enum(CameraStatus, name="CameraStatus")


@strawberry.type(name="Camera")
class CameraType(Node):
    row: strawberry.Private[Camera]
    name: str
    location: str
    ptz_capable: bool
    status: CameraStatusEnum  # type: ignore[valid-type]

    @classmethod
    def from_row(cls, row: Camera) -> CameraType:
        return cls(
            id=strawberry.ID(to_global_id("Camera", row.id)),
            row=row,
            name=row.name,
            location=row.location,
            ptz_capable=row.ptz_capable,
            status=row.status,
        )

    @strawberry.field
    async def project(self, info: Info) -> Annotated[ProjectType, strawberry.lazy("backend.projects.types")]:
        from backend.projects.types import ProjectType

        row = await info.context.loaders.project_by_id.load(self.row.project_id)
        assert row is not None  # a visible camera's project is visible
        return ProjectType.from_row(row)

    @strawberry.field(
        description="Whether you may take PTZ control of this camera (policy CONTROL_CAMERA in its scope)."
    )
    async def viewer_can_control(self, info: Info) -> bool:
        if not self.row.ptz_capable:
            return False
        project = await info.context.loaders.project_by_id.load(self.row.project_id)
        return project is not None and info.context.allows(Operation.CONTROL_CAMERA, project_ref(project))

    @strawberry.field(
        description="Whether you may reserve this camera (Art. 12 city hold, policy RESERVE_CAMERA in its scope)."
    )
    async def viewer_can_reserve(self, info: Info) -> bool:
        if not self.row.ptz_capable:
            return False
        project = await info.context.loaders.project_by_id.load(self.row.project_id)
        return project is not None and info.context.allows(Operation.RESERVE_CAMERA, project_ref(project))

    @strawberry.field(
        description="RTSP URL of the main stream; null unless your role may see stream addresses."
    )
    def main_stream_url(self, info: Info) -> str | None:
        return self.row.main_stream_url if info.context.allows(Operation.VIEW_STREAM_URLS) else None

    @strawberry.field(
        description="RTSP URL of the sub stream; null unless your role may see stream addresses."
    )
    def sub_stream_url(self, info: Info) -> str | None:
        return self.row.sub_stream_url if info.context.allows(Operation.VIEW_STREAM_URLS) else None
