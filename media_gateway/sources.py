"""One RTSP reader per camera stream: the head of the media pipeline.

    RTSP reader (thread, no decoding: ``rtsp_reader``, units closed on the RTP marker bit, or PyAV demux)
      └─ fan-out of the original access units
           ├─ recorder sink (``recorder.RecorderSink``): permanent and lossless, fed in the reader thread
           │   (an append to its backlog; its own writer thread does the disk work)
           └─ browser-safe stage: passthrough, or the one ``Transcoder`` of this stream
                └─ viewer sinks (``Subscriber``): bounded queues, keyframe-gated, drained on overflow

A ``StreamSource`` keeps the last GOP (from the last keyframe) so a new viewer starts at once, reconnects
with backoff when the camera goes away, and closes the pull a configurable time after the last subscriber
left, unless the stream is recorded (pinned): then it is pulled for good.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import itertools
import logging
import os
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import av

from media_gateway.h264 import (
    NAL_IDR,
    NAL_SPS,
    SpsInfo,
    access_unit_head,
    decode_keyframe,
    nal_types,
    parameter_sets,
    sps_of,
)
from media_gateway.rtsp_reader import RtspError, RtspH264Reader
from media_gateway.transcode import ReorderDetector, Transcoder

if TYPE_CHECKING:
    from media_gateway.recorder import RecorderSink

logger = logging.getLogger(__name__)

_USERINFO = re.compile(r"(?P<scheme>[a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\s'\"]+@")


def redact_credentials(text: str) -> str:
    """FFmpeg errors quote the URL, user:password included; logs get ``rtsp://***@host/...`` instead."""
    return _USERINFO.sub(r"\g<scheme>***@", text)


OPEN_TIMEOUT_SECONDS = 5.0
READ_TIMEOUT_SECONDS = 4.0
RTSP_OPTIONS = {
    "rtsp_transport": "tcp",
    "analyzeduration": "0",
    "probesize": "32",
    "fflags": "nobuffer",
    # FFmpeg's own socket timeout (µs; connect and every read), not PyAV's ``timeout=``: PyAV's interrupt
    # callback takes the GIL each time FFmpeg polls the socket — dozens of times per access unit with the
    # interleaved RTSP/TCP reader, ~15 % of the pull's CPU with a dozen cameras contending for the GIL.
    "timeout": str(int(READ_TIMEOUT_SECONDS * 1_000_000)),
}
# The marker-bit RTP reader (one frame less latency than FFmpeg's demuxer); SITEWATCH_GATEWAY_RTP_READER=0
# keeps every pull on FFmpeg's demuxer.
RTP_READER_ENABLED = os.environ.get("SITEWATCH_GATEWAY_RTP_READER", "1") != "0"
MAX_GOP_FRAMES = 150
UNWATCHED_BATCH_UNITS = 25  # no viewer waiting: access units reach the event loop in batches
SUBSCRIBER_QUEUE_FRAMES = 60
RECONNECT_BACKOFF_SECONDS = (0.5, 1.0, 2.0, 4.0, 5.0)
STATS_WINDOW_SECONDS = 5.0
VIDEO_CLOCK = 90000
_source_numbers = itertools.count(1)


class Quality(enum.StrEnum):
    MAIN = "MAIN"
    SUB = "SUB"


class PullState(enum.StrEnum):
    IDLE = "IDLE"  # not pulled
    CONNECTING = "CONNECTING"
    STREAMING = "STREAMING"
    UNREACHABLE = "UNREACHABLE"  # could not open the RTSP session
    NO_VIDEO = "NO_VIDEO"  # session opened, but no video arrived


@dataclass(frozen=True, slots=True)
class AccessUnit:
    data: bytes
    pts: int  # in 1/90000 s, continuous within one generation
    keyframe: bool
    generation: int  # changes on every (re)connection of the source and on a switch to transcoding
    received_at: float


@dataclass(frozen=True, slots=True)
class QueuedUnit:
    unit: AccessUnit
    resync: bool  # the viewer must re-anchor its timestamps on this unit


