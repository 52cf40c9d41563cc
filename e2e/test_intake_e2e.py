"""Intake through the administration pages in Chromium against the demo system: a district registers a
project (the Art. 5 decision is on the form before saving), the contracted provider adds a simulated
camera whose Test connection shows a snapshot and the detected resolution, and the camera then plays live;
an import with one bad row; and every admin page at desktop and phone size without console errors."""

from __future__ import annotations

import inspect
import os
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

import httpx
import pytest
from playwright.sync_api import Browser, Locator, Page, ViewportSize, expect

from backend.organizations.credit_code import check_character
from e2e import conftest
from e2e.conftest import (
    DEMO_PASSWORD,
    ConsoleWatch,
    DemoSystem,
    let_clicks_through_alert_toasts,
    log_in,
    new_page,
)

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoSystem]:
    """A demo system of this module's own: intake adds projects and cameras, and the other e2e modules count the
    demo's projects. Same start-up as the session's (the conftest fixture's function)."""
    start = cast(
        Callable[[pytest.TempPathFactory], Iterator[DemoSystem]], inspect.unwrap(conftest.demo_server)
    )
    yield from start(tmp_path_factory)


LIVE_TIMEOUT_MS = 20_000
PAGE_TIMEOUT_MS = 20_000  # a lazy page, or a password hashed on the server, on a loaded machine
DESKTOP: ViewportSize = {"width": 1280, "height": 800}
PHONE: ViewportSize = {"width": 390, "height": 844}


def graphql(demo: DemoSystem, username: str, query: str, variables: dict[str, object] | None = None) -> dict:
    login = httpx.post(
        f"{demo.base_url}/graphql",
        json={
            "query": "mutation($u: String!, $p: String!) { login(username: $u, password: $p) "
            "{ ... on LoginSuccess { accessToken } } }",
            "variables": {"u": username, "p": DEMO_PASSWORD},
        },
        trust_env=False,
        timeout=30,
    )
    token = login.json()["data"]["login"]["accessToken"]
    response = httpx.post(
        f"{demo.base_url}/graphql",
        json={"query": query, "variables": variables or {}},
        headers={"Authorization": f"Bearer {token}"},
        trust_env=False,
        timeout=30,
    )
    body = response.json()
    assert not body.get("errors"), body
    return dict(body["data"])


def field(page: Page, test_id: str) -> Locator:
    """The text input of an Element Plus control (el-input puts the test id on the <input>, others on a wrapper)."""
    return page.locator(f"input[data-testid='{test_id}'], [data-testid='{test_id}'] input").first


def pick_option(page: Page, select_test_id: str, text: str) -> None:
    """Types into an Element Plus (remote) select and clicks the option with that text."""
    let_clicks_through_alert_toasts(page)
    page.get_by_test_id(select_test_id).click()
    field(page, select_test_id).fill(text)
    page.locator(".el-select-dropdown__item:visible", has_text=text).first.click()


