from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Annotated

import strawberry

from backend.districts.dataloaders import ProjectPageKey
from backend.districts.models import District
from backend.graphql_core.context import Info
from backend.graphql_core.ids import to_global_id
from backend.graphql_core.loading import selected_fields_below, selection_below
from backend.graphql_core.node import Node
from backend.graphql_core.pagination import Connection, build_connection, page_bounds

if TYPE_CHECKING:
    from backend.projects.models import Project
    from backend.projects.types import ProjectType

ProjectRef = Annotated["ProjectType", strawberry.lazy("backend.projects.types")]


_ORGANIZATION_FIELDS = {
    "constructionUnit": "construction_unit_id",
    "supervisor": "supervisor_id",
    "contractor": "contractor_id",
    "provider": "provider_id",
}


async def preload_project_relations(info: Info, rows: list[Project], selected: set[str]) -> None:
    """Load the relations the query selects on a page of projects in one batch per relation, through
    the request's (scoped) DataLoaders: all districts' pages resume in the same loop turn, so their
    loads share one SQL statement per relation, and the per-project resolvers then complete from the
    loaders' caches synchronously instead of awaiting one task per project and field."""
    if not rows:
        return
    loaders = info.context.loaders
    # The page rows were read through project_scope: they are exactly what project_by_id returns.
    loaders.project_by_id.prime_many({row.id: row for row in rows})
    pending: list[Awaitable[object]] = []
    if "cameras" in selected:
        from backend.cameras.types import cameras_loader

        camera_fields = selection_below(info, "edges", "node", "cameras")
        pending.append(cameras_loader(loaders, camera_fields).load_many([row.id for row in rows]))
    if "district" in selected:
        pending.append(loaders.district_by_id.load_many({row.district_id for row in rows}))
    organization_ids = {
        pk
        for name, column in _ORGANIZATION_FIELDS.items()
        if name in selected
        for row in rows
        if (pk := getattr(row, column)) is not None
    }
    if organization_ids:
        pending.append(loaders.organization_by_id.load_many(organization_ids))
    if pending:
        await asyncio.gather(*pending)


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
        await preload_project_relations(info, page.rows, selected_fields_below(info, "edges", "node"))
        nodes = [ProjectType.from_row(row) for row in page.rows]
        return build_connection(nodes, [row.id for row in page.rows], size, page.total)
