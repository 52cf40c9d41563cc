"""The event bus behaves the same in-process and through the real Redis."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from backend.events.bus import OVERFLOW, SUBSCRIBER_QUEUE_SIZE, EventBus, InProcessBus, RedisBus
from tests.conftest import REDIS_URL


@pytest.fixture(params=["in-process", "redis"])
async def bus_pair(request: pytest.FixtureRequest) -> AsyncIterator[tuple[EventBus, EventBus]]:
    """Two buses that should see each other's messages: one shared in-process bus,
    or two Redis buses on separate connections (as two backend instances would be)."""
    if request.param == "in-process":
        bus = InProcessBus()
        yield bus, bus
        await bus.close()
        return
    first, second = Redis.from_url(REDIS_URL), Redis.from_url(REDIS_URL)
    a, b = RedisBus(first, prefix="sitewatch-test:"), RedisBus(second, prefix="sitewatch-test:")
    yield a, b
    await a.close()
    await b.close()
    await first.aclose()
    await second.aclose()


async def _next(stream: AsyncIterator[object]) -> object:
    return await asyncio.wait_for(anext(stream), timeout=5)


async def test_published_message_reaches_every_subscriber(bus_pair: tuple[EventBus, EventBus]) -> None:
    publisher, subscriber_side = bus_pair
    async with subscriber_side.subscribe("alerts") as first, subscriber_side.subscribe("alerts") as second:
        await asyncio.sleep(0.1)  # Redis SUBSCRIBE is acknowledged asynchronously
        await publisher.publish("alerts", {"id": 1, "title": "塔吊倾斜"})
        assert await _next(first) == {"id": 1, "title": "塔吊倾斜"}
        assert await _next(second) == {"id": 1, "title": "塔吊倾斜"}


async def test_topics_are_isolated(bus_pair: tuple[EventBus, EventBus]) -> None:
    publisher, subscriber_side = bus_pair
    async with subscriber_side.subscribe("camera-control") as stream:
        await asyncio.sleep(0.1)
        await publisher.publish("alerts", {"id": 2})
        await publisher.publish("camera-control", {"id": 3})
        assert await _next(stream) == {"id": 3}


async def test_a_slow_subscriber_gets_an_overflow_marker_not_unbounded_memory() -> None:
    bus = InProcessBus()
    async with bus.subscribe("alerts") as stream:
        for n in range(SUBSCRIBER_QUEUE_SIZE + 50):
            await bus.publish("alerts", {"id": n})
        received = [await _next(stream) for _ in range(SUBSCRIBER_QUEUE_SIZE)]
    assert OVERFLOW in received
    assert len(received) == SUBSCRIBER_QUEUE_SIZE


async def test_unsubscribing_stops_delivery() -> None:
    bus = InProcessBus()
    async with bus.subscribe("alerts"):
        pass
    await bus.publish("alerts", {"id": 1})  # nobody listens: nothing queued, nothing raised
    async with bus.subscribe("alerts") as stream:
        await bus.publish("alerts", {"id": 2})
        assert await _next(stream) == {"id": 2}
