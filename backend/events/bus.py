"""Event bus: events committed through an outbox, relayed after commit, read back in order.

A change and the event that reports it are written in one database transaction
(``event_transaction`` + ``enqueue``); nothing is published while that transaction is open.
After commit the process's relay moves outbox rows, in id order, onto the bus and deletes them;
an outbox row's id is the event's position (Redis Streams entry id ``<id>-0``), so relays of
several instances may race without duplicating or reordering anything: Redis refuses an entry
id that is not larger than the last one.

Outbox ids are handed out in commit order: ``event_transaction`` takes a transaction-scoped
PostgreSQL advisory lock (an in-process lock on SQLite) before the first insert and holds it
only until commit — never across a Redis call. A subscriber that saw position N can therefore
never be handed a smaller position later.

- ``InProcessBus``: one instance; the relay delivers straight to local subscribers.
- ``RedisBus``: one Redis stream; each instance reads it from its last entry id, so an instance
  whose connection dropped catches up from where it was. While Redis is unreachable, every
  local subscriber gets a ``RESYNC`` marker (and again when it is back): re-read state from the
  database instead of trusting the stream. A Redis outage never rolls back a change — the
  events wait in the outbox.

A subscriber gets a bounded queue; one that falls behind gets an ``OVERFLOW`` marker (also a
``Resync``) instead of unbounded memory growth.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import json
import logging
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any

from redis.asyncio import Redis
from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.events.models import EventOutbox, EventStreamEpoch

log = logging.getLogger(__name__)

SUBSCRIBER_QUEUE_SIZE = 1000
RELAY_BATCH = 500
RELAY_SWEEP_SECONDS = 1.0  # picks up rows another (crashed) instance left behind
STREAM_MAXLEN = 100_000
STREAM_IDLE_EXPIRY_SECONDS = 7 * 24 * 3600
EVENT_ORDER_LOCK_KEY = 0x5357_414C  # "SWAL": any constant shared by all instances

Message = dict[str, Any]


class Resync:
    """Put in a subscriber's stream when it may have missed events: re-read the state."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def __repr__(self) -> str:
        return f"Resync({self.reason!r})"


class Overflow(Resync):
    """This subscriber fell behind and messages were dropped for it."""


OVERFLOW = Overflow("overflow")
RESYNC = Resync("bus unavailable")
Event = Message | Resync
Listener = Callable[[Event], None]

_sqlite_order = asyncio.Lock()


@contextlib.asynccontextmanager
async def event_transaction() -> AsyncIterator[BaseDBAsyncClient]:
    """A transaction whose outbox rows (and rows inserted after entering) get ids in commit order."""
    postgres = connections.get("default").capabilities.dialect == "postgres"
    async with contextlib.nullcontext() if postgres else _sqlite_order, in_transaction() as connection:
        if postgres:
            await connection.execute_query("SELECT pg_advisory_xact_lock($1)", [EVENT_ORDER_LOCK_KEY])
        yield connection


def _outside_sqlite_transactions() -> contextlib.AbstractAsyncContextManager[Any]:
    # SQLite shares one connection: a read while an event transaction is open would see its
    # uncommitted rows. Every event transaction holds _sqlite_order, so waiting for it suffices.
    postgres = connections.get("default").capabilities.dialect == "postgres"
    return contextlib.nullcontext() if postgres else _sqlite_order


async def enqueue(connection: BaseDBAsyncClient, topic: str, message: Message) -> None:
    """Record an event inside the caller's ``event_transaction``; call ``bus.kick()`` after commit."""
    await EventOutbox.create(topic=topic, payload=json.dumps(message), using_db=connection)


def _being_cancelled() -> bool:
    task = asyncio.current_task()
    return task is not None and task.cancelling() > 0


