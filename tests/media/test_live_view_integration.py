"""Backend ↔ gateway, for real: `sitewatch serve` on a seeded SQLite database, simulated cameras, and a
gateway process in backend mode that registers itself, learns its cameras from the backend, verifies the
backend's tickets with the public key it downloaded, and reports camera health back.

SQLite only: the database is the subprocess backend's own (the engine matrix lives in tests/api).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import websockets

from media_gateway.whep_client import WhepError, WhepViewer
from tests.gateway.gateway_support import SimCam, eventually, free_port, port_open, stop_process, wait_until

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GATEWAY_ID = "gw-it"
JWT_SECRET = "integration-jwt-secret-" + "s" * 32

SEED = r"""
import asyncio, json, sys
from backend import db
from backend.cameras.models import Camera
from backend.media.gateways import register_gateway
from backend.auth.services import create_user
from backend.authz.roles import Role
from backend.media.models import MediaGateway
from tests.world import PASSWORD, build_world

async def main(url, watched_main, watched_sub, flaky_main, flaky_sub, flaky_onvif):
    await db.migrate(url)
    await db.connect(url)
    try:
        world = await build_world()
        # The world's placeholder gateway would be picked first; this test brings a real one.
        await MediaGateway.all().delete()
        # Registered in the city's gateway register: each gateway gets its own credential.
        _, credential = await register_gateway(None, "gw-it", [], all_districts=True)
        _, district_b_credential = await register_gateway(None, "gw-district-b", [world.district_b.id])
        watched, flaky = world.cameras["A1"]
        await Camera.filter(id=watched.id).update(main_stream_url=watched_main, sub_stream_url=watched_sub)
        await Camera.filter(id=flaky.id).update(
            main_stream_url=flaky_main, sub_stream_url=flaky_sub, onvif_endpoint=flaky_onvif
        )
        # Site accounts the tests deactivate or reset (the world's own accounts stay usable).
        leavers = {}
        for purpose in ("deactivated", "reset"):
            user = await create_user(
                f"leaver-{purpose}", PASSWORD, Role.SUPERVISOR, purpose, project_id=world.project_a1.id
            )
            leavers[purpose] = [user.username, world.gid("User", user.id)]
        print(json.dumps({
            "leavers": leavers,
            "password": PASSWORD,
            "usernames": world.usernames,
            "watched": [watched.id, world.gid("Camera", watched.id)],
            "flaky": [flaky.id, world.gid("Camera", flaky.id)],
            "otherDistrictCamera": [world.cameras["B1"][0].id, world.gid("Camera", world.cameras["B1"][0].id)],
            "districtB": world.district_b.code,
            "gatewayCredential": credential,
            "districtBCredential": district_b_credential,
        }))
    finally:
        await db.disconnect()

