from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from backend.authz.policy import Operation, decide, project_ref
from backend.compliance.article5 import (
    MonitoringRequirement,
    ProjectAttributes,
    attributes_of,
    monitoring_requirement,
)
from backend.graphql_core.context import Info
from backend.graphql_core.ids import to_global_id
from backend.graphql_core.loading import now_or_later, selection_below
from backend.graphql_core.node import Node
from backend.organizations.types import OrganizationType
from backend.projects.models import (
    ApprovalStatus,
    InfrastructureKind,
    Project,
    ProjectChangeRequest,
    ProjectStatus,
)

if TYPE_CHECKING:
    from backend.auth.types import UserType
    from backend.cameras.models import Camera
    from backend.cameras.types import CameraType
    from backend.districts.models import District
    from backend.districts.types import DistrictType
    from backend.documents.types import DocumentType
    from backend.organizations.models import Organization

ProjectStatusEnum = strawberry.enum(ProjectStatus, name="ProjectStatus")
InfrastructureKindEnum = strawberry.enum(InfrastructureKind, name="InfrastructureKind")
ApprovalStatusEnum = strawberry.enum(ApprovalStatus, name="ApprovalStatus")

_ATTRIBUTE_NAMES = {
    "government_invested": "governmentInvested",
    "single_building_area_m2": "singleBuildingAreaM2",
    "group_building_area_m2": "groupBuildingAreaM2",
    "investment_cny": "investmentCny",
    "infrastructure_kind": "infrastructureKind",
    "whole_building_relocation": "wholeBuildingRelocation",
}


@strawberry.type(name="ProjectAttributeValues", description="The six Art. 5 attributes of a project.")
class ProjectAttributeValuesType:
    government_invested: bool
    single_building_area_m2: float
    group_building_area_m2: float
    investment_cny: float
    infrastructure_kind: InfrastructureKindEnum  # type: ignore[valid-type]
    whole_building_relocation: bool

    @classmethod
    def of(cls, attributes: ProjectAttributes) -> ProjectAttributeValuesType:
        return cls(**{name: getattr(attributes, name) for name in _ATTRIBUTE_NAMES})


async def _attributes_after(info: Info, row: ProjectChangeRequest) -> ProjectAttributes:
    project = await info.context.loaders.project_by_id.load(row.project_id)
    assert project is not None  # requests are listed through their project's scope
    values = {**attributes_of(project).__dict__, **row.changes}
    values["infrastructure_kind"] = InfrastructureKind(values["infrastructure_kind"])
    return ProjectAttributes(**values)


@strawberry.type(name="ProjectChangeRequest")
class ProjectChangeRequestType(Node):
    row: strawberry.Private[ProjectChangeRequest]
    status: ApprovalStatusEnum  # type: ignore[valid-type]
    reason: str
    created_at: datetime
    decided_at: datetime | None

    @classmethod
    def from_row(cls, row: ProjectChangeRequest) -> ProjectChangeRequestType:
        return cls(
            id=strawberry.ID(to_global_id("ProjectChangeRequest", row.id)),
            row=row,
            status=row.status,
            reason=row.reason,
            created_at=row.created_at,
            decided_at=row.decided_at,
        )

    @strawberry.field(description="The requested attribute values, as a JSON object (snake_case keys).")
    def changes(self) -> strawberry.scalars.JSON:
        return strawberry.scalars.JSON(dict(self.row.changes))

    @strawberry.field
    async def project(self, info: Info) -> ProjectType:
        row = await info.context.loaders.project_by_id.load(self.row.project_id)
        assert row is not None  # requests are listed through their project's scope
        return ProjectType.from_row(row)

    @strawberry.field(description="Art. 5: the decision the project would get with the requested values.")
    async def monitoring_requirement_after(self, info: Info) -> MonitoringRequirementType:
        return _requirement_type(monitoring_requirement(await _attributes_after(info, self.row)))

    @strawberry.field(
        description="The project's Art. 5 attributes as they would be with the requested values."
    )
    async def attributes_after(self, info: Info) -> ProjectAttributeValuesType:
        return ProjectAttributeValuesType.of(await _attributes_after(info, self.row))

    @strawberry.field(
        description="Which attributes the request changes, by their GraphQL names (investmentCny, …)."
    )
    def changed_attributes(self) -> list[str]:
        return [_ATTRIBUTE_NAMES[key] for key in self.row.changes if key in _ATTRIBUTE_NAMES]

    @strawberry.field
    async def requested_by(
        self, info: Info
    ) -> Annotated[UserType, strawberry.lazy("backend.auth.types")] | None:
        from backend.auth.types import UserType

        if self.row.requested_by_id is None:
            return None
        user = await info.context.loaders.user_by_id.load(self.row.requested_by_id)
        return UserType.from_row(user) if user else None


