"""Playback of the recorder's files: HLS over byte ranges of their fragments, and snapshots of any recorded instant.

The recorder writes ``<root>/<cameraId>/<stream>/<YYYY-MM-DD>/<HH>/<YYYYmmddTHHMMSSZ>.mp4``: self-contained
fragmented MP4 files (ftyp + moov, then moof/mdat fragments of at most a second) whose media time starts at 0
at the wall-clock instant in the file name. A playlist lists each file once (``EXT-X-MAP`` = its ftyp+moov,
``EXT-X-DISCONTINUITY`` between files) and one segment per run of fragments that starts on a keyframe, as an
``EXT-X-BYTERANGE`` of the file with its ``EXT-X-PROGRAM-DATE-TIME``, so the player maps media time to wall
clock and a seek loads about a second of video, not a whole minute-long file. Files still being written are
read up to their last complete fragment.

Tickets (ES256, from the backend) carry ``kind="playback"``, the camera and the window ``from``/``to`` (epoch
seconds); they are only ever read from ``Authorization: Bearer``, never from the URL.
"""

from __future__ import annotations

import asyncio
import math
import os
import re
import struct
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from media_gateway.tickets import TicketError, TicketVerifier

# "-1" etc.: a second file started within the same second (a quick reconnect); the recorder never overwrites.
FILE_NAME = re.compile(r"^(\d{8}T\d{6}Z)(?:-\d{1,3})?\.mp4$")
MEDIA_PATH = re.compile(r"^(main|sub)/(\d{4}-\d{2}-\d{2})/(\d{2})/(\d{8}T\d{6}Z(?:-\d{1,3})?\.mp4)$")
STREAMS = ("main", "sub")
# A file never covers more than this; used to find the file holding an instant without opening neighbours.
MAX_FILE_SECONDS = 15 * 60
MAX_PLAYLIST_SECONDS = 6 * 3600
SNAPSHOT_TIMEOUT_SECONDS = 10.0


def recording_root_from_env() -> Path:
    configured = os.environ.get("SITEWATCH_GATEWAY_RECORDING_ROOT")
    if configured:
        return Path(configured)
    return Path(os.environ.get("SITEWATCH_DATA_DIR", "var")) / "recordings"


