"""Which H.264 streams can be relayed to browsers: SPS parsing and B-slice detection on real x264 output."""

from __future__ import annotations

from fractions import Fraction

import av
import pytest

from media_gateway.h264 import has_b_slices, sps_of
from media_gateway.transcode import ReorderDetector


def encode(profile: str, x264_params: str, frames: int = 30) -> list[bytes]:
    encoder = av.CodecContext.create("libx264", "w")
    encoder.width, encoder.height, encoder.pix_fmt = 320, 180, "yuv420p"
    encoder.time_base = Fraction(1, 25)
    encoder.options = {"preset": "ultrafast", "profile": profile, "x264-params": x264_params}
    units = []
    for index in range(frames):
        frame = av.VideoFrame(320, 180, "yuv420p")
        for plane in frame.planes:
            plane.update(bytes([(index * 7) % 256]) * plane.buffer_size)
        frame.pts = index
        units += [bytes(p) for p in encoder.encode(frame)]
    return units + [bytes(p) for p in encoder.encode(None)]


@pytest.mark.parametrize(
    ("profile", "params", "safe", "b_slices"),
    [
        (
            "baseline",
            "keyint=25:bframes=0:nal-hrd=cbr:bitrate=500:vbv-maxrate=500:vbv-bufsize=500",
            True,
            False,
        ),
        ("main", "keyint=25:bframes=0", True, False),
        ("main", "keyint=25:bframes=2:b-adapt=0", False, True),
        ("high", "keyint=25:bframes=3:b-adapt=0:nal-hrd=vbr:vbv-maxrate=900:vbv-bufsize=900", False, True),
    ],
)
def test_sps_and_slices_tell_a_browser_safe_stream(
    profile: str, params: str, safe: bool, b_slices: bool
) -> None:
    units = encode(profile, params)
    sps = sps_of(units[0])

    assert sps is not None
    assert sps.browser_safe is safe
    assert any(has_b_slices(unit) for unit in units) is b_slices


def test_reorder_detector_watches_the_gop_when_the_sps_is_silent() -> None:
    units = encode("main", "keyint=10:bframes=2:b-adapt=0")
    detector = ReorderDetector(None)  # e.g. a camera without VUI bitstream restriction

    verdicts = [detector.observe(unit, index * 3600) for index, unit in enumerate(units)]

    assert verdicts[0] is None
    assert verdicts[-1] is True
    assert detector.reason == "B slices in the stream"
