from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated

import strawberry

from backend.graphql_core.errors import UserError


@strawberry.enum
class StreamQuality(StrEnum):
    MAIN = "MAIN"
    SUB = "SUB"


@strawberry.type
class LiveViewSession:
    whep_url: str = strawberry.field(description="POST an SDP offer here (WHEP, RFC 9725).")
    ticket: str = strawberry.field(description="Send as `Authorization: Bearer <ticket>` to the gateway.")
    expires_at: datetime
    snapshot_url: str


@strawberry.type
class CameraNotFound(UserError):
    pass


@strawberry.type
class CameraUnavailable(UserError):
    pass


@strawberry.type
class GatewayUnavailable(UserError):
    pass


StartLiveViewResult = Annotated[
    LiveViewSession | CameraNotFound | CameraUnavailable | GatewayUnavailable,
    strawberry.union("StartLiveViewResult"),
]
