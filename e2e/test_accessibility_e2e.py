"""axe-core (the npm package, injected by Playwright) on every page of the SPA in Chromium:
no serious or critical violations. Phone pages are checked at 390×844, desk pages at 1440×900."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from e2e.conftest import ROOT, ConsoleWatch, DemoSystem, new_page
from e2e.test_control_e2e import api, token_of

pytestmark = pytest.mark.e2e
AXE = ROOT / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
RUN_AXE = """async () => {
  const result = await axe.run(document, { resultTypes: ['violations'] })
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                   targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }))
}"""


def violations(page: Page) -> list[dict[str, Any]]:
    page.wait_for_timeout(800)  # transitions and lazy content settle
    page.add_script_tag(path=str(AXE))
    return page.evaluate(RUN_AXE)  # type: ignore[no-any-return]


def _targets(demo: DemoSystem) -> dict[str, str]:
    supervisor = token_of(demo, "supervisor")
    project = api(demo, supervisor, "{ me { project { id cameras { id } } } }")["me"]["project"]
    return {"project": project["id"], "camera": project["cameras"][0]["id"]}


# (user, path, test id that shows the page is rendered, phone?)
PAGES = [
    (None, "/login", "login-submit", False),
    ("city", "/", "dashboard", False),
    ("district", "/projects/{project}", "project-title", False),
    ("district", "/projects/{project}?tab=hazards", "hazards-panel", False),
    ("district", "/cameras/{camera}", "camera-title", False),
    ("district", "/wall?project={project}", "video-wall", False),
    ("district", "/command", "command-wall", False),
    ("district", "/alerts", "alerts-page", False),
    ("district", "/faults", "faults-page", False),
    ("district", "/map", "map", False),
    ("city", "/reports", "report-table", False),
    ("city", "/no-such-page", "not-found", False),
    ("inspector", "/field", "field-project", True),
    ("inspector", "/cameras/{camera}", "camera-title", True),
    ("supervisor", "/projects/{project}", "project-title", True),
]


@pytest.fixture(scope="module")
def targets(demo_server: DemoSystem) -> dict[str, str]:
    return _targets(demo_server)


@pytest.mark.parametrize(("user", "path", "ready", "phone"), PAGES, ids=[f"{p[0]}{p[1]}" for p in PAGES])
def test_no_serious_accessibility_violations(
    browser: Browser,
    demo_server: DemoSystem,
    console: ConsoleWatch,
    targets: dict[str, str],
    user: str | None,
    path: str,
    ready: str,
    phone: bool,
    tmp_path: Path,
) -> None:
    options: dict[str, Any] = {"bypass_csp": True}  # lets Playwright inject axe as an inline script
    if phone:
        options.update(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
        options.update(geolocation={"latitude": 39.138, "longitude": 117.15}, permissions=["geolocation"])
    else:
        options.update(viewport={"width": 1440, "height": 900})
    page = new_page(browser, console, **options)
    try:
        if user:
            page.goto(f"{demo_server.base_url}/login")
            page.get_by_test_id("login-username").fill(user)
            page.get_by_test_id("login-password").fill("sitewatch-demo")
            page.get_by_test_id("login-submit").click()
            page.get_by_test_id("current-user").wait_for(state="attached")
        page.goto(demo_server.base_url + path.format(**targets))
        expect(page.get_by_test_id(ready).first).to_be_attached(timeout=20_000)
        found = violations(page)
        assert not found, found
    finally:
        page.context.close()
    console.allowed += ["404", "422", "WebSocket"]
