"""The lease rule and both lease stores: compare-and-set semantics, many concurrent acquirers of mixed
priority (never two holders: every grant replaces exactly the lease before it; the highest ends up
holding), expiry by an injected clock, and the configurable priority table."""

from __future__ import annotations

import asyncio
import random
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from redis.asyncio import Redis

from backend.app import create_app
from backend.auth.models import User
from backend.authz.policy import Principal
from backend.authz.roles import Role
from backend.cameras.models import Camera
from backend.control.leases import Candidate, Verdict, decide_acquire
from backend.control.models import CameraControlLeaseRow
from backend.control.priority import PriorityTable
from backend.control.services import ControlConfig, ControlError, ControlService, control_topic
from backend.control.store import DatabaseLeaseStore, LeaseStore, RedisLeaseStore
from backend.events.bus import InProcessBus
from tests.conftest import REDIS_URL, make_settings
from tests.control.conftest import Clock
from tests.control.test_two_backends import causal_chain
from tests.world import World

TABLE = PriorityTable.parse("CITY_CENTER=300,DISTRICT_CENTER=200,SUPERVISOR=100")
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
MINUTE = timedelta(seconds=60)


def candidate(holder: int, priority: int, **flags: bool) -> Candidate:
    return Candidate(
        camera_id=1,
        project_id=1,
        district_id=1,
        holder_id=holder,
        holder_username=f"u{holder}",
        holder_display_name="",
        holder_role="X",
        priority=priority,
        **flags,
    )


def test_priority_table_is_configuration() -> None:
    assert TABLE.of(Role.CITY_CENTER) == 300
    assert TABLE.of(Role.CONTRACTOR) is None
    flipped = PriorityTable.parse("CITY_CENTER=9, SUPERVISOR=5, DISTRICT_CENTER=1")
    assert flipped.of(Role.SUPERVISOR) > flipped.of(Role.DISTRICT_CENTER)  # type: ignore[operator]
    with pytest.raises(ValueError):
        PriorityTable.parse("CITY_CENTER")


@pytest.mark.parametrize(
    "table",
    [
        "SUPERVISOR=5, DISTRICT_CENTER=1",  # no city at all
        "CITY_CENTER=300,DISTRICT_CENTER=400,SUPERVISOR=100",  # a district above the city
        "CITY_CENTER=300,SUPERVISOR=300",  # a tie is not "on top"
    ],
)
def test_a_table_that_puts_anyone_above_the_city_is_refused_at_start(table: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="CITY_CENTER"):
        PriorityTable.parse(table)
    settings = make_settings("sqlite://:memory:", tmp_path, control_priorities=table)
    with pytest.raises(ValueError, match="CITY_CENTER"):
        create_app(settings)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(1, 5), st.sampled_from([100, 200, 300]), st.integers(0, 90)), max_size=30)
)
def test_rule_never_lets_an_equal_or_lower_priority_take_a_live_lease(
    requests: list[tuple[int, int, int]],
) -> None:
    current, now = None, NOW
    for holder, priority, wait in requests:
        now += timedelta(seconds=wait)
        decision = decide_acquire(current, candidate(holder, priority), now, MINUTE)
        live = current is not None and current.live(now)
        if decision.verdict is Verdict.REFUSED:
            assert (
                live and current is not None and current.holder_id != holder and priority <= current.priority
            )
            continue
        if decision.verdict is Verdict.PREEMPTED:
            assert live and current is not None and priority > current.priority
        if decision.verdict is Verdict.GRANTED:
            assert not live
        assert decision.lease is not None and decision.lease.expires_at == now + MINUTE
        current = decision.lease


def test_reservation_holds_until_broken_or_its_fixed_end() -> None:
    reserved = decide_acquire(None, candidate(1, 300, reserve=True), NOW, MINUTE).lease
    assert reserved is not None and reserved.expires_at == NOW + timedelta(hours=2)
    assert reserved.live(NOW + timedelta(hours=1, minutes=59))
    # Art. 12 / issue 10: a city reservation ends by itself so site uploads are not blocked forever.
    assert not reserved.live(NOW + timedelta(hours=2))
    assert reserved.touched(NOW + timedelta(hours=1), MINUTE).expires_at == reserved.expires_at
    short = decide_acquire(None, candidate(1, 300, reserve=True), NOW, MINUTE, timedelta(minutes=5)).lease
    assert short is not None and short.expires_at == NOW + timedelta(minutes=5)
    assert decide_acquire(reserved, candidate(2, 999), NOW, MINUTE).verdict is Verdict.REFUSED
    broken = decide_acquire(reserved, candidate(2, 300, break_reservation=True), NOW, MINUTE)
    assert broken.verdict is Verdict.PREEMPTED and broken.previous == reserved


