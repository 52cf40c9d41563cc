from __future__ import annotations

import strawberry

from backend.authz.policy import Operation
from backend.control.drivers import Preset, PtzDriver, PtzError
from backend.control.errors import camera_not_found, to_user_error
from backend.control.resolving import load_target
from backend.control.services import ControlError
from backend.control.types import CameraControlLease, PtzPosition, PtzPreset, PtzPresetList, PtzPresetsResult
from backend.graphql_core.context import Info
from backend.graphql_core.permissions import requires


@strawberry.type
class ControlQueries:
    @strawberry.field(
        extensions=requires(Operation.VIEW_CAMERA),
        description="The live control lease of a camera; null when nobody controls it (or it is not in scope).",
    )
    async def camera_control_lease(self, info: Info, camera_id: strawberry.ID) -> CameraControlLease | None:
        target = await load_target(info, camera_id)
        if target is None:
            return None
        lease = await target.control.current(target.camera.id)
        return CameraControlLease.from_lease(lease) if lease else None

    @strawberry.field(
        extensions=requires(Operation.CONTROL_CAMERA),
        description="The camera's presets and position; needs your live lease (it extends it).",
    )
    async def ptz_presets(self, info: Info, camera_id: strawberry.ID) -> PtzPresetsResult:
        principal = info.context.require_principal()
        target = await load_target(info, camera_id)
        if target is None:
            return camera_not_found()

        async def read(driver: PtzDriver) -> tuple[list[Preset], PtzPosition | None]:
            presets = await driver.presets()
            try:
                position = PtzPosition.from_status(await driver.status())
            except PtzError:
                position = None
            return presets, position

        try:
            (presets, position), lease = await target.control.command(
                principal, target.camera, "presets", read, audit=False
            )
        except ControlError as error:
            return to_user_error(error)
        return PtzPresetList(
            presets=[PtzPreset.from_preset(p) for p in presets],
            position=position,
            lease=CameraControlLease.from_lease(lease),
        )
