"""Without Redis, one backend per database: a second one is refused at startup.

The in-process bus relays the shared outbox to its own subscribers only, and each relay deletes the rows
it moved. Two backends on one database without Redis would each take some of the other's events: alerts,
lease changes and session ends would reach only the sockets of whichever process relayed them, with no
error anywhere. Several backends need ``SITEWATCH_REDIS_URL`` (the Redis bus reads one stream on every
instance).

The claim is held for the process's lifetime and released by the operating system or the database when
the process ends, crash included:
- PostgreSQL: a session-level advisory lock on a connection of its own;
- SQLite: an exclusive ``flock`` on a file beside the database (an in-memory database is private anyway).

A restart may overlap the previous process's shutdown, so the claim is retried for ``wait_seconds``.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
import time
import urllib.parse
from collections.abc import AsyncIterator, Awaitable, Callable

import asyncpg

from backend.db import normalise_url, sqlite_path

SOLE_BACKEND_LOCK_KEY = 0x5357_4F4E  # "SWON": one backend without Redis; any constant no other lock uses
RETRY_SECONDS = 0.25


class SecondBackendRefused(RuntimeError):
    """Another backend already serves this database without Redis."""

    def __init__(self, database: str) -> None:
        super().__init__(
            f"another SiteWatch backend is already running on {database} without Redis. Without Redis each "
            "backend relays events to its own subscribers only, so several would lose alerts between them: "
            "stop the other backend, or set SITEWATCH_REDIS_URL on every backend to run several."
        )


def database_location(database_url: str) -> str:
    """The database's location for messages: no password."""
    parts = urllib.parse.urlsplit(database_url)
    if parts.scheme == "sqlite":
        return database_url
    host = parts.hostname or "localhost"
    return f"{host}:{parts.port or 5432}{parts.path}"


async def _retry_until(deadline: float, attempt: Callable[[], Awaitable[bool]]) -> bool:
    while True:
        if await attempt():
            return True
        if time.monotonic() >= deadline:
            return False
        await asyncio.sleep(RETRY_SECONDS)


@contextlib.asynccontextmanager
async def _postgres_claim(database_url: str, wait_seconds: float) -> AsyncIterator[None]:
    parts = urllib.parse.urlsplit(normalise_url(database_url))
    # tortoise's pool options (minsize, maxsize, …) in the query are not connection settings
    connection = await asyncpg.connect(
        urllib.parse.urlunsplit(parts._replace(scheme="postgresql", query="")),
        # the server ends the session of a backend whose host vanished (no FIN) within ≈ 25 s rather than
        # after the system's two hours of TCP keepalive: its replacement can then take the claim
        server_settings={
            "tcp_keepalives_idle": "10",
            "tcp_keepalives_interval": "5",
            "tcp_keepalives_count": "3",
        },
    )
    try:

        async def attempt() -> bool:
            return bool(await connection.fetchval("SELECT pg_try_advisory_lock($1)", SOLE_BACKEND_LOCK_KEY))

        if not await _retry_until(time.monotonic() + wait_seconds, attempt):
            raise SecondBackendRefused(database_location(database_url))
        yield
    finally:
        await connection.close()  # ends the session, which releases the lock


@contextlib.asynccontextmanager
async def _sqlite_claim(database_url: str, wait_seconds: float) -> AsyncIterator[None]:
    path = sqlite_path(database_url)
    if path is None:  # in memory: private to this process anyway
        yield
        return
    lock_path = path.with_name(path.name + ".backend.lock")
    descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:

        async def attempt() -> bool:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            os.ftruncate(descriptor, 0)
            os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)  # for whoever wonders who holds it
            return True

        if not await _retry_until(time.monotonic() + wait_seconds, attempt):
            raise SecondBackendRefused(database_location(database_url))
        yield
    finally:
        os.close(descriptor)  # releases the flock


def sole_backend(database_url: str, wait_seconds: float) -> contextlib.AbstractAsyncContextManager[None]:
    """Hold the database's one-backend claim, or raise ``SecondBackendRefused`` after ``wait_seconds``."""
    if database_url.startswith("sqlite://"):
        return _sqlite_claim(database_url, wait_seconds)
    return _postgres_claim(database_url, wait_seconds)
