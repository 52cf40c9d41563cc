"""An in-process PTZ head in ONVIF generic coordinates (pan/tilt -1..1, zoom 0..1), for development and tests."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from backend.control.drivers import Capabilities, Preset, PresetNotFound, PtzStatus


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


@dataclass
class MemoryDriver:
    endpoint: str
    capabilities: Capabilities = field(default_factory=Capabilities)
    pan: float = 0.0
    tilt: float = 0.0
    zoom: float = 0.0
    velocity: tuple[float, float, float] = (0.0, 0.0, 0.0)
    moved_at: float = 0.0
    saved: dict[str, tuple[str, float, float, float]] = field(default_factory=dict)
    calls: list[str] = field(default_factory=list)

    def _settle(self) -> None:
        now = time.monotonic()
        if self.velocity != (0.0, 0.0, 0.0):
            elapsed = now - self.moved_at
            self.pan = _clamp(self.pan + self.velocity[0] * elapsed, -1, 1)
            self.tilt = _clamp(self.tilt + self.velocity[1] * elapsed, -1, 1)
            self.zoom = _clamp(self.zoom + self.velocity[2] * elapsed, 0, 1)
        self.moved_at = now

    async def continuous_move(
        self, pan: float, tilt: float, zoom: float, device_timeout: float | None
    ) -> None:
        self._settle()
        self.velocity = (pan, tilt, zoom)
        self.calls.append("continuous")

    async def stop(self) -> None:
        self._settle()
        self.velocity = (0.0, 0.0, 0.0)
        self.calls.append("stop")

    async def absolute_move(self, pan: float | None, tilt: float | None, zoom: float | None) -> None:
        self._settle()
        self.velocity = (0.0, 0.0, 0.0)
        self.pan = self.pan if pan is None else _clamp(pan, -1, 1)
        self.tilt = self.tilt if tilt is None else _clamp(tilt, -1, 1)
        self.zoom = self.zoom if zoom is None else _clamp(zoom, 0, 1)
        self.calls.append("absolute")

    async def relative_move(self, pan: float, tilt: float, zoom: float) -> None:
        self._settle()
        await self.absolute_move(self.pan + pan, self.tilt + tilt, self.zoom + zoom)

    async def status(self) -> PtzStatus:
        self._settle()
        return PtzStatus(self.pan, self.tilt, self.zoom, self.velocity != (0.0, 0.0, 0.0))

    async def presets(self) -> list[Preset]:
        return [Preset(token, values[0]) for token, values in sorted(self.saved.items())]

    async def goto_preset(self, token: str) -> None:
        if token not in self.saved:
            raise PresetNotFound(token)
        _, pan, tilt, zoom = self.saved[token]
        await self.absolute_move(pan, tilt, zoom)

    async def set_preset(self, name: str) -> Preset:
        self._settle()
        token = next(
            (t for t, values in self.saved.items() if values[0] == name), f"preset-{len(self.saved) + 1}"
        )
        self.saved[token] = (name, self.pan, self.tilt, self.zoom)
        return Preset(token, name)

    async def close(self) -> None:
        return None
