"""Database configuration: one tortoise app spanning every domain's models."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tortoise import Tortoise
from tortoise.backends.base.executor import EXECUTOR_CACHE
from tortoise.migrations.api import migrate as run_migrations

MODEL_MODULES = [
    "backend.organizations.models",
    "backend.districts.models",
    "backend.projects.models",
    "backend.cameras.models",
    "backend.documents.models",
    "backend.auth.models",
    "backend.audit.models",
    "backend.alerts.models",
    "backend.media.models",
    "backend.control.models",
    "backend.lifecycle.models",
    "backend.hazards.models",
    "backend.faults.models",
    "backend.duty.models",
    "backend.documents.access_models",
    "backend.events.models",
    "backend.wall.models",
    "backend.recordings.models",
]


def normalise_url(database_url: str) -> str:
    # tortoise names the PostgreSQL scheme "postgres"; accept the common spellings.
    for alias in ("postgresql+asyncpg://", "postgresql://"):
        if database_url.startswith(alias):
            return "postgres://" + database_url[len(alias) :]
    return database_url


def tortoise_config(database_url: str) -> dict[str, Any]:
    return {
        "connections": {"default": normalise_url(database_url)},
        "apps": {
            "models": {
                "models": MODEL_MODULES,
                "default_connection": "default",
                "migrations": "backend.migrations",
            }
        },
        "use_tz": True,
        "timezone": "UTC",
    }


def sqlite_path(database_url: str) -> Path | None:
    """The file of a SQLite URL (without its query); None for an in-memory database or another engine."""
    if not database_url.startswith("sqlite://"):
        return None
    path = database_url.removeprefix("sqlite://").split("?", 1)[0]
    return None if path in ("", ":memory:") else Path(path)


async def migrate(database_url: str) -> None:
    """Bring the schema up to date (idempotent)."""
    path = sqlite_path(database_url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    await run_migrations(config=tortoise_config(database_url))
    await Tortoise.close_connections()


async def connect(database_url: str) -> None:
    # Requests run in other tasks than the lifespan: the context must be process-global
    # (what tortoise's own Starlette integration does).
    await Tortoise.init(config=tortoise_config(database_url), _enable_global_fallback=True)


async def disconnect() -> None:
    await Tortoise.close_connections()
    # tortoise caches SQL per connection *name*: forget it so a later connect to another
    # engine under the same name (tests run SQLite then PostgreSQL) does not reuse it.
    EXECUTOR_CACHE.clear()
