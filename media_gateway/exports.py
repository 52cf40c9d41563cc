"""Clip exports: the recorded files between two instants remuxed (stream copy, never transcoded) into one
MP4 with the index up front (``faststart``), so it plays in any player. One ffmpeg process per job, at most
``concurrency`` at a time; progress goes to the backend (``POST /internal/gateway/exports/{id}``, gateway key)
and is readable here (``GET /exports/{id}``). The result is ``<recording root>/exports/<exportId>.mp4``."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from media_gateway.directory import gateway_credential_from_env
from media_gateway.playback import Library

logger = logging.getLogger(__name__)

EXPORT_ID = re.compile(r"^[0-9]{1,12}$")
PROGRESS_INTERVAL_SECONDS = 0.5
LENGTH_SLACK_SECONDS = 0.5
# A clip that ends moments ago waits this long at most for the recorder to write its last seconds (its writer
# runs behind the camera by the fragment being filled, more on a loaded machine).
CATCH_UP_SECONDS = 20.0
CATCH_UP_POLL_SECONDS = 0.5


@dataclass
class ExportJob:
    export_id: str
    camera_id: str
    stream: str | None
    start: datetime
    end: datetime
    state: str = "QUEUED"
    percent: int = 0
    bytes: int | None = None
    sha256: str | None = None
    error: str | None = None
    finished: asyncio.Event = field(default_factory=asyncio.Event)

    def report(self) -> dict[str, Any]:
        return {
            "exportId": self.export_id,
            "state": self.state,
            "percent": self.percent,
            "bytes": self.bytes,
            "sha256": self.sha256,
            "error": self.error,
        }


class ProgressSink:
    """Posts job progress to the backend when the gateway runs in backend mode; otherwise keeps it local."""

    def __init__(self, backend_url: str | None, gateway_credential: str) -> None:
        self._client = (
            httpx.AsyncClient(
                base_url=backend_url.rstrip("/"),
                headers={"Authorization": f"Bearer {gateway_credential}"},
                timeout=httpx.Timeout(5.0),
                trust_env=False,
            )
            if backend_url
            else None
        )

    @classmethod
    def from_env(cls) -> ProgressSink:
        return cls(os.environ.get("SITEWATCH_BACKEND_URL"), gateway_credential_from_env())

    async def send(self, job: ExportJob) -> None:
        if self._client is None:
            return
        body = {k: v for k, v in job.report().items() if k != "exportId"}
        try:
            response = await self._client.post(f"/internal/gateway/exports/{job.export_id}", json=body)
            response.raise_for_status()
        except httpx.HTTPError as failure:
            logger.warning("export %s: progress not delivered: %s", job.export_id, failure)

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()


class ExportWorker:
    def __init__(self, library: Library, sink: ProgressSink, concurrency: int = 1) -> None:
        self.library = library
        self.sink = sink
        self.jobs: dict[str, ExportJob] = {}
        self._slots = asyncio.Semaphore(concurrency)
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def directory(self) -> Path:
        return self.library.root / "exports"

    def output(self, export_id: str) -> Path:
        return self.directory / f"{export_id}.mp4"

    def submit(self, job: ExportJob) -> ExportJob:
        existing = self.jobs.get(job.export_id)
        if existing is not None and existing.state != "FAILED":
            return existing
        self.jobs[job.export_id] = job
        task = asyncio.create_task(self._run(job), name=f"export-{job.export_id}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return job

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self.sink.aclose()

    async def _run(self, job: ExportJob) -> None:
        async with self._slots:
            try:
                await self._remux(job)
            except asyncio.CancelledError:
                raise
            except Exception as failure:
                logger.exception("export %s failed", job.export_id)
                job.state, job.error = "FAILED", str(failure) or type(failure).__name__
            finally:
                job.finished.set()
                await self.sink.send(job)

    def _recorded_until(self, job: ExportJob, stream: str) -> datetime | None:
        """The wall-clock end of the newest footage on disk that overlaps the job's window."""
        ends = [
            recorded.start + timedelta(seconds=self.library.indexes.get(recorded.path).duration)
            for recorded in self.library.files(job.camera_id, stream, job.start, job.end)
        ]
        return max(ends, default=None)

    async def _await_recorder(self, job: ExportJob, stream: str) -> None:
        """A window that ends in the last few seconds is cut once the recorder has written it (bounded): cut at
        once, the clip would lose whatever the writer still holds. An older window is cut as it is on disk."""
        give_up = time.monotonic() + CATCH_UP_SECONDS
        while datetime.now(UTC) - job.end < timedelta(seconds=CATCH_UP_SECONDS):
            written = await asyncio.to_thread(self._recorded_until, job, stream)
            if written is not None and written >= job.end - timedelta(seconds=0.1):
                return
            if time.monotonic() >= give_up:
                logger.warning(
                    "export %s: footage up to %s not on disk; cutting what is there", job.export_id, job.end
                )
                return
            await asyncio.sleep(CATCH_UP_POLL_SECONDS)

    async def _remux(self, job: ExportJob) -> None:
        stream = self.library.stream_of(job.camera_id, job.stream)
        pieces: list[tuple[Path, float, float]] = []
        if stream is not None:
            await self._await_recorder(job, stream)
            for recorded in self.library.files(job.camera_id, stream, job.start, job.end):
                index = await asyncio.to_thread(self.library.indexes.get, recorded.path)
                duration = index.duration
                # Media time starts where the file's first fragment does (not necessarily 0): an inpoint
                # before it would make the concat demuxer leave that much empty time at the file boundary.
                first = index.fragments[0].media_start if index.fragments else 0.0
                inpoint = max(first, (job.start - recorded.start).total_seconds())
                if not pieces and first < inpoint < duration:
                    # A stream copy starts on a keyframe: take the nearest one rather than always the one
                    # before, so the clip's start is off by at most half a GOP either way.
                    keyframes = [f.media_start for f in index.fragments if f.keyframe]
                    if keyframes:
                        # a hair after the keyframe: the demuxer seeks back to the keyframe at or before the
                        # inpoint, and a rounded value just below it would land a whole GOP earlier
                        inpoint = min(keyframes, key=lambda start: abs(start - inpoint)) + 0.001
                outpoint = min(duration, (job.end - recorded.start).total_seconds())
                if outpoint - inpoint > 0.05:
                    pieces.append((recorded.path, inpoint, outpoint))
        if not pieces:
            raise RuntimeError("nothing was recorded in the requested range")
        total = sum(out - inp for _, inp, out in pieces)
        self.directory.mkdir(parents=True, exist_ok=True)
        listing = self.directory / f".{job.export_id}.txt"
        partial = self.directory / f".{job.export_id}.partial.mp4"
        listing.write_text(
            "ffconcat version 1.0\n"
            + "".join(
                f"file '{path.as_posix()}'\ninpoint {inp:.6f}\noutpoint {out:.6f}\n"
                for path, inp, out in pieces
            )
        )
        job.state = "RUNNING"
        await self.sink.send(job)
        process = await asyncio.create_subprocess_exec(
            "ffmpeg",
            "-nostdin",
            "-loglevel",
            "error",
            "-y",
            "-f",
            "concat",
            "-safe",
            "0",
            "-i",
            str(listing),
            "-map",
            "0:v:0",
            "-c",
            "copy",
            # The concat demuxer's outpoint lets frames through at the end of a file still being written; and
            # a clip that had to start on a keyframe before `from` is not allowed to grow by a whole GOP.
            "-t",
            f"{min(total, (job.end - job.start).total_seconds() + LENGTH_SLACK_SECONDS):.6f}",
            "-movflags",
            "+faststart",
            "-progress",
            "pipe:1",
            "-nostats",
            "-f",
            "mp4",
            str(partial),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        assert process.stdout is not None and process.stderr is not None
        errors = asyncio.create_task(process.stderr.read())
        last_sent = 0.0
        try:
            async for raw in process.stdout:
                key, _, value = raw.decode(errors="replace").strip().partition("=")
                if key == "out_time_us" and value.isdigit():
                    job.percent = min(99, int(int(value) / 1e6 / total * 100))
                    if time.monotonic() - last_sent >= PROGRESS_INTERVAL_SECONDS:
                        last_sent = time.monotonic()
                        await self.sink.send(job)
            returncode = await process.wait()
        except asyncio.CancelledError:
            process.kill()
            await process.wait()
            raise
        finally:
            listing.unlink(missing_ok=True)
        stderr = (await errors).decode(errors="replace").strip()
        if returncode != 0:
            partial.unlink(missing_ok=True)
            raise RuntimeError(f"ffmpeg exited with {returncode}: {stderr[-400:]}")
        job.sha256, job.bytes = await asyncio.to_thread(_digest, partial)
        partial.replace(self.output(job.export_id))
        job.state, job.percent = "DONE", 100


def _digest(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size
