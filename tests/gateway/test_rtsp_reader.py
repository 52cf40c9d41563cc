"""The gateway's RTSP reader hands an access unit over on its RTP marker bit, without waiting for the next one.

A scripted RTSP/TCP camera (Digest authentication, interleaved RTP) sends real x264 access units packetized as
aiortc does (STAP-A, FU-A); the camera sends the next unit only once the reader has handed over the previous
one, so a reader that waits for the next unit to start (FFmpeg's parser) cannot pass.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import queue
import re
import socket
import struct
import threading
import time
from collections.abc import Iterator
from fractions import Fraction

import av
import pytest
from aiortc.codecs.h264 import H264Encoder
from gateway_support import SimCam

from media_gateway.h264 import NAL_PPS, NAL_SPS, iter_nal_units
from media_gateway.rtsp_reader import RtspError, RtspH264Reader

USER, PASSWORD, REALM, NONCE = "admin", "pa:ss", "cam", "0a1b2c"


def encode_units(frames: int = 6) -> list[bytes]:
    encoder = av.CodecContext.create("libx264", "w")
    encoder.width, encoder.height, encoder.pix_fmt = 320, 180, "yuv420p"
    encoder.time_base = Fraction(1, 25)
    encoder.options = {"preset": "ultrafast", "profile": "baseline", "x264-params": "keyint=25:bframes=0"}
    units = []
    for index in range(frames):
        frame = av.VideoFrame(320, 180, "yuv420p")
        for plane in frame.planes:
            plane.update(bytes([(index * 37) % 256]) * plane.buffer_size)
        frame.pts = index
        units += [bytes(p) for p in encoder.encode(frame)]
    return units + [bytes(p) for p in encoder.encode(None)]


def nals(data: bytes) -> list[bytes]:
    return [n for n in iter_nal_units(data) if n]


class ScriptedCamera:
    """Serves one RTSP session; ``frames`` is a list of (access unit, marker on its last packet)."""

    def __init__(self, frames: list[tuple[bytes, bool]], sps: bytes, pps: bytes) -> None:
        self.frames, self.sps, self.pps = frames, sps, pps
        self.handed_over: queue.Queue[int] = queue.Queue()  # the test reports each unit it got
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.requests: list[str] = []
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"rtsp://{USER}:{PASSWORD.replace(':', '%3A')}@127.0.0.1:{self.port}/cam1/main"

    def _serve(self) -> None:
        try:
            with self.server:
                connection, _ = self.server.accept()
            with connection, connection.makefile("rb") as reader:
                self._session(connection, reader)
        except BaseException as error:  # reported by the test
            self.error = error

    def _read_request(self, reader: object) -> tuple[str, dict[str, str]]:
        lines = []
        while True:
            line = reader.readline().decode()  # type: ignore[attr-defined]
            if not line.strip():
                break
            lines.append(line.strip())
        headers = {k.strip().lower(): v.strip() for k, _, v in (entry.partition(":") for entry in lines[1:])}
        self.requests.append(lines[0])
        return lines[0], headers

    def _authorized(self, method: str, headers: dict[str, str]) -> bool:
        fields = dict(re.findall(r'(\w+)="?([^",]*)"?', headers.get("authorization", "")))

        def md5(text: str) -> str:
            return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()  # RTSP Digest

        ha1, ha2 = md5(f"{USER}:{REALM}:{PASSWORD}"), md5(f"{method}:{fields.get('uri', '')}")
        return fields.get("response") == md5(f"{ha1}:{NONCE}:{ha2}")

    def _session(self, connection: socket.socket, reader: object) -> None:
        while True:
            line, headers = self._read_request(reader)
            method, cseq = line.split()[0], headers["cseq"]
            if not self._authorized(method, headers):
                connection.sendall(
                    f'RTSP/1.0 401 Unauthorized\r\nCSeq: {cseq}\r\nWWW-Authenticate: Digest realm="{REALM}", '
                    f'nonce="{NONCE}"\r\n\r\n'.encode()
                )
                continue
            if method == "DESCRIBE":
                sprop = ",".join(base64.b64encode(p).decode() for p in (self.sps, self.pps))
                sdp = (
                    "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=cam\r\nt=0 0\r\nm=audio 0 RTP/AVP 0\r\n"
                    "a=control:stream=1\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n"
                    f"a=fmtp:96 packetization-mode=1;sprop-parameter-sets={sprop}\r\na=control:stream=0\r\n"
                )
                connection.sendall(
                    f"RTSP/1.0 200 OK\r\nCSeq: {cseq}\r\nContent-Base: rtsp://127.0.0.1:{self.port}/cam1/main/\r\n"
                    f"Content-Type: application/sdp\r\nContent-Length: {len(sdp)}\r\n\r\n{sdp}".encode()
                )
            elif method == "SETUP":
                connection.sendall(
                    f"RTSP/1.0 200 OK\r\nCSeq: {cseq}\r\nSession: 7f3a;timeout=60\r\n"
                    "Transport: RTP/AVP/TCP;unicast;interleaved=4-5\r\n\r\n".encode()
                )
            elif method == "PLAY":
                connection.sendall(f"RTSP/1.0 200 OK\r\nCSeq: {cseq}\r\nSession: 7f3a\r\n\r\n".encode())
                self._stream(connection)
                return

    def _stream(self, connection: socket.socket) -> None:
        sequence = 65530  # wraps during the test
        for index, (unit, marker) in enumerate(self.frames):
            payloads = H264Encoder._packetize(H264Encoder._split_bitstream(unit))
            timestamp = (0xFFFFF000 + index * 3600) & 0xFFFFFFFF  # wraps too
            # a sender report on the RTCP channel, ignored; sent before the unit, not after it: once the
            # last unit is handed over the reader may close, and a write after that is a broken pipe
            rtcp = bytes([0x80, 200, 0, 6]) + bytes(24)
            connection.sendall(b"$" + struct.pack("!BH", 5, len(rtcp)) + rtcp)
            for number, payload in enumerate(payloads):
                last = number == len(payloads) - 1
                header = struct.pack("!BBHLL", 0x80, ((marker and last) << 7) | 96, sequence, timestamp, 1)
                packet = header + payload
                connection.sendall(b"$" + struct.pack("!BH", 4, len(packet)) + packet)
                sequence = (sequence + 1) & 0xFFFF
            if marker:
                # the next unit only after the reader handed this one over
                assert self.handed_over.get(timeout=5) == index


@pytest.fixture
def units() -> list[bytes]:
    return encode_units()


def parameter_set(units: list[bytes], kind: int) -> bytes:
    return next(n for n in nals(units[0]) if n[0] & 0x1F == kind)


def read(camera: ScriptedCamera, count: int) -> Iterator[tuple[int, bytes, int, bool]]:
    reader = RtspH264Reader(camera.url, 5, 5)
    try:
        reader.open()
        assert reader.sps is not None and reader.sps.browser_safe and reader.track is not None
        assert (reader.sps.width, reader.sps.height) == (320, 180)
        reader.play()
        for index, unit in zip(range(count), reader.units(), strict=False):
            yield index, unit.data, unit.pts, unit.keyframe
    finally:
        reader.close()


def test_each_unit_is_handed_over_on_its_marker_bit(units: list[bytes]) -> None:
    camera = ScriptedCamera(
        [(u, True) for u in units], parameter_set(units, NAL_SPS), parameter_set(units, NAL_PPS)
    )
    got = []
    for index, data, pts, keyframe in read(camera, len(units)):
        camera.handed_over.put(index)  # lets the camera send the next unit
        got.append((data, pts, keyframe))
    camera.thread.join(5)
    assert camera.error is None
    assert [nals(data) for data, _, _ in got] == [nals(u) for u in units]
    assert [pts for _, pts, _ in got] == [i * 3600 for i in range(len(units))]  # unwrapped, from 0
    assert [keyframe for _, _, keyframe in got] == [i == 0 for i in range(len(units))]
    # Digest: challenged once, then every request carries the answer
    assert [r.split()[0] for r in camera.requests] == ["DESCRIBE", "DESCRIBE", "SETUP", "PLAY"]
    assert "stream=0" in camera.requests[2]  # the video's control URL, not the audio's


def test_a_unit_whose_marker_is_lost_ends_when_the_next_timestamp_starts(units: list[bytes]) -> None:
    frames = [(u, i != 1) for i, u in enumerate(units)]  # unit 1 arrives without its marker
    camera = ScriptedCamera(frames, parameter_set(units, NAL_SPS), parameter_set(units, NAL_PPS))
    got = []
    for index, data, _, _ in read(camera, len(units)):
        if index != 1:
            camera.handed_over.put(index)
        got.append(data)
    assert [nals(data) for data in got] == [nals(u) for u in units]


def test_a_wrong_password_is_an_error_not_a_retry_loop(units: list[bytes]) -> None:
    camera = ScriptedCamera([], parameter_set(units, NAL_SPS), parameter_set(units, NAL_PPS))
    reader = RtspH264Reader(camera.url.replace("pa%3Ass", "wrong"), 5, 5)
    with pytest.raises(RtspError, match="401"):
        reader.open()
    reader.close()
    assert len(camera.requests) == 2


def test_an_unwatched_pull_is_woken_per_batch_and_still_gets_every_unit(simcam: SimCam) -> None:
    """Batching (nobody watching) raises the socket's low-water mark to ~50 ms of the stream; no unit is lost or
    late enough to come near the read timeout, and turning it off wakes the reader per packet again."""
    reader = RtspH264Reader(simcam.url("cam1"), 5, 5)
    reader.open()
    reader.play()
    try:
        units = reader.units()

        def take(seconds: float) -> list[tuple[float, int]]:
            got: list[tuple[float, int]] = []
            end = time.monotonic() + seconds
            for unit in units:
                got.append((time.monotonic(), unit.pts))
                if got[-1][0] > end:
                    return got
            return got

        per_packet = take(1.5)
        assert reader.receive_low_water() == 1
        reader.set_batching(True)
        batched = take(3.0)  # the first second measures the byte rate
        low_water = reader.receive_low_water()
        reader.set_batching(False)
        after = take(1.0)
        assert reader.receive_low_water() == 1
    finally:
        reader.close()

    # ~50 ms of a live 720p stream: kilobytes, far below what arrives within the read timeout
    assert 1024 <= low_water <= 64 * 1024, low_water
    arrivals = [when for when, _ in batched]
    # batches of ~50 ms: a gap of 1 s is 20 batches late and still a fifth of the 5 s read timeout (0.5 s
    # failed once, 0.51 s, in a CI run with the whole suite's camera servers on 2 cores)
    assert max(b - a for a, b in itertools.pairwise(arrivals)) < 1.0
    # every unit, in order, across both switches: presentation times advance one frame interval at a time
    pts = [p for _, p in per_packet + batched + after]
    steps = [b - a for a, b in itertools.pairwise(pts)]
    assert min(steps) > 0
    assert max(steps) <= 2 * 3600 + 100, max(steps)  # 25 fps: 3,600 ticks; no unit missing
