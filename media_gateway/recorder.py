"""The recorder: a permanent, lossless sink of the original access units of each recorded camera stream.

The reader thread of a ``StreamSource`` hands every demuxed packet (before any transcoding) to the camera's
``RecorderSink``: an append to an unbounded deque, nothing else, so the reader and the live viewers never
wait for the disk. One writer thread drains all sinks into fragmented MP4 files (PyAV's mp4 muxer, no
re-encoding) and publishes finished segments and gaps; the asyncio side reports them to the backend, runs
retention and the disk guard and, at start, finalizes what a crash left behind. File layout and the
backend contract: RECORDING.md.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import io
import logging
import os
import shutil
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

import av

from backend.observability.metrics import count_recorded_bytes
from media_gateway.h264 import NAL_SPS, access_unit_head, parameter_sets

logger = logging.getLogger(__name__)

VIDEO_CLOCK = 90000
TIME_BASE = Fraction(1, VIDEO_CLOCK)
SEGMENT_SECONDS = 60.0
FRAGMENT_MICROSECONDS = 1_000_000
WRITER_POLL_SECONDS = 0.1
REPORT_EVERY_SECONDS = 10.0
FIRST_FILE_LOOKAHEAD_SECONDS = 1.5
SILENCE_GAP_SECONDS = 3.0
FIRST_CONNECT_SECONDS = 10.0  # no access unit for this long: the segment is closed and a gap opens
MIN_GAP_SECONDS = 1.0  # shorter interruptions (a quick reconnect) are not reported as gaps
MAX_BACKLOG_BYTES = 256 * 1024 * 1024  # per sink; beyond it the disk cannot keep up at all
GUARD_EVERY_SECONDS = 15.0
RETENTION_EVERY_SECONDS = 3600.0
SCAN_RECENT_FILES = 2  # per camera stream after a restart: at most these can be unfinished or unreported
USED_BYTES_WALK_SECONDS = 300.0  # the quota walks the tree this often; in between it counts what it writes
MUXER_OPTIONS = {
    # frag_discont + no edit list + no shifting: the file keeps the presentation times we give it,
    # so media time + the wall-clock second in the file name = wall-clock time of the frame
    "movflags": "frag_keyframe+empty_moov+default_base_moof+frag_discont",
    "use_editlist": "0",
    "avoid_negative_ts": "disabled",
    "frag_duration": str(FRAGMENT_MICROSECONDS),
    "flush_packets": "1",  # every finished fragment reaches the kernel at once (kill -9 loses ≤ 1 fragment)
}

CAMERA_OFFLINE = "CAMERA_OFFLINE"
GATEWAY_DOWN = "GATEWAY_DOWN"
DISK_FULL = "DISK_FULL"
RECORDER_ERROR = "RECORDER_ERROR"


def iso(wall: float) -> str:
    return datetime.fromtimestamp(wall, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def segment_relpath(camera_id: str, stream: str, start_second: int) -> str:
    """``<cameraId>/<stream>/<YYYY-MM-DD>/<HH>/<YYYYmmddTHHMMSSZ>.mp4`` (UTC)."""
    moment = datetime.fromtimestamp(start_second, UTC)
    return f"{camera_id}/{stream}/{moment:%Y-%m-%d}/{moment:%H}/{moment:%Y%m%dT%H%M%SZ}.mp4"


def start_of_relpath(path: str) -> int:
    name = path.rsplit("/", 1)[-1].removesuffix(".mp4")
    return int(datetime.strptime(name, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).timestamp())


@dataclass(frozen=True, slots=True)
class Segment:
    camera_id: str
    stream: str
    path: str  # relative to the recording root
    start: float  # wall clock of the first frame
    end: float  # wall clock of the end of the last complete frame written
    bytes: int
    final: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "cameraId": self.camera_id,
            "stream": self.stream,
            "path": self.path,
            "start": iso(self.start),
            "end": iso(self.end),
            "bytes": self.bytes,
            "final": self.final,
        }


@dataclass(frozen=True, slots=True)
class Gap:
    camera_id: str
    stream: str
    start: float
    end: float | None
    cause: str

    def to_json(self) -> dict[str, Any]:
        return {
            "cameraId": self.camera_id,
            "stream": self.stream,
            "start": iso(self.start),
            "end": None if self.end is None else iso(self.end),
            "cause": self.cause,
        }


@dataclass(slots=True)  # not frozen: one is created per access unit (frozen init costs twice as much)
class RawUnit:
    data: bytes
    pts: int
    dts: int | None
    keyframe: bool
    generation: int
    received_at: float  # wall clock


class DiskFull(Exception):
    pass


class _OpenFile:
    """One segment being written (writer thread only)."""

    def __init__(
        self,
        root: Path,
        camera_id: str,
        stream: str,
        first: RawUnit,
        extradata: bytes,
        size: tuple[int, int] | None,
        start_wall: float,
    ) -> None:
        reorder = max(0, first.pts - first.dts) if first.dts is not None else 0
        # the name's second is at least the reorder delay before the first frame: decode times stay ≥ 0
        self.start_second = int(start_wall - reorder / VIDEO_CLOCK)
        self.start_wall = start_wall
        self.offset = round((start_wall - self.start_second) * VIDEO_CLOCK)
        self.origin = first.pts
        self.generation = first.generation
        self.relpath = segment_relpath(camera_id, stream, self.start_second)
        self.path = root / self.relpath
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.exists():  # same second twice (a reconnect within the second): never overwrite
            self.path = self.path.with_name(self.path.stem + "-1.mp4")
            self.relpath = self.relpath.removesuffix(".mp4") + "-1.mp4"
        self.container = av.open(str(self.path), "w", format="mp4", options=MUXER_OPTIONS)
        # The stream is copied from a demuxed template (the camera's SPS/PPS and first keyframe), so no
        # encoder is ever opened (an opened libx264 context would put its own SPS into the avcC).
        with av.open(
            io.BytesIO(extradata + first.data), format="h264", options={"probesize": "32"}
        ) as template:
            self.stream = self.container.add_stream_from_template(template.streams.video[0])
        self.stream.time_base = TIME_BASE
        if size is not None and not self.stream.codec_context.width:
            self.stream.codec_context.width, self.stream.codec_context.height = size
        self.last_dts = -1
        self.last_pts = self.offset
        self.frame_ticks = VIDEO_CLOCK // 25
        self.units = 0

    def write(self, unit: RawUnit) -> None:
        pts = self.offset + unit.pts - self.origin
        dts = self.offset + (unit.dts if unit.dts is not None else unit.pts) - self.origin
        if dts <= self.last_dts:
            dts = self.last_dts + 1
        if dts > pts:
            pts = dts
        if self.units and pts > self.last_pts:
            self.frame_ticks = min(VIDEO_CLOCK, max(1, pts - self.last_pts))
        packet = av.Packet(unit.data)
        packet.pts, packet.dts, packet.time_base = pts, dts, TIME_BASE
        packet.stream = self.stream
        packet.is_keyframe = unit.keyframe
        self.container.mux(packet)
        self.last_dts, self.last_pts = dts, max(self.last_pts, pts)
        self.units += 1

    def media_seconds(self, unit: RawUnit) -> float:
        return (unit.pts - self.origin) / VIDEO_CLOCK

    @property
    def end_wall(self) -> float:
        return self.start_second + (self.last_pts + self.frame_ticks) / VIDEO_CLOCK

    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.container.close()


class RecorderSink:
    """Permanent subscriber of one camera stream: every original access unit, in order, no gate, no drop."""

    def __init__(self, recorder: Recorder, camera_id: str, stream: str) -> None:
        self.recorder = recorder
        self.camera_id = camera_id
        self.stream = stream
        self._backlog: deque[RawUnit] = deque()
        self._backlog_bytes = 0
        self._overflowed_at: float | None = None
        self.detached = False
        self.size: tuple[int, int] | None = None  # from the RTSP session description (reader thread)
        # writer-thread state
        self._file: _OpenFile | None = None
        self._parameter_sets = b""
        self._last_end: float | None = None  # end of the last frame on disk
        self._last_unit_at = time.time()
        self._gap: Gap | None = None  # the open gap, if any
        self._disk_blocked = False
        self.units_written = 0
        self._bytes_unreported = 0  # written since the last count_recorded_bytes
        # wall clock = camera clock + offset; the offset is the smallest (arrival − decode time) seen since the
        # previous file started, so a unit that waited in a buffer does not shift a whole file late
        self._clock_generation = -1
        self._offset_min = 0.0
        self._offset_previous = 0.0
        self._published_at = 0.0
        self._created_at = time.time()

    # --- reader thread ----------------------------------------------------------------------------

    def connected(self, extradata: bytes, width: int, height: int) -> None:
        if width and height:
            self.size = (width, height)
        if extradata and not self._parameter_sets:
            self._parameter_sets = parameter_sets(extradata)

    def offer(self, data: bytes, pts: int, dts: int | None, keyframe: bool, generation: int) -> None:
        if self._backlog_bytes > MAX_BACKLOG_BYTES:
            if self._overflowed_at is None:
                self._overflowed_at = time.time()
            return
        self._backlog.append(RawUnit(data, pts, dts, keyframe, generation, time.time()))
        self._backlog_bytes += len(data)

    # --- writer thread ----------------------------------------------------------------------------

    def resume_after_restart(self, last_end: float, restart_at: float) -> None:
        """Open the gateway-down gap from the last frame found on disk (writer not started yet)."""
        self._last_end = last_end
        if restart_at - last_end >= MIN_GAP_SECONDS:
            self._open_gap(last_end, GATEWAY_DOWN)

    def pump(self) -> None:
        now = time.time()
        if self._overflowed_at is not None and self._gap is None:
            self._close_file()
            self._open_gap(self._last_end or self._overflowed_at, RECORDER_ERROR)
        if self._file is None and self._backlog and not self._anchored_enough(now):
            return  # the first file of a connection waits a moment so its wall clock can be measured
        while self._backlog:
            unit = self._backlog.popleft()
            self._backlog_bytes -= len(unit.data)
            self._last_unit_at = unit.received_at
            try:
                self._write(unit)
            except DiskFull:
                self._backlog.clear()
                self._backlog_bytes = 0
                break
            except (OSError, av.FFmpegError, ValueError) as error:
                if getattr(error, "errno", None) == errno.ENOSPC:
                    self._disk_full()
                    continue
                logger.error("camera %s %s: recording failed: %s", self.camera_id, self.stream, error)
                self._close_file()
                self._open_gap(self._last_end or unit.received_at, RECORDER_ERROR)
        if self._bytes_unreported:  # the metric once per pump, not per access unit
            count_recorded_bytes(self._bytes_unreported, self.stream)
            self._bytes_unreported = 0
        if self._overflowed_at is not None and not self._backlog:
            self._overflowed_at = None
        if self._file is not None and now - self._last_unit_at > SILENCE_GAP_SECONDS:
            self._close_file()
        # nothing on disk since ``since``: a gap opens after the silence limit (a camera never reached since
        # the sink was created gets longer, for its first connection)
        since = self._last_end if self._last_end is not None else self._created_at
        limit = SILENCE_GAP_SECONDS if self._last_end is not None else FIRST_CONNECT_SECONDS
        if self._file is None and self._gap is None and now - since > limit and not self.detached:
            self._open_gap(since, DISK_FULL if self._disk_blocked else CAMERA_OFFLINE)
        if self._file is not None and now - self._published_at >= 1.0:
            self._published_at = now
            self.recorder.publish_open(self, self._snapshot(final=False))

    def _anchored_enough(self, now: float) -> bool:
        """Before the first file of a connection: has the clock offset been watched for long enough?

        Right after a (re)connection units often arrive late and in bursts (the reader catching up); anchoring
        the file on the first keyframe's arrival would shift it late by that delay. So the first file opens
        only once ``FIRST_FILE_LOOKAHEAD_SECONDS`` of units have been seen (held in the backlog, not lost).
        """
        pending = list(self._backlog)
        for unit in pending:
            self._observe_clock(unit)
        return pending[0].received_at <= now - FIRST_FILE_LOOKAHEAD_SECONDS

    def _observe_clock(self, unit: RawUnit) -> None:
        offset = unit.received_at - (unit.dts if unit.dts is not None else unit.pts) / VIDEO_CLOCK
        if unit.generation != self._clock_generation:
            self._clock_generation = unit.generation
            self._offset_min = self._offset_previous = offset
        elif offset < self._offset_min:
            self._offset_min = offset

    def _file_start_wall(self, unit: RawUnit) -> float:
        """Wall clock of this keyframe: the smallest clock offset over this and the previous file period."""
        offset = min(self._offset_min, self._offset_previous)
        decode = unit.dts if unit.dts is not None else unit.pts
        self._offset_previous, self._offset_min = self._offset_min, unit.received_at - decode / VIDEO_CLOCK
        return min(unit.received_at, offset + unit.pts / VIDEO_CLOCK)

    def _write(self, unit: RawUnit) -> None:
        self._observe_clock(unit)
        in_band_sps = False
        if unit.keyframe:
            types, sets = access_unit_head(unit.data)
            if NAL_SPS in types:
                self._parameter_sets, in_band_sps = sets, True
        current = self._file
        if current is not None and unit.generation != current.generation:
            self._close_file()  # a new connection: its clock has nothing to do with the old one
            current = None
        if (
            current is not None
            and unit.keyframe
            and current.media_seconds(unit) >= self.recorder.segment_seconds
        ):
            self._close_file()
            current = None
        if current is None:
            if not unit.keyframe or not self._parameter_sets:
                return  # a file starts with a keyframe (only at the start of a connection)
            if self.recorder.disk_blocked:
                self._disk_full()
                raise DiskFull
            self._disk_blocked = False
            if not in_band_sps:
                unit = replace(unit, data=self._parameter_sets + unit.data)
            current = self._file = _OpenFile(
                self.recorder.root,
                self.camera_id,
                self.stream,
                unit,
                self._parameter_sets,
                self.size,
                self._file_start_wall(unit),
            )
            self._close_gap(current.start_wall)
        current.write(unit)
        self._bytes_unreported += len(unit.data)
        self.units_written += 1

    def _disk_full(self) -> None:
        self._close_file()
        self._disk_blocked = True
        if self._gap is None or self._gap.cause != DISK_FULL:
            self._close_gap(self._last_end or time.time())
            self._open_gap(self._last_end or time.time(), DISK_FULL)

    def _snapshot(self, final: bool) -> Segment:
        current = self._file
        assert current is not None
        return Segment(
            self.camera_id,
            self.stream,
            current.relpath,
            current.start_wall,
            current.end_wall,
            current.size(),
            final,
        )

    def _close_file(self) -> None:
        current, self._file = self._file, None
        if current is None:
            return
        current.close()
        if current.units == 0:
            with contextlib.suppress(OSError):
                current.path.unlink()
            return
        self._last_end = current.end_wall
        self.recorder.publish_final(self, replace(self._snapshot_of(current), final=True))

    def _snapshot_of(self, current: _OpenFile) -> Segment:
        return Segment(
            self.camera_id,
            self.stream,
            current.relpath,
            current.start_wall,
            current.end_wall,
            current.size(),
            True,
        )

    def _open_gap(self, start: float, cause: str) -> None:
        self._gap = Gap(self.camera_id, self.stream, start, None, cause)
        self.recorder.publish_gap(self._gap)

    def _close_gap(self, end: float) -> None:
        gap, self._gap = self._gap, None
        if gap is not None:
            self.recorder.publish_gap(replace(gap, end=max(end, gap.start)))
        elif self._last_end is not None and end - self._last_end >= MIN_GAP_SECONDS:
            # a reconnect quicker than the silence limit still leaves a hole on the timeline
            self.recorder.publish_gap(Gap(self.camera_id, self.stream, self._last_end, end, CAMERA_OFFLINE))

    def stop(self) -> None:
        """Writer thread, on shutdown or detach: finish the open file."""
        self.pump()
        self._close_file()


class Recorder:
    """All recorder sinks of a gateway, their writer thread, and the reports to the backend."""

    def __init__(
        self,
        root: Path,
        min_free_bytes: int = 0,
        max_bytes: int | None = None,
        guard_every_seconds: float = GUARD_EVERY_SECONDS,
        retention_every_seconds: float = RETENTION_EVERY_SECONDS,
        segment_seconds: float = SEGMENT_SECONDS,
    ) -> None:
        self.root = root
        self.segment_seconds = segment_seconds
        self.min_free_bytes = min_free_bytes
        self.max_bytes = max_bytes
        self.guard_every_seconds = guard_every_seconds
        self.retention_every_seconds = retention_every_seconds
        self.sinks: dict[tuple[str, str], RecorderSink] = {}
        self.disk_blocked = False
        self._lock = threading.Lock()
        self._finished: list[Segment] = []
        self._open: dict[tuple[str, str], Segment] = {}
        self._gaps: dict[tuple[str, str, float, str], Gap] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._last_ends: dict[tuple[str, str], float] = {}
        self._started_at = time.time()
        self.reporter: Callable[[dict[str, Any]], Any] | None = None
        self.reclaimer: Callable[[dict[str, Any]], Any] | None = None
        self.deleted_reporter: Callable[[dict[str, Any]], Any] | None = None
        self.gateway_id = ""
        self.deleted_total = 0
        self._retiring: list[RecorderSink] = []
        self._used: tuple[float, int] | None = None  # (when walked, bytes) for the quota
        self._used_since = 0  # bytes finished since that walk

    # --- publishing (writer thread → event loop) ----------------------------------------------

    def publish_open(self, sink: RecorderSink, segment: Segment) -> None:
        with self._lock:
            self._open[(sink.camera_id, sink.stream)] = segment

    def publish_final(self, sink: RecorderSink, segment: Segment) -> None:
        self._used_since += segment.bytes
        with self._lock:
            self._open.pop((sink.camera_id, sink.stream), None)
            self._finished.append(segment)

    def publish_gap(self, gap: Gap) -> None:
        with self._lock:
            self._gaps[(gap.camera_id, gap.stream, gap.start, gap.cause)] = gap

    # --- lifecycle --------------------------------------------------------------------------------

    async def start(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self._started_at = time.time()
        for segment in await asyncio.to_thread(finalize_recent, self.root):
            self._finished.append(segment)
            key = (segment.camera_id, segment.stream)
            self._last_ends[key] = max(self._last_ends.get(key, 0.0), segment.end)
        self._thread = threading.Thread(target=self._write_forever, daemon=True, name="recorder writer")
        self._thread.start()
        self._tasks = [
            asyncio.create_task(self._report_forever(), name="recording reports"),
            asyncio.create_task(self._guard_forever(), name="disk guard"),
            asyncio.create_task(self._retention_forever(), name="retention"),
        ]

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._stop.set()
        if self._thread is not None:
            await asyncio.to_thread(self._thread.join, 10)
        with contextlib.suppress(Exception):
            await self.report_once()

    def sink(self, camera_id: str, stream: str) -> RecorderSink:
        key = (camera_id, stream)
        sink = self.sinks.get(key)
        if sink is None:
            sink = RecorderSink(self, camera_id, stream)
            last_end = self._last_ends.pop(key, None)
            if last_end is not None:
                sink.resume_after_restart(last_end, self._started_at)
            with self._lock:
                self.sinks = {**self.sinks, key: sink}
        return sink

    def detach(self, camera_id: str, stream: str) -> None:
        with self._lock:
            sinks = dict(self.sinks)
            sink = sinks.pop((camera_id, stream), None)
            self.sinks = sinks
        if sink is not None:
            sink.detached = True
            with self._lock:
                self._retiring.append(sink)

    def _write_forever(self) -> None:
        while not self._stop.is_set():
            for sink in list(self.sinks.values()):
                try:
                    sink.pump()
                except Exception:  # one camera's trouble must not end everyone's recording
                    logger.exception("camera %s %s: recorder failed", sink.camera_id, sink.stream)
            with self._lock:
                retiring, self._retiring = self._retiring, []
            for sink in retiring:
                sink.stop()
            self._stop.wait(WRITER_POLL_SECONDS)
        for sink in list(self.sinks.values()):
            sink.stop()

    # --- reports --------------------------------------------------------------------------------

    def take_report(self) -> dict[str, Any]:
        with self._lock:
            finished, self._finished = self._finished, []
            open_segments = list(self._open.values())
            gaps = list(self._gaps.values())
            self._gaps = {k: g for k, g in self._gaps.items() if g.end is None}
        return {
            "gatewayId": self.gateway_id,
            "segments": [s.to_json() for s in (*finished, *open_segments)],
            "gaps": [g.to_json() for g in gaps],
            "_finished": finished,
            "_gaps": [g for g in gaps if g.end is not None],
        }

    def _give_back(self, report: dict[str, Any]) -> None:
        with self._lock:
            self._finished = [*report["_finished"], *self._finished]
            for gap in report["_gaps"]:
                self._gaps.setdefault((gap.camera_id, gap.stream, gap.start, gap.cause), gap)

    async def report_once(self) -> bool:
        report = self.take_report()
        if not report["segments"] and not report["gaps"]:
            return True
        if self.reporter is None:
            return True
        payload = {k: v for k, v in report.items() if not k.startswith("_")}
        try:
            await self.reporter(payload)
        except Exception as error:
            logger.warning("recording report failed (kept for the next one): %s", error)
            self._give_back(report)
            return False
        return True

    async def _report_forever(self) -> None:
        while True:
            await self.report_once()
            await asyncio.sleep(REPORT_EVERY_SECONDS)

    # --- retention and disk guard ------------------------------------------------------------------

    def bytes_needed(self) -> int:
        needed = 0
        if self.min_free_bytes:
            free = shutil.disk_usage(self.root).free
            needed = max(needed, self.min_free_bytes - free)
        if self.max_bytes is not None:
            now = time.monotonic()
            if self._used is None or now - self._used[0] > USED_BYTES_WALK_SECONDS:
                self._used, self._used_since = (now, used_bytes(self.root)), 0
            needed = max(needed, self._used[1] + self._used_since - self.max_bytes)
        return needed

    async def reclaim(self, reason: str, bytes_needed: int | None) -> int:
        """Ask the backend what to delete, delete it, tell the backend. Returns bytes deleted."""
        if self.reclaimer is None:
            return 0
        await self.report_once()  # the backend chooses from its index: bring it up to date first
        answer = await self.reclaimer(
            {"gatewayId": self.gateway_id, "reason": reason, "bytesNeeded": bytes_needed}
        )
        deleted = await asyncio.to_thread(delete_files, self.root, answer.get("delete", []))
        if deleted and self.deleted_reporter is not None:
            await self.deleted_reporter({"gatewayId": self.gateway_id, "reason": reason, "deleted": deleted})
        freed = sum(item["bytes"] for item in deleted)
        self.deleted_total += freed
        self._used_since -= freed
        return freed

    async def guard_once(self) -> None:
        needed = await asyncio.to_thread(self.bytes_needed)
        if needed <= 0:
            if self.disk_blocked:
                logger.info("disk guard: space is back, recording resumes")
            self.disk_blocked = False
            return
        try:
            await self.reclaim("DISK_GUARD", needed)
        except Exception as error:
            logger.warning("disk guard: the backend could not be asked what to delete: %s", error)
        self.disk_blocked = await asyncio.to_thread(self.bytes_needed) > 0
        if self.disk_blocked:
            logger.error("disk guard: still %d bytes short; recording stops until space is freed", needed)

    async def _guard_forever(self) -> None:
        while True:
            with contextlib.suppress(Exception):
                await self.guard_once()
            await asyncio.sleep(self.guard_every_seconds)

    async def _retention_forever(self) -> None:
        while True:
            await asyncio.sleep(min(60.0, self.retention_every_seconds))
            try:
                await self.reclaim("RETENTION", None)
            except Exception as error:
                logger.warning("retention run failed: %s", error)
            await asyncio.sleep(max(0.0, self.retention_every_seconds - 60.0))

    def status(self) -> dict[str, Any]:
        with self._lock:
            open_segments = len(self._open)
            open_gaps = sum(1 for g in self._gaps.values() if g.end is None)
        return {
            "root": str(self.root),
            "recording": sorted(f"{c}/{s}" for c, s in self.sinks),
            "openSegments": open_segments,
            "openGaps": open_gaps,
            "diskBlocked": self.disk_blocked,
            "backlogBytes": sum(s._backlog_bytes for s in self.sinks.values()),
        }


# --- files ------------------------------------------------------------------------------------------


def used_bytes(root: Path) -> int:
    total = 0
    for directory, _dirs, files in os.walk(root):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.stat(os.path.join(directory, name)).st_size
    return total


def delete_files(root: Path, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    deleted = []
    resolved_root = root.resolve()
    for item in items:
        path = (root / str(item["path"])).resolve()
        if resolved_root not in path.parents:
            logger.warning("refusing to delete %s: outside the recording root", path)
            continue
        try:
            size = path.stat().st_size
            path.unlink()
        except FileNotFoundError:
            size = 0
        except OSError as error:
            logger.warning("could not delete %s: %s", path, error)
            continue
        deleted.append(
            {"cameraId": item["cameraId"], "stream": item["stream"], "path": item["path"], "bytes": size}
        )
        with contextlib.suppress(OSError):  # empty hour/day directories go too
            path.parent.rmdir()
            path.parent.parent.rmdir()
    return deleted


def top_level_boxes(data: bytes) -> Iterator[tuple[bytes, int, int]]:
    """(type, offset, size) of each complete top-level ISO-BMFF box."""
    offset = 0
    while offset + 8 <= len(data):
        size = int.from_bytes(data[offset : offset + 4], "big")
        kind = data[offset + 4 : offset + 8]
        if size == 1:
            if offset + 16 > len(data):
                return
            size = int.from_bytes(data[offset + 8 : offset + 16], "big")
        if size < 8 or offset + size > len(data):
            return
        yield kind, offset, size
        offset += size


def complete_length(data: bytes) -> int:
    """Bytes up to the end of the last complete moof+mdat pair (what a crash left playable)."""
    end = 0
    pending_moof = False
    for kind, offset, size in top_level_boxes(data):
        if kind in (b"ftyp", b"moov"):
            end = offset + size
        elif kind == b"moof":
            pending_moof = True
        elif kind == b"mdat" and pending_moof:
            end, pending_moof = offset + size, False
        elif kind == b"mfra":
            end = offset + size
    return end


def segment_end(path: Path, start_second: int) -> float | None:
    """Wall clock of the end of the last frame in a (finalized) segment file."""
    try:
        with av.open(str(path)) as container:
            video = container.streams.video[0]
            last = None
            duration = 0
            for packet in container.demux(video):
                if packet.pts is None:
                    continue
                if last is None or packet.pts > last:
                    last = packet.pts
                    duration = packet.duration or 0
            if last is None or video.time_base is None:
                return None
            return start_second + float((last + (duration or 0)) * video.time_base)
    except (av.FFmpegError, IndexError, OSError):
        return None


def finalize_file(root: Path, relpath: str) -> Segment | None:
    """Cut a segment to its last complete fragment and describe it; None (and deleted) if nothing plays."""
    path = root / relpath
    data = path.read_bytes()
    keep = complete_length(data)
    parts = relpath.split("/")
    camera_id, stream = parts[0], parts[1]
    start_second = start_of_relpath(relpath.replace("-1.mp4", ".mp4"))
    has_fragment = b"moof" in data[:keep]
    if not has_fragment:
        path.unlink()
        return None
    if keep < len(data):
        with open(path, "r+b") as handle:
            handle.truncate(keep)
    end = segment_end(path, start_second)
    if end is None:
        return None
    start = start_second + first_pts_seconds(path)
    return Segment(camera_id, stream, relpath, start, end, keep, True)


def first_pts_seconds(path: Path) -> float:
    with av.open(str(path)) as container:
        video = container.streams.video[0]
        for packet in container.demux(video):
            if packet.pts is not None and video.time_base is not None:
                return float(packet.pts * video.time_base)
    return 0.0


def finalize_recent(root: Path, files: int = SCAN_RECENT_FILES) -> list[Segment]:
    """After a restart: the newest files of every camera stream, cut to their last complete fragment.

    Older files were closed and reported while the gateway ran (reports go out every 10 s; a file is a minute).
    """
    found: list[Segment] = []
    if not root.is_dir():
        return found
    for camera_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        for stream_dir in sorted(p for p in camera_dir.iterdir() if p.is_dir()):
            newest: list[Path] = []
            for day in sorted((d for d in stream_dir.iterdir() if d.is_dir()), reverse=True):
                for hour in sorted((h for h in day.iterdir() if h.is_dir()), reverse=True):
                    newest += sorted(hour.glob("*.mp4"), reverse=True)
                    if len(newest) >= files:
                        break
                if len(newest) >= files:
                    break
            for file in sorted(newest[:files]):
                relpath = file.relative_to(root).as_posix()
                try:
                    segment = finalize_file(root, relpath)
                except (OSError, ValueError, av.FFmpegError) as error:
                    logger.warning("could not finalize %s: %s", relpath, error)
                    continue
                if segment is not None:
                    found.append(segment)
    return found
