"""Transcode-once fallback for cameras whose H.264 browsers cannot take through a relay (B-frames, 10-bit…).

One ``Transcoder`` per camera stream, inside that stream's reader thread: the camera's access units are
decoded once (PyAV) and encoded once (libx264: constrained baseline, ``tune=zerolatency``, ``ultrafast``,
a keyframe every second, no B-frames, SPS/PPS before every IDR, bitrate close to the source's); the
encoded access units then take the passthrough path (GOP cache, per-viewer queues), so viewers cost
the same as for any other camera. aiortc's own per-viewer encoder is never used.

Also here: ``ReorderDetector``, which decides from the first GOP whether a stream needs this at all.
"""

from __future__ import annotations

import itertools
import logging
import statistics
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

import av
from av.video.codeccontext import VideoCodecContext
from av.video.frame import VideoFrame

from media_gateway.h264 import NAL_IDR, SpsInfo, has_b_slices, nal_types

logger = logging.getLogger(__name__)

VIDEO_CLOCK = 90000
DEFAULT_FPS = 25
DEFAULT_BITS_PER_PIXEL = 0.08  # bitrate before the source's is known (720p25: 1.8 Mbit/s)
RETUNE_AFTER_SECONDS = 2.0  # then re-open the encoder once if the source's bitrate is far off
RETUNE_TOLERANCE = 0.15
MIN_KBPS = 100
DETECT_KEYFRAMES = 2  # a whole GOP without reordering: passthrough is safe


@dataclass(frozen=True, slots=True)
class EncodedUnit:
    data: bytes
    pts: int  # 1/90000 s
    keyframe: bool


class ReorderDetector:
    """Watches a stream in decode order until it is known whether frames are reordered (B-frames).

    ``verdict`` is True (transcode), False (passthrough) or None (still looking). The SPS decides at once
    when it can (baseline profile, or a VUI bitstream restriction with ``max_num_reorder_frames``);
    otherwise the first GOP is watched for B slices or presentation timestamps that go backwards.
    """

    def __init__(self, sps: SpsInfo | None) -> None:
        safe = None if sps is None else sps.browser_safe
        self.verdict: bool | None = None if safe is None else not safe
        self.reason = "" if sps is None or safe is None else _sps_reason(sps)
        self._keyframes = 0
        self._max_pts: int | None = None

    def observe(self, data: bytes, pts: int) -> bool | None:
        if self.verdict is not None:
            return self.verdict
        if NAL_IDR in nal_types(data):
            self._keyframes += 1
        if has_b_slices(data):
            self.verdict, self.reason = True, "B slices in the stream"
        elif self._max_pts is not None and pts < self._max_pts:
            self.verdict, self.reason = True, "frames are reordered (pts goes backwards)"
        elif self._keyframes >= DETECT_KEYFRAMES:
            self.verdict, self.reason = False, "a whole GOP without reordering"
        self._max_pts = pts if self._max_pts is None else max(self._max_pts, pts)
        return self.verdict


def _sps_reason(sps: SpsInfo) -> str:
    if sps.chroma_format_idc != 1 or sps.bit_depth != 8 or not sps.frame_mbs_only:
        return f"not 8-bit 4:2:0 progressive (profile {sps.profile_idc})"
    if sps.max_num_reorder_frames:
        return f"SPS: profile {sps.profile_idc}, max_num_reorder_frames {sps.max_num_reorder_frames}"
    return f"SPS: profile {sps.profile_idc}, no reordering"


