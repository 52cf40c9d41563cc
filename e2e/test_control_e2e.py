"""Issue 4 end to end, in Debian's Chromium with two browser contexts on the demo system: the supervisor
takes control and pans (the picture changes); the city center takes over; the supervisor's page shows the
lock (within 1 s: bench/control), its PTZ buttons are disabled and a forced command is refused; the supervisor's document
upload is refused (Art. 12); the city releases; the supervisor can control again."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from e2e.conftest import DEMO_PASSWORD, ConsoleWatch, DemoSystem, log_in, new_page

pytestmark = pytest.mark.e2e
LIVE_TIMEOUT_MS = 20_000

# Mean grey level of a grid below the burned-in clock line: changes when the view pans, not with the clock.
SCENE_JS = """
(video) => {
  const canvas = document.createElement('canvas')
  canvas.width = 160
  canvas.height = 90
  const g = canvas.getContext('2d', { willReadFrequently: true })
  g.drawImage(video, 0, video.videoHeight / 6, video.videoWidth, video.videoHeight * 5 / 6, 0, 0, 160, 90)
  const data = g.getImageData(0, 0, 160, 90).data
  const grey = []
  for (let i = 0; i < data.length; i += 4 * 7) grey.push((data[i] + data[i + 1] + data[i + 2]) / 3)
  return grey
}
"""
CHANGED_JS = f"""
(before) => {{
  const now = ({SCENE_JS})(document.querySelector('[data-testid=live-video]'))
  let total = 0
  for (let i = 0; i < now.length; i++) total += Math.abs(now[i] - before[i])
  return total / now.length > 6
}}
"""


def api(
    demo: DemoSystem, token: str | None, query: str, variables: dict[str, Any] | None = None
) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    body = httpx.post(
        f"{demo.base_url}/graphql",
        json={"query": query, "variables": variables or {}},
        headers=headers,
        trust_env=False,
    ).json()
    assert not body.get("errors"), body
    return body["data"]  # type: ignore[no-any-return]


def token_of(demo: DemoSystem, username: str) -> str:
    data = api(
        demo,
        None,
        "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { ... on LoginSuccess { accessToken } } }",
        {"u": username, "p": DEMO_PASSWORD},
    )
    return str(data["login"]["accessToken"])


def open_camera(page: Page, demo: DemoSystem, username: str, camera_id: str) -> None:
    log_in(page, demo.base_url, username)
    page.goto(f"{demo.base_url}/cameras/{camera_id}")
    expect(page.get_by_test_id("ptz-panel")).to_be_visible()


def test_city_takes_over_and_locks_the_site_out(
    browser: Browser, demo_server: DemoSystem, console: ConsoleWatch
) -> None:
    supervisor_token = token_of(demo_server, "supervisor")
    project = api(demo_server, supervisor_token, "{ me { project { id cameras { id ptzCapable } } } }")["me"][
        "project"
    ]
    camera_id = next(c["id"] for c in project["cameras"] if c["ptzCapable"])
    supervisor = new_page(browser, console, viewport={"width": 1440, "height": 900})
    city = new_page(browser, console, viewport={"width": 1440, "height": 900})
    try:
        open_camera(supervisor, demo_server, "supervisor", camera_id)
        open_camera(city, demo_server, "city", camera_id)
        expect(supervisor.get_by_test_id("ptz-lease-free")).to_be_visible()

        # The supervisor takes control and pans: the picture changes.
        supervisor.get_by_test_id("ptz-acquire").click()
        expect(supervisor.get_by_test_id("ptz-lease-mine")).to_be_visible()
        expect(city.get_by_test_id("ptz-lease-locked")).to_be_visible()
        expect(supervisor.get_by_test_id("live-state")).to_have_attribute(
            "data-state", "live", timeout=LIVE_TIMEOUT_MS
        )
        video = supervisor.get_by_test_id("live-video")
        supervisor.wait_for_function(
            "() => document.querySelector('[data-testid=live-video]').getVideoPlaybackQuality().totalVideoFrames >= 10"
        )
        before = video.evaluate(SCENE_JS)
        right = supervisor.get_by_test_id("ptz-right")
        box = right.bounding_box()
        assert box is not None
        supervisor.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        supervisor.mouse.down()
        supervisor.wait_for_function(
            CHANGED_JS, arg=before, timeout=10_000
        )  # a loaded CI machine: 5 s failed 1 in 3
        supervisor.mouse.up()

        # The city center takes over; the supervisor's page shows the lock. The 1 s target is measured by
        # bench/control/bench_control.py (timing is a benchmark's business, not a test's); printed here.
        started = time.monotonic()
        city.get_by_test_id("ptz-acquire").click()
        expect(supervisor.get_by_test_id("ptz-lease-locked")).to_be_visible(timeout=5_000)
        print(f"city takeover shown on the supervisor's page after {time.monotonic() - started:.2f} s")
        expect(supervisor.get_by_test_id("ptz-notice")).to_be_visible()
        expect(city.get_by_test_id("ptz-lease-mine")).to_be_visible()
        expect(supervisor.get_by_test_id("ptz-right")).to_be_disabled()
        expect(supervisor.get_by_test_id("ptz-zoom-in")).to_be_disabled()

        # A forced command is refused, and so is a document upload (Art. 12).
        forced = api(
            demo_server,
            supervisor_token,
            "mutation($id: ID!) { ptzMove(cameraId: $id, pan: 1, tilt: 0) { __typename ... on UserError { code } } }",
            {"id": camera_id},
        )["ptzMove"]
        assert forced["code"] == "NOT_CONTROLLER"
        upload = httpx.post(
            f"{demo_server.base_url}/api/documents/upload",
            params={
                "projectId": project["id"],
                "category": "SAFETY_INSPECTION_REMEDIATION",
                "title": "巡检记录",
            },
            content=b"%PDF-1.4\n%%EOF\n",
            headers={"Authorization": f"Bearer {supervisor_token}", "X-Filename": "inspection.pdf"},
            trust_env=False,
        )
        assert upload.status_code == 409 and upload.json()["code"] == "CITY_CONTROL_ACTIVE"

        # The city releases; the supervisor can control again.
        city.get_by_test_id("ptz-release").click()
        expect(supervisor.get_by_test_id("ptz-lease-free")).to_be_visible()
        supervisor.get_by_test_id("ptz-acquire").click()
        expect(supervisor.get_by_test_id("ptz-lease-mine")).to_be_visible()
        expect(supervisor.get_by_test_id("ptz-right")).to_be_enabled()
        supervisor.get_by_test_id("ptz-release").click()
        expect(supervisor.get_by_test_id("ptz-lease-free")).to_be_visible()
    finally:
        supervisor.context.close()
        city.context.close()
    assert not console.unexpected(), [e[:800] for e in console.unexpected()]
