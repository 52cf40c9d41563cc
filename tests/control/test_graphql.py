"""Camera control through GraphQL: priorities per role, typed refusals, reservation, PTZ commands under a
live lease, inactivity expiry and auto-stop with an injected clock, audit, and the Art. 12 upload lock."""

from __future__ import annotations

from typing import Any

import pytest

from backend.audit.models import AuditEvent
from backend.control.drivers.memory import MemoryDriver
from backend.control.services import ControlService
from tests.control.conftest import Clock
from tests.world import World

ACQUIRE = """
mutation($id: ID!, $reserve: Boolean! = false, $brk: Boolean! = false) {
  acquireCameraControl(cameraId: $id, reserve: $reserve, breakReservation: $brk) {
    __typename
    ... on CameraControlLease { id priority reserved expiresAt heldByYou holder { username role } camera { id } }
    ... on ControlHeld { code message until reserved priority holder { username role } }
    ... on UserError { code message }
  }
}
"""
RELEASE = """
mutation($id: ID!) { releaseCameraControl(cameraId: $id) {
  __typename ... on UserError { code } ... on NotController { holder { username } } } }
"""
MOVE = """
mutation($id: ID!, $pan: Float!, $tilt: Float!, $zoom: Float! = 0) {
  ptzMove(cameraId: $id, pan: $pan, tilt: $tilt, zoom: $zoom) {
    __typename ... on PtzCommandAccepted { lease { expiresAt } } ... on UserError { code message }
    ... on NotController { holder { username role } until }
  }
}
"""
STOP = "mutation($id: ID!) { ptzStop(cameraId: $id) { __typename ... on UserError { code } } }"
ABSOLUTE = """
mutation($id: ID!, $pan: Float, $tilt: Float, $zoom: Float) {
  ptzAbsolute(cameraId: $id, pan: $pan, tilt: $tilt, zoom: $zoom) { __typename ... on UserError { code } }
}
"""
RELATIVE = """
mutation($id: ID!, $pan: Float!) { ptzRelative(cameraId: $id, pan: $pan) { __typename ... on UserError { code } } }
"""
SET_PRESET = """
mutation($id: ID!, $name: String!) { ptzSetPreset(cameraId: $id, name: $name) {
  __typename ... on PtzPresetSaved { preset { token name } } ... on UserError { code } } }
"""
GOTO = """
mutation($id: ID!, $token: String!) { ptzGotoPreset(cameraId: $id, token: $token) {
  __typename ... on UserError { code } } }
"""
PRESETS = """
query($id: ID!) { ptzPresets(cameraId: $id) {
  __typename ... on PtzPresetList { presets { token name } position { pan tilt zoom moving } }
  ... on UserError { code } } }
"""
LEASE = (
    "query($id: ID!) { cameraControlLease(cameraId: $id) { holder { username role } reserved expiresAt } }"
)


async def acquire(as_role: Any, role: str, camera_gid: str, **flags: bool) -> dict[str, Any]:
    variables: dict[str, Any] = {
        "id": camera_gid,
        "reserve": flags.get("reserve", False),
        "brk": flags.get("brk", False),
    }
    return (await as_role(role).data(ACQUIRE, variables))["acquireCameraControl"]


async def call(as_role: Any, role: str, document: str, **variables: Any) -> dict[str, Any]:
    data = await as_role(role).data(document, variables)
    return next(iter(data.values()))


# Expected winner for (holder, challenger): priorities city 300 > district 200 > supervisor 100.
ORDER = ["SUPERVISOR", "DISTRICT_CENTER", "CITY_CENTER"]


@pytest.mark.parametrize("holder", ORDER)
@pytest.mark.parametrize("challenger", ORDER)
async def test_preemption_order_per_role(
    holder: str, challenger: str, as_role: Any, ptz_camera: Any, gid: Any, control: ControlService
) -> None:
    camera = gid(ptz_camera)
    first = await acquire(as_role, holder, camera)
    assert first["__typename"] == "CameraControlLease", first
    second = await acquire(as_role, challenger, camera)
    if challenger == holder:
        assert second["__typename"] == "CameraControlLease"  # the same user renews
    elif ORDER.index(challenger) > ORDER.index(holder):
        assert second["__typename"] == "CameraControlLease"
        assert second["holder"]["role"] == challenger
    else:
        assert second["__typename"] == "ControlHeld"
        assert second["code"] == "CONTROL_HELD"
        assert second["holder"] == {"username": f"w-{holder.lower()}", "role": holder}
        assert second["until"] == first["expiresAt"]
    lease = (await as_role("SUPERVISOR").data(LEASE, {"id": camera}))["cameraControlLease"]
    expected = challenger if ORDER.index(challenger) >= ORDER.index(holder) else holder
    assert lease["holder"]["role"] == expected


