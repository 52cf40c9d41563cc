from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from backend.authz.policy import Operation, project_ref
from backend.cameras.models import Camera
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of
from backend.graphql_core.permissions import requires
from backend.media.services import NoGatewayAvailable
from backend.media.types import CameraNotFound, GatewayUnavailable
from backend.recordings.exports import GatewayRefused, NotRecorded, create_export
from backend.recordings.playback import InvalidRange, start_playback
from backend.recordings.types import (
    ClipExportPayload,
    ClipExportType,
    ExportClipResult,
    NothingRecorded,
    PlaybackSession,
    RecordingRangeInvalid,
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
        try:
            session = await start_playback(
                info.context.services.settings, principal, camera, at, info.context.client_ip
            )
        except InvalidRange as exc:
            return RecordingRangeInvalid(code="INVALID_RANGE", message=str(exc))
        except NoGatewayAvailable as exc:
            return GatewayUnavailable(code="GATEWAY_UNAVAILABLE", message=str(exc))
        return PlaybackSession(
            playlist_url=session.playlist_url,
            ticket=session.ticket,
            expires_at=session.expires_at,
            start=session.start,
            end=session.end,
            snapshot_url=session.snapshot_url,
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
        try:
            row = await create_export(
                info.context.services.settings, principal, camera, start, end, info.context.client_ip
            )
        except InvalidRange as exc:
            return RecordingRangeInvalid(code="INVALID_RANGE", message=str(exc))
        except NotRecorded as exc:
            return NothingRecorded(code="NOTHING_RECORDED", message=str(exc))
        except (NoGatewayAvailable, GatewayRefused) as exc:
            return GatewayUnavailable(code="GATEWAY_UNAVAILABLE", message=str(exc))
        return ClipExportPayload(export=ClipExportType.from_row(row))