class Subscriber:
    """A viewer's bounded queue with a gate that stays closed until the first keyframe."""

    def __init__(self, source: StreamSource) -> None:
        self.source = source
        self.queue: asyncio.Queue[QueuedUnit] = asyncio.Queue(maxsize=SUBSCRIBER_QUEUE_FRAMES)
        self.gate_open = False
        self.generation = -1
        self.dropped_before_keyframe = 0
        self.overflows = 0
        self.delivered = 0

    def offer(self, unit: AccessUnit) -> None:
        resync = False
        if not self.gate_open or unit.generation != self.generation:
            if not unit.keyframe:
                self.gate_open = False
                self.dropped_before_keyframe += 1
                return
            self.gate_open, self.generation, resync = True, unit.generation, True
        try:
            self.queue.put_nowait(QueuedUnit(unit, resync))
        except asyncio.QueueFull:
            # the viewer fell behind: drop what is queued and wait for the next keyframe
            self.overflows += 1
            self._drain()
            self.gate_open = False

    def replay(self, units: list[AccessUnit]) -> bool:
        """Queue a cached GOP (fast-forwarded by the track). False when there is nothing to replay."""
        if not units or not units[0].keyframe:
            return False
        self._drain()
        for unit in units[-SUBSCRIBER_QUEUE_FRAMES:]:
            self.queue.put_nowait(QueuedUnit(unit, resync=True))
        self.gate_open, self.generation = True, units[0].generation
        return True

    def _drain(self) -> None:
        while not self.queue.empty():
            self.queue.get_nowait()


