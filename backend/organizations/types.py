from __future__ import annotations

import strawberry

from backend.graphql_core.ids import to_global_id
from backend.graphql_core.node import Node
from backend.organizations.models import Organization, OrganizationKind

OrganizationKindEnum = strawberry.enum(OrganizationKind, name="OrganizationKind")


@strawberry.type(name="Organization")
class OrganizationType(Node):
    name: str
    kind: OrganizationKindEnum  # type: ignore[valid-type]

    @classmethod
    def from_row(cls, row: Organization) -> OrganizationType:
        return cls(id=strawberry.ID(to_global_id("Organization", row.id)), name=row.name, kind=row.kind)