asyncio.run(main(*sys.argv[1:]))
"""

LOGIN = """
mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { ... on LoginSuccess { accessToken } ... on UserError { code } }
}
"""
START_LIVE_VIEW = """
mutation Start($cameraId: ID!, $quality: StreamQuality!) {
  startLiveView(cameraId: $cameraId, quality: $quality) {
    __typename
    ... on LiveViewSession { whepUrl ticket expiresAt snapshotUrl }
    ... on UserError { code message }
  }
}
"""
START_PLAYBACK = """
mutation Playback($cameraId: ID!, $at: DateTime!) {
  startPlayback(cameraId: $cameraId, at: $at) {
    __typename ... on PlaybackSession { playlistUrl ticket } ... on UserError { code message }
  }
}
"""
DEACTIVATE = """
mutation($id: ID!) {
  setAccountActive(userId: $id, active: false, reason: "left the company") {
    __typename ... on AccountPayload { account { isActive } } ... on IntakeError { code }
  }
}"""
RESET = """
mutation($id: ID!) {
  resetAccountPassword(userId: $id, newPassword: "reset-by-the-district-1") {
    __typename ... on AccountPayload { account { mustChangePassword } } ... on IntakeError { code }
  }
}"""
CAMERA_STATUS = "query Status($id: ID!) { camera(id: $id) { id status } }"
ALERTS = "query { alerts(first: 50) { edges { node { kind objectType objectId } } } }"


@dataclass
class Stack:
    backend_url: str
    gateway_url: str
    seed: dict[str, Any]
    simcam: SimCam
    flaky_simcam: SimCam
    logs: Path

    def gql(
        self, query: str, variables: dict[str, Any] | None = None, token: str | None = None
    ) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        response = httpx.post(
            f"{self.backend_url}/graphql",
            json={"query": query, "variables": variables or {}},
            headers=headers,
            trust_env=False,
            timeout=10,
        )
        assert response.status_code == 200, response.text
        body = response.json()
        assert not body.get("errors"), body["errors"]
        return dict(body["data"])

    def token(self, role: str) -> str:
        data = self.gql(LOGIN, {"username": self.seed["usernames"][role], "password": self.seed["password"]})
        return str(data["login"]["accessToken"])

    def start_live_view(self, role: str, camera_gid: str, quality: str = "MAIN") -> dict[str, Any]:
        data = self.gql(START_LIVE_VIEW, {"cameraId": camera_gid, "quality": quality}, self.token(role))
        return dict(data["startLiveView"])


def _spawn(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(args, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    root = tmp_path_factory.mktemp("live-view")
    data_dir = root / "data"
    database_url = f"sqlite://{root / 'sitewatch.sqlite3'}"
    simcam = SimCam(free_port(), free_port(), ["cam1"])
    flaky = SimCam(free_port(), free_port(), ["cam9"])
    seeded = subprocess.run(
        [
            PYTHON,
            "-c",
            SEED,
            database_url,
            simcam.url("cam1"),
            simcam.url("cam1", "sub"),
            flaky.url("cam9"),
            flaky.url("cam9", "sub"),
            flaky.onvif_url("cam9"),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    seed = json.loads(seeded.stdout.strip().splitlines()[-1])

    backend_port, gateway_port = free_port(), free_port()
    env = {
        **os.environ,
        "SITEWATCH_DATABASE_URL": database_url,
        "SITEWATCH_DATA_DIR": str(data_dir),
        "SITEWATCH_JWT_SECRET": JWT_SECRET,
        "SITEWATCH_CREDENTIALS_KEY": "integration-credentials-key-" + "c" * 16,
        "SITEWATCH_DEMO": "0",
        "SITEWATCH_FRONTEND_DIST": str(root / "no-frontend"),
    }
    processes: list[subprocess.Popen[bytes]] = []
    try:
        processes.append(
            _spawn(
                [PYTHON, "-m", "backend.cli", "serve", "--host", "127.0.0.1", "--port", str(backend_port)],
                env,
                root / "backend.log",
            )
        )
        assert wait_until(lambda: port_open(backend_port), 30), (root / "backend.log").read_text()
        backend_url = f"http://127.0.0.1:{backend_port}"
        simcam.start()
        flaky.start()

        # The gateway gets only the public half of the ticket key, from the backend.
        public_key = httpx.get(f"{backend_url}/internal/gateway/ticket-public-key", trust_env=False)
        assert public_key.status_code == 200 and b"BEGIN PUBLIC KEY" in public_key.content
        key_file = root / "ticket-public.pem"
        key_file.write_bytes(public_key.content)

        gateway_env = {
            **os.environ,
            "SITEWATCH_BACKEND_URL": backend_url,
            "SITEWATCH_GATEWAY_CREDENTIAL": seed["gatewayCredential"],
        }
        processes.append(
            _spawn(
                [
                    PYTHON,
                    "-m",
                    "media_gateway",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(gateway_port),
                    "--gateway-id",
                    GATEWAY_ID,
                    "--ticket-public-key",
                    str(key_file),
                    "--public-url",
                    f"http://127.0.0.1:{gateway_port}",
                    "--idle-close-seconds",
                    "3",
                ],
                gateway_env,
                root / "gateway.log",
            )
        )
        assert wait_until(lambda: port_open(gateway_port), 30), (root / "gateway.log").read_text()
        yield Stack(backend_url, f"http://127.0.0.1:{gateway_port}", seed, simcam, flaky, root)
    finally:
        for process in reversed(processes):
            stop_process(process)
        simcam.stop()
        flaky.stop()


def test_gateway_registers_and_learns_its_cameras_from_the_backend(stack: Stack) -> None:
    def gateway_knows_cameras() -> bool:
        health = httpx.get(
            f"{stack.gateway_url}/health",
            headers={"Authorization": f"Bearer {stack.seed['gatewayCredential']}"},
            trust_env=False,
        ).json()
        return str(stack.seed["watched"][0]) in {camera["id"] for camera in health["cameras"]}

    assert wait_until(gateway_knows_cameras, 15)

    listed = httpx.get(
        f"{stack.backend_url}/internal/gateway/cameras",
        params={"gateway": GATEWAY_ID},
        headers={"Authorization": f"Bearer {stack.seed['gatewayCredential']}"},
        trust_env=False,
    ).json()
    assert str(stack.seed["watched"][0]) in {camera["id"] for camera in listed["cameras"]}


async def test_in_scope_user_watches_h264_through_the_registered_gateway(stack: Stack) -> None:
    view = stack.start_live_view("SUPERVISOR", stack.seed["watched"][1], "MAIN")

    assert view["__typename"] == "LiveViewSession"
    assert view["whepUrl"] == f"{stack.gateway_url}/whep/{stack.seed['watched'][0]}"
    assert view["snapshotUrl"] == f"{stack.gateway_url}/snapshot/{stack.seed['watched'][0]}"

    viewer = WhepViewer(view["whepUrl"], view["ticket"])
    try:
        await viewer.start()
        frames = await viewer.wait_frames(50, within_seconds=20)
    finally:
        await viewer.stop()

    assert frames >= 50
    assert viewer.answer_codecs == ["video/H264"]
    assert viewer.sizes == {(1280, 720)}


async def test_ticket_for_another_camera_is_refused(stack: Stack) -> None:
    view = stack.start_live_view("SUPERVISOR", stack.seed["watched"][1], "SUB")
    other_camera_url = f"{stack.gateway_url}/whep/{stack.seed['flaky'][0]}"

    viewer = WhepViewer(other_camera_url, view["ticket"], decode=False)
    with pytest.raises(WhepError) as refused:
        await viewer.start()

    assert refused.value.status == 403
    assert json.loads(refused.value.body)["error"] == "ticket-wrong-camera"


async def test_ticket_for_another_gateway_is_refused(stack: Stack) -> None:
    # given a second gateway that serves district B on its own
    async with httpx.AsyncClient(trust_env=False) as http:
        registered = await http.post(
            f"{stack.backend_url}/internal/gateway/register",
            json={
                "gatewayId": "gw-district-b",
                "publicUrl": "http://127.0.0.1:9",
                "districts": [stack.seed["districtB"]],
            },
            headers={"Authorization": f"Bearer {stack.seed['districtBCredential']}"},
        )
    assert registered.status_code == 200
    view = stack.start_live_view("CITY_CENTER", stack.seed["otherDistrictCamera"][1], "SUB")
    assert view["whepUrl"].startswith("http://127.0.0.1:9/whep/")

    # when its ticket is shown to this gateway
    viewer = WhepViewer(
        f"{stack.gateway_url}/whep/{stack.seed['otherDistrictCamera'][0]}", view["ticket"], decode=False
    )
    with pytest.raises(WhepError) as refused:
        await viewer.start()

    assert refused.value.status == 403
    assert json.loads(refused.value.body)["error"] == "ticket-foreign-gateway"


def test_out_of_scope_user_gets_camera_not_found(stack: Stack) -> None:
    view = stack.start_live_view("SUPERVISOR", stack.seed["otherDistrictCamera"][1], "MAIN")

    assert view["__typename"] == "CameraNotFound"
    assert view["code"] == "CAMERA_NOT_FOUND"


async def test_dead_camera_turns_offline_and_raises_an_alert(stack: Stack) -> None:
    token = stack.token("CITY_CENTER")
    camera_pk, camera_gid = stack.seed["flaky"]

    def status() -> str:
        return str(stack.gql(CAMERA_STATUS, {"id": camera_gid}, token)["camera"]["status"])

    assert await eventually(lambda: status() == "ONLINE", 20)

    stack.flaky_simcam.stop()
    stopped_at = time.monotonic()
    assert await eventually(lambda: status() == "OFFLINE", 15, interval=0.5)
    took = time.monotonic() - stopped_at

    alerts = stack.gql(ALERTS, token=token)["alerts"]["edges"]
    offline = [a["node"] for a in alerts if a["node"]["kind"] == "CAMERA_OFFLINE"]
    assert {"kind": "CAMERA_OFFLINE", "objectType": "Camera", "objectId": str(camera_pk)} in offline
    assert took < 15


async def test_logout_ends_the_users_live_video_within_2_s(stack: Stack) -> None:
    """Issue 10: a stream started before logout used to keep delivering frames long after it."""
    token = stack.token("SUPERVISOR")
    view = stack.gql(START_LIVE_VIEW, {"cameraId": stack.seed["watched"][1], "quality": "SUB"}, token)[
        "startLiveView"
    ]
    unused = stack.gql(START_LIVE_VIEW, {"cameraId": stack.seed["watched"][1], "quality": "SUB"}, token)[
        "startLiveView"
    ]
    viewer = WhepViewer(view["whepUrl"], view["ticket"], decode=False)
    try:
        await viewer.start()
        await viewer.wait_frames(10, within_seconds=20)
        assert (
            stack.gql("mutation { logout { __typename } }", token=token)["logout"]["__typename"]
            == "LogoutSuccess"
        )
        logged_out = time.monotonic()

        async def session_gone() -> bool:
            async with httpx.AsyncClient(trust_env=False) as http:
                probe = await http.patch(
                    str(viewer.location),
                    content="a=end-of-candidates\r\n",
                    headers={
                        "Content-Type": "application/trickle-ice-sdpfrag",
                        "Authorization": f"Bearer {view['ticket']}",
                    },
                )
            return probe.status_code == 404

        while not await session_gone():
            assert time.monotonic() - logged_out < 2.0, "the WHEP session outlived the logout by 2 s"
            await asyncio.sleep(0.1)
        frames = viewer.frames
        await asyncio.sleep(1.5)
        assert viewer.frames - frames < 40
        with pytest.raises(WhepError) as refused:
            await WhepViewer(unused["whepUrl"], unused["ticket"], decode=False).start()
        assert refused.value.status == 401 and "ticket-revoked" in refused.value.body
    finally:
        await viewer.stop()


async def _alerts_subscription(backend_url: str, token: str) -> Any:
    ws = await websockets.connect(
        backend_url.replace("http://", "ws://") + "/graphql",
        subprotocols=[websockets.Subprotocol("graphql-transport-ws")],
    )
    await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}))
    assert json.loads(await asyncio.wait_for(ws.recv(), 10))["type"] == "connection_ack"
    await ws.send(
        json.dumps({"id": "1", "type": "subscribe", "payload": {"query": "subscription { alerts { id } }"}})
    )
    return ws


async def _closed_code(ws: Any, within: float) -> int | None:
    try:
        while True:
            await asyncio.wait_for(ws.recv(), within)
    except websockets.ConnectionClosed as closed:
        return closed.rcvd.code if closed.rcvd else None
    except TimeoutError:
        return None


async def _gateway_get(url: str, ticket: str) -> httpx.Response:
    async with httpx.AsyncClient(trust_env=False, timeout=10) as http:
        return await http.get(url, headers={"Authorization": f"Bearer {ticket}"})


@pytest.mark.parametrize("ending", ["deactivated", "reset"])
async def test_deactivation_and_reset_end_subscriptions_live_video_and_tickets_within_2_s(
    stack: Stack, ending: str
) -> None:
    """Issue 9: deactivating a user (or resetting their password) ends their open alerts subscription and
    their running WHEP session within 2 s; their unused live, snapshot and playback tickets are refused."""
    username, user_gid = stack.seed["leavers"][ending]
    login = stack.gql(LOGIN, {"username": username, "password": stack.seed["password"]})["login"]
    token = login["accessToken"]
    camera = stack.seed["watched"][1]
    view = stack.gql(START_LIVE_VIEW, {"cameraId": camera, "quality": "SUB"}, token)["startLiveView"]
    unused = stack.gql(START_LIVE_VIEW, {"cameraId": camera, "quality": "SUB"}, token)["startLiveView"]
    at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 30))
    playback = stack.gql(START_PLAYBACK, {"cameraId": camera, "at": at}, token)["startPlayback"]
    assert playback["__typename"] == "PlaybackSession", playback
    # before: the gateway takes the playback ticket (whether or not anything is recorded yet)
    accepted = await _gateway_get(playback["playlistUrl"], playback["ticket"])
    assert accepted.status_code in (200, 404), accepted.text

    ws = await _alerts_subscription(stack.backend_url, token)
    viewer = WhepViewer(view["whepUrl"], view["ticket"], decode=False)
    try:
        await viewer.start()
        assert await viewer.wait_frames(10, within_seconds=20) >= 10
        assert await _closed_code(ws, 0.3) is None, "the subscription is open before"

        district = stack.token("DISTRICT_CENTER")
        if ending == "deactivated":
            done = stack.gql(DEACTIVATE, {"id": user_gid}, district)["setAccountActive"]
            assert done["account"]["isActive"] is False, done
        else:
            done = stack.gql(RESET, {"id": user_gid}, district)["resetAccountPassword"]
            assert done["account"]["mustChangePassword"] is True, done
        ended = time.monotonic()

        async def whep_gone() -> float:
            while not await _session_gone(str(viewer.location), view["ticket"]):
                await asyncio.sleep(0.1)
            return time.monotonic() - ended

        async def subscription_closed() -> tuple[int | None, float]:
            return await _closed_code(ws, 5.0), time.monotonic() - ended

        (code, ws_took), whep_took = await asyncio.gather(
            subscription_closed(), asyncio.wait_for(whep_gone(), 5.0)
        )
        assert code == 4403, "the alerts subscription was closed as an ended session"
        assert ws_took < 2.0 and whep_took < 2.0, (
            f"subscription closed after {ws_took:.2f} s, WHEP session after {whep_took:.2f} s"
        )
        await asyncio.sleep(1.0)  # what was already on its way (the loaded machine's receive backlog)
        frames = viewer.frames
        await asyncio.sleep(1.5)
        assert viewer.frames - frames < 10, "frames kept coming after the session ended (a live one: ~37)"

        # tickets minted before the end are refused: a second WHEP session, a snapshot, playback
        with pytest.raises(WhepError) as refused:
            await WhepViewer(unused["whepUrl"], unused["ticket"], decode=False).start()
        assert refused.value.status == 401 and "ticket-revoked" in refused.value.body
        snapshot = await _gateway_get(unused["snapshotUrl"], unused["ticket"])
        assert (snapshot.status_code, snapshot.json()["error"]) == (401, "ticket-revoked")
        replay = await _gateway_get(playback["playlistUrl"], playback["ticket"])
        assert (replay.status_code, replay.json()["error"]) == (401, "ticket-revoked")
        # and the user's access token no longer works
        async with httpx.AsyncClient(trust_env=False, timeout=10) as http:
            response = await http.post(
                f"{stack.backend_url}/graphql",
                json={"query": "{ me { id } }"},
                headers={"Authorization": f"Bearer {token}"},
            )
        assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    finally:
        await viewer.stop()
        await ws.close()


async def _session_gone(location: str, ticket: str) -> bool:
    async with httpx.AsyncClient(trust_env=False) as http:
        probe = await http.patch(
            location,
            content="a=end-of-candidates\r\n",
            headers={"Content-Type": "application/trickle-ice-sdpfrag", "Authorization": f"Bearer {ticket}"},
        )
    return probe.status_code == 404
