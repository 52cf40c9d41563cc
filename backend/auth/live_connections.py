"""Open graphql-transport-ws connections of this instance, closed when their session ends.

A connection is authenticated once, at ``connection_init``; afterwards it would outlive its
access token and any logout. So each connection is closed (code 4403, which graphql-ws clients
answer by reconnecting with fresh ``connectionParams``, i.e. a refreshed token) when

- its access token expires, and
- its session or its user is revoked (``SessionRevocation`` rows, polled about once a second,
  so a logout on another instance reaches this one within two seconds).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

from starlette.websockets import WebSocket, WebSocketState

from backend.auth.models import SessionRevocation

log = logging.getLogger(__name__)

CLOSE_SESSION_ENDED = 4403


@dataclass(eq=False)
class _Connection:
    websocket: WebSocket
    user_id: int
    session: str | None
    expiry: asyncio.Task[None] | None = field(default=None, repr=False)


class LiveConnections:
    def __init__(self, poll_seconds: float = 1.0) -> None:
        self.poll_seconds = poll_seconds
        self._connections: dict[int, _Connection] = {}  # id(scope) → connection
        self._cursor: int | None = None
        self._poller: asyncio.Task[None] | None = None

    def __len__(self) -> int:
        return len(self._connections)

    def add(
        self, websocket: WebSocket, user_id: int, session: str | None, expires_at: datetime | None
    ) -> None:
        connection = _Connection(websocket, user_id, session)
        if expires_at is not None:
            delay = max(0.0, (expires_at - datetime.now(UTC)).total_seconds())
            connection.expiry = asyncio.get_running_loop().create_task(
                self._close_later(connection, delay, "access token expired")
            )
        self._connections[id(websocket.scope)] = connection

    def discard(self, scope: object) -> None:
        connection = self._connections.pop(id(scope), None)
        if connection is not None and connection.expiry is not None:
            connection.expiry.cancel()

    async def _close_later(self, connection: _Connection, delay: float, reason: str) -> None:
        await asyncio.sleep(delay)
        await self._close(connection, reason)

    async def _close(self, connection: _Connection, reason: str) -> None:
        self._connections.pop(id(connection.websocket.scope), None)
        if connection.websocket.application_state is WebSocketState.DISCONNECTED:
            return
        with contextlib.suppress(Exception):  # already closing from the other side
            await connection.websocket.close(code=CLOSE_SESSION_ENDED, reason=reason)

    async def revoke(self, user_id: int, session: str | None) -> int:
        """Close this instance's connections of a user (of one session, or all of them)."""
        matching = [
            c
            for c in list(self._connections.values())
            if c.user_id == user_id and (session is None or c.session == session)
        ]
        for connection in matching:
            if connection.expiry is not None:
                connection.expiry.cancel()
            await self._close(connection, "session ended")
        return len(matching)

    async def poll_once(self) -> None:
        if self._cursor is None:
            newest = await SessionRevocation.all().order_by("-id").first()
            self._cursor = newest.id if newest else 0
            return
        rows = await SessionRevocation.filter(id__gt=self._cursor).order_by("id").limit(500)
        for row in rows:
            self._cursor = row.id
            if self._connections:
                await self.revoke(row.user_id, row.session)

    async def run(self) -> None:
        while True:
            try:
                await self.poll_once()
            except asyncio.CancelledError:
                raise
            except Exception:  # database away: keep the connections, try again
                log.warning("could not read session revocations; retrying", exc_info=True)
            await asyncio.sleep(self.poll_seconds)

    def start(self) -> None:
        if self._poller is None:
            self._poller = asyncio.create_task(self.run(), name="session-revocations")

    async def stop(self) -> None:
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller
            self._poller = None
        for connection in list(self._connections.values()):
            if connection.expiry is not None:
                connection.expiry.cancel()
        self._connections.clear()
