from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import jwt

TICKET_ISSUER = "sitewatch-backend"
TICKET_AUDIENCE = "sitewatch-gateway"


def mint_live_ticket(
    private_pem: bytes,
    *,
    gateway_id: str,
    camera_id: int,
    quality: str,
    user_id: int,
    role: str,
    ttl_seconds: int,
    session: str | None = None,
) -> tuple[str, datetime]:
    now = datetime.now(UTC)
    expires_at = now + timedelta(seconds=ttl_seconds)
    token = jwt.encode(
        {
            "iss": TICKET_ISSUER,
            "aud": TICKET_AUDIENCE,
            "gw": gateway_id,
            "cam": str(camera_id),
            "q": quality,
            "sub": str(user_id),
            "role": role,
            # The login session: the gateway drops the WHEP session when it is revoked.
            "sid": session or "",
            "iat": now,
            "exp": expires_at,
            "jti": uuid.uuid4().hex,
        },
        private_pem,
        algorithm="ES256",
    )
    return token, expires_at
