"""Camera health: derived from the live pull when someone watches, from cheap RTSP probes otherwise.

Reported to the directory on every state change and every ``REPORT_EVERY_SECONDS``.

Probing scales with RTSP endpoints, not with cameras. A camera that is not pulled is judged by an RTSP
``OPTIONS`` (over TCP, no media set up) sent to its endpoint (host and port of its main URL); every camera
on that endpoint shares the answer, so 900 cameras behind a few NVRs or simulated servers cost a few
probes per round. Each endpoint is probed every ``PROBE_UP_SECONDS`` (jittered down by up to a quarter, so
endpoints drift apart instead of firing together) while it answers, so an unreachable camera is seen
within ``PROBE_UP_SECONDS + PROBE_TIMEOUT_SECONDS`` (< 10 s); when it is down the probe backs off. A new
endpoint's first probe is spread over ``FIRST_PROBE_SPREAD_SECONDS``.

A probe connection is closed with ``SO_LINGER`` 0 once the reply (or a failure) is in: the kernel sends
RST instead of FIN, so neither side keeps the socket in TIME-WAIT (the old FIN close of one connection per
camera every 5 s left 8–15k TIME-WAIT sockets and exhausted the ephemeral ports).
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import random
import socket
import struct
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import av

from media_gateway.cameras import CameraRegistry
from media_gateway.device_identity import DeviceIdentities, identity_source
from media_gateway.sources import PullState, Quality, StreamSource
from media_gateway.view_hash import view_hash

logger = logging.getLogger(__name__)

PROBE_TIMEOUT_SECONDS = 3.0
PROBE_UP_SECONDS = 5.0
PROBE_JITTER = 0.25  # an endpoint's next probe comes after (1 - U(0, PROBE_JITTER)) x the interval
PROBE_DOWN_BACKOFF_SECONDS = (5.0, 10.0, 20.0, 30.0)
FIRST_PROBE_SPREAD_SECONDS = 1.0
REPORT_EVERY_SECONDS = 10.0
VIEW_HASH_EVERY_SECONDS = 30.0
EVALUATE_EVERY_SECONDS = 0.5
MAX_CONCURRENT_PROBES = 16
MAX_REPLY_HEADER_BYTES = 16 * 1024
_LINGER_ABORT = struct.pack("ii", 1, 0)

Endpoint = tuple[str, int]


def endpoint_of(url: str) -> Endpoint:
    parts = urlsplit(url)
    return (parts.hostname or "127.0.0.1", parts.port or 554)


class CameraState(enum.StrEnum):
    ONLINE = "ONLINE"
    OFFLINE = "OFFLINE"
    NO_VIDEO = "NO_VIDEO"


@dataclass(slots=True)
class ProbeRecord:
    """What is known about one RTSP endpoint (shared by all cameras on it)."""

    url: str  # one camera URL on the endpoint: the request line of the OPTIONS
    reachable: bool | None = None
    failures: int = 0
    next_probe_at: float = 0.0
    running: bool = False
    probes: int = 0  # connections opened to this endpoint so far


def _abort_on_close(writer: asyncio.StreamWriter) -> None:
    """Make ``close()`` reset the connection (RST): no TIME-WAIT on either side."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, _LINGER_ABORT)


