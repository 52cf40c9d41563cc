"""Small H.264 Annex B helpers: NAL unit types, parameter sets, decoding one keyframe."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

import av

NAL_SLICE = 1
NAL_IDR = 5
NAL_SPS = 7
NAL_PPS = 8
START_CODE = b"\x00\x00\x00\x01"


def iter_nal_units(data: bytes) -> Iterator[bytes]:
    """Yield the NAL units (without start codes) of an Annex B access unit."""
    position = data.find(b"\x00\x00\x01")
    while position != -1:
        begin = position + 3
        end = data.find(b"\x00\x00\x01", begin)
        if end == -1:
            yield data[begin:]
            return
        # a 4-byte start code leaves its leading zero at the end of the previous unit
        yield data[begin : end - 1] if data[end - 1] == 0 else data[begin:end]
        position = end


def nal_types(data: bytes) -> set[int]:
    return {unit[0] & 0x1F for unit in iter_nal_units(data) if unit}


def parameter_sets(data: bytes) -> bytes:
    """SPS and PPS units of an access unit (or of extradata in Annex B form), with start codes."""
    units = [u for u in iter_nal_units(data) if u and u[0] & 0x1F in (NAL_SPS, NAL_PPS)]
    return b"".join(START_CODE + u for u in units)


@dataclass(frozen=True, slots=True)
class DecodedKeyframe:
    width: int
    height: int
    jpeg: bytes


def decode_keyframe(data: bytes, jpeg_quality: int = 85) -> DecodedKeyframe:
    """Decode a single IDR access unit (with SPS/PPS) and encode it as JPEG. Blocking: run in a thread."""
    decoder = av.CodecContext.create("h264", "r")
    frames = list(decoder.decode(av.Packet(data)))
    frames += list(decoder.decode(None))
    if not frames:
        raise ValueError("keyframe did not decode")
    frame = frames[0]
    encoder = av.CodecContext.create("mjpeg", "w")
    encoder.width = frame.width
    encoder.height = frame.height
    encoder.pix_fmt = "yuvj420p"
    encoder.time_base = Fraction(1, 25)
    encoder.options = {"qmin": "2", "qmax": str(max(2, 31 - jpeg_quality * 29 // 100))}
    jpeg_frame = frame.reformat(format="yuvj420p")
    jpeg_frame.pts = 0
    packets = list(encoder.encode(jpeg_frame)) + list(encoder.encode(None))
    return DecodedKeyframe(frame.width, frame.height, b"".join(bytes(p) for p in packets))
