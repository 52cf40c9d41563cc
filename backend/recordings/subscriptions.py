from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry

from backend.authz.policy import Operation
from backend.events.bus import Resync
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of
from backend.graphql_core.permissions import requires
from backend.recordings.exports import CLIP_EXPORT_TOPIC, scoped_export
from backend.recordings.models import ClipExport, ExportState
from backend.recordings.types import ClipExportType

_FINISHED = (ExportState.DONE, ExportState.FAILED)


@strawberry.type
class RecordingSubscriptions:
    @strawberry.subscription(
        extensions=requires(Operation.EXPORT_CLIP),
        description="Progress of one clip export: its current state at once, then every change until it is "
        "DONE or FAILED. Ends at once when the export is missing or outside your scope.",
    )
    async def clip_export(self, info: Info, id: strawberry.ID) -> AsyncGenerator[ClipExportType, None]:
        principal = info.context.require_principal()
        export_id = pk_of(id, "ClipExport")
        bus = info.context.services.bus
        async with bus.subscribe(CLIP_EXPORT_TOPIC) as stream:
            # Subscribed before reading the row, so no change between the read and the first message is lost.
            found = await scoped_export(principal, export_id)
            if found is None:
                return
            row = found[0]
            yield ClipExportType.from_row(row)
            if row.state in _FINISHED:
                return
            async for message in stream:
                if not isinstance(message, Resync) and message.get("exportId") != export_id:
                    continue
                fresh = await ClipExport.get_or_none(id=export_id)
                if fresh is None:
                    return
                yield ClipExportType.from_row(fresh)
                if fresh.state in _FINISHED:
                    return
