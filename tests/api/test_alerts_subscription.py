"""`subscription alerts` over graphql-transport-ws: authentication from connection_params,
scope filtering before each message, and cursor replay with no loss and no duplicates."""

from __future__ import annotations

import ast
import asyncio
import contextlib
import json
import logging
import re
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
import websockets

from backend.alerts.services import raise_alert
from backend.auth.tokens import issue_access_token
from backend.graphql_core.ids import from_cursor, from_global_id, to_cursor
from backend.settings import PROJECT_ROOT, Settings
from tests.conftest import relays_held
from tests.world import World, create_notice

SUBSCRIPTION = "subscription($since: String) { alerts(since: $since) { id title cursor project { name } } }"


@pytest.fixture(autouse=True)
async def only_the_live_servers_relay(live_server) -> AsyncIterator[None]:  # type: ignore[no-untyped-def]
    """Every alert of these tests goes out through the live server's bus: the other buses of the
    session (same database) must not relay its outbox rows to their own listeners meanwhile."""
    async with relays_held(keep=live_server.state.services.bus):
        yield


@asynccontextmanager
async def subscribed(
    ws_url: str, token: str | None, since: str | None = None, query: str = SUBSCRIPTION
) -> AsyncIterator[Any]:
    async with websockets.connect(
        ws_url, subprotocols=[websockets.Subprotocol("graphql-transport-ws")]
    ) as ws:
        payload = {"Authorization": f"Bearer {token}"} if token else {}
        await ws.send(json.dumps({"type": "connection_init", "payload": payload}))
        ack = json.loads(await asyncio.wait_for(ws.recv(), 5))
        assert ack["type"] == "connection_ack"
        await ws.send(
            json.dumps(
                {
                    "id": "1",
                    "type": "subscribe",
                    "payload": {"query": query, "variables": {"since": since}},
                }
            )
        )
        await asyncio.sleep(0.2)  # the server subscribes to the bus before we raise anything
        yield ws


async def next_alert(ws: Any, timeout: float = 15) -> dict[str, Any]:
    # a generous wait: the CI machine may be loaded; only a failing test waits it out
    while True:
        message = json.loads(await asyncio.wait_for(ws.recv(), timeout))
        if message["type"] == "next":
            assert not message["payload"].get("errors"), message
            return message["payload"]["data"]["alerts"]
        assert message["type"] in ("ping", "pong"), message


async def no_alert(ws: Any, timeout: float = 0.7) -> None:
    with pytest.raises(TimeoutError):
        await next_alert(ws, timeout)


