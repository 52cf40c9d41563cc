"""`subscription cameraStatus`: gateway health reports reach the viewers of those cameras live,
scoped like everything else."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from backend.cameras.models import Camera, CameraStatus
from backend.graphql_core.ids import to_global_id
from tests.world import World

SUBSCRIPTION = "subscription($p: ID) { cameraStatus(projectId: $p) { cameraId projectId status previous } }"


async def _subscribe(ws_url: str, token: str, project: str | None = None) -> Any:
    import websockets

    ws = await websockets.connect(ws_url, subprotocols=[websockets.Subprotocol("graphql-transport-ws")])
    await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}))
    assert json.loads(await asyncio.wait_for(ws.recv(), 5))["type"] == "connection_ack"
    payload = {"query": SUBSCRIPTION, "variables": {"p": project}}
    await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": payload}))
    await asyncio.sleep(0.2)
    return ws


async def _next_change(ws: Any, timeout: float = 5) -> dict[str, Any]:
    while True:
        message = json.loads(await asyncio.wait_for(ws.recv(), timeout))
        if message["type"] == "next":
            assert not message["payload"].get("errors"), message
            return message["payload"]["data"]["cameraStatus"]


async def _report(base_url: str, key: str, camera: Camera, state: str) -> None:
    async with httpx.AsyncClient(base_url=base_url) as http:
        response = await http.post(
            "/internal/gateway/health",
            json={"gatewayId": "gw-world", "cameras": [{"id": str(camera.id), "state": state}]},
            headers={"authorization": f"Bearer {key}"},
        )
        assert response.status_code == 200


async def test_status_changes_reach_viewers_in_scope_only(
    live_server: Any, world: World, tokens: dict[str, str]
) -> None:
    state = "OFFLINE"
    a1_camera, b1_camera = world.cameras["A1"][1], world.cameras["B1"][0]
    await Camera.filter(id__in=[a1_camera.id, b1_camera.id]).update(status=CameraStatus.ONLINE)
    key = world.gateway_credential
    supervisor = await _subscribe(live_server.state.ws_url, tokens["SUPERVISOR"])
    city = await _subscribe(
        live_server.state.ws_url, tokens["CITY_CENTER"], to_global_id("Project", world.project_b1.id)
    )
    try:
        await _report(live_server.state.base_url, key, b1_camera, state)
        await _report(live_server.state.base_url, key, a1_camera, state)
        change = await _next_change(supervisor)
        assert change == {
            "cameraId": to_global_id("Camera", a1_camera.id),
            "projectId": to_global_id("Project", world.project_a1.id),
            "status": state,
            "previous": "ONLINE",
        }
        assert (await _next_change(city))["cameraId"] == to_global_id(
            "Camera", b1_camera.id
        )  # filtered to B1
        with pytest.raises(TimeoutError):
            await _next_change(supervisor, 0.7)  # B1 is outside the supervisor's project
        with pytest.raises(TimeoutError):
            await _next_change(city, 0.7)  # A1 is not the project the city asked for
    finally:
        await supervisor.close()
        await city.close()
        await _report(live_server.state.base_url, key, a1_camera, "ONLINE")
        await _report(live_server.state.base_url, key, b1_camera, "ONLINE")


async def test_a_bus_resync_sends_the_current_status_of_every_camera_in_scope(
    live_server: Any, world: World, tokens: dict[str, str]
) -> None:
    """When events may have been missed (the bus was unreachable), viewers are not left with stale
    statuses: they get the current status of each camera they may see, and only those."""
    supervisor = await _subscribe(live_server.state.ws_url, tokens["SUPERVISOR"])
    try:
        live_server.state.services.bus._resync_everyone()
        expected = {
            to_global_id("Camera", row.id): str(row.status)
            for row in await Camera.filter(project_id=world.project_a1.id).exclude(
                status=CameraStatus.DECOMMISSIONED
            )
        }
        received = {}
        for _ in expected:
            change = await _next_change(supervisor)
            received[change["cameraId"]] = change["status"]
            assert change["projectId"] == to_global_id("Project", world.project_a1.id)
            assert change["previous"] is None
        assert received == expected
        with pytest.raises(TimeoutError):
            await _next_change(supervisor, timeout=0.5)
    finally:
        await supervisor.close()
