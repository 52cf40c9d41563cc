"""Alert fan-out for many subscribers: each alert is executed and serialized once per audience.

Subscribers whose principals have the same scope (role, district, project, organization, grants)
and whose `alerts { … }` selections print the same see the same bytes, so they form one group.
For every alert the hub asks each group once whether the alert is visible (the same rule as
``visible_alerts_filter``), executes the group's selection once against the alert, encodes the
``next`` payload once, and per subscriber only prefixes its operation id and writes the frame —
straight to the connection's transport while it keeps up (``websocket_frames``), through the
server's ``send`` otherwise. Alerts that queued up while the previous ones went out go together:
one write per socket for all of them.

A subscription goes through two phases, driven by its resolver (``alerts(since:)``):
- *replay* (paused): the resolver reads missed alerts from the database and yields them through
  the ordinary GraphQL path while the hub buffers the encoded live frames for it;
- *live*: the buffered frames after the replayed cursor are written, then new ones directly.
A subscriber whose socket falls too far behind is paused again and replays from its cursor.

The hub itself is one listener on the bus. On a ``Resync`` (Redis unreachable or back) it reads
the alerts after the last one it handled from the database and fans them out as if they came
from the bus, and keeps polling while the bus is unhealthy, so subscribers keep getting alerts
during a Redis outage; duplicates are dropped by alert id (ids follow commit order).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import json
import logging
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Coroutine, Iterable, Iterator
from contextvars import ContextVar
from datetime import datetime
from typing import TYPE_CHECKING, Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLNamedType,
    GraphQLResolveInfo,
    InlineFragmentNode,
    VariableNode,
    execute,
    get_named_type,
    print_ast,
)
from graphql.language import Visitor, visit
from prometheus_client import Counter
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
    Operation,
)

from backend.alerts.render_rows import AlertRows
from backend.alerts.services import ALERTS_TOPIC, message_visible, messages_after, newest_alert_id
from backend.alerts.types import AlertType
from backend.authz.policy import Principal
from backend.authz.roles import Role
from backend.events.bus import Event, Resync
from backend.graphql_core.context import Context
from backend.graphql_core.errors import is_visible_error
from backend.graphql_core.websocket_frames import DirectTextFrames, text_frame_header
from backend.observability.middleware import TRANSPORT_SEND

if TYPE_CHECKING:
    from backend.services import Services

log = logging.getLogger(__name__)

# The graphql-transport-ws operation a subscription resolver runs for (set per subscribe message).
current_operation: ContextVar[_OperationRef | None] = ContextVar("current_operation", default=None)

FANOUT_EVENTS = Counter(
    "sitewatch_alert_fanout_total",
    "Alert fan-out work: renders (one execution per audience and alert), frames (written to a socket; "
    "direct: of those, written pre-framed to the transport), "
    "replayed (alerts a resolver read back from the database), paused (a socket fell behind), "
    "buffer_overflow (a replay outlasted its buffer), catch_up (resync from the database).",
    ["event"],
)
for _event in ("renders", "frames", "direct", "replayed", "paused", "buffer_overflow", "catch_up"):
    FANOUT_EVENTS.labels(event=_event)
_FRAMES_WRITTEN = FANOUT_EVENTS.labels(event="frames")  # once per frame: the child, not a label lookup
_DIRECT_FRAMES = FANOUT_EVENTS.labels(event="direct")

PENDING_FRAMES_LIMIT = 1000  # frames queued for one socket before it must resynchronise
FANOUT_BATCH = 32  # alerts fanned out together when they queued up meanwhile
# How long the fan-out writes before it lets other work run (checked every DELIVERIES_PER_CHECK
# sockets): 2,000 writes in one go held up every request for ~30 ms, and a request waits up to one
# slice for each of its database round trips (an alert's mutation makes about ten).
SLICE_SECONDS = 0.001
DELIVERIES_PER_CHECK = 32
RENDERED_LIMIT = 20_000  # encoded payloads kept for replays (about 1 KB each)
POLL_SECONDS_WHILE_BUS_DOWN = 1.0


class TransportWSHandler(BaseGraphQLTransportWSHandler[Any, Any]):
    """Lets a subscription resolver know its operation (id, socket) so it can write frames itself,
    and marks the operation ended (``_OperationRef.active``) the moment the protocol ends it — a
    client's ``complete``, the server's ``complete`` or ``error``, the connection closing — before its
    task unwinds, so no frame follows the end."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._refs: dict[str, _OperationRef] = {}

    async def run_operation(self, operation: Operation[Any, Any]) -> None:
        ref = _OperationRef(self, operation.id, operation.variables or {})
        self._refs[operation.id] = ref
        # run_operation is the operation's own task: the variable is visible to its resolver only.
        current_operation.set(ref)
        try:
            await super().run_operation(operation)
        finally:
            ref.active = False
            if self._refs.get(operation.id) is ref:
                del self._refs[operation.id]

    def forget_id(self, id: str) -> None:  # the server sent the operation's complete or error
        self._ended(id)
        super().forget_id(id)

    async def cleanup_operation(self, operation_id: str) -> None:  # the client's complete, or closing
        self._ended(operation_id)
        await super().cleanup_operation(operation_id)

    def _ended(self, operation_id: str) -> None:
        ref = self._refs.pop(operation_id, None)
        if ref is not None:
            ref.active = False


