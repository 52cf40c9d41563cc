"""Viewer sessions: one RTCPeerConnection per WHEP viewer, fed H.264 access units without transcoding."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from struct import pack
from typing import Any

from aiortc import (
    RTCConfiguration,
    RTCPeerConnection,
    RTCRtpCodecCapability,
    RTCRtpCodecParameters,
    RTCRtpSender,
    RTCSessionDescription,
    clock,
)
from aiortc.codecs.h264 import H264Encoder
from aiortc.exceptions import InvalidStateError, OperationError
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from aiortc.rtcrtpsender import random_sequence_number
from aiortc.rtp import RtpPacket, wrap_rtx
from aiortc.sdp import SessionDescription, candidate_from_sdp
from aiortc.utils import random32

from media_gateway.sources import VIDEO_CLOCK, AccessUnit, QueuedUnit, StreamSource, Subscriber
from media_gateway.udp_batch import DatagramBatcher

logger = logging.getLogger(__name__)

MIN_FRAME_STEP = 90  # 1 ms: spacing of fast-forwarded (replayed) frames
KEYFRAME_REPLAY_MIN_INTERVAL_SECONDS = 1.0
CONNECT_TIMEOUT_SECONDS = 30.0
PACKETIZED_UNITS_KEPT = 256  # > a viewer queue (60) + a replayed GOP: lagging viewers still hit the cache


class UnitPacketizer:
    """RTP payloads of each access unit of one camera stream, made once for all its viewers.

    aiortc's sender would split and packetize the same access unit again for every viewer (FU-A/STAP-A in
    Python); here the first viewer to send a unit packetizes it and the others reuse the payload list.
    Keyed by the unit object (shared by all subscribers of the stream); the entry keeps the unit alive so
    its id cannot be reused while cached.
    """

    def __init__(self, kept: int = PACKETIZED_UNITS_KEPT) -> None:
        self.kept = kept
        self._payloads: OrderedDict[int, tuple[AccessUnit, list[bytes]]] = OrderedDict()
        self.packetized = 0
        self.reused = 0

    def payloads(self, unit: AccessUnit) -> list[bytes]:
        entry = self._payloads.get(id(unit))
        if entry is not None and entry[0] is unit:
            self.reused += 1
            return entry[1]
        payloads = H264Encoder._packetize(H264Encoder._split_bitstream(unit.data))
        self.packetized += 1
        self._payloads[id(unit)] = (unit, payloads)
        if len(self._payloads) > self.kept:
            self._payloads.popitem(last=False)
        return payloads


@dataclass(frozen=True, slots=True)
class PacketizedUnit:
    """What a ViewerTrack hands to its sender: shared payloads + this viewer's RTP timestamp (90 kHz)."""

    payloads: list[bytes]
    timestamp: int


ABS_SEND_TIME_PROBE = 0xA5C3E1  # a recognisable abs-send-time value, located once in the header template
RTP_HISTORY_PACKETS = 128  # per viewer, for NACK retransmission (as aiortc: ~0.5 s at 2 Mbit/s)


