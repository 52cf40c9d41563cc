"""The camera a control field names, loaded through the caller's scoped DataLoader."""

from __future__ import annotations

from dataclasses import dataclass

import strawberry

from backend.cameras.models import Camera
from backend.control.services import ControlService
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of


@dataclass(frozen=True)
class Target:
    camera: Camera
    district_id: int
    control: ControlService


async def load_target(info: Info, camera_id: strawberry.ID) -> Target | None:
    pk = pk_of(camera_id, "Camera")
    camera = await info.context.loaders.camera_by_id.load(pk) if pk is not None else None
    if camera is None:
        return None
    project = await info.context.loaders.project_by_id.load(camera.project_id)
    if project is None:
        return None
    return Target(camera, project.district_id, info.context.services.control)
