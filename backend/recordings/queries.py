from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from backend.authz.policy import Operation
from backend.graphql_core.context import Info
from backend.graphql_core.errors import BadInput
from backend.graphql_core.ids import pk_of
from backend.graphql_core.permissions import requires
from backend.recordings.exports import scoped_export
from backend.recordings.playback import InvalidRange, timeline
from backend.recordings.types import ClipExportType, RecordingTimeline


@strawberry.type
class RecordingQueries:
    @strawberry.field(
        extensions=requires(Operation.VIEW_RECORDINGS),
        description="Recorded spans, gaps (with causes) and event markers (alerts, hazard notices, control "
        "take-overs) of a camera between `from` and `to` (at most 7 days). Null when the camera is "
        "missing or outside your scope.",
    )
    async def recording_timeline(
        self,
        info: Info,
        camera_id: strawberry.ID,
        start: Annotated[datetime, strawberry.argument(name="from")],
        end: Annotated[datetime, strawberry.argument(name="to")],
    ) -> RecordingTimeline | None:
        pk = pk_of(camera_id, "Camera")
        camera = await info.context.loaders.camera_by_id.load(pk) if pk is not None else None
        if camera is None:
            return None
        try:
            return RecordingTimeline.of(camera.id, await timeline(camera, start, end))
        except InvalidRange as exc:
            raise BadInput(str(exc)) from exc

    @strawberry.field(
        extensions=requires(Operation.EXPORT_CLIP),
        description="A clip export and its progress; null when missing or outside your scope.",
    )
    async def clip_export(self, info: Info, id: strawberry.ID) -> ClipExportType | None:
        found = await scoped_export(info.context.require_principal(), pk_of(id, "ClipExport"))
        return ClipExportType.from_row(found[0]) if found else None