@strawberry.type(name="RequirementReason")
class RequirementReasonType:
    article: str
    clause: str
    text: str


@strawberry.type(name="MonitoringRequirement")
class MonitoringRequirementType:
    required: bool
    reasons: list[RequirementReasonType]


PROJECT_ACTIONS = {
    "view_documents": Operation.VIEW_DOCUMENT,
    "upload_documents": Operation.UPLOAD_DOCUMENT,
    "view_access_log": Operation.VIEW_DOCUMENT_ACCESS_LOG,
    "view_hazards": Operation.VIEW_HAZARD_NOTICES,
    "issue_hazards": Operation.ISSUE_HAZARD_NOTICE,
    "respond_hazards": Operation.RESPOND_HAZARD_NOTICE,
    "review_hazards": Operation.REVIEW_RECTIFICATION,
    "view_faults": Operation.VIEW_FAULT_TICKETS,
    "view_duty": Operation.VIEW_DUTY_ROSTER,
    "manage_duty": Operation.MANAGE_DUTY_ROSTER,
    "export_clips": Operation.EXPORT_CLIP,
    "review_exports": Operation.REVIEW_CLIP_EXPORT,
}


@strawberry.type(name="ProjectActions", description="Per-project permissions of the caller.")
class ProjectActionsType:
    view_documents: bool
    upload_documents: bool
    view_access_log: bool
    view_hazards: bool
    issue_hazards: bool
    respond_hazards: bool
    review_hazards: bool
    view_faults: bool
    view_duty: bool
    manage_duty: bool
    export_clips: bool
    review_exports: bool


def _requirement_type(decision: MonitoringRequirement) -> MonitoringRequirementType:
    return MonitoringRequirementType(
        required=decision.required,
        reasons=[
            RequirementReasonType(article=r.article, clause=r.clause, text=r.text) for r in decision.reasons
        ],
    )


