"""A minimal WHEP player on aiortc, for tests, benchmarks and smoke checks of a gateway.

``decode=False`` swaps the receiver's H.264 decoder for a counter so many viewers fit in one process
(the RTP depacketizing, jitter buffer and SRTP still run).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
from aiortc import RTCConfiguration, RTCPeerConnection, RTCSessionDescription
from aiortc import rtcrtpreceiver as _receiver_module
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from aiortc.sdp import SessionDescription


@dataclass
class CountedFrame:
    """Stands in for a decoded frame when decoding is switched off."""

    pts: int
    time_base: Any = None
    width: int = 0
    height: int = 0


class _CountingDecoder:
    def decode(self, encoded_frame: Any) -> list[CountedFrame]:
        return [CountedFrame(pts=encoded_frame.timestamp)]


_original_get_decoder = _receiver_module.get_decoder


def _get_decoder(codec: Any) -> Any:
    if getattr(_receiver_mode, "counting", False):
        return _CountingDecoder()
    return _original_get_decoder(codec)


class _ReceiverMode:
    counting = False


_receiver_mode = _ReceiverMode()
_receiver_module.get_decoder = _get_decoder


class WhepError(Exception):
    def __init__(self, status: int, body: str) -> None:
        super().__init__(f"WHEP offer rejected: {status} {body}")
        self.status = status
        self.body = body


@dataclass
class WhepViewer:
    endpoint: str  # http://host:port/whep/<camera>
    ticket: str
    decode: bool = True
    frames: int = 0
    sizes: set[tuple[int, int]] = field(default_factory=set)
    pts: list[int] = field(default_factory=list)  # of every frame received, in order (1/90000 s)
    started_at: float = 0.0
    first_frame_at: float | None = None
    last_frame_at: float | None = None
    answer_codecs: list[str] = field(default_factory=list)
    location: str | None = None
    pc: RTCPeerConnection | None = None
    _consumer: asyncio.Task[None] | None = None
    _frame_event: asyncio.Event = field(default_factory=asyncio.Event)

    async def start(self, client: httpx.AsyncClient | None = None) -> None:
        self.started_at = time.monotonic()
        _receiver_mode.counting = not self.decode
        pc = self.pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        pc.addTransceiver("video", direction="recvonly")
        pc.on("track", self._on_track)
        await pc.setLocalDescription(await pc.createOffer())
        own_client = client is None
        http = client or httpx.AsyncClient(trust_env=False, timeout=10)
        try:
            response = await http.post(
                self.endpoint,
                content=pc.localDescription.sdp,
                headers={"Content-Type": "application/sdp", "Authorization": f"Bearer {self.ticket}"},
            )
        finally:
            if own_client:
                await http.aclose()
        if response.status_code != 201:
            await pc.close()
            raise WhepError(response.status_code, response.text)
        self.location = str(httpx.URL(self.endpoint).join(response.headers["location"]))
        await pc.setRemoteDescription(RTCSessionDescription(sdp=response.text, type="answer"))
        answer = SessionDescription.parse(response.text)
        video = next(m for m in answer.media if m.kind == "video")
        self.answer_codecs = sorted(
            {c.mimeType for c in video.rtp.codecs if c.mimeType.lower() != "video/rtx"}
        )

    def _on_track(self, track: MediaStreamTrack) -> None:
        self._consumer = asyncio.get_running_loop().create_task(self._consume(track))

    async def _consume(self, track: MediaStreamTrack) -> None:
        with contextlib.suppress(MediaStreamError):
            while True:
                frame = await track.recv()
                now = time.monotonic()
                if self.first_frame_at is None:
                    self.first_frame_at = now
                self.last_frame_at = now
                self.frames += 1
                width, height = getattr(frame, "width", 0), getattr(frame, "height", 0)
                if width:
                    self.sizes.add((width, height))
                if isinstance(frame.pts, int):
                    self.pts.append(frame.pts)
                self._frame_event.set()

    async def wait_frames(self, count: int, within_seconds: float) -> int:
        """Wait until ``count`` frames in total have arrived; returns the count reached."""
        async with asyncio.timeout(within_seconds):
            while self.frames < count:
                self._frame_event.clear()
                await self._frame_event.wait()
        return self.frames

    @property
    def time_to_first_frame(self) -> float | None:
        return None if self.first_frame_at is None else self.first_frame_at - self.started_at

    async def inbound_stats(self) -> dict[str, float]:
        assert self.pc is not None
        report = await self.pc.getStats()
        for stats in report.values():
            if stats.type == "inbound-rtp":
                return {"packetsReceived": stats.packetsReceived, "packetsLost": stats.packetsLost}
        return {"packetsReceived": 0, "packetsLost": 0}

    async def stop(self, client: httpx.AsyncClient | None = None) -> None:
        if self.location is not None:
            http = client or httpx.AsyncClient(trust_env=False, timeout=5)
            try:
                with contextlib.suppress(httpx.HTTPError):
                    await http.delete(self.location, headers={"Authorization": f"Bearer {self.ticket}"})
            finally:
                if client is None:
                    await http.aclose()
            self.location = None
        if self._consumer is not None:
            self._consumer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._consumer
        if self.pc is not None:
            await self.pc.close()