async def test_roles_without_control_are_forbidden_and_out_of_scope_is_not_found(
    as_role: Any, world: World, ptz_camera: Any, gid: Any, control: ControlService
) -> None:
    for role in ("CONTRACTOR", "CONSTRUCTION_UNIT", "PROVIDER", "INTEGRATION"):
        body = await as_role(role).execute(ACQUIRE, {"id": gid(ptz_camera)})
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN", (role, body)
    other = gid(world.cameras["B1"][0])
    assert (await acquire(as_role, "DISTRICT_CENTER", other))["code"] == "CAMERA_NOT_FOUND"
    assert (await acquire(as_role, "SUPERVISOR", other))["code"] == "CAMERA_NOT_FOUND"
    assert (await acquire(as_role, "SUPERVISOR", "bm90LWFuLWlk"))["code"] == "CAMERA_NOT_FOUND"
    assert (await acquire(as_role, "SUPERVISOR", gid(world.cameras["A1"][1])))["code"] == "PTZ_NOT_SUPPORTED"


async def test_commands_need_a_live_lease_held_by_the_caller(
    as_role: Any, ptz_camera: Any, gid: Any, control: ControlService
) -> None:
    camera = gid(ptz_camera)
    assert (await call(as_role, "SUPERVISOR", MOVE, id=camera, pan=0.5, tilt=0))["code"] == "NOT_CONTROLLER"
    await acquire(as_role, "SUPERVISOR", camera)
    assert (await call(as_role, "SUPERVISOR", MOVE, id=camera, pan=0.5, tilt=0))[
        "__typename"
    ] == "PtzCommandAccepted"
    await acquire(as_role, "CITY_CENTER", camera)
    refused = await call(as_role, "SUPERVISOR", MOVE, id=camera, pan=0.5, tilt=0)
    assert refused["code"] == "NOT_CONTROLLER"
    assert refused["holder"]["role"] == "CITY_CENTER"
    for document, variables in (
        (STOP, {}),
        (ABSOLUTE, {"pan": 0.1}),
        (RELATIVE, {"pan": 0.1}),
        (GOTO, {"token": "x"}),
        (SET_PRESET, {"name": "gate"}),
        (PRESETS, {}),
        (RELEASE, {}),
    ):
        result = await call(as_role, "SUPERVISOR", document, id=camera, **variables)
        assert result["code"] == "NOT_CONTROLLER", (document, result)


