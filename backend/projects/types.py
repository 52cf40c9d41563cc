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
    from backend.cameras.types import CameraType
    from backend.districts.types import DistrictType
    from backend.documents.types import DocumentType

ProjectStatusEnum = strawberry.enum(ProjectStatus, name="ProjectStatus")
InfrastructureKindEnum = strawberry.enum(InfrastructureKind, name="InfrastructureKind")
ApprovalStatusEnum = strawberry.enum(ApprovalStatus, name="ApprovalStatus")


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
        project = await info.context.loaders.project_by_id.load(self.row.project_id)
        attributes = attributes_of(project)
        values = {**attributes.__dict__, **self.row.changes}
        values["infrastructure_kind"] = InfrastructureKind(values["infrastructure_kind"])
        return _requirement_type(monitoring_requirement(ProjectAttributes(**values)))


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

    @strawberry.field(description="Attribute changes waiting for the district's approval (Art. 5).")
    async def pending_change_requests(self, info: Info) -> list[ProjectChangeRequestType]:
        rows = await info.context.loaders.change_requests_by_project.load(self.row.id)
        return [ProjectChangeRequestType.from_row(r) for r in rows]

    @strawberry.field
    async def district(
        self, info: Info
    ) -> Annotated[DistrictType, strawberry.lazy("backend.districts.types")]:
        from backend.districts.types import DistrictType

        row = await info.context.loaders.district_by_id.load(self.row.district_id)
        assert row is not None  # a visible project's district is always visible
        return DistrictType.from_row(row)

    async def _organization(self, info: Info, pk: int | None) -> OrganizationType | None:
        if pk is None:
            return None
        row = await info.context.loaders.organization_by_id.load(pk)
        return OrganizationType.from_row(row) if row else None

    @strawberry.field(description="建设单位: the owner, who commissions and pays for monitoring (Art. 6).")
    async def construction_unit(self, info: Info) -> OrganizationType | None:
        return await self._organization(info, self.row.construction_unit_id)

    @strawberry.field(description="监理单位: runs the site monitoring room (Art. 9).")
    async def supervisor(self, info: Info) -> OrganizationType | None:
        return await self._organization(info, self.row.supervisor_id)

    @strawberry.field(description="施工总承包单位: the general contractor.")
    async def contractor(self, info: Info) -> OrganizationType | None:
        return await self._organization(info, self.row.contractor_id)

    @strawberry.field(description="监控服务单位: installs and maintains the cameras (Art. 12, 16).")
    async def provider(self, info: Info) -> OrganizationType | None:
        return await self._organization(info, self.row.provider_id)

    @strawberry.field
    async def cameras(
        self, info: Info
    ) -> list[Annotated[CameraType, strawberry.lazy("backend.cameras.types")]]:
        from backend.cameras.types import CameraType

        rows = await info.context.loaders.cameras_by_project.load(self.row.id)
        return [CameraType.from_row(row) for row in rows]

    @strawberry.field(description="Article 10 documents; empty for roles that may not browse them.")
    async def documents(
        self, info: Info
    ) -> list[Annotated[DocumentType, strawberry.lazy("backend.documents.types")]]:
        from backend.documents.types import DocumentType

        if not info.context.allows(Operation.VIEW_DOCUMENT, project_ref(self.row)):
            return []
        rows = await info.context.loaders.documents_by_project.load(self.row.id)
        return [DocumentType.from_row(row) for row in rows]
