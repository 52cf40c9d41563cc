"""Access tokens (JWT, HS256 pinned) and opaque refresh/API tokens."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import jwt

from backend.settings import Settings

ACCESS_TOKEN_ALGORITHM = "HS256"  # noqa: S105 - an algorithm name, not a secret
API_TOKEN_PREFIX = "swt_"  # noqa: S105 - a public prefix, not a secret


class InvalidAccessToken(Exception):
    pass


@dataclass(frozen=True)
class AccessClaims:
    user_id: int
    session: str
    expires_at: datetime


def issue_access_token(settings: Settings, user_id: int, role: str, session: str) -> str:
    now = datetime.now(UTC)
    payload = {
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "sub": str(user_id),
        "role": role,
        "sid": session,
        "iat": now,
        "nbf": now,
        "exp": now + timedelta(seconds=settings.access_token_ttl_seconds),
        "jti": uuid.uuid4().hex,
    }
    return jwt.encode(payload, settings.jwt_secret, algorithm=ACCESS_TOKEN_ALGORITHM)


def decode_access_token(settings: Settings, token: str) -> AccessClaims:
    try:
        payload = jwt.decode(
            token,
            settings.jwt_secret,
            algorithms=[ACCESS_TOKEN_ALGORITHM],
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options={"require": ["exp", "iat", "iss", "aud", "sub", "sid"]},
        )
        return AccessClaims(
            user_id=int(payload["sub"]),
            session=str(payload["sid"]),
            expires_at=datetime.fromtimestamp(payload["exp"], UTC),
        )
    except (jwt.PyJWTError, ValueError, KeyError) as exc:
        raise InvalidAccessToken(str(exc)) from exc


def new_opaque_token(prefix: str = "") -> str:
    return prefix + secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """Opaque tokens are stored only as SHA-256 digests (they carry 256 bits of entropy)."""
    return hashlib.sha256(token.encode()).hexdigest()
