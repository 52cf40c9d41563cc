from __future__ import annotations

from datetime import date

import strawberry

from backend.graphql_core.ids import to_global_id
from backend.graphql_core.node import Node
from backend.organizations.models import Organization, OrganizationKind
from backend.organizations.services import qualification_expired

OrganizationKindEnum = strawberry.enum(OrganizationKind, name="OrganizationKind")


@strawberry.type(name="Organization")
class OrganizationType(Node):
    row: strawberry.Private[Organization]
    name: str
    kind: OrganizationKindEnum  # type: ignore[valid-type]
    credit_code: str | None = strawberry.field(description="统一社会信用代码 (GB 32100-2015).")
    contact_name: str
    contact_phone: str
    qualification_number: str
    qualification_level: str
    qualification_expires_on: date | None

    @classmethod
    def from_row(cls, row: Organization) -> OrganizationType:
        return cls(
            id=strawberry.ID(to_global_id("Organization", row.id)),
            row=row,
            name=row.name,
            kind=row.kind,
            credit_code=row.credit_code,
            contact_name=row.contact_name,
            contact_phone=row.contact_phone,
            qualification_number=row.qualification_number,
            qualification_level=row.qualification_level,
            qualification_expires_on=row.qualification_expires_on,
        )

    @strawberry.field(
        description="Art. 6: the qualification has expired; the provider cannot take new monitoring contracts."
    )
    def qualification_expired(self) -> bool:
        return qualification_expired(self.row)
