from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from backend.authz.policy import Operation, project_ref
from backend.cameras.models import Camera, CameraRemoval, CameraStatus, LocationKind, RemovalStatus
from backend.graphql_core.context import Info
from backend.graphql_core.ids import to_global_id
from backend.graphql_core.loading import now_or_later
from backend.graphql_core.node import Node

if TYPE_CHECKING:
    from strawberry.dataloader import DataLoader

    from backend.loaders import Loaders
    from backend.projects.models import Project
    from backend.projects.types import ProjectType

# Camera fields answered from the summary columns alone (backend.cameras.dataloaders.SUMMARY_COLUMNS):
# from_row's attributes, the project link and the policy checks that read ptz_capable and the project
SUMMARY_FIELDS = frozenset(
    {
        "__typename",
        "id",
        "name",
        "serial",
        "locationKind",
        "location",
        "ptzCapable",
        "status",
        "project",
        "viewerCanControl",
        "viewerCanReserve",
    }
)


def cameras_loader(loaders: Loaders, selected: frozenset[str] | set[str]) -> DataLoader[int, list[Camera]]:
    """The loader of a project's cameras for a selection of camera fields: summary rows when they answer
    every selected field, else whole rows."""
    return loaders.camera_summaries_by_project if selected <= SUMMARY_FIELDS else loaders.cameras_by_project


CameraStatusEnum = strawberry.enum(CameraStatus, name="CameraStatus")
LocationKindEnum = strawberry.enum(LocationKind, name="CameraLocationKind")
RemovalStatusEnum = strawberry.enum(RemovalStatus, name="CameraRemovalStatus")


@strawberry.type(name="CameraRemoval")
class CameraRemovalType(Node):
    row: strawberry.Private[CameraRemoval]
    status: RemovalStatusEnum  # type: ignore[valid-type]
    reason: str
    decision_note: str
    created_at: datetime
    decided_at: datetime | None

    @classmethod
    def from_row(cls, row: CameraRemoval) -> CameraRemovalType:
        return cls(
            id=strawberry.ID(to_global_id("CameraRemoval", row.id)),
            row=row,
            status=row.status,
            reason=row.reason,
            decision_note=row.decision_note,
            created_at=row.created_at,
            decided_at=row.decided_at,
        )

    @strawberry.field
    async def camera(self, info: Info) -> CameraType | None:
        row = await info.context.loaders.camera_by_id.load(self.row.camera_id)
        return CameraType.from_row(row) if row else None


@strawberry.type(
    name="CameraDevice",
    description="The device enrolled at a camera's address (Art. 16 equipment integrity): the first one its "
    "gateway reported, from ONVIF GetDeviceInformation and the video stream's parameters.",
)
class CameraDeviceType:
    serial: str | None
    model: str | None
    manufacturer: str | None
    hardware_id: str | None
    stream: str | None = strawberry.field(
        description='Signature of the stream the gateway saw: "MAIN H.264 profile 66 level 3.1 1280x720".'
    )
    enrolled_at: datetime
    replaced_at: datetime | None = strawberry.field(
        description="Since when another device has been answering at the camera's address (an open "
        "UNAUTHORIZED_REMOVAL fault ticket); null while the enrolled device answers."
    )


@strawberry.type(name="Camera")
class CameraType(Node):
    row: strawberry.Private[Camera]
    name: str
    serial: str | None
    location_kind: LocationKindEnum  # type: ignore[valid-type]
    location: str
    ptz_capable: bool
    status: CameraStatusEnum  # type: ignore[valid-type]

    @classmethod
    def from_row(cls, row: Camera) -> CameraType:
        return cls(
            id=strawberry.ID(to_global_id("Camera", row.id)),
            row=row,
            name=row.name,
            serial=row.serial,
            location_kind=row.location_kind,
            location=row.location,
            ptz_capable=row.ptz_capable,
            status=row.status,
        )

    @strawberry.field
    def project(self, info: Info) -> Annotated[ProjectType, strawberry.lazy("backend.projects.types")]:
        return now_or_later(info.context.loaders.project_by_id, self.row.project_id, _project_type)

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

    @strawberry.field(
        description="ONVIF device service URL (no credentials); null unless you may see stream addresses."
    )
    def onvif_endpoint(self, info: Info) -> str | None:
        return self.row.onvif_endpoint if info.context.allows(Operation.VIEW_STREAM_URLS) else None

    @strawberry.field(description="The RTSP user name; null unless you may see stream addresses.")
    def rtsp_username(self, info: Info) -> str | None:
        return self.row.rtsp_username if info.context.allows(Operation.VIEW_STREAM_URLS) else None

    @strawberry.field(description="The ONVIF user name; null unless you may see stream addresses.")
    def onvif_username(self, info: Info) -> str | None:
        return self.row.onvif_username if info.context.allows(Operation.VIEW_STREAM_URLS) else None

    @strawberry.field(description="Whether an RTSP password is stored (passwords are never returned).")
    def rtsp_password_set(self) -> bool:
        return bool(self.row.rtsp_password_encrypted)

    @strawberry.field(description="Whether an ONVIF password is stored (passwords are never returned).")
    def onvif_password_set(self) -> bool:
        return bool(self.row.onvif_password_encrypted)

    @strawberry.field(
        description="The enrolled device (Art. 16); null until a gateway has reported one, and unless you may "
        "follow fault tickets."
    )
    def enrolled_device(self, info: Info) -> CameraDeviceType | None:
        row = self.row
        if row.device_enrolled_at is None or not info.context.allows(Operation.VIEW_FAULT_TICKETS):
            return None
        return CameraDeviceType(
            serial=row.device_serial,
            model=row.device_model,
            manufacturer=row.device_manufacturer,
            hardware_id=row.device_hardware_id,
            stream=row.device_stream,
            enrolled_at=row.device_enrolled_at,
            replaced_at=row.device_replaced_at,
        )

    @strawberry.field(description="The removal waiting for the district's approval (Art. 16), if any.")
    async def pending_removal(self, info: Info) -> CameraRemovalType | None:
        row = await info.context.loaders.pending_removal_by_camera.load(self.row.id)
        return CameraRemovalType.from_row(row) if row else None


def _project_type(row: Project | None) -> ProjectType:
    from backend.projects.types import ProjectType

    assert row is not None  # a visible camera's project is visible
    return ProjectType.from_row(row)
