from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import strawberry

from backend.alerts.models import Alert
from backend.alerts.services import visible_alerts_filter
from backend.alerts.types import AlertType
from backend.audit.services import record_audit
from backend.authz.policy import Operation
from backend.graphql_core.context import Info
from backend.graphql_core.errors import UserError
from backend.graphql_core.ids import pk_of
from backend.graphql_core.permissions import requires


@strawberry.type
class AlertNotFound(UserError):
    pass


@strawberry.type
class AlertAcknowledged:
    alert: AlertType


@strawberry.type
class AlertsAcknowledged:
    acknowledged_count: int = strawberry.field(description="How many were newly acknowledged.")
    alerts: list[AlertType]


@strawberry.type
class TooManyAlerts(UserError):
    pass


AcknowledgeAlertsResult = Annotated[
    AlertsAcknowledged | AlertNotFound | TooManyAlerts, strawberry.union("AcknowledgeAlertsResult")
]
BULK_ACKNOWLEDGE_LIMIT = 200

AcknowledgeAlertResult = Annotated[
    AlertAcknowledged | AlertNotFound, strawberry.union("AcknowledgeAlertResult")
]


@strawberry.type
class AlertMutations:
    @strawberry.mutation(
        extensions=requires(Operation.ACKNOWLEDGE_ALERT),
        description="Mark an alert visible to you as seen (idempotent: the first acknowledgement is kept).",
    )
    async def acknowledge_alert(self, info: Info, id: strawberry.ID) -> AcknowledgeAlertResult:
        principal = info.context.require_principal()
        pk = pk_of(id, "Alert")
        row = await Alert.filter(visible_alerts_filter(principal), id=pk).first() if pk is not None else None
        if row is None:
            return AlertNotFound(code="ALERT_NOT_FOUND", message="No such alert in your scope")
        if row.acknowledged_at is None:
            now = datetime.now(UTC)
            await Alert.filter(id=row.id, acknowledged_at=None).update(
                acknowledged_at=now, acknowledged_by_id=principal.user_id
            )
            await row.refresh_from_db()
            await record_audit(
                "alert.acknowledged",
                actor_id=principal.user_id,
                actor_role=str(principal.role),
                object_type="Alert",
                object_id=str(row.id),
                district_id=row.district_id,
                project_id=row.project_id,
                client_ip=info.context.client_ip,
            )
        return AlertAcknowledged(alert=AlertType.from_row(row))

    @strawberry.mutation(
        extensions=requires(Operation.ACKNOWLEDGE_ALERT),
        description="Acknowledge many alerts at once (all or nothing: any id not visible to you refuses all).",
    )
    async def acknowledge_alerts(self, info: Info, ids: list[strawberry.ID]) -> AcknowledgeAlertsResult:
        principal = info.context.require_principal()
        if len(ids) > BULK_ACKNOWLEDGE_LIMIT:
            return TooManyAlerts(
                code="TOO_MANY_ALERTS", message=f"At most {BULK_ACKNOWLEDGE_LIMIT} alerts at once"
            )
        pks = {pk_of(i, "Alert") for i in ids}
        if None in pks:
            return AlertNotFound(code="ALERT_NOT_FOUND", message="No such alert in your scope")
        rows = await Alert.filter(visible_alerts_filter(principal), id__in=pks)
        if len(rows) != len(pks):
            return AlertNotFound(code="ALERT_NOT_FOUND", message="No such alert in your scope")
        pending = [r.id for r in rows if r.acknowledged_at is None]
        count = 0
        if pending:
            count = await Alert.filter(id__in=pending, acknowledged_at=None).update(
                acknowledged_at=datetime.now(UTC), acknowledged_by_id=principal.user_id
            )
            await record_audit(
                "alerts.acknowledged",
                actor_id=principal.user_id,
                actor_role=str(principal.role),
                object_type="Alert",
                detail={"alertIds": pending},
                client_ip=info.context.client_ip,
            )
        fresh = await Alert.filter(id__in=pks).order_by("-id")
        return AlertsAcknowledged(acknowledged_count=count, alerts=[AlertType.from_row(r) for r in fresh])
