"""Send one frame's RTP packets to one viewer with as few system calls as possible (Linux UDP GSO).

Profiles of the viewer path (bench/gateway/RESULTS.md) put about two thirds of the gateway's CPU in the UDP
send path: one ``sendto`` per RTP packet per viewer. With ``UDP_SEGMENT`` (Linux ≥ 4.18) one ``sendmsg``
carries a run of equal-size datagrams (the last of the run may be shorter) and the kernel cuts it into the
same datagrams the receiver would have got one by one. A frame's FU-A fragments are (nearly) equal in size,
so a frame of 9 packets goes out in 2–4 calls.

Falls back to the event loop transport's ``sendto`` (which buffers on ``EAGAIN``) when the transport has
something buffered, the socket is not a plain UDP socket, or the kernel refuses GSO (then for good).
"""

from __future__ import annotations

import errno
import logging
import os
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


class DatagramBatcher:
    """One viewer's sender of whole frames to its ICE pair's UDP socket.

    The gateway runs on uvloop, whose transports do not hand out their socket; the batcher keeps its own
    descriptor for it (``dup``: the same socket, non-blocking, same port) while the transport stays the same,
    and closes it in ``close()``.
    """

    def __init__(self) -> None:
        self._transport: Any = None
        self._sock: socket.socket | None = None

    def send(self, transport: Any, packets: list[bytes], addr: tuple[str, int]) -> None:
        """Send ``packets`` in order to ``addr``; what cannot go out now is left to the transport."""
        if transport is not self._transport:
            self._bind(transport)
        sock = self._sock
        if (
            not _State.gso
            or sock is None
            or len(packets) < 2
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

    def close(self) -> None:
        self._transport = None
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def _bind(self, transport: Any) -> None:
        self.close()
        self._transport = transport
        info = transport.get_extra_info("socket")
        if info is None or info.type != socket.SOCK_DGRAM:
            return
        try:
            self._sock = socket.socket(fileno=os.dup(info.fileno()))
            self._sock.setblocking(False)
        except OSError as error:
            logger.warning("no descriptor of the viewer's UDP socket (%s): one sendto per packet", error)
            self._sock = None
