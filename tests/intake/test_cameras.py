"""Camera intake: credentials split off the URL and encrypted at rest, directory URLs only for the
gateway, removal approval (Art. 16)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import httpx

from backend.cameras.models import Camera, CameraRemoval, CameraStatus, RemovalStatus
from backend.events.bus import InProcessBus
from backend.faults.models import FaultKind, FaultTicket
from backend.faults.services import check_unauthorized_removals
from backend.graphql_core.ids import to_global_id
from backend.projects.models import Project, ProjectStatus
from tests.intake.support import PLAIN_PASSWORDS
from tests.world import World

RTSP_PASSWORD, ONVIF_PASSWORD = PLAIN_PASSWORDS[0], PLAIN_PASSWORDS[1]
CAMERA_FIELDS = """
  id serial name locationKind mainStreamUrl subStreamUrl onvifEndpoint rtspUsername onvifUsername
  rtspPasswordSet onvifPasswordSet ptzCapable status pendingRemoval { id status }
"""
ADD = f"""
mutation($project: ID!, $input: CameraInput!) {{
  addCamera(projectId: $project, input: $input) {{
    __typename ... on CameraPayload {{ camera {{ {CAMERA_FIELDS} }} }} ... on IntakeError {{ code field message }}
  }}
}}"""
UPDATE = f"""
mutation($id: ID!, $input: CameraInput!) {{
  updateCamera(id: $id, input: $input) {{
    __typename ... on CameraPayload {{ camera {{ {CAMERA_FIELDS} }} }} ... on IntakeError {{ code field }}
  }}
}}"""
REMOVE = """
mutation($id: ID!) {
  requestCameraRemoval(cameraId: $id, reason: "塔吊拆除 / crane dismantled") {
    __typename ... on CameraRemovalPayload { removal { id status } camera { status } } ... on IntakeError { code }
  }
}"""
DECIDE = """
mutation($id: ID!, $approve: Boolean!) {
  decideCameraRemoval(removalId: $id, approve: $approve) {
    __typename ... on CameraRemovalPayload { removal { status } camera { status } } ... on IntakeError { code }
  }
}"""


def _input(**overrides: object) -> dict[str, object]:
    values: dict[str, object] = {
        "name": "塔吊摄像机",
        "serial": f"SN-{uuid.uuid4().hex[:10]}",
        "locationKind": "TOWER_CRANE",
        "mainStreamUrl": f"rtsp://admin:{RTSP_PASSWORD}@10.1.2.3:554/Streaming/Channels/101",
        "subStreamUrl": "rtsp://10.1.2.3:554/Streaming/Channels/102",
        "onvifEndpoint": "http://10.1.2.3/onvif/device_service",
        "onvifUsername": "operator",
        "onvifPassword": ONVIF_PASSWORD,
        "ptzCapable": True,
    }
    values.update(overrides)
    return values


async def test_provider_adds_a_camera_and_credentials_are_split_off_and_encrypted(
    as_role, world: World, client: httpx.AsyncClient
) -> None:  # type: ignore[no-untyped-def]
    provider = as_role("PROVIDER")
    project = to_global_id("Project", world.project_a1.id)
    added = (await provider.data(ADD, {"project": project, "input": _input()}))["addCamera"]
    camera = added["camera"]
    assert camera["mainStreamUrl"] == "rtsp://10.1.2.3:554/Streaming/Channels/101"
    assert camera["rtspUsername"] == "admin" and camera["rtspPasswordSet"] is True
    assert camera["onvifUsername"] == "operator" and camera["onvifPasswordSet"] is True

    row = await Camera.get(serial=camera["serial"])
    stored = " ".join(str(value) for value in row.__dict__.values())
    assert RTSP_PASSWORD not in stored and ONVIF_PASSWORD not in stored  # encrypted at rest
    assert row.rtsp_password_encrypted.startswith("gAAAA")  # a Fernet token

    # the gateway serving the district gets the usable URL over its authenticated endpoint
    directory = (
        await client.get(
            "/internal/gateway/cameras", headers={"authorization": f"Bearer {world.gateway_credential}"}
        )
    ).json()
    entry = next(c for c in directory["cameras"] if c["id"] == str(row.id))
    assert (
        entry["mainUrl"]
        == f"rtsp://admin:{RTSP_PASSWORD.replace('!', '%21')}@10.1.2.3:554/Streaming/Channels/101"
    )
    assert entry["subUrl"].startswith("rtsp://admin:") and entry["subUrl"].endswith("/102")

    # omitted passwords are kept, "" clears; a provider outside the project sees nothing
    kept = (
        await provider.data(
            UPDATE,
            {
                "id": camera["id"],
                "input": _input(
                    serial=camera["serial"],
                    mainStreamUrl="rtsp://10.1.2.3:554/Streaming/Channels/101",
                    onvifPassword="",
                ),
            },
        )
    )["updateCamera"]["camera"]
    assert kept["rtspPasswordSet"] is True and kept["onvifPasswordSet"] is False
    other_project = to_global_id("Project", world.project_b1.id)
    hidden = (await provider.data(ADD, {"project": other_project, "input": _input()}))["addCamera"]
    assert hidden["code"] == "PROJECT_NOT_FOUND"


async def test_bad_camera_input_names_the_field(as_role, world: World) -> None:  # type: ignore[no-untyped-def]
    provider = as_role("PROVIDER")
    project = to_global_id("Project", world.project_a1.id)
    cases = [
        (_input(mainStreamUrl="http://10.0.0.1/stream"), "INVALID_STREAM_URL", "input.mainStreamUrl"),
        (_input(subStreamUrl="rtsp://other:pw@10.0.0.1/x"), "CREDENTIALS_CONFLICT", "input.subStreamUrl"),
        (_input(onvifEndpoint="", ptzCapable=True), "ONVIF_REQUIRED", "input.onvifEndpoint"),
        (_input(name=""), "INVALID_TEXT", "input.name"),
    ]
    for values, code, field in cases:
        refused = (await provider.data(ADD, {"project": project, "input": values}))["addCamera"]
        assert (refused["code"], refused["field"]) == (code, field), values
    first = (await provider.data(ADD, {"project": project, "input": _input(serial="SN-DUP-1")}))["addCamera"]
    assert first["__typename"] == "CameraPayload"
    duplicate = (await provider.data(ADD, {"project": project, "input": _input(serial="SN-DUP-1")}))[
        "addCamera"
    ]
    assert (duplicate["code"], duplicate["field"]) == ("DUPLICATE_SERIAL", "input.serial")


async def test_removal_under_construction_waits_for_the_district_and_is_not_an_art16_flag(
    as_role, world: World
) -> None:  # type: ignore[no-untyped-def]
    provider, district = as_role("PROVIDER"), as_role("DISTRICT_CENTER")
    await Project.filter(id=world.project_a1.id).update(status=ProjectStatus.UNDER_CONSTRUCTION)
    added = (
        await provider.data(ADD, {"project": to_global_id("Project", world.project_a1.id), "input": _input()})
    )["addCamera"]["camera"]
    await Camera.filter(serial=added["serial"]).update(status=CameraStatus.ONLINE)

    requested = (await provider.data(REMOVE, {"id": added["id"]}))["requestCameraRemoval"]
    assert requested["removal"]["status"] == "PENDING"
    assert requested["camera"]["status"] == "ONLINE"  # still installed until the district decides
    again = (await provider.data(REMOVE, {"id": added["id"]}))["requestCameraRemoval"]
    assert again["code"] == "REMOVAL_PENDING"

    decided = (await district.data(DECIDE, {"id": requested["removal"]["id"], "approve": True}))[
        "decideCameraRemoval"
    ]
    assert decided == {
        "__typename": "CameraRemovalPayload",
        "removal": {"status": "APPROVED"},
        "camera": {"status": "DECOMMISSIONED"},
    }
    camera = await Camera.get(serial=added["serial"])
    await check_unauthorized_removals(InProcessBus(), datetime.now(UTC))
    assert not await FaultTicket.filter(camera_id=camera.id, kind=FaultKind.UNAUTHORIZED_REMOVAL).exists()

    # a camera taken away without approval is the Art. 16 unauthorized removal
    other = (
        await provider.data(ADD, {"project": to_global_id("Project", world.project_a1.id), "input": _input()})
    )["addCamera"]["camera"]
    await Camera.filter(serial=other["serial"]).update(status=CameraStatus.DECOMMISSIONED)
    await check_unauthorized_removals(InProcessBus(), datetime.now(UTC))
    other_row = await Camera.get(serial=other["serial"])
    assert await FaultTicket.filter(camera_id=other_row.id, kind=FaultKind.UNAUTHORIZED_REMOVAL).exists()


async def test_removal_before_construction_is_immediate_and_rejection_keeps_the_camera(
    as_role, world: World
) -> None:  # type: ignore[no-untyped-def]
    provider, district = as_role("PROVIDER"), as_role("DISTRICT_CENTER")
    project = to_global_id("Project", world.project_a1.id)
    await Project.filter(id=world.project_a1.id).update(status=ProjectStatus.SAFETY_FILED)
    try:
        early = (await provider.data(ADD, {"project": project, "input": _input()}))["addCamera"]["camera"]
        removed = (await provider.data(REMOVE, {"id": early["id"]}))["requestCameraRemoval"]
        assert removed["removal"]["status"] == "APPROVED" and removed["camera"]["status"] == "DECOMMISSIONED"
    finally:
        await Project.filter(id=world.project_a1.id).update(status=ProjectStatus.UNDER_CONSTRUCTION)
    kept = (await provider.data(ADD, {"project": project, "input": _input()}))["addCamera"]["camera"]
    requested = (await provider.data(REMOVE, {"id": kept["id"]}))["requestCameraRemoval"]
    rejected = (await district.data(DECIDE, {"id": requested["removal"]["id"], "approve": False}))[
        "decideCameraRemoval"
    ]
    assert rejected["removal"]["status"] == "REJECTED" and rejected["camera"]["status"] != "DECOMMISSIONED"
    assert (await CameraRemoval.get(camera_id=(await Camera.get(serial=kept["serial"])).id)).status == (
        RemovalStatus.REJECTED
    )


def test_without_a_credentials_key_cameras_without_passwords_still_work(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from backend.cameras.services import CameraData, apply_clean, clean_camera
    from backend.graphql_core.input_errors import InputRefused
    from backend.settings import Secret
    from tests.conftest import make_settings

    settings = make_settings("sqlite://:memory:", tmp_path, credentials_key=Secret(""))
    camera = Camera(project_id=1, main_stream_url="")
    assert "main_stream_url" in apply_clean(
        settings, camera, clean_camera(CameraData("a", "rtsp://10.0.0.1/x"))
    )
    with_password = clean_camera(CameraData("a", f"rtsp://u:{RTSP_PASSWORD}@10.0.0.1/x"))
    try:
        apply_clean(settings, camera, with_password)
    except InputRefused as refused:
        assert (refused.code, refused.field) == ("CREDENTIALS_UNAVAILABLE", "input.rtspPassword")
        assert RTSP_PASSWORD not in refused.message
    else:
        raise AssertionError("a password was accepted without a key to encrypt it")


def test_testing_a_saved_camera_without_the_credentials_key_is_a_coded_refusal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from backend.cameras.credentials import CredentialCipher
    from backend.cameras.probe import _stored_secret
    from backend.graphql_core.input_errors import InputRefused
    from backend.settings import Secret
    from tests.conftest import make_settings

    keyless = make_settings("sqlite://:memory:", tmp_path, credentials_key=Secret(""))
    other_key = make_settings("sqlite://:memory:", tmp_path, credentials_key=Secret("y" * 40))
    saved = CredentialCipher("x" * 40).encrypt(RTSP_PASSWORD)
    assert _stored_secret(keyless, "") == ""  # a camera without a password is tested as before
    for settings in (keyless, other_key):
        try:
            _stored_secret(settings, saved)
        except InputRefused as refused:
            assert (refused.code, refused.field) == ("CREDENTIALS_UNAVAILABLE", "input.cameraId")
            assert RTSP_PASSWORD not in refused.message
        else:
            raise AssertionError("a password was read without its key")
