"""Live alert frames written pre-framed to the connection's transport (backend/graphql_core/
websocket_frames.py): what a client reads is the same as through the ASGI send, with or without
permessage-deflate, and a connection that pushes back gets its frames through the send, in order."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
import websockets
from websockets.frames import Frame, Opcode

from backend.alerts.fanout import FANOUT_EVENTS
from backend.alerts.services import messages_after, raise_alert
from backend.graphql_core.websocket_frames import DirectTextFrames, text_frame_header
from tests.api.test_alerts_subscription import next_alert, no_alert, subscribed
from tests.world import World

DIRECT = FANOUT_EVENTS.labels(event="direct")
FRAMES = FANOUT_EVENTS.labels(event="frames")


@pytest.mark.parametrize("length", [0, 1, 125, 126, 127, 1000, 65535, 65536, 70_000])
def test_the_header_is_the_one_the_websockets_library_writes(length: int) -> None:
    payload = b"x" * length
    expected = Frame(Opcode.TEXT, payload).serialize(mask=False)
    assert text_frame_header(length) + payload == expected


async def _live_subscriber(services: Any, operation_id: str, known: set[int]) -> Any:
    """The fan-out's subscriber of a new subscription once it is attached and live (a loaded machine
    may take longer than the client's first sleep)."""
    for _ in range(300):
        fanout = services.alert_fanout
        for subscriber in fanout.subscribers() if fanout else ():
            if (
                id(subscriber) not in known
                and subscriber.operation.id == operation_id
                and not subscriber.paused
            ):
                return subscriber
        await asyncio.sleep(0.05)
    raise AssertionError(f"subscription {operation_id} never went live")


def _known(services: Any) -> set[int]:
    return (
        {id(subscriber) for subscriber in services.alert_fanout.subscribers()}
        if services.alert_fanout
        else set()
    )


async def _drain_world_alerts(ws: Any) -> None:
    """The world's own alerts (duty checks at start) may arrive first."""
    while True:
        try:
            await next_alert(ws, 1.0)
        except TimeoutError:
            return


@pytest.mark.parametrize("compression", ["deflate", None])
async def test_live_alerts_go_straight_to_the_transport_and_read_the_same(
    live_server, world: World, tokens: dict[str, str], compression: str | None
) -> None:  # type: ignore[no-untyped-def]
    bus = live_server.state.services.bus
    async with websockets.connect(
        live_server.state.ws_url,
        subprotocols=[websockets.Subprotocol("graphql-transport-ws")],
        compression=compression,
    ) as ws:
        await ws.send(
            json.dumps(
                {"type": "connection_init", "payload": {"Authorization": f"Bearer {tokens['SUPERVISOR']}"}}
            )
        )
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        query = "subscription { alerts { title project { name } } }"
        known = _known(live_server.state.services)
        await ws.send(json.dumps({"id": "op-7", "type": "subscribe", "payload": {"query": query}}))
        await _live_subscriber(live_server.state.services, "op-7", known)
        direct, frames = DIRECT._value.get(), FRAMES._value.get()
        long_title = "长" * 150  # a frame past the 125-byte short form, in UTF-8
        await raise_alert(bus, kind="TEST", title=long_title, project=world.project_a1)
        await raise_alert(bus, kind="TEST", title="second", project=world.project_a1)
        received = []
        while len(received) < 2:
            message = json.loads(await asyncio.wait_for(ws.recv(), 15))
            if message["type"] == "next" and message["payload"]["data"]["alerts"]["title"] in (
                long_title,
                "second",
            ):
                received.append(message)  # (the world's own duty-check alerts may come between)
        assert received == [
            {
                "id": "op-7",
                "type": "next",
                "payload": {"data": {"alerts": {"title": title, "project": {"name": world.project_a1.name}}}},
            }
            for title in (long_title, "second")
        ]
        written = FRAMES._value.get() - frames
        assert written >= 2
        assert DIRECT._value.get() - direct == written  # every live frame of this test went direct


async def test_a_connection_that_pushes_back_gets_its_frames_through_send_in_order(
    live_server, world: World, tokens: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    bus = live_server.state.services.bus
    services = live_server.state.services
    known = _known(services)
    async with subscribed(live_server.state.ws_url, tokens["CONTRACTOR"]) as ws:
        mine = await _live_subscriber(services, "1", known)
        await _drain_world_alerts(ws)
        protocol = mine._send.__self__
        assert isinstance(mine._direct, DirectTextFrames)
        # what the transport calls above its high-water mark: the connection must not be written directly
        protocol.pause_writing()
        direct = DIRECT._value.get()
        for n in range(3):
            await raise_alert(bus, kind="TEST", title=f"held {n}", project=world.project_a1)
        await no_alert(ws)
        assert mine.writing and len(mine.pending) == 2  # one send waiting, two frames behind it
        protocol.resume_writing()
        assert [(await next_alert(ws))["title"] for _ in range(3)] == ["held 0", "held 1", "held 2"]
        assert DIRECT._value.get() - direct == 2  # the two queued ones: the socket was writable again
        await raise_alert(bus, kind="TEST", title="after", project=world.project_a1)
        assert (await next_alert(ws))["title"] == "after"
        assert DIRECT._value.get() - direct == 3


async def test_alerts_that_queued_up_go_out_in_one_write_per_socket(
    live_server, world: World, tokens: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    """A fan-out that fell behind sends the alerts that queued meanwhile together: one write (one
    system call) per socket for all of them, in order — here three alerts handed over at once."""
    bus = live_server.state.services.bus
    services = live_server.state.services
    known = _known(services)
    async with subscribed(live_server.state.ws_url, tokens["SUPERVISOR"]) as ws:
        mine = await _live_subscriber(services, "1", known)
        await _drain_world_alerts(ws)
        start = mine.last_id
        raised = [
            await raise_alert(bus, kind="TEST", title=f"queued {n}", project=world.project_a1)
            for n in range(3)
        ]
        assert [(await next_alert(ws))["title"] for _ in range(3)] == ["queued 0", "queued 1", "queued 2"]
        # hand the same three over again as one queue, as if the fan-out had been busy meanwhile
        messages = [m for m in await messages_after(start) if int(m["id"]) in {a.id for a in raised}]
        fanout = services.alert_fanout
        mine.last_id = mine.written_id = fanout.last_seen = start
        transport = mine._direct._transport
        writes: list[bytes] = []
        original_write = transport.write

        def observed_write(data: bytes) -> None:
            writes.append(data)
            original_write(data)

        transport.write = observed_write
        try:
            await fanout._fan_out(messages)
        finally:
            transport.write = original_write
        assert len(writes) == 1
        assert writes[0].count(b'"type":"next"') == 3
        assert [(await next_alert(ws))["title"] for _ in range(3)] == ["queued 0", "queued 1", "queued 2"]
