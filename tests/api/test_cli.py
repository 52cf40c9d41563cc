"""The `sitewatch` console: schema export check, migrations, create-user."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def sitewatch(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backend.cli", *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_export_schema_check_fails_on_drift(tmp_path: Path) -> None:
    stale = tmp_path / "schema.graphql"
    stale.write_text("type Query { old: Int }\n")
    result = sitewatch("export-schema", "--check", "--output", str(stale))
    assert result.returncode == 1
    assert "out of date" in result.stderr


def test_migrate_is_idempotent_and_create_user_validates_scope(tmp_path: Path) -> None:
    env = {
        "SITEWATCH_DATABASE_URL": f"sqlite://{tmp_path / 'cli.sqlite3'}",
        "SITEWATCH_JWT_SECRET": "cli-test-" + "z" * 40,
        "SITEWATCH_DATA_DIR": str(tmp_path),
        "SITEWATCH_NEW_USER_PASSWORD": "a-long-enough-password",
    }
    for _ in range(2):
        migrated = sitewatch("migrate", env=env)
        assert migrated.returncode == 0, migrated.stderr
        assert "up to date" in migrated.stdout
    created = sitewatch("create-user", "chief", "--role", "CITY_CENTER", env=env)
    assert created.returncode == 0, created.stderr
    assert "created user chief (CITY_CENTER)" in created.stdout
    unscoped = sitewatch("create-user", "lost", "--role", "DISTRICT_CENTER", env=env)
    assert unscoped.returncode == 2
    assert "need a district" in unscoped.stderr
    short = sitewatch(
        "create-user", "weak", "--role", "CITY_CENTER", env={**env, "SITEWATCH_NEW_USER_PASSWORD": "short"}
    )
    assert short.returncode == 2


def test_serve_refuses_to_start_without_a_jwt_secret(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SITEWATCH_JWT_SECRET"}
    env.update(
        {"SITEWATCH_DATABASE_URL": f"sqlite://{tmp_path / 's.sqlite3'}", "SITEWATCH_DATA_DIR": str(tmp_path)}
    )
    result = subprocess.run(
        [sys.executable, "-m", "backend.cli", "serve", "--port", "0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "SITEWATCH_JWT_SECRET must be set" in result.stderr
