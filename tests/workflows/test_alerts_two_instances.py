"""Alerts across backend instances: two real `sitewatch serve` processes sharing PostgreSQL and
Redis. A hazard notice issued through instance A reaches a graphql-transport-ws subscriber of
instance B live; after a reconnect with `since`, B replays exactly what was missed."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import websockets

from tests.conftest import create_postgres_database, drop_postgres_database

REDIS_URL = os.environ.get("SITEWATCH_TEST_REDIS", "redis://127.0.0.1:6379/0")
SERVE = [str(Path(sys.executable).parent / "sitewatch"), "serve", "--host", "127.0.0.1"]
SUBSCRIPTION = "subscription($since: String) { alerts(since: $since) { id kind title message cursor } }"
ISSUE = """mutation($p: ID!, $d: DateTime!, $t: String!) { issueHazardNotice(input: {projectId: $p, kind: RECTIFY,
  severity: MEDIUM, description: $t, deadline: $d}) { __typename } }"""

SEED = textwrap.dedent(
    """
    import asyncio, sys
    from backend import db
    from backend.auth.models import User
    from backend.auth.passwords import hash_password
    from backend.authz.roles import Role
    from backend.districts.models import City, District
    from backend.graphql_core.ids import to_global_id
    from backend.projects.models import Project

    async def main(url):
        await db.migrate(url)
        await db.connect(url)
        city = await City.create(name="测试", name_en="Test")
        district = await District.create(city=city, code="R1", name="甲", name_en="A")
        project = await Project.create(code="R1-1", name="Redis project", district=district, single_building_area_m2=1.0)
        await User.create(username="rcity", display_name="c", role=Role.CITY_CENTER, password_hash=hash_password("pw-redis-test"))
        print(to_global_id("Project", project.id))
        await db.disconnect()

    asyncio.run(main(sys.argv[1]))
    """
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
async def cluster(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[dict[str, Any]]:
    name, url = await create_postgres_database()
    data_dir = tmp_path_factory.mktemp("cluster")
    env = {
        **os.environ,
        "SITEWATCH_DATABASE_URL": url,
        "SITEWATCH_REDIS_URL": REDIS_URL,
        "SITEWATCH_JWT_SECRET": "two-instance-secret-" + "z" * 32,
        "SITEWATCH_DATA_DIR": str(data_dir),
        "SITEWATCH_CHECK_INTERVAL": "0",
    }
    seeded = subprocess.run(  # noqa: ASYNC221 - one-off setup before the servers start
        [sys.executable, "-c", SEED, url], env=env, capture_output=True, text=True, check=True
    )
    project_gid = seeded.stdout.strip().splitlines()[-1]
    ports = [_free_port(), _free_port()]
    processes = [
        subprocess.Popen(  # noqa: ASYNC220 - long-running servers, not awaited
            [*SERVE, "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        for port in ports
    ]
    try:
        async with httpx.AsyncClient() as http:
            for port in ports:
                for _ in range(200):
                    try:
                        if (await http.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200:
                            break
                    except httpx.TransportError:
                        await asyncio.sleep(0.05)
                else:
                    raise RuntimeError("backend did not start")
        yield {"ports": ports, "project": project_gid}
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(10)
        await drop_postgres_database(name)


async def _token(port: int) -> str:
    async with httpx.AsyncClient() as http:
        response = await http.post(
            f"http://127.0.0.1:{port}/graphql",
            json={
                "query": 'mutation { login(username: "rcity", password: "pw-redis-test") '
                "{ ... on LoginSuccess { accessToken } } }"
            },
        )
    return str(response.json()["data"]["login"]["accessToken"])


async def _issue(port: int, token: str, project: str, text: str) -> None:
    async with httpx.AsyncClient() as http:
        response = await http.post(
            f"http://127.0.0.1:{port}/graphql",
            headers={"authorization": f"Bearer {token}"},
            json={
                "query": ISSUE,
                "variables": {
                    "p": project,
                    "t": text,
                    "d": (datetime.now(UTC) + timedelta(days=1)).isoformat(),
                },
            },
        )
    assert response.json()["data"]["issueHazardNotice"]["__typename"] == "HazardNoticePayload", response.text


class Subscriber:
    def __init__(self, ws: Any) -> None:
        self.ws = ws

    async def next(self, timeout: float = 5) -> dict[str, Any]:
        while True:
            message = json.loads(await asyncio.wait_for(self.ws.recv(), timeout))
            if message["type"] == "next":
                return dict(message["payload"]["data"]["alerts"])
            assert message["type"] in ("ping", "pong"), message


async def _subscribe(port: int, token: str, since: str | None) -> Any:
    ws = await websockets.connect(
        f"ws://127.0.0.1:{port}/graphql", subprotocols=[websockets.Subprotocol("graphql-transport-ws")]
    )
    await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}))
    assert json.loads(await asyncio.wait_for(ws.recv(), 5))["type"] == "connection_ack"
    await ws.send(
        json.dumps(
            {
                "id": "1",
                "type": "subscribe",
                "payload": {"query": SUBSCRIPTION, "variables": {"since": since}},
            }
        )
    )
    await asyncio.sleep(0.3)  # let B subscribe to Redis before A publishes
    return ws


async def test_alert_raised_on_instance_a_reaches_subscriber_of_instance_b_with_since_replay(cluster) -> None:  # type: ignore[no-untyped-def]
    port_a, port_b = cluster["ports"]
    token_a, token_b = await _token(port_a), await _token(port_b)
    ws = await _subscribe(port_b, token_b, None)
    try:
        await _issue(port_a, token_a, cluster["project"], "live via redis")
        live = await Subscriber(ws).next()
        assert live["kind"] == "HAZARD_NOTICE" and "live via redis" in live["message"]
    finally:
        await ws.close()
    for n in range(3):  # B's client is away
        await _issue(port_a, token_a, cluster["project"], f"missed {n}")
    ws = await _subscribe(port_b, token_b, live["cursor"])
    try:
        subscriber = Subscriber(ws)
        replayed = [await subscriber.next() for _ in range(3)]
        await _issue(port_a, token_a, cluster["project"], "after reconnect")
        after = await subscriber.next()
        with pytest.raises(TimeoutError):
            await subscriber.next(timeout=0.7)  # nothing twice
    finally:
        await ws.close()
    ids = [a["id"] for a in [*replayed, after]]
    assert len(set(ids)) == 4 and live["id"] not in ids
    assert [a["message"].split(": ", 1)[1].split(" (")[0] for a in replayed] == [
        "missed 0",
        "missed 1",
        "missed 2",
    ]
