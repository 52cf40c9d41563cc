"""GraphQL mutations for project intake (issue 9). Thin: the rules live in backend.projects.services."""

from __future__ import annotations

from typing import Annotated

import strawberry

from backend.authz.policy import Operation
from backend.compliance.article5 import ProjectAttributes
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of
from backend.graphql_core.input_errors import InputRefused, IntakeError
from backend.graphql_core.permissions import requires
from backend.projects import services
from backend.projects.models import InfrastructureKind
from backend.projects.queries import ProjectAttributesInput
from backend.projects.types import ProjectChangeRequestType, ProjectType


@strawberry.input
class RegisterProjectInput:
    code: str
    name: str
    district_id: strawberry.ID
    address: str = ""
    attributes: ProjectAttributesInput = strawberry.field(default_factory=ProjectAttributesInput)
    construction_unit_id: strawberry.ID | None = None
    supervisor_id: strawberry.ID | None = None
    contractor_id: strawberry.ID | None = None
    provider_id: strawberry.ID | None = None


@strawberry.input
class UpdateProjectInput:
    name: str | None = None
    address: str | None = None
    attributes: ProjectAttributesInput | None = None
    construction_unit_id: strawberry.ID | None = strawberry.UNSET
    supervisor_id: strawberry.ID | None = strawberry.UNSET
    contractor_id: strawberry.ID | None = strawberry.UNSET
    provider_id: strawberry.ID | None = strawberry.UNSET


@strawberry.type
class ProjectPayload:
    project: ProjectType
    change_request: ProjectChangeRequestType | None = strawberry.field(
        default=None,
        description="Set when the change drops mandatory monitoring and waits for the district (Art. 5).",
    )


ProjectResult = Annotated[ProjectPayload | IntakeError, strawberry.union("ProjectResult")]


def attributes_from(input: ProjectAttributesInput) -> ProjectAttributes:
    return ProjectAttributes(
        government_invested=input.government_invested,
        single_building_area_m2=input.single_building_area_m2,
        group_building_area_m2=input.group_building_area_m2,
        investment_cny=input.investment_cny,
        infrastructure_kind=InfrastructureKind(input.infrastructure_kind),
        whole_building_relocation=input.whole_building_relocation,
    )


def _org_pk(value: strawberry.ID | None, field: str) -> int | None:
    if value is None:
        return None
    pk = pk_of(value, "Organization")
    if pk is None:
        raise InputRefused("ORGANIZATION_NOT_FOUND", "单位不存在 / No such organization", field)
    return pk


_PARTY_INPUTS = {
    "construction_unit_id": "constructionUnitId",
    "supervisor_id": "supervisorId",
    "contractor_id": "contractorId",
    "provider_id": "providerId",
}


@strawberry.type
class ProjectMutations:
    @strawberry.mutation(
        extensions=requires(Operation.REGISTER_PROJECT),
        description="Register a project. A district (or the city) registers it active; a construction unit's "
        "registration waits for the district (approvalStatus PENDING). Codes: INVALID_PROJECT_CODE, "
        "DUPLICATE_PROJECT_CODE, DISTRICT_NOT_FOUND, ORGANIZATION_NOT_FOUND, ORGANIZATION_KIND_MISMATCH, "
        "INVALID_ATTRIBUTE, INVALID_TEXT, NO_ORGANIZATION.",
    )
    async def register_project(self, info: Info, input: RegisterProjectInput) -> ProjectResult:
        try:
            data = services.ProjectData(
                code=input.code,
                name=input.name,
                address=input.address,
                district_id=pk_of(input.district_id, "District"),
                attributes=attributes_from(input.attributes),
                **{
                    column: _org_pk(getattr(input, column), f"input.{name}")
                    for column, name in _PARTY_INPUTS.items()
                },
            )
            project = await services.register_project(
                info.context.require_principal(), data, info.context.client_ip
            )
        except InputRefused as exc:
            return IntakeError.of(exc)
        return ProjectPayload(project=ProjectType.from_row(project))

    @strawberry.mutation(
        extensions=requires(Operation.APPROVE_PROJECT),
        description="The district approves or rejects a construction unit's registration. Codes: "
        "PROJECT_NOT_FOUND, NOT_PENDING.",
    )
    async def decide_project_registration(
        self, info: Info, project_id: strawberry.ID, approve: bool, reason: str = ""
    ) -> ProjectResult:
        try:
            project = await services.decide_registration(
                info.context.require_principal(),
                pk_of(project_id, "Project"),
                approve,
                reason,
                info.context.client_ip,
            )
        except InputRefused as exc:
            return IntakeError.of(exc)
        return ProjectPayload(project=ProjectType.from_row(project))

    @strawberry.mutation(
        extensions=requires(Operation.UPDATE_PROJECT),
        description="Change a project's name, address, Art. 5 attributes or parties (audited). A change by a "
        "construction unit that takes the project out of mandatory monitoring is returned as a pending "
        "changeRequest for the district. Codes: PROJECT_NOT_FOUND, INVALID_ATTRIBUTE, INVALID_TEXT, "
        "ORGANIZATION_NOT_FOUND, ORGANIZATION_KIND_MISMATCH.",
    )
    async def update_project(self, info: Info, id: strawberry.ID, input: UpdateProjectInput) -> ProjectResult:
        try:
            parties = {
                column: _org_pk(getattr(input, column), f"input.{name}")
                for column, name in _PARTY_INPUTS.items()
                if getattr(input, column) is not strawberry.UNSET
            }
            project, request = await services.update_project(
                info.context.require_principal(),
                pk_of(id, "Project"),
                services.ProjectUpdate(
                    name=input.name,
                    address=input.address,
                    attributes=attributes_from(input.attributes) if input.attributes is not None else None,
                    parties=parties or None,
                ),
                info.context.client_ip,
            )
        except InputRefused as exc:
            return IntakeError.of(exc)
        return ProjectPayload(
            project=ProjectType.from_row(project),
            change_request=ProjectChangeRequestType.from_row(request) if request else None,
        )

    @strawberry.mutation(
        extensions=requires(Operation.APPROVE_PROJECT),
        description="The district approves (applies) or rejects a pending attribute change. Codes: "
        "CHANGE_REQUEST_NOT_FOUND, NOT_PENDING.",
    )
    async def decide_project_change(
        self, info: Info, request_id: strawberry.ID, approve: bool, reason: str = ""
    ) -> ProjectResult:
        try:
            project, request = await services.decide_change(
                info.context.require_principal(),
                pk_of(request_id, "ProjectChangeRequest"),
                approve,
                reason,
                info.context.client_ip,
            )
        except InputRefused as exc:
            return IntakeError.of(exc)
        return ProjectPayload(
            project=ProjectType.from_row(project), change_request=ProjectChangeRequestType.from_row(request)
        )