class StreamSource:
    """The single RTSP pull of one camera stream."""

    def __init__(
        self,
        camera_id: str,
        quality: Quality,
        url: str,
        idle_close_seconds: float,
        on_change: Callable[[StreamSource], None] | None = None,
        transcode: bool = False,
    ) -> None:
        self.camera_id = camera_id
        self.quality = quality
        self.url = url
        self.idle_close_seconds = idle_close_seconds
        self._on_change = on_change
        # transcode-once: asked for by the directory, or detected (sticky: the camera will not change)
        self.transcoding = transcode
        self.transcode_reason: str | None = "directory" if transcode else None
        self.transcoder: Transcoder | None = None  # the one encoder of this stream, while pulled
        self.encoders_opened = 0
        self.state = PullState.IDLE
        self.subscribers: set[Subscriber] = set()
        self.gop: list[AccessUnit] = []
        self.generation = 0
        self.width: int | None = None
        self.height: int | None = None
        self.last_unit_at: float | None = None
        self.opened_count = 0
        # the camera's own SPS on the current connection (not our transcoder's): its device identity's
        # stream signature (Art. 16, media_gateway/device_identity.py); None until seen
        self.camera_sps: SpsInfo | None = None
        self.recorder_sink: RecorderSink | None = None  # set by the recorder (read by the reader thread)
        self.pinned = False  # recorded: never idle-closed
        self._number = next(_source_numbers)  # makes the recorder's connection ids unique across sources
        self._holds = 0
        self._demuxer_only = False  # FFmpeg's demuxer rather than the RTP reader (see _open_pull)
        self._parameter_sets = b""
        self._stats: deque[tuple[float, int, int]] = deque()  # (when, frames, bytes)
        self._supervisor: asyncio.Task[None] | None = None
        self._idle_timer: asyncio.TimerHandle | None = None
        self._stop_reader = threading.Event()
        self._keyframe_waiters: list[asyncio.Future[AccessUnit]] = []
        self._loop: asyncio.AbstractEventLoop | None = None

    # --- lifecycle -------------------------------------------------------------------------------

    @property
    def pulling(self) -> bool:
        return self._supervisor is not None and not self._supervisor.done()

    @property
    def connection(self) -> tuple[int, int]:
        """The current RTSP connection of this source: (source, reconnection count)."""
        return self._number, self.generation

    @property
    def in_use(self) -> bool:
        return bool(self.subscribers) or self._holds > 0 or self.pinned

    def pin(self, sink: RecorderSink) -> None:
        """Record this stream: pull it permanently and give the recorder every original access unit."""
        self.recorder_sink = sink
        self.pinned = True
        self._ensure_pulling()

    def unpin(self) -> None:
        self.recorder_sink = None
        self.pinned = False
        self._schedule_idle_close()

    def subscribe(self) -> Subscriber:
        subscriber = Subscriber(self)
        self.subscribers.add(subscriber)
        self._ensure_pulling()
        subscriber.replay(self.gop)
        return subscriber

    def unsubscribe(self, subscriber: Subscriber) -> None:
        self.subscribers.discard(subscriber)
        self._schedule_idle_close()

    async def latest_keyframe(self, wait_seconds: float) -> AccessUnit | None:
        """The cached keyframe, or the next one (pulling the camera for a moment if needed)."""
        if self.gop and self.gop[0].keyframe and self.state is PullState.STREAMING:
            return self.gop[0]
        self._holds += 1
        try:
            self._ensure_pulling()
            waiter: asyncio.Future[AccessUnit] = asyncio.get_running_loop().create_future()
            self._keyframe_waiters.append(waiter)
            try:
                return await asyncio.wait_for(waiter, wait_seconds)
            except TimeoutError:
                return None
            finally:
                with contextlib.suppress(ValueError):
                    self._keyframe_waiters.remove(waiter)
        finally:
            self._holds -= 1
            self._schedule_idle_close()

    def stats(self) -> tuple[float | None, float | None]:
        """(fps, kbit/s) over the last few seconds, None when not streaming."""
        if self.state is not PullState.STREAMING or not self._stats:
            return None, None
        self._trim_stats(time.monotonic())
        if not self._stats:
            return None, None
        frames = sum(count for _, count, _ in self._stats)
        total_bytes = sum(size for _, _, size in self._stats)
        return frames / STATS_WINDOW_SECONDS, total_bytes * 8 / 1000 / STATS_WINDOW_SECONDS

    async def close(self) -> None:
        self._cancel_idle_timer()
        supervisor, self._supervisor = self._supervisor, None
        self._stop_reader.set()
        if supervisor is not None:
            supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await supervisor
        self.gop = []
        self._stats.clear()
        self._set_state(PullState.IDLE)

    def _ensure_pulling(self) -> None:
        self._cancel_idle_timer()
        if not self.pulling:
            self._loop = asyncio.get_running_loop()
            self._stop_reader = threading.Event()
            self._supervisor = asyncio.create_task(
                self._supervise(), name=f"pull {self.camera_id}/{self.quality}"
            )

    def _schedule_idle_close(self) -> None:
        if self.in_use or not self.pulling or self._idle_timer is not None:
            return
        loop = asyncio.get_running_loop()
        self._idle_timer = loop.call_later(self.idle_close_seconds, self._idle_close)

    def _cancel_idle_timer(self) -> None:
        if self._idle_timer is not None:
            self._idle_timer.cancel()
            self._idle_timer = None

    def _idle_close(self) -> None:
        self._idle_timer = None
        if not self.in_use:
            logger.info("closing idle pull of camera %s %s", self.camera_id, self.quality)
            asyncio.get_running_loop().create_task(self.close())

    # --- supervisor and reader thread ------------------------------------------------------------

    async def _supervise(self) -> None:
        attempt = 0
        loop = asyncio.get_running_loop()
        try:
            while True:
                self.generation += 1
                self.camera_sps = None
                self._set_state(PullState.CONNECTING)
                ended: asyncio.Future[tuple[bool, str]] = loop.create_future()
                stop = self._stop_reader
                thread = threading.Thread(
                    target=self._read,
                    args=(self.generation, stop, ended),
                    daemon=True,
                    name=f"rtsp {self.camera_id}/{self.quality}",
                )
                thread.start()
                try:
                    received_video, reason = await ended
                except asyncio.CancelledError:
                    stop.set()
                    raise
                self.gop = []
                self._stats.clear()
                opened_without_video = not received_video and reason.startswith("opened")
                self._set_state(PullState.NO_VIDEO if opened_without_video else PullState.UNREACHABLE)
                if received_video:
                    attempt = 0
                delay = RECONNECT_BACKOFF_SECONDS[min(attempt, len(RECONNECT_BACKOFF_SECONDS) - 1)]
                attempt += 1
                logger.warning(
                    "camera %s %s pull ended (%s); reconnecting in %.1fs",
                    self.camera_id,
                    self.quality,
                    reason,
                    delay,
                )
                await asyncio.sleep(delay)
        finally:
            self._stop_reader.set()

    def _read(self, generation: int, stop: threading.Event, ended: asyncio.Future[tuple[bool, str]]) -> None:
        """Reader thread: demux the RTSP session and post access units to the event loop.

        Passthrough until the stream turns out not to be browser-safe (``ReorderDetector``); from then on
        (and from the start if it already is known) every access unit goes through this stream's single
        ``Transcoder`` and the encoded units are posted instead. A switch mid-stream starts the transcoder
        from the GOP in progress, so no picture is lost.
        """
        loop = self._loop
        assert loop is not None
        received_video = False
        reason = "stopped"
        try:
            pull = self._open_pull()
        except Exception as error:
            loop.call_soon_threadsafe(
                _resolve, ended, (False, f"open failed: {redact_credentials(str(error))}")
            )
            return
        transcoder: Transcoder | None = None
        try:
            if pull.codec != "h264":
                reason = "opened, but no H.264 video"
                return
            extradata = pull.extradata
            sink = self.recorder_sink
            if sink is not None:
                sink.connected(extradata, pull.width, pull.height)
            if extradata:
                loop.call_soon_threadsafe(self._remember_parameter_sets, parameter_sets(extradata))
            camera_sps = sps_of(extradata) if extradata else None
            if camera_sps is not None:
                loop.call_soon_threadsafe(self._learn_camera_sps, generation, camera_sps)
            detector = ReorderDetector(camera_sps)
            pending: list[tuple[bytes, int]] = []  # passthrough units since the last keyframe
            reason = "opened, end of stream"
            batch: list[tuple[bytes, int, bool]] = []
            unwatched: list[int] = []  # sizes of transcoded-stream units nobody watched
            batching = False
            for data, pts, dts, is_keyframe in pull.units():
                if stop.is_set():
                    reason = "stopped"
                    break
                received_video = True
                idle = not (self.subscribers or self._keyframe_waiters) and self.state is PullState.STREAMING
                if idle != batching:  # a viewer joining waits at most one batch (~50 ms) for this
                    batching = idle
                    pull.set_batching(idle)
                if camera_sps is None and is_keyframe:  # no SPS out of band: the first in-band one
                    camera_sps = sps_of(data)
                    if camera_sps is not None:
                        loop.call_soon_threadsafe(self._learn_camera_sps, generation, camera_sps)
                sink = self.recorder_sink
                if sink is not None:  # the original bitstream, before any transcoding
                    sink.offer(data, pts, dts, is_keyframe, self._number * 1_000_000 + generation)
                if transcoder is None and not self.transcoding and detector.observe(data, pts):
                    self.transcoding, self.transcode_reason = True, detector.reason
                    logger.warning(
                        "camera %s %s is not browser-safe (%s): transcoding it once for all viewers",
                        self.camera_id,
                        self.quality,
                        detector.reason,
                    )
                if self.transcoding and not (self.subscribers or self._keyframe_waiters):
                    # the transcoder serves viewers only: stopped while nobody watches (the recorder has
                    # the original); the GOP in progress is kept so a viewer's transcoder starts from it
                    if transcoder is not None:
                        transcoder.close()
                        loop.call_soon_threadsafe(self._transcoder_closed, transcoder)
                        transcoder = None
                    if is_keyframe:
                        pending = []
                    if len(pending) < MAX_GOP_FRAMES:
                        pending.append((data, pts))
                    unwatched.append(len(data))
                    if len(unwatched) >= UNWATCHED_BATCH_UNITS:
                        loop.call_soon_threadsafe(self._on_unwatched_units, generation, unwatched)
                        unwatched = []
                    continue
                if self.transcoding:
                    if transcoder is None:
                        transcoder = Transcoder(f"camera {self.camera_id} {self.quality}")
                        self.transcoder = transcoder
                        backlog, pending = [*pending, (data, pts)], []
                    else:
                        backlog = [(data, pts)]
                    for unit_data, unit_pts in backlog:
                        opened = transcoder.encoders_opened
                        for unit in transcoder.feed(unit_data, unit_pts):
                            loop.call_soon_threadsafe(
                                self._on_access_unit, generation, unit.data, unit.pts, True
                            )
                        if transcoder.encoders_opened != opened:
                            loop.call_soon_threadsafe(self._encoder_opened)
                    continue
                if detector.verdict is None:
                    if NAL_IDR in nal_types(data):
                        pending = []
                    if len(pending) < MAX_GOP_FRAMES:
                        pending.append((data, pts))
                else:
                    pending = []
                if self.subscribers or self._keyframe_waiters or self.state is not PullState.STREAMING:
                    if batch:
                        batch.append((data, pts, is_keyframe))
                        loop.call_soon_threadsafe(self._on_access_units, generation, batch)
                        batch = []
                    else:
                        loop.call_soon_threadsafe(
                            self._on_access_unit, generation, data, pts, False, is_keyframe
                        )
                else:
                    # nobody waits for these (a recorded, unwatched camera): one wake-up per batch
                    batch.append((data, pts, is_keyframe))
                    if len(batch) >= UNWATCHED_BATCH_UNITS:
                        loop.call_soon_threadsafe(self._on_access_units, generation, batch)
                        batch = []
        except Exception as error:
            reason = f"opened, read failed: {redact_credentials(str(error))}"
        finally:
            pull.close()
            if transcoder is not None:
                transcoder.close()
                loop.call_soon_threadsafe(self._transcoder_closed, transcoder)
            loop.call_soon_threadsafe(_resolve, ended, (received_video, reason))

    def _open_pull(self) -> _Pull:
        """Our marker-bit RTP reader when the SDP's SPS proves the stream has no frame reordering, else
        FFmpeg's demuxer (it knows decode timestamps, which the recorder needs for B-frames).

        FFmpeg's RTSP/H.264 path releases each access unit only when the next one begins (one frame of
        latency, bench/latency/RESULTS.md); RTP itself says where a unit ends (marker bit) but carries no
        decode time, so the fast reader is for streams whose decode order is their presentation order.
        A camera our small RTSP client cannot talk to falls back to FFmpeg for good (sticky per source).
        """
        reader: RtspH264Reader | None = None
        if RTP_READER_ENABLED and not self._demuxer_only:
            with contextlib.suppress(RtspError):  # not an rtsp:// URL: FFmpeg's business
                reader = RtspH264Reader(self.url, OPEN_TIMEOUT_SECONDS, READ_TIMEOUT_SECONDS)
        if reader is not None:
            try:
                reader.open()  # DESCRIBE: a refusal here would be FFmpeg's too, so it is the answer
            except (OSError, RtspError) as error:
                reader.close()
                raise ConnectionError(f"{error}: '{self.url}'") from error
            try:
                if reader.sps is not None and reader.sps.browser_safe:
                    reader.play()
                    return _RtpPull(reader)
                if reader.track is not None:
                    self._demuxer_only = True  # the SPS allows reordering (or is absent): sticks
            except RtspError as error:
                logger.warning(
                    "camera %s %s: RTP reader refused (%s); using the demuxer from now on",
                    self.camera_id,
                    self.quality,
                    error,
                )
                self._demuxer_only = True
            except OSError as error:
                reader.close()
                raise ConnectionError(f"{error}: '{self.url}'") from error
            reader.close()
        container = av.open(self.url, options=RTSP_OPTIONS)  # timeouts: RTSP_OPTIONS["timeout"]
        return _DemuxPull(container)

    # --- on the event loop -----------------------------------------------------------------------

    def _learn_camera_sps(self, generation: int, sps: SpsInfo) -> None:
        if generation == self.generation and self.pulling:
            self.camera_sps = sps
            self._notify()

    def _remember_parameter_sets(self, units: bytes) -> None:
        if units:
            self._parameter_sets = units

    def _encoder_opened(self) -> None:
        self.encoders_opened += 1
        self._notify()

    def _transcoder_closed(self, transcoder: Transcoder) -> None:
        if self.transcoder is transcoder:
            self.transcoder = None
            self._notify()

    def _on_unwatched_units(self, generation: int, sizes: list[int]) -> None:
        """Units of a transcoded stream while nobody watches: alive and measured, but nothing to relay."""
        if generation != self.generation or not self.pulling:
            return
        now = time.monotonic()
        self.last_unit_at = now
        self._stats.append((now, len(sizes), sum(sizes)))
        self._trim_stats(now)
        if self.state is not PullState.STREAMING:
            self.opened_count += 1
            self._set_state(PullState.STREAMING)

    def _on_access_units(self, generation: int, batch: list[tuple[bytes, int, bool]]) -> None:
        if self.subscribers or self._keyframe_waiters or self.state is not PullState.STREAMING:
            for data, pts, flagged_key in batch:
                self._on_access_unit(generation, data, pts, False, flagged_key)
            return
        if generation != self.generation or not self.pulling or not batch:
            return
        # Nobody to hand these to (a recorded, unwatched camera): only the GOP cache (a joining viewer, the
        # snapshot) and the statistics need them. Units of a GOP that a later keyframe of this batch replaces
        # never become AccessUnits, the others are appended here without the per-unit path.
        start = 0
        for index in range(len(batch) - 1, -1, -1):
            if batch[index][2] and NAL_IDR in access_unit_head(batch[index][0])[0]:
                start = index
                break
        for data, _pts, flagged_key in batch[:start]:
            if flagged_key:  # an earlier keyframe's parameter sets may be the ones the later keyframe lacks
                types, sets = access_unit_head(data)
                if NAL_IDR in types and NAL_SPS in types:
                    self._parameter_sets = sets
        now = time.monotonic()
        unit_generation = generation * 2
        frames, size = start, sum(len(data) for data, _, _ in batch[:start])
        gop = self.gop
        for data, pts, flagged_key in batch[start:]:
            if flagged_key:
                self._on_access_unit(generation, data, pts, False, flagged_key)  # counts itself
                gop = self.gop
                continue
            frames += 1
            size += len(data)
            if gop and len(gop) < MAX_GOP_FRAMES:
                gop.append(AccessUnit(data, pts, False, unit_generation, now))
            elif gop:
                gop = self.gop = []  # GOP longer than the cache: starting from it would be wrong
        if frames:
            self._stats.append((now, frames, size))
        self.last_unit_at = now
        self._trim_stats(now)

    def _on_access_unit(
        self, generation: int, data: bytes, pts: int, transcoded: bool = False, flagged_key: bool = True
    ) -> None:
        """``flagged_key``: the demuxer's key flag; an IDR is always flagged, so unflagged units skip parsing."""
        if generation != self.generation or not self.pulling:
            return
        now = time.monotonic()
        types, sets = access_unit_head(data) if flagged_key else (set(), b"")
        keyframe = NAL_IDR in types
        if keyframe:
            if NAL_SPS in types:
                self._parameter_sets = sets
            elif self._parameter_sets:
                data = self._parameter_sets + data
        # passthrough and transcoded units of one connection are different generations for the viewers
        unit = AccessUnit(data, pts, keyframe, generation * 2 + int(transcoded), now)
        if keyframe:
            self.gop = [unit]
            if self.width is None or self.state is not PullState.STREAMING:
                asyncio.get_running_loop().create_task(self._learn_resolution(unit))
            waiters, self._keyframe_waiters = self._keyframe_waiters, []
            for waiter in waiters:
                _resolve(waiter, unit)
        elif self.gop and len(self.gop) < MAX_GOP_FRAMES:
            self.gop.append(unit)
        elif self.gop:
            self.gop = []  # GOP longer than the cache: starting from it would be wrong
        self.last_unit_at = now
        self._stats.append((now, 1, len(data)))
        self._trim_stats(now)
        if self.state is not PullState.STREAMING:
            self.opened_count += 1
            self._set_state(PullState.STREAMING)
        for subscriber in self.subscribers:
            subscriber.offer(unit)

    async def _learn_resolution(self, unit: AccessUnit) -> None:
        try:
            decoded = await asyncio.to_thread(decode_keyframe, unit.data)
        except (ValueError, av.FFmpegError) as error:
            logger.warning("camera %s %s: keyframe did not decode: %s", self.camera_id, self.quality, error)
            return
        if (decoded.width, decoded.height) != (self.width, self.height):
            self.width, self.height = decoded.width, decoded.height
            self._notify()

    def _trim_stats(self, now: float) -> None:
        while self._stats and now - self._stats[0][0] > STATS_WINDOW_SECONDS:
            self._stats.popleft()

    def _set_state(self, state: PullState) -> None:
        if state is not self.state:
            self.state = state
            self._notify()

    def _notify(self) -> None:
        if self._on_change is not None:
            self._on_change(self)