class _OperationRef:
    """One graphql-transport-ws operation of a connection, for the subscription resolver running it."""

    __slots__ = ("active", "handler", "id", "variables")

    def __init__(
        self, handler: BaseGraphQLTransportWSHandler[Any, Any], id: str, variables: dict[str, object]
    ) -> None:
        self.handler = handler
        self.id = id
        self.variables = variables
        self.active = True  # until the protocol ends the operation (set by TransportWSHandler)


def _scope_key(principal: Principal) -> tuple[Any, ...]:
    return (
        principal.role,
        principal.district_id,
        principal.project_id,
        principal.organization_id,
        principal.granted,
        # A construction unit also sees the projects it registered itself (authz: registered_by_id),
        # so what it sees depends on the user, not only on its binding.
        principal.user_id if principal.role is Role.CONSTRUCTION_UNIT else None,
    )


def _principal_key(principal: Principal) -> tuple[Any, ...]:
    return (*_scope_key(principal), principal.user_id, principal.session, principal.api_token_id)


class _UsedNames(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.variables: set[str] = set()
        self.fragments: set[str] = set()
        self.max_depth = 0
        self._depth = 0
        self.nested_objects = False

    def enter_variable(self, node: VariableNode, *_: Any) -> None:
        self.variables.add(node.name.value)

    def enter_fragment_spread(self, node: FragmentSpreadNode, *_: Any) -> None:
        self.fragments.add(node.name.value)


# Fields below the alert's own object fields (depth 3 and deeper) that read nothing but a row the
# viewer's scope already admitted: e.g. the SPA's `camera { project { id name } }`. Any other field
# that deep may depend on the user (a lease's `heldByYou`, a project's per-viewer `actions`), so a
# selection with one gets a group per user. Listing a field here is a promise that it does not.
SCOPE_ONLY_DEEP_FIELDS: frozenset[tuple[str, str]] = frozenset(
    [("Project", name) for name in ("id", "code", "name", "address", "status", "latitude", "longitude")]
    + [
        ("Camera", name)
        for name in ("id", "name", "serial", "locationKind", "location", "ptzCapable", "status")
    ]
)


def _per_viewer(node: Any, parent: GraphQLNamedType | None, info: GraphQLResolveInfo, depth: int = 0) -> bool:
    """Whether a selection reaches a field (depth 3 or deeper, not in SCOPE_ONLY_DEEP_FIELDS) whose
    value may differ between users of one scope; unknown types count as such."""
    selection_set = getattr(node, "selection_set", None)
    if selection_set is None:
        return False
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            name = selection.name.value
            if name == "__typename":
                continue
            if parent is None:
                return True
            if depth + 1 >= 3 and (parent.name, name) not in SCOPE_ONLY_DEEP_FIELDS:
                return True
            fields = getattr(parent, "fields", None)
            if selection.selection_set is not None:
                if not fields or name not in fields:
                    return True
                if _per_viewer(selection, get_named_type(fields[name].type), info, depth + 1):
                    return True
        elif isinstance(selection, InlineFragmentNode):
            condition = selection.type_condition
            inner = info.schema.get_type(condition.name.value) if condition is not None else parent
            if _per_viewer(selection, inner, info, depth):
                return True
        elif isinstance(selection, FragmentSpreadNode):
            fragment = info.fragments.get(selection.name.value)
            if fragment is None:
                return True
            inner = info.schema.get_type(fragment.type_condition.name.value)
            if _per_viewer(fragment, inner, info, depth):
                return True
    return False


def audience_key(
    info: GraphQLResolveInfo, principal: Principal, variables: dict[str, object]
) -> tuple[Any, ...]:
    """Subscribers with equal keys receive byte-identical payloads for every alert."""
    field = info.field_nodes[0]
    used = _UsedNames()
    visit(
        FieldNode(
            alias=field.alias, name=field.name, directives=field.directives, selection_set=field.selection_set
        ),
        used,
    )
    pending = list(used.fragments)
    seen: set[str] = set()
    while pending:  # fragments used by fragments
        name = pending.pop()
        if name in seen or name not in info.fragments:
            continue
        seen.add(name)
        inner = _UsedNames()
        visit(info.fragments[name], inner)
        used.variables |= inner.variables
        pending.extend(inner.fragments)
    selection = print_ast(
        FieldNode(
            alias=field.alias, name=field.name, directives=field.directives, selection_set=field.selection_set
        )
    ) + "".join(print_ast(info.fragments[name]) for name in sorted(seen))
    used_values = json.dumps({name: variables.get(name) for name in sorted(used.variables)}, default=str)
    # Alert fields and the fields of its project and camera depend only on the scope; deeper fields
    # only if listed in SCOPE_ONLY_DEEP_FIELDS (e.g. camera control leases with "mine" flags may
    # depend on the user: one group per user). A group per user costs one execution (and its
    # database reads) per user and alert: 500 SPA sessions made 500 executions of every alert.
    shared = not _per_viewer(field, get_named_type(info.return_type), info)
    return (_scope_key(principal) if shared else _principal_key(principal), selection, used_values)


class _Subscriber:
    __slots__ = (
        "_direct",
        "_send",
        "buffer",
        "closed",
        "group",
        "idle",
        "last_id",
        "operation",
        "paused",
        "pending",
        "prefix",
        "prefix_bytes",
        "trouble",
        "writing",
        "written_id",
    )

    def __init__(self, group: _Group, operation: _OperationRef, last_id: int) -> None:
        self.group = group
        self.operation = operation
        self.prefix = '{"id":' + json.dumps(operation.id) + ',"type":"next","payload":'
        self.prefix_bytes = self.prefix.encode()
        self.last_id = last_id
        self.paused = True
        self.buffer: list[tuple[int, str, bytes]] | None = []
        self.pending: deque[tuple[int, str, bytes]] = deque()
        self.writing = False
        self.idle = asyncio.Event()  # set while no frame is on its way to the socket
        self.idle.set()
        self.written_id = last_id  # the last alert handed to the socket
        self.closed = False
        self.trouble = asyncio.Event()
        socket = operation.handler.websocket.ws  # type: ignore[attr-defined]
        # live frames go straight to the server's send (see TRANSPORT_SEND); Starlette's checked send
        # when the connection did not come through the middleware that records it
        server_send = socket.scope.get(TRANSPORT_SEND)
        self._send: Callable[[dict[str, Any]], Coroutine[Any, Any, None]] = server_send or socket.send
        # and, while the connection is open and keeps up, as pre-framed bytes to its transport
        self._direct = DirectTextFrames.of(server_send) if server_send is not None else None

    def deliver(self, alerts: list[tuple[int, str, bytes]], framed: dict[bytes, bytes] | None = None) -> int:
        """Send live alerts, in id order: (alert id, the group's encoded ``next`` payload, its UTF-8).
        Returns how many frames went straight to the transport — all of them in one write.
        ``framed`` keeps the frames of all of ``alerts`` per operation-id prefix for the group's
        other subscribers (sockets of one client library often share the operation id)."""
        if self.closed:
            return 0
        if self.paused:
            if self.buffer is not None:
                self.buffer.extend(alerts)
                if len(self.buffer) > PENDING_FRAMES_LIMIT:
                    self.buffer = None  # too much: replay from the database on resume
                    FANOUT_EVENTS.labels(event="buffer_overflow").inc()
            return 0
        last_id = self.last_id
        fresh = alerts if alerts[0][0] > last_id else [alert for alert in alerts if alert[0] > last_id]
        if not fresh or not self.operation.active:
            return 0
        self.last_id = fresh[-1][0]
        if not self.writing and self._direct is not None:
            prefix = self.prefix_bytes
            data = framed.get(prefix) if framed is not None and fresh is alerts else None
            if data is None:
                data = next_frames(prefix, [encoded for _, _, encoded in fresh])
                if framed is not None and fresh is alerts:
                    framed[prefix] = data
            if self._direct.write(data):
                self.written_id = self.last_id
                return len(fresh)
        for alert in fresh:
            self._write(*alert)
        return 0

    async def send_replayed(self, alert_id: int, payload: str) -> bool:
        """Write one alert the resolver read back from the database (the subscriber is paused, so
        the fan-out only buffers meanwhile); False when the socket is gone."""
        while self.writing and not self.closed:  # a live frame from before a pause is on its way
            await self.idle.wait()
        if self.closed or not self.operation.active:
            return False
        self.written_id = alert_id
        _FRAMES_WRITTEN.inc()
        try:
            await self._send({"type": "websocket.send", "text": self.prefix + payload + "}"})
        except Exception:
            self.closed = True  # the connection is gone; its handler cleans the operation up
            return False
        return True

    def resume(self, last_id: int) -> bool:
        """After a replay up to ``last_id``: flush what arrived meanwhile; False if it overflowed."""
        self.last_id = self.written_id = last_id
        buffered, self.buffer = self.buffer, []
        if buffered is None:
            return False
        self.paused = False
        self.buffer = None
        if buffered:
            direct = self.deliver(buffered)
            _FRAMES_WRITTEN.inc(direct)
            _DIRECT_FRAMES.inc(direct)
        return True

    def _pause(self) -> None:
        FANOUT_EVENTS.labels(event="paused").inc()
        self.last_id = self.written_id
        self.paused = True
        self.buffer = []
        self.pending.clear()
        self.trouble.set()

    def _write(self, alert_id: int, payload: str, encoded: bytes) -> None:
        if not self.operation.active:
            return
        if self.writing:
            if len(self.pending) >= PENDING_FRAMES_LIMIT:
                self._pause()  # the socket cannot keep up: the resolver replays from written_id
                return
            self.pending.append((alert_id, payload, encoded))
            return
        self.written_id = alert_id
        _FRAMES_WRITTEN.inc()
        if self._direct is not None and self._direct.write(next_frames(self.prefix_bytes, (encoded,))):
            _DIRECT_FRAMES.inc()
            return
        self.writing = True
        self.idle.clear()
        _run_eagerly(self._send({"type": "websocket.send", "text": self.prefix + payload + "}"}), self._sent)

    def _sent(self, error: BaseException | None) -> None:
        self.writing = False
        self.idle.set()
        if error is not None:
            self.closed = True  # the connection is gone; its handler cleans the operation up
            self.pending.clear()
            return
        # frames queued behind the send: directly while the socket takes them, else the next send
        while self.pending and not self.closed and not self.writing:
            self._write(*self.pending.popleft())


def next_frames(prefix: bytes, payloads: Iterable[bytes]) -> bytes:
    """The websocket frames of graphql-transport-ws ``next`` messages: ``prefix`` (the operation id
    and message type) + each encoded payload + ``}``."""
    out: list[bytes] = []
    for payload in payloads:
        out += (text_frame_header(len(prefix) + len(payload) + 1), prefix, payload, b"}")
    return b"".join(out)


def _being_cancelled() -> bool:
    task = asyncio.current_task()
    return task is not None and task.cancelling() > 0


def _run_eagerly(coroutine: Coroutine[Any, Any, Any], done: Callable[[BaseException | None], None]) -> None:
    """Run a send coroutine now, without a task per frame: ASGI websocket sends complete
    synchronously unless the transport pushes back; only then is the rest scheduled."""

    def step(_: Any = None) -> None:
        try:
            yielded = coroutine.send(None)
        except StopIteration:
            done(None)
            return
        except BaseException as exc:  # reported to the subscriber, which drops itself
            done(exc)
            return
        if getattr(yielded, "_asyncio_future_blocking", False):
            yielded._asyncio_future_blocking = False
            yielded.add_done_callback(step)
        else:  # a bare yield (sleep(0))
            asyncio.get_running_loop().call_soon(step)

    step()


class _Group:
    def __init__(
        self,
        hub: AlertFanout,
        key: tuple[Any, ...],
        principal: Principal,
        info: GraphQLResolveInfo,
        variables: dict[str, object],
    ) -> None:
        self.hub = hub
        self.key = key
        self.principal = principal
        self.schema = info.schema
        self.document = DocumentNode(definitions=(info.operation, *info.fragments.values()))
        self.operation_name = info.operation.name.value if info.operation.name else None
        self.variables = variables
        self.subscribers: dict[_Subscriber, None] = {}

    async def render(self, message: dict[str, Any], rows: AlertRows | None = None) -> str:
        """The encoded ``next`` payload of a live alert for this audience (``rows``: what its fields
        read, already read for every audience)."""
        return await self.rendered(AlertType.from_message(message), rows)

    async def rendered(self, alert: AlertType, rows: AlertRows | None = None) -> str:
        """The encoded payload of ``alert``: executed once per audience, alert and acknowledgement
        state, then kept (``RENDERED_LIMIT`` across the hub) for the subscribers that replay it —
        a reconnect storm after an instance died replays the same few alerts to hundreds of sockets."""
        key = (self, alert.pk, alert.acknowledged_at)
        cache = self.hub.rendered
        while True:
            future = cache.get(key)
            if future is None:
                break
            cache.move_to_end(key)
            try:
                return await asyncio.shield(future)
            except asyncio.CancelledError:
                if _being_cancelled():
                    raise
                # the subscriber that was rendering it failed: render it here
        future = asyncio.get_running_loop().create_future()
        cache[key] = future
        while len(cache) > RENDERED_LIMIT:
            cache.popitem(last=False)
        try:
            payload = await self._execute(alert, rows)
        except BaseException:
            if cache.get(key) is future:
                del cache[key]
            future.cancel()
            raise
        future.set_result(payload)
        return payload

    async def _execute(self, alert: AlertType, rows: AlertRows | None) -> str:
        FANOUT_EVENTS.labels(event="renders").inc()
        context = Context(services=self.hub.services, principal=self.principal, client_ip="")
        if rows is not None:
            rows.prime(context.loaders, self.principal)
        result = execute(
            self.schema,
            self.document,
            root_value=alert,
            context_value=context,
            variable_values=self.variables,
            operation_name=self.operation_name,
        )
        if asyncio.iscoroutine(result) or isinstance(result, asyncio.Future):
            result = await result
        payload: dict[str, Any] = {"data": result.data}  # type: ignore[union-attr]
        if result.errors:  # type: ignore[union-attr]
            payload["errors"] = [
                error.formatted
                if is_visible_error(error)
                else GraphQLError("Unexpected error.", nodes=error.nodes, path=error.path).formatted
                for error in result.errors  # type: ignore[union-attr]
            ]
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


class AlertFanout:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.groups: dict[tuple[Any, ...], _Group] = {}
        self.last_seen = 0
        self._inbox: deque[Event] = deque()
        self._worker: asyncio.Task[None] | None = None
        self._poller: asyncio.Task[None] | None = None
        self._listening: contextlib.AsyncExitStack | None = None
        self._starting = asyncio.Lock()
        # (audience, alert id, acknowledged at) → its encoded payload, oldest first
        self.rendered: OrderedDict[tuple[_Group, int, datetime | None], asyncio.Future[str]] = OrderedDict()

    @property
    def subscription_count(self) -> int:
        """Live `alerts` subscriptions of this process (for metrics)."""
        return sum(len(group.subscribers) for group in self.groups.values())

    async def attach(
        self, principal: Principal, info: GraphQLResolveInfo, operation: _OperationRef, last_id: int
    ) -> _Subscriber:
        await self._ensure_listening()
        key = audience_key(info, principal, operation.variables)
        group = self.groups.get(key)
        if group is None:
            group = self.groups[key] = _Group(self, key, principal, info, operation.variables)
        subscriber = _Subscriber(group, operation, last_id)
        group.subscribers[subscriber] = None
        return subscriber

    def detach(self, subscriber: _Subscriber) -> None:
        subscriber.closed = True
        group = subscriber.group
        group.subscribers.pop(subscriber, None)
        if not group.subscribers and self.groups.get(group.key) is group:
            del self.groups[group.key]

    async def _ensure_listening(self) -> None:
        async with self._starting:
            if self._listening is not None:
                return
            stack = contextlib.AsyncExitStack()
            await stack.enter_async_context(self.services.bus.listen(ALERTS_TOPIC, self._on_event))
            self.last_seen = max(self.last_seen, await newest_alert_id())
            self._listening = stack

    def _on_event(self, event: Event) -> None:
        self._inbox.append(event)
        if self._worker is None or self._worker.done():
            self._worker = asyncio.create_task(
                self._work(), name="alert-fanout", context=contextvars.Context()
            )

    async def _work(self) -> None:
        while self._inbox:
            event = self._inbox.popleft()
            try:
                if isinstance(event, Resync):
                    await self._catch_up_from_database()
                    if not self.services.bus.healthy and (self._poller is None or self._poller.done()):
                        self._poller = asyncio.create_task(
                            self._poll_while_bus_down(), name="alert-fanout-poll"
                        )
                else:
                    # alerts that queued up while the last ones went out go out together: one
                    # write per socket for all of them, so a burst costs fewer system calls
                    batch = [event]
                    while self._inbox and len(batch) < FANOUT_BATCH:
                        queued = self._inbox[0]
                        if isinstance(queued, Resync):
                            break
                        self._inbox.popleft()
                        batch.append(queued)
                    await self._fan_out(batch)
            except Exception:
                log.exception("alert fan-out failed for %r", event)

    async def _poll_while_bus_down(self) -> None:
        while not self.services.bus.healthy:
            await asyncio.sleep(POLL_SECONDS_WHILE_BUS_DOWN)
            self._on_event(Resync("polling while the bus is down"))

    async def _catch_up_from_database(self) -> None:
        FANOUT_EVENTS.labels(event="catch_up").inc()
        while True:
            messages = await messages_after(self.last_seen)
            for start in range(0, len(messages), FANOUT_BATCH):
                await self._fan_out(messages[start : start + FANOUT_BATCH])
            if len(messages) < 500:
                return

    async def _fan_out(self, messages: list[dict[str, Any]]) -> None:
        """Send alerts (in id order) to every audience that may see them."""
        fresh = []
        for message in messages:
            alert_id = int(message["id"])
            if alert_id > self.last_seen:
                self.last_seen = alert_id
                fresh.append((alert_id, message))
        groups = [group for group in list(self.groups.values()) if group.subscribers]
        renders = [
            (group, alert_id, message)
            for alert_id, message in fresh
            for group in groups
            if message_visible(group.principal, message)
        ]
        rows = await self._rows_for([message for _, message in fresh]) if renders else None
        # rendered side by side: what the rows above do not cover, each execution reads itself
        payloads = await asyncio.gather(
            *(group.render(message, rows) for group, _, message in renders), return_exceptions=True
        )
        per_group: dict[_Group, list[tuple[int, str, bytes]]] = {}
        for (group, alert_id, _), payload in zip(renders, payloads, strict=True):
            if isinstance(payload, BaseException):
                if not isinstance(payload, Exception):
                    raise payload
                log.error("alert %s could not be rendered for an audience", alert_id, exc_info=payload)
                continue
            per_group.setdefault(group, []).append((alert_id, payload, payload.encode()))
        direct = written = 0
        slice_start = time.perf_counter()
        for group, alerts in per_group.items():
            framed: dict[bytes, bytes] = {}
            for subscriber in list(group.subscribers):
                direct += subscriber.deliver(alerts, framed)
                written += 1
                if written % DELIVERIES_PER_CHECK == 0 and time.perf_counter() - slice_start > SLICE_SECONDS:
                    await asyncio.sleep(0)  # let requests (the next alert's mutation) run in between
                    slice_start = time.perf_counter()
        _FRAMES_WRITTEN.inc(direct)  # (frames through the send count themselves)
        _DIRECT_FRAMES.inc(direct)

    @staticmethod
    async def _rows_for(messages: list[dict[str, Any]]) -> AlertRows | None:
        try:
            return await AlertRows.read(messages)
        except Exception:  # each audience's loaders read for themselves, as without it
            log.warning(
                "reading the rows of %d alerts for their audiences failed", len(messages), exc_info=True
            )
            return None

    def subscribers(self) -> Iterator[_Subscriber]:
        for group in self.groups.values():
            yield from group.subscribers

    def queue_depths(self) -> list[int]:
        """Frames waiting per live subscription (the bus's metrics count each subscription)."""
        return [len(subscriber.pending) for subscriber in self.subscribers()]

    async def close(self) -> None:
        for task in (self._worker, self._poller):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        if self._listening is not None:
            await self._listening.aclose()
            self._listening = None


def fanout_for(services: Services) -> AlertFanout:
    if services.alert_fanout is None:
        services.alert_fanout = AlertFanout(services)
    fanout: AlertFanout = services.alert_fanout
    return fanout
