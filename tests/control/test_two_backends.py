"""Two real backend processes sharing PostgreSQL and Redis: many concurrent acquirers of mixed priority,
spread over both, never yield two holders (every grant replaces exactly the lease before it, as seen by
a subscriber on the other process through the Redis bus), and the highest priority ends up holding.
Run with the Redis lease store and with the database lease store."""

from __future__ import annotations

import asyncio
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import websockets
from redis.asyncio import Redis

from tests.conftest import create_postgres_database, drop_postgres_database
from tests.control.simcam_support import REPO, free_port

pytestmark = pytest.mark.slow
REDIS_URL = os.environ.get("SITEWATCH_TEST_REDIS_CONTROL", "redis://127.0.0.1:6379/13")
PASSWORD = "correct-horse-battery"
PRIORITY = {"SUPERVISOR": 100, "DISTRICT_CENTER": 200, "CITY_CENTER": 300}
RACERS_PER_ROLE = 8

SEED = """
import asyncio, json, sys
from backend import db
from backend.auth.models import User
from backend.auth.passwords import hash_password
from backend.authz.roles import Role
from tests.world import build_world

async def main(url):
    await db.migrate(url)
    await db.connect(url)
    world = await build_world()
    digest = hash_password(PASSWORD_LITERAL)
    users = {}
    for role, scope in (("SUPERVISOR", {"project": world.project_a1}), ("DISTRICT_CENTER", {"district": world.district_a}),
                        ("CITY_CENTER", {})):
        users[role] = []
        for n in range(PER_ROLE_LITERAL):
            user = await User.create(username=f"race-{role.lower()}-{n}", display_name=role, role=Role(role),
                                     password_hash=digest, **scope)
            users[role].append(user.username)
    print(json.dumps({"camera": world.gid("Camera", world.cameras["A1"][0].id), "users": users}))
    await db.disconnect()

asyncio.run(main(sys.argv[1]))
""".replace("PASSWORD_LITERAL", repr(PASSWORD)).replace("PER_ROLE_LITERAL", str(RACERS_PER_ROLE))


@dataclass
class Backend:
    url: str
    process: subprocess.Popen[bytes]

    @property
    def ws(self) -> str:
        return self.url.replace("http://", "ws://") + "/graphql"


@pytest.fixture(scope="module")
async def shared_database() -> AsyncIterator[tuple[str, dict[str, Any]]]:
    name, url = await create_postgres_database()
    seeded = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-c", SEED, url],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    yield url, json.loads(seeded.stdout.strip().splitlines()[-1])
    await drop_postgres_database(name)


