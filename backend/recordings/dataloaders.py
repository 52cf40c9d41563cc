from __future__ import annotations

from strawberry.dataloader import DataLoader

from backend.graphql_core.loading import one_per_key
from backend.recordings.models import HoldReason, RecordingHold


def evidence_hold_by_notice() -> DataLoader[int, RecordingHold | None]:
    """The clip held as evidence of each hazard notice (callers have already scoped the notices)."""

    async def load(keys: list[int]) -> list[RecordingHold | None]:
        rows = await RecordingHold.filter(
            reason__in=(HoldReason.HAZARD_NOTICE, HoldReason.STOP_WORK_ORDER), ref_id__in=keys
        ).order_by("id")
        # one_per_key keeps the last row per key: ascending ids make that the newest hold of the notice
        return one_per_key(keys, rows, lambda row: row.ref_id or 0)

    return DataLoader(load_fn=load)
