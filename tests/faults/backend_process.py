"""A real `sitewatch serve` on its own freshly seeded SQLite database (the test world), for fault
tests that may break or fill what they talk to without touching the shared test session."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from tests.gateway.gateway_support import free_port, port_open, stop_process, wait_until

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
JWT_SECRET = "fault-suite-jwt-secret-" + "f" * 32
GATEWAY_KEY = "fault-suite-gateway-key-" + "g" * 16

SEED = r"""
import asyncio, json, sys
from backend import db
from tests.world import PASSWORD, build_world

async def main(url):
    await db.migrate(url)
    await db.connect(url)
    try:
        world = await build_world()
        print(json.dumps({"password": PASSWORD, "usernames": world.usernames, "integration": world.integration_token}))
    finally:
        await db.disconnect()

asyncio.run(main(sys.argv[1]))
"""


@dataclass
class Backend:
    url: str
    seed: dict[str, Any]
    log: Path

    def token(self, role: str) -> str:
        if role == "INTEGRATION":
            return str(self.seed["integration"])
        response = httpx.post(
            f"{self.url}/graphql",
            json={
                "query": "mutation($u: String!, $p: String!) { login(username: $u, password: $p) "
                "{ ... on LoginSuccess { accessToken } } }",
                "variables": {"u": self.seed["usernames"][role], "p": self.seed["password"]},
            },
            trust_env=False,
            timeout=30,
        )
        return str(response.json()["data"]["login"]["accessToken"])


@contextmanager
def running_backend(root: Path, database_url: str | None = None, **env_overrides: str) -> Iterator[Backend]:
    database_url = database_url or f"sqlite://{root / 'sitewatch.sqlite3'}"
    seeded = subprocess.run(
        [PYTHON, "-c", SEED, database_url], cwd=REPO, capture_output=True, text=True, check=True, timeout=120
    )
    seed = json.loads(seeded.stdout.strip().splitlines()[-1])
    port = free_port()
    env = {
        **os.environ,
        "SITEWATCH_DATABASE_URL": database_url,
        "SITEWATCH_DATA_DIR": str(root / "data"),
        "SITEWATCH_JWT_SECRET": JWT_SECRET,
        "SITEWATCH_GATEWAY_KEY": GATEWAY_KEY,
        "SITEWATCH_DEMO": "0",
        "SITEWATCH_FRONTEND_DIST": str(root / "no-frontend"),
        "SITEWATCH_LOGIN_ATTEMPTS": "1000",
        "SITEWATCH_GATEWAY_SILENCE_SECONDS": "0",
        **env_overrides,
    }
    log = root / "backend.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [PYTHON, "-m", "backend.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
            cwd=REPO,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        assert wait_until(lambda: port_open(port), 30), log.read_text()
        yield Backend(f"http://127.0.0.1:{port}", seed, log)
    finally:
        stop_process(process)
