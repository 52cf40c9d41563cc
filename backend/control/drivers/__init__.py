"""PTZ drivers. A camera's driver is chosen by its configured control endpoint (``Camera.onvif_endpoint``):

- ``http(s)://[user:password@]host:port/onvif/device_service[?profile=TOKEN]`` — ONVIF (real cameras and
  the simulated ones), through onvif-zeep-async
- ``simcam://host:port/<camera>`` — the simulated camera's HTTP/JSON control interface (no presets)
- ``memory://<name>`` — an in-process simulated head (development and tests without cameras)
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from typing import Protocol


class PtzError(Exception):
    """The camera refused or could not be reached."""


class PtzUnsupported(PtzError):
    """The camera (or its driver) lacks this capability."""


class PresetNotFound(PtzError):
    pass


@dataclass(frozen=True)
class PtzStatus:
    pan: float
    tilt: float
    zoom: float
    moving: bool


@dataclass(frozen=True)
class Preset:
    token: str
    name: str


@dataclass(frozen=True)
class Capabilities:
    continuous: bool = True
    absolute: bool = True
    relative: bool = True
    presets: bool = True


class PtzDriver(Protocol):
    capabilities: Capabilities

    async def continuous_move(
        self, pan: float, tilt: float, zoom: float, device_timeout: float | None
    ) -> None: ...

    async def stop(self) -> None: ...

    async def absolute_move(self, pan: float | None, tilt: float | None, zoom: float | None) -> None: ...

    async def relative_move(self, pan: float, tilt: float, zoom: float) -> None: ...

    async def status(self) -> PtzStatus: ...

    async def presets(self) -> list[Preset]: ...

    async def goto_preset(self, token: str) -> None: ...

    async def set_preset(self, name: str) -> Preset: ...

    async def close(self) -> None: ...


@dataclass
class DriverRegistry:
    """One driver per endpoint, kept open between commands and closed together at shutdown."""

    timeout_seconds: float = 5.0
    _drivers: dict[str, PtzDriver] = field(default_factory=dict)
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def for_endpoint(self, endpoint: str) -> PtzDriver | None:
        endpoint = endpoint.strip()
        if not endpoint:
            return None
        async with self._lock:
            driver = self._drivers.get(endpoint)
            if driver is None:
                driver = self._create(endpoint)
                if driver is None:
                    return None
                self._drivers[endpoint] = driver
            return driver

    def _create(self, endpoint: str) -> PtzDriver | None:
        scheme = endpoint.split("://", 1)[0].lower()
        if scheme in ("http", "https"):
            from backend.control.drivers.onvif import OnvifDriver

            return OnvifDriver(endpoint, timeout=self.timeout_seconds)
        if scheme == "simcam":
            from backend.control.drivers.simcam import SimcamHttpDriver

            return SimcamHttpDriver(endpoint, timeout=self.timeout_seconds)
        if scheme == "memory":
            from backend.control.drivers.memory import MemoryDriver

            return MemoryDriver(endpoint)
        return None

    async def forget(self, endpoint: str) -> None:
        """Drop a driver after a transport failure so the next command reconnects."""
        async with self._lock:
            driver = self._drivers.pop(endpoint.strip(), None)
        if driver is not None:
            with contextlib.suppress(Exception):
                await driver.close()

    async def close(self) -> None:
        async with self._lock:
            drivers, self._drivers = list(self._drivers.values()), {}
        for driver in drivers:
            with contextlib.suppress(Exception):
                await driver.close()