@strawberry.type(name="Project")
class ProjectType(Node):
    row: strawberry.Private[Project]
    code: str
    name: str
    address: str
    status: ProjectStatusEnum  # type: ignore[valid-type]
    government_invested: bool
    single_building_area_m2: float
    group_building_area_m2: float
    investment_cny: float
    infrastructure_kind: InfrastructureKindEnum  # type: ignore[valid-type]
    whole_building_relocation: bool
    latitude: float | None = strawberry.field(description="WGS-84 latitude of the site, if known.")
    longitude: float | None = strawberry.field(description="WGS-84 longitude of the site, if known.")
    approval_status: ApprovalStatusEnum = strawberry.field(  # type: ignore[valid-type]
        description="PENDING while a construction unit's registration waits for the district."
    )

    @classmethod
    def from_row(cls, row: Project) -> ProjectType:
        return cls(
            id=strawberry.ID(to_global_id("Project", row.id)),
            row=row,
            code=row.code,
            name=row.name,
            address=row.address,
            status=row.status,
            government_invested=row.government_invested,
            single_building_area_m2=row.single_building_area_m2,
            group_building_area_m2=row.group_building_area_m2,
            investment_cny=row.investment_cny,
            infrastructure_kind=row.infrastructure_kind,
            whole_building_relocation=row.whole_building_relocation,
            latitude=row.latitude,
            longitude=row.longitude,
            approval_status=row.approval_status,
        )

    @strawberry.field(
        description="What you may do on this project, decided by the server's policy (the SPA shows "
        "controls from this instead of mirroring the policy)."
    )
    def viewer_can(self, info: Info) -> ProjectActionsType:
        principal = info.context.require_principal()
        ref = project_ref(self.row)
        return ProjectActionsType(
            **{name: decide(principal, operation, ref) for name, operation in PROJECT_ACTIONS.items()}
        )

    @strawberry.field(description="Article 5: whether remote monitoring is mandatory for this project.")
    def monitoring_required(self) -> bool:
        return monitoring_requirement(attributes_of(self.row)).required

    @strawberry.field(description="Article 5: the decision and every clause that applies.")
    def monitoring_requirement(self) -> MonitoringRequirementType:
        decision = monitoring_requirement(attributes_of(self.row))
        return MonitoringRequirementType(
            required=decision.required,
            reasons=[
                RequirementReasonType(article=r.article, clause=r.clause, text=r.text)
                for r in decision.reasons
            ],
        )

    @strawberry.field(
        description="Whether you may add, edit, test and remove cameras here (MANAGE_CAMERAS in this project's scope)."
    )
    def viewer_can_manage_cameras(self, info: Info) -> bool:
        return info.context.allows(Operation.MANAGE_CAMERAS, project_ref(self.row))

    @strawberry.field(
        description="Whether you may change this project's name, address, Art. 5 attributes and parties "
        "(UPDATE_PROJECT in this project's scope)."
    )
    def viewer_can_update(self, info: Info) -> bool:
        return info.context.allows(Operation.UPDATE_PROJECT, project_ref(self.row))

    @strawberry.field(
        description="Whether you decide this project's registration and its pending attribute changes "
        "(APPROVE_PROJECT in this project's scope)."
    )
    def viewer_can_approve(self, info: Info) -> bool:
        return info.context.allows(Operation.APPROVE_PROJECT, project_ref(self.row))

    @strawberry.field(description="Attribute changes waiting for the district's approval (Art. 5).")
    async def pending_change_requests(self, info: Info) -> list[ProjectChangeRequestType]:
        rows = await info.context.loaders.change_requests_by_project.load(self.row.id)
        return [ProjectChangeRequestType.from_row(r) for r in rows]

    # The relation resolvers below are plain functions: when the page this project came from
    # pre-loaded the relation (backend.districts.types.preload_project_relations) they complete at
    # once, otherwise they return an awaitable (graphql-core accepts either).

    @strawberry.field
    def district(self, info: Info) -> Annotated[DistrictType, strawberry.lazy("backend.districts.types")]:
        return now_or_later(info.context.loaders.district_by_id, self.row.district_id, _district_type)

    def _organization(self, info: Info, pk: int | None) -> OrganizationType | None:
        if pk is None:
            return None
        return now_or_later(info.context.loaders.organization_by_id, pk, _organization_type)

    @strawberry.field(description="建设单位: the owner, who commissions and pays for monitoring (Art. 6).")
    def construction_unit(self, info: Info) -> OrganizationType | None:
        return self._organization(info, self.row.construction_unit_id)

    @strawberry.field(description="监理单位: runs the site monitoring room (Art. 9).")
    def supervisor(self, info: Info) -> OrganizationType | None:
        return self._organization(info, self.row.supervisor_id)

    @strawberry.field(description="施工总承包单位: the general contractor.")
    def contractor(self, info: Info) -> OrganizationType | None:
        return self._organization(info, self.row.contractor_id)

    @strawberry.field(description="监控服务单位: installs and maintains the cameras (Art. 12, 16).")
    def provider(self, info: Info) -> OrganizationType | None:
        return self._organization(info, self.row.provider_id)

    @strawberry.field
    def cameras(self, info: Info) -> list[Annotated[CameraType, strawberry.lazy("backend.cameras.types")]]:
        from backend.cameras.types import cameras_loader

        loader = cameras_loader(info.context.loaders, selection_below(info))
        return now_or_later(loader, self.row.id, _camera_types)

    @strawberry.field(description="Article 10 documents; empty for roles that may not browse them.")
    async def documents(
        self, info: Info
    ) -> list[Annotated[DocumentType, strawberry.lazy("backend.documents.types")]]:
        from backend.documents.types import DocumentType

        if not info.context.allows(Operation.VIEW_DOCUMENT, project_ref(self.row)):
            return []
        rows = await info.context.loaders.documents_by_project.load(self.row.id)
        return [DocumentType.from_row(row) for row in rows]


def _district_type(row: District | None) -> DistrictType:
    from backend.districts.types import DistrictType

    assert row is not None  # a visible project's district is always visible
    return DistrictType.from_row(row)


def _organization_type(row: Organization | None) -> OrganizationType | None:
    return OrganizationType.from_row(row) if row else None


def _camera_types(rows: list[Camera]) -> list[CameraType]:
    from backend.cameras.types import CameraType

    return [CameraType.from_row(row) for row in rows]
