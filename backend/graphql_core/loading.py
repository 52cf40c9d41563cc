"""Helpers to build DataLoaders that return results in key order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TypeVar, cast

from graphql import FieldNode, FragmentSpreadNode, InlineFragmentNode, SelectionNode
from strawberry.dataloader import DataLoader
from strawberry.types import Info

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


Value = TypeVar("Value")
Out = TypeVar("Out")


def now_or_later(loader: DataLoader[Key, Value], key: Key, convert: Callable[[Value], Out]) -> Out:
    """``convert`` of the loader's value for ``key``: at once when the loader already holds it (no
    task and no await per object — graphql-core completes the field synchronously), otherwise an
    awaitable of it (graphql-core accepts either from a resolver). Resolvers of fields whose parent
    pre-loads them in one batch (see ``DistrictType.projects``) use this."""
    future = loader.cache_map.get(key) if loader.cache else None
    if future is not None and future.done() and not future.cancelled() and future.exception() is None:
        return convert(future.result())

    async def later() -> Out:
        return convert(await loader.load(key))

    return cast(Out, later())


def selected_fields_below(info: Info, *path: str) -> set[str]:
    """Names of the fields selected below ``path`` (e.g. ``edges``, ``node``) of the current
    field, through inline fragments and fragment spreads (read from the query's syntax tree:
    strawberry's ``selected_fields`` converts directives and arguments on every call)."""
    raw = info._raw_info
    fragments = raw.fragments
    level: list[SelectionNode] = [
        s for node in raw.field_nodes if node.selection_set for s in node.selection_set.selections
    ]
    for name in (*path, None):
        fields: list[FieldNode] = []
        stack = list(level)
        while stack:
            item = stack.pop()
            if isinstance(item, FieldNode):
                fields.append(item)
            elif isinstance(item, InlineFragmentNode):
                stack.extend(item.selection_set.selections)
            elif isinstance(item, FragmentSpreadNode) and item.name.value in fragments:
                stack.extend(fragments[item.name.value].selection_set.selections)
        if name is None:
            return {f.name.value for f in fields}
        level = [
            s for f in fields if f.name.value == name and f.selection_set for s in f.selection_set.selections
        ]
    return set()


def selection_below(info: Info, *path: str) -> frozenset[str]:
    """``selected_fields_below``, worked out once per request and field of the query: a resolver of a
    list's items (each project's ``cameras``) asks the same question for every item."""
    node = info._raw_info.field_nodes[0]
    key = (id(node), path)
    memo = info.context.selections
    found = memo.get(key)
    if found is None or found[0] is not node:
        # the node is kept with its answer, so its id cannot name another node while the memo lives
        found = memo[key] = (node, frozenset(selected_fields_below(info, *path)))
    return found[1]
