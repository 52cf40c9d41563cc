"""GraphQL for organizations (issue 9): the register of parties, with credit code and qualification."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from backend.authz.policy import Operation
from backend.districts.dataloaders import search_filter
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of
from backend.graphql_core.input_errors import InputRefused, IntakeError
from backend.graphql_core.pagination import Connection, build_connection, page_bounds
from backend.graphql_core.permissions import requires
from backend.organizations import services
from backend.organizations.models import Organization, OrganizationKind
from backend.organizations.types import OrganizationKindEnum, OrganizationType


@strawberry.input
class OrganizationInput:
    name: str
    kind: OrganizationKindEnum  # type: ignore[valid-type]
    credit_code: str
    contact_name: str = ""
    contact_phone: str = ""
    qualification_number: str = ""
    qualification_level: str = ""
    qualification_expires_on: date | None = None


@strawberry.type
class OrganizationPayload:
    organization: OrganizationType


OrganizationResult = Annotated[OrganizationPayload | IntakeError, strawberry.union("OrganizationResult")]


def _data(input: OrganizationInput) -> services.OrganizationData:
    return services.OrganizationData(
        name=input.name,
        kind=OrganizationKind(input.kind),
        credit_code=input.credit_code,
        contact_name=input.contact_name,
        contact_phone=input.contact_phone,
        qualification_number=input.qualification_number,
        qualification_level=input.qualification_level,
        qualification_expires_on=input.qualification_expires_on,
    )


@strawberry.type
class OrganizationQueries:
    @strawberry.field(
        extensions=requires(Operation.VIEW_ORGANIZATIONS),
        description="The city-wide register of organizations (parties to projects).",
    )
    async def organizations(
        self,
        info: Info,
        kind: OrganizationKindEnum | None = None,  # type: ignore[valid-type]
        search: str | None = None,
        first: int | None = 50,
        after: str | None = None,
    ) -> Connection[OrganizationType]:
        size, after_id = page_bounds(first, after)
        query = Organization.filter(**search_filter(search))
        if kind is not None:
            query = query.filter(kind=OrganizationKind(kind))
        total = await query.count()
        if after_id is not None:
            query = query.filter(id__gt=after_id)
        rows = await query.order_by("id").limit(size + 1)
        return build_connection(
            [OrganizationType.from_row(r) for r in rows], [r.id for r in rows], size, total
        )

    @strawberry.field(extensions=requires(Operation.VIEW_ORGANIZATIONS))
    async def organization(self, info: Info, id: strawberry.ID) -> OrganizationType | None:
        pk = pk_of(id, "Organization")
        row = await info.context.loaders.organization_by_id.load(pk) if pk is not None else None
        return OrganizationType.from_row(row) if row else None


@strawberry.type
class OrganizationMutations:
    @strawberry.mutation(
        extensions=requires(Operation.MANAGE_ORGANIZATIONS),
        description="Register an organization. Codes: INVALID_CREDIT_CODE, DUPLICATE_CREDIT_CODE, "
        "DUPLICATE_NAME, INVALID_NAME, QUALIFICATION_REQUIRED.",
    )
    async def create_organization(self, info: Info, input: OrganizationInput) -> OrganizationResult:
        try:
            org = await services.create_organization(
                info.context.require_principal(), _data(input), info.context.client_ip
            )
        except InputRefused as exc:
            return IntakeError.of(exc)
        return OrganizationPayload(organization=OrganizationType.from_row(org))

    @strawberry.mutation(
        extensions=requires(Operation.MANAGE_ORGANIZATIONS),
        description="Update an organization (its kind stays). Codes as createOrganization, ORGANIZATION_NOT_FOUND.",
    )
    async def update_organization(
        self, info: Info, id: strawberry.ID, input: OrganizationInput
    ) -> OrganizationResult:
        try:
            org = await services.update_organization(
                info.context.require_principal(),
                pk_of(id, "Organization"),
                _data(input),
                info.context.client_ip,
            )
        except InputRefused as exc:
            return IntakeError.of(exc)
        return OrganizationPayload(organization=OrganizationType.from_row(org))
