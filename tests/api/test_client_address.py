"""Finding 4: X-Forwarded-For counts only from configured proxies, and logins are limited per
account (from any address) and per address (for any account) — through a real uvicorn
configured as `sitewatch serve` runs it."""

from __future__ import annotations

import asyncio
import socket
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import httpx
import uvicorn

from backend.app import create_app
from backend.audit.models import AuditEvent
from backend.cli import UVICORN_OPTIONS
from backend.client_address import TrustedProxies, parse_proxies
from backend.settings import Settings
from tests.conftest import LOGIN, make_settings
from tests.world import World


@asynccontextmanager
async def served(settings: Settings, **overrides: Any) -> AsyncIterator[str]:
    app = create_app(
        make_settings(settings.database_url, settings.data_dir, **overrides), manage_database=False
    )
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(
            app, host="127.0.0.1", port=port, log_level="warning", lifespan="off", **UVICORN_OPTIONS
        )
    )
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task
        await app.state.services.close()


async def attempt(http: httpx.AsyncClient, username: str, forwarded: str | None) -> str:
    headers = {"x-forwarded-for": forwarded} if forwarded else {}
    response = await http.post(
        "/graphql",
        json={"query": LOGIN, "variables": {"username": username, "password": "wrong"}},
        headers=headers,
    )
    return str(response.json()["data"]["login"]["code"])


def addresses() -> Callable[[], str]:
    counter = iter(range(1, 10_000))
    return lambda: f"203.0.113.{next(counter) % 250 + 1}"


def test_forwarded_header_only_from_trusted_proxies() -> None:
    proxies = TrustedProxies(parse_proxies("10.0.0.0/8, 192.0.2.7"))
    assert proxies.client_of("198.51.100.9", ["1.2.3.4"]) == "198.51.100.9"
    assert proxies.client_of("10.1.2.3", ["1.2.3.4"]) == "1.2.3.4"
    # The client may prepend anything: only the hop our proxy appended counts.
    assert proxies.client_of("10.1.2.3", ["6.6.6.6, 1.2.3.4"]) == "1.2.3.4"
    assert proxies.client_of("10.1.2.3", ["1.2.3.4, 192.0.2.7"]) == "1.2.3.4"
    assert proxies.client_of("10.1.2.3", ["not-an-ip"]) == "10.1.2.3"
    assert TrustedProxies().client_of("127.0.0.1", ["1.2.3.4"]) == "127.0.0.1"


async def test_rotating_forwarded_for_does_not_reset_the_limit(settings: Settings, world: World) -> None:
    username = world.usernames["SUPERVISOR"]
    fake = addresses()
    async with served(settings, login_attempts_per_window=3) as url, httpx.AsyncClient(base_url=url) as http:
        codes = [await attempt(http, username, fake()) for _ in range(5)]
    assert codes[:3] == ["INVALID_CREDENTIALS"] * 3
    assert codes[3:] == ["RATE_LIMITED"] * 2


async def test_audit_log_records_the_peer_not_the_forged_header(settings: Settings, world: World) -> None:
    marker = f"nobody-{uuid.uuid4().hex[:8]}"
    async with served(settings) as url, httpx.AsyncClient(base_url=url) as http:
        await attempt(http, marker, "6.6.6.6")
    event = await AuditEvent.filter(action="auth.login_failed").order_by("-id").first()
    assert event is not None and event.detail["username"] == marker
    assert event.client_ip == "127.0.0.1"


async def test_behind_a_configured_proxy_the_forwarded_client_is_used(
    settings: Settings, world: World
) -> None:
    marker = f"nobody-{uuid.uuid4().hex[:8]}"
    async with (
        served(settings, trusted_proxies="127.0.0.1") as url,
        httpx.AsyncClient(base_url=url) as http,
    ):
        await attempt(http, marker, "6.6.6.6, 198.51.100.20")
    event = await AuditEvent.filter(action="auth.login_failed").order_by("-id").first()
    assert event is not None and event.detail["username"] == marker
    assert event.client_ip == "198.51.100.20"


async def test_limit_per_account_across_real_client_addresses(settings: Settings, world: World) -> None:
    """Behind our proxy every attempt comes from a different real address: the account still locks."""
    username = world.usernames["CONTRACTOR"]
    fake = addresses()
    async with (
        served(settings, trusted_proxies="127.0.0.1", login_attempts_per_window=3) as url,
        httpx.AsyncClient(base_url=url) as http,
    ):
        codes = [await attempt(http, username, fake()) for _ in range(4)]
    assert codes == ["INVALID_CREDENTIALS"] * 3 + ["RATE_LIMITED"]


async def test_limit_per_address_across_accounts(settings: Settings, world: World) -> None:
    async with (
        served(settings, login_attempts_per_window=50, login_attempts_per_address=4) as url,
        httpx.AsyncClient(base_url=url) as http,
    ):
        codes = [await attempt(http, f"user-{uuid.uuid4().hex[:6]}", None) for _ in range(5)]
    assert codes == ["INVALID_CREDENTIALS"] * 4 + ["RATE_LIMITED"]
