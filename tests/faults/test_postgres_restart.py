"""Fault suite: PostgreSQL restarted under a running backend — on a cluster of the test's own
(initdb under a temporary directory, as user postgres, on another port; never the machine's):
while it is down the API answers 503 SERVICE_UNAVAILABLE at once, and it recovers by itself."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.faults.backend_process import Backend, running_backend
from tests.gateway.gateway_support import free_port

pytestmark = pytest.mark.slow

PG_BIN = Path("/usr/lib/postgresql/15/bin")
ME = "{ me { id } }"


class OwnPostgres:
    def __init__(self, root: Path) -> None:
        self.dir = root / "pgdata"
        self.port = free_port()

    def _as_postgres(self, *command: str) -> None:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *command], check=True, capture_output=True, timeout=120
        )

    def init(self) -> None:
        self.dir.mkdir(parents=True)
        shutil.chown(self.dir, "postgres", "postgres")
        self._as_postgres(str(PG_BIN / "initdb"), "-D", str(self.dir), "-A", "trust", "-U", "postgres")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._as_postgres(
            str(PG_BIN / "pg_ctl"),
            "-D",
            str(self.dir),
            "-o",
            options,
            "-l",
            str(self.dir / "log"),
            "-w",
            "start",
        )

    def stop(self) -> None:
        self._as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.dir), "-m", "fast", "-w", "stop")

    def create_database(self, name: str) -> str:
        self._as_postgres(str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), name)
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"


@pytest.fixture(scope="module")
def postgres_and_backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[OwnPostgres, Backend]]:
    if os.geteuid() != 0 or not (PG_BIN / "initdb").exists():
        pytest.skip("needs root (to run initdb as postgres) and PostgreSQL 15 binaries")
    root = tmp_path_factory.mktemp("pgrestart")
    # pytest's temporary directories are private to root; the cluster needs a place postgres can reach.
    cluster_root = Path(tempfile.mkdtemp(prefix="sitewatch-pg-"))
    cluster_root.chmod(0o755)
    postgres = OwnPostgres(cluster_root)
    postgres.init()
    postgres.start()
    try:
        url = postgres.create_database("sitewatch")
        with running_backend(root, database_url=url) as backend:
            yield postgres, backend
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            postgres.stop()
        shutil.rmtree(cluster_root, ignore_errors=True)


def test_postgres_restart_is_503_at_once_and_recovers_by_itself(
    postgres_and_backend: tuple[OwnPostgres, Backend],
) -> None:
    postgres, backend = postgres_and_backend
    token = backend.token("SUPERVISOR")
    headers = {"authorization": f"Bearer {token}"}
    with httpx.Client(base_url=backend.url, trust_env=False, timeout=10) as http:
        assert http.post("/graphql", json={"query": ME}, headers=headers).json()["data"]["me"]["id"]

        postgres.stop()
        started = time.monotonic()
        during = http.post("/graphql", json={"query": ME}, headers=headers)
        answered_in = time.monotonic() - started
        assert during.status_code == 503, during.text
        assert during.json()["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"
        assert during.headers["retry-after"]
        assert answered_in < 3.0

        postgres.start()
        deadline = time.monotonic() + 30
        recovered = False
        while time.monotonic() < deadline and not recovered:
            again = http.post("/graphql", json={"query": ME}, headers=headers)
            recovered = again.status_code == 200 and bool((again.json().get("data") or {}).get("me"))
            if not recovered:
                time.sleep(0.3)
        assert recovered, "the backend did not recover after PostgreSQL came back"
