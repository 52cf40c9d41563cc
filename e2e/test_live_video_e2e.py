"""Live video in Chromium against the whole demo system: the camera page plays the 720p main stream with a
moving clock, an offline camera says so, the video wall plays four sub-streams, and a camera page recovers
by itself after the gateway is killed and restarted."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, expect

from e2e.conftest import DEMO_PASSWORD, ConsoleWatch, DemoSystem, log_in

pytestmark = pytest.mark.e2e

LIVE_TIMEOUT_MS = 20_000

# A checksum of the top-left band of the current video frame, where simcam burns in its clock.
GRAB_JS = """
(video) => {
  const canvas = document.createElement('canvas')
  canvas.width = video.videoWidth
  canvas.height = Math.round(video.videoHeight / 8)
  const g = canvas.getContext('2d', { willReadFrequently: true })
  g.drawImage(video, 0, 0)
  const data = g.getImageData(0, 0, canvas.width, canvas.height).data
  let hash = 0
  for (let i = 0; i < data.length; i += 4) hash = (Math.imul(hash, 31) + data[i] + 7 * data[i + 1] + 13 * data[i + 2]) >>> 0
  return hash
}
"""
FRAMES_JS = "(video) => video.getVideoPlaybackQuality().totalVideoFrames"


def open_own_camera(page: Page, demo: DemoSystem) -> None:
    """The supervisor lands on its project; open its first camera."""
    log_in(page, demo.base_url, "supervisor")
    page.get_by_test_id("camera-row").first.click()
    expect(page.get_by_test_id("camera-title")).to_be_visible()


def wait_live(page: Page, timeout_ms: int = LIVE_TIMEOUT_MS) -> None:
    expect(page.get_by_test_id("live-state")).to_have_attribute("data-state", "live", timeout=timeout_ms)


def decoded_frames(page: Page) -> int:
    return int(page.get_by_test_id("live-video").evaluate(FRAMES_JS))


def test_camera_page_plays_the_main_stream_with_a_moving_clock(page: Page, demo_server: DemoSystem) -> None:
    open_own_camera(page, demo_server)
    wait_live(page)
    video = page.get_by_test_id("live-video")

    page.wait_for_function(
        "() => document.querySelector('[data-testid=live-video]').getVideoPlaybackQuality().totalVideoFrames >= 25"
    )
    assert video.evaluate("(v) => [v.videoWidth, v.videoHeight]") == [1280, 720]

    first = video.evaluate(GRAB_JS)
    page.wait_for_function(
        f"(first) => ({GRAB_JS})(document.querySelector('[data-testid=live-video]')) !== first",
        arg=first,
        timeout=5_000,
    )

    page.get_by_test_id("live-stats-toggle").click()
    expect(page.get_by_test_id("live-stats-resolution")).to_have_text("1280×720")
    expect(page.get_by_test_id("ptz-slot")).to_have_count(1)

    with page.expect_download() as download:
        page.get_by_test_id("live-snapshot").click()
    snapshot = Path(download.value.path()).read_bytes()
    assert snapshot[:3] == b"\xff\xd8\xff"  # JPEG
    assert download.value.suggested_filename.endswith(".jpg")


def _district_token(demo: DemoSystem) -> str:
    response = httpx.post(
        f"{demo.base_url}/graphql",
        json={
            "query": "mutation($u: String!, $p: String!) { login(username: $u, password: $p) "
            "{ ... on LoginSuccess { accessToken } } }",
            "variables": {"u": "district", "p": DEMO_PASSWORD},
        },
        trust_env=False,
    )
    return str(response.json()["data"]["login"]["accessToken"])


def _offline_camera_id(demo: DemoSystem, within_seconds: float = 30) -> str | None:
    """A camera of the district account's scope that the gateway has reported OFFLINE (rtsp://…:9)."""
    token = _district_token(demo)
    query = "{ projects(first: 50) { edges { node { cameras { id status } } } } }"
    deadline = time.monotonic() + within_seconds
    while time.monotonic() < deadline:
        body = httpx.post(
            f"{demo.base_url}/graphql",
            json={"query": query},
            headers={"Authorization": f"Bearer {token}"},
            trust_env=False,
        ).json()
        for edge in body["data"]["projects"]["edges"]:
            for camera in edge["node"]["cameras"]:
                if camera["status"] == "OFFLINE":
                    return str(camera["id"])
        time.sleep(0.5)
    return None


