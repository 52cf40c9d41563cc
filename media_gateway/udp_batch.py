"""Send one frame's RTP packets to one viewer with as few system calls as possible (Linux UDP GSO).

Profiles of the viewer path (bench/gateway/RESULTS.md) put about two thirds of the gateway's CPU in the UDP
send path: one ``sendto`` per RTP packet per viewer. With ``UDP_SEGMENT`` (Linux ≥ 4.18) one ``sendmsg``
carries a run of equal-size datagrams (the last of the run may be shorter) and the kernel cuts it into the
same datagrams the receiver would have got one by one. A frame's FU-A fragments are (nearly) equal in size,
so a frame of 9 packets goes out in 2–4 calls.

Falls back to the asyncio transport's ``sendto`` (which buffers on ``EAGAIN``) when the transport has
something buffered, the socket is not a plain UDP socket, or the kernel refuses GSO (then for good).
"""

from __future__ import annotations

import errno
import logging
import socket
import struct
from typing import Any

logger = logging.getLogger(__name__)

UDP_SEGMENT = getattr(socket, "UDP_SEGMENT", 103)
SOL_UDP = getattr(socket, "SOL_UDP", 17)
MAX_SEGMENTS = 64  # the kernel's UDP_MAX_SEGMENTS (64 before 6.x, 128 since)
MAX_BYTES = 65000  # one UDP datagram before segmentation
_UNSUPPORTED = {errno.EIO, errno.EINVAL, errno.ENOPROTOOPT, errno.EOPNOTSUPP}


class _State:
    gso = True


def runs(sizes: list[int]) -> list[tuple[int, int]]:
    """[start, end) runs that one GSO send can carry: equal sizes, the last one possibly smaller."""
    result: list[tuple[int, int]] = []
    start, count = 0, len(sizes)
    while start < count:
        size, end, total = sizes[start], start + 1, sizes[start]
        while end < count and sizes[end] == size and end - start < MAX_SEGMENTS and total + size <= MAX_BYTES:
            total += size
            end += 1
        if (
            end < count
            and sizes[end] < size
            and end - start < MAX_SEGMENTS
            and total + sizes[end] <= MAX_BYTES
        ):
            end += 1
        result.append((start, end))
        start = end
    return result


def send_datagrams(transport: Any, packets: list[bytes], addr: tuple[str, int]) -> None:
    """Send ``packets`` in order to ``addr`` through an asyncio datagram transport."""
    sock: socket.socket | None = getattr(transport, "_sock", None)
    if (
        not _State.gso
        or len(packets) < 2
        or sock is None
        or sock.type != socket.SOCK_DGRAM
        or transport.is_closing()
        or transport.get_write_buffer_size()
    ):
        for packet in packets:
            transport.sendto(packet, addr)
        return
    index = 0
    try:
        for start, end in runs([len(packet) for packet in packets]):
            index = start
            if end - start == 1:
                sock.sendto(packets[start], addr)
            else:
                segment = struct.pack("=H", len(packets[start]))
                sock.sendmsg([b"".join(packets[start:end])], [(SOL_UDP, UDP_SEGMENT, segment)], 0, addr)
            index = end
    except (BlockingIOError, InterruptedError):
        pass  # the transport buffers the rest and waits for the socket to drain
    except OSError as error:
        if error.errno in _UNSUPPORTED:
            _State.gso = False
            logger.warning("UDP GSO refused by the kernel (%s): one sendto per packet from now on", error)
    for packet in packets[index:]:
        transport.sendto(packet, addr)