class Transcoder:
    """Decode once, encode once. Blocking (PyAV): lives in the reader thread of one camera stream."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.decoder = av.CodecContext.create("h264", "r")
        self.encoder: VideoCodecContext | None = None
        self.encoders_opened = 0
        self.kbps: float | None = None
        self._started = False  # the decoder has seen a keyframe
        self._retuned = False
        self._first_source_pts: int | None = None
        self._last_source_pts: int | None = None
        self._source_bytes = 0
        self._source_frames = 0
        self._recent_pts: deque[int] = deque(maxlen=50)
        self._last_out_pts: int | None = None

    @property
    def running(self) -> bool:
        return self.encoder is not None

    def feed(self, data: bytes, pts: int) -> Iterator[EncodedUnit]:
        """Decode one access unit of the camera; yield what the encoder produced from it."""
        if not self._started:
            if NAL_IDR not in nal_types(data):
                return  # the decoder needs a keyframe to start from
            self._started = True
        self._account(data, pts)
        packet = av.Packet(data)
        packet.pts = pts
        packet.time_base = Fraction(1, VIDEO_CLOCK)
        try:
            frames = self.decoder.decode(packet)
        except av.FFmpegError as error:
            logger.warning("%s: access unit did not decode: %s", self.name, error)
            return
        for frame in frames:
            yield from self._encode(frame)

    def close(self) -> None:
        self.encoder = None

    def source_kbps(self) -> float | None:
        if self._first_source_pts is None or self._last_source_pts is None or self._source_frames < 2:
            return None
        span = (self._last_source_pts - self._first_source_pts) / VIDEO_CLOCK
        if span <= 0:
            return None
        # frames counted over (frames - 1) intervals: scale bytes to the span they cover
        return self._source_bytes * 8 / 1000 / span * (self._source_frames - 1) / self._source_frames

    def source_fps(self) -> float:
        """From the median frame interval (decode order is not presentation order: sort first)."""
        if len(self._recent_pts) < 5:
            return DEFAULT_FPS
        ordered = sorted(self._recent_pts)
        step = statistics.median(b - a for a, b in itertools.pairwise(ordered))
        return VIDEO_CLOCK / step if step > 0 else DEFAULT_FPS

    def _account(self, data: bytes, pts: int) -> None:
        if self._first_source_pts is None or pts < self._first_source_pts:
            self._first_source_pts = pts
        if self._last_source_pts is None or pts > self._last_source_pts:
            self._last_source_pts = pts
        self._source_bytes += len(data)
        self._source_frames += 1
        self._recent_pts.append(pts)

    def _encode(self, frame: VideoFrame) -> Iterator[EncodedUnit]:
        encoder = self._encoder_for(frame)
        pts = frame.pts if frame.pts is not None else None
        if pts is None or (self._last_out_pts is not None and pts <= self._last_out_pts):
            step = round(VIDEO_CLOCK / self.source_fps())
            pts = step if self._last_out_pts is None else self._last_out_pts + step
        self._last_out_pts = pts
        frame.pts = pts
        frame.time_base = Fraction(1, VIDEO_CLOCK)
        frame.pict_type = av.video.frame.PictureType.NONE
        if frame.format.name != "yuv420p":
            frame = frame.reformat(format="yuv420p")
        for packet in encoder.encode(frame):
            if packet.pts is None:
                continue
            yield EncodedUnit(bytes(packet), int(packet.pts), bool(packet.is_keyframe))

    def _encoder_for(self, frame: VideoFrame) -> VideoCodecContext:
        encoder = self.encoder
        source_kbps = self.source_kbps()
        span = (
            0.0
            if self._first_source_pts is None or self._last_source_pts is None
            else (self._last_source_pts - self._first_source_pts) / VIDEO_CLOCK
        )
        retune = (
            encoder is not None
            and not self._retuned
            and span >= RETUNE_AFTER_SECONDS
            and source_kbps is not None
            and self.kbps is not None
            and abs(self.kbps - max(MIN_KBPS, source_kbps)) > RETUNE_TOLERANCE * self.kbps
        )
        if span >= RETUNE_AFTER_SECONDS:
            self._retuned = True
        if (
            encoder is not None
            and not retune
            and (encoder.width, encoder.height) == (frame.width, frame.height)
        ):
            return encoder
        if source_kbps is not None and span >= RETUNE_AFTER_SECONDS / 2:
            kbps = max(MIN_KBPS, source_kbps)
        else:
            kbps = max(MIN_KBPS, frame.width * frame.height * DEFAULT_FPS * DEFAULT_BITS_PER_PIXEL / 1000)
        fps = max(1, round(self.source_fps()))
        encoder = av.CodecContext.create("libx264", "w")
        assert isinstance(encoder, VideoCodecContext)
        encoder.width, encoder.height = frame.width, frame.height
        encoder.pix_fmt = "yuv420p"
        encoder.time_base = Fraction(1, VIDEO_CLOCK)
        encoder.framerate = Fraction(fps, 1)
        encoder.bit_rate = int(kbps * 1000)
        encoder.gop_size = fps
        encoder.max_b_frames = 0
        encoder.options = {
            "preset": "ultrafast",
            "tune": "zerolatency",
            "profile": "baseline",
            "x264-params": (
                f"keyint={fps}:min-keyint={fps}:scenecut=0:bframes=0:repeat-headers=1"
                f":vbv-maxrate={round(kbps)}:vbv-bufsize={round(kbps)}"
            ),
        }
        encoder.open()
        logger.info(
            "%s: transcoding %dx%d at %d fps, %.0f kbit/s (source %s kbit/s)%s",
            self.name,
            frame.width,
            frame.height,
            fps,
            kbps,
            "?" if source_kbps is None else f"{source_kbps:.0f}",
            " (re-tuned)" if retune else "",
        )
        self.encoder, self.kbps = encoder, kbps
        self.encoders_opened += 1
        return encoder
