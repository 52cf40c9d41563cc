"""The simulated camera's own HTTP/JSON control interface (``simcam://host:port/<camera>``), converted to
ONVIF generic coordinates exactly as the simulated camera's ONVIF service does (``media_gateway.simcam.onvif``)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import httpx

from backend.control.drivers import Capabilities, Preset, PtzError, PtzStatus, PtzUnsupported
from media_gateway.simcam.onvif import (
    MAX_ZOOM,
    MIN_ZOOM,
    PAN_SPEED,
    TILT_SPEED,
    ZOOM_SPEED,
    zoom_from_onvif,
    zoom_to_onvif,
)

_ZOOM_RANGE = MAX_ZOOM - MIN_ZOOM


class SimcamHttpDriver:
    capabilities = Capabilities(presets=False)

    def __init__(self, endpoint: str, timeout: float = 5.0) -> None:
        parts = urlsplit(endpoint)
        self._base = f"http://{parts.hostname}:{parts.port}/cameras/{parts.path.strip('/')}"
        self._http = httpx.AsyncClient(timeout=timeout)

    async def _call(self, method: str, path: str = "", body: dict[str, Any] | None = None) -> dict[str, Any]:
        try:
            response = await self._http.request(method, self._base + path, json=body)
        except httpx.HTTPError as exc:
            raise PtzError(f"camera unreachable: {exc.__class__.__name__}") from exc
        if response.status_code != 200:
            raise PtzError(f"camera answered {response.status_code}")
        data: dict[str, Any] = response.json()
        return data

    async def continuous_move(
        self, pan: float, tilt: float, zoom: float, device_timeout: float | None
    ) -> None:
        velocity = {
            "pan": pan * PAN_SPEED,
            "tilt": -tilt * TILT_SPEED,
            "zoom": zoom * ZOOM_SPEED * _ZOOM_RANGE,
        }
        await self._call("POST", "/ptz/continuous", {**velocity, "timeout": device_timeout})

    async def stop(self) -> None:
        await self._call("POST", "/ptz/stop")

    async def absolute_move(self, pan: float | None, tilt: float | None, zoom: float | None) -> None:
        body = {
            "pan": pan,
            "tilt": None if tilt is None else -tilt,
            "zoom": None if zoom is None else zoom_from_onvif(zoom),
        }
        await self._call("POST", "/ptz/absolute", body)

    async def relative_move(self, pan: float, tilt: float, zoom: float) -> None:
        await self._call("POST", "/ptz/relative", {"pan": pan, "tilt": -tilt, "zoom": zoom * _ZOOM_RANGE})

    async def status(self) -> PtzStatus:
        state = await self._call("GET")
        return PtzStatus(state["pan"], -state["tilt"], zoom_to_onvif(state["zoom"]), state["moving"])

    async def presets(self) -> list[Preset]:
        raise PtzUnsupported("this control interface has no presets (use the camera's ONVIF endpoint)")

    async def goto_preset(self, token: str) -> None:
        raise PtzUnsupported("this control interface has no presets (use the camera's ONVIF endpoint)")

    async def set_preset(self, name: str) -> Preset:
        raise PtzUnsupported("this control interface has no presets (use the camera's ONVIF endpoint)")

    async def close(self) -> None:
        await self._http.aclose()
