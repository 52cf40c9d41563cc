"""Machine-readable capture time drawn into raw I420 frames (``simcam --timestamp-blocks``).

A row of ``BITS`` black/white blocks, ``BLOCK`` pixels square, macroblock-aligned at the bottom-left of the
picture: bit 39 first, 32 bits of the wall clock in ms modulo 2**32 followed by an 8-bit check
(``xor of the four bytes ^ 0x5A``). Luma 235 = 1, 16 = 0, chroma neutral, so the blocks survive a 2 Mbit/s
encode and read back from an RGB canvas as R > 128. bench/latency/page.html decodes them.

Pure standard library: the GStreamer worker writes the bytes into the mapped frame (see ``gst_worker``).
"""

from __future__ import annotations

BLOCK = 16
BITS = 40
WHITE, BLACK, NEUTRAL_CHROMA = 235, 16, 128
CHECK_XOR = 0x5A


def encode_bits(epoch_ms: int) -> list[int]:
    value = epoch_ms % (1 << 32)
    check = (value ^ (value >> 8) ^ (value >> 16) ^ (value >> 24) ^ CHECK_XOR) & 0xFF
    word = (value << 8) | check
    return [(word >> (BITS - 1 - i)) & 1 for i in range(BITS)]


def decode_bits(bits: list[int]) -> int | None:
    """The ms value (mod 2**32) or None when the check does not match (a misread frame)."""
    if len(bits) != BITS:
        return None
    word = 0
    for bit in bits:
        word = (word << 1) | bit
    value, check = word >> 8, word & 0xFF
    expected = (value ^ (value >> 8) ^ (value >> 16) ^ (value >> 24) ^ CHECK_XOR) & 0xFF
    return value if check == expected else None


def strip_origin(height: int) -> int:
    """Top row of the block strip: the last full macroblock row above the bottom edge."""
    return (height // BLOCK - 1) * BLOCK


def fits(width: int, height: int) -> bool:
    return width >= BLOCK * BITS and height >= 2 * BLOCK


def luma_row(bits: list[int]) -> bytes:
    return b"".join(bytes([WHITE if bit else BLACK]) * BLOCK for bit in bits)


def writes(width: int, height: int, epoch_ms: int) -> list[tuple[int, bytes]]:
    """(byte offset, bytes) pairs that draw the strip into a tightly packed I420 frame of this size."""
    row = luma_row(encode_bits(epoch_ms))
    top = strip_origin(height)
    out = [((top + y) * width, row) for y in range(BLOCK)]
    chroma_width = width // 2
    chroma_row = bytes([NEUTRAL_CHROMA]) * (len(row) // 2)
    u_plane = width * height
    v_plane = u_plane + chroma_width * (height // 2)
    for y in range(top // 2, (top + BLOCK) // 2):
        out.append((u_plane + y * chroma_width, chroma_row))
        out.append((v_plane + y * chroma_width, chroma_row))
    return out
