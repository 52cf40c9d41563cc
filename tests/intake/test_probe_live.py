"""Test connection for real: a simulated camera (RTSP + ONVIF with credentials), a gateway process in
backend mode holding its own credential, and the backend served by uvicorn. The gateway serves a district
of its own with no cameras (so it reports nothing about the shared test world)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from backend.cameras.probe import mint_probe_ticket
from backend.districts.models import City, District
from backend.graphql_core.ids import to_global_id
from backend.media.gateways import register_gateway
from backend.media.models import MediaGateway
from backend.media.services import ticket_keys
from backend.media.tickets import mint_live_ticket
from backend.projects.models import Project
from tests.control.simcam_support import ONVIF_PASSWORD, ONVIF_USER, SimCam
from tests.gateway.gateway_support import free_port, port_open, stop_process
from tests.intake.conftest import SEEN_LOG_FILES
from tests.intake.support import PLAIN_PASSWORDS
from tests.world import World

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
RTSP_PASSWORD = PLAIN_PASSWORDS[4]
PROBE = """
mutation($input: TestCameraConnectionInput!) {
  testCameraConnection(input: $input) {
    __typename
    ... on CameraProbeResult {
      codec profile width height fps bFrames snapshotDataUrl onvifChecked ptzSupported presets
      warnings warningMessages gatewayId
    }
    ... on CameraUnreachable { code message field }
    ... on IntakeError { code message field }
  }
}"""


@pytest.fixture(scope="module")
def simcam() -> Iterator[SimCam]:
    camera = SimCam(["probe1"]).start()
    yield camera
    camera.stop()


@dataclass
class ProbeStack:
    project: Project
    gateway_url: str
    gateway_id: str


@pytest.fixture
async def probe_stack(live_server: Any, world: World, simcam: SimCam, tmp_path: Path) -> Any:
    city = await City.first()
    district = await District.create(
        city=city, code=f"P{uuid.uuid4().hex[:5]}", name="探测区", name_en="Probe"
    )
    project = await Project.create(
        code=f"PRB{uuid.uuid4().hex[:8]}",
        name="probe project",
        district_id=district.id,
        provider_id=world.project_a1.provider_id,
    )
    gateway_id = f"gw-probe-{uuid.uuid4().hex[:6]}"
    _, credential = await register_gateway(None, gateway_id, [district.id])
    settings = live_server.state.services.settings
    _, public_pem = ticket_keys(settings)
    key_file = tmp_path / "ticket-public.pem"
    key_file.write_bytes(public_pem)
    port = free_port()
    log = tmp_path / "gateway.log"
    SEEN_LOG_FILES.append(log)
    env = {
        **os.environ,
        "SITEWATCH_BACKEND_URL": live_server.state.base_url,
        "SITEWATCH_GATEWAY_CREDENTIAL": credential,
        "SITEWATCH_GATEWAY_LOG_LEVEL": "debug",
    }
    with log.open("wb") as out:
        process = subprocess.Popen(  # noqa: ASYNC220 - starting it is quick; the waits below are async
            [
                sys.executable, "-m", "media_gateway", "--host", "127.0.0.1", "--port", str(port),
                "--gateway-id", gateway_id, "--ticket-public-key", str(key_file),
            ],
            cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        # Async waits: the backend under test runs on this event loop and must answer the gateway meanwhile.
        for _ in range(300):
            gateway = await MediaGateway.get(gateway_id=gateway_id)
            if gateway.public_url:
                break
            assert process.poll() is None, log.read_text()
            await asyncio.sleep(0.1)
        assert gateway.public_url == f"http://127.0.0.1:{port}", log.read_text()
        for _ in range(100):  # it registers during startup, then starts listening
            if port_open(port):
                break
            await asyncio.sleep(0.1)
        yield ProbeStack(project, f"http://127.0.0.1:{port}", gateway_id)
    finally:
        stop_process(process)


def _rtsp(simcam: SimCam, stream: str) -> str:
    return f"rtsp://viewer:{RTSP_PASSWORD}@127.0.0.1:{simcam.rtsp_port}/probe1/{stream}"


async def test_test_connection_reports_the_stream_a_snapshot_and_ptz(
    probe_stack: ProbeStack, simcam: SimCam, live_server: Any, world: World, as_role
) -> None:  # type: ignore[no-untyped-def]
    city = as_role("CITY_CENTER")
    project_id = to_global_id("Project", probe_stack.project.id)
    result = (
        await city.data(
            PROBE,
            {
                "input": {
                    "projectId": project_id,
                    "mainStreamUrl": _rtsp(simcam, "main"),
                    "onvifEndpoint": f"http://127.0.0.1:{simcam.control_port}/onvif/device_service?profile=probe1",
                    "onvifUsername": ONVIF_USER,
                    "onvifPassword": ONVIF_PASSWORD,
                }
            },
        )
    )["testCameraConnection"]
    assert result["__typename"] == "CameraProbeResult", result
    assert (result["codec"], result["width"], result["height"]) == ("h264", 1280, 720)
    assert result["fps"] == pytest.approx(25, abs=1)
    assert result["bFrames"] is False
    assert result["snapshotDataUrl"].startswith("data:image/jpeg;base64,/9j/")
    assert (result["onvifChecked"], result["ptzSupported"]) == (True, True)
    assert result["presets"] == ["home", "overview"]
    assert result["warnings"] == []

    # a sub stream under 720p gets the Art. 9 warning; wrong ONVIF credentials are reported, not fatal
    sub = (
        await city.data(
            PROBE,
            {
                "input": {
                    "projectId": project_id,
                    "mainStreamUrl": _rtsp(simcam, "sub"),
                    "onvifEndpoint": f"http://127.0.0.1:{simcam.control_port}/onvif/device_service",
                    "onvifUsername": ONVIF_USER,
                    "onvifPassword": "wrong-password",
                }
            },
        )
    )["testCameraConnection"]
    assert (sub["width"], sub["height"]) == (640, 360)
    assert sub["warnings"] == ["BELOW_720P", "ONVIF_FAILED"]
    assert "720p" in sub["warningMessages"][0] and sub["ptzSupported"] is None


async def test_test_connection_of_a_saved_camera_and_of_an_unreachable_one(
    probe_stack: ProbeStack, simcam: SimCam, live_server: Any, world: World, as_role
) -> None:  # type: ignore[no-untyped-def]
    provider = as_role("PROVIDER")
    added = await provider.data(
        """mutation($p: ID!, $input: CameraInput!) {
             addCamera(projectId: $p, input: $input) { ... on CameraPayload { camera { id rtspPasswordSet } } }
           }""",
        {
            "p": to_global_id("Project", probe_stack.project.id),
            "input": {
                "name": "gate",
                "serial": f"PRB-{uuid.uuid4().hex[:6]}",
                "mainStreamUrl": _rtsp(simcam, "main"),
            },
        },
    )
    camera = added["addCamera"]["camera"]
    assert camera["rtspPasswordSet"] is True
    saved = (await provider.data(PROBE, {"input": {"cameraId": camera["id"]}}))["testCameraConnection"]
    assert saved["__typename"] == "CameraProbeResult" and saved["height"] == 720
    assert saved["onvifChecked"] is False

    dead = (
        await provider.data(
            PROBE,
            {
                "input": {
                    "projectId": to_global_id("Project", probe_stack.project.id),
                    "mainStreamUrl": "rtsp://127.0.0.1:9/none",
                }
            },
        )
    )["testCameraConnection"]
    assert (dead["__typename"], dead["code"], dead["field"]) == (
        "CameraUnreachable",
        "CAMERA_UNREACHABLE",
        "input.mainStreamUrl",
    )
    # a project in a district no live gateway serves
    none = await provider.data(
        PROBE,
        {"input": {"projectId": to_global_id("Project", world.project_a2.id), "mainStreamUrl": "rtsp://x/y"}},
    )
    assert none["testCameraConnection"]["code"] in ("PROJECT_NOT_FOUND", "GATEWAY_UNAVAILABLE")


async def test_the_gateway_probes_only_with_a_probe_ticket_bound_to_the_request(
    probe_stack: ProbeStack, live_server: Any
) -> None:
    private_pem, _ = ticket_keys(live_server.state.services.settings)
    body = json.dumps({"rtspUrl": "rtsp://127.0.0.1:9/x"}).encode()
    async with httpx.AsyncClient(base_url=probe_stack.gateway_url, trust_env=False, timeout=20) as http:
        missing = await http.post("/probe", content=body)
        assert (missing.status_code, missing.json()["error"]) == (401, "ticket-missing")

        other_body = mint_probe_ticket(
            private_pem, probe_stack.gateway_id, 1, b'{"rtspUrl": "rtsp://10.0.0.1/"}'
        )
        replayed = await http.post("/probe", content=body, headers={"authorization": f"Bearer {other_body}"})
        assert (replayed.status_code, replayed.json()["error"]) == (401, "ticket-invalid")

        foreign = mint_probe_ticket(private_pem, "gw-elsewhere", 1, body)
        refused = await http.post("/probe", content=body, headers={"authorization": f"Bearer {foreign}"})
        assert (refused.status_code, refused.json()["error"]) == (403, "ticket-foreign-gateway")

        live_view, _ = mint_live_ticket(
            private_pem, gateway_id=probe_stack.gateway_id, camera_id=1, quality="MAIN", user_id=1, role="CITY_CENTER",
            ttl_seconds=30,
        )  # fmt: skip
        wrong_kind = await http.post("/probe", content=body, headers={"authorization": f"Bearer {live_view}"})
        assert wrong_kind.status_code == 401

        good = mint_probe_ticket(private_pem, probe_stack.gateway_id, 1, body)
        unreachable = await http.post("/probe", content=body, headers={"authorization": f"Bearer {good}"})
        assert (unreachable.status_code, unreachable.json()["error"]) == (422, "camera-unreachable")
