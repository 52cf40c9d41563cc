"""The header on a phone: the city center's six shortcuts, the bell, the language and logout in one row.

At 390 px every shortcut is whole on screen; on a narrower phone the shortcuts scroll sideways and the side
that hides some fades out (a cut icon would read as a broken header), until the row is scrolled there."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from e2e.conftest import ConsoleWatch, DemoSystem, new_page

pytestmark = pytest.mark.e2e

CITY_SHORTCUTS = ["nav-wall", "nav-command", "nav-map", "nav-reports", "nav-faults", "nav-admin"]


def phone(browser, console: ConsoleWatch, width: int) -> Page:  # type: ignore[no-untyped-def]
    return new_page(
        browser,
        console,
        viewport={"width": width, "height": 844},
        has_touch=True,
        is_mobile=True,
        locale="zh-CN",
    )


def cut_off(nav: Locator, links: Locator) -> list[str]:
    """Test ids of the shortcuts not wholly inside the shortcut row's visible box."""
    row = nav.bounding_box()
    assert row is not None
    cut = []
    for index in range(links.count()):
        link = links.nth(index)
        box = link.bounding_box()
        assert box is not None
        if box["x"] < row["x"] - 0.5 or box["x"] + box["width"] > row["x"] + row["width"] + 0.5:
            cut.append(str(link.get_attribute("data-testid")))
    return cut


@pytest.mark.parametrize("width", [390, 344])
def test_the_city_centers_phone_header(
    browser, console: ConsoleWatch, demo_server: DemoSystem, width: int
) -> None:  # type: ignore[no-untyped-def]
    page = phone(browser, console, width)
    try:
        page.goto(f"{demo_server.base_url}/login")
        page.get_by_test_id("login-username").fill("city")
        page.get_by_test_id("login-password").fill("sitewatch-demo")
        page.get_by_test_id("login-submit").tap()
        nav = page.get_by_test_id("nav")
        links = nav.locator("a")
        expect(links).to_have_count(len(CITY_SHORTCUTS))  # the admin shortcut comes with its sections
        assert [links.nth(i).get_attribute("data-testid") for i in range(links.count())] == CITY_SHORTCUTS
        for control in ("alerts-bell", "lang-switch", "logout"):
            box = page.get_by_test_id(control).bounding_box()
            assert box is not None and box["x"] + box["width"] <= width, (control, box)
        if width >= 390:
            expect(nav).not_to_have_class(re.compile("nav--more"))
            assert cut_off(nav, links) == []
            return
        assert cut_off(nav, links) != []
        expect(nav).to_have_class(re.compile(r"\bnav--more-after\b"))
        expect(nav).not_to_have_class(re.compile(r"\bnav--more-before\b"))
        nav.evaluate("row => row.scrollTo({ left: row.scrollWidth })")
        expect(nav).to_have_class(re.compile(r"\bnav--more-before\b"))
        expect(nav).not_to_have_class(re.compile(r"\bnav--more-after\b"))
        assert "nav-admin" not in cut_off(nav, links)
        links.last.tap()
        expect(page).to_have_url(re.compile(r"/admin"))
    finally:
        page.context.close()
    assert not console.unexpected(), console.unexpected()
