from __future__ import annotations

from strawberry.dataloader import DataLoader

from backend.authz.policy import Principal
from backend.authz.scope import scoped
from backend.documents.access_models import DocumentRequirement
from backend.graphql_core.loading import many_per_key


def requirements_by_project(principal: Principal) -> DataLoader[int, list[DocumentRequirement]]:
    async def load(keys: list[int]) -> list[list[DocumentRequirement]]:
        rows = await scoped(DocumentRequirement.filter(project_id__in=keys), principal)
        return many_per_key(keys, rows, lambda row: row.project_id)

    return DataLoader(load_fn=load)
