"""Playback benchmark: seek → first frame in Chromium (hls.js against the gateway) and clip export speed.

    .venv/bin/python bench/recording/bench_playback.py        # --minutes 5 --seeks 25

Recordings: ``--minutes`` one-minute files of 720p25 2 Mbit/s H.264 (keyframe every second) in the recorder's
layout and format (fragmented MP4, 1 s fragments), written by ffmpeg once per run.

Seek: Debian's Chromium loads hls.js (the SPA's own copy) with the SPA's settings; each seek sets the playhead
to a random recorded instant not buffered yet and waits for the first frame presented after it
(``requestVideoFrameCallback``). Two playlists of the same files in one run:
  - ours: the gateway's playlist — one segment per run of fragments from a keyframe (byte ranges, ~1 s);
  - peer: whole files as segments (one ~15 MB minute per segment, as a file-per-segment VOD would serve them).
Export: the gateway remuxes 1 and 5 minutes (stream copy, faststart); speed = clip length / wall time, beside
a plain ``ffmpeg -i <one file> -c copy`` of one minute (the remux floor) timed in the same run.
"""

from __future__ import annotations

import argparse
import http.server
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.playback.support import (  # noqa: E402
    GatewaySpec,
    contract_path,
    range_ticket,
    run_gateway,
)

CAMERA = "7"
GATEWAY_ID = "gw-bench"
HLS_JS = REPO / "frontend" / "node_modules" / "hls.js" / "dist" / "hls.min.js"

PAGE = """<!doctype html><html><body><video id=v muted playsinline style="width:640px"></video>
<script src="hls.min.js"></script>
<script>
window.setup = (playlist, ticket) => new Promise((resolve, reject) => {
  const video = document.getElementById('v')
  const hls = new Hls({ autoStartLoad: false, enableWorker: true, maxBufferLength: 8, maxMaxBufferLength: 30,
    backBufferLength: 30, xhrSetup: (xhr) => xhr.setRequestHeader('Authorization', 'Bearer ' + ticket) })
  window.hls = hls
  hls.on(Hls.Events.LEVEL_LOADED, () => { hls.startLoad(0); video.play().catch(() => {}); resolve(hls.levels[0].details.fragments.length) })
  hls.on(Hls.Events.ERROR, (e, d) => { if (d.fatal) reject(d.details) })
  hls.loadSource(playlist); hls.attachMedia(video)
})
window.seekTo = (fraction) => new Promise((resolve) => {
  const video = document.getElementById('v')
  const frags = hls.levels[0].details.fragments
  const total = frags[frags.length - 1].start + frags[frags.length - 1].duration
  const position = fraction * (total - 3)
  const started = performance.now()
  const done = () => resolve(performance.now() - started)
  const presented = () => video.requestVideoFrameCallback((now, meta) => {
    if (Math.abs(meta.mediaTime - position) < 1.5) done(); else presented()
  })
  presented()
  video.currentTime = position
})
</script></body></html>"""


def write_minutes(root: Path, start: datetime, minutes: int) -> list[Path]:
    paths = []
    for minute in range(minutes):
        path = contract_path(root, CAMERA, start + timedelta(minutes=minute))
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi",
                "-i", f"testsrc2=size=1280x720:rate=25,drawtext=text='{minute}':fontsize=64:x=20:y=20",
                "-t", "60", "-c:v", "libx264", "-preset", "ultrafast", "-g", "25", "-bf", "0",
                "-b:v", "2M", "-maxrate", "2M", "-bufsize", "2M", "-pix_fmt", "yuv420p",
                "-movflags", "+frag_keyframe+empty_moov+default_base_moof", "-frag_duration", "1000000",
                "-f", "mp4", str(path),
            ],
            check=True,
        )  # fmt: skip
        paths.append(path)
    return paths


def whole_file_playlist(gateway_url: str, files: list[Path], root: Path, init_lengths: list[int]) -> str:
    lines = ["#EXTM3U", "#EXT-X-VERSION:7", "#EXT-X-TARGETDURATION:61", "#EXT-X-PLAYLIST-TYPE:VOD"]
    for index, (path, init) in enumerate(zip(files, init_lengths, strict=True)):
        uri = f"{gateway_url}/playback/{CAMERA}/media/{path.relative_to(root / CAMERA).as_posix()}"
        if index:
            lines.append("#EXT-X-DISCONTINUITY")
        lines.append(f'#EXT-X-MAP:URI="{uri}",BYTERANGE="{init}@0"')
        size = path.stat().st_size
        lines += ["#EXTINF:60.000,", f"#EXT-X-BYTERANGE:{size - init}@{init}", uri]
    lines.append("#EXT-X-ENDLIST")
    return "\n".join(lines) + "\n"


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def serve(directory: Path) -> tuple[http.server.ThreadingHTTPServer, int]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(directory), **kwargs)  # type: ignore[arg-type]

        def log_message(self, format: str, *args: object) -> None:
            return

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


