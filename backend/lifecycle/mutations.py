from __future__ import annotations

import strawberry

from backend.authz.policy import Operation
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of
from backend.graphql_core.permissions import requires
from backend.lifecycle import services
from backend.lifecycle.errors import RuleViolation
from backend.lifecycle.models import FeePayer
from backend.lifecycle.services import LifecycleAction
from backend.lifecycle.types import (
    FeePayerEnum,
    ProjectLifecyclePayload,
    ProjectLifecycleResult,
    ProjectLifecycleType,
    lifecycle_error,
)


@strawberry.input
class RecordMonitoringContractInput:
    project_id: strawberry.ID
    provider_name: str
    qualification_number: str
    fee_payer: FeePayerEnum  # type: ignore[valid-type]
    contract_number: str = ""


@strawberry.input
class ProjectActionInput:
    project_id: strawberry.ID
    note: str = ""


async def _advance(info: Info, input: ProjectActionInput, action: LifecycleAction) -> ProjectLifecycleResult:
    principal = info.context.require_principal()
    try:
        project = await services.advance(
            info.context.services.bus,
            principal,
            pk_of(input.project_id, "Project"),
            action,
            note=input.note,
            client_ip=info.context.client_ip,
        )
    except RuleViolation as exc:
        return lifecycle_error(exc)
    return ProjectLifecyclePayload(lifecycle=ProjectLifecycleType.from_row(project))


@strawberry.type
class LifecycleMutations:
    @strawberry.mutation(
        extensions=requires(Operation.RECORD_CONTRACT),
        description="Art. 6: record the monitoring contract; the fee payer must be the construction unit.",
    )
    async def record_monitoring_contract(
        self, info: Info, input: RecordMonitoringContractInput
    ) -> ProjectLifecycleResult:
        principal = info.context.require_principal()
        pk = pk_of(input.project_id, "Project")
        try:
            await services.record_contract(
                info.context.services.bus,
                principal,
                pk,
                provider_name=input.provider_name,
                qualification_number=input.qualification_number,
                fee_payer=FeePayer(input.fee_payer),
                contract_number=input.contract_number,
                client_ip=info.context.client_ip,
            )
            project = await services.scoped_project(principal, pk)
        except RuleViolation as exc:
            return lifecycle_error(exc)
        return ProjectLifecyclePayload(lifecycle=ProjectLifecycleType.from_row(project))

    @strawberry.mutation(
        extensions=requires(Operation.FILE_SAFETY_MEASURES),
        description="Art. 7: file safety measures; refused (ART7_CONTRACT_REQUIRED) without the monitoring contract.",
    )
    async def file_safety_measures(self, info: Info, input: ProjectActionInput) -> ProjectLifecycleResult:
        return await _advance(info, input, LifecycleAction.FILE_SAFETY_MEASURES)

    @strawberry.mutation(
        extensions=requires(Operation.REGISTER_MONITORING),
        description="Art. 7: register the project for remote monitoring; starts the Art. 11 document deadlines.",
    )
    async def register_monitoring(self, info: Info, input: ProjectActionInput) -> ProjectLifecycleResult:
        return await _advance(info, input, LifecycleAction.REGISTER_MONITORING)

    @strawberry.mutation(
        extensions=requires(Operation.GRANT_CONSTRUCTION_PERMIT),
        description="Art. 17: grant the construction permit; refused until required monitoring is set up and online.",
    )
    async def grant_construction_permit(
        self, info: Info, input: ProjectActionInput
    ) -> ProjectLifecycleResult:
        return await _advance(info, input, LifecycleAction.GRANT_CONSTRUCTION_PERMIT)

    @strawberry.mutation(
        extensions=requires(Operation.START_CONSTRUCTION), description="Permitted → under construction."
    )
    async def start_construction(self, info: Info, input: ProjectActionInput) -> ProjectLifecycleResult:
        return await _advance(info, input, LifecycleAction.START_CONSTRUCTION)

    @strawberry.mutation(
        extensions=requires(Operation.COMPLETE_CONSTRUCTION), description="Art. 15: construction completed."
    )
    async def complete_construction(self, info: Info, input: ProjectActionInput) -> ProjectLifecycleResult:
        return await _advance(info, input, LifecycleAction.COMPLETE_CONSTRUCTION)

    @strawberry.mutation(
        extensions=requires(Operation.REMOVE_EQUIPMENT),
        description="Art. 15: the provider has removed the equipment; every camera is decommissioned and the "
        "24-hour recording of it ends. Footage already recorded is kept for its retention period; evidence "
        "held for notices, orders, faults and exports is never deleted.",
    )
    async def confirm_equipment_removal(
        self, info: Info, input: ProjectActionInput
    ) -> ProjectLifecycleResult:
        return await _advance(info, input, LifecycleAction.REMOVE_EQUIPMENT)

    @strawberry.mutation(
        extensions=requires(Operation.DEREGISTER_PROJECT),
        description="Art. 15: deregister at the supervision authority once the equipment is removed.",
    )
    async def deregister_project(self, info: Info, input: ProjectActionInput) -> ProjectLifecycleResult:
        return await _advance(info, input, LifecycleAction.DEREGISTER)
