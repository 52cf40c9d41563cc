"""Where a returning user's dashboard load goes: the request waterfall and the main thread's work.

Loads the dashboard once (as bench_spa.py does: the session marker and a fresh HttpOnly refresh cookie)
against a running topology or demo and prints

- every request: start and end (ms after navigation start), what it is (GraphQL operation name for
  POST /graphql), so the critical path (which request waits for which) can be read off;
- milestones: the first `project-row` on screen, the long tasks (> 50 ms) and their ends;
- the JavaScript CPU profile (CDP ``Profiler``) summed by self time per script and per function.

    .venv/bin/python bench/spa/profile_spa.py --url http://127.0.0.1:PORT --page-url https://127.0.0.1:PORT2
    .venv/bin/python bench/spa/profile_spa.py ... --cpu-rate 4
    .venv/bin/python bench/spa/profile_spa.py ... --cpu-rate 4 --network lighthouse-mobile --trace

``--network`` emulates one of bench_spa.py's network profiles; ``--trace`` also records a Chromium trace
and prints the renderer main thread's time until the first row is on screen by kind of work (script
evaluation and compilation, style recalculation, layout, paint, GC, …, self time; with a throttled CPU the
throttling's pauses show as RunTask's own time) and its busiest tasks; ``--save PREFIX`` keeps the CPU
profile and the trace for DevTools.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import urllib.parse
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from playwright.sync_api import Request, sync_playwright

from bench.spa.bench_spa import LONG_TASK_OBSERVER, PROFILES, api_login, refresh_cookie

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


TRACE_CATEGORIES = [
    "devtools.timeline",
    "disabled-by-default-devtools.timeline",
    "v8.execute",
    "blink.user_timing",
    "loading",
]


def summarize_trace(raw: bytes, page_url: str, rendered_ms: float) -> None:
    """The renderer main thread's work from navigation start to the first row: self time per event name."""
    events = json.loads(raw)
    events = events["traceEvents"] if isinstance(events, dict) else events
    main = {
        (e["pid"], e["tid"])
        for e in events
        if e.get("ph") == "M" and e.get("name") == "thread_name" and e["args"].get("name") == "CrRendererMain"
    }
    starts = [
        e["ts"]
        for e in events
        if e.get("name") == "navigationStart"
        and (e["pid"], e["tid"]) in main
        and e.get("args", {}).get("data", {}).get("documentLoaderURL") == page_url + "/"
    ]
    if not starts:
        print("trace: no navigationStart of the page on a renderer main thread")
        return
    origin = max(starts)
    end = origin + rendered_ms * 1000
    by_thread: dict[tuple[int, int], list[dict[str, Any]]] = collections.defaultdict(list)
    for e in events:
        key = (e.get("pid"), e.get("tid"))
        if e.get("ph") == "X" and key in main and "dur" in e and origin <= e["ts"] <= end:
            by_thread[key].append(e)
    thread = max(by_thread.values(), key=lambda items: sum(e["dur"] for e in items if e["name"] == "RunTask"))
    thread.sort(key=lambda e: (e["ts"], -e["dur"]))
    self_ms: dict[str, float] = collections.Counter()
    stack: list[dict[str, Any]] = []
    for e in thread:
        while stack and e["ts"] >= stack[-1]["ts"] + stack[-1]["dur"]:
            stack.pop()
        if stack:
            self_ms[stack[-1]["name"]] -= e["dur"] / 1000
        self_ms[e["name"]] += e["dur"] / 1000
        stack.append(e)
    tasks = [e for e in thread if e["name"] == "RunTask"]
    busy = sum(e["dur"] for e in tasks) / 1000
    print(
        f"trace: main thread busy {busy:.0f} ms of the {rendered_ms:.0f} ms to the first row (self time by kind):"
    )
    for name, ms in sorted(self_ms.items(), key=lambda item: -item[1])[:16]:
        if name != "RunTask" or ms > 1:
            print(f"  {ms:7.1f} ms  {name}")
    print("tasks over 30 ms (start, ms, what is inside):")
    for task in tasks:
        if task["dur"] < 30_000:
            continue
        inside: dict[str, float] = collections.Counter()
        for e in thread:
            if e is not task and task["ts"] <= e["ts"] < task["ts"] + task["dur"] and e["name"] != "RunTask":
                inside[e["name"]] += e["dur"] / 1000
        top = ", ".join(
            f"{name} {ms:.0f}" for name, ms in sorted(inside.items(), key=lambda item: -item[1])[:4]
        )
        print(f"  {(task['ts'] - origin) / 1000:7.0f} {task['dur'] / 1000:6.0f}  {top}")


def profile_once(
    base_url: str,
    page_url: str,
    cpu_rate: float,
    username: str,
    password: str,
    network: dict[str, float] | None = None,
    trace: bool = False,
    save: str | None = None,
) -> None:
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
        if network is not None:
            cdp.send("Network.emulateNetworkConditions", {"offline": False, **network})
        if trace:
            browser.start_tracing(page=page, categories=TRACE_CATEGORIES)
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
        raw_trace = browser.stop_tracing() if trace else b""
        if save:
            Path(save + ".cpuprofile").write_text(json.dumps(profile))
            if trace:
                Path(save + ".trace.json").write_bytes(raw_trace)
        origin = page.evaluate("performance.timeOrigin")
        long_tasks = page.evaluate("window.__longTaskEntries")
        nav = page.evaluate("JSON.stringify(performance.getEntriesByType('navigation')[0])")
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})
        browser.close()

    print(
        f"cpu x{cpu_rate:g}, network {network or 'not emulated'}: first project-row visible at {rendered:.0f} ms"
    )
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
    if trace:
        summarize_trace(raw_trace, page_url, rendered)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True, help="the API (HTTP) of a running topology or demo")
    parser.add_argument("--page-url", help="where the browser loads the SPA (default: --url)")
    parser.add_argument("--cpu-rate", type=float, default=1.0)
    parser.add_argument(
        "--network", choices=[name for name, (net, _) in PROFILES.items() if net], help="emulated network"
    )
    parser.add_argument(
        "--trace", action="store_true", help="also summarize a Chromium trace of the main thread"
    )
    parser.add_argument(
        "--save", metavar="PREFIX", help="write PREFIX.cpuprofile (and PREFIX.trace.json) for DevTools"
    )
    parser.add_argument("--user", default="city")
    parser.add_argument("--password", default="sitewatch-demo")
    args = parser.parse_args()
    url = args.url.rstrip("/")
    network = PROFILES[args.network][0] if args.network else None
    profile_once(
        url,
        (args.page_url or url).rstrip("/"),
        args.cpu_rate,
        args.user,
        args.password,
        network,
        args.trace,
        args.save,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
