"""A minimal RTSP/TCP client and RTP H.264 depacketizer that closes each access unit on the RTP marker bit.

Why not FFmpeg's RTSP demuxer (PyAV) for this: it runs the H.264 parser over the depacketized NAL units, and
the parser can only tell that a frame is complete when the first NAL unit of the *next* frame arrives, so every
access unit left the reader one frame interval (40 ms at 25 fps) late (bench/latency/RESULTS.md). Here the
access unit is handed over the moment its last RTP packet (marker bit, RFC 6184 §5.1) is read.

Scope, on purpose small: RTSP 1.0 over TCP (``interleaved=0-1``, as the gateway always pulled), the first
H.264 video stream of the session, Basic and Digest authentication, single NAL / STAP-A / FU-A packets
(packetization modes 0 and 1), a keep-alive ``OPTIONS`` within the session timeout. RTP over TCP has no loss
or reordering; an access unit with a sequence gap or a fragment without its start is dropped (the viewers'
keyframe gate and the recorder cope with a missing unit as with a camera hiccup).

RTP carries presentation time only: the units are given in decode order with ``pts`` and no ``dts``, which is
right only for streams without frame reordering. ``sources`` uses this reader only when the SDP's SPS proves
that (baseline, or ``max_num_reorder_frames`` 0) and keeps FFmpeg's demuxer otherwise.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import socket
import struct
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from media_gateway.h264 import START_CODE, SpsInfo, sps_of

USER_AGENT = "SiteWatch-gateway"
NAL_STAP_A = 24
NAL_FU_A = 28
MAX_HEADER_BYTES = 64 * 1024
MAX_UNIT_BYTES = 8 * 1024 * 1024
DEFAULT_SESSION_TIMEOUT = 60
KEEPALIVE_MAX_SECONDS = 20.0
# Batched wake-ups (``set_batching``): the kernel wakes the reader once this much of the stream has arrived,
# sized from the byte rate of the last second; bounded so a rate drop cannot come near the read timeout.
BATCH_SECONDS = 0.05
MAX_BATCH_BYTES = 64 * 1024


class RtspError(Exception):
    pass


@dataclass(frozen=True, slots=True)
class RtpUnit:
    data: bytes  # Annex B, 4-byte start codes
    pts: int  # 90 kHz, from the RTP timestamp, 0 at the first unit, unwrapped
    keyframe: bool  # contains an IDR slice


@dataclass(frozen=True, slots=True)
class VideoTrack:
    control: str
    payload_type: int
    clock_rate: int
    parameter_sets: bytes  # Annex B SPS/PPS from sprop-parameter-sets (may be empty)


def parse_sdp_video(sdp: str) -> VideoTrack | None:
    """The first H.264 video m-section of an SDP, or None when the session has no H.264 video."""
    section: list[str] | None = None
    sections: list[list[str]] = []
    for raw in sdp.splitlines():
        line = raw.strip()
        if line.startswith("m="):
            section = [line]
            sections.append(section)
        elif section is not None:
            section.append(line)
    for lines in sections:
        fields = lines[0][2:].split()
        if not fields or fields[0] != "video" or len(fields) < 4:
            continue
        control, sprop = "", ""
        rtpmap: dict[int, tuple[str, int]] = {}
        fmtp: dict[int, str] = {}
        for line in lines[1:]:
            if line.startswith("a=control:"):
                control = line[len("a=control:") :].strip()
            elif line.startswith("a=rtpmap:"):
                match = re.match(r"a=rtpmap:(\d+)\s+([^/\s]+)/(\d+)", line)
                if match:
                    rtpmap[int(match[1])] = (match[2].upper(), int(match[3]))
            elif line.startswith("a=fmtp:"):
                match = re.match(r"a=fmtp:(\d+)\s+(.*)", line)
                if match:
                    fmtp[int(match[1])] = match[2]
        for token in fields[3:]:
            if not token.isdigit():
                continue
            payload_type = int(token)
            name, clock_rate = rtpmap.get(payload_type, ("", 90000))
            if name != "H264":
                continue
            for parameter in fmtp.get(payload_type, "").split(";"):
                key, _, value = parameter.strip().partition("=")
                if key.lower() == "sprop-parameter-sets":
                    sprop = value
            parameter_sets = b""
            for encoded in filter(None, sprop.split(",")):
                try:
                    parameter_sets += START_CODE + base64.b64decode(encoded + "=" * (-len(encoded) % 4))
                except ValueError:
                    continue
            return VideoTrack(control, payload_type, clock_rate, parameter_sets)
    return None


class _Auth:
    def __init__(self, user: str, password: str) -> None:
        self.user, self.password = user, password
        self.scheme = ""
        self.params: dict[str, str] = {}
        self.nonce_count = 0

    def challenge(self, headers: list[str]) -> bool:
        """Take the best WWW-Authenticate challenge; False when there is nothing usable."""
        for scheme in ("digest", "basic"):
            for header in headers:
                if header.lower().startswith(scheme):
                    self.scheme = scheme
                    self.params = {
                        k.lower(): v.strip('"')
                        for k, v in re.findall(r'(\w+)=("[^"]*"|[^,\s]+)', header[len(scheme) :])
                    }
                    return True
        return False

    def header(self, method: str, uri: str) -> str | None:
        if self.scheme == "basic":
            token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
            return f"Basic {token}"
        if self.scheme != "digest":
            return None
        realm, nonce = self.params.get("realm", ""), self.params.get("nonce", "")
        algorithm = self.params.get("algorithm", "MD5")
        digest = hashlib.sha256 if algorithm.upper().startswith("SHA-256") else hashlib.md5

        def h(text: str) -> str:
            return digest(text.encode()).hexdigest()

        ha1 = h(f"{self.user}:{realm}:{self.password}")
        ha2 = h(f"{method}:{uri}")
        fields = [
            f'username="{self.user}"',
            f'realm="{realm}"',
            f'nonce="{nonce}"',
            f'uri="{uri}"',
        ]
        qop = self.params.get("qop", "")
        if "auth" in [q.strip() for q in qop.split(",")]:
            self.nonce_count += 1
            nc, cnonce = f"{self.nonce_count:08x}", secrets.token_hex(8)
            response = h(f"{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}")
            fields += ["qop=auth", f"nc={nc}", f'cnonce="{cnonce}"']
        else:
            response = h(f"{ha1}:{nonce}:{ha2}")
        fields.append(f'response="{response}"')
        if "opaque" in self.params:
            fields.append(f'opaque="{self.params["opaque"]}"')
        if "algorithm" in self.params:
            fields.append(f"algorithm={algorithm}")
        return "Digest " + ", ".join(fields)


@dataclass
class _Response:
    status: int
    reason: str
    headers: dict[str, list[str]]
    body: bytes

    def get(self, name: str) -> str:
        values = self.headers.get(name.lower())
        return values[0] if values else ""


class RtspH264Reader:
    """One RTSP session pulling the first H.264 video stream over TCP; iterate ``units()`` for access units.

    ``open()`` does DESCRIBE only, so the caller can look at ``track`` / ``sps`` and decide; ``play()`` then
    does SETUP and PLAY. Blocking (made for the source's reader thread); ``read_timeout`` bounds every read.
    """

    def __init__(self, url: str, open_timeout: float, read_timeout: float) -> None:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("rtsp", "rtsps") or not parts.hostname:
            raise RtspError("not an rtsp:// URL")
        if parts.scheme.lower() == "rtsps":
            raise RtspError("rtsps is not supported")
        self.host, self.port = parts.hostname, parts.port or 554
        netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
        if parts.port:
            netloc += f":{parts.port}"
        self.url = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
        self._auth = _Auth(unquote(parts.username or ""), unquote(parts.password or ""))
        self._has_credentials = parts.username is not None
        self.open_timeout, self.read_timeout = open_timeout, read_timeout
        self._sock: socket.socket | None = None
        self._file: Any = None  # the socket's buffered reader
        self._cseq = 0
        self._session = ""
        self._keepalive_seconds = KEEPALIVE_MAX_SECONDS
        self._content_base = self.url
        self.track: VideoTrack | None = None
        self.sps: SpsInfo | None = None
        self._channel = 0
        self._batching = False
        self._low_water = 1  # SO_RCVLOWAT in force
        self._byte_rate = 0  # bytes per second read in the last full second

    # --- RTSP ------------------------------------------------------------------------------------

    def open(self) -> None:
        self._sock = socket.create_connection((self.host, self.port), timeout=self.open_timeout)
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._file = self._sock.makefile("rb", buffering=256 * 1024)
        response = self._request("DESCRIBE", self.url, {"Accept": "application/sdp"})
        base = response.get("Content-Base") or response.get("Content-Location") or self.url
        self._content_base = base
        self.track = parse_sdp_video(response.body.decode("utf-8", "replace"))
        if self.track is not None and self.track.parameter_sets:
            self.sps = sps_of(self.track.parameter_sets)

    def play(self) -> None:
        track = self.track
        if track is None:
            raise RtspError("no H.264 video in the session description")
        control = self._control_url(track.control)
        response = self._request("SETUP", control, {"Transport": "RTP/AVP/TCP;unicast;interleaved=0-1"})
        session = response.get("Session")
        if not session:
            raise RtspError("SETUP answered without a session")
        self._session, _, options = session.partition(";")
        self._session = self._session.strip()
        match = re.search(r"timeout=(\d+)", options)
        timeout = int(match[1]) if match else DEFAULT_SESSION_TIMEOUT
        self._keepalive_seconds = max(1.0, min(KEEPALIVE_MAX_SECONDS, timeout / 2))
        match = re.search(r"interleaved=(\d+)", response.get("Transport"))
        self._channel = int(match[1]) if match else 0
        self._request("PLAY", self._content_base_url(), {"Range": "npt=0.000-"})
        assert self._sock is not None
        self._sock.settimeout(self.read_timeout)

    def set_batching(self, enabled: bool) -> None:
        """Whether access units may wait for their neighbours (reader thread only).

        While nobody needs each unit the moment it completes (a recorded camera nobody watches) the socket's
        receive low-water mark is raised to ~50 ms of the stream, so the kernel wakes this thread a few dozen
        times a second instead of once per RTP packet (~180 times a second at 2 Mbit/s): the wake-ups, not
        the parsing, were most of an unwatched pull's CPU. Turned off, every packet wakes the reader again.
        """
        self._batching = enabled
        self._apply_low_water()

    def receive_low_water(self) -> int:
        """The socket's receive low-water mark as the kernel has it (1 while every packet wakes the reader)."""
        if self._sock is None:
            return 1
        return self._sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVLOWAT)

    def _apply_low_water(self) -> None:
        wanted = 1
        if self._batching:
            wanted = max(1, min(MAX_BATCH_BYTES, int(self._byte_rate * BATCH_SECONDS)))
        if wanted == self._low_water or self._sock is None:
            return
        if wanted != 1 and abs(wanted - self._low_water) < self._low_water // 4:
            return  # not worth a system call
        try:
            self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVLOWAT, wanted)
            self._low_water = wanted
        except OSError:
            self._batching = False  # the platform refuses: per-packet wake-ups, as before

    def close(self) -> None:
        sock, self._sock = self._sock, None
        if sock is None:
            return
        if self._session:
            try:
                sock.settimeout(0.5)
                sock.sendall(self._encode("TEARDOWN", self._content_base_url(), {}))
            except OSError:
                pass
        try:
            self._file.close()
        finally:
            sock.close()

    def _control_url(self, control: str) -> str:
        if not control or control == "*":
            return self._content_base_url()
        if control.lower().startswith("rtsp://"):
            return control
        base = self._content_base
        return urljoin(base if base.endswith("/") else base + "/", control)

    def _content_base_url(self) -> str:
        return self._content_base

    def _encode(self, method: str, uri: str, headers: dict[str, str]) -> bytes:
        self._cseq += 1
        lines = [f"{method} {uri} RTSP/1.0", f"CSeq: {self._cseq}", f"User-Agent: {USER_AGENT}"]
        if self._session:
            lines.append(f"Session: {self._session}")
        authorization = self._auth.header(method, uri)
        if authorization:
            lines.append(f"Authorization: {authorization}")
        lines += [f"{name}: {value}" for name, value in headers.items()]
        return ("\r\n".join(lines) + "\r\n\r\n").encode()

    def _request(self, method: str, uri: str, headers: dict[str, str]) -> _Response:
        assert self._sock is not None
        for attempt in range(2):
            self._sock.sendall(self._encode(method, uri, headers))
            response = self._read_response()
            if (
                response.status == 401
                and attempt == 0
                and self._has_credentials
                and self._auth.challenge(response.headers.get("www-authenticate", []))
            ):
                continue
            if response.status == 401:
                raise RtspError(f"{method}: 401 {response.reason} (authentication failed)")
            if response.status != 200:
                raise RtspError(f"{method}: {response.status} {response.reason}")
            return response
        raise RtspError(f"{method}: authentication failed")

    def _read_response(self) -> _Response:
        """The next RTSP response, skipping interleaved frames that come first."""
        while True:
            first = self._read_exact(1)
            if first == b"$":
                _, length = struct.unpack("!BH", self._read_exact(3))
                self._read_exact(length)
                continue
            line = first + self._read_line()
            if not line.strip():
                continue
            head = [line]
            while True:
                line = self._read_line()
                if not line.strip():
                    break
                head.append(line)
                if sum(map(len, head)) > MAX_HEADER_BYTES:
                    raise RtspError("RTSP header too long")
            text = [h.decode("utf-8", "replace").rstrip("\r\n") for h in head]
            headers: dict[str, list[str]] = {}
            for entry in text[1:]:
                name, _, value = entry.partition(":")
                headers.setdefault(name.strip().lower(), []).append(value.strip())
            length = int((headers.get("content-length") or ["0"])[0] or 0)
            body = self._read_exact(length) if length else b""
            status_line = text[0].split(" ", 2)
            if not status_line[0].startswith("RTSP/"):
                continue  # a request from the server (ANNOUNCE, SET_PARAMETER…): not answered, ignored
            try:
                status = int(status_line[1])
            except (IndexError, ValueError) as error:
                raise RtspError(f"malformed RTSP status line: {text[0][:80]}") from error
            reason = status_line[2] if len(status_line) > 2 else ""
            return _Response(status, reason, headers, body)

    def _read_exact(self, size: int) -> bytes:
        data = self._file.read(size)
        if data is None or len(data) < size:
            raise ConnectionError("the camera closed the connection")
        return data

    def _read_line(self) -> bytes:
        line = self._file.readline(MAX_HEADER_BYTES)
        if not line:
            raise ConnectionError("the camera closed the connection")
        return line

    # --- RTP -------------------------------------------------------------------------------------

    def units(self) -> Iterator[RtpUnit]:
        """Access units as they complete (marker bit, or a new timestamp when a marker was lost)."""
        track = self.track
        assert track is not None and self._sock is not None
        payload_type, channel = track.payload_type, self._channel
        scale = 90000 / track.clock_rate if track.clock_rate != 90000 else 1
        read_exact = self._read_exact
        parts: list[bytes] = []
        size = 0
        has_idr = damaged = in_fragment = False
        unit_timestamp: int | None = None
        expected_sequence: int | None = None
        first_timestamp: int | None = None
        last_extended = pts = 0
        next_keepalive = time.monotonic() + self._keepalive_seconds
        rate_bytes, rate_since = 0, time.monotonic()
        while True:
            first = read_exact(1)
            if first != b"$":
                # an RTSP response (our keep-alive's) or a server request between the frames
                self._skip_message(first)
                continue
            frame_channel, length = struct.unpack("!BH", read_exact(3))
            packet = read_exact(length)
            rate_bytes += length + 4
            if frame_channel != channel or length < 12:
                continue  # RTCP or another stream
            b0, b1, sequence, timestamp = struct.unpack_from("!BBHL", packet)
            if b0 >> 6 != 2 or b1 & 0x7F != payload_type:
                continue
            offset = 12 + 4 * (b0 & 0x0F)
            if b0 & 0x10:  # header extension
                if len(packet) < offset + 4:
                    continue
                offset += 4 + 4 * struct.unpack_from("!H", packet, offset + 2)[0]
            end = len(packet)
            if b0 & 0x20:  # padding
                end -= packet[-1]
            if offset >= end:
                continue
            if unit_timestamp is not None and timestamp != unit_timestamp and parts:
                # the previous unit's marker went missing: close it on the new timestamp
                if not damaged:
                    yield RtpUnit(b"".join(parts), pts, has_idr)
                parts, size, has_idr, damaged, in_fragment = [], 0, False, False, False
            if expected_sequence is not None and sequence != expected_sequence:
                damaged = True
            expected_sequence = (sequence + 1) & 0xFFFF
            if unit_timestamp != timestamp or first_timestamp is None:
                if first_timestamp is None:
                    first_timestamp = timestamp
                    last_extended = 0
                else:
                    delta = (timestamp - (first_timestamp + last_extended)) & 0xFFFFFFFF
                    if delta >= 0x80000000:
                        delta -= 0x100000000
                    last_extended += delta
                unit_timestamp = timestamp
                pts = round(last_extended * scale) if scale != 1 else last_extended
            header = packet[offset]
            nal_type = header & 0x1F
            if 1 <= nal_type <= 23:
                parts.append(START_CODE)
                parts.append(packet[offset:end])
                size += end - offset + 4
                has_idr = has_idr or nal_type == 5
                in_fragment = False
            elif nal_type == NAL_STAP_A:
                position = offset + 1
                while position + 2 <= end:
                    (nal_size,) = struct.unpack_from("!H", packet, position)
                    position += 2
                    if nal_size == 0 or position + nal_size > end:
                        break
                    parts.append(START_CODE)
                    parts.append(packet[position : position + nal_size])
                    has_idr = has_idr or packet[position] & 0x1F == 5
                    size += nal_size + 4
                    position += nal_size
                in_fragment = False
            elif nal_type == NAL_FU_A and end - offset >= 2:
                fu_header = packet[offset + 1]
                if fu_header & 0x80:  # start
                    original = (header & 0xE0) | (fu_header & 0x1F)
                    parts.append(START_CODE + bytes((original,)))
                    size += 5
                    has_idr = has_idr or original & 0x1F == 5
                    in_fragment = True
                elif not in_fragment:
                    damaged = True  # a fragment whose start we did not see
                parts.append(packet[offset + 2 : end])
                size += end - offset - 2
                if fu_header & 0x40:
                    in_fragment = False
            # other types (STAP-B, MTAP, FU-B: interleaved mode) are not used over RTSP/TCP here
            if size > MAX_UNIT_BYTES:
                damaged, parts, size = True, [], 0
            if b1 & 0x80:  # marker: the access unit is complete
                if parts and not damaged and not in_fragment:
                    yield RtpUnit(b"".join(parts), pts, has_idr)
                parts, size, has_idr, damaged, in_fragment = [], 0, False, False, False
                unit_timestamp = None
                now = time.monotonic()
                if now - rate_since >= 1.0:
                    self._byte_rate = int(rate_bytes / (now - rate_since))
                    rate_bytes, rate_since = 0, now
                    if self._batching:
                        self._apply_low_water()
                if now >= next_keepalive:
                    next_keepalive = now + self._keepalive_seconds
                    self._sock.sendall(self._encode("OPTIONS", self.url, {}))

    def _skip_message(self, first: bytes) -> None:
        if not (first + self._read_line()).strip():
            return  # a stray line end
        length = 0
        while True:
            line = self._read_line()
            if not line.strip():
                break
            name, _, value = line.decode("utf-8", "replace").partition(":")
            if name.strip().lower() == "content-length":
                length = int(value.strip() or 0)
        if length:
            self._read_exact(length)