def measure_seeks(page_url: str, playlist: str, ticket: str, seeks: int, seed: int) -> list[float]:
    import random

    rng = random.Random(seed)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=[
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--autoplay-policy=no-user-gesture-required",
            ],
        )
        page = browser.new_page()
        page.goto(page_url)
        page.evaluate("([p, t]) => setup(p, t)", [playlist, ticket])
        page.wait_for_function("() => document.getElementById('v').readyState >= 2", timeout=30_000)
        times = []
        for _ in range(seeks):
            times.append(float(page.evaluate("(f) => seekTo(f)", rng.random())))
        browser.close()
    return times


def export_seconds(
    gateway_url: str, key: ec.EllipticCurvePrivateKey, start: datetime, seconds: int, export_id: str
) -> float:
    ticket = range_ticket(
        key,
        kind="export",
        camera_id=CAMERA,
        start=start,
        end=start + timedelta(seconds=seconds),
        gateway_id=GATEWAY_ID,
        exportId=export_id,
    )
    headers = {"Authorization": f"Bearer {ticket}"}
    began = time.monotonic()
    assert httpx.post(f"{gateway_url}/exports", headers=headers, trust_env=False).status_code == 202
    while True:
        state = httpx.get(f"{gateway_url}/exports/{export_id}", headers=headers, trust_env=False).json()
        if state["state"] in ("DONE", "FAILED"):
            break
        time.sleep(0.02)
    assert state["state"] == "DONE", state
    return time.monotonic() - began


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=int, default=5)
    parser.add_argument("--seeks", type=int, default=25)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-playback-"))
    try:
        root = work / "recordings"
        start = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(minutes=args.minutes + 5)
        print(f"writing {args.minutes} one-minute 720p25 2 Mbit/s files …", flush=True)
        files = write_minutes(root, start, args.minutes)
        key = ec.generate_private_key(ec.SECP256R1())
        public = work / "public.pem"
        public.write_bytes(
            key.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
        spec = GatewaySpec(GATEWAY_ID, public, root, [CAMERA], work)
        gateway_iter = run_gateway(spec)
        gateway = next(gateway_iter)
        try:
            ticket = range_ticket(
                key,
                kind="playback",
                camera_id=CAMERA,
                start=start,
                end=start + timedelta(minutes=args.minutes),
                gateway_id=GATEWAY_ID,
                expires_in=3600,
            )
            ours = f"{gateway.url}/playback/{CAMERA}/index.m3u8"
            from media_gateway.playback import index_file

            site = work / "site"
            site.mkdir()
            shutil.copy(HLS_JS, site / "hls.min.js")
            (site / "index.html").write_text(PAGE)
            (site / "whole.m3u8").write_text(
                whole_file_playlist(gateway.url, files, root, [index_file(f).init_length for f in files])
            )
            server, port = serve(site)
            # the gateway allows any origin (CORS *), as in the demo
            page_url = f"http://127.0.0.1:{port}/index.html"
            ours_times = measure_seeks(page_url, ours, ticket, args.seeks, seed=1)
            peer_times = measure_seeks(
                page_url, f"http://127.0.0.1:{port}/whole.m3u8", ticket, args.seeks, seed=1
            )
            server.shutdown()

            one = export_seconds(gateway.url, key, start + timedelta(seconds=30), 60, "1")
            five_len = min(300, args.minutes * 60 - 30)
            five = export_seconds(gateway.url, key, start + timedelta(seconds=15), five_len, "2")
            began = time.monotonic()
            subprocess.run(
                ["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", str(files[0]), "-c", "copy", "-movflags", "+faststart", str(work / "floor.mp4")],
                check=True,
            )  # fmt: skip
            floor = time.monotonic() - began
        finally:
            gateway_iter.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print()
    print(f"seek → first frame over {args.seeks} seeks (Chromium, hls.js)")
    print(
        f"  ours (keyframe-run byte ranges): p50 {statistics.median(ours_times):.0f} ms  p95 {p95(ours_times):.0f} ms  max {max(ours_times):.0f} ms"
    )
    print(
        f"  peer (whole one-minute files):   p50 {statistics.median(peer_times):.0f} ms  p95 {p95(peer_times):.0f} ms  max {max(peer_times):.0f} ms"
    )
    print(f"  p95 ratio ours/peer: {p95(ours_times) / p95(peer_times):.2f}   goal p95 ≤ 1000 ms")
    print("export (gateway, stream copy, faststart, incl. job hand-off and polling)")
    print(f"  60 s clip: {one:.2f} s = {60 / one:.0f}× real time")
    print(f"  {five_len} s clip: {five:.2f} s = {five_len / five:.0f}× real time")
    print(
        f"  floor (ffmpeg -c copy of one 60 s file): {floor:.2f} s = {60 / floor:.0f}× real time; ours/floor time {one / floor:.2f}"
    )
    print("  goal ≥ 50× real time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
