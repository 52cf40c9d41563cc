from __future__ import annotations

from strawberry.dataloader import DataLoader

from backend.graphql_core.loading import one_per_key
from backend.organizations.models import Organization


def organization_by_id() -> DataLoader[int, Organization | None]:
    """Organizations are reached through projects the principal can see."""

    async def load(keys: list[int]) -> list[Organization | None]:
        rows = await Organization.filter(id__in=keys)
        return one_per_key(keys, rows, lambda row: row.id)

    return DataLoader(load_fn=load)
