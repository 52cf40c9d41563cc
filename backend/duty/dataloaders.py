from __future__ import annotations

from strawberry.dataloader import DataLoader

from backend.authz.policy import Principal
from backend.authz.scope import scoped
from backend.duty.models import DutyCheckIn, DutyShift
from backend.graphql_core.loading import many_per_key


def shifts_by_project(principal: Principal) -> DataLoader[int, list[DutyShift]]:
    async def load(keys: list[int]) -> list[list[DutyShift]]:
        rows = await scoped(DutyShift.filter(project_id__in=keys), principal).order_by("starts_at")
        return many_per_key(keys, rows, lambda row: row.project_id)

    return DataLoader(load_fn=load)


def open_check_ins_by_project(principal: Principal) -> DataLoader[int, list[DutyCheckIn]]:
    async def load(keys: list[int]) -> list[list[DutyCheckIn]]:
        rows = await scoped(DutyCheckIn.filter(project_id__in=keys, checked_out_at=None), principal).order_by(
            "id"
        )
        return many_per_key(keys, rows, lambda row: row.project_id)

    return DataLoader(load_fn=load)
