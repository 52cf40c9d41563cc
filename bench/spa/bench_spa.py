"""SPA load time under a throttled CPU and network, measured through the DevTools protocol.

Chromium (Debian's /usr/bin/chromium via Playwright) loads the login page and the dashboard of the
production topology (nginx → backends) with a cold cache, the CPU slowed 4× and the network
emulated (``Network.emulateNetworkConditions``). For each profile it prints, per page:

- ``js_kb``: gzipped JavaScript transferred (from the network log, compressed bytes on the wire);
- ``rendered``: navigation start → the page's content is on screen (the login form / the project table
  with rows);
- ``interactive``: ``rendered`` or the end of the last long task (> 50 ms) before a 1 s quiet window,
  whichever is later (a TTI-style definition).

With ``--caches warm`` each load is a returning user's next visit: a first load of the same browser
profile, unthrottled, fills the HTTP cache (hashed assets are ``immutable``) and rotates the refresh
cookie; the measured load is a new tab of that profile. The default, ``--caches cold``, disables the
cache (a first visit with a session). The service worker is blocked in both: DevTools' network
emulation of a page does not apply to the fetches its service worker makes, so a controlled page's
navigation would cross an unthrottled network (a returning login page on "Slow 3G" in 1.1 s, less than
one round trip). What it adds to a returning visit — the hashed assets cache-first — the HTTP cache
already gives.

The goal (issue 12): the dashboard interactive in ≤ 3 s with 4× CPU throttling and slow 3G. The peer
in the same run is the same page with no throttling (its floor). Profiles: DevTools' "Slow 3G" preset
(2,000 ms RTT, 400 kbit/s), Lighthouse's mobile preset (150 ms RTT, 1.6 Mbit/s — which Lighthouse calls
"slow 4G" and used to call "fast 3G"), and none.

    .venv/bin/python bench/spa/bench_spa.py                 # starts the topology itself
    .venv/bin/python bench/spa/bench_spa.py --url http://127.0.0.1:8080 --runs 3
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import ssl
import statistics
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from playwright.sync_api import Page, sync_playwright

from backend.topology import running_topology

# name → (network conditions or None, whether the CPU is throttled)
PROFILES: dict[str, tuple[dict[str, float] | None, bool]] = {
    "devtools-slow-3g": ({"latency": 2000, "downloadThroughput": 50_000, "uploadThroughput": 50_000}, True),
    # The nominal slow-3G figures (400 ms RTT, 400 kbit/s) without DevTools' 5× latency factor.
    "slow-3g-400ms": ({"latency": 400, "downloadThroughput": 50_000, "uploadThroughput": 50_000}, True),
    "lighthouse-mobile": ({"latency": 150, "downloadThroughput": 204_800, "uploadThroughput": 84_375}, True),
    "cpu-only": (None, True),
    "unthrottled": (None, False),
}
LONG_TASK_OBSERVER = """
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push(entry.startTime + entry.duration);
}).observe({ type: 'longtask', buffered: true });
"""
PAGES = {
    "login": ("/login", "[data-testid=login-submit]"),
    "dashboard": ("/", "[data-testid=project-row]"),
}


def api_login(base_url: str, username: str, password: str) -> dict[str, Any]:
    query = (
        "mutation($u:String!,$p:String!){login(username:$u,password:$p){"
        "... on LoginSuccess{accessToken refreshToken expiresIn}}}"
    )
    request = urllib.request.Request(  # noqa: S310 - our loopback URL
        base_url + "/graphql",
        data=json.dumps({"query": query, "variables": {"u": username, "p": password}}).encode(),
        headers={"content-type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - our loopback URL
        login: dict[str, Any] = json.loads(response.read())["data"]["login"]
    return login


def refresh_cookie(page_url: str, refresh_token: str) -> Any:
    """The SPA's refresh cookie as the backend sets it at login (HttpOnly, SameSite=Strict, its path only)."""
    return {
        "name": "sitewatch_refresh",
        "value": refresh_token,
        "domain": urllib.parse.urlsplit(page_url).hostname or "127.0.0.1",
        "path": "/api/auth/refresh",
        "httpOnly": True,
        "secure": page_url.startswith("https:"),
        "sameSite": "Strict",
    }


def certificate_trust_args(page_url: str) -> list[str]:
    """Chromium flags that trust the server's own certificate (the topology's is self-signed).

    Trusted by its public key, not by ignoring certificate errors: Chromium keeps nothing of a page
    loaded over a certificate error in its HTTP cache, so a returning visit would download everything
    again."""
    parts = urllib.parse.urlsplit(page_url)
    if parts.scheme != "https":
        return []
    pem = ssl.get_server_certificate((parts.hostname or "127.0.0.1", parts.port or 443))
    public_key = x509.load_pem_x509_certificate(pem.encode()).public_key()
    spki = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return [
        f"--ignore-certificate-errors-spki-list={base64.b64encode(hashlib.sha256(spki).digest()).decode()}"
    ]


def fill_caches(page: Page, url: str, selector: str) -> None:
    """An earlier visit of the same browser profile: the page and what it loads are in the HTTP cache."""
    page.goto(url)
    page.wait_for_selector(selector, state="visible", timeout=120_000)
    page.wait_for_load_state("networkidle")
    page.close()  # a later visit: no open tab to share a session with


