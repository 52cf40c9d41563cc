from __future__ import annotations

from strawberry.dataloader import DataLoader

from backend.authz.policy import Principal
from backend.authz.scope import scoped
from backend.graphql_core.loading import many_per_key, one_per_key
from backend.hazards.models import HazardEvidence, HazardNotice, HazardNoticeEntry


def hazard_notice_by_id(principal: Principal) -> DataLoader[int, HazardNotice | None]:
    async def load(keys: list[int]) -> list[HazardNotice | None]:
        rows = await scoped(HazardNotice.filter(id__in=keys), principal)
        return one_per_key(keys, rows, lambda row: row.id)

    return DataLoader(load_fn=load)


def entries_by_notice() -> DataLoader[int, list[HazardNoticeEntry]]:
    """Only reached through a notice the principal could already load."""

    async def load(keys: list[int]) -> list[list[HazardNoticeEntry]]:
        rows = await HazardNoticeEntry.filter(notice_id__in=keys).order_by("id")
        return many_per_key(keys, rows, lambda row: row.notice_id)

    return DataLoader(load_fn=load)


def evidence_by_notice() -> DataLoader[int, list[HazardEvidence]]:
    """Only reached through a notice the principal could already load."""

    async def load(keys: list[int]) -> list[list[HazardEvidence]]:
        rows = await HazardEvidence.filter(notice_id__in=keys).order_by("id")
        return many_per_key(keys, rows, lambda row: row.notice_id or 0)

    return DataLoader(load_fn=load)
