"""A dropped alerts socket in Chromium (a backend instance killed behind the proxy): graphql-ws reconnects
by itself and re-sends the subscription, which must resume after the last alert the page saw. An alert
raised while the socket was down arrives once; the one before it is not delivered again. (The SPA
re-sent the first subscribe's payload, `since: null`, so the server started at the newest alert and
every alert of the gap was lost.)"""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, WebSocketRoute, expect

from e2e.conftest import ConsoleWatch, DemoSystem, log_in, new_page
from e2e.test_control_e2e import api, token_of

pytestmark = pytest.mark.e2e

ISSUE = """mutation($input: IssueHazardNoticeInput!) { issueHazardNotice(input: $input) { __typename } }"""


def issue(demo: DemoSystem, token: str, project: str, description: str) -> None:
    deadline = (datetime.now(UTC) + timedelta(days=3)).isoformat()
    issued = api(
        demo,
        token,
        ISSUE,
        {
            "input": {
                "projectId": project,
                "kind": "RECTIFY",
                "severity": "MEDIUM",
                "description": description,
                "deadline": deadline,
            }
        },
    )
    assert issued["issueHazardNotice"]["__typename"] == "HazardNoticePayload", issued


def wait_for(page: Page, condition: Any, seconds: float = 15.0) -> None:
    """Polls while Playwright runs its callbacks (a plain sleep would not let the proxy see frames)."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        page.wait_for_timeout(100)


def test_a_dropped_alerts_socket_resumes_after_the_last_alert(
    browser: Browser, demo_server: DemoSystem, console: ConsoleWatch
) -> None:
    to_server: list[dict[str, Any]] = []  # (socket number, frame) the page sent
    to_page: list[dict[str, Any]] = []
    sockets: list[tuple[WebSocketRoute, WebSocketRoute, dict[str, bool]]] = []

    def proxy(ws: WebSocketRoute) -> None:
        server = ws.connect_to_server()
        state = {"open": True}
        sockets.append((ws, server, state))

        def from_page(message: str | bytes) -> None:
            to_server.append(json.loads(message))
            server.send(message)

        def from_server(message: str | bytes) -> None:
            if state["open"]:  # what the page receives
                to_page.append(json.loads(message))
                ws.send(message)

        ws.on_message(from_page)
        server.on_message(from_server)

    page = new_page(browser, console, viewport={"width": 1440, "height": 900})
    try:
        page.route_web_socket(re.compile(r"/graphql$"), proxy)
        log_in(page, demo_server.base_url, "supervisor")
        supervisor = token_of(demo_server, "supervisor")
        project = api(demo_server, supervisor, "{ me { project { id } } }")["me"]["project"]["id"]
        district = token_of(demo_server, "district")

        def alert_subscribes() -> list[dict[str, Any]]:
            return [
                f for f in to_server if f.get("type") == "subscribe" and "alerts(" in f["payload"]["query"]
            ]

        def alerts_delivered() -> list[dict[str, Any]]:
            return [
                f["payload"]["data"]["alerts"]
                for f in to_page
                if f.get("type") == "next" and "alerts" in (f["payload"].get("data") or {})
            ]

        wait_for(page, lambda: len(alert_subscribes()) == 1)
        page.wait_for_timeout(1000)  # the server has attached the subscription
        first, second = f"断线前 {time.time_ns()}", f"断线期间 {time.time_ns()}"
        issue(demo_server, district, project, first)
        expect(page.locator(".sw-alert-toast").filter(has_text=first).first).to_be_visible(timeout=15_000)
        before = alerts_delivered()
        assert [a["message"] for a in before if first in a["message"]], before

        page_side, server_side, state = sockets[-1]
        state["open"] = False  # the instance is gone: both ends of the socket close
        page_side.close(code=1001, reason="backend instance gone")
        server_side.close()
        issue(demo_server, district, project, second)  # while the page waits to reconnect

        wait_for(page, lambda: len(alert_subscribes()) == 2, 30.0)
        resumed = alert_subscribes()[-1]["payload"]["variables"]
        assert resumed.get("since") == before[-1]["cursor"], resumed
        expect(page.locator(".sw-alert-toast").filter(has_text=second).first).to_be_visible(timeout=15_000)
        page.wait_for_timeout(1000)
        ids = [a["id"] for a in alerts_delivered()]
        assert len(ids) == len(set(ids)), ids  # nothing delivered (and shown) twice
        assert sum(second in a["message"] for a in alerts_delivered()) == 1
    finally:
        page.context.close()
    console.allowed += ["WebSocket"]
    assert not console.unexpected(), console.unexpected()
