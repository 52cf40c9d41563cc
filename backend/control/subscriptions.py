from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry

from backend.authz.policy import Operation
from backend.control.resolving import load_target
from backend.control.services import control_topic
from backend.control.types import CameraControlEvent, CameraControlEventKind, CameraControlLease
from backend.events.bus import Resync
from backend.graphql_core.context import Info
from backend.graphql_core.errors import BadInput
from backend.graphql_core.permissions import requires


@strawberry.type
class ControlSubscriptions:
    @strawberry.subscription(
        extensions=requires(Operation.VIEW_CAMERA),
        description="Who controls a camera, live: first a STATE event, then ACQUIRED / PREEMPTED / RELEASED / "
        "EXPIRED as they happen (through the event bus, so across backend instances).",
    )
    async def camera_control(
        self, info: Info, camera_id: strawberry.ID
    ) -> AsyncGenerator[CameraControlEvent, None]:
        target = await load_target(info, camera_id)  # scope is checked once: a camera never changes project
        if target is None:
            raise BadInput("No such camera in your scope")
        camera_pk, control = target.camera.id, target.control
        async with info.context.services.bus.subscribe(control_topic(camera_pk)) as stream:
            # Subscribe first, then read the state, so nothing that happens in between is lost.
            lease = await control.current(camera_pk)
            yield CameraControlEvent(
                kind=CameraControlEventKind.STATE,
                camera_id=camera_id,
                lease=CameraControlLease.from_lease(lease) if lease else None,
                previous=None,
                at=control.clock(),
            )
            async for message in stream:
                if isinstance(message, Resync):
                    lease = await control.current(camera_pk)
                    yield CameraControlEvent(
                        kind=CameraControlEventKind.STATE,
                        camera_id=camera_id,
                        lease=CameraControlLease.from_lease(lease) if lease else None,
                        previous=None,
                        at=control.clock(),
                    )
                    continue
                yield CameraControlEvent.from_message(message)
