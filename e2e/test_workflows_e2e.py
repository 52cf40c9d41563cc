"""Regulatory workflows in Chromium against the demo system, with two browser contexts side by side:
the district issues a hazard notice (Art. 14) and the supervisor's already-open project page shows it live;
acknowledgement, rectification report and acceptance round-trip until both pages show it closed. And the
Art. 10 document path: the supervisor uploads a PDF (version 1), the city downloads it and finds the download
in the confidentiality access log."""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from e2e.conftest import ConsoleWatch, DemoSystem, log_in, new_page

pytestmark = pytest.mark.e2e

LIVE_MS = 15_000
DESKTOP = {"width": 1440, "height": 900}


def tiny_pdf(text: str) -> bytes:
    body = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length " + str(len(body)).encode() + b" >>\nstream\n" + body + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    for number, obj in enumerate(objects, start=1):
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    out += b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    return bytes(out)


def supervisor_project(browser: Browser, console: ConsoleWatch, demo: DemoSystem) -> tuple[Page, str]:
    """The supervisor signs in and lands on its project; returns the page and the project path."""
    page = new_page(browser, console, viewport=DESKTOP)
    log_in(page, demo.base_url, "supervisor")
    expect(page.get_by_test_id("project-title")).to_be_visible()
    path = page.url.removeprefix(demo.base_url).split("?")[0]
    assert path.startswith("/projects/")
    return page, path


def hazard_row(page: Page, description: str) -> Locator:
    return page.get_by_test_id("hazard-row").filter(has_text=description)


def test_hazard_notice_round_trip_live_between_district_and_supervisor(
    browser: Browser, console: ConsoleWatch, demo_server: DemoSystem
) -> None:
    description = f"e2e 脚手架连墙件缺失 {time.time_ns()}"
    supervisor, project_path = supervisor_project(browser, console, demo_server)
    supervisor.get_by_test_id("tab-hazards").click()
    expect(supervisor.get_by_test_id("hazards-panel")).to_be_visible()
    expect(hazard_row(supervisor, description)).to_have_count(0)

    # The district center issues a notice on the supervisor's project.
    district = new_page(browser, console, viewport=DESKTOP)
    log_in(district, demo_server.base_url, "district")
    district.goto(f"{demo_server.base_url}{project_path}?tab=hazards")
    district.get_by_test_id("hazard-issue").click()
    district.get_by_test_id("issue-description").fill(description)
    district.get_by_test_id("issue-submit").click()
    expect(district.get_by_test_id("issue-dialog")).to_be_hidden()
    expect(hazard_row(district, description)).to_have_attribute("data-status", "OPEN")

    # The supervisor's open page shows it without a reload: a toast and the list.
    toast = supervisor.locator(".sw-alert-toast").filter(has_text=description[:20])
    expect(toast.first).to_be_visible(timeout=LIVE_MS)
    row = hazard_row(supervisor, description)
    expect(row).to_have_attribute("data-status", "OPEN", timeout=LIVE_MS)

    # The site acknowledges and reports the rectification.
    row.click()
    detail = supervisor.get_by_test_id("hazard-detail")
    expect(detail).to_have_attribute("data-status", "OPEN")
    supervisor.get_by_test_id("hazard-ack").click()
    expect(detail).to_have_attribute("data-status", "ACKNOWLEDGED")
    supervisor.get_by_test_id("hazard-report-text").fill("已补设连墙件并复查全部架体")
    supervisor.get_by_test_id("hazard-report-submit").click()
    expect(detail).to_have_attribute("data-status", "RECTIFICATION_REPORTED")
    expect(detail.get_by_test_id("hazard-entry")).to_have_count(3)

    # The district sees the report arrive live, reviews and accepts it.
    district_row = hazard_row(district, description)
    expect(district_row).to_have_attribute("data-status", "RECTIFICATION_REPORTED", timeout=LIVE_MS)
    district_row.click()
    district_detail = district.get_by_test_id("hazard-detail")
    expect(district_detail.get_by_test_id("hazard-entry").filter(has_text="已补设连墙件")).to_be_visible()
    district.get_by_test_id("hazard-review-comment").fill("现场复核通过")
    district.get_by_test_id("hazard-accept").click()
    expect(district_detail).to_have_attribute("data-status", "CLOSED")

    # Closed on both pages; the supervisor's open notice updates by itself.
    expect(detail).to_have_attribute("data-status", "CLOSED", timeout=LIVE_MS)
    expect(detail.get_by_test_id("hazard-entry").last).to_have_attribute("data-kind", "ACCEPTED")
    supervisor.keyboard.press("Escape")
    expect(hazard_row(supervisor, description)).to_have_attribute("data-status", "CLOSED")
    district.keyboard.press("Escape")
    expect(district_row).to_have_attribute("data-status", "CLOSED")

    supervisor.context.close()
    district.context.close()
    assert not console.unexpected(), console.unexpected()


def test_uploaded_pdf_is_version_1_and_the_city_download_is_in_the_access_log(
    browser: Browser, console: ConsoleWatch, demo_server: DemoSystem
) -> None:
    title = f"e2e 安全生产责任制 {time.time_ns()}"
    supervisor, project_path = supervisor_project(browser, console, demo_server)
    supervisor.get_by_test_id("tab-documents").click()
    category = supervisor.locator(
        "[data-testid=document-category][data-category=SAFETY_RESPONSIBILITY_SYSTEM]"
    )
    category.get_by_test_id("document-upload").click()
    dialog = supervisor.get_by_test_id("upload-dialog")
    expect(dialog).to_be_visible()
    supervisor.get_by_test_id("upload-title").fill(title)
    supervisor.get_by_test_id("upload-file").set_input_files(
        {"name": "responsibility.pdf", "mimeType": "application/pdf", "buffer": tiny_pdf(title)}
    )
    supervisor.get_by_test_id("upload-submit").click()
    expect(dialog).to_be_hidden()
    row = supervisor.locator(f"[data-testid=document-row][data-title='{title}']")
    expect(row.get_by_test_id("document-version")).to_have_attribute("data-version", "1")
    expect(category).to_have_attribute("data-status", "COMPLETE")

    # The city center downloads it and finds the download in the Art. 10 access log.
    city = new_page(browser, console, viewport=DESKTOP)
    log_in(city, demo_server.base_url, "city")
    city.goto(f"{demo_server.base_url}{project_path}?tab=documents")
    city_row = city.locator(f"[data-testid=document-row][data-title='{title}']")
    with city.expect_download() as download_info:
        city_row.get_by_test_id("document-download").click()
    download = download_info.value
    assert download.suggested_filename == "responsibility.pdf"
    assert (download.path().read_bytes())[:5] == b"%PDF-"

    city.get_by_test_id("tab-access").click()
    log = city.get_by_test_id("access-log")
    expect(
        log.locator("[data-testid=access-row][data-user=city][data-action=DOWNLOAD]").first
    ).to_be_visible()
    expect(
        log.locator("[data-testid=access-row][data-user=supervisor][data-action=UPLOAD]").first
    ).to_be_visible()
    expect(log.get_by_text(title).first).to_be_visible()

    supervisor.context.close()
    city.context.close()
    assert not console.unexpected(), console.unexpected()
