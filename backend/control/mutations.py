from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import strawberry

from backend.authz.policy import Operation, Principal
from backend.control.errors import camera_not_found, to_user_error
from backend.control.resolving import Target, load_target
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
from backend.graphql_core.errors import UserError
from backend.graphql_core.permissions import requires

Result = TypeVar("Result")


def _accepted(lease: object) -> PtzCommandAccepted:
    return PtzCommandAccepted(lease=CameraControlLease.from_lease(lease))  # type: ignore[arg-type]


async def _on_camera(
    info: Info, camera_id: strawberry.ID, action: Callable[[Principal, Target], Awaitable[Result]]
) -> Result | UserError:
    """Every control mutation: the camera in the caller's scope (else CAMERA_NOT_FOUND), then the
    action, whose ControlError becomes the matching typed error."""
    principal = info.context.require_principal()
    target = await load_target(info, camera_id)
    if target is None:
        return camera_not_found()
    try:
        return await action(principal, target)
    except ControlError as error:
        return to_user_error(error)


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
        async def acquire(principal: Principal, target: Target) -> CameraControlLease:
            lease = await target.control.acquire(
                principal,
                target.camera,
                target.district_id,
                reserve=reserve,
                break_reservation=break_reservation,
                client_ip=info.context.client_ip,
            )
            return CameraControlLease.from_lease(lease)

        return await _on_camera(info, camera_id, acquire)  # type: ignore[return-value]

    @strawberry.mutation(
        extensions=requires(Operation.CONTROL_CAMERA), description="Give up your control lease."
    )
    async def release_camera_control(
        self, info: Info, camera_id: strawberry.ID
    ) -> ReleaseCameraControlResult:
        async def release(principal: Principal, target: Target) -> CameraControlReleased:
            await target.control.release(principal, target.camera, info.context.client_ip)
            return CameraControlReleased(camera_id=camera_id, released_at=target.control.clock())

        return await _on_camera(info, camera_id, release)  # type: ignore[return-value]

    @strawberry.mutation(
        extensions=requires(Operation.CONTROL_CAMERA),
        description="Continuous move at velocities in [-1, 1]. Repeat it while the button is held: the server "
        "stops the camera when no command arrives for the auto-stop time.",
    )
    async def ptz_move(
        self, info: Info, camera_id: strawberry.ID, pan: float, tilt: float, zoom: float = 0.0
    ) -> PtzCommandResult:
        async def move(principal: Principal, target: Target) -> PtzCommandAccepted:
            return _accepted(
                await target.control.move(principal, target.camera, pan, tilt, zoom, info.context.client_ip)
            )

        return await _on_camera(info, camera_id, move)  # type: ignore[return-value]

    @strawberry.mutation(extensions=requires(Operation.CONTROL_CAMERA), description="Stop a continuous move.")
    async def ptz_stop(self, info: Info, camera_id: strawberry.ID) -> PtzCommandResult:
        async def stop(principal: Principal, target: Target) -> PtzCommandAccepted:
            return _accepted(await target.control.stop(principal, target.camera, info.context.client_ip))

        return await _on_camera(info, camera_id, stop)  # type: ignore[return-value]

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
        async def absolute(principal: Principal, target: Target) -> PtzCommandAccepted:
            _check_position(pan, tilt, zoom)
            _, lease = await target.control.command(
                principal,
                target.camera,
                "absolute",
                lambda d: d.absolute_move(pan, tilt, zoom),
                detail={"pan": pan, "tilt": tilt, "zoom": zoom},
                client_ip=info.context.client_ip,
            )
            return _accepted(lease)

        return await _on_camera(info, camera_id, absolute)  # type: ignore[return-value]

    @strawberry.mutation(
        extensions=requires(Operation.CONTROL_CAMERA),
        description="Move by a translation: pan/tilt in [-2, 2], zoom in [-1, 1].",
    )
    async def ptz_relative(
        self, info: Info, camera_id: strawberry.ID, pan: float = 0.0, tilt: float = 0.0, zoom: float = 0.0
    ) -> PtzCommandResult:
        async def relative(principal: Principal, target: Target) -> PtzCommandAccepted:
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
            return _accepted(lease)

        return await _on_camera(info, camera_id, relative)  # type: ignore[return-value]

    @strawberry.mutation(extensions=requires(Operation.CONTROL_CAMERA), description="Go to a stored preset.")
    async def ptz_goto_preset(self, info: Info, camera_id: strawberry.ID, token: str) -> PtzCommandResult:
        async def goto(principal: Principal, target: Target) -> PtzCommandAccepted:
            _, lease = await target.control.command(
                principal,
                target.camera,
                "goto_preset",
                lambda d: d.goto_preset(token),
                detail={"preset": token},
                client_ip=info.context.client_ip,
            )
            return _accepted(lease)

        return await _on_camera(info, camera_id, goto)  # type: ignore[return-value]

    @strawberry.mutation(
        extensions=requires(Operation.CONTROL_CAMERA),
        description="Store the current position as a preset (a preset of the same name is overwritten).",
    )
    async def ptz_set_preset(self, info: Info, camera_id: strawberry.ID, name: str) -> PtzSetPresetResult:
        async def save(principal: Principal, target: Target) -> PtzPresetSaved:
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
            return PtzPresetSaved(
                preset=PtzPreset.from_preset(preset), lease=CameraControlLease.from_lease(lease)
            )

        return await _on_camera(info, camera_id, save)  # type: ignore[return-value]


def _check_position(pan: float | None, tilt: float | None, zoom: float | None) -> None:
    if (pan is not None and not -1 <= pan <= 1) or (tilt is not None and not -1 <= tilt <= 1):
        raise ControlError("INVALID_PTZ_INPUT", "Pan and tilt are between -1 and 1")
    if zoom is not None and not 0 <= zoom <= 1:
        raise ControlError("INVALID_PTZ_INPUT", "Zoom is between 0 and 1")
    if pan is None and tilt is None and zoom is None:
        raise ControlError("INVALID_PTZ_INPUT", "Give at least one of pan, tilt, zoom")