def file_start(name: str) -> datetime | None:
    match = FILE_NAME.match(name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


# ---------------------------------------------------------------------------------------------- tickets


@dataclass(frozen=True, slots=True)
class RangeTicket:
    kind: str
    camera_id: str
    user_id: str
    start: datetime
    end: datetime
    stream: str | None
    export_id: str | None
    session: str = ""  # the login session it was minted in: refused once that session has ended
    issued_at: float = 0.0
    # An export's exact window (``clipFromMs``/``clipToMs``): ``from``/``to`` are whole seconds widened outward
    # (floor, floor + 1) so that a range ticket opens every file it touches; a clip cut to them would come
    # out up to a second longer than asked for.
    clip_start: datetime | None = None
    clip_end: datetime | None = None

    @property
    def window(self) -> tuple[datetime, datetime]:
        """The footage asked for: the exact clip window when the ticket carries one, else its range."""
        if self.clip_start is None or self.clip_end is None:
            return self.start, self.end
        return max(self.start, self.clip_start), min(self.end, self.clip_end)


def verify_range_ticket(verifier: TicketVerifier, token: str, kind: str) -> RangeTicket:
    claims: dict[str, Any] = verifier.decode(token, ["kind", "from", "to"])
    if claims["kind"] != kind:
        raise TicketError(
            403, "ticket-wrong-kind", f"this endpoint takes a {kind} ticket, not {claims['kind']}"
        )
    try:
        start = datetime.fromtimestamp(float(claims["from"]), UTC)
        end = datetime.fromtimestamp(float(claims["to"]), UTC)
    except (TypeError, ValueError, OverflowError) as error:
        raise TicketError(401, "ticket-invalid", "the ticket's time range is not valid") from error
    if end <= start:
        raise TicketError(401, "ticket-invalid", "the ticket's time range is empty")
    clip_start = clip_end = None
    if claims.get("clipFromMs") is not None and claims.get("clipToMs") is not None:
        try:
            clip_start = datetime.fromtimestamp(int(claims["clipFromMs"]) / 1000, UTC)
            clip_end = datetime.fromtimestamp(int(claims["clipToMs"]) / 1000, UTC)
        except (TypeError, ValueError, OverflowError) as error:
            raise TicketError(401, "ticket-invalid", "the ticket's clip window is not valid") from error
        if not start <= clip_start < clip_end <= end:
            raise TicketError(401, "ticket-invalid", "the ticket's clip window is outside its range")
    stream = claims.get("stream")
    return RangeTicket(
        kind=kind,
        camera_id=str(claims["cam"]),
        user_id=str(claims["sub"]),
        start=start,
        end=end,
        stream=str(stream) if stream in STREAMS else None,
        export_id=str(claims["exportId"]) if claims.get("exportId") is not None else None,
        session=str(claims.get("sid") or ""),
        issued_at=float(claims.get("iat") or 0.0),
        clip_start=clip_start,
        clip_end=clip_end,
    )


# ------------------------------------------------------------------------------------------- MP4 boxes


@dataclass(frozen=True, slots=True)
class Fragment:
    offset: int
    length: int
    media_start: float  # seconds from the file's start
    duration: float
    keyframe: bool


@dataclass(frozen=True, slots=True)
class FileIndex:
    init_length: int  # ftyp + moov
    timescale: int
    fragments: tuple[Fragment, ...]

    @property
    def duration(self) -> float:
        if not self.fragments:
            return 0.0
        last = self.fragments[-1]
        return last.media_start + last.duration


def _boxes(data: bytes, start: int = 0, end: int | None = None) -> Iterator[tuple[bytes, int, int]]:
    """(type, payload offset, payload end) of the boxes in data[start:end]."""
    position, end = start, len(data) if end is None else end
    while position + 8 <= end:
        size, kind = struct.unpack_from(">I4s", data, position)
        header = 8
        if size == 1:
            if position + 16 > end:
                return
            size = struct.unpack_from(">Q", data, position + 8)[0]
            header = 16
        elif size == 0:
            size = end - position
        if size < header or position + size > end:
            return
        yield kind, position + header, position + size
        position += size


def _child(data: bytes, start: int, end: int, kind: bytes) -> tuple[int, int] | None:
    for box, payload, box_end in _boxes(data, start, end):
        if box == kind:
            return payload, box_end
    return None


def _video_track(moov: bytes) -> tuple[int, int, int, int]:
    """(track id, timescale, trex default sample duration, trex default sample flags) of the video track."""
    defaults: dict[int, tuple[int, int]] = {}
    mvex = _child(moov, 0, len(moov), b"mvex")
    if mvex:
        for box, payload, _ in _boxes(moov, *mvex):
            if box == b"trex":
                track_id, _, duration, _, flags = struct.unpack_from(">IIIII", moov, payload + 4)
                defaults[track_id] = (duration, flags)
    for box, payload, box_end in _boxes(moov):
        if box != b"trak":
            continue
        tkhd = _child(moov, payload, box_end, b"tkhd")
        mdia = _child(moov, payload, box_end, b"mdia")
        if tkhd is None or mdia is None:
            continue
        hdlr = _child(moov, *mdia, b"hdlr")
        if hdlr is None or moov[hdlr[0] + 8 : hdlr[0] + 12] != b"vide":
            continue
        version = moov[tkhd[0]]
        track_id = struct.unpack_from(">I", moov, tkhd[0] + (20 if version == 1 else 12))[0]
        mdhd = _child(moov, *mdia, b"mdhd")
        if mdhd is None:
            continue
        version = moov[mdhd[0]]
        timescale = struct.unpack_from(">I", moov, mdhd[0] + (20 if version == 1 else 12))[0]
        duration, flags = defaults.get(track_id, (0, 0))
        return track_id, timescale, duration, flags
    raise ValueError("no video track")


def _is_sync(flags: int) -> bool:
    return not flags & 0x00010000  # sample_is_non_sync_sample


def _fragment_timing(
    moof: bytes, track_id: int, default_duration: int, default_flags: int
) -> tuple[int, int, bool] | None:
    """(decode time, duration, starts with a sync sample) of the video track in one moof, in timescale units."""
    for box, payload, box_end in _boxes(moof):
        if box != b"traf":
            continue
        tfhd = _child(moof, payload, box_end, b"tfhd")
        if tfhd is None:
            continue
        tf_flags = int.from_bytes(moof[tfhd[0] + 1 : tfhd[0] + 4], "big")
        if struct.unpack_from(">I", moof, tfhd[0] + 4)[0] != track_id:
            continue
        position = tfhd[0] + 8
        if tf_flags & 0x01:
            position += 8
        if tf_flags & 0x02:
            position += 4
        sample_duration, sample_flags = default_duration, default_flags
        if tf_flags & 0x08:
            sample_duration = struct.unpack_from(">I", moof, position)[0]
            position += 4
        if tf_flags & 0x10:
            position += 4
        if tf_flags & 0x20:
            sample_flags = struct.unpack_from(">I", moof, position)[0]
        decode_time = 0
        tfdt = _child(moof, payload, box_end, b"tfdt")
        if tfdt is not None:
            if moof[tfdt[0]] == 1:
                decode_time = struct.unpack_from(">Q", moof, tfdt[0] + 4)[0]
            else:
                decode_time = struct.unpack_from(">I", moof, tfdt[0] + 4)[0]
        total, first_flags, seen_first = 0, sample_flags, False
        for run_box, run_payload, _ in _boxes(moof, payload, box_end):
            if run_box != b"trun":
                continue
            tr_flags = int.from_bytes(moof[run_payload + 1 : run_payload + 4], "big")
            count = struct.unpack_from(">I", moof, run_payload + 4)[0]
            position = run_payload + 8
            if tr_flags & 0x01:
                position += 4
            run_first_flags = None
            if tr_flags & 0x04:
                run_first_flags = struct.unpack_from(">I", moof, position)[0]
                position += 4
            per_sample = 4 * sum(bool(tr_flags & bit) for bit in (0x100, 0x200, 0x400, 0x800))
            for index in range(count):
                field = position
                duration = sample_duration
                if tr_flags & 0x100:
                    duration = struct.unpack_from(">I", moof, field)[0]
                    field += 4
                if tr_flags & 0x200:
                    field += 4
                flags = sample_flags
                if tr_flags & 0x400:
                    flags = struct.unpack_from(">I", moof, field)[0]
                if index == 0 and run_first_flags is not None:
                    flags = run_first_flags
                if not seen_first:
                    first_flags, seen_first = flags, True
                total += duration
                position += per_sample
        return decode_time, total, _is_sync(first_flags)
    return None


def _read_box_header(handle: BinaryIO, position: int, file_size: int) -> tuple[bytes, int, int] | None:
    if position + 8 > file_size:
        return None
    handle.seek(position)
    head = handle.read(16)
    if len(head) < 8:
        return None
    size, kind = struct.unpack_from(">I4s", head)
    header = 8
    if size == 1:
        if len(head) < 16:
            return None
        size, header = struct.unpack_from(">Q", head, 8)[0], 16
    elif size == 0:
        size = file_size - position
    if size < header:
        return None
    return kind, header, size


def index_file(path: Path) -> FileIndex:
    """Walk the top-level boxes; stop at the first incomplete one (the file may still be growing)."""
    file_size = path.stat().st_size
    fragments: list[Fragment] = []
    init_length = 0
    track: tuple[int, int, int, int] | None = None
    with path.open("rb") as handle:
        position = 0
        pending: tuple[int, int, int, bool] | None = None  # moof offset, decode time, duration, sync
        while True:
            header = _read_box_header(handle, position, file_size)
            if header is None:
                break
            kind, header_size, size = header
            if position + size > file_size:
                break
            if kind == b"moov":
                handle.seek(position + header_size)
                track = _video_track(handle.read(size - header_size))
                init_length = position + size
            elif kind == b"moof" and track is not None:
                handle.seek(position + header_size)
                timing = _fragment_timing(handle.read(size - header_size), track[0], track[2], track[3])
                pending = (position, *timing) if timing is not None else None
            elif kind == b"mdat" and pending is not None and track is not None:
                offset, decode_time, duration, sync = pending
                fragments.append(
                    Fragment(
                        offset=offset,
                        length=position + size - offset,
                        media_start=decode_time / track[1],
                        duration=duration / track[1],
                        keyframe=sync,
                    )
                )
                pending = None
            position += size
    if track is None:
        raise ValueError(f"{path.name}: no moov yet")
    return FileIndex(init_length=init_length, timescale=track[1], fragments=tuple(fragments))


class IndexCache:
    """File indexes keyed by (path, size, mtime): a growing file is re-indexed, a finished one never."""

    def __init__(self, limit: int = 4096) -> None:
        self._entries: dict[Path, tuple[tuple[int, int], FileIndex]] = {}
        self._limit = limit

    def get(self, path: Path) -> FileIndex:
        stat = path.stat()
        key = (stat.st_size, stat.st_mtime_ns)
        cached = self._entries.get(path)
        if cached is not None and cached[0] == key:
            return cached[1]
        index = index_file(path)
        if len(self._entries) >= self._limit:
            self._entries.pop(next(iter(self._entries)))
        self._entries[path] = (key, index)
        return index


# --------------------------------------------------------------------------------------------- library


@dataclass(frozen=True, slots=True)
class RecordedFile:
    path: Path
    relative: str  # "<stream>/<date>/<hour>/<name>.mp4", the URL tail under /playback/{camera}/media/
    start: datetime


class Library:
    """The recordings of one gateway, read-only."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.indexes = IndexCache()

    def camera_dir(self, camera_id: str) -> Path:
        if not camera_id.isdigit() and not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", camera_id):
            raise ValueError("bad camera id")
        return self.root / camera_id

    def stream_of(self, camera_id: str, wanted: str | None) -> str | None:
        base = self.camera_dir(camera_id)
        for stream in (wanted,) if wanted else STREAMS:
            if (base / stream).is_dir():
                return stream
        return None

    def files(self, camera_id: str, stream: str, start: datetime, end: datetime) -> list[RecordedFile]:
        """Files that may overlap [start, end], in time order."""
        base = self.camera_dir(camera_id) / stream
        found: list[RecordedFile] = []
        hour = (start - timedelta(seconds=MAX_FILE_SECONDS)).replace(minute=0, second=0, microsecond=0)
        while hour <= end:
            directory = base / hour.strftime("%Y-%m-%d") / hour.strftime("%H")
            if directory.is_dir():
                for entry in sorted(directory.iterdir()):
                    begins = file_start(entry.name)
                    if begins is None or begins > end:
                        continue
                    if begins < start - timedelta(seconds=MAX_FILE_SECONDS):
                        continue
                    relative = f"{stream}/{hour:%Y-%m-%d}/{hour:%H}/{entry.name}"
                    found.append(RecordedFile(entry, relative, begins))
            hour += timedelta(hours=1)
        # "X-1.mp4" follows "X.mp4" (it was started later within the same second)
        return sorted(found, key=lambda item: (item.start, len(item.path.name), item.path.name))

    def resolve(self, camera_id: str, relative: str) -> RecordedFile | None:
        match = MEDIA_PATH.match(relative)
        if match is None:
            return None
        begins = file_start(match.group(4))
        path = self.camera_dir(camera_id) / relative
        if begins is None or not path.is_file():
            return None
        return RecordedFile(path, relative, begins)

    def overlaps(self, recorded: RecordedFile, start: datetime, end: datetime) -> bool:
        if recorded.start > end:
            return False
        try:
            duration = self.indexes.get(recorded.path).duration
        except (OSError, ValueError):
            return False
        return recorded.start + timedelta(seconds=duration) >= start

    def at(self, camera_id: str, stream: str, instant: datetime) -> tuple[RecordedFile, float] | None:
        """The file holding ``instant`` and the offset into it, or None in a gap."""
        for recorded in reversed(self.files(camera_id, stream, instant, instant)):
            if recorded.start > instant:
                continue
            try:
                index = self.indexes.get(recorded.path)
            except (OSError, ValueError):
                continue
            offset = (instant - recorded.start).total_seconds()
            if index.fragments and offset <= index.duration:
                return recorded, offset
            return None
        return None

    def playlist(self, camera_id: str, stream: str, start: datetime, end: datetime) -> str:
        end = min(end, start + timedelta(seconds=MAX_PLAYLIST_SECONDS))
        lines: list[str] = []
        longest = 1.0
        first_file = True
        for recorded in self.files(camera_id, stream, start, end):
            try:
                index = self.indexes.get(recorded.path)
            except (OSError, ValueError):
                continue
            segments = [
                segment
                for segment in _segments(index)
                if _overlaps(recorded.start, segment[0], segment[1], start, end)
            ]
            if not segments:
                continue
            if not first_file:
                lines.append("#EXT-X-DISCONTINUITY")
            first_file = False
            uri = f"media/{recorded.relative}"
            lines.append(f'#EXT-X-MAP:URI="{uri}",BYTERANGE="{index.init_length}@0"')
            for media_start, duration, offset, length in segments:
                longest = max(longest, duration)
                wall = recorded.start + timedelta(seconds=media_start)
                lines.append(f"#EXT-X-PROGRAM-DATE-TIME:{_iso_ms(wall)}")
                lines.append(f"#EXTINF:{duration:.3f},")
                lines.append(f"#EXT-X-BYTERANGE:{length}@{offset}")
                lines.append(uri)
        header = [
            "#EXTM3U",
            "#EXT-X-VERSION:7",
            f"#EXT-X-TARGETDURATION:{math.ceil(longest)}",
            "#EXT-X-MEDIA-SEQUENCE:0",
            "#EXT-X-PLAYLIST-TYPE:VOD",
            "#EXT-X-INDEPENDENT-SEGMENTS",
        ]
        return "\n".join([*header, *lines, "#EXT-X-ENDLIST", ""])


def _segments(index: FileIndex) -> list[tuple[float, float, int, int]]:
    """(media start, duration, byte offset, byte length): runs of contiguous fragments, each from a keyframe."""
    runs: list[list[Fragment]] = []
    for fragment in index.fragments:
        if not runs or fragment.keyframe:
            runs.append([fragment])
        else:
            runs[-1].append(fragment)
    result = []
    for run in runs:
        first, last = run[0], run[-1]
        result.append(
            (
                first.media_start,
                last.media_start + last.duration - first.media_start,
                first.offset,
                last.offset + last.length - first.offset,
            )
        )
    return result


def _overlaps(
    file_begins: datetime, media_start: float, duration: float, start: datetime, end: datetime
) -> bool:
    begins = file_begins + timedelta(seconds=media_start)
    return begins <= end and begins + timedelta(seconds=duration) >= start


def _iso_ms(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{instant.microsecond // 1000:03d}Z"


RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 256 * 1024


class RangeNotSatisfiable(Exception):
    pass


def byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """[start, end) of a single ``Range: bytes=`` request against ``size`` bytes; None for the whole file.
    The size is taken once: a file the recorder is still writing is served as it was at that moment, so the
    body always matches its Content-Length."""
    if not header:
        return None
    match = RANGE.match(header.strip())
    if match is None or (not match.group(1) and not match.group(2)):
        raise RangeNotSatisfiable(header)
    if match.group(1):
        start = int(match.group(1))
        end = int(match.group(2)) + 1 if match.group(2) else size
    else:
        start, end = max(0, size - int(match.group(2))), size
    end = min(end, size)
    if start >= end:
        raise RangeNotSatisfiable(header)
    return start, end


async def read_slice(path: Path, start: int, end: int) -> AsyncIterator[bytes]:
    with path.open("rb") as handle:
        handle.seek(start)
        position = start
        while position < end:
            chunk = await asyncio.to_thread(handle.read, min(CHUNK, end - position))
            if not chunk:
                return
            position += len(chunk)
            yield chunk


async def snapshot_jpeg(path: Path, offset: float) -> bytes | None:
    """The frame at ``offset`` seconds into a recorded file (decoded from the keyframe before it), as JPEG."""
    process = await asyncio.create_subprocess_exec(
        "ffmpeg",
        "-nostdin",
        "-loglevel",
        "error",
        "-ss",
        f"{max(offset, 0.0):.3f}",
        "-i",
        str(path),
        "-frames:v",
        "1",
        "-q:v",
        "3",
        "-f",
        "image2pipe",
        "-c:v",
        "mjpeg",
        "pipe:1",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        output, _ = await asyncio.wait_for(process.communicate(), SNAPSHOT_TIMEOUT_SECONDS)
    except TimeoutError:
        process.kill()
        await process.wait()
        return None
    return output if process.returncode == 0 and output.startswith(b"\xff\xd8") else None
