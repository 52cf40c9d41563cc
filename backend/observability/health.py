"""Liveness (``/healthz``: the process answers) and readiness (``/readyz``: it can serve, i.e. the
database and, when configured, Redis answer within a short timeout)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from tortoise import connections

from backend.events.bus import EventBus
from backend.observability.metrics import Family, gauge
from backend.services import Services

CHECK_TIMEOUT_SECONDS = 2.0


async def _database() -> None:
    await connections.get("default").execute_query("SELECT 1")


async def _timed(check: Callable[[], Awaitable[Any]]) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        await asyncio.wait_for(check(), CHECK_TIMEOUT_SECONDS)
    except Exception as failure:
        return {"ok": False, "error": type(failure).__name__, "message": str(failure)[:200]}
    return {"ok": True, "ms": round((time.perf_counter() - started) * 1000, 1)}


def health_endpoints(services: Services) -> tuple[Callable[[Request], Any], Callable[[Request], Any]]:
    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(request: Request) -> Response:
        checks: dict[str, Any] = {"database": await _timed(_database)}
        redis = services.redis
        if redis is not None:
            checks["redis"] = await _timed(redis.ping)
        ready = all(check["ok"] for check in checks.values())
        return JSONResponse(
            {"status": "ready" if ready else "unready", "checks": checks}, status_code=200 if ready else 503
        )

    return healthz, readyz


def bus_families(bus: EventBus) -> list[Family]:
    """Subscribers and queue depths per topic, when the bus can tell (``stats()``)."""

    def families() -> list[Any]:
        stats = getattr(bus, "stats", None)
        if stats is None:
            return []
        subscribers = gauge(
            "sitewatch_event_subscribers",
            "Live subscribers per event topic (each GraphQL subscription holds one).",
            ["topic"],
        )
        queued = gauge(
            "sitewatch_event_queue_depth",
            "Messages waiting in subscriber queues, summed per topic.",
            ["topic"],
        )
        deepest = gauge(
            "sitewatch_event_queue_depth_max", "The deepest subscriber queue per topic.", ["topic"]
        )
        for topic, (count, total, largest) in stats().items():
            subscribers.add_metric([topic], count)
            queued.add_metric([topic], total)
            deepest.add_metric([topic], largest)
        return [subscribers, queued, deepest]

    return [families]


def fanout_families(services: Services) -> list[Family]:
    """Audiences of the alert fan-out: each is one execution per alert, whatever its subscribers."""

    def families() -> list[Any]:
        fanout = services.alert_fanout
        audiences = gauge(
            "sitewatch_alert_fanout_audiences",
            "Audiences of live alert subscriptions (one execution per alert each).",
        )
        audiences.add_metric([], len(fanout.groups) if fanout is not None else 0)
        return [audiences]

    return [families]
