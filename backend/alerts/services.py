"""Alerts are persisted first, then published; subscribers replay from a cursor,
so a client that reconnects misses nothing and sees nothing twice."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from tortoise import connections
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from backend.alerts.models import Alert, AlertSeverity
from backend.authz.policy import Principal
from backend.authz.roles import Role
from backend.authz.scope import alert_message_in_scope, scope_filter
from backend.events.bus import EventBus
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
    # Alert ids are the subscription cursor, so alerts must reach the bus in id order:
    # a subscriber that has seen id 12 skips anything <= 12. Insert and publish therefore
    # happen under one lock: a PostgreSQL advisory lock held until commit (all instances),
    # or an in-process lock for SQLite (single process).
    async with _publish_order_lock(), in_transaction() as connection:
        if connection.capabilities.dialect == "postgres":
            await connection.execute_query("SELECT pg_advisory_xact_lock($1)", [ALERT_ORDER_LOCK_KEY])
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
        await bus.publish(ALERTS_TOPIC, alert_message(alert, project))
    return alert


ALERT_ORDER_LOCK_KEY = 0x5357_414C  # "SWAL": any constant shared by all instances
_in_process_order = asyncio.Lock()


def _publish_order_lock() -> asyncio.Lock | contextlib.nullcontext[None]:
    connection = connections.get("default")
    return contextlib.nullcontext() if connection.capabilities.dialect == "postgres" else _in_process_order


def visible_alerts_filter(principal: Principal) -> Q:
    return scope_filter(Alert, principal)


def addressed_to(principal: Principal, audience_roles: list[str]) -> bool:
    return not audience_roles or str(principal.role) in audience_roles


def message_visible(principal: Principal, message: dict[str, Any]) -> bool:
    """Same decision as ``visible_alerts_filter``, on a bus message (no database round trip)."""
    return alert_message_in_scope(principal, message)


async def alerts_after(principal: Principal, after_id: int, limit: int = 500) -> list[Alert]:
    return await Alert.filter(visible_alerts_filter(principal), id__gt=after_id).order_by("id").limit(limit)