async def test_ptz_commands_drive_the_head_and_are_audited(
    as_role: Any, ptz_camera: Any, gid: Any, control: ControlService, clock: Clock
) -> None:
    camera = gid(ptz_camera)
    head = await control.drivers.for_endpoint(ptz_camera.onvif_endpoint)
    assert isinstance(head, MemoryDriver)
    last = await AuditEvent.all().order_by("-id").first()
    before = last.id if last else 0
    await acquire(as_role, "DISTRICT_CENTER", camera)
    assert (await call(as_role, "DISTRICT_CENTER", ABSOLUTE, id=camera, pan=0.5, tilt=-0.25, zoom=0.5))[
        "__typename"
    ] == "PtzCommandAccepted"
    assert (head.pan, head.tilt, head.zoom) == (0.5, -0.25, 0.5)
    saved = await call(as_role, "DISTRICT_CENTER", SET_PRESET, id=camera, name="crane")
    assert saved["preset"]["name"] == "crane"
    await call(as_role, "DISTRICT_CENTER", RELATIVE, id=camera, pan=-0.5)
    assert head.pan == 0.0
    assert (await call(as_role, "DISTRICT_CENTER", GOTO, id=camera, token=saved["preset"]["token"]))[
        "__typename"
    ] == "PtzCommandAccepted"
    assert head.pan == 0.5
    assert (await call(as_role, "DISTRICT_CENTER", GOTO, id=camera, token="nope"))[
        "code"
    ] == "PRESET_NOT_FOUND"
    listed = await call(as_role, "DISTRICT_CENTER", PRESETS, id=camera)
    assert [p["name"] for p in listed["presets"]] == ["crane"]
    assert listed["position"]["pan"] == 0.5
    assert (await call(as_role, "DISTRICT_CENTER", MOVE, id=camera, pan=1.5, tilt=0))[
        "code"
    ] == "INVALID_PTZ_INPUT"
    assert (await call(as_role, "DISTRICT_CENTER", ABSOLUTE, id=camera, zoom=2.0))[
        "code"
    ] == "INVALID_PTZ_INPUT"
    assert (await call(as_role, "DISTRICT_CENTER", RELEASE, id=camera))[
        "__typename"
    ] == "CameraControlReleased"
    actions = [
        e.action
        for e in await AuditEvent.filter(
            object_id=str(ptz_camera.id), object_type="Camera", id__gt=before
        ).order_by("id")
    ]
    assert actions == [
        "camera_control.acquire",
        "ptz.absolute",
        "ptz.set_preset",
        "ptz.relative",
        "ptz.goto_preset",
        "camera_control.release",
    ]


async def test_inactivity_expiry_is_extended_by_commands(
    as_role: Any, ptz_camera: Any, gid: Any, control: ControlService, clock: Clock
) -> None:
    camera = gid(ptz_camera)
    await acquire(as_role, "SUPERVISOR", camera)
    clock.advance(50)
    await call(as_role, "SUPERVISOR", STOP, id=camera)  # extends to +60 s from now
    clock.advance(50)
    assert (await acquire(as_role, "SUPERVISOR", camera))["__typename"] == "CameraControlLease"
    assert (await acquire(as_role, "DISTRICT_CENTER", camera))["holder"]["role"] == "DISTRICT_CENTER"
    clock.advance(59)
    assert (await acquire(as_role, "SUPERVISOR", camera))["code"] == "CONTROL_HELD"
    clock.advance(2)
    assert (await as_role("CITY_CENTER").data(LEASE, {"id": camera}))["cameraControlLease"] is None
    expired = await control.sweep_once()
    assert [lease.holder_role for lease in expired] == ["DISTRICT_CENTER"]
    assert await control.sweep_once() == []  # swept once only
    assert await AuditEvent.filter(action="camera_control.expire", object_id=str(ptz_camera.id)).exists()
    assert (await acquire(as_role, "SUPERVISOR", camera))["__typename"] == "CameraControlLease"


async def test_reservation_needs_the_city_and_only_break_overrides_it(
    as_role: Any, ptz_camera: Any, gid: Any, control: ControlService, clock: Clock, world: World
) -> None:
    camera = gid(ptz_camera)
    assert (await acquire(as_role, "DISTRICT_CENTER", camera, reserve=True))[
        "code"
    ] == "RESERVATION_NOT_ALLOWED"
    assert (await acquire(as_role, "DISTRICT_CENTER", camera, brk=True))["code"] == "RESERVATION_NOT_ALLOWED"
    reserved = await acquire(as_role, "CITY_CENTER", camera, reserve=True)
    # Issue 10: a city reservation ends by itself after 2 h (SITEWATCH_CITY_RESERVATION_SECONDS).
    assert reserved["reserved"] is True and reserved["expiresAt"] is not None
    clock.advance(3600)
    assert await control.sweep_once() == []
    held = await acquire(as_role, "DISTRICT_CENTER", camera)
    assert held["code"] == "CONTROL_HELD" and held["reserved"] is True and held["until"] is not None
    # Another city-center user: equal priority is refused, an explicit break takes over.
    from backend.auth.models import User
    from backend.auth.passwords import hash_password
    from backend.authz.roles import Role
    from tests.conftest import GraphQLClient, login

    username = f"w-city2-{ptz_camera.id}"
    if not await User.exists(username=username):
        await User.create(
            username=username,
            display_name="City 2",
            role=Role.CITY_CENTER,
            password_hash=hash_password(world.password),
        )
    city2 = GraphQLClient(
        as_role("CITY_CENTER").http,
        (await login(as_role("CITY_CENTER").http, username, world.password))["accessToken"],
    )
    refused = (await city2.data(ACQUIRE, {"id": camera}))["acquireCameraControl"]
    assert refused["code"] == "CONTROL_HELD"
    broken = (await city2.data(ACQUIRE, {"id": camera, "brk": True}))["acquireCameraControl"]
    assert broken["__typename"] == "CameraControlLease" and broken["holder"]["username"] == username
    event = await AuditEvent.filter(action="camera_control.preempt", object_id=str(ptz_camera.id)).first()
    assert event is not None and event.detail["reservation_broken"] is True


