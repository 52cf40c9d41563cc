"""`subscription cameraControl` over graphql-transport-ws: the current state first, then acquired /
preempted / released / expired events, and a camera outside the caller's scope reads as missing."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import websockets

from backend.control.models import CameraControlLeaseRow
from backend.control.services import ControlService, control_topic
from tests.control.conftest import Clock
from tests.control.test_graphql import ACQUIRE, RELEASE, acquire
from tests.world import World

SUBSCRIPTION = """
subscription($id: ID!) { cameraControl(cameraId: $id) {
  kind cameraId at lease { holder { username role } reserved expiresAt } previous { holder { username role } } } }
"""


@asynccontextmanager
async def subscribed(ws_url: str, token: str, camera_gid: str) -> AsyncIterator[Any]:
    async with websockets.connect(
        ws_url, subprotocols=[websockets.Subprotocol("graphql-transport-ws")]
    ) as ws:
        await ws.send(
            json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}})
        )
        assert json.loads(await asyncio.wait_for(ws.recv(), 5))["type"] == "connection_ack"
        await ws.send(
            json.dumps(
                {
                    "id": "1",
                    "type": "subscribe",
                    "payload": {"query": SUBSCRIPTION, "variables": {"id": camera_gid}},
                }
            )
        )
        yield ws


async def next_message(ws: Any, timeout: float = 5) -> dict[str, Any]:
    while True:
        message = json.loads(await asyncio.wait_for(ws.recv(), timeout))
        if message["type"] in ("ping", "pong"):
            continue
        return message


async def next_event(ws: Any, timeout: float = 5) -> dict[str, Any]:
    message = await next_message(ws, timeout)
    assert message["type"] == "next" and not message["payload"].get("errors"), message
    return message["payload"]["data"]["cameraControl"]


async def test_supervisor_sees_acquire_preempt_release_live(
    live_server: Any, world: World, tokens: dict[str, str]
) -> None:
    await CameraControlLeaseRow.all().delete()
    camera = world.gid("Camera", world.cameras["A1"][0].id)
    async with httpx.AsyncClient(base_url=live_server.state.base_url) as http:

        async def as_role(role: str) -> Any:
            class Caller:
                async def data(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
                    response = await http.post(
                        "/graphql",
                        json={"query": query, "variables": variables},
                        headers={"authorization": f"Bearer {tokens[role]}"},
                    )
                    body = response.json()
                    assert not body.get("errors"), body
                    return body["data"]  # type: ignore[no-any-return]

            return Caller()

        def caller(role: str) -> Any:
            return _SyncFactory(as_role, role)

        async with subscribed(live_server.state.ws_url, tokens["SUPERVISOR"], camera) as ws:
            state = await next_event(ws)
            assert state["kind"] == "STATE" and state["lease"] is None
            assert (await acquire(caller, "SUPERVISOR", camera))["__typename"] == "CameraControlLease"
            acquired = await next_event(ws)
            assert acquired["kind"] == "ACQUIRED"
            assert acquired["lease"]["holder"]["role"] == "SUPERVISOR"
            started = time.perf_counter()
            await acquire(caller, "CITY_CENTER", camera)
            preempted = await next_event(ws, timeout=1.0)  # the lock shows within 1 s
            assert time.perf_counter() - started < 1.0
            assert preempted["kind"] == "PREEMPTED"
            assert preempted["lease"]["holder"]["role"] == "CITY_CENTER"
            assert preempted["previous"]["holder"]["username"] == "w-supervisor"
            await (await as_role("CITY_CENTER")).data(RELEASE, {"id": camera})
            released = await next_event(ws)
            assert released["kind"] == "RELEASED" and released["lease"] is None
            assert released["previous"]["holder"]["role"] == "CITY_CENTER"


class _SyncFactory:
    """Adapts an async role factory to the ``as_role(role).data(...)`` shape the helpers use."""

    def __init__(self, factory: Any, role: str) -> None:
        self.factory, self.role = factory, role

    def __call__(self, role: str) -> Any:
        return _SyncFactory(self.factory, role)

    async def data(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        return await (await self.factory(self.role)).data(query, variables)  # type: ignore[no-any-return]


async def test_out_of_scope_camera_reads_as_missing(
    live_server: Any, world: World, tokens: dict[str, str]
) -> None:
    outcomes = []
    for camera in (world.gid("Camera", world.cameras["B1"][0].id), world.gid("Camera", 999_999)):
        async with subscribed(live_server.state.ws_url, tokens["SUPERVISOR"], camera) as ws:
            message = await next_message(ws)
            assert message["payload"]["data"] is None, message
            outcomes.append(message["payload"]["errors"])
    assert outcomes[0] == outcomes[1]
    async with subscribed(
        live_server.state.ws_url, tokens["CITY_CENTER"], world.gid("Camera", world.cameras["B1"][0].id)
    ) as ws:
        assert (await next_event(ws))["kind"] == "STATE"


async def test_expiry_is_published_once(
    control: ControlService, clock: Clock, as_role: Any, ptz_camera: Any, gid: Any
) -> None:
    async with control.bus.subscribe(control_topic(ptz_camera.id)) as stream:
        await acquire(as_role, "SUPERVISOR", gid(ptz_camera))
        assert (await asyncio.wait_for(anext(stream), 2))["kind"] == "ACQUIRED"  # type: ignore[index]
        clock.advance(61)
        await control.sweep_once()
        expired = await asyncio.wait_for(anext(stream), 2)
        assert expired["kind"] == "EXPIRED"  # type: ignore[index]
        assert expired["previous"]["holder_role"] == "SUPERVISOR"  # type: ignore[index]
        await control.sweep_once()
        await acquire(as_role, "DISTRICT_CENTER", gid(ptz_camera))
        assert (await asyncio.wait_for(anext(stream), 2))["kind"] == "ACQUIRED"  # type: ignore[index]


_ = ACQUIRE
