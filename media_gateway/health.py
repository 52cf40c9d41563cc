"""Camera health: derived from the live pull when someone watches, from cheap RTSP probes otherwise.

Reported to the directory on every state change and every ``REPORT_EVERY_SECONDS``. A camera that is not
pulled is probed with an RTSP ``OPTIONS`` over TCP (no media is set up on the camera) every
``PROBE_UP_SECONDS`` while it answers, so an unreachable camera is seen within
``PROBE_UP_SECONDS + PROBE_TIMEOUT_SECONDS`` (< 10 s); when it is down the probe backs off.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from media_gateway.cameras import CameraRegistry
from media_gateway.sources import PullState, Quality, StreamSource

logger = logging.getLogger(__name__)

PROBE_TIMEOUT_SECONDS = 3.0
PROBE_UP_SECONDS = 5.0
PROBE_DOWN_BACKOFF_SECONDS = (5.0, 10.0, 20.0, 30.0)
REPORT_EVERY_SECONDS = 10.0
EVALUATE_EVERY_SECONDS = 0.5
MAX_CONCURRENT_PROBES = 16


class CameraState(enum.StrEnum):
    ONLINE = "ONLINE"
    OFFLINE = "OFFLINE"
    NO_VIDEO = "NO_VIDEO"


@dataclass(slots=True)
class ProbeRecord:
    reachable: bool | None = None
    failures: int = 0
    next_probe_at: float = 0.0
    running: bool = False


async def rtsp_options_probe(url: str, limit_seconds: float = PROBE_TIMEOUT_SECONDS) -> bool:
    """True when an RTSP server answers OPTIONS on the camera's host and port."""
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 554
    writer = None
    try:
        async with asyncio.timeout(limit_seconds):
            reader, writer = await asyncio.open_connection(host, port)
            writer.write(
                f"OPTIONS {url} RTSP/1.0\r\nCSeq: 1\r\nUser-Agent: sitewatch-gateway\r\n\r\n".encode()
            )
            await writer.drain()
            status_line = await reader.readline()
        return status_line.startswith(b"RTSP/1.0 ")
    except (OSError, TimeoutError):
        return False
    finally:
        if writer is not None:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()


class HealthMonitor:
    def __init__(self, registry: CameraRegistry, gateway_id: str) -> None:
        self.registry = registry
        self.gateway_id = gateway_id
        self.probes: dict[str, ProbeRecord] = {}
        self._last_reported: dict[str, CameraState] = {}
        self._last_report_at = 0.0
        self._changed = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._probe_tasks: set[asyncio.Task[None]] = set()
        self._probe_slots = asyncio.Semaphore(MAX_CONCURRENT_PROBES)

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="health")

    async def close(self) -> None:
        tasks = [t for t in (self._task, *self._probe_tasks) if t is not None]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def source_changed(self, _source: StreamSource) -> None:
        """Called by a stream source on every state change."""
        self._changed.set()

    # --- state ----------------------------------------------------------------------------------

    def _sources_of(self, camera_id: str) -> list[StreamSource]:
        return [s for q in (Quality.MAIN, Quality.SUB) if (s := self.registry.sources.get((camera_id, q)))]

    def camera_state(self, camera_id: str) -> CameraState | None:
        pulled = [s for s in self._sources_of(camera_id) if s.pulling]
        states = {s.state for s in pulled}
        if PullState.STREAMING in states:
            return CameraState.ONLINE
        if PullState.NO_VIDEO in states:
            return CameraState.NO_VIDEO
        if PullState.UNREACHABLE in states:
            return CameraState.OFFLINE
        probe = self.probes.get(camera_id)
        if probe is None or probe.reachable is None:
            return None
        return CameraState.ONLINE if probe.reachable else CameraState.OFFLINE

    def camera_report(self, camera_id: str, state: CameraState) -> dict[str, Any]:
        sources = self._sources_of(camera_id)
        streaming = [s for s in sources if s.state is PullState.STREAMING]
        measured = streaming[0] if streaming else None
        sized = next((s for s in sources if s.width), None)
        fps, kbps = measured.stats() if measured else (None, None)
        return {
            "id": camera_id,
            "state": state.value,
            "bitrateKbps": None if kbps is None else round(kbps, 1),
            "fps": None if fps is None else round(fps, 1),
            "width": sized.width if sized else None,
            "height": sized.height if sized else None,
            "viewers": sum(len(s.subscribers) for s in sources),
            "pulling": sorted(s.quality.value for s in sources if s.pulling),
        }

    def report(self) -> dict[str, Any]:
        cameras = []
        for camera_id in sorted(self.registry.configs):
            state = self.camera_state(camera_id)
            if state is not None:
                cameras.append(self.camera_report(camera_id, state))
        return {"gatewayId": self.gateway_id, "cameras": cameras}

    # --- loops ----------------------------------------------------------------------------------

    async def _run(self) -> None:
        while True:
            self._schedule_probes()
            report = self.report()
            states = {c["id"]: CameraState(c["state"]) for c in report["cameras"]}
            now = time.monotonic()
            if states != self._last_reported or now - self._last_report_at >= REPORT_EVERY_SECONDS:
                changed = {k: v for k, v in states.items() if self._last_reported.get(k) != v}
                if changed:
                    logger.info("camera states changed: %s", {k: v.value for k, v in changed.items()})
                try:
                    await self.registry.directory.report_health(report)
                    self._last_reported, self._last_report_at = states, now
                except Exception as error:
                    logger.warning("health report failed: %s", error)
                    self._last_report_at = now
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), EVALUATE_EVERY_SECONDS)

    def _schedule_probes(self) -> None:
        now = time.monotonic()
        for camera_id in list(self.probes):
            if camera_id not in self.registry.configs:
                del self.probes[camera_id]
        for camera_id, config in self.registry.configs.items():
            probe = self.probes.setdefault(camera_id, ProbeRecord())
            if probe.running or now < probe.next_probe_at:
                continue
            if any(s.pulling and s.state is PullState.STREAMING for s in self._sources_of(camera_id)):
                probe.reachable, probe.failures = True, 0
                probe.next_probe_at = now + PROBE_UP_SECONDS
                continue
            probe.running = True
            task = asyncio.create_task(self._probe(camera_id, config.main_url, probe))
            self._probe_tasks.add(task)
            task.add_done_callback(self._probe_tasks.discard)

    async def _probe(self, camera_id: str, url: str, probe: ProbeRecord) -> None:
        try:
            async with self._probe_slots:
                reachable = await rtsp_options_probe(url)
        finally:
            probe.running = False
        if reachable:
            probe.failures = 0
            delay = PROBE_UP_SECONDS
        else:
            delay = PROBE_DOWN_BACKOFF_SECONDS[min(probe.failures, len(PROBE_DOWN_BACKOFF_SECONDS) - 1)]
            probe.failures += 1
        probe.next_probe_at = time.monotonic() + delay
        if reachable != probe.reachable:
            logger.info("camera %s probe: %s", camera_id, "reachable" if reachable else "unreachable")
            probe.reachable = reachable
            self._changed.set()
