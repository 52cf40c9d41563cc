from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator

import strawberry

from backend.alerts.fanout import FANOUT_EVENTS, current_operation, fanout_for
from backend.alerts.services import ALERTS_TOPIC, alerts_after, message_visible, newest_alert_id
from backend.alerts.types import AlertType
from backend.authz.policy import Operation, Principal
from backend.events.bus import Resync
from backend.graphql_core.context import Info
from backend.graphql_core.errors import BadInput
from backend.graphql_core.ids import from_cursor
from backend.graphql_core.permissions import requires

REPLAY_BATCH = 500


@strawberry.type
class AlertSubscriptions:
    @strawberry.subscription(
        extensions=requires(Operation.VIEW_ALERTS),
        description="Alerts visible to you, live, from now on. With `since` (an alert cursor) the alerts "
        "after it come first. Nothing is lost or repeated across reconnects that pass the last cursor.",
    )
    async def alerts(self, info: Info, since: str | None = None) -> AsyncGenerator[AlertType, None]:
        principal = info.context.require_principal()
        try:
            last_id = from_cursor(since)
        except ValueError as exc:
            raise BadInput("since is not a valid alert cursor") from exc
        operation = current_operation.get()
        if operation is None:  # not over our graphql-transport-ws handler: one execution per alert
            async for alert in _alerts_one_by_one(info, principal, last_id):
                yield alert
            return
        fanout = fanout_for(info.context.services)
        # Attach (buffering) before reading anything, so nothing committed in between is lost.
        subscriber = await fanout.attach(principal, info._raw_info, operation, last_id or 0)
        try:
            if last_id is None:
                last_id = await newest_alert_id()
            while True:
                while True:  # replay while live frames are buffered
                    rows = await alerts_after(principal, last_id, REPLAY_BATCH)
                    FANOUT_EVENTS.labels(event="replayed").inc(len(rows))
                    for row in rows:
                        # The audience's payload (executed once for all its subscribers), written
                        # straight to the socket like the live frames.
                        payload = await subscriber.group.rendered(AlertType.from_row(row))
                        if not await subscriber.send_replayed(row.id, payload):
                            await asyncio.Event().wait()  # the socket is gone: the handler cancels us
                        last_id = row.id
                    if len(rows) < REPLAY_BATCH:
                        break
                if not subscriber.resume(last_id):
                    continue  # more arrived than we buffer: read them from the database
                await subscriber.trouble.wait()  # the socket fell behind: replay from its cursor
                subscriber.trouble.clear()
                last_id = subscriber.last_id
        finally:
            fanout.detach(subscriber)


async def _alerts_one_by_one(
    info: Info, principal: Principal, last_id: int | None
) -> AsyncGenerator[AlertType, None]:
    async with info.context.services.bus.subscribe(ALERTS_TOPIC) as stream:
        if last_id is None:
            last_id = await newest_alert_id()
        for row in await alerts_after(principal, last_id):
            last_id = row.id
            yield AlertType.from_row(row)
        async for message in stream:
            if isinstance(message, Resync):
                for row in await alerts_after(principal, last_id):
                    last_id = row.id
                    yield AlertType.from_row(row)
                continue
            if message["id"] <= last_id:
                continue  # already replayed from the database
            if message_visible(principal, message):
                last_id = message["id"]
                yield AlertType.from_message(message)
