"""A request's loaders are built on first use, once: one loader per relation and request is what
batches its reads (two builds would split a batch and lose the other's cache)."""

from __future__ import annotations

import asyncio

from strawberry.dataloader import DataLoader

from backend.loaders import Loaders
from tests.statements import count_statements
from tests.world import World


async def test_a_loader_is_built_when_first_read_and_then_kept(world: World) -> None:
    loaders = Loaders(world.principals["SUPERVISOR"])
    assert not any(isinstance(value, DataLoader) for value in vars(loaders).values())
    project = loaders.project_by_id
    assert project is loaders.project_by_id
    assert [name for name, value in vars(loaders).items() if isinstance(value, DataLoader)] == [
        "project_by_id"
    ]
    assert loaders.versions_by_document is loaders.versions_by_document  # unscoped ones too


async def test_reads_through_one_request_are_batched_and_cached(world: World) -> None:
    loaders = Loaders(world.principals["DISTRICT_CENTER"])

    async def load_twice() -> list[object]:
        keys = [world.project_a1.id, world.project_a2.id, world.project_b1.id]
        first = await asyncio.gather(*(loaders.project_by_id.load(key) for key in keys))
        again = [await loaders.project_by_id.load(key) for key in keys]
        return [*first, *again]

    statements, rows = await count_statements(load_twice())
    assert statements == 1  # one batch for the three keys; the second round from the cache
    names = [getattr(row, "code", None) for row in rows]
    assert names == ["A1", "A2", None, "A1", "A2", None]  # B1 is another district's
