"""Camera fields derived from the policy: who may take PTZ control, who sees stream addresses."""

from __future__ import annotations

import pytest

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
