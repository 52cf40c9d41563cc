from __future__ import annotations

from strawberry.dataloader import DataLoader

from backend.authz.policy import Principal
from backend.authz.scope import scoped
from backend.graphql_core.loading import many_per_key
from backend.lifecycle.models import LifecycleTransition, MonitoringContract, PenaltyRecord


def contracts_by_project(principal: Principal) -> DataLoader[int, list[MonitoringContract]]:
    async def load(keys: list[int]) -> list[list[MonitoringContract]]:
        rows = await scoped(MonitoringContract.filter(project_id__in=keys), principal).order_by("id")
        return many_per_key(keys, rows, lambda row: row.project_id)

    return DataLoader(load_fn=load)


def transitions_by_project(principal: Principal) -> DataLoader[int, list[LifecycleTransition]]:
    async def load(keys: list[int]) -> list[list[LifecycleTransition]]:
        rows = await scoped(LifecycleTransition.filter(project_id__in=keys), principal).order_by("id")
        return many_per_key(keys, rows, lambda row: row.project_id)

    return DataLoader(load_fn=load)


def penalties_by_project(principal: Principal) -> DataLoader[int, list[PenaltyRecord]]:
    async def load(keys: list[int]) -> list[list[PenaltyRecord]]:
        rows = await scoped(PenaltyRecord.filter(project_id__in=keys), principal).order_by("id")
        return many_per_key(keys, rows, lambda row: row.project_id)

    return DataLoader(load_fn=load)
