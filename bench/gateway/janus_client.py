"""A minimal Janus client: HTTP JSON API (``/janus``) + streaming plugin ``watch``, viewer on aiortc.

It mirrors ``media_gateway.whep_client.WhepViewer`` (same counters) so both systems are measured alike.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from aiortc import RTCConfiguration, RTCPeerConnection, RTCSessionDescription
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack

JANUS_LIB = Path("/usr/lib/x86_64-linux-gnu/janus")
DISABLED_PLUGINS = ",".join(
    f"libjanus_{name}.so"
    for name in (
        "audiobridge",
        "duktape",
        "echotest",
        "lua",
        "nosip",
        "recordplay",
        "sip",
        "textroom",
        "videocall",
        "videoroom",
        "voicemail",
    )
)
DISABLED_TRANSPORTS = ",".join(
    f"libjanus_{name}.so" for name in ("websockets", "mqtt", "nanomsg", "pfunix", "rabbitmq")
)


def write_janus_config(directory: Path, http_port: int, mountpoints: dict[int, str]) -> Path:
    """Write janus.jcfg + HTTP transport + streaming plugin (RTSP mountpoints) into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "janus.jcfg").write_text(f"""
general: {{
    configs_folder = "{directory}"
    plugins_folder = "{JANUS_LIB / "plugins"}"
    transports_folder = "{JANUS_LIB / "transports"}"
    events_folder = "{JANUS_LIB / "events"}"
    loggers_folder = "{JANUS_LIB / "loggers"}"
    debug_level = 3
    session_timeout = 120
}}
media: {{
    rtp_port_range = "30000-39999"
}}
nat: {{
    ice_ignore_list = "vmnet,ifb"
}}
plugins: {{
    disable = "{DISABLED_PLUGINS}"
}}
transports: {{
    disable = "{DISABLED_TRANSPORTS}"
}}
events: {{
    broadcast = false
}}
""")
    (directory / "janus.transport.http.jcfg").write_text(f"""
general: {{
    json = "compact"
    base_path = "/janus"
    http = true
    port = {http_port}
    ip = "127.0.0.1"
    https = false
}}
admin: {{
    admin_http = false
}}
""")
    mounts = "\n".join(
        f"""
cam{mount_id}: {{
    type = "rtsp"
    id = {mount_id}
    description = "cam{mount_id}"
    audio = false
    video = true
    videobufferkf = true
    url = "{url}"
    rtsp_reconnect_delay = 5
    rtsp_session_timeout = 0
    rtsp_timeout = 10
    rtsp_conn_timeout = 5
}}"""
        for mount_id, url in mountpoints.items()
    )
    (directory / "janus.plugin.streaming.jcfg").write_text(f"general: {{\n}}\n{mounts}\n")
    return directory / "janus.jcfg"


def _transaction() -> str:
    return secrets.token_hex(6)


@dataclass
class JanusViewer:
    base_url: str  # http://127.0.0.1:8088/janus
    mountpoint: int
    frames: int = 0
    started_at: float = 0.0
    first_frame_at: float | None = None
    pc: RTCPeerConnection | None = None
    session_url: str | None = None
    handle_url: str | None = None
    _poller: asyncio.Task[None] | None = None
    _consumer: asyncio.Task[None] | None = None
    _events: asyncio.Queue[dict[str, Any]] = field(default_factory=asyncio.Queue)

    async def start(self, client: httpx.AsyncClient) -> None:
        self.started_at = time.monotonic()
        created = (
            await client.post(self.base_url, json={"janus": "create", "transaction": _transaction()})
        ).json()
        self.session_url = f"{self.base_url}/{created['data']['id']}"
        attached = (
            await client.post(
                self.session_url,
                json={"janus": "attach", "plugin": "janus.plugin.streaming", "transaction": _transaction()},
            )
        ).json()
        self.handle_url = f"{self.session_url}/{attached['data']['id']}"
        self._poller = asyncio.get_running_loop().create_task(self._poll(client))
        await client.post(
            self.handle_url,
            json={
                "janus": "message",
                "transaction": _transaction(),
                "body": {"request": "watch", "id": self.mountpoint},
            },
        )
        offer = await self._next_jsep()
        pc = self.pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        pc.on("track", self._on_track)
        await pc.setRemoteDescription(RTCSessionDescription(sdp=offer["sdp"], type="offer"))
        await pc.setLocalDescription(await pc.createAnswer())
        await client.post(
            self.handle_url,
            json={
                "janus": "message",
                "transaction": _transaction(),
                "body": {"request": "start"},
                "jsep": {"type": "answer", "sdp": pc.localDescription.sdp},
            },
        )

    async def _poll(self, client: httpx.AsyncClient) -> None:
        assert self.session_url is not None
        while True:
            with contextlib.suppress(httpx.HTTPError):
                response = await client.get(self.session_url, params={"maxev": 5}, timeout=40)
                payload = response.json()
                for event in payload if isinstance(payload, list) else [payload]:
                    await self._events.put(event)

    async def _next_jsep(self) -> dict[str, Any]:
        async with asyncio.timeout(15):
            while True:
                event = await self._events.get()
                if "jsep" in event:
                    return dict(event["jsep"])

    def _on_track(self, track: MediaStreamTrack) -> None:
        self._consumer = asyncio.get_running_loop().create_task(self._consume(track))

    async def _consume(self, track: MediaStreamTrack) -> None:
        with contextlib.suppress(MediaStreamError):
            while True:
                await track.recv()
                if self.first_frame_at is None:
                    self.first_frame_at = time.monotonic()
                self.frames += 1

    @property
    def time_to_first_frame(self) -> float | None:
        return None if self.first_frame_at is None else self.first_frame_at - self.started_at

    async def inbound_stats(self) -> dict[str, float]:
        assert self.pc is not None
        for stats in (await self.pc.getStats()).values():
            if stats.type == "inbound-rtp":
                return {"packetsReceived": stats.packetsReceived, "packetsLost": stats.packetsLost}
        return {"packetsReceived": 0, "packetsLost": 0}

    async def stop(self, client: httpx.AsyncClient) -> None:
        for task in (self._poller, self._consumer):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        if self.session_url is not None:
            with contextlib.suppress(httpx.HTTPError):
                await client.post(self.session_url, json={"janus": "destroy", "transaction": _transaction()})
        if self.pc is not None:
            await self.pc.close()