async def test_subscribers_receive_only_alerts_in_their_scope(
    live_server, world: World, tokens: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    bus = live_server.state.services.bus
    async with (
        subscribed(live_server.state.ws_url, tokens["SUPERVISOR"]) as supervisor,
        subscribed(live_server.state.ws_url, tokens["CITY_CENTER"]) as city,
        subscribed(live_server.state.ws_url, tokens["DISTRICT_CENTER"]) as district,
    ):
        await raise_alert(bus, kind="TEST", title="elsewhere", project=world.project_b1)
        await raise_alert(bus, kind="TEST", title="on site", project=world.project_a1)
        assert (await next_alert(city))["title"] == "elsewhere"
        assert (await next_alert(city))["title"] == "on site"
        assert (await next_alert(district))["title"] == "on site"
        received = await next_alert(supervisor)
        assert received["title"] == "on site"
        assert received["project"]["name"] == world.project_a1.name
        await no_alert(supervisor)


async def test_since_replays_missed_alerts_once(live_server, world: World, tokens: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    bus = live_server.state.services.bus
    async with subscribed(live_server.state.ws_url, tokens["CONTRACTOR"]) as first_session:
        await raise_alert(bus, kind="TEST", title="seen", project=world.project_a1)
        seen = await next_alert(first_session)
    # Offline: two alerts are raised while the client is away.
    await raise_alert(bus, kind="TEST", title="missed 1", project=world.project_a1)
    await raise_alert(bus, kind="TEST", title="missed 2", project=world.project_a1)
    async with subscribed(live_server.state.ws_url, tokens["CONTRACTOR"], since=seen["cursor"]) as resumed:
        assert (await next_alert(resumed))["title"] == "missed 1"
        assert (await next_alert(resumed))["title"] == "missed 2"
        await raise_alert(bus, kind="TEST", title="live", project=world.project_a1)
        assert (await next_alert(resumed))["title"] == "live"
        await no_alert(resumed)


async def test_connection_without_valid_token_is_rejected(live_server) -> None:  # type: ignore[no-untyped-def]
    for token in (None, "not-a-token"):
        async with websockets.connect(
            live_server.state.ws_url, subprotocols=[websockets.Subprotocol("graphql-transport-ws")]
        ) as ws:
            payload = {"Authorization": f"Bearer {token}"} if token else {}
            await ws.send(json.dumps({"type": "connection_init", "payload": payload}))
            with pytest.raises(websockets.ConnectionClosed) as closed:
                await asyncio.wait_for(ws.recv(), 5)
            assert closed.value.rcvd is not None and closed.value.rcvd.code == 4403


async def test_concurrently_raised_alerts_all_arrive_in_cursor_order(
    live_server, world: World, tokens: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    """Alerts raised at the same time (several requests, several instances) reach the bus in id
    order; otherwise a subscriber that saw a larger id would skip a smaller one published later."""
    bus = live_server.state.services.bus
    async with subscribed(live_server.state.ws_url, tokens["SUPERVISOR"]) as supervisor:
        await asyncio.gather(
            *(raise_alert(bus, kind="TEST", title=f"burst {n}", project=world.project_a1) for n in range(25))
        )
        received = [await next_alert(supervisor) for _ in range(25)]
    assert sorted(a["title"] for a in received) == sorted(f"burst {n}" for n in range(25))
    ids = [from_global_id(a["id"]) for a in received]
    assert ids == sorted(ids)


async def test_a_fresh_subscription_starts_at_the_newest_alert(
    live_server, world: World, tokens: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    bus = live_server.state.services.bus
    for n in range(3):
        await raise_alert(bus, kind="TEST", title=f"before {n}", project=world.project_a1)
    async with subscribed(live_server.state.ws_url, tokens["SUPERVISOR"]) as supervisor:
        await no_alert(supervisor)  # nothing from before the subscription
        await raise_alert(bus, kind="TEST", title="after", project=world.project_a1)
        assert (await next_alert(supervisor))["title"] == "after"


async def test_every_scope_gets_exactly_the_alerts_the_database_filter_gives_it(
    live_server, world: World, tokens: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    """Several subscribers per audience share one rendering; each still gets exactly its alerts,
    the same set `alerts` queries return (visible_alerts_filter), and nobody else's."""
    from backend.alerts.models import Alert
    from backend.alerts.services import visible_alerts_filter
    from backend.authz.roles import Role

    bus = live_server.state.services.bus
    roles = [
        "CITY_CENTER",
        "DISTRICT_CENTER",
        "INSPECTOR",
        "SUPERVISOR",
        "CONTRACTOR",
        "PROVIDER",
        "INTEGRATION",
    ]
    async with contextlib.AsyncExitStack() as stack:
        sockets = {
            (role, copy): await stack.enter_async_context(subscribed(live_server.state.ws_url, tokens[role]))
            for role in roles
            for copy in range(2)
        }
        raised = [
            await raise_alert(bus, kind="TEST", title="a1", project=world.project_a1),
            await raise_alert(bus, kind="TEST", title="a2", project=world.project_a2),
            await raise_alert(bus, kind="TEST", title="b1", project=world.project_b1),
            await raise_alert(bus, kind="TEST", title="district a", district_id=world.district_a.id),
            await raise_alert(bus, kind="TEST", title="city-wide"),
            await raise_alert(
                bus,
                kind="TEST",
                title="a1 supervisors",
                project=world.project_a1,
                audience_roles=[Role.SUPERVISOR],
            ),
        ]
        ids = [a.id for a in raised]
        for (role, _copy), ws in sockets.items():
            principal = world.principals[role]
            expected = (
                await Alert.filter(visible_alerts_filter(principal), id__in=ids)
                .order_by("id")
                .values_list("title", flat=True)
            )
            got = []
            while True:
                try:
                    alert = await next_alert(ws, timeout=1.5)
                except TimeoutError:
                    break
                got.append(alert["title"])
            assert got == list(expected), (role, got, expected)
    city = await Alert.filter(visible_alerts_filter(world.principals["CITY_CENTER"]), id__in=ids).count()
    supervisor = await Alert.filter(visible_alerts_filter(world.principals["SUPERVISOR"]), id__in=ids).count()
    assert (city, supervisor) == (5, 2)  # the table itself: city all but the supervisors-only one


async def _frames_until(ws: Any, wanted: set[tuple[str, str]]) -> list[dict[str, Any]]:
    """The frames received until each (operation id, message type) in ``wanted`` has come."""
    frames: list[dict[str, Any]] = []
    while not wanted <= {(f["id"], f["type"]) for f in frames}:
        frames.append(json.loads(await asyncio.wait_for(ws.recv(), 5)))
    return frames


SHORT_SUBSCRIPTION = "subscription { alerts { title } }"


async def _subscribe(ws: Any, op_id: str, query: str) -> None:
    await ws.send(json.dumps({"id": op_id, "type": "subscribe", "payload": {"query": query}}))


async def test_operations_on_one_socket_keep_their_ids_and_complete_independently(
    live_server, world: World, tokens: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    bus = live_server.state.services.bus
    async with websockets.connect(
        live_server.state.ws_url, subprotocols=[websockets.Subprotocol("graphql-transport-ws")]
    ) as ws:
        await ws.send(
            json.dumps(
                {"type": "connection_init", "payload": {"Authorization": f"Bearer {tokens['CITY_CENTER']}"}}
            )
        )
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        await _subscribe(ws, "short", SHORT_SUBSCRIPTION)
        await _subscribe(ws, "long", "subscription { alerts { id title project { name } } }")
        await _subscribe(ws, "bad", 'subscription { alerts(since: "x!") { id } }')
        await asyncio.sleep(0.3)
        await raise_alert(bus, kind="TEST", title="both", project=world.project_a1)
        frames = await _frames_until(ws, {("short", "next"), ("long", "next"), ("bad", "complete")})
        bad = [f for f in frames if f["id"] == "bad"]
        assert bad[0]["payload"]["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
        assert bad[-1] == {"id": "bad", "type": "complete"}
        by_id = {f["id"]: f for f in frames if f["type"] == "next"}
        assert by_id["short"] == {
            "id": "short",
            "type": "next",
            "payload": {"data": {"alerts": {"title": "both"}}},
        }
        assert by_id["long"]["payload"]["data"]["alerts"]["project"] == {"name": world.project_a1.name}
        await ws.send(json.dumps({"id": "short", "type": "complete"}))
        await asyncio.sleep(0.2)
        await raise_alert(bus, kind="TEST", title="only long", project=world.project_a1)
        frames = []
        with contextlib.suppress(TimeoutError):
            while True:
                frames.append(json.loads(await asyncio.wait_for(ws.recv(), 1.0)))
        assert [(f["id"], f["type"]) for f in frames if f["id"] != "bad"] == [("long", "next")]
        # the id is free again: a new operation under it gets the alerts raised from then on
        await _subscribe(ws, "short", SHORT_SUBSCRIPTION)
        await asyncio.sleep(0.3)
        await raise_alert(bus, kind="TEST", title="short again", project=world.project_a1)
        frames = await _frames_until(ws, {("short", "next"), ("long", "next")})
        again = [f["payload"]["data"]["alerts"]["title"] for f in frames if f["id"] == "short"]
        assert again == ["short again"]


SPA_ALERTS = (PROJECT_ROOT / "frontend/src/graphql/operations/alerts.graphql").read_text()


def _session_token(settings: Settings, world: World, role: str, session: str) -> str:
    """An access token of the world's user of ``role`` for a login session of its own."""
    return issue_access_token(settings, world.principals[role].user_id, role, session)


@pytest.mark.parametrize(
    ("query", "groups"),
    [
        # The SPA's own document (camera { project { id name } }): one execution per alert for both.
        (SPA_ALERTS, 1),
        # A deep field not known to be the same for every user of a scope: one group per session.
        ("subscription { alerts { id camera { project { id approvalStatus } } } }", 2),
    ],
)
async def test_sessions_of_one_scope_share_the_spa_alerts_execution(
    live_server, world: World, settings: Settings, query: str, groups: int
) -> None:  # type: ignore[no-untyped-def]
    """500 SPA sessions were 500 audiences: every alert was executed (with its project and notice
    reads) once per session, and one backend fell seconds behind at 30 subscribers."""
    bus = live_server.state.services.bus
    fanout = live_server.state.services.alert_fanout
    first, second = (_session_token(settings, world, "CITY_CENTER", f"share-{groups}-{n}") for n in (1, 2))
    async with (
        subscribed(live_server.state.ws_url, first, query=query) as one,
        subscribed(live_server.state.ws_url, second, query=query) as two,
    ):
        await raise_alert(bus, kind="TEST", title=f"shared {groups}", project=world.project_a1)
        assert (await next_alert(one))["id"] == (await next_alert(two))["id"]
        mine = {
            id(subscriber.group)
            for subscriber in fanout.subscribers()
            if subscriber.group.principal.user_id == world.principals["CITY_CENTER"].user_id
            and subscriber.group.principal.session in {f"share-{groups}-1", f"share-{groups}-2"}
        }
        audiences = [
            group
            for group in fanout.groups.values()
            if group.principal.user_id == world.principals["CITY_CENTER"].user_id and id(group) in mine
        ]
        assert len(audiences) == groups
        assert sum(len(group.subscribers) for group in audiences) == 2


@contextlib.contextmanager
def _sql_statements() -> Iterator[list[str]]:
    """The SQL the ORM runs in this process meanwhile (the live server runs in the test's loop)."""
    statements: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            statements.append(record.getMessage())

    logger = logging.getLogger("tortoise.db_client")
    handler, level = Collect(logging.DEBUG), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield statements
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


async def test_a_replay_after_a_reconnect_writes_the_audience_payloads_without_executing_again(
    live_server, world: World, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    """A backend dies and its sockets reconnect to the other one with `since`: each replays the
    same few alerts. They were executed once for the audience when they went out live; the
    replay writes those payloads again (same bytes, in order) instead of one GraphQL execution
    with its database reads per socket and alert."""
    from backend.alerts.fanout import FANOUT_EVENTS

    bus = live_server.state.services.bus
    renders = FANOUT_EVENTS.labels(event="renders")
    live_token, late_token = (_session_token(settings, world, "SUPERVISOR", f"replay-{n}") for n in (1, 2))
    async with subscribed(live_server.state.ws_url, live_token, query=SPA_ALERTS) as live:
        with contextlib.suppress(TimeoutError):  # the world's own alerts (duty checks at start) first
            while True:
                await next_alert(live, 1.5)
        for n in range(3):
            await raise_alert(bus, kind="TEST", title=f"replayed {n}", project=world.project_a1)
        seen = [await next_alert(live) for _ in range(3)]
        assert [a["title"] for a in seen] == [f"replayed {n}" for n in range(3)]
        executed = renders._value.get()
        before_first = to_cursor((from_cursor(seen[0]["cursor"]) or 0) - 1)
        with _sql_statements() as statements:
            async with subscribed(
                live_server.state.ws_url, late_token, since=before_first, query=SPA_ALERTS
            ) as late:
                replayed = [await next_alert(late) for _ in range(3)]
                await no_alert(late)
        assert replayed == seen
        assert renders._value.get() == executed  # written from the audience's payloads
        # ... so no alert of the replay was executed again: its project was not read
        assert not [sql for sql in statements if re.match(r'SELECT [^(]* FROM "project"', sql)], statements
        await raise_alert(bus, kind="TEST", title="live again", project=world.project_a1)
        assert (await next_alert(live))["title"] == "live again"


async def _alert_titled(ws: Any, title: str) -> dict[str, Any]:
    """The next alert with ``title`` (alerts the checks raised meanwhile come in between)."""
    while (alert := await next_alert(ws))["title"] != title:
        pass
    return alert


async def test_a_notices_camera_and_project_are_read_once_for_every_audience(
    live_server, world: World, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    """Each audience executes a live alert with loaders of its own scope; the notice behind it, its
    camera and their project are read once for all of them (they were read once per audience: two
    round trips before the first frame), and each audience still gets them as its scope shows them."""
    bus = live_server.state.services.bus
    camera = world.cameras["A1"][0]
    notice = await create_notice(world.project_a1.id, camera)
    roles = ["CITY_CENTER", "DISTRICT_CENTER", "INSPECTOR", "SUPERVISOR", "CONTRACTOR"]
    async with contextlib.AsyncExitStack() as stack:
        sockets = {
            role: await stack.enter_async_context(
                subscribed(
                    live_server.state.ws_url,
                    _session_token(settings, world, role, f"read-once-{role}"),
                    query=SPA_ALERTS,
                )
            )
            for role in roles
        }
        assert len({id(s.group) for s in live_server.state.services.alert_fanout.subscribers()}) >= len(roles)
        with _sql_statements() as statements:
            await raise_alert(
                bus,
                kind="HAZARD_NOTICE",
                title="read once",
                project=world.project_a1,
                object_type="HazardNotice",
                object_id=str(notice.id),
            )
            got = {role: await _alert_titled(ws, "read once") for role, ws in sockets.items()}
    for role, alert in got.items():
        assert alert["project"]["name"] == "Project A1", role
        assert alert["camera"]["name"] == camera.name, role
        assert alert["camera"]["project"]["name"] == "Project A1", role

    def reads_by_id(table: str, pk: int) -> list[str]:  # tortoise logs "<sql>: [<parameters>]"
        reads = []
        for sql in statements:
            read = re.match(r'SELECT [^(]* FROM "(\w+)"', sql)
            if read and read.group(1) == table and pk in ast.literal_eval(sql.rsplit(": ", 1)[1]):
                reads.append(sql)
        return reads

    assert (len(reads_by_id("hazard_notice", notice.id)), len(reads_by_id("camera", camera.id))) == (1, 1), (
        statements
    )
