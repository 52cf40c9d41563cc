"""Event bus: in-process for one instance, Redis pub/sub across instances.

Messages are JSON-able dicts. A subscriber gets a bounded queue; a subscriber that
falls behind gets an ``Overflow`` marker instead of unbounded memory growth and is
expected to resynchronise from the database (alerts carry a cursor for that).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import defaultdict
from collections.abc import AsyncIterator
from typing import Any, Protocol

from redis.asyncio import Redis

log = logging.getLogger(__name__)

SUBSCRIBER_QUEUE_SIZE = 1000


class Overflow:
    """Put in a subscriber's stream when messages were dropped for it."""


OVERFLOW = Overflow()
Message = dict[str, Any]


class EventBus(Protocol):
    async def publish(self, topic: str, message: Message) -> None: ...

    def subscribe(
        self, topic: str
    ) -> contextlib.AbstractAsyncContextManager[AsyncIterator[Message | Overflow]]: ...

    async def close(self) -> None: ...


class _Subscriber:
    def __init__(self) -> None:
        self.queue: asyncio.Queue[Message | Overflow] = asyncio.Queue(SUBSCRIBER_QUEUE_SIZE)
        self.overflowed = False

    def offer(self, message: Message) -> None:
        try:
            self.queue.put_nowait(message)
            self.overflowed = False
        except asyncio.QueueFull:
            if not self.overflowed:
                self.overflowed = True
                self.queue.get_nowait()
                self.queue.put_nowait(OVERFLOW)

    async def stream(self) -> AsyncIterator[Message | Overflow]:
        while True:
            yield await self.queue.get()


def _topic_stats(subscribers: dict[str, set[_Subscriber]]) -> dict[str, tuple[int, int, int]]:
    """topic → (subscribers, queued messages, deepest queue), for the metrics endpoint."""
    result = {}
    for topic, members in list(subscribers.items()):
        sizes = [member.queue.qsize() for member in list(members)]
        result[topic] = (len(sizes), sum(sizes), max(sizes, default=0))
    return result


class InProcessBus:
    def __init__(self) -> None:
        self._subscribers: dict[str, set[_Subscriber]] = defaultdict(set)

    async def publish(self, topic: str, message: Message) -> None:
        # Round-trip through JSON so both backends hand subscribers the same shapes.
        copied = json.loads(json.dumps(message))
        for subscriber in list(self._subscribers.get(topic, ())):
            subscriber.offer(copied)

    @contextlib.asynccontextmanager
    async def subscribe(self, topic: str) -> AsyncIterator[AsyncIterator[Message | Overflow]]:
        subscriber = _Subscriber()
        self._subscribers[topic].add(subscriber)
        try:
            yield subscriber.stream()
        finally:
            self._subscribers[topic].discard(subscriber)
            if not self._subscribers[topic]:
                del self._subscribers[topic]

    def stats(self) -> dict[str, tuple[int, int, int]]:
        return _topic_stats(self._subscribers)

    async def close(self) -> None:
        self._subscribers.clear()


class RedisBus:
    """One Redis connection pumps every subscribed channel into local subscribers."""

    def __init__(self, redis: Redis, prefix: str = "sitewatch:events:") -> None:
        self._redis = redis
        self._prefix = prefix
        self._local: dict[str, set[_Subscriber]] = defaultdict(set)
        self._pubsub = redis.pubsub(ignore_subscribe_messages=True)
        self._pump: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()

    async def publish(self, topic: str, message: Message) -> None:
        await self._redis.publish(self._prefix + topic, json.dumps(message))

    @contextlib.asynccontextmanager
    async def subscribe(self, topic: str) -> AsyncIterator[AsyncIterator[Message | Overflow]]:
        subscriber = _Subscriber()
        async with self._lock:
            if not self._local[topic]:
                await self._pubsub.subscribe(self._prefix + topic)
            self._local[topic].add(subscriber)
            if self._pump is None:
                self._pump = asyncio.create_task(self._run_pump(), name="redis-bus-pump")
        try:
            yield subscriber.stream()
        finally:
            async with self._lock:
                self._local[topic].discard(subscriber)
                if not self._local[topic]:
                    del self._local[topic]
                    with contextlib.suppress(Exception):
                        await self._pubsub.unsubscribe(self._prefix + topic)

    async def _run_pump(self) -> None:
        while True:
            try:
                if not self._pubsub.subscribed:
                    await asyncio.sleep(0.05)
                    continue
                raw = await self._pubsub.get_message(timeout=1.0)
                if raw is None or raw.get("type") != "message":
                    continue
                channel = raw["channel"].decode() if isinstance(raw["channel"], bytes) else raw["channel"]
                topic = channel.removeprefix(self._prefix)
                message = json.loads(raw["data"])
                for subscriber in list(self._local.get(topic, ())):
                    subscriber.offer(message)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("redis event pump failed; retrying")
                await asyncio.sleep(1.0)

    def stats(self) -> dict[str, tuple[int, int, int]]:
        return _topic_stats(self._local)

    async def close(self) -> None:
        if self._pump is not None:
            self._pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._pump
        await self._pubsub.aclose()
