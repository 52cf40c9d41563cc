"""Sessions the backend has ended (logout, refresh-token reuse, deactivation, password reset).

The gateway polls ``/internal/gateway/revocations`` about once a second; for each revocation it
closes the WHEP sessions started with tickets of that login session (or of that user, when the
user's every session ended) and refuses tickets of it that were not used yet."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass, field
from typing import Any

from media_gateway.tickets import Ticket

logger = logging.getLogger(__name__)


@dataclass
class Revocations:
    user_revoked_at: dict[str, float] = field(default_factory=dict)  # user id → epoch seconds
    sessions: dict[str, float] = field(default_factory=dict)  # login session id → epoch seconds

    def apply(self, item: dict[str, Any]) -> None:
        at = float(item.get("at") or time.time())
        session = item.get("session")
        if session:
            self.sessions[str(session)] = at
        else:
            user = str(item["userId"])
            self.user_revoked_at[user] = max(at, self.user_revoked_at.get(user, 0.0))

    def revokes(self, user_id: str, session: str, issued_at: float) -> bool:
        """Whether a ticket (or a WHEP session started with it) belongs to an ended session."""
        if session and session in self.sessions:
            return True
        revoked_at = self.user_revoked_at.get(user_id)
        return revoked_at is not None and issued_at <= revoked_at

    def revokes_ticket(self, ticket: Ticket) -> bool:
        return self.revokes(ticket.user_id, ticket.session, ticket.issued_at)


class RevocationWatcher:
    def __init__(self, directory: Any, sessions: Any, poll_seconds: float = 1.0) -> None:
        self.directory = directory
        self.sessions = sessions
        self.poll_seconds = poll_seconds
        self.revocations = Revocations()
        self._cursor: int | None = None
        self._task: asyncio.Task[None] | None = None

    async def poll_once(self) -> int:
        answer = await self.directory.revocations(self._cursor)
        if answer is None:
            return 0
        items = answer.get("revocations") or []
        for item in items:
            self.revocations.apply(item)
        self._cursor = int(answer.get("last") or 0)
        if items:
            return await self.sessions.close_revoked(self.revocations)
        return 0

    async def _run(self) -> None:
        while True:
            try:
                closed = await self.poll_once()
                if closed:
                    logger.info("closed %d live sessions of revoked logins", closed)
            except asyncio.CancelledError:
                raise
            except Exception as failure:  # backend away: keep serving, ask again
                logger.debug("revocations not available: %s", failure)
            await asyncio.sleep(self.poll_seconds)

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="revocations")

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