def test_district_registers_a_project_and_the_provider_adds_a_camera_that_plays_live(
    browser: Browser, demo_server: DemoSystem, console: ConsoleWatch
) -> None:
    provider_org = graphql(demo_server, "provider", "{ me { organization { name } } }")["me"]["organization"][
        "name"
    ]
    code = f"E2E-{int(time.time()) % 1_000_000}"
    name = f"端到端测试项目 {code}"

    district = new_page(browser, console, viewport=DESKTOP)
    log_in(district, demo_server.base_url, "district")
    district.get_by_test_id("nav-admin").click()
    district.get_by_test_id("admin-tab-projects").click()
    district.get_by_test_id("project-new").click()
    dialog = district.get_by_test_id("project-dialog")
    field(district, "project-code").fill(code)
    field(district, "project-name").fill(name)
    field(district, "project-address").fill("南开区端到端路 1 号")

    decision = dialog.get_by_test_id("art5-decision")
    expect(decision).to_have_attribute("data-required", "false")
    # 12,000 m² single building: Art. 5 (2) makes monitoring mandatory, shown before saving.
    area = field(district, "project-single-area")
    area.fill("12000")
    area.blur()
    expect(decision).to_have_attribute("data-required", "true")
    expect(decision).to_have_attribute("data-pending", "false")
    expect(decision.get_by_test_id("art5-reason")).to_have_count(1)
    expect(decision.get_by_test_id("art5-reason")).to_have_attribute("data-clause", "2")

    pick_option(district, "project-party-CONSTRUCTION_UNIT", "")
    pick_option(district, "project-party-PROVIDER", provider_org)
    district.get_by_test_id("project-save").click()
    expect(dialog).to_be_hidden()
    field(district, "admin-project-search").fill(name)
    expect(district.get_by_test_id("admin-project-row")).to_have_text([name])
    district.context.close()

    provider = new_page(browser, console, viewport=DESKTOP)
    log_in(provider, demo_server.base_url, "provider")
    provider.goto(f"{demo_server.base_url}/admin/cameras")
    pick_option(provider, "camera-project", name)
    provider.get_by_test_id("camera-new").click()
    dialog = provider.get_by_test_id("camera-dialog")
    rtsp = f"rtsp://127.0.0.1:{demo_server.ports['rtsp']}/site-a"
    field(provider, "camera-name").fill("1号门口")
    main_url = field(provider, "camera-main-url")

    # The sub stream is 640×360: the HD warning of Art. 9.
    main_url.fill(f"{rtsp}/sub")
    provider.get_by_test_id("camera-test").click()
    expect(dialog.get_by_test_id("connection-resolution")).to_have_text("640×360", timeout=20_000)
    expect(dialog.locator("[data-testid=connection-warning][data-code=BELOW_720P]")).to_be_visible()

    main_url.fill(f"{rtsp}/main")
    field(provider, "camera-sub-url").fill(f"{rtsp}/sub")
    provider.get_by_test_id("camera-test").click()
    expect(dialog.get_by_test_id("connection-resolution")).to_have_text("1280×720", timeout=20_000)
    expect(dialog.get_by_test_id("connection-codec")).to_contain_text(re.compile("h264", re.IGNORECASE))
    snapshot = dialog.get_by_test_id("connection-snapshot")
    expect(snapshot).to_be_visible()
    assert snapshot.evaluate("(img) => img.complete && img.naturalWidth") == 1280
    expect(dialog.locator("[data-code=BELOW_720P]")).to_have_count(0)

    provider.get_by_test_id("camera-save").click()
    expect(dialog).to_be_hidden()
    row = provider.get_by_test_id("admin-camera-row").filter(has_text="1号门口")
    expect(row).to_be_visible()
    camera_id = row.get_attribute("data-id")

    # The project page lists the new camera, and its video wall plays it live.
    provider.get_by_test_id("camera-project-link").click()
    expect(provider.get_by_test_id("project-title")).to_contain_text(name)
    expect(provider.get_by_test_id("camera-row").filter(has_text="1号门口")).to_be_visible()
    provider.get_by_test_id("project-wall").click()
    tile = provider.locator(f"[data-testid=wall-tile][data-camera-id='{camera_id}']")
    expect(tile.get_by_test_id("live-state")).to_have_attribute("data-state", "live", timeout=LIVE_TIMEOUT_MS)
    provider.wait_for_function(
        "(id) => { const v = document.querySelector(`[data-testid=wall-tile][data-camera-id='${id}'] video`);"
        " return !!v && v.getVideoPlaybackQuality().totalVideoFrames >= 10 && v.videoWidth === 640 }",
        arg=camera_id,
    )
    provider.context.close()
    assert not console.unexpected(), console.unexpected()


