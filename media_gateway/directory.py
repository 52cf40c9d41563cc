"""Where the gateway learns its cameras and reports to: the backend's internal HTTP API, or a static list."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

logger = logging.getLogger(__name__)


def gateway_credential_from_env() -> str:
    """This gateway's own credential from the city's gateway register, for every call to the backend
    (``SITEWATCH_GATEWAY_KEY`` is read as the older name)."""
    return os.environ.get("SITEWATCH_GATEWAY_CREDENTIAL") or os.environ.get("SITEWATCH_GATEWAY_KEY", "")


@dataclass(frozen=True, slots=True)
class CameraConfig:
    id: str
    name: str
    main_url: str
    sub_url: str
    transcode: bool = False
    record: bool = False  # recorded around the clock (Art. 8)
    record_stream: str = "main"  # "main" | "sub"
    # ONVIF device service URL with its credentials, when the camera has one: the device identity
    # (Art. 16, media_gateway/device_identity.py) is read from it
    onvif_url: str = ""

    @classmethod
    def from_json(cls, item: dict[str, Any]) -> CameraConfig:
        return cls(
            id=str(item["id"]),
            name=str(item.get("name") or item["id"]),
            main_url=str(item["mainUrl"]),
            sub_url=str(item.get("subUrl") or item["mainUrl"]),
            transcode=bool(item.get("transcode", False)),
            record=bool(item.get("record", False)),
            record_stream="sub" if item.get("recordStream") == "sub" else "main",
            onvif_url=str(item.get("onvifUrl") or ""),
        )

    @classmethod
    def from_cli(cls, spec: str, recorded: bool = False) -> CameraConfig:
        """``ID=MAIN_URL[,SUB_URL]``."""
        camera_id, _, urls = spec.partition("=")
        main_url, _, sub_url = urls.partition(",")
        if not camera_id or not main_url:
            raise ValueError(f"camera must be ID=MAIN_URL[,SUB_URL], got {spec!r}")
        return cls(
            id=camera_id, name=camera_id, main_url=main_url, sub_url=sub_url or main_url, record=recorded
        )


class Directory(Protocol):
    async def cameras(self) -> dict[str, CameraConfig]: ...

    async def register(self) -> None: ...

    async def report_health(self, payload: dict[str, Any]) -> None: ...

    async def revocations(self, after: int | None) -> dict[str, Any] | None: ...

    async def report_recordings(self, payload: dict[str, Any]) -> None: ...

    async def reclaim(self, payload: dict[str, Any]) -> dict[str, Any]: ...

    async def report_deleted(self, payload: dict[str, Any]) -> None: ...

    async def aclose(self) -> None: ...


class StaticDirectory:
    """Cameras given on the command line; nothing is reported anywhere (tests, benchmarks)."""

    def __init__(self, cameras: list[CameraConfig]) -> None:
        self._cameras = {camera.id: camera for camera in cameras}
        self.recording_reports: list[dict[str, Any]] = []

    async def cameras(self) -> dict[str, CameraConfig]:
        return dict(self._cameras)

    async def register(self) -> None:
        return None

    async def report_health(self, payload: dict[str, Any]) -> None:
        logger.debug("health: %s", payload)

    async def revocations(self, after: int | None) -> dict[str, Any] | None:
        return None

    async def report_recordings(self, payload: dict[str, Any]) -> None:
        logger.debug("recordings: %s", payload)

    async def reclaim(self, payload: dict[str, Any]) -> dict[str, Any]:
        # no index to choose from: nothing is deleted (the disk guard then stops recording when full)
        return {"delete": []}

    async def report_deleted(self, payload: dict[str, Any]) -> None:
        return None

    async def aclose(self) -> None:
        return None


class BackendDirectory:
    """The backend's ``/internal/gateway/*`` endpoints, authenticated with this gateway's own credential."""

    def __init__(
        self, backend_url: str, gateway_key: str, gateway_id: str, public_url: str, districts: list[str]
    ) -> None:
        self._gateway_id = gateway_id
        self._public_url = public_url
        self._districts = districts
        self._client = httpx.AsyncClient(
            base_url=backend_url.rstrip("/"),
            headers={"Authorization": f"Bearer {gateway_key}"},
            timeout=httpx.Timeout(5.0),
            trust_env=False,
        )

    async def cameras(self) -> dict[str, CameraConfig]:
        response = await self._client.get("/internal/gateway/cameras", params={"gateway": self._gateway_id})
        response.raise_for_status()
        cameras = [CameraConfig.from_json(item) for item in response.json()["cameras"]]
        return {camera.id: camera for camera in cameras}

    async def register(self) -> None:
        response = await self._client.post(
            "/internal/gateway/register",
            json={"gatewayId": self._gateway_id, "publicUrl": self._public_url, "districts": self._districts},
        )
        response.raise_for_status()

    async def report_health(self, payload: dict[str, Any]) -> None:
        response = await self._client.post("/internal/gateway/health", json=payload)
        response.raise_for_status()

    async def revocations(self, after: int | None) -> dict[str, Any] | None:
        params = {"after": str(after)} if after is not None else {}
        response = await self._client.get("/internal/gateway/revocations", params=params)
        response.raise_for_status()
        body = response.json()
        return body if isinstance(body, dict) else None

    async def report_recordings(self, payload: dict[str, Any]) -> None:
        response = await self._client.post("/internal/gateway/recordings", json=payload)
        response.raise_for_status()

    async def reclaim(self, payload: dict[str, Any]) -> dict[str, Any]:
        response = await self._client.post("/internal/gateway/recordings/reclaim", json=payload)
        response.raise_for_status()
        answer: dict[str, Any] = response.json()
        return answer

    async def report_deleted(self, payload: dict[str, Any]) -> None:
        response = await self._client.post("/internal/gateway/recordings/deleted", json=payload)
        response.raise_for_status()

    async def aclose(self) -> None:
        await self._client.aclose()
