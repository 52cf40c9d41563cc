"""The event bus on both engines, in-process and through the real Redis (per-test stream prefix):
events reach subscribers only after commit through the outbox, relays of several instances
neither duplicate nor reorder, an instance that lost its connection catches up from its cursor,
and a Redis outage neither rolls a change back nor stays silent."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from redis.asyncio import Redis

from backend.alerts.models import Alert
from backend.alerts.services import raise_alert
from backend.events.bus import (
    OVERFLOW,
    SUBSCRIBER_QUEUE_SIZE,
    EventBus,
    InProcessBus,
    RedisBus,
    Resync,
    enqueue,
    event_transaction,
)
from backend.events.models import EventOutbox
from tests.conftest import REDIS_URL, relays_held

pytestmark = pytest.mark.usefixtures("other_relays_held")


@pytest.fixture
async def other_relays_held(database_url: str) -> AsyncIterator[None]:
    """The relays of buses this module did not make would take this test's rows onto their own
    transport (``relays_held``)."""
    async with relays_held():
        yield


@pytest.fixture(params=["in-process", "redis"])
async def bus_pair(
    request: pytest.FixtureRequest, database_url: str
) -> AsyncIterator[tuple[EventBus, EventBus]]:
    """Two buses that should see each other's events: one shared in-process bus, or two Redis
    buses on separate connections (as two backend instances on one database would be)."""
    await EventOutbox.all().delete()  # rows a previous test's bus closed before relaying
    if request.param == "in-process":
        bus = InProcessBus()
        yield bus, bus
        await bus.close()
        return
    prefix = f"sitewatch-test:{uuid.uuid4().hex[:8]}:"
    first, second = Redis.from_url(REDIS_URL), Redis.from_url(REDIS_URL)
    a, b = RedisBus(first, prefix=prefix), RedisBus(second, prefix=prefix)
    yield a, b
    await a.close()
    await b.close()
    await first.delete(await a.stream_key())
    await first.aclose()
    await second.aclose()


async def _next(stream: AsyncIterator[object], timeout: float = 5) -> object:
    return await asyncio.wait_for(anext(stream), timeout=timeout)


async def test_published_event_reaches_every_subscriber(bus_pair: tuple[EventBus, EventBus]) -> None:
    publisher, subscriber_side = bus_pair
    async with subscriber_side.subscribe("alerts") as first, subscriber_side.subscribe("alerts") as second:
        await publisher.publish("alerts", {"id": 1, "title": "塔吊倾斜"})
        assert await _next(first) == {"id": 1, "title": "塔吊倾斜"}
        assert await _next(second) == {"id": 1, "title": "塔吊倾斜"}


async def test_topics_are_isolated(bus_pair: tuple[EventBus, EventBus]) -> None:
    publisher, subscriber_side = bus_pair
    async with subscriber_side.subscribe("camera-control") as stream:
        await publisher.publish("alerts", {"id": 2})
        await publisher.publish("camera-control", {"id": 3})
        assert await _next(stream) == {"id": 3}


async def test_nothing_is_published_before_commit(bus_pair: tuple[EventBus, EventBus]) -> None:
    publisher, subscriber_side = bus_pair
    async with subscriber_side.subscribe("alerts") as stream:
        with pytest.raises(RuntimeError):
            async with event_transaction() as connection:
                await enqueue(connection, "alerts", {"id": "rolled back"})
                publisher.kick()
                await asyncio.sleep(0.3)  # the relay runs meanwhile and must not see the row
                raise RuntimeError("the change fails")
        async with event_transaction() as connection:
            await enqueue(connection, "alerts", {"id": "committed"})
        publisher.kick()
        assert await _next(stream) == {"id": "committed"}


async def test_racing_relays_append_each_event_once_in_order(database_url: str) -> None:
    """Two instances' relays push the same outbox rows, interleaved: the shared stream holds each event once,
    at its outbox position, in order (what every reader then replays; delivery is the other tests' part).

    Every batch a relay reads starts at the lowest row still in the outbox, and a row leaves the outbox only
    after it was appended; ids are given in commit order (``event_transaction``). So a batch never skips
    ahead of rows not yet in the stream, and that is the only interleaving modelled here: both relays read
    from the same first row, one of them comes back for the rest after deleting its batch."""
    prefix = f"sitewatch-test:{uuid.uuid4().hex[:8]}:"
    redis, other = Redis.from_url(REDIS_URL), Redis.from_url(REDIS_URL)
    a, b = RedisBus(redis, prefix), RedisBus(other, prefix)
    try:
        # Outbox rows as the relays read them (positions are outbox ids). Made here rather than read back from
        # the shared outbox, where another instance's relay may take them first.
        rows = [(1000 + n, "race", json.dumps({"n": n})) for n in range(30)]
        await asyncio.gather(a._append(rows[:20]), b._append(rows), b._append(rows[:10]))
        await a._append(rows[20:])  # A's next batch, read after it deleted its first one
        entries = await redis.xrange(await a.stream_key())
        assert [entry_id.decode() for entry_id, _ in entries] == [f"{1000 + n}-0" for n in range(30)]
        assert [json.loads(fields[b"data"]) for _, fields in entries] == [{"n": n} for n in range(30)]
        assert {fields[b"topic"] for _, fields in entries} == {b"race"}
    finally:
        await redis.delete(await a.stream_key())
        for bus in (a, b):
            await bus.close()
        await redis.aclose()
        await other.aclose()


async def test_an_instance_that_lost_its_connection_catches_up_from_its_cursor(
    bus_pair: tuple[EventBus, EventBus],
) -> None:
    publisher, subscriber_side = bus_pair
    if not isinstance(subscriber_side, RedisBus):
        pytest.skip("one process has no connection to lose")
    async with subscriber_side.subscribe("alerts") as stream:
        await publisher.publish("alerts", {"id": 1})
        assert await _next(stream) == {"id": 1}
        await subscriber_side.stop_reading()  # the instance's stream connection is gone meanwhile
        for n in (2, 3, 4):
            await publisher.publish("alerts", {"id": n})
        await asyncio.sleep(0.3)
        await subscriber_side._before_listening()  # reconnects from the last entry it read
        assert [await _next(stream) for _ in range(3)] == [{"id": 2}, {"id": 3}, {"id": 4}]


async def test_a_slow_subscriber_gets_an_overflow_marker_not_unbounded_memory(database_url: str) -> None:
    await EventOutbox.all().delete()
    bus = InProcessBus()
    async with bus.subscribe("alerts") as stream:
        async with event_transaction() as connection:
            for n in range(SUBSCRIBER_QUEUE_SIZE + 50):
                await enqueue(connection, "alerts", {"id": n})
        while await bus.relay_once():
            pass
        received = [await _next(stream) for _ in range(SUBSCRIBER_QUEUE_SIZE)]
    assert OVERFLOW in received
    assert len(received) == SUBSCRIBER_QUEUE_SIZE
    await bus.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class OwnRedis:
    """A private redis-server this test may stop and start (never the shared one)."""

    def __init__(self, directory: Path) -> None:
        self.port = _free_port()
        self.directory = directory
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.directory),
            ],
            stdout=subprocess.DEVNULL,
        )
        for _ in range(100):
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            subprocess.run(["sleep", "0.05"], check=True)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(5)
            self.process = None


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[OwnRedis]:
    server = OwnRedis(tmp_path)
    server.start()
    yield server
    server.stop()


async def test_redis_outage_keeps_the_alert_signals_resync_and_delivers_after_recovery(
    database_url: str, own_redis: OwnRedis, world: object
) -> None:
    redis = Redis.from_url(own_redis.url, socket_timeout=2, socket_connect_timeout=1)
    bus = RedisBus(redis)
    try:
        async with bus.subscribe("alerts") as stream:
            own_redis.stop()
            assert isinstance(await _next(stream), Resync)  # not silence
            alert = await raise_alert(bus, kind="TEST", title="during the outage")
            assert await Alert.filter(id=alert.id).exists()  # committed although Redis is down
            await asyncio.sleep(2.5)  # longer than a relay's sweep: another instance would have taken it
            assert await EventOutbox.filter(topic="alerts").exists()  # waiting, not lost
            own_redis.start()
            events = [await _next(stream, timeout=10) for _ in range(2)]
            delivered = [e for e in events if not isinstance(e, Resync)]
            assert [m["title"] for m in delivered] == ["during the outage"]  # type: ignore[index]
            assert any(isinstance(e, Resync) for e in events)  # told to re-read after recovery
    finally:
        await bus.close()
        await redis.aclose()
