from __future__ import annotations

from typing import Any

from backend.audit.models import AuditEvent
from backend.auth.models import User


async def record_audit(
    action: str,
    *,
    actor: User | None = None,
    actor_id: int | None = None,
    actor_role: str = "",
    object_type: str = "",
    object_id: str = "",
    district_id: int | None = None,
    project_id: int | None = None,
    detail: dict[str, Any] | None = None,
    client_ip: str = "",
) -> AuditEvent:
    return await AuditEvent.create(
        action=action,
        actor_id=actor.id if actor else actor_id,
        actor_role=str(actor.role) if actor else actor_role,
        object_type=object_type,
        object_id=object_id,
        district_id=district_id,
        project_id=project_id,
        detail=detail or {},
        client_ip=client_ip,
    )
