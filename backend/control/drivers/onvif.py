"""ONVIF PTZ through onvif-zeep-async (Media ver10 for profiles, PTZ ver20 for moves and presets).

Coordinates are ONVIF's generic spaces: pan and tilt -1..1 (tilt up positive), zoom 0 (wide) .. 1 (tele);
velocities -1..1. The endpoint names the device service and optionally the media profile:
``http://user:password@host:port/onvif/device_service?profile=TOKEN`` (first profile when absent).
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from backend.control.drivers import Capabilities, Preset, PresetNotFound, PtzError, PtzStatus

log = logging.getLogger(__name__)
_library: Any = None
_library_lock: asyncio.Lock | None = None


async def onvif_library() -> Any:
    """The onvif package, imported once and off the event loop: importing it (and zeep) takes 0.5–2 s of
    CPU, which inside the loop stalled every websocket of the backend at the first PTZ command."""
    global _library, _library_lock
    if _library is None:
        if _library_lock is None:
            _library_lock = asyncio.Lock()
        async with _library_lock:
            if _library is None:
                _library = await asyncio.to_thread(importlib.import_module, "onvif")
    return _library


async def warm_up() -> None:
    """Import the library and parse the WSDLs a PTZ command needs before the first operator waits for them."""
    try:
        library = await onvif_library()
        load_document = getattr(library.client, "_cached_document", None)  # parses in an executor, cached
        if load_document is not None:
            wsdl_dir = os.path.join(os.path.dirname(library.__file__), "wsdl")
            for name in ("devicemgmt.wsdl", "media.wsdl", "ptz.wsdl"):
                await load_document(os.path.join(wsdl_dir, name))
    except Exception:  # the first command then pays for it, as before
        log.warning("ONVIF warm-up failed", exc_info=True)


class OnvifDriver:
    capabilities = Capabilities()

    def __init__(self, endpoint: str, timeout: float = 5.0) -> None:
        parts = urlsplit(endpoint)
        self._scheme = parts.scheme
        self._host = parts.hostname or ""
        self._port = parts.port or (443 if parts.scheme == "https" else 80)
        self._user = unquote(parts.username) if parts.username else None
        self._password = unquote(parts.password) if parts.password else None
        hints = parse_qs(parts.query).get("profile")
        self._profile_hint: str | None = hints[0] if hints else None
        self._timeout = timeout
        self._camera: Any = None
        self._ptz: Any = None
        self._profile: str | None = None
        self._lock = asyncio.Lock()

    async def _connect(self) -> tuple[Any, str]:
        async with self._lock:
            if self._ptz is not None and self._profile is not None:
                return self._ptz, self._profile
            ONVIFCamera = (await onvif_library()).ONVIFCamera

            host = self._host if self._scheme == "http" else f"{self._scheme}://{self._host}"
            # the library always signs (WS-Security UsernameToken): anonymous devices get an empty user
            camera = ONVIFCamera(host, self._port, self._user or "", self._password or "", no_cache=True)
            try:
                await asyncio.wait_for(camera.update_xaddrs(), self._timeout)
                media = await camera.create_media_service()
                profiles = await asyncio.wait_for(media.GetProfiles(), self._timeout)
                tokens = [profile.token for profile in profiles]
                if not tokens:
                    raise PtzError("the camera has no media profile")
                if self._profile_hint is not None and self._profile_hint not in tokens:
                    raise PtzError(f"the camera has no media profile {self._profile_hint!r}")
                self._ptz = await camera.create_ptz_service()
            except BaseException:
                await camera.close()
                raise
            self._camera = camera
            self._profile = self._profile_hint or tokens[0]
            return self._ptz, self._profile

    async def _call(self, operation: str, **params: Any) -> Any:
        try:
            ptz, profile = await self._connect()
            return await asyncio.wait_for(
                getattr(ptz, operation)({"ProfileToken": profile, **params}), self._timeout
            )
        except PtzError:
            raise
        except TimeoutError as exc:
            raise PtzError(f"ONVIF {operation}: no answer within {self._timeout:g} s") from exc
        except Exception as exc:  # zeep Fault, ONVIFError, transport errors
            text = str(exc)
            subcodes = " ".join(str(code) for code in getattr(exc, "subcodes", None) or [])
            if any(marker in f"{text} {subcodes}" for marker in ("NoToken", "NoEntity")):
                raise PresetNotFound(text) from exc
            raise PtzError(f"ONVIF {operation} failed: {text or exc.__class__.__name__}") from exc

    async def continuous_move(
        self, pan: float, tilt: float, zoom: float, device_timeout: float | None
    ) -> None:
        params: dict[str, Any] = {"Velocity": {"PanTilt": {"x": pan, "y": tilt}, "Zoom": {"x": zoom}}}
        if device_timeout:
            params["Timeout"] = timedelta(seconds=device_timeout)  # the camera stops by itself after this
        await self._call("ContinuousMove", **params)

    async def stop(self) -> None:
        await self._call("Stop", PanTilt=True, Zoom=True)

    async def absolute_move(self, pan: float | None, tilt: float | None, zoom: float | None) -> None:
        position: dict[str, Any] = {}
        if pan is not None or tilt is not None:
            if pan is None or tilt is None:
                current = await self.status()
                pan = current.pan if pan is None else pan
                tilt = current.tilt if tilt is None else tilt
            position["PanTilt"] = {"x": pan, "y": tilt}
        if zoom is not None:
            position["Zoom"] = {"x": zoom}
        await self._call("AbsoluteMove", Position=position)

    async def relative_move(self, pan: float, tilt: float, zoom: float) -> None:
        await self._call("RelativeMove", Translation={"PanTilt": {"x": pan, "y": tilt}, "Zoom": {"x": zoom}})

    async def status(self) -> PtzStatus:
        status = await self._call("GetStatus")
        position = status.Position
        move = status.MoveStatus
        moving = move is not None and "MOVING" in (str(move.PanTilt), str(move.Zoom))
        return PtzStatus(
            pan=float(position.PanTilt.x),
            tilt=float(position.PanTilt.y),
            zoom=float(position.Zoom.x),
            moving=moving,
        )

    async def presets(self) -> list[Preset]:
        result = await self._call("GetPresets")
        return [Preset(token=p.token, name=p.Name or p.token) for p in (result or [])]

    async def goto_preset(self, token: str) -> None:
        await self._call("GotoPreset", PresetToken=token)

    async def set_preset(self, name: str) -> Preset:
        token = await self._call("SetPreset", PresetName=name)
        return Preset(token=str(token), name=name)

    async def close(self) -> None:
        camera, self._camera, self._ptz = self._camera, None, None
        if camera is not None:
            await camera.close()
