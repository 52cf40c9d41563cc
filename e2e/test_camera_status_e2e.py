"""A gateway's status report reaches an open project page live, without a reload."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import Page, expect

from backend.graphql_core.ids import from_global_id
from e2e.conftest import DemoSystem, log_in

pytestmark = pytest.mark.e2e


def report(demo: DemoSystem, camera_pk: int, state: str) -> None:
    key = (demo.data_dir / "demo-gateway-key").read_text().strip()
    response = httpx.post(
        f"{demo.base_url}/internal/gateway/health",
        json={"gatewayId": "gw-demo", "cameras": [{"id": str(camera_pk), "state": state}]},
        headers={"authorization": f"Bearer {key}"},
        timeout=10,
    )
    assert response.status_code == 200, response.text


def test_camera_going_offline_shows_on_the_open_project_page(page: Page, demo_server: DemoSystem) -> None:
    log_in(page, demo_server.base_url, "supervisor")
    row = page.get_by_test_id("camera-row").first
    expect(row).to_have_attribute("data-status", "ONLINE", timeout=20_000)
    camera_link = row.get_attribute("href") or ""
    parsed = from_global_id(camera_link.rstrip("/").rsplit("/", 1)[-1])
    assert parsed is not None and parsed[0] == "Camera", camera_link
    report(demo_server, parsed[1], "OFFLINE")
    expect(row).to_have_attribute("data-status", "OFFLINE", timeout=3_000)
    report(demo_server, parsed[1], "ONLINE")
    expect(row).to_have_attribute("data-status", "ONLINE", timeout=3_000)
