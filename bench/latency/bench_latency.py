"""Benchmark: glass-to-glass latency through the SiteWatch gateway and through Janus, same camera, same run.

    .venv/bin/python bench/latency/bench_latency.py [--seconds 300] [--window-seconds 60] [--warmup-seconds 10]

The simulated camera (``simcam --timestamp-blocks``, live-encoded 720p25, 2 Mbit/s CBR) draws its wall clock
in ms into every raw frame before the encoder (a row of black/white blocks, see
media_gateway/simcam/timestamp_blocks.py). One headless Chromium page (Debian /usr/bin/chromium) watches the
camera through the gateway (WHEP) and through Janus (streaming plugin, RTSP mountpoint) at the same time; for
every rendered frame (``requestVideoFrameCallback``) it reads the blocks back from a canvas and subtracts them
from the frame's expected display time (``expectedDisplayTime`` anchored on ``Date.now()``). Same machine, same
clock: the difference is capture → x264 encode → RTSP → relay → WebRTC → jitter buffer → decode → display.

Prints p50/p95/p99 per system, the ratio SiteWatch/Janus, p50 per window (drift) and the least-squares slope
of latency over the run, with the load average of the machine next to each window.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from playwright.async_api import Page, async_playwright

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE.parent / "gateway"))
sys.path.insert(0, str(REPO))

from bench_gateway import (  # noqa: E402
    _http_ok,
    cpu_seconds,
    free_port,
    mint,
    percentile,
    spawn,
    spawn_janus,
    wait_for,
)
from janus_client import write_janus_config  # noqa: E402

PAGE = HERE / "page.html"
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
SYSTEMS = ("sitewatch", "janus")
DRAIN_SECONDS = 5.0


@dataclass
class Series:
    samples: list[tuple[float, float]] = field(default_factory=list)  # (wall ms, latency ms)
    frames: int = 0
    misread: int = 0


@dataclass
class Window:
    index: int
    load: float
    p50: dict[str, float | None]


class JanusWatcher:
    """Janus HTTP API: session, streaming plugin handle, ``watch`` (Janus offers) and ``start`` (our answer).
    The long poll keeps the session alive for the whole run."""

    def __init__(self, base_url: str, mountpoint: int) -> None:
        self.base_url, self.mountpoint = base_url, mountpoint
        self.session_url = self.handle_url = ""
        self.events: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.poller: asyncio.Task[None] | None = None

    async def offer(self, client: httpx.AsyncClient) -> str:
        created = (await client.post(self.base_url, json=self._request("create"))).json()
        self.session_url = f"{self.base_url}/{created['data']['id']}"
        attach = {**self._request("attach"), "plugin": "janus.plugin.streaming"}
        attached = (await client.post(self.session_url, json=attach)).json()
        self.handle_url = f"{self.session_url}/{attached['data']['id']}"
        self.poller = asyncio.get_running_loop().create_task(self._poll(client))
        watch = {**self._request("message"), "body": {"request": "watch", "id": self.mountpoint}}
        await client.post(self.handle_url, json=watch)
        async with asyncio.timeout(20):
            while True:
                event = await self.events.get()
                if "jsep" in event:
                    return str(event["jsep"]["sdp"])

    async def start(self, client: httpx.AsyncClient, answer_sdp: str) -> None:
        start = {
            **self._request("message"),
            "body": {"request": "start"},
            "jsep": {"type": "answer", "sdp": answer_sdp},
        }
        await client.post(self.handle_url, json=start)

    async def stop(self, client: httpx.AsyncClient) -> None:
        if self.poller is not None:
            self.poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.poller
        if self.session_url:
            with contextlib.suppress(httpx.HTTPError):
                await client.post(self.session_url, json=self._request("destroy"))

    async def _poll(self, client: httpx.AsyncClient) -> None:
        while True:
            with contextlib.suppress(httpx.HTTPError):
                response = await client.get(self.session_url, params={"maxev": 5}, timeout=40)
                payload = response.json()
                for event in payload if isinstance(payload, list) else [payload]:
                    await self.events.put(event)

    @staticmethod
    def _request(kind: str) -> dict[str, Any]:
        return {"janus": kind, "transaction": secrets.token_hex(6)}


async def connect_gateway(page: Page, client: httpx.AsyncClient, whep_url: str, ticket: str) -> None:
    offer = await page.evaluate("name => makeOffer(name)", "sitewatch")
    response = await client.post(
        whep_url,
        content=offer,
        headers={"Content-Type": "application/sdp", "Authorization": f"Bearer {ticket}"},
    )
    if response.status_code != 201:
        raise RuntimeError(f"WHEP offer refused: {response.status_code} {response.text}")
    await page.evaluate("([name, sdp]) => acceptAnswer(name, sdp)", ["sitewatch", response.text])


def slope_ms_per_minute(samples: list[tuple[float, float]]) -> float:
    if len(samples) < 2:
        return float("nan")
    t0 = samples[0][0]
    xs = [(t - t0) / 60000 for t, _ in samples]
    ys = [latency for _, latency in samples]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    variance = sum((x - mean_x) ** 2 for x in xs)
    if not variance:
        return float("nan")
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / variance


def fmt(value: float | None, digits: int = 0) -> str:
    return "n/a" if value is None or value != value else f"{value:.{digits}f}"


def print_report(
    series: dict[str, Series],
    windows: list[Window],
    seconds: float,
    window_seconds: float,
    cpu: dict[str, float],
    loads: tuple[tuple[float, float, float], tuple[float, float, float]],
) -> None:
    print()
    print(
        "Source: simcam --timestamp-blocks, 1280x720 25 fps constrained baseline, 2 Mbit/s CBR, keyframe 1 s, "
        "capture time drawn before the encoder."
    )
    print(
        "Viewer: one headless Chromium page (/usr/bin/chromium, software decode), both systems at once; "
        "latency = expectedDisplayTime (on the wall clock) - drawn capture time."
    )
    start_load, end_load = loads
    print(
        f"Run: {seconds:.0f} s measured; load average at start {start_load[0]:.1f} / {start_load[1]:.1f} / "
        f"{start_load[2]:.1f}, at end {end_load[0]:.1f} / {end_load[1]:.1f} / {end_load[2]:.1f} (2 cores)."
    )
    header = (
        f"{'system':<10} {'frames':>7} {'fps':>6} {'misread':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} "
        f"{'max ms':>7} {'drift ms/min':>12} {'server cpu %':>12}"
    )
    print(header)
    print("-" * len(header))
    summary: dict[str, dict[str, float]] = {}
    for name in SYSTEMS:
        s = series[name]
        latencies = [latency for _, latency in s.samples]
        if not latencies:
            print(f"{name:<10} no frame read")
            continue
        summary[name] = {
            "p50": percentile(latencies, 0.5),
            "p95": percentile(latencies, 0.95),
            "p99": percentile(latencies, 0.99),
        }
        print(
            f"{name:<10} {s.frames:>7} {s.frames / seconds:>6.1f} {s.misread:>7} "
            f"{summary[name]['p50']:>7.0f} {summary[name]['p95']:>7.0f} {summary[name]['p99']:>7.0f} "
            f"{max(latencies):>7.0f} {fmt(slope_ms_per_minute(s.samples), 2):>12} {cpu[name]:>12.1f}"
        )
    if len(summary) == 2:
        ours, theirs = summary["sitewatch"], summary["janus"]
        print()
        print(
            f"ratio SiteWatch/Janus: p50 {ours['p50'] / theirs['p50']:.2f}  p95 {ours['p95'] / theirs['p95']:.2f}  "
            f"p99 {ours['p99'] / theirs['p99']:.2f}"
        )
    print()
    print(
        f"p50 per {window_seconds:.0f} s window (drift), with the 1-minute load average at the window's end:"
    )
    print(f"{'window':>6} {'load':>5} " + " ".join(f"{name:>10}" for name in SYSTEMS))
    for w in windows:
        print(f"{w.index:>6} {w.load:>5.1f} " + " ".join(f"{fmt(w.p50[name]):>10}" for name in SYSTEMS))


async def measure(
    page: Page, seconds: float, window_seconds: float, pids: dict[str, int]
) -> tuple[dict[str, Series], list[Window], dict[str, float]]:
    series = {name: Series() for name in SYSTEMS}
    windows: list[Window] = []
    window_samples: dict[str, list[float]] = {name: [] for name in SYSTEMS}
    cpu_before = {name: cpu_seconds(pid) for name, pid in pids.items()}
    began = time.monotonic()
    window_end = began + window_seconds
    while True:
        await asyncio.sleep(DRAIN_SECONDS)
        drained = await page.evaluate("drain()")
        for name in SYSTEMS:
            got = drained.get(name) or {"samples": [], "frames": 0, "misread": 0}
            series[name].samples.extend((float(t), float(v)) for t, v in got["samples"])
            series[name].frames += int(got["frames"])
            series[name].misread += int(got["misread"])
            window_samples[name].extend(float(v) for _, v in got["samples"])
        now = time.monotonic()
        if now >= window_end or now - began >= seconds:
            windows.append(
                Window(
                    len(windows) + 1,
                    os.getloadavg()[0],
                    {n: (statistics.median(v) if v else None) for n, v in window_samples.items()},
                )
            )
            print(
                f"window {windows[-1].index}: load {windows[-1].load:.1f} "
                + " ".join(f"{n} p50 {fmt(p)} ms" for n, p in windows[-1].p50.items()),
                flush=True,
            )
            window_samples = {name: [] for name in SYSTEMS}
            window_end = now + window_seconds
        if now - began >= seconds:
            break
    elapsed = time.monotonic() - began
    cpu = {name: (cpu_seconds(pid) - cpu_before[name]) / elapsed * 100 for name, pid in pids.items()}
    return series, windows, cpu


async def bench(args: argparse.Namespace, workdir: Path) -> None:
    rtsp_port, control_port, gateway_port, janus_port = free_port(), free_port(), free_port(), free_port()
    private_key = ec.generate_private_key(ec.SECP256R1())
    public_key = workdir / "ticket-public.pem"
    public_key.write_bytes(
        private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    main_url = f"rtsp://127.0.0.1:{rtsp_port}/cam1/main"
    janus_config = write_janus_config(workdir / "janus", janus_port, {1: main_url})
    logs = workdir / "logs"
    logs.mkdir()
    processes: list[subprocess.Popen[bytes]] = []
    try:
        camera = [
            sys.executable,
            "-m",
            "media_gateway.simcam",
            "--port",
            str(rtsp_port),
            "--control-port",
            str(control_port),
            "--camera",
            "cam1",
            "--cbr",
            "--timestamp-blocks",
        ]
        processes.append(
            spawn(camera, cwd=REPO, stdout=subprocess.DEVNULL, stderr=(logs / "simcam.log").open("wb"))
        )
        async with httpx.AsyncClient(trust_env=False, timeout=10) as http:
            await wait_for(lambda: _http_ok(http, f"http://127.0.0.1:{control_port}/cameras"), 30, "simcam")
            gateway = spawn(
                [
                    sys.executable,
                    "-m",
                    "media_gateway",
                    "--port",
                    str(gateway_port),
                    "--gateway-id",
                    "gw-bench",
                    "--ticket-public-key",
                    str(public_key),
                    "--camera",
                    f"1={main_url}",
                    "--no-recorder",
                    "--log-level",
                    "warning",
                ],
                cwd=REPO,
                stdout=subprocess.DEVNULL,
                stderr=(logs / "gateway.log").open("wb"),
            )
            processes.append(gateway)
            janus = spawn_janus(janus_config, logs)
            processes.append(janus)
            janus_url = f"http://127.0.0.1:{janus_port}/janus"
            await wait_for(lambda: _http_ok(http, f"http://127.0.0.1:{gateway_port}/readyz"), 30, "gateway")
            await wait_for(lambda: _http_ok(http, f"{janus_url}/info"), 30, "janus")
            async with async_playwright() as playwright:
                browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                page = await browser.new_page()
                page.on("console", lambda message: print(f"page: {message.text}", flush=True))
                await page.goto(PAGE.as_uri())
                await connect_gateway(
                    page, http, f"http://127.0.0.1:{gateway_port}/whep/1", mint(private_key, "1", "latency")
                )
                watcher = JanusWatcher(janus_url, 1)
                janus_offer = await watcher.offer(http)
                answer = await page.evaluate(
                    "([name, sdp]) => answerOffer(name, sdp)", ["janus", janus_offer]
                )
                await watcher.start(http, answer)
                await asyncio.sleep(args.warmup_seconds)
                warm = await page.evaluate("drain()")
                for name in SYSTEMS:
                    got = warm.get(name)
                    if not got or not got["samples"]:
                        raise RuntimeError(
                            f"{name}: no timestamped frame read during warm-up "
                            f"(frames {got and got['frames']}, misread {got and got['misread']})"
                        )
                start_load = os.getloadavg()
                series, windows, cpu = await measure(
                    page, args.seconds, args.window_seconds, {"sitewatch": gateway.pid, "janus": janus.pid}
                )
                end_load = os.getloadavg()
                await watcher.stop(http)
                await browser.close()
        print_report(series, windows, args.seconds, args.window_seconds, cpu, (start_load, end_load))
    finally:
        for process in reversed(processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--seconds", type=float, default=300.0, help="measured duration (the issue asks 1800)"
    )
    parser.add_argument("--window-seconds", type=float, default=60.0, help="drift window")
    parser.add_argument("--warmup-seconds", type=float, default=10.0)
    args = parser.parse_args(argv)
    if args.seconds <= 0 or args.window_seconds <= 0 or args.warmup_seconds < 0:
        parser.error("--seconds and --window-seconds must be > 0, --warmup-seconds >= 0")
    with tempfile.TemporaryDirectory(prefix="sitewatch-latency-") as workdir:
        asyncio.run(bench(args, Path(workdir)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
