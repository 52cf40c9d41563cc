"""Camera fields derived from the policy: who may take PTZ control, who sees stream addresses and the
enrolled device (Art. 16)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from backend.cameras.identity import RESET_IDENTITY
from backend.cameras.models import Camera
from tests.world import World

QUERY = "query($id: ID!) { camera(id: $id) { ptzCapable viewerCanControl mainStreamUrl } }"


@pytest.mark.parametrize(
    ("role", "can_control", "sees_urls"),
    [
        ("CITY_CENTER", True, True),
        ("DISTRICT_CENTER", True, True),
        ("SUPERVISOR", True, False),
        ("INSPECTOR", True, False),  # a city or district user in the field (issue 11)
        ("CONTRACTOR", False, False),
        ("PROVIDER", False, True),
        ("INTEGRATION", False, False),
    ],
)
async def test_viewer_can_control_follows_the_policy(
    as_role, world: World, role: str, can_control: bool, sees_urls: bool
) -> None:  # type: ignore[no-untyped-def]
    ptz_camera, fixed_camera = world.cameras["A1"]
    ptz = (await as_role(role).data(QUERY, {"id": world.gid("Camera", ptz_camera.id)}))["camera"]
    assert ptz["ptzCapable"] is True
    assert ptz["viewerCanControl"] is can_control
    assert (ptz["mainStreamUrl"] is not None) is sees_urls
    fixed = (await as_role(role).data(QUERY, {"id": world.gid("Camera", fixed_camera.id)}))["camera"]
    assert fixed["viewerCanControl"] is False  # no PTZ, nothing to control


DEVICE = (
    "query($id: ID!) { camera(id: $id) { enrolledDevice { serial model stream enrolledAt replacedAt } } }"
)
SHOWN_DEVICE = {
    "serial": "SIM-0001",
    "model": "simcam",
    "stream": "MAIN H.264 profile 66 level 3.1 1280x720",
    "replacedAt": None,
}


@pytest.mark.parametrize(
    ("role", "sees_device"),
    [
        ("CITY_CENTER", True),
        ("DISTRICT_CENTER", True),
        ("INSPECTOR", True),
        ("PROVIDER", True),
        ("CONSTRUCTION_UNIT", True),
        ("SUPERVISOR", True),
        ("INTEGRATION", True),
        ("CONTRACTOR", False),  # the party that would swap a camera follows no fault tickets
    ],
)
async def test_the_enrolled_device_is_shown_to_those_who_follow_fault_tickets(
    as_role, world: World, role: str, sees_device: bool
) -> None:  # type: ignore[no-untyped-def]
    camera = world.cameras["A1"][1]
    await Camera.filter(id=camera.id).update(
        device_serial=SHOWN_DEVICE["serial"],
        device_model=SHOWN_DEVICE["model"],
        device_stream=SHOWN_DEVICE["stream"],
        device_enrolled_at=datetime.now(UTC),
    )
    try:
        shown = (await as_role(role).data(DEVICE, {"id": world.gid("Camera", camera.id)}))["camera"]
    finally:
        await Camera.filter(id=camera.id).update(**RESET_IDENTITY)

    device = shown["enrolledDevice"]
    seen = (
        None if device is None else {key: device[key] for key in ("serial", "model", "stream", "replacedAt")}
    )
    assert seen == (SHOWN_DEVICE if sees_device else None)
