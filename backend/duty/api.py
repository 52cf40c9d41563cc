"""GraphQL fields of the duty roster (Art. 9)."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry

from backend.authz.policy import Operation
from backend.duty import services
from backend.duty.types import (
    DutyCheckInPayload,
    DutyCheckInResult,
    DutyCheckInType,
    DutyRosterType,
    DutyShiftPayload,
    DutyShiftResult,
    DutyShiftType,
    duty_error,
)
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of
from backend.graphql_core.permissions import requires
from backend.lifecycle.errors import RuleViolation


@strawberry.input
class AddDutyShiftInput:
    project_id: strawberry.ID
    operator_id: strawberry.ID
    starts_at: datetime
    ends_at: datetime


@strawberry.type
class DutyQueries:
    @strawberry.field(
        extensions=requires(Operation.VIEW_DUTY_ROSTER),
        description="The project's monitoring-room roster (Art. 9).",
    )
    async def duty_roster(self, info: Info, project_id: strawberry.ID) -> DutyRosterType | None:
        pk = pk_of(project_id, "Project")
        row = await info.context.loaders.project_by_id.load(pk) if pk is not None else None
        if row is None or not info.context.allows(Operation.VIEW_DUTY_ROSTER):
            return None
        return DutyRosterType(row=row)


@strawberry.type
class DutyMutations:
    @strawberry.mutation(
        extensions=requires(Operation.MANAGE_DUTY_ROSTER), description="Art. 9: plan a shift."
    )
    async def add_duty_shift(self, info: Info, input: AddDutyShiftInput) -> DutyShiftResult:
        try:
            shift = await services.add_shift(
                info.context.require_principal(),
                pk_of(input.project_id, "Project"),
                pk_of(input.operator_id, "User"),
                input.starts_at,
                input.ends_at,
            )
        except RuleViolation as exc:
            return duty_error(exc)
        return DutyShiftPayload(shift=DutyShiftType.from_row(shift))

    @strawberry.mutation(
        extensions=requires(Operation.DUTY_CHECK_IN),
        description="Art. 9: check in to the monitoring room; call again as a heartbeat while on duty.",
    )
    async def duty_check_in(self, info: Info, project_id: strawberry.ID) -> DutyCheckInResult:
        try:
            row = await services.check_in(
                info.context.require_principal(), pk_of(project_id, "Project"), datetime.now(UTC)
            )
        except RuleViolation as exc:
            return duty_error(exc)
        return DutyCheckInPayload(check_in=DutyCheckInType.from_row(row))

    @strawberry.mutation(extensions=requires(Operation.DUTY_CHECK_IN), description="Art. 9: leave the room.")
    async def duty_check_out(self, info: Info, project_id: strawberry.ID) -> DutyCheckInResult:
        try:
            row = await services.check_out(
                info.context.require_principal(), pk_of(project_id, "Project"), datetime.now(UTC)
            )
        except RuleViolation as exc:
            return duty_error(exc)
        return DutyCheckInPayload(check_in=DutyCheckInType.from_row(row))