ADMIN_PAGES = {
    "city": ["organizations", "projects", "cameras", "gateways", "accounts", "import"],
    "district": ["organizations", "projects", "cameras", "accounts", "import"],
    "provider": ["cameras", "import"],
}


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_admin_pages_render_at_desktop_and_phone_width(
    browser: Browser, demo_server: DemoSystem, console: ConsoleWatch, viewport: ViewportSize, tmp_path: Path
) -> None:
    shots = Path(os.environ.get("SITEWATCH_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    for username, sections in ADMIN_PAGES.items():
        page = new_page(browser, console, viewport=DESKTOP)
        log_in(page, demo_server.base_url, username)
        page.set_viewport_size(viewport)
        # The tabs are exactly the sections the server allows this role.
        page.goto(f"{demo_server.base_url}/admin")
        expect(page.locator("[data-testid^=admin-tab-]")).to_have_count(len(sections))
        for section in sections:
            page.goto(f"{demo_server.base_url}/admin/{section}")
            expect(page.get_by_test_id(f"admin-{section}")).to_be_visible()
            page.wait_for_load_state("networkidle")
            # Nothing wider than the viewport: the page itself never scrolls sideways.
            assert page.evaluate("() => document.documentElement.scrollWidth") <= viewport["width"], section
            page.screenshot(path=str(shots / f"{username}-{section}-{viewport['width']}.png"), full_page=True)
        page.context.close()
    assert not console.unexpected(), console.unexpected()


def test_navigation_offers_administration_only_to_roles_the_server_allows(
    browser: Browser, demo_server: DemoSystem, console: ConsoleWatch
) -> None:
    page = new_page(browser, console, viewport=DESKTOP)
    log_in(page, demo_server.base_url, "supervisor")
    expect(page.get_by_test_id("project-title")).to_be_visible()
    expect(page.get_by_test_id("nav-admin")).to_have_count(0)
    page.goto(f"{demo_server.base_url}/admin/gateways")
    expect(page.get_by_test_id("not-found")).to_be_visible()
    page.context.close()

    page = new_page(browser, console, viewport=DESKTOP)
    log_in(page, demo_server.base_url, "district")
    page.get_by_test_id("nav-admin").click()
    expect(page.get_by_test_id("admin-tab-gateways")).to_have_count(0)
    expect(page.get_by_test_id("admin-tab-projects")).to_be_visible()
    page.context.close()
    assert not console.unexpected(), console.unexpected()


def test_import_of_a_small_csv_lists_the_bad_row_then_commits_the_rest(
    browser: Browser, demo_server: DemoSystem, console: ConsoleWatch, tmp_path: Path
) -> None:
    stamp = int(time.time()) % 1_000_000
    csv_file = tmp_path / "projects.csv"
    csv_file.write_text(
        "code,name,district_code,address,single_building_area_m2,infrastructure_kind\n"
        f"IMP-{stamp}-1,导入测试项目甲,120104,南开区导入路1号,15000,NONE\n"
        f"IMP-{stamp}-2,导入测试项目乙,120104,南开区导入路2号,800,NOT_A_KIND\n"
        f"IMP-{stamp}-3,导入测试项目丙,120104,南开区导入路3号,0,TUNNEL\n",
        encoding="utf-8",
    )
    page = new_page(browser, console, viewport=DESKTOP)
    log_in(page, demo_server.base_url, "district")
    page.goto(f"{demo_server.base_url}/admin/import")
    page.get_by_test_id("import-upload").locator("input[type=file]").set_input_files(str(csv_file))
    expect(page.get_by_test_id("import-file")).to_have_text("projects.csv")
    page.get_by_test_id("import-dry-run").click()

    report = page.get_by_test_id("import-report")
    expect(report).to_have_attribute("data-bad", "1")
    expect(page.get_by_test_id("import-problem-line")).to_have_text(["3"])
    expect(page.get_by_test_id("import-problem-column")).to_have_attribute(
        "data-column", "infrastructure_kind"
    )
    expect(page.get_by_test_id("import-problem")).not_to_be_empty()

    page.get_by_test_id("import-commit").click()
    expect(page.get_by_test_id("import-committed")).to_be_visible()
    found = graphql(
        demo_server,
        "district",
        "query($s: String!) { projects(search: $s, first: 10) { edges { node { code } } } }",
        {"s": "导入测试项目"},
    )
    codes = sorted(edge["node"]["code"] for edge in found["projects"]["edges"])
    assert codes == [f"IMP-{stamp}-1", f"IMP-{stamp}-3"]
    page.context.close()
    assert not console.unexpected(), console.unexpected()


def test_city_creates_an_account_whose_first_login_demands_a_new_password(
    browser: Browser, demo_server: DemoSystem, console: ConsoleWatch
) -> None:
    username = f"insp{int(time.time()) % 1_000_000}"
    city = new_page(browser, console, viewport=DESKTOP)
    log_in(city, demo_server.base_url, "city")
    city.goto(f"{demo_server.base_url}/admin/accounts")
    city.get_by_test_id("account-new").click()
    dialog = city.get_by_test_id("account-dialog")
    field(city, "account-username").fill(username)
    field(city, "account-display-name").fill("端到端巡查员")
    city.get_by_test_id("account-role").click()
    city.locator(".el-select-dropdown__item:visible", has_text="现场检查员").click()
    city.get_by_test_id("account-district").click()
    city.locator(".el-select-dropdown__item:visible", has_text="南开区").click()

    # The server's password rule comes back on the password field.
    field(city, "account-password").fill("short")
    city.get_by_test_id("account-save").click()
    expect(dialog.locator(".el-form-item__error", has_text="12")).to_be_visible()
    field(city, "account-password").fill("Initial-Passw0rd-2026")
    city.get_by_test_id("account-save").click()
    expect(dialog).to_be_hidden()
    expect(city.locator(f"[data-testid=account-row][data-username='{username}']")).to_be_visible()
    city.context.close()

    newcomer = new_page(browser, console, viewport=DESKTOP)
    newcomer.goto(f"{demo_server.base_url}/login")
    newcomer.get_by_test_id("login-username").fill(username)
    newcomer.get_by_test_id("login-password").fill("Initial-Passw0rd-2026")
    newcomer.get_by_test_id("login-submit").click()
    expect(newcomer.get_by_test_id("change-password")).to_be_visible()
    field(newcomer, "password-new").fill("Initial-Passw0rd-2026")
    field(newcomer, "password-confirm").fill("Initial-Passw0rd-2026")
    newcomer.get_by_test_id("password-submit").click()
    # each submit hashes a password on the server (argon2): seconds on a loaded machine
    expect(
        newcomer.get_by_test_id("password-error").or_(newcomer.locator(".el-form-item__error"))
    ).to_be_visible(timeout=PAGE_TIMEOUT_MS)
    field(newcomer, "password-new").fill("Brand-New-Passw0rd-77")
    field(newcomer, "password-confirm").fill("Brand-New-Passw0rd-77")
    newcomer.get_by_test_id("password-submit").click()
    expect(newcomer.get_by_test_id("current-user")).to_contain_text("端到端巡查员", timeout=PAGE_TIMEOUT_MS)
    newcomer.context.close()
    assert not console.unexpected(), console.unexpected()


def test_organization_credit_code_refused_by_the_server_is_shown_on_its_field(
    browser: Browser, demo_server: DemoSystem, console: ConsoleWatch
) -> None:
    stamp = f"{int(time.time()) % 100_000_000:08d}"
    first17 = f"91120104MA{stamp[:7]}"
    valid = first17 + check_character(first17)
    wrong = first17 + ("0" if valid[-1] != "0" else "1")
    page = new_page(browser, console, viewport=DESKTOP)
    log_in(page, demo_server.base_url, "city")
    page.goto(f"{demo_server.base_url}/admin/organizations")
    page.get_by_test_id("org-new").click()
    dialog = page.get_by_test_id("org-dialog")
    field(page, "org-name").fill(f"端到端监控服务公司{stamp}")
    page.get_by_test_id("org-kind").click()
    page.locator(".el-select-dropdown__item:visible", has_text="监控服务单位").click()
    field(page, "org-credit-code").fill(wrong)
    field(page, "org-qual-number").fill(f"AF-{stamp}")
    field(page, "org-qual-expires").fill("2020-01-01")
    field(page, "org-qual-expires").press("Enter")
    page.get_by_test_id("org-save").click()
    credit_item = dialog.locator(".el-form-item", has=page.locator("[data-testid=org-credit-code]"))
    expect(credit_item.locator(".el-form-item__error")).to_contain_text("GB 32100")

    field(page, "org-credit-code").fill(valid)
    page.get_by_test_id("org-save").click()
    expect(dialog).to_be_hidden()
    field(page, "org-search").fill(stamp)
    expect(page.get_by_test_id("org-row")).to_have_count(1)
    # Art. 6: the qualification that ended in 2020 is flagged.
    expect(page.get_by_test_id("qualification-state")).to_have_attribute("data-expired", "true")
    page.context.close()
    assert not console.unexpected(), console.unexpected()


REGISTER_PROJECT = """
mutation($input: RegisterProjectInput!) {
  registerProject(input: $input) {
    __typename ... on ProjectPayload { project { id approvalStatus } } ... on IntakeError { code field }
  }
}
"""
PROJECT_FACTS = """
query($id: ID!) {
  project(id: $id) { name address investmentCny singleBuildingAreaM2 monitoringRequired pendingChangeRequests { id } }
}
"""


def register(demo: DemoSystem, username: str, code: str, attributes: dict[str, object]) -> dict:
    district_id = graphql(demo, "district", "{ me { district { id } } }")["me"]["district"]["id"]
    outcome = graphql(
        demo,
        username,
        REGISTER_PROJECT,
        {
            "input": {
                "code": code,
                "name": f"编辑测试项目 {code}",
                "districtId": district_id,
                "address": "南开区编辑路 1 号",
                "attributes": attributes,
            }
        },
    )["registerProject"]
    assert outcome["__typename"] == "ProjectPayload", outcome
    return dict(outcome["project"])


def test_district_edits_a_project_through_the_form_and_the_page_shows_the_change(
    browser: Browser, demo_server: DemoSystem, console: ConsoleWatch
) -> None:
    code = f"EDIT-{int(time.time()) % 1_000_000}"
    project_id = register(demo_server, "district", code, {"singleBuildingAreaM2": 800})["id"]
    page = new_page(browser, console, viewport=DESKTOP)
    log_in(page, demo_server.base_url, "district")
    page.goto(f"{demo_server.base_url}/projects/{project_id}")
    project_page = page.get_by_test_id("project-page")
    expect(page.get_by_test_id("project-title")).to_have_text(f"编辑测试项目 {code}", timeout=PAGE_TIMEOUT_MS)
    expect(project_page.get_by_test_id("monitoring-required")).to_have_count(0)

    page.get_by_test_id("project-edit").click()
    dialog = page.get_by_test_id("project-dialog")
    expect(field(page, "project-code")).to_have_value(code)
    expect(field(page, "project-code")).to_be_disabled()
    decision = dialog.get_by_test_id("art5-decision")
    expect(decision).to_have_attribute("data-required", "false")
    field(page, "project-name").fill(f"编辑后的项目 {code}")
    field(page, "project-address").fill("南开区编辑路 2 号")
    # 6,000 万元 (60 million CNY) invested: Art. 5 (3), shown live before saving
    investment = field(page, "project-investment")
    investment.fill("6000")
    investment.blur()
    expect(decision).to_have_attribute("data-required", "true")
    expect(decision).to_have_attribute("data-pending", "false")
    expect(decision.get_by_test_id("art5-reason")).to_have_attribute("data-clause", "3")
    expect(dialog.get_by_test_id("project-drop-out")).to_have_count(0)
    pick_option(page, "project-party-CONSTRUCTION_UNIT", "")
    page.get_by_test_id("project-save").click()
    expect(dialog).to_be_hidden()

    expect(page.get_by_test_id("project-title")).to_have_text(f"编辑后的项目 {code}")
    expect(project_page).to_contain_text("南开区编辑路 2 号")
    expect(page.get_by_test_id("attr-investment")).to_contain_text("符合第五条第（三）项")
    expect(project_page.get_by_test_id("monitoring-required").first).to_be_visible()
    expect(page.get_by_test_id("pending-change")).to_have_count(0)
    facts = graphql(demo_server, "district", PROJECT_FACTS, {"id": project_id})["project"]
    assert (facts["address"], facts["investmentCny"], facts["monitoringRequired"]) == (
        "南开区编辑路 2 号",
        60_000_000,
        True,
    )
    page.context.close()
    assert not console.unexpected(), console.unexpected()


def test_a_change_that_drops_mandatory_monitoring_waits_for_the_district(
    browser: Browser, demo_server: DemoSystem, console: ConsoleWatch
) -> None:
    code = f"DROP-{int(time.time()) % 1_000_000}"
    # The construction unit registers its own project; it sees it while it waits for the district.
    registered = register(demo_server, "owner", code, {"singleBuildingAreaM2": 12_000})
    assert registered["approvalStatus"] == "PENDING"
    project_id = registered["id"]
    owner = new_page(browser, console, viewport=DESKTOP)
    log_in(owner, demo_server.base_url, "owner")
    owner.goto(f"{demo_server.base_url}/projects/{project_id}")
    expect(owner.get_by_test_id("pending-registration")).to_have_attribute(
        "data-status", "PENDING", timeout=PAGE_TIMEOUT_MS
    )
    expect(owner.get_by_test_id("registration-approve")).to_have_count(0)
    graphql(
        demo_server,
        "district",
        "mutation($id: ID!) { decideProjectRegistration(projectId: $id, approve: true) { __typename } }",
        {"id": project_id},
    )

    # 12,000 m² → 800 m²: no clause of Art. 5 applies any more; the form says the district must approve.
    owner.reload()
    expect(owner.get_by_test_id("project-title")).to_be_visible(timeout=PAGE_TIMEOUT_MS)
    expect(owner.get_by_test_id("pending-registration")).to_have_count(0)
    owner.get_by_test_id("project-edit").click()
    dialog = owner.get_by_test_id("project-dialog")
    decision = dialog.get_by_test_id("art5-decision")
    expect(decision).to_have_attribute("data-required", "true")
    area = field(owner, "project-single-area")
    area.fill("800")
    area.blur()
    expect(decision).to_have_attribute("data-required", "false")
    expect(dialog.get_by_test_id("project-drop-out")).to_be_visible()
    owner.get_by_test_id("project-save").click()
    expect(dialog).to_be_hidden()

    change = owner.get_by_test_id("pending-change")
    expect(change).to_have_count(1)
    expect(change.get_by_test_id("pending-change-attribute")).to_have_attribute(
        "data-key", "singleBuildingAreaM2"
    )
    expect(change.get_by_test_id("pending-change-waits")).to_be_visible()
    expect(owner.get_by_test_id("change-approve")).to_have_count(0)
    # until the district decides, the project stays under mandatory monitoring
    expect(owner.get_by_test_id("project-page").get_by_test_id("monitoring-required").first).to_be_visible()
    facts = graphql(demo_server, "owner", PROJECT_FACTS, {"id": project_id})["project"]
    assert (facts["singleBuildingAreaM2"], facts["monitoringRequired"]) == (12_000, True)
    owner.context.close()

    # The district finds it in its approval queue and approves it on the project page.
    district = new_page(browser, console, viewport=DESKTOP)
    log_in(district, demo_server.base_url, "district")
    district.goto(f"{demo_server.base_url}/admin/projects")
    item = district.locator("[data-testid=approval-item][data-kind=CHANGE]").filter(
        has_text=f"编辑测试项目 {code}"
    )
    expect(item).to_contain_text("800", timeout=PAGE_TIMEOUT_MS)
    item.get_by_role("link").click()
    expect(district.get_by_test_id("project-title")).to_have_text(f"编辑测试项目 {code}")
    district.get_by_test_id("pending-change").get_by_test_id("change-approve").click()
    expect(district.get_by_test_id("pending-change")).to_have_count(0)
    expect(district.get_by_test_id("project-page").get_by_test_id("monitoring-required")).to_have_count(0)
    expect(district.get_by_test_id("attr-single")).to_contain_text("800")
    facts = graphql(demo_server, "district", PROJECT_FACTS, {"id": project_id})["project"]
    assert (facts["singleBuildingAreaM2"], facts["monitoringRequired"], facts["pendingChangeRequests"]) == (
        800,
        False,
        [],
    )
    district.context.close()
    assert not console.unexpected(), console.unexpected()
