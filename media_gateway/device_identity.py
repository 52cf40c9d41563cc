"""Which device answers at a camera's address (Art. 16 equipment integrity).

Read once per connection: when a camera's identity source (its recorded stream, else its main, else its sub
stream) starts streaming on a new RTSP connection, its identity is

- ``stream``: a signature of the camera's own SPS on that connection (``"MAIN H.264 profile 66 level 3.1
  1280x720"``; not our transcoder's) — known at once, for every camera;
- ``serial``, ``model``, ``manufacturer``, ``hardwareId``: ONVIF GetDeviceInformation, when the directory
  gives the camera an ONVIF endpoint. Asked of the endpoint exactly as configured (path and query kept: a
  multi-channel encoder or the simulated cameras tell the channel by it), in a task of its own with a
  timeout, at most ``MAX_CONCURRENT_READS`` at a time; the video never waits for it. A failed or late
  answer (a camera's web service often boots after its RTSP server) is asked again with backoff until one
  arrives on that connection.

The health report carries ``device`` only with what is known; the backend enrolls the first identity and
compares later ones with it (backend/cameras/identity.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit, urlunsplit

from backend.control.drivers.onvif import onvif_library  # imported once, off the event loop
from media_gateway.h264 import SpsInfo
from media_gateway.sources import PullState, Quality, StreamSource

logger = logging.getLogger(__name__)

ONVIF_TIMEOUT_SECONDS = 8.0
RETRY_SECONDS = (10.0, 30.0, 60.0, 300.0)
MAX_CONCURRENT_READS = 8
_DEVICE_BINDING = "{http://www.onvif.org/ver10/device/wsdl}DeviceBinding"
_ONVIF_FIELDS = {
    "serial": "SerialNumber",
    "model": "Model",
    "manufacturer": "Manufacturer",
    "hardwareId": "HardwareId",
}


def stream_signature(quality: Quality, sps: SpsInfo) -> str:
    level = f"{sps.level_idc / 10:g}" if sps.level_idc else "?"
    return f"{quality.value} H.264 profile {sps.profile_idc} level {level} {sps.width}x{sps.height}"


def _service_address(endpoint: str) -> tuple[str, str, str]:
    """(device service URL without credentials, user, password) of ``http://user:pw@host:port/path?query``."""
    parts = urlsplit(endpoint)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{host}:{parts.port}" if parts.port else host
    address = urlunsplit((parts.scheme, netloc, parts.path or "/onvif/device_service", parts.query, ""))
    return address, unquote(parts.username or ""), unquote(parts.password or "")


async def read_onvif_identity(endpoint: str, limit_seconds: float = ONVIF_TIMEOUT_SECONDS) -> dict[str, str]:
    """GetDeviceInformation of the device at ``endpoint``: its non-empty fields among ``_ONVIF_FIELDS``.
    Raises on failure (the URL carries credentials: callers never log it)."""
    library = await onvif_library()
    address, user, password = _service_address(endpoint)
    wsdl = os.path.join(os.path.dirname(library.__file__), "wsdl", "devicemgmt.wsdl")
    # the library always signs (WS-Security UsernameToken): anonymous devices get an empty user
    service = library.ONVIFService(
        address, user, password, wsdl, encrypt=True, no_cache=True, binding_name=_DEVICE_BINDING
    )
    try:
        async with asyncio.timeout(limit_seconds):
            await service.setup()
            answer = await service.GetDeviceInformation()
    finally:
        await service.close()
    found = {key: str(getattr(answer, name, "") or "").strip() for key, name in _ONVIF_FIELDS.items()}
    return {key: value for key, value in found.items() if value}


def identity_source(sources: list[StreamSource]) -> StreamSource | None:
    """The stream whose connection identifies the camera: the recorded one (pulled for good, so the same
    stream from one report to the next), else the main stream, else the sub stream — streaming now."""
    streaming = [s for s in sources if s.pulling and s.state is PullState.STREAMING]
    return min(streaming, key=lambda s: (not s.pinned, s.quality is not Quality.MAIN), default=None)


@dataclass(slots=True)
class _Connection:
    key: tuple[int, int, str]  # (source, connection of the source, ONVIF endpoint)
    onvif: dict[str, str] = field(default_factory=dict)
    answered: bool = False
    attempts: int = 0
    next_read_at: float = 0.0
    task: asyncio.Task[None] | None = None


class DeviceIdentities:
    """The device identity of each streaming camera, read once per connection."""

    def __init__(
        self,
        read_onvif: Callable[[str], Awaitable[dict[str, str]]] = read_onvif_identity,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self._read_onvif = read_onvif
        self._on_change = on_change
        self._connections: dict[str, _Connection] = {}
        self._slots = asyncio.Semaphore(MAX_CONCURRENT_READS)

    def update(self, camera_id: str, source: StreamSource | None, onvif_url: str) -> None:
        """Called every evaluation round: a new connection starts a new identity."""
        if source is None:
            self._forget(camera_id)
            return
        key = (*source.connection, onvif_url)
        current = self._connections.get(camera_id)
        if current is None or current.key != key:
            self._forget(camera_id)
            current = self._connections[camera_id] = _Connection(key)
        due = time.monotonic() >= current.next_read_at
        if onvif_url and not current.answered and current.task is None and due:
            current.task = asyncio.create_task(
                self._read(camera_id, current, onvif_url), name=f"identity {camera_id}"
            )

    def retain(self, camera_ids: set[str]) -> None:
        """Forget the cameras that left the directory."""
        for camera_id in [c for c in self._connections if c not in camera_ids]:
            self._forget(camera_id)

    def report(self, camera_id: str, source: StreamSource | None) -> dict[str, str] | None:
        """The ``device`` object of the camera's health report; None while nothing is known."""
        current = self._connections.get(camera_id)
        if source is None or current is None or current.key[:2] != source.connection:
            return None
        device = dict(current.onvif)
        if source.camera_sps is not None:
            device["stream"] = stream_signature(source.quality, source.camera_sps)
        return device or None

    async def close(self) -> None:
        for camera_id in list(self._connections):
            task = self._forget(camera_id)
            if task is not None:
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    def _forget(self, camera_id: str) -> asyncio.Task[None] | None:
        current = self._connections.pop(camera_id, None)
        if current is not None and current.task is not None:
            current.task.cancel()
            return current.task
        return None

    async def _read(self, camera_id: str, connection: _Connection, onvif_url: str) -> None:
        try:
            async with self._slots:
                answer = await self._read_onvif(onvif_url)
        except asyncio.CancelledError:
            raise
        except Exception as failure:  # never the URL: it carries the credentials
            delay = RETRY_SECONDS[min(connection.attempts, len(RETRY_SECONDS) - 1)]
            logger.info(
                "camera %s: ONVIF device information failed (%s); asking again in %.0f s",
                camera_id,
                type(failure).__name__,
                delay,
            )
            connection.attempts += 1
            connection.next_read_at = time.monotonic() + delay
            return
        finally:
            connection.task = None
        connection.onvif, connection.answered = answer, True
        logger.info("camera %s: device %s", camera_id, answer.get("serial") or answer)
        if self._on_change is not None:
            self._on_change()