def test_offline_camera_says_so_instead_of_spinning(page: Page, demo_server: DemoSystem) -> None:
    camera_id = _offline_camera_id(demo_server)
    assert camera_id is not None, "the gateway reported no demo camera offline"

    log_in(page, demo_server.base_url, "district")
    page.goto(f"{demo_server.base_url}/cameras/{camera_id}")

    state = page.get_by_test_id("live-state")
    expect(state).to_have_attribute("data-state", "offline", timeout=15_000)
    expect(state).to_contain_text("摄像机离线")
    assert decoded_frames(page) == 0


def test_video_wall_plays_four_sub_streams(page: Page, demo_server: DemoSystem) -> None:
    log_in(page, demo_server.base_url, "supervisor")
    page.get_by_test_id("project-wall").click()
    expect(page.get_by_test_id("wall-page")).to_be_visible()

    tiles = page.get_by_test_id("wall-tile")
    expect(tiles).to_have_count(4)
    for index in range(4):
        expect(tiles.nth(index).get_by_test_id("live-state")).to_have_attribute(
            "data-state", "live", timeout=LIVE_TIMEOUT_MS
        )
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=wall-tile] video')]"
        ".every((v) => v.getVideoPlaybackQuality().totalVideoFrames >= 10 && v.videoWidth === 640)"
    )

    tiles.first.click()
    enlarged = page.get_by_test_id("wall-enlarged")
    expect(enlarged.get_by_test_id("live-state")).to_have_attribute(
        "data-state", "live", timeout=LIVE_TIMEOUT_MS
    )
    page.wait_for_function(
        "() => document.querySelector('[data-testid=wall-enlarged] video').videoWidth === 1280"
    )


# --- gateway restart -------------------------------------------------------------------------------


def _process_spec(pid: int) -> tuple[list[str], dict[str, str], str]:
    proc = Path(f"/proc/{pid}")
    argv = [part.decode() for part in proc.joinpath("cmdline").read_bytes().split(b"\0") if part]
    env = dict(
        item.decode().split("=", 1)
        for item in proc.joinpath("environ").read_bytes().split(b"\0")
        if b"=" in item
    )
    return argv, env, os.readlink(proc / "cwd")


@pytest.fixture(scope="session")
def restarted_processes() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_camera_page_recovers_by_itself_after_a_gateway_restart(
    page: Page,
    demo_server: DemoSystem,
    console: ConsoleWatch,
    restarted_processes: list[subprocess.Popen[bytes]],
) -> None:
    open_own_camera(page, demo_server)
    wait_live(page)
    pids = json.loads((demo_server.data_dir / "pids.json").read_text())
    argv, env, cwd = _process_spec(int(pids["gateway"]))
    errors_before = len(console.errors)

    # when the gateway dies
    os.kill(int(pids["gateway"]), signal.SIGKILL)
    expect(page.get_by_test_id("live-state")).not_to_have_attribute("data-state", "live", timeout=15_000)

    # and comes back with the same command line
    with (demo_server.data_dir / "logs" / "gateway-restarted.log").open("ab") as log:
        restarted_processes.append(
            subprocess.Popen(
                argv,
                env=env,
                cwd=cwd,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # the demo's group is in its own session; torn down by the fixture
            )
        )

    # then the page plays again by itself
    wait_live(page, 15_000)  # bench/faults/gateway_kill.py: p95 4.8 s from the kill
    frames = decoded_frames(page)
    page.wait_for_function(
        "(n) => document.querySelector('[data-testid=live-video]').getVideoPlaybackQuality().totalVideoFrames > n + 25",
        arg=frames,
    )

    # Only the requests to the dead gateway may have failed meanwhile.
    outage = console.errors[errors_before:]
    unexpected = [error for error in outage if f"@ {demo_server.gateway_url}/" not in error]
    assert not unexpected, unexpected
    del console.errors[errors_before:]
