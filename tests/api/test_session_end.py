"""Finding 3 (backend side): ending a session reaches its live connections. Logout, reuse of a
rotated refresh token and end_user_sessions (deactivation, password reset) close the user's open
graphql-transport-ws connections within 2 s, and a connection is closed when its access token
expires (code 4403: graphql-ws clients reconnect with a refreshed token)."""

from __future__ import annotations

import asyncio
import json
import socket
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import uvicorn
import websockets

from backend.app import create_app
from backend.auth.services import create_user
from backend.auth.sessions import end_user_sessions
from backend.authz.roles import Role
from backend.settings import Settings
from tests.conftest import GraphQLClient, login, make_settings
from tests.world import World

SUBSCRIPTION = "subscription { alerts { id } }"
ME = "{ me { id } }"
WITHIN_SECONDS = 2.0


async def fresh_user(world: World) -> tuple[int, str]:
    username = f"ended-{uuid.uuid4().hex[:8]}"
    user = await create_user(
        username, world.password, Role.SUPERVISOR, "Ended", project_id=world.project_a1.id
    )
    return user.id, username


@asynccontextmanager
async def subscription(ws_url: str, token: str) -> AsyncIterator[Any]:
    async with websockets.connect(
        ws_url, subprotocols=[websockets.Subprotocol("graphql-transport-ws")]
    ) as ws:
        await ws.send(
            json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}})
        )
        assert json.loads(await asyncio.wait_for(ws.recv(), 5))["type"] == "connection_ack"
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIPTION}}))
        yield ws


async def closed_within(ws: Any, seconds: float) -> tuple[int | None, float]:
    """Waits for the server to close; returns (close code, seconds it took)."""
    started = time.monotonic()
    try:
        while True:
            await asyncio.wait_for(ws.recv(), max(0.01, seconds - (time.monotonic() - started)))
    except websockets.ConnectionClosed as closed:
        return closed.rcvd.code if closed.rcvd else None, time.monotonic() - started
    except TimeoutError:
        return None, time.monotonic() - started


async def still_open(ws: Any, seconds: float = 1.5) -> bool:
    code, _ = await closed_within(ws, seconds)
    return code is None and ws.state is websockets.State.OPEN


async def test_end_user_sessions_closes_every_connection_and_token(
    live_server, client: httpx.AsyncClient, world: World
) -> None:  # type: ignore[no-untyped-def]
    user_id, username = await fresh_user(world)
    first = await login(client, username, world.password)
    second = await login(client, username, world.password)
    async with (
        subscription(live_server.state.ws_url, first["accessToken"]) as ws_a,
        subscription(live_server.state.ws_url, second["accessToken"]) as ws_b,
    ):
        await asyncio.sleep(0.2)
        await end_user_sessions(user_id, "deactivated")
        results = await asyncio.gather(closed_within(ws_a, 5), closed_within(ws_b, 5))
    for code, took in results:
        assert code == 4403
        assert took < WITHIN_SECONDS
    for tokens in (first, second):
        body = await GraphQLClient(client, tokens["accessToken"]).execute(ME)
        assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    refreshed = await GraphQLClient(client).data(
        "mutation($t: String!) { refreshToken(refreshToken: $t) { __typename } }",
        {"t": first["refreshToken"]},
    )
    assert refreshed["refreshToken"]["__typename"] == "InvalidRefreshToken"


async def test_logout_closes_that_sessions_connections_only(
    live_server, client: httpx.AsyncClient, world: World
) -> None:  # type: ignore[no-untyped-def]
    _, username = await fresh_user(world)
    leaving = await login(client, username, world.password)
    staying = await login(client, username, world.password)
    async with (
        subscription(live_server.state.ws_url, leaving["accessToken"]) as ws_leaving,
        subscription(live_server.state.ws_url, staying["accessToken"]) as ws_staying,
    ):
        await asyncio.sleep(0.2)
        out = await GraphQLClient(client, leaving["accessToken"]).data("mutation { logout { __typename } }")
        assert out["logout"]["__typename"] == "LogoutSuccess"
        code, took = await closed_within(ws_leaving, 5)
        assert code == 4403 and took < WITHIN_SECONDS
        assert await still_open(ws_staying)


async def test_refresh_token_reuse_closes_the_sessions_connections(
    live_server, client: httpx.AsyncClient, world: World
) -> None:  # type: ignore[no-untyped-def]
    _, username = await fresh_user(world)
    tokens = await login(client, username, world.password)
    refresh = "mutation($t: String!) { refreshToken(refreshToken: $t) { __typename ... on RefreshSuccess { accessToken } } }"
    rotated = await GraphQLClient(client).data(refresh, {"t": tokens["refreshToken"]})
    async with subscription(live_server.state.ws_url, rotated["refreshToken"]["accessToken"]) as ws:
        await asyncio.sleep(0.2)
        reused = await GraphQLClient(client).data(refresh, {"t": tokens["refreshToken"]})
        assert reused["refreshToken"]["__typename"] == "InvalidRefreshToken"
        code, took = await closed_within(ws, 5)
    assert code == 4403 and took < WITHIN_SECONDS


@asynccontextmanager
async def served(settings: Settings, **overrides: Any) -> AsyncIterator[str]:
    app = create_app(
        make_settings(settings.database_url, settings.data_dir, **overrides), manage_database=False
    )
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.02)
    try:
        yield f"127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


async def test_connection_closes_when_its_access_token_expires(settings: Settings, world: World) -> None:
    _, username = await fresh_user(world)
    async with served(settings, access_token_ttl_seconds=2) as address:
        async with httpx.AsyncClient(base_url=f"http://{address}") as http:
            tokens = await login(http, username, world.password)
        async with subscription(f"ws://{address}/graphql", tokens["accessToken"]) as ws:
            code, took = await closed_within(ws, 6)
    assert code == 4403
    assert 1.0 < took < 4.0