@pytest.fixture(params=["database", "redis"])
async def store(request: pytest.FixtureRequest, database_url: str) -> AsyncIterator[LeaseStore]:
    if request.param == "database":
        await CameraControlLeaseRow.all().delete()
        yield DatabaseLeaseStore()
        await CameraControlLeaseRow.all().delete()
        return
    redis = Redis.from_url(REDIS_URL)
    prefix = f"test:control:{uuid.uuid4().hex[:8]}:"
    yield RedisLeaseStore(redis, prefix=prefix)
    keys = [key async for key in redis.scan_iter(f"{prefix}*")]
    if keys:
        await redis.delete(*keys)
    await redis.aclose()


async def test_compare_and_set_refuses_stale_writers(store: LeaseStore) -> None:
    first = decide_acquire(None, candidate(1, 100), NOW, MINUTE).lease
    assert first is not None
    assert await store.compare_and_set(1, None, first)
    assert not await store.compare_and_set(1, None, first)  # someone already holds it
    second = decide_acquire(first, candidate(2, 200), NOW, MINUTE).lease
    assert second is not None
    assert await store.compare_and_set(1, first, second)
    assert not await store.compare_and_set(1, first, None)  # stale: first was replaced
    assert await store.load(1) == second
    assert [lease.lease_id for lease in await store.for_project(1)] == [second.lease_id]
    assert await store.due(NOW) == []
    assert [lease.lease_id for lease in await store.due(NOW + 2 * MINUTE)] == [second.lease_id]
    assert await store.compare_and_set(1, second, None)
    assert await store.load(1) is None and await store.for_project(1) == []


async def racer_principal(index: int, role: Role) -> Principal:
    user, _ = await User.get_or_create(
        username=f"racer-{index}-{role.value.lower()}",
        defaults={"display_name": "racer", "role": role, "password_hash": "x"},
    )
    return Principal(user_id=user.id, username=user.username, role=role, district_id=1)


async def test_many_concurrent_acquirers_never_make_two_holders(store: LeaseStore, world: World) -> None:
    camera: Camera = world.cameras["A2"][0]
    bus = InProcessBus()
    clock = Clock(datetime.now(UTC) + timedelta(hours=2))
    service = ControlService(store, bus, ControlConfig(priorities=TABLE), clock=clock)
    rng = random.Random(4)
    roles = [rng.choice([Role.SUPERVISOR, Role.DISTRICT_CENTER, Role.CITY_CENTER]) for _ in range(40)]
    granted: list[Any] = []
    racers = [await racer_principal(i, role) for i, role in enumerate(roles)]
    async with bus.subscribe(control_topic(camera.id)) as stream:

        async def racer(index: int, role: Role) -> None:
            try:
                granted.append(await service.acquire(racers[index], camera, world.district_a.id))
            except ControlError as error:
                assert error.code == "CONTROL_HELD"

        await asyncio.gather(*(racer(i, role) for i, role in enumerate(roles)))
        events = []
        while len(events) < len(granted):
            events.append(await asyncio.wait_for(anext(stream), 2))  # type: ignore[call-overload]
    final = await store.load(camera.id)
    assert final is not None
    assert final.priority == max(TABLE.of(r) for r in roles)  # type: ignore[type-var]
    # Each grant replaced exactly the lease before it, with a strictly higher priority: a single chain.
    chain = causal_chain([e for e in events if e["kind"] in ("ACQUIRED", "PREEMPTED")], "lease_id")
    assert chain[-1]["lease"]["lease_id"] == final.lease_id
    await service.aclose()
    if isinstance(store, DatabaseLeaseStore):
        await CameraControlLeaseRow.filter(camera_id=camera.id).delete()