class ViewerRtpSender:
    """The RTP loop of one viewer's aiortc sender, replacing ``RTCRtpSender._run_rtp``.

    aiortc builds an ``RtpPacket`` per packet and viewer, serializes its header extensions and awaits four
    coroutine layers down to the socket. Per viewer only the 12-byte header (sequence, timestamp, SSRC,
    marker) and the abs-send-time extension differ, so the extension block is serialized once as a template
    and patched per frame; each packet is ``header + extensions + shared payload``, protected by libsrtp
    (pylibsrtp, C) and written to the nominated ICE pair's socket. Statistics and RTCP sender reports keep
    their meaning (the sender's and the DTLS transport's counters are updated), NACKs are answered from this
    loop's history, RTX included. Uses aiortc private attributes: ``check_supported`` refuses to start when
    they are missing (another aiortc version).
    """

    REQUIRED = (
        "_RTCRtpSender__mid",
        "_RTCRtpSender__rtp_header_extensions_map",
        "_RTCRtpSender__rtp_started",
        "_RTCRtpSender__rtp_exited",
        "_RTCRtpSender__ntp_timestamp",
        "_RTCRtpSender__rtp_timestamp",
        "_RTCRtpSender__octet_count",
        "_RTCRtpSender__packet_count",
        "_RTCRtpSender__rtx_payload_type",
        "_RTCRtpSender__rtx_sequence_number",
    )

    def __init__(self, sender: RTCRtpSender, track: ViewerTrack) -> None:
        # Any: the private attributes below are not part of aiortc's typed surface
        self.sender: Any = sender
        self.track = track
        self.history: dict[int, tuple[int, bytes, bytes]] = {}  # seq % size -> (seq, header, payload)

    @classmethod
    def check_supported(cls, sender: RTCRtpSender) -> None:
        missing = [name for name in cls.REQUIRED if not hasattr(sender, name)]
        if missing:
            raise RuntimeError(f"aiortc's RTCRtpSender changed (missing {missing}); update ViewerRtpSender")

    def install(self) -> None:
        self.check_supported(self.sender)
        self.sender._run_rtp = self.run
        self.sender._retransmit = self.retransmit

    def _extension_template(self, payload_type: int) -> tuple[bytes, int]:
        """The header extension block (profile + length + elements) and the abs-send-time offset in it."""
        probe = RtpPacket(payload_type=payload_type, sequence_number=0, timestamp=0, ssrc=0)
        probe.extensions.abs_send_time = ABS_SEND_TIME_PROBE
        probe.extensions.mid = self.sender._RTCRtpSender__mid
        header = probe.serialize(self.sender._RTCRtpSender__rtp_header_extensions_map)
        extensions = header[12:]
        offset = extensions.find(ABS_SEND_TIME_PROBE.to_bytes(3, "big"))
        return extensions, offset

    async def run(self, codec: RTCRtpCodecParameters) -> None:
        sender = self.sender
        sender._RTCRtpSender__rtp_started.set()
        dtls: Any = sender.transport
        sequence_number = random_sequence_number()
        timestamp_origin = random32()
        payload_type = codec.payloadType
        if payload_type is None:
            raise ValueError("negotiated codec without a payload type")
        extensions, abs_offset = self._extension_template(payload_type)
        has_extensions = 0x10 if extensions else 0
        first_byte = 0x80 | has_extensions  # version 2, no padding, no CSRC
        ssrc = sender._ssrc
        history = self.history
        batcher = DatagramBatcher()
        try:
            while True:
                unit: PacketizedUnit = await self.track.recv()
                if not sender._enabled:
                    continue
                if dtls.state != "connected":
                    raise ConnectionError("DTLS transport not connected")
                timestamp = (timestamp_origin + unit.timestamp) & 0xFFFFFFFF
                ntp = clock.current_ntp_time()
                if abs_offset >= 0:
                    abs_send_time = ((ntp >> 14) & 0x00FFFFFF).to_bytes(3, "big")
                    frame_extensions = extensions[:abs_offset] + abs_send_time + extensions[abs_offset + 3 :]
                else:
                    frame_extensions = extensions
                protect = dtls._tx_srtp.protect
                pair = dtls.transport._connection._nominated.get(1)
                if pair is None:
                    raise ConnectionError("no nominated ICE pair")
                last = len(unit.payloads) - 1
                sent_bytes = octets = 0
                packets = []
                for index, payload in enumerate(unit.payloads):
                    header = (
                        pack(
                            "!BBHLL",
                            first_byte,
                            ((index == last) << 7) | payload_type,
                            sequence_number,
                            timestamp,
                            ssrc,
                        )
                        + frame_extensions
                    )
                    # the payload is shared with the other viewers: only the header is kept per viewer
                    history[sequence_number % RTP_HISTORY_PACKETS] = (sequence_number, header, payload)
                    protected = protect(header + payload)
                    packets.append(protected)
                    sent_bytes += len(protected)
                    octets += len(payload)
                    sequence_number = (sequence_number + 1) & 0xFFFF
                # the whole frame at once: runs of equal-size packets in one system call (UDP GSO)
                batcher.send(pair.protocol.transport, packets, pair.remote_addr)
                count = last + 1
                dtls._RTCDtlsTransport__tx_bytes = dtls._RTCDtlsTransport__tx_bytes + sent_bytes
                dtls._RTCDtlsTransport__tx_packets = dtls._RTCDtlsTransport__tx_packets + count
                sender._RTCRtpSender__ntp_timestamp = ntp
                sender._RTCRtpSender__rtp_timestamp = timestamp
                sender._RTCRtpSender__octet_count = sender._RTCRtpSender__octet_count + octets
                sender._RTCRtpSender__packet_count = sender._RTCRtpSender__packet_count + count
        except (asyncio.CancelledError, ConnectionError, MediaStreamError):
            pass
        except Exception:
            logger.exception("%s RTP loop failed", self.track.log_prefix)
        batcher.close()
        self.track.stop()
        sender._RTCRtpSender__rtp_exited.set()

    async def retransmit(self, sequence_number: int) -> None:
        entry = self.history.get(sequence_number % RTP_HISTORY_PACKETS)
        if entry is None or entry[0] != sequence_number:
            return
        sender = self.sender
        data = entry[1] + entry[2]
        rtx_payload_type = sender._RTCRtpSender__rtx_payload_type
        if rtx_payload_type is not None:
            extensions_map = sender._RTCRtpSender__rtp_header_extensions_map
            rtx_sequence_number = sender._RTCRtpSender__rtx_sequence_number
            packet = wrap_rtx(
                RtpPacket.parse(data, extensions_map),
                payload_type=rtx_payload_type,
                sequence_number=rtx_sequence_number,
                ssrc=sender._rtx_ssrc,
            )
            sender._RTCRtpSender__rtx_sequence_number = rtx_sequence_number + 1 & 65535
            data = packet.serialize(extensions_map)
        with contextlib.suppress(ConnectionError):
            await sender.transport._send_rtp(data)


