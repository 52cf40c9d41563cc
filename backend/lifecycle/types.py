from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from backend.graphql_core.context import Info
from backend.graphql_core.errors import UserError
from backend.graphql_core.ids import to_global_id
from backend.lifecycle.errors import RuleViolation
from backend.lifecycle.models import FeePayer, LifecycleTransition, MonitoringContract, PenaltyRecord
from backend.lifecycle.services import USER_ACTIONS, LifecycleAction, check_action
from backend.projects.models import Project
from backend.projects.types import ProjectStatusEnum

if TYPE_CHECKING:
    from backend.projects.types import ProjectType

FeePayerEnum = strawberry.enum(
    FeePayer, name="FeePayer", description="Who pays the monitoring fees (Art. 6)."
)
LifecycleActionEnum = strawberry.enum(LifecycleAction, name="LifecycleAction")


@strawberry.type(name="MonitoringContract", description="The monitoring-service contract (Art. 6).")
class MonitoringContractType:
    id: strawberry.ID
    provider_name: str
    qualification_number: str
    fee_payer: FeePayerEnum  # type: ignore[valid-type]
    contract_number: str
    recorded_at: datetime

    @classmethod
    def from_row(cls, row: MonitoringContract) -> MonitoringContractType:
        return cls(
            id=strawberry.ID(to_global_id("MonitoringContract", row.id)),
            provider_name=row.provider_name,
            qualification_number=row.qualification_number,
            fee_payer=row.fee_payer,
            contract_number=row.contract_number,
            recorded_at=row.recorded_at,
        )


@strawberry.type(name="LifecycleTransition")
class LifecycleTransitionType:
    action: str
    from_status: str
    to_status: str
    actor_role: str
    note: str
    at: datetime

    @classmethod
    def from_row(cls, row: LifecycleTransition) -> LifecycleTransitionType:
        return cls(
            action=row.action,
            from_status=row.from_status,
            to_status=row.to_status,
            actor_role=row.actor_role,
            note=row.note,
            at=row.at,
        )


@strawberry.type(name="PenaltyRecord", description="A penalty for an unmonitored start (Art. 17).")
class PenaltyRecordType:
    article: str
    reason: str
    amount_cny: float
    issued_at: datetime

    @classmethod
    def from_row(cls, row: PenaltyRecord) -> PenaltyRecordType:
        return cls(article=row.article, reason=row.reason, amount_cny=row.amount_cny, issued_at=row.issued_at)


@strawberry.type(
    name="LifecycleActionCheck", description="Whether you may take an action now, and if not why."
)
class LifecycleActionCheckType:
    action: LifecycleActionEnum  # type: ignore[valid-type]
    allowed: bool
    code: str
    reason: str
    article: str


@strawberry.type(name="ProjectLifecycle")
class ProjectLifecycleType:
    row: strawberry.Private[Project]
    status: ProjectStatusEnum  # type: ignore[valid-type]

    @classmethod
    def from_row(cls, row: Project) -> ProjectLifecycleType:
        return cls(row=row, status=row.status)

    @strawberry.field
    async def project(self, info: Info) -> Annotated[ProjectType, strawberry.lazy("backend.projects.types")]:
        from backend.projects.types import ProjectType

        return ProjectType.from_row(self.row)

    @strawberry.field(description="The current monitoring contract (Art. 6), if recorded.")
    async def monitoring_contract(self, info: Info) -> MonitoringContractType | None:
        rows = await info.context.loaders.contracts_by_project.load(self.row.id)
        return MonitoringContractType.from_row(rows[-1]) if rows else None

    @strawberry.field(description="Accepted transitions, oldest first.")
    async def history(self, info: Info) -> list[LifecycleTransitionType]:
        rows = await info.context.loaders.transitions_by_project.load(self.row.id)
        return [LifecycleTransitionType.from_row(r) for r in rows]

    @strawberry.field
    async def penalties(self, info: Info) -> list[PenaltyRecordType]:
        rows = await info.context.loaders.penalties_by_project.load(self.row.id)
        return [PenaltyRecordType.from_row(r) for r in rows]

    @strawberry.field(
        description="Every user action with whether *you* may take it now, with the refusal reason."
    )
    async def next_actions(self, info: Info) -> list[LifecycleActionCheckType]:
        principal = info.context.require_principal()
        result = []
        for action in USER_ACTIONS:
            verdict = await check_action(principal, self.row, action)
            result.append(
                LifecycleActionCheckType(
                    action=action,
                    allowed=verdict.allowed,
                    code=verdict.code,
                    reason=verdict.reason,
                    article=verdict.article,
                )
            )
        return result


@strawberry.type
class ProjectLifecyclePayload:
    lifecycle: ProjectLifecycleType


@strawberry.type
class ProjectNotFound(UserError):
    pass


@strawberry.type(description="The lifecycle rule refused the action; `article` cites the regulation.")
class LifecycleRefused(UserError):
    article: str


ProjectLifecycleResult = Annotated[
    ProjectLifecyclePayload | ProjectNotFound | LifecycleRefused, strawberry.union("ProjectLifecycleResult")
]


def lifecycle_error(exc: RuleViolation) -> ProjectNotFound | LifecycleRefused:
    if exc.code.endswith("_NOT_FOUND"):
        return ProjectNotFound(code=exc.code, message=exc.message)
    return LifecycleRefused(code=exc.code, message=exc.message, article=exc.article)