async def test_silent_client_continuous_move_is_stopped_by_the_server(
    as_role: Any, ptz_camera: Any, gid: Any, control: ControlService, clock: Clock
) -> None:
    camera = gid(ptz_camera)
    head = await control.drivers.for_endpoint(ptz_camera.onvif_endpoint)
    assert isinstance(head, MemoryDriver)
    await acquire(as_role, "SUPERVISOR", camera)
    await call(as_role, "SUPERVISOR", MOVE, id=camera, pan=0.5, tilt=0)
    clock.advance(1.0)
    await call(as_role, "SUPERVISOR", MOVE, id=camera, pan=0.5, tilt=0)  # the pad's heartbeat
    clock.advance(1.0)
    assert await control.autostop_once() == []  # heard from 1 s ago: keep moving
    assert head.velocity == (0.5, 0.0, 0.0)
    clock.advance(1.0)
    assert await control.autostop_once() == [ptz_camera.id]
    assert head.velocity == (0.0, 0.0, 0.0)
    moves = await AuditEvent.filter(action="ptz.move", object_id=str(ptz_camera.id)).count()
    assert moves >= 1
    assert await AuditEvent.filter(action="ptz.autostop", object_id=str(ptz_camera.id)).exists()


async def test_camera_without_control_endpoint_refuses_commands(
    as_role: Any, world: World, gid: Any, control: ControlService
) -> None:
    camera = gid(world.cameras["A1"][0])  # PTZ-capable, no endpoint configured
    assert (await acquire(as_role, "SUPERVISOR", camera))["__typename"] == "CameraControlLease"
    assert (await call(as_role, "SUPERVISOR", MOVE, id=camera, pan=0.1, tilt=0))[
        "code"
    ] == "PTZ_NOT_SUPPORTED"
    assert (await call(as_role, "SUPERVISOR", RELEASE, id=camera))["__typename"] == "CameraControlReleased"


async def test_city_control_blocks_site_document_uploads(
    as_role: Any, world: World, ptz_camera: Any, gid: Any, control: ControlService, tokens: dict[str, str]
) -> None:
    camera = gid(ptz_camera)
    http = as_role("SUPERVISOR").http

    async def upload(role: str) -> Any:
        return await http.post(
            "/api/documents/upload",
            params={
                "projectId": world.gid("Project", world.project_a1.id),
                "category": "PROJECT_OVERVIEW",
                "title": "t",
            },
            content=b"%PDF-1.4\n%%EOF\n",
            headers={"authorization": f"Bearer {tokens[role]}", "x-filename": "t.pdf"},
        )

    assert await control.city_control_active(world.project_a1.id) is False
    await acquire(as_role, "DISTRICT_CENTER", camera)
    assert await control.city_control_active(world.project_a1.id) is False
    await acquire(as_role, "CITY_CENTER", camera)
    assert await control.city_control_active(world.project_a1.id) is True
    assert await control.city_control_active(world.project_a2.id) is False
    for role in ("SUPERVISOR", "CONTRACTOR"):
        refused = await upload(role)
        assert refused.status_code == 409, refused.text
        assert refused.json()["code"] == "CITY_CONTROL_ACTIVE"
    await call(as_role, "CITY_CENTER", RELEASE, id=camera)
    assert await control.city_control_active(world.project_a1.id) is False
    accepted = await upload("SUPERVISOR")
    assert accepted.status_code in (200, 201), accepted.text
