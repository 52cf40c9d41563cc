"""Ending sessions so that the end reaches everything still running on them.

Every way a session ends — logout, reuse of a rotated refresh token, deactivation, password
reset — goes through ``_end``: the refresh families are revoked (so access tokens of those
families stop authenticating at once, see ``authenticate_bearer``), a ``SessionRevocation`` row is
written, and everything holding live connections polls those rows about once a second: every
backend instance closes the user's graphql-transport-ws connections of those sessions
(backend/auth/live_connections.py), every media gateway drops their WHEP sessions and refuses
their unused tickets. The database is the channel, so a revocation reaches all instances and
gateways without depending on the event bus being up, and none is lost while one restarts.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from backend.audit.services import record_audit
from backend.auth.models import RefreshToken, SessionRevocation


async def end_user_sessions(user_id: int, reason: str) -> int:
    """End every session of a user (deactivation, password reset): within 2 s no token, websocket
    or live video of theirs keeps working. Returns how many refresh tokens were revoked."""
    revoked = await _end(user_id, None, reason)
    await record_audit(
        "auth.sessions_ended",
        object_type="User",
        object_id=str(user_id),
        detail={"reason": reason, "revoked": revoked},
    )
    return revoked


async def end_session(user_id: int, session: str, reason: str) -> None:
    """End one session (one refresh family): logout, refresh-token reuse."""
    await _end(user_id, session, reason)


async def _end(user_id: int, session: str | None, reason: str) -> int:
    now = datetime.now(UTC)
    families = RefreshToken.filter(user_id=user_id, revoked_at=None)
    if session is not None:
        families = families.filter(family=session)
    revoked = await families.update(revoked_at=now)
    await SessionRevocation.create(user_id=user_id, session=session, reason=reason[:32])
    return int(revoked)


async def revocations_after(after_id: int | None, recent_seconds: int, limit: int = 500) -> dict[str, Any]:
    """For gateways: revocations after a cursor; without one, those recent enough to matter
    (tickets still valid) and the cursor to continue from."""
    query = SessionRevocation.all()
    if after_id is not None:
        query = query.filter(id__gt=after_id)
    else:
        since = datetime.now(UTC).timestamp() - recent_seconds
        query = query.filter(at__gte=datetime.fromtimestamp(since, UTC))
    rows = await query.order_by("id").limit(limit)
    last = rows[-1].id if rows else after_id
    if last is None:
        newest = await SessionRevocation.all().order_by("-id").first()
        last = newest.id if newest else 0
    return {
        "revocations": [
            {"id": r.id, "userId": str(r.user_id), "session": r.session, "at": r.at.timestamp()} for r in rows
        ],
        "last": last,
    }
