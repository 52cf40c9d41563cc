"""Writing pre-encoded websocket text frames straight to a connection's transport.

The alert fan-out sends the same payload to thousands of sockets. Through the ASGI ``send`` each
frame costs a coroutine, an ``asyncio.Event`` wait and the websocket library's framing (with
permessage-deflate negotiated, a zlib compression per socket). A server-to-client text frame is
only a 2–10 byte header in front of the UTF-8 payload (RFC 6455 §5.2, unmasked), and an
uncompressed message is allowed on a connection that negotiated permessage-deflate (RFC 7692 §6:
only frames with RSV1 set are decompressed). So when the connection is open and its transport is
not pushing back, the frame is written with one ``transport.write``; in every other case the caller
uses the ASGI ``send``, which waits, raises on a closed socket, and so on.

Each write is a whole frame, so frames written here and by the server interleave only at frame
boundaries. Works with uvicorn's default websocket protocol (``websockets-sansio``); with any
other server ``DirectTextFrames.of`` answers None and everything goes through ``send``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from websockets.protocol import State

_FIN_TEXT = 0x81


def text_frame_header(length: int) -> bytes:
    """The header of an unmasked, final text frame whose payload has ``length`` bytes."""
    if length < 126:
        return bytes((_FIN_TEXT, length))
    if length < 1 << 16:
        return bytes((_FIN_TEXT, 126)) + length.to_bytes(2, "big")
    return bytes((_FIN_TEXT, 127)) + length.to_bytes(8, "big")


class DirectTextFrames:
    """The transport of one websocket connection, for frames that may skip the ASGI ``send``."""

    __slots__ = ("_protocol", "_transport", "_writable")

    def __init__(self, protocol: Any) -> None:
        self._protocol = protocol
        self._transport: asyncio.WriteTransport = protocol.transport
        self._writable: asyncio.Event = protocol.writable

    @classmethod
    def of(cls, send: Callable[..., Any]) -> DirectTextFrames | None:
        """For the server's own ``send`` of an accepted connection (a bound method of uvicorn's
        sans-I/O websocket protocol); None for anything else."""
        protocol = getattr(send, "__self__", None)
        if protocol is None or not all(
            hasattr(protocol, name)
            for name in ("transport", "writable", "conn", "handshake_complete", "close_sent", "disconnected")
        ):
            return None
        if not isinstance(protocol.writable, asyncio.Event) or not hasattr(protocol.conn, "state"):
            return None
        return cls(protocol)

    def write(self, frames: bytes) -> bool:
        """Write whole frames (see ``text_frame_header``) now; False (nothing written) when the caller
        must use ``send``: the connection is not open, is closing, or its write buffer is above the
        high-water mark."""
        protocol = self._protocol
        if (
            not self._writable.is_set()
            or protocol.disconnected
            or protocol.close_sent
            or not protocol.handshake_complete
            or protocol.conn.state is not State.OPEN
            or self._transport.is_closing()
        ):
            return False
        self._transport.write(frames)
        return True