class _Subscriber:
    def __init__(self) -> None:
        self.queue: asyncio.Queue[Event] = asyncio.Queue(SUBSCRIBER_QUEUE_SIZE)
        self.overflowed = False

    def offer(self, event: Event) -> None:
        try:
            self.queue.put_nowait(event)
            self.overflowed = False
        except asyncio.QueueFull:
            if not self.overflowed:
                self.overflowed = True
                self.queue.get_nowait()
                self.queue.put_nowait(OVERFLOW)

    async def stream(self) -> AsyncIterator[Event]:
        while True:
            yield await self.queue.get()


class EventBus:
    """Local subscribers and the outbox relay; subclasses move relayed rows onto their transport."""

    def __init__(self) -> None:
        self._local: dict[str, set[Listener]] = defaultdict(set)
        self._kick = asyncio.Event()
        self._relay: asyncio.Task[None] | None = None
        self.healthy = True

    # -- producing -------------------------------------------------------------------------------
    async def publish(self, topic: str, message: Message) -> None:
        """An event that is not part of a larger change: its own short transaction, then relay."""
        async with event_transaction() as connection:
            await enqueue(connection, topic, message)
        self.kick()

    def kick(self) -> None:
        """Something was committed to the outbox: relay it now rather than at the next sweep."""
        self.start()
        self._kick.set()

    def start(self) -> None:
        if self._relay is None or self._relay.done():
            # A fresh context: kick() may run inside a transaction, whose connection the ORM keeps
            # in a context variable that a task would otherwise inherit.
            self._relay = asyncio.create_task(
                self._relay_loop(), name="event-outbox-relay", context=contextvars.Context()
            )

    async def _relay_loop(self) -> None:
        failures = 0
        while True:
            self._kick.clear()
            try:
                moved = await self.relay_once()
                failures = 0
            except asyncio.CancelledError:
                raise
            except Exception:
                if _being_cancelled():
                    raise asyncio.CancelledError from None
                failures += 1
                if failures == 1:
                    log.warning("event relay failed; events stay in the outbox", exc_info=True)
                await asyncio.sleep(min(2.0, 0.1 * failures))
                continue
            if moved == RELAY_BATCH:
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._kick.wait(), RELAY_SWEEP_SECONDS)

    async def relay_once(self) -> int:
        async with _outside_sqlite_transactions():
            rows = (
                await EventOutbox.all()
                .order_by("id")
                .limit(RELAY_BATCH)
                .values_list("id", "topic", "payload")
            )
        if not rows:
            return 0
        await self._append(rows)
        async with _outside_sqlite_transactions():
            await EventOutbox.filter(id__in=[row[0] for row in rows]).delete()
        return len(rows)

    async def _append(self, rows: list[tuple[int, str, str]]) -> None:
        raise NotImplementedError

    # -- consuming -------------------------------------------------------------------------------
    @contextlib.asynccontextmanager
    async def listen(self, topic: str, listener: Listener) -> AsyncIterator[None]:
        """Call ``listener`` (synchronously, in order) for every event on ``topic`` from now on."""
        await self._before_listening()
        self._local[topic].add(listener)
        try:
            if not self.healthy:
                listener(RESYNC)
            yield
        finally:
            self._local[topic].discard(listener)
            if not self._local[topic]:
                del self._local[topic]

    @contextlib.asynccontextmanager
    async def subscribe(self, topic: str) -> AsyncIterator[AsyncIterator[Event]]:
        subscriber = _Subscriber()
        async with self.listen(topic, subscriber.offer):
            yield subscriber.stream()

    def listener_count(self, topic: str) -> int:
        return len(self._local.get(topic, ()))

    async def _before_listening(self) -> None:
        pass

    def _dispatch(self, topic: str, event: Event) -> None:
        for listener in list(self._local.get(topic, ())):
            try:
                listener(event)
            except Exception:
                log.exception("event listener failed on %s", topic)

    def _resync_everyone(self) -> None:
        for topic in list(self._local):
            self._dispatch(topic, RESYNC)

    async def close(self) -> None:
        if self._relay is not None:
            self._relay.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._relay
            self._relay = None
        self._local.clear()


