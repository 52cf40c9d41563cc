"""Issue 11 end to end in Debian's Chromium on the demo system.

At 390×844 with touch: the inspector finds the nearest project (geolocation emulated), plays its
sub-stream, steers a PTZ camera by press-and-hold, issues a hazard notice with the captured frame and a
photo, and the supervisor's open project page shows the notice live. At 1920×1080: a saved 9-tile layout
survives a reload, and a camera reported offline by the gateway pops up on the wall within 10 s.
"""

from __future__ import annotations

import base64
import time
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from backend.graphql_core.ids import from_global_id
from e2e.conftest import ConsoleWatch, DemoSystem, log_in, new_page
from e2e.test_camera_status_e2e import report
from e2e.test_control_e2e import CHANGED_JS, SCENE_JS, api, token_of

pytestmark = pytest.mark.e2e
LIVE_TIMEOUT_MS = 20_000
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "has_touch": True,
    "is_mobile": True,
    "device_scale_factor": 2,
}


def phone_log_in(page, base_url: str, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{base_url}/login")
    page.get_by_test_id("login-username").fill(username)
    page.get_by_test_id("login-password").fill("sitewatch-demo")
    page.get_by_test_id("login-submit").tap()
    page.get_by_test_id("current-user").wait_for(state="attached")


def test_inspector_on_a_phone(
    browser: Browser, demo_server: DemoSystem, console: ConsoleWatch, tmp_path: Path
) -> None:
    city = token_of(demo_server, "city")
    supervisor_project = api(demo_server, token_of(demo_server, "supervisor"), "{ me { project { id } } }")
    project_id = supervisor_project["me"]["project"]["id"]
    project = api(
        demo_server,
        city,
        "query($id: ID!) { project(id: $id) { latitude longitude cameras { id ptzCapable status } } }",
        {"id": project_id},
    )["project"]
    # Standing ~30 m from the supervisor's site.
    here = {"latitude": project["latitude"] + 0.0002, "longitude": project["longitude"] + 0.0002}
    phone = new_page(browser, console, **PHONE, geolocation=here, permissions=["geolocation"])
    desk = new_page(browser, console, viewport={"width": 1440, "height": 900})
    try:
        # The supervisor's desk: the project's hazard notices, open before anything is issued.
        log_in(desk, demo_server.base_url, "supervisor")
        desk.get_by_test_id("tab-hazards").click()
        expect(desk.get_by_test_id("hazards-panel")).to_be_visible()

        # The inspector's start page lists the district's projects nearest first.
        phone_log_in(phone, demo_server.base_url, "inspector")
        expect(phone.get_by_test_id("field-page")).to_be_visible()
        expect(phone.get_by_test_id("field-location")).to_have_attribute("data-state", "located")
        nearest = phone.get_by_test_id("field-project").first
        expect(nearest).to_have_attribute("data-project-id", project_id)
        assert "米" in (nearest.get_by_test_id("field-distance").text_content() or "")
        phone.screenshot(path=str(tmp_path / "field-390.png"))

        # One tap to live video, on the sub-stream (the phone is narrow); main is offered.
        nearest.get_by_test_id("field-live").tap()
        expect(phone.get_by_test_id("live-quality")).to_have_attribute("data-quality", "SUB")
        expect(phone.get_by_test_id("live-state")).to_have_attribute(
            "data-state", "live", timeout=LIVE_TIMEOUT_MS
        )
        phone.wait_for_function(
            "() => document.querySelector('[data-testid=live-video]').getVideoPlaybackQuality().totalVideoFrames >= 10"
        )
        width = phone.get_by_test_id("live-video").evaluate("(v) => v.videoWidth")
        assert 0 < width < 1280, width  # the sub-stream, not the 1280×720 main stream

        # Press-and-hold on the PTZ pad (touch pointer events) turns the camera.
        camera_gid = phone.url.rstrip("/").rsplit("/", 1)[-1]
        assert any(c["id"] == camera_gid and c["ptzCapable"] for c in project["cameras"]), camera_gid
        phone.get_by_test_id("ptz-acquire").tap()
        expect(phone.get_by_test_id("ptz-lease-mine")).to_be_visible()
        before = phone.get_by_test_id("live-video").evaluate(SCENE_JS)
        pad = phone.get_by_test_id("ptz-right")
        pad.scroll_into_view_if_needed()
        box = pad.bounding_box()
        assert box is not None
        finger = [{"x": box["x"] + box["width"] / 2, "y": box["y"] + box["height"] / 2}]
        # A real touch held down (CDP touch events: the browser makes the pointer events from it).
        cdp = phone.context.new_cdp_session(phone)
        cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": finger})
        phone.wait_for_function(CHANGED_JS, arg=before, timeout=10_000)
        cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
        phone.get_by_test_id("ptz-release").tap()

        # A hazard notice from the live view: the frame on screen plus a photo from the phone's camera.
        photo = tmp_path / "photo.jpg"
        jpeg = phone.evaluate(
            """async () => {
                const c = document.createElement('canvas'); c.width = 64; c.height = 48
                const g = c.getContext('2d'); g.fillStyle = '#c00'; g.fillRect(0, 0, 64, 48)
                const blob = await new Promise((r) => c.toBlob(r, 'image/jpeg', 0.9))
                const bytes = new Uint8Array(await blob.arrayBuffer())
                return btoa(String.fromCharCode(...bytes))
            }"""
        )
        photo.write_bytes(base64.b64decode(jpeg))
        phone.get_by_test_id("issue-from-live").scroll_into_view_if_needed()
        phone.get_by_test_id("issue-from-live").tap()
        expect(phone.get_by_test_id("live-issue-frame")).to_be_visible()
        description = f"塔吊下方未设警戒区 {int(time.time())}"
        phone.get_by_test_id("live-issue-description").fill(description)
        phone.get_by_test_id("live-issue-photo").set_input_files(str(photo))
        expect(phone.get_by_test_id("live-issue-photo-count")).to_contain_text("1")
        phone.screenshot(path=str(tmp_path / "issue-390.png"))
        phone.get_by_test_id("live-issue-submit").tap()
        expect(phone.get_by_test_id("live-issue-drawer")).to_be_hidden(timeout=10_000)

        # The supervisor's page shows it without a reload, with both pictures attached.
        row = desk.get_by_test_id("hazard-row").filter(has_text=description)
        expect(row).to_be_visible(timeout=10_000)
        row.click()
        expect(desk.get_by_test_id("hazard-detail").get_by_test_id("notice-photo")).to_have_count(2)
        notices = api(
            demo_server,
            city,
            "query($id: ID!) { hazardNotices(projectId: $id, first: 50) { edges { node { description "
            "severity camera { id } evidence { source contentType } } } } }",
            {"id": project_id},
        )["hazardNotices"]["edges"]
        notice = next(e["node"] for e in notices if e["node"]["description"] == description)
        assert notice["camera"]["id"] == camera_gid
        assert [e["source"] for e in notice["evidence"]] == ["FRAME", "PHOTO"]
        assert {e["contentType"] for e in notice["evidence"]} == {"image/jpeg"}
    finally:
        phone.context.close()
        desk.context.close()
    assert not console.unexpected(), [e[:800] for e in console.unexpected()]


def test_saved_layout_survives_reload_and_offline_camera_pops_up(
    browser: Browser, demo_server: DemoSystem, console: ConsoleWatch
) -> None:
    page = new_page(browser, console, viewport={"width": 1920, "height": 1080})
    try:
        log_in(page, demo_server.base_url, "district")
        # Other tests' camera alerts (offline reports, device swaps) reach this district's wall too and pop
        # up over it: acknowledged whenever one is in the way while the layout is built.
        popup = page.get_by_test_id("wall-popup")
        page.add_locator_handler(popup, lambda: page.get_by_test_id("popup-ack").click())
        page.goto(f"{demo_server.base_url}/command")
        sources = page.locator("[data-testid=command-camera][data-status=ONLINE]")
        expect(sources.first).to_be_visible()
        page.get_by_test_id("command-split").click()
        page.get_by_role("option", name="9", exact=True).click()
        expect(page.get_by_test_id("command-wall")).to_have_attribute("data-split", "9")
        chosen = [sources.nth(i).get_attribute("data-camera-id") for i in range(3)]
        # Drag one camera onto tile 5, click two into the first free tiles.
        sources.nth(0).drag_to(page.locator("[data-testid=command-tile][data-index='4']"))
        sources.nth(1).click()
        sources.nth(2).click()
        tiles = page.get_by_test_id("command-tile")
        expect(tiles.nth(4)).to_have_attribute("data-camera-id", chosen[0])
        expect(tiles.nth(0)).to_have_attribute("data-camera-id", chosen[1])
        expect(tiles.nth(1)).to_have_attribute("data-camera-id", chosen[2])
        page.get_by_test_id("command-layout-name").fill("e2e 九宫格")
        page.get_by_test_id("command-save").click()
        expect(page.get_by_text("布局已保存")).to_be_visible()

        page.reload()
        wall = page.get_by_test_id("command-wall")
        expect(wall).to_have_attribute("data-split", "9")
        expect(tiles).to_have_count(9)
        expect(tiles.nth(4)).to_have_attribute("data-camera-id", chosen[0])
        expect(tiles.nth(0)).to_have_attribute("data-camera-id", chosen[1])
        expect(tiles.nth(1)).to_have_attribute("data-camera-id", chosen[2])
        expect(tiles.nth(0).get_by_test_id("live-state")).to_have_attribute(
            "data-state", "live", timeout=LIVE_TIMEOUT_MS
        )

        # The gateway reports a camera offline: the wall pops it up with the alert within 10 s.
        page.remove_locator_handler(popup)
        target = chosen[2]
        parsed = from_global_id(target or "")
        assert parsed is not None
        reported_at = time.monotonic()
        report(demo_server, parsed[1], "OFFLINE")
        expect(popup).to_have_attribute("data-camera-id", target or "", timeout=10_000)
        assert time.monotonic() - reported_at < 10
        expect(popup).to_have_attribute("data-kind", "CAMERA_OFFLINE")
        page.screenshot(path=str(Path(demo_server.data_dir) / "wall-popup-1920.png"))
        assert (
            int(page.evaluate("document.documentElement.dataset.alarmCues || '0'")) >= 1
        )  # critical: cue played
        page.get_by_test_id("popup-ack").click()
        expect(popup).to_be_hidden()
        report(demo_server, parsed[1], "ONLINE")
    finally:
        page.context.close()
    # The offline camera's player reports its state in the console on the way down.
    console.allowed += ["404", "422"]
    assert not console.unexpected(), [e[:800] for e in console.unexpected()]
