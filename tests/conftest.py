"""Shared fixtures: a migrated database per engine (SQLite and the real PostgreSQL),
the ASGI app, a small scoped world of districts/projects/cameras/users, and GraphQL helpers."""

from __future__ import annotations

import asyncio
import contextlib
import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest

from backend import db
from backend.app import create_app
from backend.settings import Secret, Settings
from tests.world import World, build_world

POSTGRES_ADMIN_DSN = os.environ.get("SITEWATCH_TEST_POSTGRES", "postgres://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("SITEWATCH_TEST_REDIS", "redis://127.0.0.1:6379/15")
ENGINES = ["sqlite", "postgres"]


def make_settings(database_url: str, data_dir: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": database_url,
        "redis_url": None,
        "jwt_secret": Secret("test-secret-" + "x" * 40),
        "demo_mode": True,
        "data_dir": data_dir,
        "frontend_dist": data_dir / "no-frontend",
        "credentials_key": Secret("test-credentials-key-" + "c" * 32),
        "login_attempts_per_window": 50,
        "login_attempts_per_address": 10_000,
        # The shared world's placeholder gateway never reports: tests call the silence check themselves.
        "gateway_silence_seconds": 0,
    }
    values.update(overrides)
    return Settings(**values)


async def create_postgres_database() -> tuple[str, str]:
    name = f"sitewatch_test_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(POSTGRES_ADMIN_DSN)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    base = POSTGRES_ADMIN_DSN.rsplit("/", 1)[0]
    return name, f"{base}/{name}"


async def drop_postgres_database(name: str) -> None:
    admin = await asyncpg.connect(POSTGRES_ADMIN_DSN)
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


@pytest.fixture(scope="session", params=ENGINES)
async def database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[str]:
    """A freshly migrated database on each engine; the ORM is connected to it."""
    if request.param == "sqlite":
        url = f"sqlite://{tmp_path_factory.mktemp('sqlite') / 'sitewatch.sqlite3'}"
        pg_name = None
    else:
        pg_name, url = await create_postgres_database()
    await db.migrate(url)
    await db.connect(url)
    try:
        yield url
    finally:
        await db.disconnect()
        if pg_name:
            await drop_postgres_database(pg_name)


@pytest.fixture(scope="session")
async def world(database_url: str) -> World:
    return await build_world()


@pytest.fixture(scope="session")
def settings(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return make_settings(database_url, tmp_path_factory.mktemp("data"))


@pytest.fixture(scope="session")
async def app(settings: Settings, world: World) -> AsyncIterator[Any]:
    application = create_app(settings)
    yield application
    await application.state.services.close()


@pytest.fixture(scope="session")
async def client(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://sitewatch.test") as http:
        yield http


@pytest.fixture(scope="session")
async def live_server(settings: Settings, world: World) -> AsyncIterator[Any]:
    """The app served by a real uvicorn on a free port (for WebSocket subscriptions)."""
    import asyncio
    import socket

    import uvicorn

    application = create_app(settings, manage_database=False)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(application, host="127.0.0.1", port=port, log_level="warning"))
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.02)
    application.state.base_url = f"http://127.0.0.1:{port}"
    application.state.ws_url = f"ws://127.0.0.1:{port}/graphql"
    yield application
    server.should_exit = True
    await task


class GraphQLClient:
    """Posts GraphQL documents as one caller (a bearer token, or anonymous)."""

    def __init__(self, http: httpx.AsyncClient, token: str | None = None) -> None:
        self.http = http
        self.token = token

    async def raw(self, query: str, variables: dict[str, Any] | None = None) -> httpx.Response:
        headers = {"authorization": f"Bearer {self.token}"} if self.token else {}
        return await self.http.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )

    async def execute(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        response = await self.raw(query, variables)
        assert response.status_code == 200, response.text
        return response.json()

    async def data(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        body = await self.execute(query, variables)
        assert not body.get("errors"), body["errors"]
        return body["data"]


LOGIN = """
mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    __typename
    ... on LoginSuccess { accessToken refreshToken expiresIn user { id username role } }
    ... on UserError { code message }
    ... on RateLimited { retryAfterSeconds }
  }
}
"""


async def login(http: httpx.AsyncClient, username: str, password: str) -> dict[str, Any]:
    body = await GraphQLClient(http).data(LOGIN, {"username": username, "password": password})
    return body["login"]


@pytest.fixture(scope="session")
async def tokens(client: httpx.AsyncClient, world: World) -> dict[str, str]:
    """An access token per world user (role name → token), the integration token included."""
    result = {}
    for role, username in world.usernames.items():
        outcome = await login(client, username, world.password)
        assert outcome["__typename"] == "LoginSuccess", outcome
        result[role] = outcome["accessToken"]
    result["INTEGRATION"] = world.integration_token
    return result


@pytest.fixture
def anonymous(client: httpx.AsyncClient) -> GraphQLClient:
    return GraphQLClient(client)


@pytest.fixture
def as_role(client: httpx.AsyncClient, tokens: dict[str, str]):  # type: ignore[no-untyped-def]
    def make(role: str) -> GraphQLClient:
        return GraphQLClient(client, tokens[role])

    return make


@contextlib.asynccontextmanager
async def relays_held(keep: Any = None) -> AsyncIterator[None]:
    """Holds the outbox relays of the other event buses of this process (the session's app and live
    server, apps of other modules: every one on the same database). Each would take outbox rows onto
    its own listeners, and a relayed row is deleted, so a test waiting for every event on one bus
    could miss the few another bus took first. ``keep`` (a bus) relays on. The held relays resume
    afterwards with their subscribers untouched."""
    from backend.events.bus import EventBus

    held: list[EventBus] = []
    for task in asyncio.all_tasks():
        coroutine = task.get_coro()
        frame = getattr(coroutine, "cr_frame", None)
        if task.get_name() != "event-outbox-relay" or task.done() or frame is None:
            continue
        bus = frame.f_locals.get("self")
        if isinstance(bus, EventBus) and bus is not keep:
            bus.start = lambda: None  # type: ignore[method-assign]  # a kick must not restart it
            bus._closing = True
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            held.append(bus)
    try:
        yield
    finally:
        for bus in held:
            del bus.start  # back to the class's method
            bus.start()
