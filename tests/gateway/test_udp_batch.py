"""A frame's RTP packets sent with UDP GSO arrive as the same datagrams, in order, as one sendto each."""

from __future__ import annotations

import asyncio
import os
import socket

import pytest
import uvloop

from media_gateway.udp_batch import MAX_SEGMENTS, DatagramBatcher, _State, runs


def test_runs_are_equal_sizes_closed_by_at_most_one_smaller_packet() -> None:
    # aiortc's FU-A split: the first fragments one byte longer, then equal ones; a STAP-A before, filler after
    sizes = [60, 1301, 1301, 1300, 1300, 1300, 200, 1300]
    assert runs(sizes) == [(0, 1), (1, 4), (4, 7), (7, 8)]
    assert runs([100] * (MAX_SEGMENTS + 3)) == [(0, MAX_SEGMENTS), (MAX_SEGMENTS, MAX_SEGMENTS + 3)]
    assert runs([1300] * 60) == [(0, 50), (50, 60)]  # a datagram before segmentation stays under 64 KiB
    assert runs([]) == []


async def _send_frames_and_receive() -> None:
    receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    receiver.bind(("127.0.0.1", 0))
    receiver.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 * 1024 * 1024)
    receiver.settimeout(2)
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, local_addr=("127.0.0.1", 0))
    batcher = DatagramBatcher()
    try:
        frames = [
            [os.urandom(n) for n in (70, 1311, 1311, 1310, 1310, 1310, 400)],  # a P-frame and its FU-A runs
            [os.urandom(1311) for _ in range(30)] + [os.urandom(90)],  # a keyframe
            [os.urandom(50)],
        ]
        for packets in frames:
            batcher.send(transport, packets, receiver.getsockname())
        expected = [packet for packets in frames for packet in packets]
        received = [receiver.recv(65536) for _ in expected]
        assert received == expected
        # the batched path was taken (not the one-by-one fallback) and the kernel accepted it
        assert batcher._sock is not None and _State.gso
    finally:
        batcher.close()
        transport.close()
        receiver.close()


@pytest.mark.parametrize("loop", ["asyncio", "uvloop"])  # the gateway runs on uvloop (uvicorn)
def test_receiver_gets_every_datagram_intact_and_in_order(loop: str) -> None:
    if loop == "uvloop":
        uvloop.run(_send_frames_and_receive())
    else:
        asyncio.run(_send_frames_and_receive())
