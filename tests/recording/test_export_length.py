"""Clip exports keep the requested length (issue 8: "the downloaded MP4 has the requested duration ± 1 s") and
start within half a GOP of ``from``: the exporter on files laid out like the recorder's (media time from the
first frame's sub-second offset, no edit list, ``frag_discont``, 1 s GOP at 25 fps, with and without B-frames),
windows inside one minute file and across two, measured with ffprobe like a user's player would."""

from __future__ import annotations

import asyncio
import hashlib
import json
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import av
import pytest

from media_gateway.exports import ExportJob, ExportWorker, ProgressSink
from media_gateway.playback import Library
from tests.playback.support import contract_path

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
FIRST_FRAME = 0.42  # media time of each file's first frame, as the recorder leaves it
HALF_GOP = 0.5


def _write_minute(root: Path, camera: str, minute: int, bframes: int) -> Path:
    """One minute file; each minute shows its own pictures (the test source's clock), so keyframes differ."""
    begins = START + timedelta(minutes=minute)
    path = contract_path(root, camera, begins)
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-ss", str(60 * minute), "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25",
         "-t", "60", "-c:v", "libx264", "-preset", "ultrafast", "-g", "25", "-bf", str(bframes), "-b:v", "300k",
         "-output_ts_offset", str(FIRST_FRAME), "-use_editlist", "0", "-avoid_negative_ts", "disabled",
         "-movflags", "+frag_keyframe+empty_moov+default_base_moof+frag_discont", "-frag_duration", "1000000",
         "-f", "mp4", str(path)],
        check=True,
    )  # fmt: skip
    return path


@pytest.fixture(scope="module")
def recordings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("recordings")
    for camera, bframes in (("7", 0), ("8", 2)):
        for minute in range(2):
            _write_minute(root, camera, minute, bframes)
    return root


def _digest(data: bytes) -> str:
    # the tail only: a stream copy may put the parameter sets in front of a keyframe's slices
    return hashlib.sha256(data[-1024:]).hexdigest()


def _keyframe_times(root: Path, camera: str) -> dict[str, datetime]:
    """Wall clock of every recorded keyframe, by the digest of its bytes (each second's picture differs)."""
    times = {}
    for minute in range(2):
        begins = START + timedelta(minutes=minute)
        with av.open(str(contract_path(root, camera, begins))) as container:
            for packet in container.demux(video=0):
                if packet.is_keyframe and packet.pts is not None and packet.time_base is not None:
                    at = begins + timedelta(seconds=float(packet.pts * packet.time_base))
                    times[_digest(bytes(packet))] = at
    return times


def _first_packet_digest(clip: Path) -> str:
    with av.open(str(clip)) as container:
        first = next(p for p in container.demux(video=0) if p.size)
        return _digest(bytes(first))


@pytest.mark.parametrize("camera", ["7", "8"], ids=["no-bframes", "bframes"])
@pytest.mark.parametrize(
    ("offset", "seconds"),
    [(0.0, 30), (5.3, 20), (20.6, 30), (30.5, 60), (45.2, 60), (59.7, 30), (10.0, 60)],
    ids=["file-start", "inside", "inside-late", "across-half", "across-late", "across-edge", "across-60"],
)
def test_export_has_the_requested_length_and_start(
    recordings: Path, camera: str, offset: float, seconds: int
) -> None:
    start = START + timedelta(seconds=offset)
    job = ExportJob(
        f"{camera}{int(offset * 10)}{seconds}", camera, None, start, start + timedelta(seconds=seconds)
    )

    async def run() -> None:
        worker = ExportWorker(Library(recordings), ProgressSink(None, "gw-secret"))
        worker.submit(job)
        await asyncio.wait_for(job.finished.wait(), 60)
        await worker.close()

    asyncio.run(run())
    assert job.state == "DONE", job.error
    clip = recordings / "exports" / f"{job.export_id}.mp4"
    probe = json.loads(
        subprocess.run(
            ["ffprobe", "-v", "error", "-of", "json", "-show_format", str(clip)],
            capture_output=True,
            check=True,
        ).stdout
    )
    assert abs(float(probe["format"]["duration"]) - seconds) <= 1.0, probe["format"]
    first = _keyframe_times(recordings, camera)[_first_packet_digest(clip)]
    assert abs((first - start).total_seconds()) <= HALF_GOP + 0.05, (first, start)
