"""End-to-end fixtures: the whole demo system (`sitewatch demo`: SQLite, demo data, simulated
cameras, media gateway, backend) on free ports, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Playwright, sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--allow-loopback-in-peer-connection",
    "--autoplay-policy=no-user-gesture-required",
    "--disable-features=WebRtcHideLocalIpsWithMdns",
]
ROOT = Path(__file__).resolve().parent.parent
DEMO_PASSWORD = "sitewatch-demo"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def free_port_pair() -> int:
    """A port p with p and p+1 free (simcam: RTSP on p, control on p+1), taken below the kernel's
    ephemeral range: there, outgoing connections (the gateway probes every demo camera) often hold
    p+1 by the time simcam binds it."""
    for _ in range(500):
        port = random.randrange(20_000, 32_000, 2)
        try:
            with socket.socket() as first, socket.socket() as second:
                first.bind(("127.0.0.1", port))
                second.bind(("127.0.0.1", port + 1))
        except OSError:
            continue
        return port
    raise RuntimeError("no free pair of ports for the simulated cameras")


@dataclass
class DemoSystem:
    base_url: str
    gateway_url: str
    data_dir: Path
    process: subprocess.Popen[bytes]
    ports: dict[str, int] = field(default_factory=dict)

    def log_tail(self, lines: int = 60) -> str:
        log = self.data_dir / "demo.log"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else ""


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoSystem]:
    data_dir = tmp_path_factory.mktemp("demo")
    ports = {"http": free_port(), "gateway": free_port(), "rtsp": free_port_pair()}
    env = {**os.environ, "SITEWATCH_DATA_DIR": str(data_dir), "PYTHONUNBUFFERED": "1"}
    log = (data_dir / "demo.log").open("wb")
    process = subprocess.Popen(
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
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    system = DemoSystem(
        base_url=f"http://127.0.0.1:{ports['http']}",
        gateway_url=f"http://127.0.0.1:{ports['gateway']}",
        data_dir=data_dir,
        process=process,
        ports=ports,
    )
    deadline = time.monotonic() + 120
    try:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"sitewatch demo exited early:\n{system.log_tail()}")
            try:
                if httpx.get(f"{system.base_url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"sitewatch demo did not start in time:\n{system.log_tail()}")
            time.sleep(0.3)
        yield system
    finally:
        with_group = os.getpgid(process.pid) if process.poll() is None else None
        if with_group:
            os.killpg(with_group, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(with_group, signal.SIGKILL)
                process.wait()
        log.close()


@pytest.fixture(scope="session")
def playwright_instance() -> Iterator[Playwright]:
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance: Playwright) -> Iterator[Browser]:
    browser = playwright_instance.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


class ConsoleWatch:
    """Collects console errors and page errors; a test fails on any it did not expect."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.allowed: list[str] = []

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(f"console: {message.text} @ {message.location.get('url', '')}")

    def on_page_error(self, error: Exception) -> None:
        self.errors.append(f"pageerror: {error}")

    def unexpected(self) -> list[str]:
        return [e for e in self.errors if not any(fragment in e for fragment in self.allowed)]


@pytest.fixture
def console() -> ConsoleWatch:
    return ConsoleWatch()


def new_page(browser: Browser, console: ConsoleWatch, **context_options: object) -> Page:
    context = browser.new_context(**context_options)  # type: ignore[arg-type]
    page = context.new_page()
    page.on("console", console.on_console)
    page.on("pageerror", console.on_page_error)
    return page


_CLICKS_THROUGH_TOASTS: weakref.WeakSet[Page] = weakref.WeakSet()
_TOASTS_LET_CLICKS_THROUGH = ".sw-alert-toast { pointer-events: none !important; }"


def let_clicks_through_alert_toasts(page: Page) -> None:
    """Other tests' camera alerts (offline reports) and the test's own pop up as toasts at the top right,
    over the selects' dropdowns. A toast under Playwright's retrying mouse never times out (Element Plus
    pauses it on hover), and closing it is a click outside the open dropdown, which closes that too. For a
    test that does not look at toasts they stay visible but let clicks through, on this page's document and
    on every one it loads later."""
    if page in _CLICKS_THROUGH_TOASTS:
        return
    _CLICKS_THROUGH_TOASTS.add(page)
    css = json.dumps(_TOASTS_LET_CLICKS_THROUGH)
    page.add_init_script(
        "document.addEventListener('DOMContentLoaded', () => {"
        f" const style = document.createElement('style'); style.textContent = {css};"
        " document.head.append(style); });"
    )
    if page.url.startswith("http"):
        page.add_style_tag(content=_TOASTS_LET_CLICKS_THROUGH)


@pytest.fixture
def page(browser: Browser, console: ConsoleWatch) -> Iterator[Page]:
    page = new_page(browser, console, viewport={"width": 1440, "height": 900})
    yield page
    page.context.close()
    assert not console.unexpected(), console.unexpected()


def log_in(page: Page, base_url: str, username: str, password: str = DEMO_PASSWORD) -> None:
    page.goto(f"{base_url}/login")
    page.get_by_test_id("login-username").fill(username)
    page.get_by_test_id("login-password").fill(password)
    page.get_by_test_id("login-submit").click()
    page.get_by_test_id("current-user").wait_for()
