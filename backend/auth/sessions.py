"""Ending a user's sessions everywhere (deactivation, password reset).

Minimal version from the intake branch: revokes every refresh-token family of the user, which also
invalidates their access tokens at the next request (``authenticate_bearer`` refuses revoked sessions).
The security branch replaces this with live websocket and WHEP teardown; keep the signature."""

from __future__ import annotations

from datetime import UTC, datetime

from backend.audit.services import record_audit
from backend.auth.models import RefreshToken


async def end_user_sessions(user_id: int, reason: str) -> int:
    """Revoke all of the user's sessions; return how many refresh tokens were revoked."""
    revoked = await RefreshToken.filter(user_id=user_id, revoked_at=None).update(revoked_at=datetime.now(UTC))
    await record_audit(
        "auth.sessions_ended",
        object_type="User",
        object_id=str(user_id),
        detail={"reason": reason, "revoked": revoked},
    )
    return revoked
