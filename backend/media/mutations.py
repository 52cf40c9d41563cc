from __future__ import annotations

import strawberry

from backend.authz.policy import Operation
from backend.cameras.models import Camera, CameraStatus
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of
from backend.graphql_core.permissions import requires
from backend.media.services import NoGatewayAvailable, start_live_view
from backend.media.types import (
    CameraNotFound,
    CameraUnavailable,
    GatewayUnavailable,
    LiveViewSession,
    StartLiveViewResult,
    StreamQuality,
)


@strawberry.type
class MediaMutations:
    @strawberry.mutation(
        extensions=requires(Operation.LIVE_VIEW),
        description="A short-lived ticket and WHEP URL to watch a camera live in the browser.",
    )
    async def start_live_view(
        self, info: Info, camera_id: strawberry.ID, quality: StreamQuality = StreamQuality.SUB
    ) -> StartLiveViewResult:
        principal = info.context.require_principal()
        pk = pk_of(camera_id, "Camera")
        row: Camera | None = await info.context.loaders.camera_by_id.load(pk) if pk is not None else None
        if row is None:
            return CameraNotFound(code="CAMERA_NOT_FOUND", message="No such camera in your scope")
        if row.status == CameraStatus.DECOMMISSIONED:
            return CameraUnavailable(
                code="CAMERA_DECOMMISSIONED", message="The camera has been removed (Art. 15)"
            )
        try:
            view = await start_live_view(info.context.services.settings, principal, row, quality.value)
        except NoGatewayAvailable as exc:
            return GatewayUnavailable(code="GATEWAY_UNAVAILABLE", message=str(exc))
        base = view.whep_url.rsplit("/whep/", 1)[0]
        return LiveViewSession(
            whep_url=view.whep_url,
            ticket=view.ticket,
            expires_at=view.expires_at,
            snapshot_url=f"{base}/snapshot/{row.id}",
        )
