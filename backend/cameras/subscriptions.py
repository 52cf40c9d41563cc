from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import UTC, datetime

import strawberry

from backend.authz.policy import Operation, Principal, ProjectRef, decide, project_scope, role_allows
from backend.cameras.models import Camera, CameraStatus
from backend.cameras.types import CameraStatusEnum
from backend.events.bus import Resync
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of, to_global_id
from backend.graphql_core.permissions import requires
from backend.media.services import CAMERA_STATUS_TOPIC


@strawberry.type
class CameraStatusChange:
    camera_id: strawberry.ID
    project_id: strawberry.ID
    status: CameraStatusEnum  # type: ignore[valid-type]
    previous: CameraStatusEnum | None  # type: ignore[valid-type]
    at: datetime


@strawberry.type
class CameraSubscriptions:
    @strawberry.subscription(
        extensions=requires(Operation.VIEW_CAMERA),
        description="Status changes (online, offline, no video) of cameras in your scope, as the media "
        "gateways report them; optionally of one project only. When changes may have been missed (the event "
        "bus was unreachable), the current status of every such camera is sent again with `previous` null.",
    )
    async def camera_status(
        self, info: Info, project_id: strawberry.ID | None = None
    ) -> AsyncGenerator[CameraStatusChange, None]:
        principal = info.context.require_principal()
        only_project = pk_of(project_id, "Project") if project_id is not None else None
        async with info.context.services.bus.subscribe(CAMERA_STATUS_TOPIC) as stream:
            async for message in stream:
                if isinstance(message, Resync):
                    # Changes may have been missed (bus outage, overflow): statuses are state, so
                    # send the current status of every camera in scope instead of staying silent.
                    for change in await _current_statuses(principal, only_project):
                        yield change
                    continue
                if only_project is not None and message["projectId"] != only_project:
                    continue
                ref = ProjectRef(
                    message["projectId"], message["districtId"], message.get("projectOrganizations", {})
                )
                if not decide(principal, Operation.VIEW_CAMERA, ref):
                    continue
                yield CameraStatusChange(
                    camera_id=strawberry.ID(to_global_id("Camera", message["cameraId"])),
                    project_id=strawberry.ID(to_global_id("Project", message["projectId"])),
                    status=message["status"],
                    previous=message.get("previous"),
                    at=datetime.fromisoformat(message["at"]),
                )


async def _current_statuses(principal: Principal, only_project: int | None) -> list[CameraStatusChange]:
    if not role_allows(principal, Operation.VIEW_CAMERA):
        return []
    rows = Camera.filter(project_scope(principal, "project__")).exclude(status=CameraStatus.DECOMMISSIONED)
    if only_project is not None:
        rows = rows.filter(project_id=only_project)
    now = datetime.now(UTC)
    return [
        CameraStatusChange(
            camera_id=strawberry.ID(to_global_id("Camera", row.id)),
            project_id=strawberry.ID(to_global_id("Project", row.project_id)),
            status=row.status,
            previous=None,
            at=row.status_changed_at or now,
        )
        for row in await rows.order_by("id")
    ]
