"""Alerts are persisted first, then published; subscribers replay from a cursor,
so a client that reconnects misses nothing and sees nothing twice."""

from __future__ import annotations

from typing import Any

from tortoise.expressions import Q

from backend.alerts.models import Alert, AlertSeverity
from backend.authz.policy import Principal
from backend.authz.roles import Role
from backend.authz.scope import alert_message_in_scope, scope_filter
from backend.events.bus import EventBus, enqueue, event_transaction
from backend.projects.models import Project

ALERTS_TOPIC = "alerts"


def alert_message(alert: Alert, project: Project | None) -> dict[str, Any]:
    return {
        "id": alert.id,
        "kind": alert.kind,
        "severity": str(alert.severity),
        "title": alert.title,
        "message": alert.message,
        "districtId": alert.district_id,
        "projectId": alert.project_id,
        "audienceRoles": [role for role in alert.audience.split(",") if role],
        "objectType": alert.object_type,
        "objectId": alert.object_id,
        "createdAt": alert.created_at.isoformat(),
        "projectOrganizations": {
            column: getattr(project, column)
            for column in ("construction_unit_id", "supervisor_id", "contractor_id", "provider_id")
        }
        if project
        else {},
    }


async def raise_alert(
    bus: EventBus,
    *,
    kind: str,
    title: str,
    message: str = "",
    severity: AlertSeverity = AlertSeverity.WARNING,
    project: Project | None = None,
    district_id: int | None = None,
    audience_roles: list[Role] | None = None,
    object_type: str = "",
    object_id: str = "",
) -> Alert:
    # Alert ids are the subscription cursor, so they must follow commit order: inside an
    # event_transaction ids are handed out under the event-order lock (database only, until
    # commit). The bus sees the alert only after commit, through the outbox relay.
    async with event_transaction() as connection:
        alert = await Alert.create(
            kind=kind,
            severity=severity,
            title=title,
            message=message,
            project_id=project.id if project else None,
            district_id=project.district_id if project else district_id,
            audience=("," + ",".join(str(role) for role in audience_roles) + ",") if audience_roles else "",
            object_type=object_type,
            object_id=object_id,
            using_db=connection,
        )
        await enqueue(connection, ALERTS_TOPIC, alert_message(alert, project))
    bus.kick()
    return alert


def visible_alerts_filter(principal: Principal) -> Q:
    return scope_filter(Alert, principal)


def addressed_to(principal: Principal, audience_roles: list[str]) -> bool:
    return not audience_roles or str(principal.role) in audience_roles


def message_visible(principal: Principal, message: dict[str, Any]) -> bool:
    """Same decision as ``visible_alerts_filter``, on a bus message (no database round trip)."""
    return alert_message_in_scope(principal, message)


async def alerts_after(principal: Principal, after_id: int, limit: int = 500) -> list[Alert]:
    return await Alert.filter(visible_alerts_filter(principal), id__gt=after_id).order_by("id").limit(limit)


async def newest_alert_id() -> int:
    """Where a subscription without ``since`` starts: after everything already committed."""
    newest = await Alert.all().order_by("-id").limit(1).values_list("id", flat=True)
    return int(newest[0]) if newest else 0  # type: ignore[call-overload]


async def messages_after(after_id: int, limit: int = 500) -> list[dict[str, Any]]:
    """Every alert after a cursor as bus messages, whatever its scope (the fan-out filters)."""
    rows = await Alert.filter(id__gt=after_id).order_by("id").limit(limit)
    project_ids = {row.project_id for row in rows if row.project_id is not None}
    projects = {p.id: p for p in await Project.filter(id__in=project_ids)} if project_ids else {}
    return [alert_message(row, projects.get(row.project_id or 0)) for row in rows]
