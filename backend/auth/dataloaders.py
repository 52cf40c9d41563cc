from __future__ import annotations

from strawberry.dataloader import DataLoader

from backend.auth.models import User
from backend.graphql_core.loading import one_per_key


def user_by_id() -> DataLoader[int, User | None]:
    """Users are reached as authors of objects the principal can already see."""

    async def load(keys: list[int]) -> list[User | None]:
        rows = await User.filter(id__in=keys)
        return one_per_key(keys, rows, lambda row: row.id)

    return DataLoader(load_fn=load)
