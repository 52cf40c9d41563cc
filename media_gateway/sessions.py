"""Viewer sessions: one RTCPeerConnection per WHEP viewer, fed H.264 access units without transcoding."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import av
from aiortc import (
    RTCConfiguration,
    RTCPeerConnection,
    RTCRtpCodecCapability,
    RTCRtpSender,
    RTCSessionDescription,
)
from aiortc.exceptions import InvalidStateError, OperationError
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from aiortc.sdp import SessionDescription, candidate_from_sdp

from media_gateway.sources import VIDEO_CLOCK, QueuedUnit, StreamSource, Subscriber

logger = logging.getLogger(__name__)

VIDEO_TIME_BASE = Fraction(1, VIDEO_CLOCK)
MIN_FRAME_STEP = 90  # 1 ms: spacing of fast-forwarded (replayed) frames
KEYFRAME_REPLAY_MIN_INTERVAL_SECONDS = 1.0
CONNECT_TIMEOUT_SECONDS = 30.0


class ViewerTrack(MediaStreamTrack):
    """A video track that relays the access units of one subscriber, re-timed for this viewer.

    Timestamps stay monotonic for the viewer across camera reconnections: whenever the stream has a
    discontinuity (join, replayed GOP, new camera connection, recovery after overflow) the track re-anchors
    on wall-clock time since the last frame it sent.
    """

    kind = "video"

    def __init__(self, subscriber: Subscriber, log_prefix: str) -> None:
        super().__init__()
        self.subscriber = subscriber
        self.log_prefix = log_prefix
        self.frames_sent = 0
        self.first_frame_at: float | None = None
        self._offset = 0
        self._last_out = 0
        self._last_out_at: float | None = None
        self._last_replay_at = 0.0
        self._started = False

    async def recv(self) -> av.Packet:
        if self.readyState != "live":
            raise MediaStreamError
        if self._last_out_at is None and not self._started:
            # frames queued while ICE/DTLS were connecting would add their age to the latency:
            # start from the current GOP instead, fast-forwarded
            self._started = True
            self.subscriber.replay(self.subscriber.source.gop)
        queued: QueuedUnit = await self.subscriber.queue.get()
        unit, now = queued.unit, time.monotonic()
        if queued.resync or self._last_out_at is None:
            elapsed = 0 if self._last_out_at is None else round((now - self._last_out_at) * VIDEO_CLOCK)
            target = self._last_out + max(MIN_FRAME_STEP, elapsed) if self._last_out_at is not None else 0
            self._offset = target - unit.pts
        out = max(unit.pts + self._offset, self._last_out + 1 if self._last_out_at is not None else 0)
        self._last_out, self._last_out_at = out, now
        packet = av.Packet(unit.data)
        packet.pts = out
        packet.time_base = VIDEO_TIME_BASE
        self.frames_sent += 1
        if self.first_frame_at is None:
            self.first_frame_at = now
        return packet

    def request_keyframe(self) -> None:
        """Answer a PLI/FIR: replay the cached GOP from its keyframe (at most once a second)."""
        now = time.monotonic()
        if now - self._last_replay_at < KEYFRAME_REPLAY_MIN_INTERVAL_SECONDS:
            return
        self._last_replay_at = now
        if self.subscriber.replay(self.subscriber.source.gop):
            logger.debug("%s keyframe request answered from the GOP cache", self.log_prefix)

    def stop(self) -> None:
        super().stop()
        self.subscriber.source.unsubscribe(self.subscriber)


@dataclass
class ViewerSession:
    id: str
    camera_id: str
    user_id: str
    pc: RTCPeerConnection
    track: ViewerTrack
    source: StreamSource
    created_at: float = field(default_factory=time.monotonic)
    ticket_id: str = ""  # only the holder of this ticket may PATCH or DELETE the session
    login_session: str = ""
    ticket_issued_at: float = 0.0

    @property
    def log_prefix(self) -> str:
        return f"[session {self.id[:8]} cam {self.camera_id}]"


class SessionLimitError(Exception):
    pass


class OfferError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def h264_codecs() -> list[RTCRtpCodecCapability]:
    return [c for c in RTCRtpSender.getCapabilities("video").codecs if c.mimeType.lower() == "video/h264"]


def check_offer(offer_sdp: str) -> None:
    """Reject offers that are not SDP or cannot receive H.264 video before touching any media."""
    if not offer_sdp.lstrip().startswith("v=0"):
        raise OfferError(400, "malformed-sdp", "the body is not an SDP offer (it must start with v=0)")
    try:
        description = SessionDescription.parse(offer_sdp)
    except Exception as error:  # aiortc's parser also asserts on malformed m-lines
        raise OfferError(400, "malformed-sdp", f"the SDP offer could not be parsed: {error!r}") from error
    video = [m for m in description.media if m.kind == "video"]
    if not video:
        raise OfferError(422, "no-video", "the offer has no video m-line")
    if not any(c.mimeType.lower() == "video/h264" for c in video[0].rtp.codecs):
        raise OfferError(
            422, "no-h264", "the offer does not accept H.264 video; this gateway never transcodes"
        )
    if video[0].direction not in (None, "recvonly", "sendrecv"):
        raise OfferError(422, "not-receiving", "the offer's video m-line does not receive")


class SessionManager:
    def __init__(self, max_sessions_per_user: int) -> None:
        self.max_sessions_per_user = max_sessions_per_user
        self.sessions: dict[str, ViewerSession] = {}
        self.used_tickets: dict[str, float] = {}  # ticket id → expiry (epoch seconds)

    def count_for_user(self, user_id: str) -> int:
        return sum(1 for s in self.sessions.values() if s.user_id == user_id)

    def claim_ticket(self, ticket_id: str, expires_at: float) -> bool:
        """One ticket, one WHEP session: False when the ticket was already used."""
        now = time.time()
        if len(self.used_tickets) > 10_000:
            self.used_tickets = {t: exp for t, exp in self.used_tickets.items() if exp > now - 60}
        if ticket_id in self.used_tickets:
            return False
        self.used_tickets[ticket_id] = expires_at
        return True

    async def close_revoked(self, revocations: Any) -> int:
        ended = [
            s.id
            for s in list(self.sessions.values())
            if revocations.revokes(s.user_id, s.login_session, s.ticket_issued_at)
        ]
        for session_id in ended:
            await self.close(session_id)
        return len(ended)

    async def open(
        self,
        offer_sdp: str,
        camera_id: str,
        user_id: str,
        source: StreamSource,
        *,
        ticket_id: str = "",
        login_session: str = "",
        ticket_issued_at: float = 0.0,
    ) -> tuple[str, str]:
        """Answer a WHEP offer; returns (session id, answer SDP). Raises OfferError / SessionLimitError."""
        check_offer(offer_sdp)
        if self.count_for_user(user_id) >= self.max_sessions_per_user:
            raise SessionLimitError
        session_id = secrets.token_urlsafe(18)
        pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        track = ViewerTrack(source.subscribe(), f"[session {session_id[:8]} cam {camera_id}]")
        session = ViewerSession(
            session_id,
            camera_id,
            user_id,
            pc,
            track,
            source,
            ticket_id=ticket_id,
            login_session=login_session,
            ticket_issued_at=ticket_issued_at,
        )
        self.sessions[session_id] = session
        transceiver = pc.addTransceiver(track, direction="sendonly")
        transceiver.setCodecPreferences(h264_codecs())
        transceiver.sender._send_keyframe = track.request_keyframe  # type: ignore[method-assign]
        try:
            await pc.setRemoteDescription(RTCSessionDescription(sdp=offer_sdp, type="offer"))
            await pc.setLocalDescription(await pc.createAnswer())
        except (ValueError, KeyError, IndexError, TypeError, AssertionError) as error:
            await self.close(session_id)
            raise OfferError(400, "malformed-sdp", f"the SDP offer was rejected: {error}") from error
        except InvalidStateError as error:
            await self.close(session_id)
            raise OfferError(400, "malformed-sdp", f"the SDP offer was rejected: {error}") from error
        except OperationError as error:
            await self.close(session_id)
            raise OfferError(
                422, "no-h264", f"no H.264 configuration in common with the offer: {error}"
            ) from error
        pc.on("connectionstatechange", lambda: self._on_connection_state(session))
        asyncio.get_running_loop().call_later(
            CONNECT_TIMEOUT_SECONDS, self._close_if_not_connected, session_id
        )
        logger.info("%s opened for user %s (%s)", session.log_prefix, user_id, source.quality)
        return session_id, pc.localDescription.sdp

    async def add_remote_candidates(self, session_id: str, sdpfrag: str) -> None:
        session = self.sessions[session_id]
        mid = "0"
        for line in sdpfrag.splitlines():
            if line.startswith("a=mid:"):
                mid = line[6:].strip()
            elif line.startswith("a=candidate:"):
                candidate = candidate_from_sdp(line[2:].removeprefix("candidate:"))
                candidate.sdpMid = mid
                await session.pc.addIceCandidate(candidate)
            elif line.startswith("a=end-of-candidates"):
                return

    async def close(self, session_id: str) -> bool:
        session = self.sessions.pop(session_id, None)
        if session is None:
            return False
        session.track.stop()
        await session.pc.close()
        logger.info("%s closed after %d frames", session.log_prefix, session.track.frames_sent)
        return True

    async def close_all(self) -> None:
        await asyncio.gather(*(self.close(session_id) for session_id in list(self.sessions)))

    def _on_connection_state(self, session: ViewerSession) -> None:
        state = session.pc.connectionState
        logger.debug("%s connection %s", session.log_prefix, state)
        if state in ("failed", "closed") and session.id in self.sessions:
            asyncio.get_running_loop().create_task(self.close(session.id))

    def _close_if_not_connected(self, session_id: str) -> None:
        session = self.sessions.get(session_id)
        if session is not None and session.pc.connectionState != "connected":
            logger.info("%s never connected; closing", session.log_prefix)
            with contextlib.suppress(RuntimeError):
                asyncio.get_running_loop().create_task(self.close(session_id))
