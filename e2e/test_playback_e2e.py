"""Playback in Chromium against the demo (its gateway records the featured project's cameras): switch a camera
to playback, click the timeline at T — the wall clock of the shown frame is within 1 s of T and advances;
4x plays four times as fast; an exported clip reaches 100 % and the downloaded MP4 has the requested length."""

from __future__ import annotations

import hashlib
import json
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Page

from backend.graphql_core.ids import to_global_id
from e2e.conftest import DemoSystem, log_in

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

RECORDED_SECONDS_NEEDED = 95


def recorded_camera(demo: DemoSystem) -> tuple[int, float]:
    """A camera the demo records and the wall-clock start of its oldest file (waits until there is one)."""
    root = demo.data_dir / "recordings"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        starts: dict[int, float] = {}
        for path in root.glob("*/main/*/*/*.mp4"):
            camera = path.parts[-5]
            if camera.isdigit():
                began = datetime.strptime(path.name[:16], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).timestamp()
                starts[int(camera)] = min(starts.get(int(camera), began), began)
        if starts:
            camera = min(starts)
            return camera, starts[camera]
        time.sleep(1)
    raise AssertionError(f"the demo recorded nothing:\n{demo.log_tail()}")


def shown_ms(page: Page) -> int | None:
    raw = page.get_by_test_id("playback-clock").first.get_attribute("data-epoch-ms")
    return int(raw) if raw else None


def wait_for_seek_to_settle(page: Page) -> None:
    page.wait_for_function(
        """() => {
            const v = document.querySelector('[data-testid=playback-element]')
            return v && !v.seeking && v.readyState >= 2 && !v.paused
        }""",
        timeout=15_000,
    )


def test_timeline_seek_speed_and_export(demo_server: DemoSystem, page: Page, tmp_path: Path) -> None:
    camera, first_recorded = recorded_camera(demo_server)
    # enough footage for a seek 50 s back and a one-minute clip around it
    while time.time() - first_recorded < RECORDED_SECONDS_NEEDED:
        time.sleep(1)
    log_in(page, demo_server.base_url, "city")
    page.goto(f"{demo_server.base_url}/cameras/{to_global_id('Camera', camera)}")
    page.get_by_test_id("mode-playback").click()
    page.get_by_test_id("playback-video").first.wait_for()
    page.wait_for_function(
        "() => document.querySelector('[data-testid=playback-clock]')?.dataset.epochMs", timeout=20_000
    )
    # minute-level zoom: one pixel of the track is well under a second
    page.get_by_test_id("timeline-zoom-2").click()
    track = page.get_by_test_id("timeline-track")
    page.wait_for_timeout(300)
    view_from = int(track.get_attribute("data-from-ms") or 0)
    view_to = int(track.get_attribute("data-to-ms") or 0)
    box = track.bounding_box()
    assert box is not None
    wanted = time.time() * 1000 - 50_000
    x = round(box["x"] + (wanted - view_from) / (view_to - view_from) * box["width"])
    target = view_from + (x - box["x"]) / box["width"] * (view_to - view_from)  # the instant that pixel means
    clicked_at = time.monotonic()
    page.mouse.click(x, box["y"] + box["height"] / 2)
    wait_for_seek_to_settle(page)
    first = shown_ms(page)
    elapsed_ms = (time.monotonic() - clicked_at) * 1000
    assert first is not None
    assert target - 1000 <= first <= target + 1000 + elapsed_ms, (first - target, elapsed_ms)
    page.wait_for_timeout(2000)
    later = shown_ms(page)
    assert later is not None and later - first >= 1000, "the video does not advance"

    page.get_by_test_id("rate-4").click()
    page.wait_for_timeout(500)
    before, started = shown_ms(page), time.monotonic()
    page.wait_for_timeout(3000)
    after, ended = shown_ms(page), time.monotonic()
    assert before is not None and after is not None
    speed = (after - before) / 1000 / (ended - started)
    assert 3.0 <= speed <= 5.0, f"4x played at {speed:.1f}x"
    assert page.get_by_test_id("playback-rate").inner_text() == "4×"

    page.get_by_test_id("rate-1").click()
    page.get_by_test_id("export-open").click()
    dialog = page.get_by_test_id("export-dialog")
    dialog.wait_for()
    page.get_by_test_id("export-submit").click()
    progress = page.get_by_test_id("export-progress")
    progress.wait_for()
    page.wait_for_function(
        "() => document.querySelector('[data-testid=export-progress]')?.dataset.state === 'DONE'",
        timeout=60_000,
    )
    assert progress.get_attribute("data-percent") == "100"
    sha = page.get_by_test_id("export-sha256").inner_text().split()[-1]
    with page.expect_download() as download_info:
        page.get_by_test_id("export-download").click()
    clip = tmp_path / "clip.mp4"
    download_info.value.save_as(clip)
    probe = json.loads(
        subprocess.run(
            ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "json", str(clip)],
            check=True,
            capture_output=True,
        ).stdout
    )
    assert abs(float(probe["format"]["duration"]) - 60) <= 1.0, probe
    assert hashlib.sha256(clip.read_bytes()).hexdigest() == sha

    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden")
    page.get_by_test_id("back-to-live").click()
    page.get_by_test_id("camera-player").wait_for()
