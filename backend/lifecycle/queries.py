from __future__ import annotations

import strawberry

from backend.authz.policy import Operation
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of
from backend.graphql_core.permissions import requires
from backend.lifecycle.types import ProjectLifecycleType


@strawberry.type
class LifecycleQueries:
    @strawberry.field(
        extensions=requires(Operation.VIEW_PROJECT),
        description="A project's lifecycle (Art. 6, 7, 15, 17): contract, history, penalties, next actions.",
    )
    async def project_lifecycle(self, info: Info, project_id: strawberry.ID) -> ProjectLifecycleType | None:
        pk = pk_of(project_id, "Project")
        row = await info.context.loaders.project_by_id.load(pk) if pk is not None else None
        return ProjectLifecycleType.from_row(row) if row else None
