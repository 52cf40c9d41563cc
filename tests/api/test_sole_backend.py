"""Without Redis, a second backend on the same database is refused (backend/events/sole_instance.py).

Two backends sharing a database through in-process buses would each relay (and delete) some of the other's
outbox events: alerts would silently reach only one process's sockets.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from backend.events.sole_instance import SecondBackendRefused, database_location, sole_backend
from tests.conftest import ENGINES, create_postgres_database, drop_postgres_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=ENGINES)
async def fresh_database(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    if request.param == "sqlite":
        yield f"sqlite://{tmp_path / 'sole.sqlite3'}"
        return
    name, url = await create_postgres_database()
    try:
        yield url
    finally:
        await drop_postgres_database(name)


async def test_a_second_claim_is_refused_while_the_first_is_held(fresh_database: str) -> None:
    async with sole_backend(fresh_database, wait_seconds=0):
        with pytest.raises(SecondBackendRefused) as refused:
            async with sole_backend(fresh_database, wait_seconds=0.3):
                pytest.fail("two backends hold the claim at once")
    message = str(refused.value)
    assert "SITEWATCH_REDIS_URL" in message
    assert fresh_database.rsplit("/", 1)[-1] in message  # the file or the database name
    # the first one gone, the claim is free again
    async with sole_backend(fresh_database, wait_seconds=0):
        pass


def test_the_refusal_names_the_database_without_its_password() -> None:
    message = str(
        SecondBackendRefused(
            database_location("postgres://sitewatch:s3cret@db.internal:6432/city?maxsize=20")
        )
    )
    assert "db.internal:6432/city" in message
    assert "s3cret" not in message and "sitewatch:" not in message


async def test_a_restart_waits_for_the_previous_backend_to_let_go(fresh_database: str) -> None:
    held = asyncio.Event()

    async def previous_backend() -> None:
        async with sole_backend(fresh_database, wait_seconds=0):
            held.set()
            await asyncio.sleep(0.6)

    previous = asyncio.create_task(previous_backend())
    await held.wait()
    started = time.monotonic()
    async with sole_backend(fresh_database, wait_seconds=5):
        waited = time.monotonic() - started
    await previous
    assert 0.5 <= waited < 5, waited


async def test_claims_on_other_databases_do_not_conflict(tmp_path: Path) -> None:
    name, other_postgres = await create_postgres_database()
    try:
        async with (
            sole_backend(f"sqlite://{tmp_path / 'one.sqlite3'}", wait_seconds=0),
            sole_backend(f"sqlite://{tmp_path / 'two.sqlite3'}", wait_seconds=0),
            sole_backend(other_postgres, wait_seconds=0),
            sole_backend(f"sqlite://{tmp_path / 'x.sqlite3'}?journal_mode=wal", wait_seconds=0),
            sole_backend("sqlite://:memory:", wait_seconds=0),
            sole_backend("sqlite://:memory:", wait_seconds=0),
        ):
            pass
        second, another_postgres = await create_postgres_database()
        try:
            async with (
                sole_backend(other_postgres, wait_seconds=0),
                sole_backend(another_postgres, wait_seconds=0),
            ):
                pass
        finally:
            await drop_postgres_database(second)
    finally:
        await drop_postgres_database(name)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(params=ENGINES)
def served_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite://{tmp_path / 'served.sqlite3'}"
        return
    name, url = asyncio.run(create_postgres_database())
    try:
        yield url
    finally:
        asyncio.run(drop_postgres_database(name))


def serve(database_url: str, data_dir: Path, port: int, log_name: str) -> subprocess.Popen[bytes]:
    """`sitewatch serve` without Redis; its log (stderr) in ``data_dir / log_name``."""
    env = {
        **os.environ,
        "SITEWATCH_DATABASE_URL": database_url,
        "SITEWATCH_REDIS_URL": "",
        "SITEWATCH_JWT_SECRET": "sole-backend-" + "s" * 40,
        "SITEWATCH_DATA_DIR": str(data_dir),
        "SITEWATCH_FRONTEND_DIST": "/nonexistent",
        "SITEWATCH_CHECK_INTERVAL": "0",
        "SITEWATCH_SOLE_BACKEND_WAIT_SECONDS": "0.5",
    }
    with open(data_dir / log_name, "wb") as log:  # the child keeps its own descriptor
        return subprocess.Popen(
            [sys.executable, "-m", "backend.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )


def wait_healthy(process: subprocess.Popen[bytes], port: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, "backend exited"
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1, trust_env=False).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    pytest.fail("backend did not start")


@pytest.mark.slow
def test_a_second_served_backend_without_redis_exits_with_the_reason(
    served_database: str, tmp_path: Path
) -> None:
    first_port = free_port()
    first = serve(served_database, tmp_path, first_port, "first.log")
    try:
        wait_healthy(first, first_port)
        second = serve(served_database, tmp_path, free_port(), "second.log")
        try:
            second.wait(timeout=60)
        finally:
            second.kill()
        stderr = (tmp_path / "second.log").read_text()
        assert second.returncode != 0
        assert "another SiteWatch backend is already running" in stderr
        assert "SITEWATCH_REDIS_URL" in stderr
        # the first one keeps serving
        assert (
            httpx.get(f"http://127.0.0.1:{first_port}/healthz", timeout=5, trust_env=False).status_code == 200
        )
    finally:
        first.terminate()
        first.wait(timeout=30)
    # once the first has stopped, a backend starts on the same database
    again_port = free_port()
    again = serve(served_database, tmp_path, again_port, "again.log")
    try:
        wait_healthy(again, again_port)
    finally:
        again.terminate()
        again.wait(timeout=30)