def start_backend(database_url: str, store: str) -> Backend:
    port = free_port()
    env = {
        **os.environ,
        "SITEWATCH_DATABASE_URL": database_url,
        "SITEWATCH_REDIS_URL": REDIS_URL,
        "SITEWATCH_CONTROL_STORE": store,
        "SITEWATCH_JWT_SECRET": "two-backends-secret-" + "y" * 40,
        "SITEWATCH_CHECK_INTERVAL": "0",
        "SITEWATCH_LOGIN_ATTEMPTS": "1000",
        "SITEWATCH_FRONTEND_DIST": "/nonexistent",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "backend.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    backend = Backend(f"http://127.0.0.1:{port}", process)
    deadline = time.monotonic() + 60
    while True:
        assert process.poll() is None, "backend exited"
        try:
            if httpx.get(backend.url + "/healthz", timeout=1, trust_env=False).status_code == 200:
                return backend
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, "backend did not start"
        time.sleep(0.2)


def stop_backend(backend: Backend) -> None:
    backend.process.terminate()
    try:
        backend.process.wait(10)
    except subprocess.TimeoutExpired:
        backend.process.kill()
        backend.process.wait(5)


@pytest.fixture(params=["redis", "database"])
def backends(
    request: pytest.FixtureRequest, shared_database: tuple[str, dict[str, Any]]
) -> Iterator[list[Backend]]:
    pair = [start_backend(shared_database[0], request.param) for _ in range(2)]
    yield pair
    for backend in pair:
        stop_backend(backend)


ACQUIRE = """mutation($id: ID!) { acquireCameraControl(cameraId: $id) {
  __typename ... on CameraControlLease { id priority } ... on UserError { code } } }"""
RELEASE = "mutation($id: ID!) { releaseCameraControl(cameraId: $id) { __typename } }"
LEASE = "query($id: ID!) { cameraControlLease(cameraId: $id) { id priority holder { username } } }"
EVENTS = """subscription($id: ID!) { cameraControl(cameraId: $id) {
  kind lease { id priority } previous { id priority } } }"""


def causal_chain(events: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """Order grant events by what each replaced; fail unless they form one chain of rising priority."""
    by_previous = {(e["previous"] or {}).get(key): e for e in events}
    assert len(by_previous) == len(events), events  # no lease was replaced twice
    chain = [by_previous.pop(None)]
    assert chain[0]["kind"] == "ACQUIRED", events
    while by_previous:
        after = by_previous.pop(chain[-1]["lease"][key])
        assert after["kind"] == "PREEMPTED", events
        assert after["lease"]["priority"] > chain[-1]["lease"]["priority"], events
        chain.append(after)
    return chain


async def gql(
    http: httpx.AsyncClient, url: str, token: str, query: str, variables: dict[str, Any]
) -> dict[str, Any]:
    response = await http.post(
        url + "/graphql",
        json={"query": query, "variables": variables},
        headers={"authorization": f"Bearer {token}"},
    )
    body = response.json()
    assert not body.get("errors"), body
    return body["data"]  # type: ignore[no-any-return]


async def test_concurrent_acquirers_on_two_backends(
    backends: list[Backend], shared_database: tuple[str, dict[str, Any]]
) -> None:
    redis = Redis.from_url(REDIS_URL)
    async for key in redis.scan_iter("sitewatch:control:*"):
        await redis.delete(key)
    await redis.aclose()
    seeded = shared_database[1]
    camera = seeded["camera"]
    rng = random.Random(12)
    async with httpx.AsyncClient(timeout=30, trust_env=False) as http:
        tokens: dict[str, str] = {}
        for names in seeded["users"].values():
            for name in names:
                response = await http.post(
                    backends[0].url + "/graphql",
                    json={
                        "query": "mutation($u: String!, $p: String!) { login(username: $u, password: $p) "
                        "{ ... on LoginSuccess { accessToken } } }",
                        "variables": {"u": name, "p": PASSWORD},
                    },
                )
                tokens[name] = response.json()["data"]["login"]["accessToken"]
        role_of = {name: role for role, names in seeded["users"].items() for name in names}
        assert set(role_of.values()) == set(PRIORITY)
        async with websockets.connect(
            backends[1].ws, subprotocols=[websockets.Subprotocol("graphql-transport-ws")]
        ) as ws:
            watcher = next(iter(seeded["users"]["CITY_CENTER"]))
            await ws.send(
                json.dumps(
                    {"type": "connection_init", "payload": {"Authorization": f"Bearer {tokens[watcher]}"}}
                )
            )
            assert json.loads(await ws.recv())["type"] == "connection_ack"
            await ws.send(
                json.dumps(
                    {
                        "id": "e",
                        "type": "subscribe",
                        "payload": {"query": EVENTS, "variables": {"id": camera}},
                    }
                )
            )

            async def event() -> dict[str, Any]:
                while True:
                    message = json.loads(await asyncio.wait_for(ws.recv(), 10))
                    if message["type"] == "next":
                        return message["payload"]["data"]["cameraControl"]  # type: ignore[no-any-return]

            assert (await event())["kind"] == "STATE"
            for round_number in range(4):
                racers = list(tokens)
                rng.shuffle(racers)

                async def race(index: int, name: str) -> tuple[str, dict[str, Any]]:
                    backend = backends[index % 2]
                    data = await gql(http, backend.url, tokens[name], ACQUIRE, {"id": camera})
                    return name, data["acquireCameraControl"]

                results = await asyncio.gather(*(race(i, name) for i, name in enumerate(racers)))
                winners = [(name, r) for name, r in results if r["__typename"] == "CameraControlLease"]
                assert all(
                    r["code"] == "CONTROL_HELD" for _, r in results if r["__typename"] != "CameraControlLease"
                )
                # The subscriber on the other process sees one chain: each grant replaces the one before it.
                # (Two processes may publish in another order than they committed: follow the links.)
                chain = causal_chain([await event() for _ in winners], "id")
                holder = (
                    await gql(http, backends[round_number % 2].url, tokens[watcher], LEASE, {"id": camera})
                )["cameraControlLease"]
                assert holder["priority"] == PRIORITY["CITY_CENTER"]
                assert holder["id"] == chain[-1]["lease"]["id"]
                assert {r["id"] for _, r in winners} == {link["lease"]["id"] for link in chain}
                assert role_of[holder["holder"]["username"]] == "CITY_CENTER"
                await gql(
                    http, backends[1].url, tokens[holder["holder"]["username"]], RELEASE, {"id": camera}
                )
                assert (await event())["kind"] == "RELEASED"
