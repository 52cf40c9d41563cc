"""kill -9 of the media gateway under a Chromium viewer, restarted at once with the same command
line (as a supervisor would): seconds from the kill until the page decodes new frames again, over
N trials — against the peer measured in the same run: a cold page load of the same camera until
its first frames (what a viewer waits for anyway).

Run: .venv/bin/python bench/faults/gateway_kill.py [--trials 10]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Page, sync_playwright  # noqa: E402

from e2e.conftest import CHROMIUM, CHROMIUM_ARGS, free_port, free_port_pair, log_in  # noqa: E402

FRAMES_JS = "() => { const v = document.querySelector('[data-testid=live-video]'); return v ? v.getVideoPlaybackQuality().totalVideoFrames : 0 }"


def frames(page: Page) -> int:
    return int(page.evaluate(FRAMES_JS))


def until_frames_advance(page: Page, by: int, timeout: float = 60.0) -> float:
    """Seconds until the video element has decoded ``by`` frames more than now (a replaced
    element restarts its count: then any ``by`` frames count)."""
    started = time.monotonic()
    baseline = frames(page)
    while time.monotonic() - started < timeout:
        current = frames(page)
        if current < baseline:
            baseline = 0
        if current >= baseline + by:
            return time.monotonic() - started
        time.sleep(0.05)
    return float("inf")


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def process_spec(pid: int) -> tuple[list[str], dict[str, str], str]:
    proc = Path(f"/proc/{pid}")
    argv = [part.decode() for part in proc.joinpath("cmdline").read_bytes().split(b"\0") if part]
    env = dict(
        item.decode().split("=", 1)
        for item in proc.joinpath("environ").read_bytes().split(b"\0")
        if b"=" in item
    )
    return argv, env, os.readlink(proc / "cwd")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=10)
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="sitewatch-gwkill-"))
    ports = {"http": free_port(), "gateway": free_port(), "rtsp": free_port_pair()}
    log = (data_dir / "demo.log").open("wb")
    demo = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "backend.cli",
            "demo",
            "--port",
            str(ports["http"]),
            "--gateway-port",
            str(ports["gateway"]),
            "--rtsp-port",
            str(ports["rtsp"]),
        ],
        cwd=ROOT,
        env={**os.environ, "SITEWATCH_DATA_DIR": str(data_dir)},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base_url = f"http://127.0.0.1:{ports['http']}"
    restarted: list[subprocess.Popen[bytes]] = []
    try:
        for _ in range(400):
            try:
                if httpx.get(f"{base_url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            log_in(page, base_url, "supervisor")
            page.get_by_test_id("camera-row").first.click()
            page.get_by_test_id("camera-title").wait_for()
            until_frames_advance(page, 10)
            cold: list[float] = []
            for _ in range(args.trials):
                page.reload()
                cold.append(until_frames_advance(page, 5))
            back: list[float] = []
            gateway_up: list[float] = []
            for _ in range(args.trials):
                until_frames_advance(page, 10)
                pid = (
                    int(json.loads((data_dir / "pids.json").read_text())["gateway"])
                    if not restarted
                    else restarted[-1].pid
                )
                argv, env, cwd = process_spec(pid)
                killed_at = time.monotonic()
                os.kill(pid, signal.SIGKILL)
                time.sleep(0.2)
                restarted.append(
                    subprocess.Popen(
                        argv,
                        env=env,
                        cwd=cwd,
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                        start_new_session=True,
                    )
                )
                while not port_open(ports["gateway"]):
                    time.sleep(0.05)
                gateway_up.append(time.monotonic() - killed_at)
                until_frames_advance(page, 5)
                back.append(time.monotonic() - killed_at)
            browser.close()
        p95 = lambda xs: sorted(xs)[max(0, round(0.95 * len(xs)) - 1)]  # noqa: E731
        print(f"trials: {args.trials}")
        print(
            f"restarted gateway listening again after: p50 {statistics.median(gateway_up):.2f} s, p95 {p95(gateway_up):.2f} s"
        )
        print(
            f"video back after gateway kill -9: p50 {statistics.median(back):.2f} s, p95 {p95(back):.2f} s, all {[round(x, 2) for x in back]}"
        )
        print(
            f"peer, cold page load to first frames: p50 {statistics.median(cold):.2f} s, p95 {p95(cold):.2f} s"
        )
        print(f"ratio p95 back / p95 cold: {p95(back) / p95(cold):.2f}")
    finally:
        for process in restarted:
            if process.poll() is None:
                process.kill()
        if demo.poll() is None:
            os.killpg(os.getpgid(demo.pid), signal.SIGTERM)
            demo.wait(15)
        log.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
