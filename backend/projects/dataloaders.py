from __future__ import annotations

from strawberry.dataloader import DataLoader

from backend.authz.policy import Principal
from backend.authz.scope import scoped
from backend.graphql_core.loading import one_per_key
from backend.projects.models import Project


def project_by_id(principal: Principal) -> DataLoader[int, Project | None]:
    async def load(keys: list[int]) -> list[Project | None]:
        rows = await scoped(Project.filter(id__in=keys), principal)
        return one_per_key(keys, rows, lambda row: row.id)

    return DataLoader(load_fn=load)
