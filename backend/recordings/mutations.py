from __future__ import annotations

from collections.abc import Awaitable
from datetime import datetime
from typing import Annotated, TypeVar

import strawberry

from backend.authz.policy import Operation, project_ref
from backend.cameras.models import Camera
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of
from backend.graphql_core.permissions import requires
from backend.media.services import NoGatewayAvailable
from backend.media.types import CameraNotFound, GatewayUnavailable
from backend.recordings.exports import (
    GatewayRefused,
    NotRecorded,
    NotUnderReview,
    create_export,
    review_export,
    scoped_export,
)
from backend.recordings.models import ClipExport, ExportReview
from backend.recordings.playback import (
    InvalidRange,
    PlaybackStart,
    SnapshotStart,
    start_playback,
    start_snapshot,
)
from backend.recordings.types import (
    ClipExportNotFound,
    ClipExportNotUnderReview,
    ClipExportPayload,
    ClipExportReviewEnum,
    ClipExportType,
    ExportClipResult,
    NothingRecorded,
    PlaybackSession,
    RecordedSnapshotTicket,
    RecordingRangeInvalid,
    ReviewClipExportResult,
    SnapshotAtResult,
    StartPlaybackResult,
)


async def _camera(info: Info, camera_id: strawberry.ID, operation: Operation) -> Camera | None:
    pk = pk_of(camera_id, "Camera")
    camera = await info.context.loaders.camera_by_id.load(pk) if pk is not None else None
    if camera is None:
        return None
    project = await info.context.loaders.project_by_id.load(camera.project_id)
    return camera if project is not None and info.context.allows(operation, project_ref(project)) else None


def _not_found() -> CameraNotFound:
    return CameraNotFound(code="CAMERA_NOT_FOUND", message="No such camera in your scope")


Answer = TypeVar("Answer")


async def _footage_result(pending: Awaitable[Answer]) -> Answer | RecordingRangeInvalid | GatewayUnavailable:
    """The footage request's answer, or the typed error every footage mutation shares."""
    try:
        return await pending
    except InvalidRange as exc:
        return RecordingRangeInvalid(code="INVALID_RANGE", message=str(exc))
    except (NoGatewayAvailable, GatewayRefused) as exc:
        return GatewayUnavailable(code="GATEWAY_UNAVAILABLE", message=str(exc))


async def _playback_session(pending: Awaitable[PlaybackStart]) -> PlaybackSession:
    session = await pending
    return PlaybackSession(
        playlist_url=session.playlist_url,
        ticket=session.ticket,
        expires_at=session.expires_at,
        start=session.start,
        end=session.end,
        snapshot_url=session.snapshot_url,
    )


async def _export_payload(pending: Awaitable[ClipExport]) -> ClipExportPayload | NothingRecorded:
    try:
        return ClipExportPayload(export=ClipExportType.from_row(await pending))
    except NotRecorded as exc:
        return NothingRecorded(code="NOTHING_RECORDED", message=str(exc))


async def _snapshot_ticket(pending: Awaitable[SnapshotStart]) -> RecordedSnapshotTicket:
    snapshot = await pending
    return RecordedSnapshotTicket(
        url=snapshot.url, ticket=snapshot.ticket, expires_at=snapshot.expires_at, at=snapshot.at
    )


@strawberry.type
class RecordingMutations:
    @strawberry.mutation(
        extensions=requires(Operation.VIEW_RECORDINGS),
        description="Play back a camera's recording from `at`: an HLS playlist on the gateway holding the "
        "files and a short-lived ticket scoped to that camera and a window around `at`. Written to the "
        "access log.",
    )
    async def start_playback(self, info: Info, camera_id: strawberry.ID, at: datetime) -> StartPlaybackResult:
        principal = info.context.require_principal()
        camera = await _camera(info, camera_id, Operation.VIEW_RECORDINGS)
        if camera is None:
            return _not_found()
        return await _footage_result(
            _playback_session(
                start_playback(info.context.services.settings, principal, camera, at, info.context.client_ip)
            )
        )

    @strawberry.mutation(
        extensions=requires(Operation.EXPORT_CLIP),
        description="Export a recorded clip (at most an hour) as one MP4, remuxed by the gateway without "
        "transcoding; follow it with `subscription clipExport(id)`. The footage is held until the export "
        "is reviewed.",
    )
    async def export_clip(
        self,
        info: Info,
        camera_id: strawberry.ID,
        start: Annotated[datetime, strawberry.argument(name="from")],
        end: Annotated[datetime, strawberry.argument(name="to")],
    ) -> ExportClipResult:
        principal = info.context.require_principal()
        camera = await _camera(info, camera_id, Operation.EXPORT_CLIP)
        if camera is None:
            return _not_found()
        return await _footage_result(
            _export_payload(
                create_export(
                    info.context.services.settings, principal, camera, start, end, info.context.client_ip
                )
            )
        )

    @strawberry.mutation(
        extensions=requires(Operation.VIEW_RECORDINGS),
        description="A ticket for the recorded frame of a camera at `at` (the gateway serves recorded "
        "snapshots against nothing else). Written to the Art. 10 access log. Codes: CAMERA_NOT_FOUND, "
        "INVALID_RANGE, GATEWAY_UNAVAILABLE.",
    )
    async def snapshot_at(self, info: Info, camera_id: strawberry.ID, at: datetime) -> SnapshotAtResult:
        principal = info.context.require_principal()
        camera = await _camera(info, camera_id, Operation.VIEW_RECORDINGS)
        if camera is None:
            return _not_found()
        return await _footage_result(
            _snapshot_ticket(
                start_snapshot(info.context.services.settings, principal, camera, at, info.context.client_ip)
            )
        )

    @strawberry.mutation(
        extensions=requires(Operation.REVIEW_CLIP_EXPORT),
        description="Close the review of a clip export: RELEASED lets retention delete its footage again "
        "(unless other evidence holds it), KEPT_AS_EVIDENCE keeps it protected. Audited. Codes: "
        "EXPORT_NOT_FOUND, EXPORT_NOT_UNDER_REVIEW.",
    )
    async def review_clip_export(
        self,
        info: Info,
        id: strawberry.ID,
        decision: ClipExportReviewEnum,  # type: ignore[valid-type]
    ) -> ReviewClipExportResult:
        principal = info.context.require_principal()
        found = await scoped_export(principal, pk_of(id, "ClipExport"), Operation.REVIEW_CLIP_EXPORT)
        if found is None:
            return ClipExportNotFound(code="EXPORT_NOT_FOUND", message="No such export in your scope")
        try:
            row = await review_export(principal, found[0], ExportReview(decision), info.context.client_ip)
        except NotUnderReview as exc:
            return ClipExportNotUnderReview(code="EXPORT_NOT_UNDER_REVIEW", message=str(exc))
        return ClipExportPayload(export=ClipExportType.from_row(row))
