"""How late does an access unit leave the RTSP reader? The gateway's readers vs GStreamer's rtph264depay.

    .venv/bin/python bench/latency/reader_delay.py [--frames 150]

Starts ``simcam --timestamp-blocks`` and, one after the other on the same camera, measures for each access unit
the age (now − capture time drawn in the frame) at the instant the demuxer hands it over:

- ``rtp``: ``media_gateway.rtsp_reader`` (units closed on the RTP marker bit), the gateway's reader for streams
  without frame reordering;
- ``pyav``: ``av.open(url, RTSP_OPTIONS).demux()`` exactly as ``media_gateway.sources`` opens it (the fallback
  for streams that may reorder frames);
- ``gst``: ``rtspsrc ! rtph264depay`` (access units closed on the RTP marker bit), under Debian's python3.

The frame is decoded afterwards only to read the capture time back; decoding is not in the measured age.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))

from media_gateway.simcam import timestamp_blocks  # noqa: E402

SYSTEM_PYTHON = "/usr/bin/python3"
TWO_32 = 1 << 32


def summary(name: str, ages: list[int]) -> dict[str, float | str | int]:
    ordered = sorted(ages)
    return {
        "reader": name,
        "frames": len(ages),
        "p10": ordered[len(ordered) // 10],
        "p50": statistics.median(ordered),
        "p90": ordered[9 * len(ordered) // 10],
    }


def read_luma(luma: bytes, line_size: int, height: int) -> int | None:
    top = timestamp_blocks.strip_origin(height)
    row = (top + timestamp_blocks.BLOCK // 2) * line_size
    bits = [
        1 if luma[row + i * timestamp_blocks.BLOCK + timestamp_blocks.BLOCK // 2] > 128 else 0
        for i in range(timestamp_blocks.BITS)
    ]
    return timestamp_blocks.decode_bits(bits)


def measure_pyav(url: str, frames: int) -> list[int]:
    import av

    from media_gateway.sources import RTSP_OPTIONS

    container = av.open(url, options=RTSP_OPTIONS, timeout=10)
    decoder = av.CodecContext.create("h264", "r")
    ages: list[int] = []
    try:
        for packet in container.demux(container.streams.video[0]):
            if packet.size == 0:
                continue
            handed_over = int(time.time() * 1000) % TWO_32
            try:
                decoded = decoder.decode(packet)
            except av.error.InvalidDataError:
                continue  # before the first keyframe
            for frame in decoded:
                value = read_luma(bytes(frame.planes[0]), frame.planes[0].line_size, frame.height)
                if value is not None:
                    ages.append((handed_over - value) % TWO_32)
            if len(ages) >= frames:
                break
    finally:
        container.close()
    return ages


def measure_rtp(url: str, frames: int) -> list[int]:
    import av

    from media_gateway.rtsp_reader import RtspH264Reader

    reader = RtspH264Reader(url, 10, 10)
    reader.open()
    reader.play()
    decoder = av.CodecContext.create("h264", "r")
    ages: list[int] = []
    try:
        for unit in reader.units():
            handed_over = int(time.time() * 1000) % TWO_32
            for frame in decoder.decode(av.Packet(unit.data)):
                value = read_luma(bytes(frame.planes[0]), frame.planes[0].line_size, frame.height)
                if value is not None:
                    ages.append((handed_over - value) % TWO_32)
            if len(ages) >= frames:
                break
    finally:
        reader.close()
    return ages


def measure_gst(url: str, frames: int) -> list[int]:
    import gi

    gi.require_version("Gst", "1.0")
    from gi.repository import Gst

    Gst.init(None)
    pipeline = Gst.parse_launch(
        f"rtspsrc location={url} latency=0 protocols=tcp ! rtph264depay name=depay "
        "! video/x-h264,alignment=au ! avdec_h264 ! videoconvert ! video/x-raw,format=I420 "
        "! appsink name=sink sync=false"
    )
    handed_over: dict[int, int] = {}

    def probe(_pad: object, info: object) -> object:
        handed_over[info.get_buffer().pts] = int(time.time() * 1000) % TWO_32  # type: ignore[attr-defined]
        return Gst.PadProbeReturn.OK

    pipeline.get_by_name("depay").get_static_pad("src").add_probe(Gst.PadProbeType.BUFFER, probe)
    sink = pipeline.get_by_name("sink")
    pipeline.set_state(Gst.State.PLAYING)
    ages: list[int] = []
    try:
        while len(ages) < frames:
            sample = sink.emit("pull-sample")
            if sample is None:
                break
            buffer = sample.get_buffer()
            structure = sample.get_caps().get_structure(0)
            width, height = structure.get_value("width"), structure.get_value("height")
            value = read_luma(buffer.extract_dup(0, width * height), width, height)
            at = handed_over.pop(buffer.pts, None)
            if value is not None and at is not None:
                ages.append((at - value) % TWO_32)
    finally:
        pipeline.set_state(Gst.State.NULL)
    return ages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--frames", type=int, default=150)
    parser.add_argument("--gst-url", help=argparse.SUPPRESS)  # internal: run the GStreamer side only
    args = parser.parse_args(argv)
    if args.frames < 10:
        parser.error("--frames must be at least 10")
    if args.gst_url:
        print(json.dumps(summary("gst rtph264depay", measure_gst(args.gst_url, args.frames))))
        return 0

    sys.path.insert(0, str(HERE.parent / "gateway"))
    from bench_gateway import free_port

    rtsp_port, control_port = free_port(), free_port()
    camera = subprocess.Popen(
        [
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
        ],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
    )
    url = f"rtsp://127.0.0.1:{rtsp_port}/cam1/main"
    try:
        time.sleep(3)
        results = [
            summary("rtp marker bit (gateway)", measure_rtp(url, args.frames)),
            summary("pyav demux (fallback)", measure_pyav(url, args.frames)),
        ]
        gst = subprocess.run(
            [SYSTEM_PYTHON, __file__, "--frames", str(args.frames), "--gst-url", url],
            capture_output=True,
            timeout=120,
            check=True,
        )
        results.append(json.loads(gst.stdout.decode().strip().splitlines()[-1]))
    finally:
        camera.terminate()
        camera.wait(10)
    print(f"load average {' / '.join(f'{v:.1f}' for v in os.getloadavg())}")
    print(f"{'reader':<30} {'frames':>6} {'p10 ms':>7} {'p50 ms':>7} {'p90 ms':>7}")
    for r in results:
        print(f"{r['reader']:<30} {r['frames']:>6} {r['p10']:>7} {r['p50']:>7} {r['p90']:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
