"""The city's dashboard as an operator reads it (issue 12 made its table a plain one): every project of the
scope reachable page by page with its code, district, status, Art. 5 tag and online cameras; the district
filter; the tree's project search; zh-CN and English."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from e2e.conftest import DemoSystem, let_clicks_through_alert_toasts, log_in

pytestmark = pytest.mark.e2e

HEADERS_ZH = ["项目编号", "项目名称", "所属行政区", "项目状态", "第五条监控范围认定", "在线 / 总数"]
HEADERS_EN = ["Code", "Project", "District", "Status", "Article 5 assessment", "Online / total"]


def number(text: str) -> int:
    found = re.search(r"\d[\d,]*", text)
    assert found, text
    return int(found.group().replace(",", ""))


def test_every_project_of_the_city_is_on_one_of_the_pages_with_what_the_operator_reads(
    page: Page, demo_server: DemoSystem
) -> None:
    let_clicks_through_alert_toasts(page)  # the city hears every district's camera alerts
    log_in(page, demo_server.base_url, "city")
    table = page.get_by_test_id("project-table")
    expect(table.locator("thead th")).to_have_text(HEADERS_ZH)
    expect(page.get_by_test_id("project-row")).to_have_count(20)
    expect(page.get_by_test_id("stat-projects")).to_contain_text(re.compile(r"\d"))
    projects = number(page.get_by_test_id("stat-projects").inner_text().split("\n")[-1])
    pager = page.locator(".pager")
    expect(pager).to_contain_text(f"共 {projects} 项")
    pages = -(-projects // 20)
    expect(pager).to_contain_text(f"第 1 / {pages} 页")

    seen: dict[str, str] = {}
    for index in range(pages):
        expect(pager).to_contain_text(f"第 {index + 1} / {pages} 页")
        rows = table.locator("tbody tr")
        expect(rows.first.get_by_test_id("project-row")).to_be_visible()
        expect(table).to_have_attribute("aria-busy", "false")
        count = rows.count()
        assert count == (20 if index < pages - 1 else projects - 20 * (pages - 1))
        for row in rows.all():
            cells = row.locator("td").all_inner_texts()
            code, name, district, status, article5, cameras = (cell.strip() for cell in cells)
            assert code and name and district and status and article5, cells
            assert row.locator("[data-status]").get_attribute("data-status")
            online, total = (int(part) for part in cameras.split("/"))
            assert 0 <= online <= total, cameras
            seen[code] = name
        if index < pages - 1:
            page.get_by_test_id("page-next").click()
    assert len(seen) == projects  # every project once, none twice
    expect(page.get_by_test_id("page-next")).to_be_disabled()

    # the district filter: only that district's projects, all of them
    page.get_by_test_id("district-filter").click()
    page.locator(".el-select-dropdown__item", has_text="南开区").click()
    expect(pager).to_contain_text("第 1 / 1 页")
    in_district = number(pager.inner_text())
    expect(page.get_by_test_id("project-row")).to_have_count(in_district)
    expect(table.locator("tbody tr td:nth-child(3)")).to_have_text(["南开区"] * in_district)

    page.get_by_test_id("lang-switch").click()
    expect(table.locator("thead th")).to_have_text(HEADERS_EN)
    expect(pager).to_contain_text(f"{in_district} in total")
    expect(table.locator("tbody tr td:nth-child(3)")).to_have_text(["Nankai"] * in_district)
    page.get_by_test_id("lang-switch").click()
    expect(table.locator("thead th")).to_have_text(HEADERS_ZH)


def test_the_tree_search_finds_a_project_from_the_first_keystroke(
    page: Page, demo_server: DemoSystem
) -> None:
    """The search box is a plain input until focused, then the autocomplete (ScopeTree.vue): typing into
    it right away still suggests and opens the project."""
    log_in(page, demo_server.base_url, "city")
    first = page.get_by_test_id("project-row").first
    name = first.inner_text().strip()
    search = page.locator(".scope-tree__search input")
    expect(search).to_have_attribute("placeholder", "搜索项目名称或编号")
    search.click()
    page.keyboard.type(name[:4])
    expect(page.locator(".scope-tree__search input")).to_have_value(name[:4])
    expect(page.locator(".scope-tree__search input")).to_be_focused()
    page.get_by_test_id("search-result").filter(has_text=name).first.click()
    expect(page.get_by_test_id("project-title")).to_contain_text(name)
