"""Log in as the district and the city center in Chromium: the right trees, both languages."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from e2e.conftest import ConsoleWatch, DemoSystem, log_in

pytestmark = pytest.mark.e2e


def test_district_center_sees_only_its_district(page: Page, demo_server: DemoSystem) -> None:
    log_in(page, demo_server.base_url, "district")
    tree = page.get_by_test_id("scope-tree")
    districts = tree.locator('[data-testid="tree-node"][data-kind="district"]')
    expect(districts).to_have_count(1)
    expect(districts.first).to_contain_text("南开区")
    expect(page.get_by_test_id("stat-projects")).to_contain_text("14")
    districts.first.click()
    expect(tree.locator('[data-testid="tree-node"][data-kind="project"]')).to_have_count(14)
    expect(tree).not_to_contain_text("和平区")


def test_city_center_sees_all_sixteen_districts_and_switches_language(
    page: Page, demo_server: DemoSystem
) -> None:
    log_in(page, demo_server.base_url, "city")
    tree = page.get_by_test_id("scope-tree")
    expect(tree.locator('[data-testid="tree-node"][data-kind="district"]')).to_have_count(16)
    expect(page.get_by_test_id("stat-districts")).to_contain_text("16")
    expect(page.get_by_test_id("dashboard")).to_contain_text("监管总览")
    page.get_by_test_id("lang-switch").click()
    expect(page.get_by_test_id("dashboard")).to_contain_text("Overview")
    expect(tree).to_contain_text("Binhai New Area")
    page.reload()
    expect(page.get_by_test_id("dashboard")).to_contain_text("Overview")  # the choice is remembered
    page.get_by_test_id("lang-switch").click()
    expect(page.get_by_test_id("dashboard")).to_contain_text("监管总览")


def test_site_user_lands_on_its_project_with_cameras_and_documents(
    page: Page, demo_server: DemoSystem
) -> None:
    log_in(page, demo_server.base_url, "supervisor")
    expect(page.get_by_test_id("project-title")).to_be_visible()
    assert page.get_by_test_id("camera-row").count() >= 3
    assert page.get_by_test_id("document-row").count() >= 3
    tree = page.get_by_test_id("scope-tree")
    expect(tree.locator('[data-testid="tree-node"][data-kind="project"]')).to_have_count(1)


def test_wrong_password_shows_the_localized_error(page: Page, demo_server: DemoSystem) -> None:
    page.goto(f"{demo_server.base_url}/login")
    page.get_by_test_id("login-username").fill("city")
    page.get_by_test_id("login-password").fill("wrong-password")
    page.get_by_test_id("login-submit").click()
    error = page.get_by_test_id("login-error")
    expect(error).to_have_attribute("data-code", "INVALID_CREDENTIALS")
    expect(page.get_by_test_id("current-user")).to_have_count(0)


def test_screenshot_of_the_logged_in_city_dashboard(
    page: Page, demo_server: DemoSystem, tmp_path_factory
) -> None:  # type: ignore[no-untyped-def]
    log_in(page, demo_server.base_url, "city")
    expect(page.get_by_test_id("stat-projects")).to_contain_text("224")
    target = tmp_path_factory.getbasetemp() / "city-dashboard.png"
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 20_000


def test_tokens_never_reach_script_storage_and_a_reload_keeps_the_session(
    page: Page, demo_server: DemoSystem
) -> None:
    """Issue 10: the refresh token is an HttpOnly; Secure; SameSite=Strict cookie scoped to the
    refresh path (Chromium accepts Secure on http://127.0.0.1), the access token stays in memory."""
    log_in(page, demo_server.base_url, "district")
    expect(page.get_by_test_id("scope-tree")).to_be_visible()
    stored = page.evaluate("() => JSON.stringify(Object.entries(localStorage))")
    assert "eyJ" not in stored  # no JWT
    assert "refresh" not in stored.lower()
    assert "sitewatch_refresh" not in page.evaluate("() => document.cookie")
    cookies = {c["name"]: c for c in page.context.cookies(f"{demo_server.base_url}/api/auth/refresh")}
    refresh = cookies["sitewatch_refresh"]
    assert refresh["httpOnly"] and refresh["secure"] and refresh["sameSite"] == "Strict"
    assert refresh["path"] == "/api/auth/refresh"
    page.reload()  # the in-memory access token is gone: the cookie must bring a new one
    expect(page.get_by_test_id("current-user")).to_be_visible()
    expect(page.get_by_test_id("scope-tree").locator('[data-kind="district"]')).to_have_count(1)


def test_a_reload_of_the_dashboard_asks_for_the_session_and_each_query_once(
    page: Page, demo_server: DemoSystem
) -> None:
    """Issue 12: a reload starts the refresh before the app is evaluated (src/auth/session-restore.js) and
    the dashboard's queries alongside `me` (graphql/prefetch.ts); the page reads those answers instead
    of asking again, and the access token does not stay in a script-visible global."""
    log_in(page, demo_server.base_url, "city")
    expect(page.get_by_test_id("project-row").first).to_be_visible()
    asked: list[str] = []

    def record(request) -> None:  # type: ignore[no-untyped-def]
        if request.url.endswith("/api/auth/refresh"):
            asked.append("refresh")
        elif request.url.endswith("/graphql") and request.method == "POST":
            asked.append(str((request.post_data_json or {}).get("operationName")))

    page.on("request", record)
    page.reload()
    expect(page.get_by_test_id("project-row")).to_have_count(20)
    expect(page.get_by_test_id("stat-projects")).to_contain_text("224")
    expect(page.get_by_test_id("scope-tree").locator('[data-kind="district"]')).to_have_count(16)
    page.wait_for_load_state("networkidle")
    for name in ("refresh", "Me", "Overview", "ScopeRoot", "DashboardProjects", "AdminAccess"):
        assert asked.count(name) == 1, (name, asked)
    assert page.evaluate("() => '__sitewatchRefresh' in window") is False


def test_a_reload_without_a_valid_refresh_cookie_lands_on_the_login_page_with_the_reason(
    page: Page, demo_server: DemoSystem, console: ConsoleWatch
) -> None:
    """The refresh refused before the app is wired (src/auth/session-restore.js) is still reported."""
    console.allowed += ["401 (Unauthorized) @ " + demo_server.base_url + "/api/auth/refresh"]
    log_in(page, demo_server.base_url, "city")
    expect(page.get_by_test_id("project-row").first).to_be_visible()
    page.context.clear_cookies()
    page.reload()
    expect(page).to_have_url(f"{demo_server.base_url}/login?reason=INVALID_REFRESH_TOKEN")
    expect(page.get_by_test_id("login-notice")).to_be_visible()
    expect(page.get_by_test_id("login-submit")).to_be_visible()
