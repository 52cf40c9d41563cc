"""A gateway's status report reaches an open project page live, without a reload."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import Page, expect

from backend.graphql_core.ids import from_global_id
from e2e.conftest import DemoSystem, log_in

pytestmark = pytest.mark.e2e


_CREDENTIALS: dict[str, str] = {}


def _gql(demo: DemoSystem, query: str, variables: dict[str, object], token: str | None = None) -> dict:  # type: ignore[type-arg]
    headers = {"authorization": f"Bearer {token}"} if token else {}
    response = httpx.post(
        f"{demo.base_url}/graphql", json={"query": query, "variables": variables}, headers=headers, timeout=10
    )
    body = response.json()
    assert not body.get("errors"), body
    return body["data"]  # type: ignore[no-any-return]


def reporting_gateway(demo: DemoSystem) -> str:
    """A second gateway registered by the city (every district, after the demo's own in line for viewers):
    gateways report with their own credential; the demo's is never written down."""
    if demo.base_url not in _CREDENTIALS:
        login = _gql(
            demo,
            "mutation($u: String!, $p: String!) { login(username: $u, password: $p) "
            "{ ... on LoginSuccess { accessToken } } }",
            {"u": "city", "p": "sitewatch-demo"},
        )
        token = login["login"]["accessToken"]
        registered = _gql(
            demo,
            'mutation { registerGateway(input: {gatewayId: "gw-e2e-reporter", districtIds: [], allDistricts: true}) '
            "{ ... on GatewayCredentialPayload { credential } ... on UserError { code } } }",
            {},
            token,
        )
        _CREDENTIALS[demo.base_url] = registered["registerGateway"]["credential"]
    return _CREDENTIALS[demo.base_url]


def report(demo: DemoSystem, camera_pk: int, state: str) -> None:
    response = httpx.post(
        f"{demo.base_url}/internal/gateway/health",
        json={"cameras": [{"id": str(camera_pk), "state": state}]},
        headers={"authorization": f"Bearer {reporting_gateway(demo)}"},
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