async def rtsp_options_probe(url: str, limit_seconds: float = PROBE_TIMEOUT_SECONDS) -> bool:
    """True when an RTSP server answers OPTIONS on the camera's host and port.

    The whole reply (status line and headers) is read before the socket is reset, so the server never
    writes into a closed connection.
    """
    host, port = endpoint_of(url)
    writer = None
    try:
        async with asyncio.timeout(limit_seconds):
            reader, writer = await asyncio.open_connection(host, port, limit=MAX_REPLY_HEADER_BYTES)
            _abort_on_close(writer)
            writer.write(
                f"OPTIONS {url} RTSP/1.0\r\nCSeq: 1\r\nUser-Agent: sitewatch-gateway\r\n\r\n".encode()
            )
            await writer.drain()
            reply = await reader.readuntil(b"\r\n\r\n")
        return reply.startswith(b"RTSP/1.0 ")
    except (OSError, TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        return False
    finally:
        if writer is not None:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()


class HealthMonitor:
    def __init__(
        self,
        registry: CameraRegistry,
        gateway_id: str,
        probe_up_seconds: float = PROBE_UP_SECONDS,
        view_hash_seconds: float = VIEW_HASH_EVERY_SECONDS,
    ) -> None:
        self.registry = registry
        self.gateway_id = gateway_id
        self.probe_up_seconds = probe_up_seconds
        self.view_hash_seconds = view_hash_seconds
        # Art. 16: perceptual hash of each streaming camera's latest keyframe (tamper / view moved).
        self.view_hashes: dict[str, str] = {}
        self._view_hashed_at: dict[str, float] = {}
        self.probes: dict[Endpoint, ProbeRecord] = {}
        self._last_reported: dict[str, CameraState] = {}
        self._last_devices: dict[str, dict[str, str]] = {}
        self._last_report_at = 0.0
        self._changed = asyncio.Event()
        # Art. 16: which device answers at each streaming camera's address, read once per connection.
        self.devices = DeviceIdentities(on_change=self._changed.set)
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
        await self.devices.close()

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
        if PullState.CONNECTING in states and camera_id in self._last_reported:
            # A pull (re)connecting has no verdict yet; the port probe answering is weaker evidence than
            # the pull's last one (a restarting camera accepts TCP before it serves RTSP): no flapping.
            return self._last_reported[camera_id]
        config = self.registry.configs.get(camera_id)
        probe = None if config is None else self.probes.get(endpoint_of(config.main_url))
        if probe is None or probe.reachable is None:
            return None
        return CameraState.ONLINE if probe.reachable else CameraState.OFFLINE

    def camera_report(self, camera_id: str, state: CameraState) -> dict[str, Any]:
        sources = self._sources_of(camera_id)
        streaming = [s for s in sources if s.state is PullState.STREAMING]
        measured = streaming[0] if streaming else None
        sized = next((s for s in sources if s.width), None)
        fps, kbps = measured.stats() if measured else (None, None)
        report: dict[str, Any] = {
            "id": camera_id,
            "state": state.value,
            "bitrateKbps": None if kbps is None else round(kbps, 1),
            "fps": None if fps is None else round(fps, 1),
            "width": sized.width if sized else None,
            "height": sized.height if sized else None,
            "viewers": sum(len(s.subscribers) for s in sources),
            "pulling": sorted(s.quality.value for s in sources if s.pulling),
            # transcode-once fallback: qualities transcoded, encoders running now (one per quality at most)
            "transcoding": sorted(s.quality.value for s in sources if s.transcoding),
            "transcoders": sum(1 for s in sources if s.transcoder is not None and s.transcoder.running),
            "viewHash": self.view_hashes.get(camera_id),
        }
        # Art. 16: which device answers (only what is known of it; absent while nothing is)
        device = self.devices.report(camera_id, identity_source(sources))
        if device:
            report["device"] = device
        return report

    def probe_summary(self) -> dict[str, Any]:
        return {
            "endpoints": len(self.probes),
            "connections": sum(p.probes for p in self.probes.values()),
        }

    def report(self) -> dict[str, Any]:
        cameras = []
        for camera_id in sorted(self.registry.configs):
            state = self.camera_state(camera_id)
            if state is not None:
                cameras.append(self.camera_report(camera_id, state))
        return {"gatewayId": self.gateway_id, "cameras": cameras}

    # --- loops ----------------------------------------------------------------------------------

    async def refresh_view_hashes(self) -> None:
        """Hash the current keyframe of each streaming camera, at most every ``view_hash_seconds``."""
        now = time.monotonic()
        for (camera_id, _quality), source in list(self.registry.sources.items()):
            if now - self._view_hashed_at.get(camera_id, -1e9) < self.view_hash_seconds:
                continue
            if source.state is not PullState.STREAMING or not source.gop or not source.gop[0].keyframe:
                continue
            self._view_hashed_at[camera_id] = now
            try:
                self.view_hashes[camera_id] = await asyncio.to_thread(view_hash, source.gop[0].data)
            except (ValueError, av.error.FFmpegError) as failure:
                logger.debug("view hash of camera %s failed: %s", camera_id, failure)

    def refresh_devices(self) -> None:
        """Read the identity of each camera streaming on a new connection (media_gateway/device_identity.py)."""
        self.devices.retain(set(self.registry.configs))
        for camera_id, config in self.registry.configs.items():
            self.devices.update(camera_id, identity_source(self._sources_of(camera_id)), config.onvif_url)

    async def _run(self) -> None:
        while True:
            self._schedule_probes()
            self.refresh_devices()
            await self.refresh_view_hashes()
            report = self.report()
            states = {c["id"]: CameraState(c["state"]) for c in report["cameras"]}
            devices = {c["id"]: c["device"] for c in report["cameras"] if "device" in c}
            now = time.monotonic()
            if (
                states != self._last_reported
                or devices != self._last_devices  # a device identity learned or changed: tell at once
                or now - self._last_report_at >= REPORT_EVERY_SECONDS
            ):
                changed = {k: v for k, v in states.items() if self._last_reported.get(k) != v}
                if changed:
                    logger.info("camera states changed: %s", {k: v.value for k, v in changed.items()})
                try:
                    await self.registry.directory.report_health(report)
                    self._last_reported, self._last_report_at = states, now
                    self._last_devices = devices
                except Exception as error:
                    logger.warning("health report failed: %s", error)
                    self._last_report_at = now
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), EVALUATE_EVERY_SECONDS)

    def _schedule_probes(self) -> None:
        now = time.monotonic()
        endpoints: dict[Endpoint, str] = {}
        for config in self.registry.configs.values():
            endpoints.setdefault(endpoint_of(config.main_url), config.main_url)
        for endpoint in list(self.probes):
            if endpoint not in endpoints:
                del self.probes[endpoint]
        streaming = {
            endpoint_of(s.url)
            for s in self.registry.sources.values()
            if s.pulling and s.state is PullState.STREAMING
        }
        for endpoint, url in endpoints.items():
            probe = self.probes.get(endpoint)
            if probe is None:
                first_at = now + random.uniform(0, min(FIRST_PROBE_SPREAD_SECONDS, self.probe_up_seconds))
                probe = self.probes[endpoint] = ProbeRecord(url, next_probe_at=first_at)
            if probe.running or now < probe.next_probe_at:
                continue
            if endpoint in streaming:  # a live pull from this endpoint answers for all its cameras
                self._probed(endpoint, probe, True)
                continue
            probe.running = True
            task = asyncio.create_task(self._probe(endpoint, probe))
            self._probe_tasks.add(task)
            task.add_done_callback(self._probe_tasks.discard)

    async def _probe(self, endpoint: Endpoint, probe: ProbeRecord) -> None:
        try:
            async with self._probe_slots:
                probe.probes += 1
                reachable = await rtsp_options_probe(probe.url)
        finally:
            probe.running = False
        self._probed(endpoint, probe, reachable)

    def _probed(self, endpoint: Endpoint, probe: ProbeRecord, reachable: bool) -> None:
        if reachable:
            probe.failures = 0
            delay = self.probe_up_seconds
        else:
            delay = PROBE_DOWN_BACKOFF_SECONDS[min(probe.failures, len(PROBE_DOWN_BACKOFF_SECONDS) - 1)]
            probe.failures += 1
        # jitter downwards only: the guarantee "offline within interval + timeout" keeps holding
        probe.next_probe_at = time.monotonic() + delay * (1 - random.uniform(0, PROBE_JITTER))
        if reachable != probe.reachable:
            logger.info("RTSP endpoint %s:%d %s", *endpoint, "reachable" if reachable else "unreachable")
            probe.reachable = reachable
            self._changed.set()
