"""Recording benchmark: the gateway's recorder against ``ffmpeg -c copy -f segment`` on the same looped simcams.

    .venv/bin/python bench/recording/bench_recording.py            # --peer-cameras 10 --cameras 50 --viewers 10

One run, three phases (figures in RESULTS.md):

1. CPU per recorded camera (720p25, 2 Mbit/s CBR): ``--peer-cameras`` cameras recorded by one ffmpeg process
   each (``-rtsp_transport tcp -c copy -f segment``, 60 s fMP4 segments like ours), then the same cameras by
   the gateway (static mode, ``--record all``, no viewer); CPU of the recording processes over the same window.
2. Scale: the gateway records ``--cameras`` cameras while ``--viewers`` WebRTC viewers (webrtcbin, from
   bench/gateway/gst_viewers.py) watch ten of them: viewer fps, gateway CPU, and per camera the recorded
   frames in the window and the largest hole between consecutive frames (a gap).
3. ``kill -9`` of that gateway: per camera, the wall-clock time between the kill and the end of the last frame
   that is still readable in its file.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import av
import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench" / "gateway"))
sys.path.insert(0, str(REPO))

from bench_gateway import (  # noqa: E402
    cpu_seconds,
    ecdsa_certificate_pem,
    free_port,
    mint,
    run_gst_phase,
)

from media_gateway.recorder import finalize_recent  # noqa: E402

PYTHON = sys.executable
# /health (recorder backlog) answers only the gateway's or an operator's key; the gateways inherit it
OPERATOR_KEY = secrets.token_urlsafe(24)
SETTLE_SECONDS = 8.0


def spawn(command: list[str], log: Path | None = None) -> subprocess.Popen[bytes]:
    output = log.open("ab") if log else subprocess.DEVNULL
    return subprocess.Popen(command, cwd=REPO, stdout=output, stderr=subprocess.STDOUT)


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def port_open(port: int) -> bool:
    import socket

    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


async def wait_port(port: int, within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while not port_open(port):
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not start")
        await asyncio.sleep(0.3)


def children_cpu(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        with contextlib.suppress(FileNotFoundError):
            total += cpu_seconds(pid)
    return total


async def measure_cpu(pids: list[int], seconds: float) -> float:
    before, t0 = children_cpu(pids), time.monotonic()
    await asyncio.sleep(seconds)
    return (children_cpu(pids) - before) / (time.monotonic() - t0) * 100


def ffmpeg_segmenter(url: str, out_dir: Path) -> list[str]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        "ffmpeg", "-nostdin", "-loglevel", "error", "-rtsp_transport", "tcp", "-i", url,
        "-c", "copy", "-f", "segment", "-segment_time", "60", "-reset_timestamps", "1",
        "-segment_format", "mp4",
        "-segment_format_options", "movflags=frag_keyframe+empty_moov+default_base_moof:frag_duration=1000000",
        "-strftime", "1", str(out_dir / "%Y%m%dT%H%M%SZ.mp4"),
    ]  # fmt: skip


def gateway_command(port: int, key_file: Path, root: Path, urls: list[str]) -> list[str]:
    command = [
        PYTHON, "-m", "media_gateway", "--port", str(port), "--gateway-id", "gw-bench",
        "--ticket-public-key", str(key_file), "--recording-root", str(root), "--record", "all",
        "--log-level", "warning",
    ]  # fmt: skip
    for index, url in enumerate(urls, start=1):
        command += ["--camera", f"{index}={url}"]
    return command


def frames_in_window(root: Path, camera: str, start: float, end: float) -> tuple[int, float]:
    """(frames whose wall clock is inside the window, largest hole between consecutive frames in it)."""
    times: list[float] = []
    for path in sorted((root / camera / "main").glob("*/*/*.mp4")):
        second = (
            datetime.strptime(path.stem.removesuffix("-1"), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).timestamp()
        )
        try:
            with av.open(str(path)) as container:
                video = container.streams.video[0]
                for packet in container.demux(video):
                    if packet.pts is not None and video.time_base is not None:
                        times.append(second + float(packet.pts * video.time_base))
        except av.FFmpegError:
            continue
    inside = sorted(t for t in times if start <= t <= end)
    holes = [b - a for a, b in itertools.pairwise(inside)]
    edge = max(inside[0] - start, end - inside[-1]) if inside else end - start
    return len(inside), max([*holes, edge])


async def bench(args: argparse.Namespace) -> int:
    os.environ["SITEWATCH_GATEWAY_OPERATOR_KEY"] = OPERATOR_KEY
    work = Path(tempfile.mkdtemp(prefix="sitewatch-bench-recording-"))
    names = [f"cam{n}" for n in range(1, max(args.cameras, args.peer_cameras) + 1)]
    rtsp_port, control_port = free_port(), free_port()
    simcam_command = [PYTHON, "-m", "media_gateway.simcam", "--port", str(rtsp_port), "--control-port",
                      str(control_port), "--cbr", "--loop"]  # fmt: skip
    for name in names:
        simcam_command += ["--camera", name]
    simcam = spawn(simcam_command, work / "simcam.log")
    key = ec.generate_private_key(ec.SECP256R1())
    key_file = work / "ticket-public.pem"
    key_file.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    urls = [f"rtsp://127.0.0.1:{rtsp_port}/{name}/main" for name in names]
    report: dict[str, Any] = {}
    try:
        await wait_port(control_port, 90, "simcam")
        print(f"simcam: {len(names)} looped cameras, 720p25 2 Mbit/s CBR; work dir {work}", flush=True)

        # --- 1. CPU per recorded camera, ffmpeg first, then the gateway, same cameras ------------------
        k = args.peer_cameras
        peers = [spawn(ffmpeg_segmenter(url, work / "ffmpeg" / str(i))) for i, url in enumerate(urls[:k])]
        await asyncio.sleep(SETTLE_SECONDS)
        ffmpeg_cpu = await measure_cpu([p.pid for p in peers], args.measure_seconds)
        for process in peers:
            stop(process)
        port = free_port()
        gateway = spawn(gateway_command(port, key_file, work / "ours", urls[:k]), work / "gateway-a.log")
        await wait_port(port, 30, "gateway")
        await asyncio.sleep(SETTLE_SECONDS)
        ours_cpu = await measure_cpu([gateway.pid], args.measure_seconds)
        stop(gateway)
        report["cpu"] = {"cameras": k, "ffmpeg": ffmpeg_cpu, "ours": ours_cpu}
        print(
            f"\n1. CPU recording {k} cameras for {args.measure_seconds:.0f} s (% of one core)\n"
            f"   ffmpeg -c copy -f segment (one process per camera): {ffmpeg_cpu:6.1f} %  "
            f"= {ffmpeg_cpu / k:5.2f} % per camera\n"
            f"   sitewatch gateway recorder (one process):            {ours_cpu:6.1f} %  "
            f"= {ours_cpu / k:5.2f} % per camera\n"
            f"   ratio ours / ffmpeg: {ours_cpu / ffmpeg_cpu:.2f}x (goal <= 1.0x)",
            flush=True,
        )

        # --- 2. N cameras recorded while viewers watch ------------------------------------------------------
        n = args.cameras
        root = work / "scale"
        port = free_port()
        gateway = spawn(gateway_command(port, key_file, root, urls[:n]), work / "gateway-b.log")
        await wait_port(port, 30, "gateway")
        await asyncio.sleep(SETTLE_SECONDS)
        whep = f"http://127.0.0.1:{port}/whep"
        specs = [
            {
                "endpoint": f"{whep}/{(i % min(10, n)) + 1}",
                "ticket": mint(key, str((i % min(10, n)) + 1), "bench"),
            }
            for i in range(args.viewers)
        ]
        window_start = time.time()
        viewers = await run_gst_phase(
            "sitewatch", args.viewers, gateway.pid, specs, ecdsa_certificate_pem(), args.measure_seconds
        )
        window_end = time.time() - 2.5  # run_gst_phase sleeps 2 s after its window
        async with httpx.AsyncClient(trust_env=False) as http:
            health = (
                await http.get(
                    f"http://127.0.0.1:{port}/health", headers={"authorization": f"Bearer {OPERATOR_KEY}"}
                )
            ).json()
        await asyncio.sleep(2.0)  # the last fragment of the window reaches the file

        # --- 3. kill -9 ----------------------------------------------------------------------------------
        os.kill(gateway.pid, signal.SIGKILL)
        killed_at = time.time()
        gateway.wait(5)
        window = (window_start + 3.0, window_end)  # viewers join in the first seconds
        coverage = [frames_in_window(root, str(i), *window) for i in range(1, n + 1)]
        expected = 25 * (window[1] - window[0])
        frames = [c[0] for c in coverage]
        holes = [c[1] for c in coverage]
        segments = finalize_recent(root)
        last_end: dict[str, float] = {}
        for segment in segments:
            last_end[segment.camera_id] = max(last_end.get(segment.camera_id, 0.0), segment.end)
        losses = [killed_at - last_end.get(str(i), 0.0) for i in range(1, n + 1)]
        report["scale"] = {
            "cameras": n,
            "viewers": args.viewers,
            "viewerFps": viewers.fps,
            "viewerLossPercent": viewers.loss_percent,
            "gatewayCpu": viewers.cpu_percent,
            "gatewayRssMb": viewers.rss_mb,
            "framesExpected": expected,
            "framesMin": min(frames),
            "largestHoleSeconds": max(holes),
            "backlogBytes": health.get("recorder", {}).get("backlogBytes"),
        }
        report["kill9"] = {"maxLossSeconds": max(losses), "meanLossSeconds": statistics.mean(losses)}
        print(
            f"\n2. {n} cameras recorded while {args.viewers} viewers watch ({window[1] - window[0]:.0f} s window)\n"
            f"   viewers: {viewers.fps:.1f} fps (goal 25), loss {viewers.loss_percent:.2f} %\n"
            f"   gateway: {viewers.cpu_percent:.1f} % CPU, {viewers.rss_mb:.0f} MB RSS, "
            f"recorder backlog {report['scale']['backlogBytes']} bytes\n"
            f"   recorded frames per camera in the window: min {min(frames)}, mean {statistics.mean(frames):.0f} "
            f"(wall clock x 25 fps = {expected:.0f}); largest hole between frames {max(holes):.2f} s "
            f"({'no gap' if max(holes) < 0.5 else 'GAP'})\n"
            f"\n3. kill -9 of that gateway: footage lost per camera max {max(losses):.2f} s, "
            f"mean {statistics.mean(losses):.2f} s (goal <= 2 s)",
            flush=True,
        )
        print("\n" + json.dumps(report), flush=True)
        return 0
    finally:
        stop(simcam)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--peer-cameras", type=int, default=10, help="cameras for the CPU comparison")
    parser.add_argument("--cameras", type=int, default=50, help="cameras recorded in the scale phase")
    parser.add_argument("--viewers", type=int, default=10)
    parser.add_argument("--measure-seconds", type=float, default=20.0)
    parser.add_argument("--keep", action="store_true", help="keep the work directory (recordings, logs)")
    args = parser.parse_args(argv)
    return asyncio.run(bench(args))


if __name__ == "__main__":
    sys.exit(main())
