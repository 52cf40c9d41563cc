"""Viewer RTP payloads are made once per access unit and camera stream, not once per viewer."""

from __future__ import annotations

from fractions import Fraction

import av
from aiortc.codecs.h264 import H264Encoder

from media_gateway.sessions import UnitPacketizer
from media_gateway.sources import AccessUnit


def unit(data: bytes, pts: int = 0) -> AccessUnit:
    return AccessUnit(data=data, pts=pts, keyframe=True, generation=0, received_at=0.0)


IDR = b"\x00\x00\x00\x01\x67" + b"\x42" * 20 + b"\x00\x00\x00\x01\x68" + b"\xce" * 4
IDR += b"\x00\x00\x00\x01\x65" + bytes(range(256)) * 20  # > MTU: FU-A fragments


def test_payloads_match_aiortc_packetization_and_are_shared_by_viewers() -> None:
    packetizer = UnitPacketizer()
    au = unit(IDR)
    packet = av.Packet(IDR)
    packet.pts = 0
    packet.time_base = Fraction(1, 90000)
    expected, _ = H264Encoder().pack(packet)

    first = packetizer.payloads(au)
    second = packetizer.payloads(au)

    assert first == expected and len(first) > 1
    assert second is first
    assert (packetizer.packetized, packetizer.reused) == (1, 1)


def test_old_units_fall_out_and_are_packetized_again_when_asked() -> None:
    packetizer = UnitPacketizer(kept=2)
    units = [unit(IDR[:-i]) for i in range(1, 4)]
    for u in units:
        packetizer.payloads(u)
    again = packetizer.payloads(units[0])

    assert again == H264Encoder._packetize(H264Encoder._split_bitstream(units[0].data))
    assert packetizer.packetized == 4
