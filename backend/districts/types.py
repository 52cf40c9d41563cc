from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import strawberry

from backend.districts.dataloaders import ProjectPageKey
from backend.districts.models import District
from backend.graphql_core.context import Info
from backend.graphql_core.ids import to_global_id
from backend.graphql_core.node import Node
from backend.graphql_core.pagination import Connection, build_connection, page_bounds

if TYPE_CHECKING:
    from backend.projects.types import ProjectType

ProjectRef = Annotated["ProjectType", strawberry.lazy("backend.projects.types")]


@strawberry.type(name="City")
class CityType:
    name: str
    name_en: str


@strawberry.type(name="District")
class DistrictType(Node):
    pk: strawberry.Private[int]
    code: str
    name: str
    name_en: str

    @classmethod
    def from_row(cls, row: District) -> DistrictType:
        return cls(
            id=strawberry.ID(to_global_id("District", row.id)),
            pk=row.id,
            code=row.code,
            name=row.name,
            name_en=row.name_en,
        )

    @strawberry.field(description="The district's projects visible to the caller, by id.")
    async def projects(
        self, info: Info, first: int | None = 50, after: str | None = None, search: str | None = None
    ) -> Connection[ProjectRef]:
        from backend.projects.types import ProjectType

        size, after_id = page_bounds(first, after)
        page = await info.context.loaders.projects_by_district.load(
            ProjectPageKey(self.pk, size, after_id, search.strip() if search else None)
        )
        nodes = [ProjectType.from_row(row) for row in page.rows]
        return build_connection(nodes, [row.id for row in page.rows], size, page.total)
