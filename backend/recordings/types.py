from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated

import strawberry

from backend.graphql_core.errors import UserError
from backend.graphql_core.ids import to_global_id
from backend.graphql_core.node import Node
from backend.media.types import CameraNotFound, GatewayUnavailable
from backend.recordings.models import ClipExport, ExportState, GapCause
from backend.recordings.playback import EventMarker, Gap, Span, Timeline

RecordingGapCauseEnum = strawberry.enum(GapCause, name="RecordingGapCause")
ClipExportStateEnum = strawberry.enum(ExportState, name="ClipExportState")


@strawberry.enum(name="TimelineEventKind")
class TimelineEventKind(StrEnum):
    ALERT = "ALERT"
    HAZARD_NOTICE = "HAZARD_NOTICE"
    STOP_WORK_ORDER = "STOP_WORK_ORDER"
    CONTROL_TAKEOVER = "CONTROL_TAKEOVER"


@strawberry.type(description="A stretch of continuous recording.")
class RecordingSpan:
    start: datetime
    end: datetime

    @classmethod
    def of(cls, span: Span) -> RecordingSpan:
        return cls(start=span.start, end=span.end)


@strawberry.type(description="A stretch without recording while the camera should have been recorded.")
class RecordingGapEntry:
    start: datetime
    end: datetime | None = strawberry.field(description="Null while the gap lasts.")
    cause: RecordingGapCauseEnum  # type: ignore[valid-type]

    @classmethod
    def of(cls, gap: Gap) -> RecordingGapEntry:
        return cls(start=gap.start, end=gap.end, cause=gap.cause)


@strawberry.type(description="Something that happened at a camera: step to it on the timeline.")
class TimelineEvent:
    at: datetime
    kind: TimelineEventKind
    title: str
    object_id: str = strawberry.field(description="Database id of the alert, notice or audit entry.")

    @classmethod
    def of(cls, marker: EventMarker) -> TimelineEvent:
        return cls(
            at=marker.at, kind=TimelineEventKind(marker.kind), title=marker.title, object_id=marker.object_id
        )


@strawberry.type(
    description="Recorded spans, gaps with their causes and event markers of one camera in a window."
)
class RecordingTimeline:
    camera_id: strawberry.ID
    start: datetime = strawberry.field(name="from")
    end: datetime = strawberry.field(name="to")
    spans: list[RecordingSpan]
    gaps: list[RecordingGapEntry]
    events: list[TimelineEvent]

    @classmethod
    def of(cls, camera_id: int, timeline: Timeline) -> RecordingTimeline:
        return cls(
            camera_id=strawberry.ID(to_global_id("Camera", camera_id)),
            start=timeline.start,
            end=timeline.end,
            spans=[RecordingSpan.of(s) for s in timeline.spans],
            gaps=[RecordingGapEntry.of(g) for g in timeline.gaps],
            events=[TimelineEvent.of(e) for e in timeline.events],
        )


@strawberry.type
class PlaybackSession:
    playlist_url: str = strawberry.field(
        description="HLS playlist (fMP4, EXT-X-PROGRAM-DATE-TIME) of the ticket's window; send the ticket as "
        "`Authorization: Bearer <ticket>` with every request (never in the URL)."
    )
    ticket: str
    expires_at: datetime
    start: datetime = strawberry.field(name="from", description="Start of the window the ticket covers.")
    end: datetime = strawberry.field(name="to", description="End of the window the ticket covers.")
    snapshot_url: str = strawberry.field(
        description="GET with `?at=<ISO instant>` and the ticket: a recorded frame."
    )


@strawberry.type(
    name="ClipExport", description="A clip remuxed (not transcoded) into one MP4 by the gateway."
)
class ClipExportType(Node):
    row: strawberry.Private[ClipExport]
    start: datetime = strawberry.field(name="from")
    end: datetime = strawberry.field(name="to")
    state: ClipExportStateEnum  # type: ignore[valid-type]
    percent: int
    bytes: float | None
    sha256: str | None
    error: str | None
    created_at: datetime
    finished_at: datetime | None

    @classmethod
    def from_row(cls, row: ClipExport) -> ClipExportType:
        return cls(
            id=strawberry.ID(to_global_id("ClipExport", row.id)),
            row=row,
            start=row.start_at,
            end=row.end_at,
            state=row.state,
            percent=row.percent,
            bytes=float(row.bytes) if row.bytes is not None else None,
            sha256=row.sha256,
            error=row.error,
            created_at=row.created_at,
            finished_at=row.finished_at,
        )

    @strawberry.field(description="Seconds between `from` and `to`.")
    def duration_seconds(self) -> float:
        return (self.row.end_at - self.row.start_at).total_seconds()

    @strawberry.field(
        description="GET with `Authorization: Bearer <accessToken>` once DONE; written to the access log."
    )
    def download_url(self) -> str:
        return f"/api/recordings/exports/{self.id}/download"


@strawberry.type
class ClipExportPayload:
    export: ClipExportType


@strawberry.type
class RecordingRangeInvalid(UserError):
    pass


@strawberry.type
class NothingRecorded(UserError):
    pass


ExportClipResult = Annotated[
    ClipExportPayload | CameraNotFound | RecordingRangeInvalid | NothingRecorded | GatewayUnavailable,
    strawberry.union("ExportClipResult"),
]
StartPlaybackResult = Annotated[
    PlaybackSession | CameraNotFound | RecordingRangeInvalid | GatewayUnavailable,
    strawberry.union("StartPlaybackResult"),
]


@strawberry.type(description="The protected clip held as evidence around a notice's instant.")
class EvidenceClip:
    camera_id: strawberry.ID
    at: datetime = strawberry.field(description="The evidence instant (issue time or the chosen evidenceAt).")
    start: datetime = strawberry.field(name="from")
    end: datetime = strawberry.field(name="to")
