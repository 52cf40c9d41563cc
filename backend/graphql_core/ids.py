"""Opaque global ids (``base64url("Type:pk")``) and keyset cursors."""

from __future__ import annotations

import base64
import binascii
from functools import lru_cache


def _encode(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _decode(value: str) -> str | None:
    try:
        padded = value + "=" * (-len(value) % 4)
        return base64.urlsafe_b64decode(padded.encode()).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


@lru_cache(maxsize=1 << 16)  # a dashboard encodes ~1,400 ids per query, the same ones every time
def to_global_id(type_name: str, pk: int) -> str:
    return _encode(f"{type_name}:{pk}")


def from_global_id(value: str) -> tuple[str, int] | None:
    decoded = _decode(value)
    if decoded is None or ":" not in decoded:
        return None
    type_name, _, raw_pk = decoded.partition(":")
    # isdigit() alone accepts '²' and other digits int() refuses.
    if not (raw_pk.isascii() and raw_pk.isdigit()) or len(raw_pk) > 18:
        return None
    return type_name, int(raw_pk)


def pk_of(value: str, expected_type: str) -> int | None:
    """The primary key behind a global id of the expected type, else None (reported as not found)."""
    parsed = from_global_id(value)
    if parsed is None or parsed[0] != expected_type:
        return None
    return parsed[1]


def to_cursor(pk: int) -> str:
    return _encode(f"cursor:{pk}")


def from_cursor(value: str | None) -> int | None:
    if value is None:
        return None
    decoded = _decode(value)
    if decoded is None or not decoded.startswith("cursor:"):
        raise ValueError("invalid cursor")
    raw = decoded.removeprefix("cursor:")
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 18:
        raise ValueError("invalid cursor")
    return int(raw)
