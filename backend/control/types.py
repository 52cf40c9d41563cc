from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from backend.control.drivers import Preset, PtzStatus
from backend.control.leases import Lease
from backend.graphql_core.context import Info
from backend.graphql_core.errors import UserError
from backend.graphql_core.ids import to_global_id
from backend.media.types import CameraNotFound

if TYPE_CHECKING:
    from backend.cameras.types import CameraType


@strawberry.type(description="Who holds (or held) a camera's control lease.")
class ControlHolder:
    id: strawberry.ID
    username: str
    display_name: str
    role: str

    @classmethod
    def from_lease(cls, lease: Lease) -> ControlHolder:
        return cls(
            id=strawberry.ID(to_global_id("User", lease.holder_id)),
            username=lease.holder_username,
            display_name=lease.holder_display_name,
            role=lease.holder_role,
        )


@strawberry.type(description="The right to move one camera, until `expiresAt` (a city reservation ends too).")
class CameraControlLease:
    lease: strawberry.Private[Lease]
    id: strawberry.ID
    holder: ControlHolder
    priority: int
    acquired_at: datetime
    last_command_at: datetime
    expires_at: datetime | None = strawberry.field(
        description="When the lease ends: after inactivity, or for a city reservation its fixed end (Art. 12)."
    )
    reserved: bool

    @classmethod
    def from_lease(cls, lease: Lease) -> CameraControlLease:
        return cls(
            lease=lease,
            id=strawberry.ID(lease.lease_id),
            holder=ControlHolder.from_lease(lease),
            priority=lease.priority,
            acquired_at=lease.acquired_at,
            last_command_at=lease.last_command_at,
            expires_at=lease.expires_at,
            reserved=lease.reserved,
        )

    @strawberry.field
    async def camera(
        self, info: Info
    ) -> Annotated[CameraType, strawberry.lazy("backend.cameras.types")] | None:
        from backend.cameras.types import CameraType

        row = await info.context.loaders.camera_by_id.load(self.lease.camera_id)
        return CameraType.from_row(row) if row else None

    @strawberry.field(description="Whether you hold this lease.")
    def held_by_you(self, info: Info) -> bool:
        principal = info.context.principal
        return principal is not None and principal.user_id == self.lease.holder_id


@strawberry.type
class ControlHeld(UserError):
    holder: ControlHolder
    until: datetime | None = strawberry.field(
        description="When the lease expires unless renewed; null: reserved."
    )
    reserved: bool
    priority: int


@strawberry.type
class NotController(UserError):
    holder: ControlHolder | None = strawberry.field(description="Who holds the camera instead, if anyone.")
    until: datetime | None


@strawberry.type
class PtzNotSupported(UserError):
    pass


@strawberry.type
class ReservationNotAllowed(UserError):
    pass


@strawberry.type
class ControlNotAllowed(UserError):
    pass


@strawberry.type
class ControlContended(UserError):
    pass


@strawberry.type
class InvalidPtzInput(UserError):
    pass


@strawberry.type
class PtzDeviceError(UserError):
    pass


@strawberry.type
class PtzPresetNotFound(UserError):
    pass


@strawberry.type
class CameraControlReleased:
    camera_id: strawberry.ID
    released_at: datetime


@strawberry.type(description="Pan/tilt in ONVIF generic space (-1..1, tilt up positive), zoom 0 (wide)..1.")
class PtzPosition:
    pan: float
    tilt: float
    zoom: float
    moving: bool

    @classmethod
    def from_status(cls, status: PtzStatus) -> PtzPosition:
        return cls(pan=status.pan, tilt=status.tilt, zoom=status.zoom, moving=status.moving)


@strawberry.type
class PtzCommandAccepted:
    lease: CameraControlLease = strawberry.field(description="Your lease, extended by this command.")


@strawberry.type
class PtzPreset:
    token: str
    name: str

    @classmethod
    def from_preset(cls, preset: Preset) -> PtzPreset:
        return cls(token=preset.token, name=preset.name)


@strawberry.type
class PtzPresetList:
    presets: list[PtzPreset]
    position: PtzPosition | None
    lease: CameraControlLease


@strawberry.type
class PtzPresetSaved:
    preset: PtzPreset
    lease: CameraControlLease


@strawberry.enum
class CameraControlEventKind(StrEnum):
    STATE = "STATE"  # first message of a subscription: who holds the camera now
    ACQUIRED = "ACQUIRED"
    PREEMPTED = "PREEMPTED"
    RELEASED = "RELEASED"
    EXPIRED = "EXPIRED"


@strawberry.type
class CameraControlEvent:
    kind: CameraControlEventKind
    camera_id: strawberry.ID
    lease: CameraControlLease | None = strawberry.field(description="The lease after the event (null: free).")
    previous: CameraControlLease | None = strawberry.field(
        description="The lease that ended or was taken over."
    )
    at: datetime

    @classmethod
    def from_message(cls, message: dict[str, Any]) -> CameraControlEvent:
        return cls(
            kind=CameraControlEventKind(message["kind"]),
            camera_id=strawberry.ID(to_global_id("Camera", message["cameraId"])),
            lease=CameraControlLease.from_lease(Lease.from_json(message["lease"]))
            if message["lease"]
            else None,
            previous=(
                CameraControlLease.from_lease(Lease.from_json(message["previous"]))
                if message["previous"]
                else None
            ),
            at=datetime.fromisoformat(message["at"]),
        )


AcquireCameraControlResult = Annotated[
    CameraControlLease
    | CameraNotFound
    | PtzNotSupported
    | ControlHeld
    | ReservationNotAllowed
    | ControlNotAllowed
    | ControlContended,
    strawberry.union("AcquireCameraControlResult"),
]
ReleaseCameraControlResult = Annotated[
    CameraControlReleased | CameraNotFound | NotController | ControlContended,
    strawberry.union("ReleaseCameraControlResult"),
]
PtzCommandResult = Annotated[
    PtzCommandAccepted
    | CameraNotFound
    | PtzNotSupported
    | NotController
    | InvalidPtzInput
    | PtzDeviceError
    | PtzPresetNotFound
    | ControlContended,
    strawberry.union("PtzCommandResult"),
]
PtzPresetsResult = Annotated[
    PtzPresetList | CameraNotFound | PtzNotSupported | NotController | PtzDeviceError | ControlContended,
    strawberry.union("PtzPresetsResult"),
]
PtzSetPresetResult = Annotated[
    PtzPresetSaved
    | CameraNotFound
    | PtzNotSupported
    | NotController
    | InvalidPtzInput
    | PtzDeviceError
    | ControlContended,
    strawberry.union("PtzSetPresetResult"),
]
