from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from backend.alerts.models import Alert
from backend.graphql_core.context import Info
from backend.graphql_core.ids import to_cursor, to_global_id
from backend.graphql_core.node import Node

if TYPE_CHECKING:
    from backend.cameras.types import CameraType
    from backend.projects.types import ProjectType


@strawberry.type(name="Alert")
class AlertType(Node):
    pk: strawberry.Private[int]
    project_pk: strawberry.Private[int | None]
    kind: str
    severity: str
    title: str
    message: str
    created_at: datetime
    acknowledged_at: datetime | None
    object_type: str
    object_id: str

    @strawberry.field(description="Pass to `alerts(since:)` to resume after this alert.")
    def cursor(self) -> str:
        return to_cursor(self.pk)

    @strawberry.field
    async def project(
        self, info: Info
    ) -> Annotated[ProjectType, strawberry.lazy("backend.projects.types")] | None:
        from backend.projects.types import ProjectType

        if self.project_pk is None:
            return None
        row = await info.context.loaders.project_by_id.load(self.project_pk)
        return ProjectType.from_row(row) if row else None

    @strawberry.field(
        description="The camera the alert is about (a camera's own alert, or a notice issued from its view)."
    )
    async def camera(
        self, info: Info
    ) -> Annotated[CameraType, strawberry.lazy("backend.cameras.types")] | None:
        from backend.cameras.types import CameraType

        if not self.object_id.isdigit():
            return None
        camera_pk: int | None = None
        if self.object_type == "Camera":
            camera_pk = int(self.object_id)
        elif self.object_type == "HazardNotice":
            notice = await info.context.loaders.hazard_notice_by_id.load(int(self.object_id))
            camera_pk = notice.camera_id if notice else None
        if camera_pk is None:
            return None
        row = await info.context.loaders.camera_by_id.load(camera_pk)
        return CameraType.from_row(row) if row else None

    @classmethod
    def from_row(cls, row: Alert) -> AlertType:
        return cls(
            id=strawberry.ID(to_global_id("Alert", row.id)),
            pk=row.id,
            project_pk=row.project_id,
            kind=row.kind,
            severity=str(row.severity),
            title=row.title,
            message=row.message,
            created_at=row.created_at,
            acknowledged_at=row.acknowledged_at,
            object_type=row.object_type,
            object_id=row.object_id,
        )

    @classmethod
    def from_message(cls, message: dict[str, Any]) -> AlertType:
        return cls(
            id=strawberry.ID(to_global_id("Alert", message["id"])),
            pk=message["id"],
            project_pk=message.get("projectId"),
            kind=message["kind"],
            severity=message["severity"],
            title=message["title"],
            message=message["message"],
            created_at=datetime.fromisoformat(message["createdAt"]),
            acknowledged_at=None,
            object_type=message.get("objectType", ""),
            object_id=message.get("objectId", ""),
        )
