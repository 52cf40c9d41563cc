"""Operations surface of the backend: /readyz checks the database and Redis, /metrics is protected and
reports request latency and live subscriptions, every request carries an X-Request-ID into the logs."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Any

import httpx
import pytest

from backend.app import create_app
from backend.observability.logs import JsonFormatter, request_id_var
from backend.settings import Secret, Settings
from tests.api.test_alerts_subscription import subscribed

GENERATED_ID = re.compile(r"[0-9a-f]{32}")


@asynccontextmanager
async def client_for(settings: Settings, peer: str = "127.0.0.1") -> AsyncIterator[httpx.AsyncClient]:
    """A client of a fresh app on the already connected test database, seen from ``peer``."""
    app = create_app(settings, manage_database=False)
    transport = httpx.ASGITransport(app=app, client=(peer, 40001))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://sitewatch.test") as http:
            yield http
    finally:
        await app.state.services.close()


def metric_value(text: str, name: str, **labels: str) -> float | None:
    for line in text.splitlines():
        if not line.startswith(name + ("{" if labels else " ")):
            continue
        if all(f'{key}="{value}"' in line for key, value in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return None


async def test_readiness_reports_the_database(client: httpx.AsyncClient) -> None:
    response = await client.get("/readyz")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "ready"
    assert body["checks"]["database"]["ok"] is True
    assert "redis" not in body["checks"]  # not configured for this app
    assert (await client.get("/healthz")).json() == {"status": "ok"}


async def test_readiness_fails_when_redis_does_not_answer(
    settings: Settings, client: httpx.AsyncClient
) -> None:
    unreachable = Settings(**{**settings.__dict__, "redis_url": "redis://127.0.0.1:1/0"})
    async with client_for(unreachable) as http:
        response = await http.get("/readyz")
        assert response.status_code == 503
        body = response.json()
        assert body["status"] == "unready"
        assert body["checks"]["database"]["ok"] is True
        assert body["checks"]["redis"]["ok"] is False
        assert body["checks"]["redis"]["error"]
        # liveness does not depend on the dependencies: restarting would not fix Redis
        assert (await http.get("/healthz")).status_code == 200


async def test_metrics_answer_internal_peers_and_count_requests(client: httpx.AsyncClient) -> None:
    await client.post("/graphql", json={"query": "{ __typename }"})
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    count = metric_value(
        response.text,
        "sitewatch_http_request_duration_seconds_count",
        route="/graphql",
        method="POST",
        status="200",
    )
    assert count is not None and count >= 1
    assert "sitewatch_recorder_bytes_total" in response.text or "sitewatch_recorder_bytes" in response.text


async def test_metrics_refuse_proxied_and_public_callers(
    settings: Settings, client: httpx.AsyncClient
) -> None:
    forwarded = await client.get("/metrics", headers={"X-Forwarded-For": "198.51.100.7"})
    assert forwarded.status_code == 403
    assert forwarded.json()["error"] == "metrics-forbidden"
    async with client_for(settings, peer="203.0.113.9") as public:
        response = await public.get("/metrics")
        assert response.status_code == 403


async def test_metrics_token_is_required_when_configured(
    settings: Settings, client: httpx.AsyncClient
) -> None:
    protected = Settings(**{**settings.__dict__, "metrics_token": Secret("m" * 32)})
    async with client_for(protected) as http:
        missing = await http.get("/metrics")
        assert missing.status_code == 401
        assert missing.json()["error"] == "metrics-unauthorized"
        wrong = await http.get("/metrics", headers={"Authorization": "Bearer " + "x" * 32})
        assert wrong.status_code == 401
        right = await http.get("/metrics", headers={"Authorization": "Bearer " + "m" * 32})
        assert right.status_code == 200
    async with client_for(protected, peer="203.0.113.9") as public:
        response = await public.get("/metrics", headers={"Authorization": "Bearer " + "m" * 32})
        assert response.status_code == 200  # with a token the network location does not matter


async def test_request_id_is_kept_or_created_and_logged(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="sitewatch.request"):
        given = await client.post(
            "/graphql", json={"query": "{ __typename }"}, headers={"X-Request-ID": "trace-42.a"}
        )
    assert given.headers["x-request-id"] == "trace-42.a"
    lines = [
        r for r in caplog.records if r.name == "sitewatch.request" and getattr(r, "path", "") == "/graphql"
    ]
    assert lines and lines[-1].request_id == "trace-42.a"  # type: ignore[attr-defined]
    assert lines[-1].status == 200  # type: ignore[attr-defined]
    for unacceptable in ("has spaces", "x" * 200, "new\nline"):
        response = await client.get("/healthz", headers={"X-Request-ID": unacceptable})
        assert GENERATED_ID.fullmatch(response.headers["x-request-id"]), unacceptable
    first, second = (await client.get("/healthz")).headers, (await client.get("/healthz")).headers
    assert GENERATED_ID.fullmatch(first["x-request-id"]) and first["x-request-id"] != second["x-request-id"]


async def test_request_log_names_the_forwarded_client_only_behind_a_trusted_proxy(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    """The serve command no longer lets uvicorn rewrite the peer from X-Forwarded-For (any loopback peer
    could forge it): the log line resolves the client against SITEWATCH_TRUSTED_PROXIES like the audit."""

    async def logged_client(proxies: str, peer: str) -> str:
        caplog.clear()
        configured = replace(settings, trusted_proxies=proxies)
        async with client_for(configured, peer=peer) as http:
            with caplog.at_level(logging.INFO, logger="sitewatch.request"):
                await http.post(
                    "/graphql", json={"query": "{ __typename }"}, headers={"X-Forwarded-For": "198.51.100.7"}
                )
        lines = [r for r in caplog.records if r.name == "sitewatch.request"]
        return str(lines[-1].client)  # type: ignore[attr-defined]

    assert await logged_client("10.0.0.5", peer="10.0.0.5") == "198.51.100.7"
    assert await logged_client("10.0.0.5", peer="203.0.113.9") == "203.0.113.9"
    assert await logged_client("", peer="127.0.0.1") == "127.0.0.1"


def test_json_log_lines_carry_the_request_id_and_extra_fields() -> None:
    formatter = JsonFormatter("backend")
    token = request_id_var.set("req-1")
    try:
        record = logging.LogRecord(
            "sitewatch.test", logging.WARNING, __file__, 1, "hello %s", ("world",), None
        )
        record.camera = "c1"
    finally:
        request_id_var.reset(token)
    try:
        raise ValueError("boom")
    except ValueError:
        import sys

        failing = logging.LogRecord(
            "sitewatch.test", logging.ERROR, __file__, 2, "failed", (), sys.exc_info()
        )
    line = json.loads(formatter.format(record))
    assert line["msg"] == "hello world"
    assert line["level"] == "warning"
    assert line["service"] == "backend"
    assert line["camera"] == "c1"
    # formatted outside the request: the id comes from the record, stamped when it was created
    assert line["request_id"] in ("req-1", None)
    error = json.loads(formatter.format(failing))
    assert "ValueError: boom" in error["exc"]


async def test_live_subscriptions_show_in_metrics(live_server: Any, tokens: dict[str, str]) -> None:
    async with httpx.AsyncClient(base_url=live_server.state.base_url) as http:

        async def subscribers() -> float:
            text = (await http.get("/metrics")).text
            return metric_value(text, "sitewatch_event_subscribers", topic="alerts") or 0.0

        before = await subscribers()
        async with (
            subscribed(live_server.state.ws_url, tokens["CITY_CENTER"]),
            subscribed(live_server.state.ws_url, tokens["SUPERVISOR"]),
        ):
            text = (await http.get("/metrics")).text
            assert metric_value(text, "sitewatch_event_subscribers", topic="alerts") == before + 2
            assert (metric_value(text, "sitewatch_websocket_connections", route="/graphql") or 0) >= 2
            assert metric_value(text, "sitewatch_event_queue_depth", topic="alerts") == 0
        for _ in range(50):
            if await subscribers() == before:
                break
            import asyncio

            await asyncio.sleep(0.05)
        assert await subscribers() == before
