from __future__ import annotations

import strawberry

from backend.authz.policy import Operation
from backend.control.errors import camera_not_found, to_user_error
from backend.control.resolving import load_target
from backend.control.services import ControlError
from backend.control.types import (
    AcquireCameraControlResult,
    CameraControlLease,
    CameraControlReleased,
    PtzCommandAccepted,
    PtzCommandResult,
    PtzPreset,
    PtzPresetSaved,
    PtzSetPresetResult,
    ReleaseCameraControlResult,
)
from backend.graphql_core.context import Info
from backend.graphql_core.permissions import requires

_CONTROL = requires(Operation.CONTROL_CAMERA)


def _accepted(lease: object) -> PtzCommandAccepted:
    return PtzCommandAccepted(lease=CameraControlLease.from_lease(lease))  # type: ignore[arg-type]


@strawberry.type
class ControlMutations:
    @strawberry.mutation(
        extensions=requires(Operation.CONTROL_CAMERA),
        description="Take control of a camera. A higher priority (city > district > site, per deployment) "
        "preempts the holder at once; `reserve` (city center) suspends inactivity expiry until released; "
        "`breakReservation` (city center) overrides another reservation.",
    )
    async def acquire_camera_control(
        self, info: Info, camera_id: strawberry.ID, reserve: bool = False, break_reservation: bool = False
    ) -> AcquireCameraControlResult:
        principal = info.context.require_principal()
        target = await load_target(info, camera_id)
        if target is None:
            return camera_not_found()
        try:
            lease = await target.control.acquire(
                principal,
                target.camera,
                target.district_id,
                reserve=reserve,
                break_reservation=break_reservation,
                client_ip=info.context.client_ip,
            )
        except ControlError as error:
            return to_user_error(error)
        return CameraControlLease.from_lease(lease)

    @strawberry.mutation(
        extensions=requires(Operation.CONTROL_CAMERA), description="Give up your control lease."
    )
    async def release_camera_control(
        self, info: Info, camera_id: strawberry.ID
    ) -> ReleaseCameraControlResult:
        principal = info.context.require_principal()
        target = await load_target(info, camera_id)
        if target is None:
            return camera_not_found()
        try:
            await target.control.release(principal, target.camera, info.context.client_ip)
        except ControlError as error:
            return to_user_error(error)
        return CameraControlReleased(camera_id=camera_id, released_at=target.control.clock())

    @strawberry.mutation(
        extensions=requires(Operation.CONTROL_CAMERA),
        description="Continuous move at velocities in [-1, 1]. Repeat it while the button is held: the server "
        "stops the camera when no command arrives for the auto-stop time.",
    )
    async def ptz_move(
        self, info: Info, camera_id: strawberry.ID, pan: float, tilt: float, zoom: float = 0.0
    ) -> PtzCommandResult:
        principal = info.context.require_principal()
        target = await load_target(info, camera_id)
        if target is None:
            return camera_not_found()
        try:
            lease = await target.control.move(
                principal, target.camera, pan, tilt, zoom, info.context.client_ip
            )
        except ControlError as error:
            return to_user_error(error)
        return _accepted(lease)

    @strawberry.mutation(extensions=requires(Operation.CONTROL_CAMERA), description="Stop a continuous move.")
    async def ptz_stop(self, info: Info, camera_id: strawberry.ID) -> PtzCommandResult:
        principal = info.context.require_principal()
        target = await load_target(info, camera_id)
        if target is None:
            return camera_not_found()
        try:
            lease = await target.control.stop(principal, target.camera, info.context.client_ip)
        except ControlError as error:
            return to_user_error(error)
        return _accepted(lease)

    @strawberry.mutation(
        extensions=requires(Operation.CONTROL_CAMERA),
        description="Go to a position: pan/tilt in [-1, 1], zoom in [0, 1]; omitted axes stay.",
    )
    async def ptz_absolute(
        self,
        info: Info,
        camera_id: strawberry.ID,
        pan: float | None = None,
        tilt: float | None = None,
        zoom: float | None = None,
    ) -> PtzCommandResult:
        principal = info.context.require_principal()
        target = await load_target(info, camera_id)
        if target is None:
            return camera_not_found()
        try:
            _check_position(pan, tilt, zoom)
            _, lease = await target.control.command(
                principal,
                target.camera,
                "absolute",
                lambda d: d.absolute_move(pan, tilt, zoom),
                detail={"pan": pan, "tilt": tilt, "zoom": zoom},
                client_ip=info.context.client_ip,
            )
        except ControlError as error:
            return to_user_error(error)
        return _accepted(lease)

    @strawberry.mutation(
        extensions=requires(Operation.CONTROL_CAMERA),
        description="Move by a translation: pan/tilt in [-2, 2], zoom in [-1, 1].",
    )
    async def ptz_relative(
        self, info: Info, camera_id: strawberry.ID, pan: float = 0.0, tilt: float = 0.0, zoom: float = 0.0
    ) -> PtzCommandResult:
        principal = info.context.require_principal()
        target = await load_target(info, camera_id)
        if target is None:
            return camera_not_found()
        try:
            if not (-2 <= pan <= 2 and -2 <= tilt <= 2 and -1 <= zoom <= 1):
                raise ControlError("INVALID_PTZ_INPUT", "Translation out of range")
            _, lease = await target.control.command(
                principal,
                target.camera,
                "relative",
                lambda d: d.relative_move(pan, tilt, zoom),
                detail={"pan": pan, "tilt": tilt, "zoom": zoom},
                client_ip=info.context.client_ip,
            )
        except ControlError as error:
            return to_user_error(error)
        return _accepted(lease)

    @strawberry.mutation(extensions=requires(Operation.CONTROL_CAMERA), description="Go to a stored preset.")
    async def ptz_goto_preset(self, info: Info, camera_id: strawberry.ID, token: str) -> PtzCommandResult:
        principal = info.context.require_principal()
        target = await load_target(info, camera_id)
        if target is None:
            return camera_not_found()
        try:
            _, lease = await target.control.command(
                principal,
                target.camera,
                "goto_preset",
                lambda d: d.goto_preset(token),
                detail={"preset": token},
                client_ip=info.context.client_ip,
            )
        except ControlError as error:
            return to_user_error(error)
        return _accepted(lease)

    @strawberry.mutation(
        extensions=requires(Operation.CONTROL_CAMERA),
        description="Store the current position as a preset (a preset of the same name is overwritten).",
    )
    async def ptz_set_preset(self, info: Info, camera_id: strawberry.ID, name: str) -> PtzSetPresetResult:
        principal = info.context.require_principal()
        target = await load_target(info, camera_id)
        if target is None:
            return camera_not_found()
        try:
            if not name.strip() or len(name) > 64:
                raise ControlError("INVALID_PTZ_INPUT", "A preset name has 1 to 64 characters")
            preset, lease = await target.control.command(
                principal,
                target.camera,
                "set_preset",
                lambda d: d.set_preset(name.strip()),
                detail={"name": name.strip()},
                client_ip=info.context.client_ip,
            )
        except ControlError as error:
            return to_user_error(error)
        return PtzPresetSaved(
            preset=PtzPreset.from_preset(preset), lease=CameraControlLease.from_lease(lease)
        )


def _check_position(pan: float | None, tilt: float | None, zoom: float | None) -> None:
    if (pan is not None and not -1 <= pan <= 1) or (tilt is not None and not -1 <= tilt <= 1):
        raise ControlError("INVALID_PTZ_INPUT", "Pan and tilt are between -1 and 1")
    if zoom is not None and not 0 <= zoom <= 1:
        raise ControlError("INVALID_PTZ_INPUT", "Zoom is between 0 and 1")
    if pan is None and tilt is None and zoom is None:
        raise ControlError("INVALID_PTZ_INPUT", "Give at least one of pan, tilt, zoom")