class _Pull:
    """An opened camera stream: codec, parameter sets, size, and its access units in decode order."""

    codec = ""
    extradata = b""
    width = 0
    height = 0

    def units(self) -> Iterator[tuple[bytes, int, int | None, bool]]:
        """(Annex B data, pts, dts or None, keyframe) in 1/90000 s."""
        raise NotImplementedError

    def set_batching(self, enabled: bool) -> None:
        """Units may arrive in small bursts (nobody is watching); a pull that cannot batch ignores it."""

    def close(self) -> None:
        raise NotImplementedError


class _RtpPull(_Pull):
    def __init__(self, reader: RtspH264Reader) -> None:
        assert reader.track is not None and reader.sps is not None
        self.reader = reader
        self.codec = "h264"
        self.extradata = reader.track.parameter_sets
        self.width, self.height = reader.sps.width, reader.sps.height

    def units(self) -> Iterator[tuple[bytes, int, int | None, bool]]:
        for unit in self.reader.units():
            yield unit.data, unit.pts, unit.pts, unit.keyframe  # no reordering: decode time = presentation

    def set_batching(self, enabled: bool) -> None:
        self.reader.set_batching(enabled)

    def close(self) -> None:
        self.reader.close()


class _DemuxPull(_Pull):
    def __init__(self, container: Any) -> None:
        self.container = container
        self.video: Any = next((s for s in container.streams if s.type == "video"), None)
        if self.video is not None:
            context: Any = self.video.codec_context
            self.codec = context.name
            self.extradata = context.extradata or b""
            self.width, self.height = context.width, context.height

    def units(self) -> Iterator[tuple[bytes, int, int | None, bool]]:
        time_base = self.video.time_base or Fraction(1, VIDEO_CLOCK)
        # integer rescaling to 1/90000 (Fraction arithmetic per packet costs more than the demux)
        scale_num, scale_den = time_base.numerator * VIDEO_CLOCK, time_base.denominator
        for packet in self.container.demux(self.video):
            if packet.size == 0:
                continue
            timestamp = packet.pts if packet.pts is not None else packet.dts
            if timestamp is None:
                continue
            dts = None if packet.dts is None else packet.dts * scale_num // scale_den
            yield bytes(packet), timestamp * scale_num // scale_den, dts, packet.is_keyframe

    def close(self) -> None:
        self.container.close()


def _resolve(
    future: asyncio.Future[object] | asyncio.Future[tuple[bool, str]] | asyncio.Future[AccessUnit],
    value: object,
) -> None:
    if not future.done():
        future.set_result(value)  # type: ignore[arg-type]
