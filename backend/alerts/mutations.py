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
