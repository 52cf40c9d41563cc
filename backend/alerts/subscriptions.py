from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry

from backend.alerts.services import ALERTS_TOPIC, alerts_after, message_visible
from backend.alerts.types import AlertType
from backend.authz.policy import Operation
from backend.events.bus import Overflow
from backend.graphql_core.context import Info
from backend.graphql_core.errors import BadInput
from backend.graphql_core.ids import from_cursor
from backend.graphql_core.permissions import requires


@strawberry.type
class AlertSubscriptions:
    @strawberry.subscription(
        extensions=requires(Operation.VIEW_ALERTS),
        description="Alerts visible to you, live. With `since` (an alert cursor) missed alerts come first.",
    )
    async def alerts(self, info: Info, since: str | None = None) -> AsyncGenerator[AlertType, None]:
        principal = info.context.require_principal()
        try:
            last_id = from_cursor(since)
        except ValueError as exc:
            raise BadInput("since is not a valid alert cursor") from exc
        bus = info.context.services.bus
        # Subscribe before reading the backlog so nothing raised in between is lost.
        async with bus.subscribe(ALERTS_TOPIC) as stream:
            if last_id is not None:
                for row in await alerts_after(principal, last_id):
                    last_id = row.id
                    yield AlertType.from_row(row)
            async for message in stream:
                if isinstance(message, Overflow):
                    for row in await alerts_after(principal, last_id or 0):
                        last_id = row.id
                        yield AlertType.from_row(row)
                    continue
                if last_id is not None and message["id"] <= last_id:
                    continue  # already replayed from the database
                if message_visible(principal, message):
                    last_id = message["id"]
                    yield AlertType.from_message(message)
