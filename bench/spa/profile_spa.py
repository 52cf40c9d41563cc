"""Where a returning user's dashboard load goes: the request waterfall and the main thread's work.

Loads the dashboard once (as bench_spa.py does: the session marker and a fresh HttpOnly refresh cookie)
against a running topology or demo and prints

- every request: start and end (ms after navigation start), what it is (GraphQL operation name for
  POST /graphql), so the critical path (which request waits for which) can be read off;
- milestones: the first `project-row` on screen, the long tasks (> 50 ms) and their ends;
- the JavaScript CPU profile (CDP ``Profiler``) summed by self time per script and per function.

    .venv/bin/python bench/spa/profile_spa.py --url http://127.0.0.1:PORT --page-url https://127.0.0.1:PORT2
    .venv/bin/python bench/spa/profile_spa.py ... --cpu-rate 4
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from playwright.sync_api import Request, sync_playwright

from bench.spa.bench_spa import LONG_TASK_OBSERVER, api_login, refresh_cookie

ENTRIES = """
window.__longTaskEntries = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__longTaskEntries.push([e.startTime, e.duration]);
}).observe({ type: 'longtask', buffered: true });
"""


def describe(request: Request) -> str:
    url = urllib.parse.urlsplit(request.url)
    if url.path == "/graphql" and request.post_data:
        try:
            body = json.loads(request.post_data)
        except ValueError:
            return "graphql ?"
        name = body.get("operationName") or body.get("query", "")[:40]
        return f"graphql {name}"
    return url.path + (("?" + url.query) if url.query else "")


def profile_once(base_url: str, page_url: str, cpu_rate: float, username: str, password: str) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--ignore-certificate-errors"]
        )
        context = browser.new_context(
            viewport={"width": 1440, "height": 900}, locale="zh-CN", ignore_https_errors=True
        )
        fresh = api_login(base_url, username, password)
        context.add_cookies([refresh_cookie(page_url, fresh["refreshToken"])])
        context.add_init_script(
            LONG_TASK_OBSERVER + ENTRIES + "localStorage.setItem('sitewatch.session', '1');"
        )
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": cpu_rate})
        cdp.send("Profiler.enable")
        cdp.send("Profiler.setSamplingInterval", {"interval": 200})
        cdp.send("Profiler.start")
        finished: list[tuple[Request, str]] = []
        page.on("requestfinished", lambda r: finished.append((r, "ok")))
        page.on("requestfailed", lambda r: finished.append((r, "failed")))
        sockets: list[float] = []
        page.on("websocket", lambda ws: sockets.append(page.evaluate("performance.now()")))
        page.goto(page_url + "/", wait_until="commit")
        page.wait_for_selector("[data-testid=project-row]", state="visible", timeout=120_000)
        rendered = page.evaluate("performance.now()")
        page.wait_for_timeout(1500)
        profile = cdp.send("Profiler.stop")["profile"]
        origin = page.evaluate("performance.timeOrigin")
        long_tasks = page.evaluate("window.__longTaskEntries")
        nav = page.evaluate("JSON.stringify(performance.getEntriesByType('navigation')[0])")
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})
        browser.close()

    print(f"cpu x{cpu_rate:g}: first project-row visible at {rendered:.0f} ms")
    navigation = json.loads(nav)
    print(
        f"document: responseEnd {navigation['responseEnd']:.0f}  domInteractive {navigation['domInteractive']:.0f}"
        f"  domContentLoaded {navigation['domContentLoadedEventEnd']:.0f}"
    )
    rows = []
    for request, state in finished:
        timing = request.timing
        start = timing["startTime"] - origin
        end = start + max(timing["responseEnd"], 0)
        rows.append((start, end, state, describe(request)))
    print(f"{'start':>7} {'end':>7} {'ms':>6}  request")
    for start, end, state, what in sorted(rows):
        print(
            f"{start:7.0f} {end:7.0f} {end - start:6.0f}  {what}{'' if state == 'ok' else ' (' + state + ')'}"
        )
    for at in sockets:
        print(f"{at:7.0f}       -         websocket opened")
    print("long tasks (start, duration ms):", [(round(s), round(d)) for s, d in long_tasks])

    nodes = {node["id"]: node for node in profile["nodes"]}
    self_time: dict[int, float] = collections.Counter()
    deltas = profile["timeDeltas"]
    for sample, delta in zip(profile["samples"], deltas, strict=False):
        self_time[sample] += delta / 1000
    by_script: dict[str, float] = collections.Counter()
    by_function: dict[str, float] = collections.Counter()
    for node_id, ms in self_time.items():
        frame = nodes[node_id]["callFrame"]
        script = frame["url"].rsplit("/", 1)[-1] or "(" + frame["functionName"] + ")"
        by_script[script] += ms
        by_function[f"{frame['functionName'] or '(anonymous)'} {script}:{frame['lineNumber']}"] += ms
    total = sum(by_script.values())
    print(f"JS profile: {total:.0f} ms sampled (incl. idle/program/gc)")
    for name, ms in sorted(by_script.items(), key=lambda item: -item[1])[:15]:
        print(f"  {ms:7.1f} ms  {name}")
    print("top functions by self time:")
    for name, ms in sorted(by_function.items(), key=lambda item: -item[1])[:25]:
        print(f"  {ms:7.1f} ms  {name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True, help="the API (HTTP) of a running topology or demo")
    parser.add_argument("--page-url", help="where the browser loads the SPA (default: --url)")
    parser.add_argument("--cpu-rate", type=float, default=1.0)
    parser.add_argument("--user", default="city")
    parser.add_argument("--password", default="sitewatch-demo")
    args = parser.parse_args()
    url = args.url.rstrip("/")
    profile_once(url, (args.page_url or url).rstrip("/"), args.cpu_rate, args.user, args.password)
    return 0


if __name__ == "__main__":
    sys.exit(main())
