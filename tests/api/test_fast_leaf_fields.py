"""The fast path for plain leaf fields (backend/graphql_core/execution.py) answers like graphql-core."""

from __future__ import annotations

import enum
from typing import Any

import strawberry

from backend.graphql_core.execution import ExecutionContext, mark_basic_leaf_fields


@strawberry.enum
class Colour(enum.Enum):
    RED = "red"


@strawberry.type
class Item:
    name: str
    note: str | None
    colour: Colour

    @strawberry.field
    def shout(self) -> str:
        return self.name.upper()


@strawberry.type
class Query:
    @strawberry.field
    def items(self) -> list[Item]:
        broken: Any = Item(name="b", note=None, colour=Colour.RED)
        broken.name = None  # a null where the schema promises a string
        return [Item(name="a", note=None, colour=Colour.RED), broken]


def schema() -> strawberry.Schema:
    built = strawberry.Schema(query=Query, execution_context_class=ExecutionContext)
    assert mark_basic_leaf_fields(built._schema) >= 3
    return built


def test_values_nulls_enums_and_errors_match_the_general_path() -> None:
    fast = schema().execute_sync("{ items { name note colour shout } }")
    plain = strawberry.Schema(query=Query).execute_sync("{ items { name note colour shout } }")
    assert fast.data == plain.data  # the null propagates up to the (non-null) list: data is null
    assert [e.message for e in fast.errors or []] == [e.message for e in plain.errors or []]
    assert "Cannot return null for non-nullable field Item.name" in fast.errors[0].message  # type: ignore[index]
    ok = schema().execute_sync("{ items { note colour } }")
    assert ok.errors is None
    assert ok.data == {"items": [{"note": None, "colour": "RED"}, {"note": None, "colour": "RED"}]}
