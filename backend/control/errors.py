"""ControlError (a service refusal) → the typed GraphQL ``UserError`` for its code."""

from __future__ import annotations

from typing import Any

from backend.control.services import ControlError
from backend.control.types import (
    ControlContended,
    ControlHeld,
    ControlHolder,
    ControlNotAllowed,
    InvalidPtzInput,
    NotController,
    PtzDeviceError,
    PtzNotSupported,
    PtzPresetNotFound,
    ReservationNotAllowed,
)
from backend.media.types import CameraNotFound


def camera_not_found() -> CameraNotFound:
    return CameraNotFound(code="CAMERA_NOT_FOUND", message="No such camera in your scope")


def to_user_error(error: ControlError) -> Any:
    code, message, lease = error.code, error.message, error.lease
    if code == "CONTROL_HELD":
        assert lease is not None
        return ControlHeld(
            code=code,
            message=message,
            holder=ControlHolder.from_lease(lease),
            until=lease.expires_at,
            reserved=lease.reserved,
            priority=lease.priority,
        )
    if code == "NOT_CONTROLLER":
        return NotController(
            code=code,
            message=message,
            holder=ControlHolder.from_lease(lease) if lease else None,
            until=lease.expires_at if lease else None,
        )
    simple = {
        "PTZ_NOT_SUPPORTED": PtzNotSupported,
        "RESERVATION_NOT_ALLOWED": ReservationNotAllowed,
        "CONTROL_NOT_ALLOWED": ControlNotAllowed,
        "CONTROL_CONTENDED": ControlContended,
        "INVALID_PTZ_INPUT": InvalidPtzInput,
        "PTZ_DEVICE_ERROR": PtzDeviceError,
        "PRESET_NOT_FOUND": PtzPresetNotFound,
    }
    return simple[code](code=code, message=message)