def measure(
    page: Page,
    url: str,
    selector: str,
    profile: dict[str, float] | None,
    cpu_rate: float,
    cold: bool = True,
) -> dict[str, float]:
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": cold})
    if profile is not None:
        cdp.send("Network.emulateNetworkConditions", {"offline": False, **profile})
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": cpu_rate})
    js_bytes = 0
    js_requests: dict[str, bool] = {}
    network_requests: list[str] = []

    def on_response(event: dict[str, Any]) -> None:
        response = event["response"]
        from_cache = response.get("fromDiskCache") or response.get("fromServiceWorker")
        if not from_cache:
            network_requests.append(urllib.parse.urlsplit(response["url"]).path)
        if response["url"].endswith(".js") and not from_cache:
            js_requests[event["requestId"]] = True

    def on_finished(event: dict[str, Any]) -> None:
        nonlocal js_bytes
        if event["requestId"] in js_requests:
            js_bytes += int(event.get("encodedDataLength", 0))

    cdp.on("Network.responseReceived", on_response)
    cdp.on("Network.loadingFinished", on_finished)
    page.goto(url, wait_until="commit")
    page.wait_for_selector(selector, state="visible", timeout=120_000)
    rendered = page.evaluate("performance.now()")
    network_before_render = len(network_requests)
    # Quiet window: no long task ends during 1 s of (throttled) time.
    quiet_since = time.monotonic()
    last_seen = 0.0
    while time.monotonic() - quiet_since < 1.0:
        time.sleep(0.1)
        ends = page.evaluate("window.__longTasks.slice()")
        latest = max(ends, default=0.0)
        if latest > last_seen:
            last_seen, quiet_since = latest, time.monotonic()
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})
    cdp.detach()
    return {
        "rendered": rendered / 1000,
        "interactive": max(rendered, last_seen) / 1000,
        "js_kb": js_bytes / 1024,
        # responses from the network (neither the HTTP cache nor the service worker) before the selector showed
        "requests": network_before_render,
    }


def run(
    base_url: str, page_url: str, runs: int, cpu_rate: float, username: str, password: str, cold: bool = True
) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", *certificate_trust_args(page_url)]
        )
        try:
            for profile_name, (profile, throttle_cpu) in PROFILES.items():
                rate = cpu_rate if throttle_cpu else 1.0
                for page_name, (path, selector) in PAGES.items():
                    samples = []
                    for _ in range(runs):
                        context = browser.new_context(
                            viewport={"width": 1440, "height": 900},
                            locale="zh-CN",
                            service_workers="block",
                        )
                        script = LONG_TASK_OBSERVER
                        if page_name == "dashboard":
                            # a returning user: the SPA's session marker and the HttpOnly refresh cookie
                            # (the access token lives in memory only: the page gets it from the cookie)
                            # each load rotates the refresh token it used: a fresh session per load
                            fresh = api_login(base_url, username, password)
                            script += "localStorage.setItem('sitewatch.session', '1');"
                            context.add_cookies([refresh_cookie(page_url, fresh["refreshToken"])])
                        context.add_init_script(script)
                        if not cold:
                            fill_caches(context.new_page(), page_url + path, selector)
                        page = context.new_page()
                        samples.append(measure(page, page_url + path, selector, profile, rate, cold))
                        context.close()
                    results[f"{profile_name}/{page_name}"] = {
                        key: round(statistics.median(s[key] for s in samples), 2) for key in samples[0]
                    }
        finally:
            browser.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running topology or demo, for the API (default: start the topology)")
    parser.add_argument(
        "--page-url", help="where the browser loads the SPA (default: the topology's HTTPS/2)"
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cpu-rate", type=float, default=4.0)
    parser.add_argument("--profiles", default=",".join(PROFILES), help="comma-separated subset of profiles")
    parser.add_argument(
        "--caches",
        choices=("cold", "warm"),
        default="cold",
        help="warm: each load follows an earlier visit of the same profile (HTTP and service worker caches)",
    )
    parser.add_argument("--user", default="city")
    parser.add_argument("--password", default="sitewatch-demo")
    args = parser.parse_args()
    chosen = {name.strip() for name in args.profiles.split(",")} | {"unthrottled"}  # the floor
    for name in [name for name in PROFILES if name not in chosen]:
        del PROFILES[name]
    if args.url:
        url = args.url.rstrip("/")
        results = run(
            url,
            (args.page_url or url).rstrip("/"),
            args.runs,
            args.cpu_rate,
            args.user,
            args.password,
            args.caches == "cold",
        )
    else:
        with running_topology() as topology:
            page_url = (args.page_url or topology.tls_url).rstrip("/")
            results = run(
                topology.base_url,
                page_url,
                args.runs,
                args.cpu_rate,
                args.user,
                topology.password,
                args.caches == "cold",
            )
    print(f"caches: {args.caches}")
    print(f"{'profile/page':<32} {'js_kb':>7} {'requests':>9} {'rendered s':>11} {'interactive s':>14}")
    for name, figures in results.items():
        print(
            f"{name:<32} {figures['js_kb']:>7.1f} {figures['requests']:>9.0f} {figures['rendered']:>11.2f}"
            f" {figures['interactive']:>14.2f}"
        )
    floor = results["unthrottled/dashboard"]["interactive"]
    for profile in ("devtools-slow-3g", "slow-3g-400ms", "lighthouse-mobile", "cpu-only"):
        if f"{profile}/dashboard" not in results:
            continue
        figure = results[f"{profile}/dashboard"]["interactive"]
        verdict = "meets" if figure <= 3.0 else "misses"
        print(
            f"dashboard interactive, {profile} + {args.cpu_rate:g}x CPU: {figure:.2f} s ({verdict} the 3 s goal), "
            f"{figure / floor:.1f}x the unthrottled {floor:.2f} s"
        )
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
