"""Art. 16 equipment integrity: which device answers at a camera's address.

The media gateway reads a camera's identity once per connection and reports it with its health
(``device``: ``serial``, ``model``, ``manufacturer``, ``hardwareId`` from ONVIF GetDeviceInformation
when the camera has an ONVIF endpoint; ``stream``, a signature of the SPS — ``"MAIN H.264 profile 66
level 3.1 1280x720"`` — for every camera). The first identity reported is enrolled on the camera; a
later one is compared with it (``compare``): the serial when both sides have one, else the stream
signature when neither has a serial and both name the same stream. Anything else is no verdict: a
report without the serial of an enrolled ONVIF camera (its ONVIF answer is late or failed) proves
nothing either way. The ticket and alert are ``backend.faults.services.device_replaced``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from backend.cameras.models import Camera

_LIMITS = {"serial": 64, "model": 100, "manufacturer": 100, "hardware_id": 100, "stream": 100}

# The enrolled identity's columns, and what resetting it writes (an approved removal, an edit of the
# camera's address: the next device reported is enrolled).
RESET_IDENTITY: dict[str, Any] = {
    "device_serial": None,
    "device_model": None,
    "device_manufacturer": None,
    "device_hardware_id": None,
    "device_stream": None,
    "device_enrolled_at": None,
    "device_replaced_at": None,
}
# Camera fields whose change means "another device, on purpose": the admin's edit resets the identity.
ADDRESS_FIELDS = frozenset({"main_stream_url", "sub_stream_url", "onvif_endpoint", "serial", "project_id"})


def reset_if_readdressed(camera: Camera, changed: list[str]) -> list[str]:
    """An admin's change of the camera's address (or declared device: ``updateCamera``, a bulk import) is a
    change of device on purpose: the enrolled identity is dropped so the next device reported is enrolled,
    not flagged. Returns the columns reset, to be saved with the change."""
    if camera.device_enrolled_at is None or not ADDRESS_FIELDS.intersection(changed):
        return []
    for column, value in RESET_IDENTITY.items():
        setattr(camera, column, value)
    return list(RESET_IDENTITY)


class Verdict(enum.Enum):
    SAME = "SAME"
    DIFFERENT = "DIFFERENT"
    UNKNOWN = "UNKNOWN"  # the two identities share nothing comparable


@dataclass(frozen=True, slots=True)
class DeviceIdentity:
    serial: str | None = None
    model: str | None = None
    manufacturer: str | None = None
    hardware_id: str | None = None
    stream: str | None = None

    @property
    def known(self) -> bool:
        return bool(self.serial or self.stream)

    @property
    def stream_name(self) -> str | None:
        """``MAIN`` or ``SUB``: signatures of different streams of one camera are not comparable."""
        return self.stream.split(" ", 1)[0] if self.stream else None

    def label(self) -> str:
        """What a person reads in a ticket: the serial, else the stream signature."""
        return self.serial or self.stream or "?"

    def columns(self) -> dict[str, str | None]:
        return {
            "device_serial": self.serial,
            "device_model": self.model,
            "device_manufacturer": self.manufacturer,
            "device_hardware_id": self.hardware_id,
            "device_stream": self.stream,
        }

    def as_detail(self) -> dict[str, str]:
        return {
            key: value
            for key, value in (
                ("serial", self.serial),
                ("model", self.model),
                ("manufacturer", self.manufacturer),
                ("hardwareId", self.hardware_id),
                ("stream", self.stream),
            )
            if value
        }


def _clean(value: object, limit: int) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())[:limit]
    return text or None


def reported_identity(item: object) -> DeviceIdentity | None:
    """The ``device`` object of one camera in a gateway's health report, None when absent or empty."""
    if not isinstance(item, dict):
        return None
    identity = DeviceIdentity(
        serial=_clean(item.get("serial"), _LIMITS["serial"]),
        model=_clean(item.get("model"), _LIMITS["model"]),
        manufacturer=_clean(item.get("manufacturer"), _LIMITS["manufacturer"]),
        hardware_id=_clean(item.get("hardwareId"), _LIMITS["hardware_id"]),
        stream=_clean(item.get("stream"), _LIMITS["stream"]),
    )
    return identity if identity.known else None


def enrolled_identity(camera: Camera) -> DeviceIdentity | None:
    if camera.device_enrolled_at is None:
        return None
    return DeviceIdentity(
        serial=camera.device_serial,
        model=camera.device_model,
        manufacturer=camera.device_manufacturer,
        hardware_id=camera.device_hardware_id,
        stream=camera.device_stream,
    )


def compare(enrolled: DeviceIdentity, reported: DeviceIdentity) -> Verdict:
    if enrolled.serial and reported.serial:
        return Verdict.SAME if enrolled.serial == reported.serial else Verdict.DIFFERENT
    if enrolled.serial or reported.serial:
        return Verdict.UNKNOWN
    if enrolled.stream and reported.stream and enrolled.stream_name == reported.stream_name:
        return Verdict.SAME if enrolled.stream == reported.stream else Verdict.DIFFERENT
    return Verdict.UNKNOWN


def completion(enrolled: DeviceIdentity, reported: DeviceIdentity) -> dict[str, str]:
    """Columns an enrolled identity may learn from a report of the same device: its serial (and the rest
    of its ONVIF answer) once ONVIF answers for a camera enrolled on its stream alone, its stream
    signature once one is seen. Nothing that would change what is enrolled."""
    learned: dict[str, str] = {}
    if not enrolled.serial and reported.serial:
        if enrolled.stream and reported.stream and enrolled.stream != reported.stream:
            return {}  # only the same stream vouches for the serial of an enrolled stream
        learned.update(
            {key: value for key, value in reported.columns().items() if value and key != "device_stream"}
        )
    if (
        not enrolled.stream
        and reported.stream
        and (compare(enrolled, reported) is Verdict.SAME or "device_serial" in learned)
    ):
        learned["device_stream"] = reported.stream
    return learned
