from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from backend.audit.models import AuditEvent
from backend.graphql_core.ids import to_global_id


@strawberry.type(name="AuditEvent")
class AuditEventType:
    id: strawberry.ID
    at: datetime
    actor_username: str | None
    actor_role: str
    action: str
    object_type: str
    object_id: str
    detail: JSON

    @classmethod
    def from_row(cls, row: AuditEvent, actor_username: str | None) -> AuditEventType:
        return cls(
            id=strawberry.ID(to_global_id("AuditEvent", row.id)),
            at=row.at,
            actor_username=actor_username,
            actor_role=row.actor_role,
            action=row.action,
            object_type=row.object_type,
            object_id=row.object_id,
            detail=row.detail,
        )
