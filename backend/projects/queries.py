from __future__ import annotations

import strawberry

from backend.authz.policy import Operation
from backend.authz.scope import scoped
from backend.compliance.article5 import ProjectAttributes, monitoring_requirement
from backend.districts.dataloaders import search_filter
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of
from backend.graphql_core.pagination import Connection, build_connection, page_bounds
from backend.graphql_core.permissions import requires
from backend.projects.models import ApprovalStatus, Project, ProjectChangeRequest
from backend.projects.types import (
    ApprovalStatusEnum,
    InfrastructureKindEnum,
    MonitoringRequirementType,
    ProjectChangeRequestType,
    ProjectType,
    RequirementReasonType,
)


@strawberry.input
class ProjectAttributesInput:
    government_invested: bool = False
    single_building_area_m2: float = 0.0
    group_building_area_m2: float = 0.0
    investment_cny: float = 0.0
    infrastructure_kind: InfrastructureKindEnum = InfrastructureKindEnum.NONE  # type: ignore[valid-type]
    whole_building_relocation: bool = False


@strawberry.type
class ProjectQueries:
    @strawberry.field(
        extensions=requires(Operation.VIEW_PROJECT), description="Projects in your scope, by id."
    )
    async def projects(
        self,
        info: Info,
        district_id: strawberry.ID | None = None,
        first: int | None = 50,
        after: str | None = None,
        search: str | None = None,
        approval_status: ApprovalStatusEnum | None = None,  # type: ignore[valid-type]
    ) -> Connection[ProjectType]:
        size, after_id = page_bounds(first, after)
        query = scoped(Project.filter(**search_filter(search)), info.context.require_principal())
        if approval_status is not None:
            query = query.filter(approval_status=ApprovalStatus(approval_status))
        if district_id is not None:
            query = query.filter(district_id=pk_of(district_id, "District") or -1)
        total = await query.count()
        if after_id is not None:
            query = query.filter(id__gt=after_id)
        rows = await query.order_by("id").limit(size + 1)
        return build_connection([ProjectType.from_row(r) for r in rows], [r.id for r in rows], size, total)

    @strawberry.field(
        extensions=requires(Operation.VIEW_PROJECT), description="Null when missing or out of scope."
    )
    async def project(self, info: Info, id: strawberry.ID) -> ProjectType | None:
        pk = pk_of(id, "Project")
        row = await info.context.loaders.project_by_id.load(pk) if pk is not None else None
        return ProjectType.from_row(row) if row else None

    @strawberry.field(
        extensions=requires(Operation.VIEW_PROJECT),
        description="Article 5: would a project with these attributes have to be monitored, and why.",
    )
    def monitoring_requirement(self, input: ProjectAttributesInput) -> MonitoringRequirementType:
        decision = monitoring_requirement(
            ProjectAttributes(
                government_invested=input.government_invested,
                single_building_area_m2=input.single_building_area_m2,
                group_building_area_m2=input.group_building_area_m2,
                investment_cny=input.investment_cny,
                infrastructure_kind=input.infrastructure_kind,
                whole_building_relocation=input.whole_building_relocation,
            )
        )
        return MonitoringRequirementType(
            required=decision.required,
            reasons=[
                RequirementReasonType(article=r.article, clause=r.clause, text=r.text)
                for r in decision.reasons
            ],
        )

    @strawberry.field(
        extensions=requires(Operation.VIEW_PROJECT),
        description="Attribute changes in your scope (default: those waiting for the district, Art. 5).",
    )
    async def project_change_requests(
        self,
        info: Info,
        status: ApprovalStatusEnum | None = ApprovalStatusEnum.PENDING,  # type: ignore[valid-type]
        first: int | None = 50,
        after: str | None = None,
    ) -> Connection[ProjectChangeRequestType]:
        size, after_id = page_bounds(first, after)
        query = scoped(ProjectChangeRequest.all(), info.context.require_principal())
        if status is not None:
            query = query.filter(status=ApprovalStatus(status))
        total = await query.count()
        if after_id is not None:
            query = query.filter(id__gt=after_id)
        rows = await query.order_by("id").limit(size + 1)
        return build_connection(
            [ProjectChangeRequestType.from_row(r) for r in rows], [r.id for r in rows], size, total
        )
