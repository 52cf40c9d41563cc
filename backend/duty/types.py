from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Annotated

import strawberry

from backend.duty.models import DutyCheckIn, DutyShift
from backend.graphql_core.context import Info
from backend.graphql_core.errors import UserError
from backend.graphql_core.ids import to_global_id
from backend.lifecycle.errors import RuleViolation
from backend.projects.models import Project

if TYPE_CHECKING:
    from backend.auth.types import UserType


async def _user(info: Info, pk: int) -> object:
    from backend.auth.types import UserType

    user = await info.context.loaders.user_by_id.load(pk)
    return UserType.from_row(user) if user else None


@strawberry.type(name="DutyShift")
class DutyShiftType:
    row: strawberry.Private[DutyShift]
    id: strawberry.ID
    starts_at: datetime
    ends_at: datetime

    @classmethod
    def from_row(cls, row: DutyShift) -> DutyShiftType:
        return cls(
            row=row,
            id=strawberry.ID(to_global_id("DutyShift", row.id)),
            starts_at=row.starts_at,
            ends_at=row.ends_at,
        )

    @strawberry.field
    async def operator(self, info: Info) -> Annotated[UserType, strawberry.lazy("backend.auth.types")] | None:
        return await _user(info, self.row.operator_id)  # type: ignore[return-value]


@strawberry.type(name="DutyCheckIn")
class DutyCheckInType:
    row: strawberry.Private[DutyCheckIn]
    checked_in_at: datetime
    last_heartbeat_at: datetime
    checked_out_at: datetime | None

    @classmethod
    def from_row(cls, row: DutyCheckIn) -> DutyCheckInType:
        return cls(
            row=row,
            checked_in_at=row.checked_in_at,
            last_heartbeat_at=row.last_heartbeat_at,
            checked_out_at=row.checked_out_at,
        )

    @strawberry.field
    async def operator(self, info: Info) -> Annotated[UserType, strawberry.lazy("backend.auth.types")] | None:
        return await _user(info, self.row.operator_id)  # type: ignore[return-value]


@strawberry.type(
    name="DutyRoster", description="A project's monitoring room (Art. 9): shifts and who is present."
)
class DutyRosterType:
    row: strawberry.Private[Project]

    @strawberry.field
    async def shifts(self, info: Info) -> list[DutyShiftType]:
        return [
            DutyShiftType.from_row(r) for r in await info.context.loaders.shifts_by_project.load(self.row.id)
        ]

    @strawberry.field(description="Operators checked in with a fresh heartbeat.")
    async def present(self, info: Info) -> list[DutyCheckInType]:
        timeout = timedelta(seconds=info.context.services.settings.duty_heartbeat_timeout_seconds)
        cutoff = datetime.now(UTC) - timeout
        rows = await info.context.loaders.open_check_ins_by_project.load(self.row.id)
        return [DutyCheckInType.from_row(r) for r in rows if r.last_heartbeat_at >= cutoff]

    @strawberry.field(description="False when nobody is on duty: the Art. 9 'unattended' condition.")
    async def attended(self, info: Info) -> bool:
        return bool(await self.present(info))


@strawberry.type
class DutyShiftPayload:
    shift: DutyShiftType


@strawberry.type
class DutyCheckInPayload:
    check_in: DutyCheckInType


@strawberry.type
class DutyNotFound(UserError):
    pass


@strawberry.type
class DutyRefused(UserError):
    article: str


DutyShiftResult = Annotated[
    DutyShiftPayload | DutyNotFound | DutyRefused, strawberry.union("DutyShiftResult")
]
DutyCheckInResult = Annotated[
    DutyCheckInPayload | DutyNotFound | DutyRefused, strawberry.union("DutyCheckInResult")
]


def duty_error(exc: RuleViolation) -> DutyNotFound | DutyRefused:
    if exc.code.endswith("_NOT_FOUND"):
        return DutyNotFound(code=exc.code, message=exc.message)
    return DutyRefused(code=exc.code, message=exc.message, article=exc.article)