class ViewerTrack(MediaStreamTrack):
    """A video track that relays the access units of one subscriber, re-timed for this viewer.

    Timestamps stay monotonic for the viewer across camera reconnections: whenever the stream has a
    discontinuity (join, replayed GOP, new camera connection, recovery after overflow) the track re-anchors
    on wall-clock time since the last frame it sent.
    """

    kind = "video"

    def __init__(self, subscriber: Subscriber, log_prefix: str, packetizer: UnitPacketizer) -> None:
        super().__init__()
        self.subscriber = subscriber
        self.packetizer = packetizer
        self.log_prefix = log_prefix
        self.frames_sent = 0
        self.first_frame_at: float | None = None
        self._offset = 0
        self._last_out = 0
        self._last_out_at: float | None = None
        self._last_replay_at = 0.0
        self._started = False

    async def recv(self) -> PacketizedUnit:  # type: ignore[override]
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
        self.frames_sent += 1
        if self.first_frame_at is None:
            self.first_frame_at = now
        return PacketizedUnit(self.packetizer.payloads(unit), out)

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
        self._packetizers: dict[int, tuple[StreamSource, UnitPacketizer]] = {}
        self.used_tickets: dict[str, float] = {}  # ticket id → expiry (epoch seconds)

    def packetizer(self, source: StreamSource) -> UnitPacketizer:
        entry = self._packetizers.get(id(source))
        if entry is None or entry[0] is not source:
            entry = self._packetizers[id(source)] = (source, UnitPacketizer())
        return entry[1]

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
        track = ViewerTrack(
            source.subscribe(), f"[session {session_id[:8]} cam {camera_id}]", self.packetizer(source)
        )
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
        ViewerRtpSender(transceiver.sender, track).install()
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
        if not any(other.source is session.source for other in self.sessions.values()):
            self._packetizers.pop(id(session.source), None)
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
