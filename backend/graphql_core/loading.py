"""Helpers to build DataLoaders that return results in key order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TypeVar

Row = TypeVar("Row")
Key = TypeVar("Key", bound=Hashable)


def one_per_key(keys: Sequence[Key], rows: Iterable[Row], key_of: Callable[[Row], Key]) -> list[Row | None]:
    by_key = {key_of(row): row for row in rows}
    return [by_key.get(key) for key in keys]


def many_per_key(keys: Sequence[Key], rows: Iterable[Row], key_of: Callable[[Row], Key]) -> list[list[Row]]:
    grouped: dict[Key, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[key_of(row)].append(row)
    return [grouped.get(key, []) for key in keys]