class InProcessBus(EventBus):
    async def _append(self, rows: list[tuple[int, str, str]]) -> None:
        for _, topic, payload in rows:
            if topic in self._local:
                self._dispatch(topic, json.loads(payload))


class RedisBus(EventBus):
    """One Redis stream for every topic; one reader task per instance dispatches to local listeners."""

    def __init__(self, redis: Redis, prefix: str = "sitewatch:events:") -> None:
        super().__init__()
        self._redis = redis
        self._prefix = prefix
        self._stream: str | None = None
        self._reader: asyncio.Task[None] | None = None
        self._positioned = asyncio.Event()
        self._last_id: str | bytes | None = None
        self._stopping = False

    async def stream_key(self) -> str:
        if self._stream is None:
            row = await EventStreamEpoch.get_or_none(id=1)
            if row is None:
                with contextlib.suppress(IntegrityError):
                    await EventStreamEpoch.create(id=1, epoch=uuid.uuid4().hex)
                row = await EventStreamEpoch.get(id=1)
            self._stream = f"{self._prefix}{row.epoch}"
        return self._stream

    async def _append(self, rows: list[tuple[int, str, str]]) -> None:
        stream = await self.stream_key()
        pipe = self._redis.pipeline(transaction=False)
        for position, topic, payload in rows:
            pipe.xadd(
                stream,
                {"topic": topic, "data": payload},
                id=f"{position}-0",
                maxlen=STREAM_MAXLEN,
                approximate=True,
            )
        pipe.expire(stream, STREAM_IDLE_EXPIRY_SECONDS)
        for result in await pipe.execute(raise_on_error=False):
            # Another instance's relay already appended this position: nothing to do.
            if isinstance(result, Exception) and "equal or smaller" not in str(result):
                raise result

    async def _before_listening(self) -> None:
        # Fix the reader's starting position before the caller reads any state, so every event
        # committed after this returns is delivered.
        if self._reader is None or self._reader.done():
            self._positioned.clear()
            self._reader = asyncio.create_task(
                self._read_loop(), name="redis-event-stream-reader", context=contextvars.Context()
            )
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._positioned.wait(), 10.0)

    async def _read_loop(self) -> None:
        outage = False
        while not self._stopping:
            try:
                stream = await self.stream_key()
                if self._last_id is None:
                    newest = await self._redis.xrevrange(stream, count=1)
                    self._last_id = newest[0][0] if newest else "0-0"
                    self._positioned.set()
                position: str | bytes = self._last_id or "0-0"
                response = await self._redis.xread({stream: position}, count=1000, block=1000)
                if outage:
                    log.warning("redis event stream reachable again; catching up from %s", self._last_id)
                self._deliver(response or [])
                if outage:
                    outage = False
                    self.healthy = True
                    self._resync_everyone()  # in case the stream was trimmed or lost meanwhile
            except asyncio.CancelledError:
                raise
            except Exception:
                if self._stopping:  # redis-py may turn a cancelled read into a timeout error
                    return
                if not outage:
                    outage = True
                    self.healthy = False
                    log.warning("redis event stream unavailable; subscribers resynchronise", exc_info=True)
                    self._resync_everyone()
                self._positioned.set()
                await asyncio.sleep(0.5)

    def _deliver(self, response: Iterable[Any]) -> None:
        for _stream, entries in response:
            for entry_id, fields in entries:
                self._last_id = entry_id
                topic = fields.get(b"topic", fields.get("topic"))
                data = fields.get(b"data", fields.get("data"))
                topic = topic.decode() if isinstance(topic, bytes) else topic
                if topic in self._local:
                    self._dispatch(topic, json.loads(data))

    async def stop_reading(self) -> None:
        if self._reader is not None:
            self._stopping = True
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
            self._reader = None
            self._stopping = False

    async def close(self) -> None:
        await self.stop_reading()
        await super().close()
