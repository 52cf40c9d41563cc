"""The fast path for plain leaf fields (backend/graphql_core/execution.py) answers like graphql-core."""

from __future__ import annotations

import enum
from typing import Any

import strawberry
from strawberry.permission import BasePermission

from backend.graphql_core.execution import ExecutionContext, mark_basic_leaf_fields, mark_plain_resolvers


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


def _same_as_general_path(query: str) -> Any:
    fast = schema().execute_sync(query)
    plain = strawberry.Schema(query=Query).execute_sync(query)
    assert fast.data == plain.data
    assert [(e.message, e.path) for e in fast.errors or []] == [
        (e.message, e.path) for e in plain.errors or []
    ]
    return fast


def test_a_list_of_leaf_only_objects_answers_like_the_general_path() -> None:
    # every selected field a plain leaf: the whole list is built at once, yet the null in item 1 is still
    # the located error of the general path (and makes the non-null list null)
    broken = _same_as_general_path("{ items { name note colour } }")
    assert broken.errors is not None and broken.errors[0].path == ["items", 1, "name"]
    # aliases, fragments and @include/@skip shape the response the same way
    shaped = _same_as_general_path(
        "{ items { c: colour ...F n: note @include(if: false) } } fragment F on Item { note @skip(if: false) }"
    )
    assert shaped.data == {"items": [{"c": "RED", "note": None}, {"c": "RED", "note": None}]}
    assert _same_as_general_path("{ items { __typename colour } }").data == {
        "items": [{"__typename": "Item", "colour": "RED"}, {"__typename": "Item", "colour": "RED"}]
    }


@strawberry.type
class MixedQuery:
    @strawberry.field
    def items(self) -> list[Item | None]:
        odd: Any = Item(name="c", note=None, colour=Colour.RED)
        odd.colour = "BLUE"  # a value the enum cannot serialize
        return [Item(name="a", note="n", colour=Colour.RED), None, odd]


def test_nullable_items_and_values_the_type_refuses_answer_like_the_general_path() -> None:
    query = "{ items { name note colour } }"
    fast_schema = strawberry.Schema(query=MixedQuery, execution_context_class=ExecutionContext)
    mark_basic_leaf_fields(fast_schema._schema)
    fast = fast_schema.execute_sync(query)
    plain = strawberry.Schema(query=MixedQuery).execute_sync(query)
    assert fast.data == plain.data
    assert fast.data is not None and fast.data["items"][:2] == [
        {"name": "a", "note": "n", "colour": "RED"},
        None,
    ]
    assert [(e.message, e.path) for e in fast.errors or []] == [
        (e.message, e.path) for e in plain.errors or []
    ]
    assert fast.errors and fast.errors[0].path == ["items", 2, "colour"]


def test_the_list_is_built_by_the_plan_not_item_by_item(monkeypatch: Any) -> None:
    from backend.graphql_core import execution

    built: list[Any] = []
    real_build = execution._build
    monkeypatch.setattr(
        execution,
        "_build",
        lambda plan, source, path=None: built.append(source) or real_build(plan, source, path),
    )
    completed: list[Any] = []
    real_complete = ExecutionContext.complete_list_item_value
    monkeypatch.setattr(
        ExecutionContext,
        "complete_list_item_value",
        lambda self, item, *args: completed.append(item) or real_complete(self, item, *args),
    )
    result = schema().execute_sync("{ items { note colour } }")
    assert result.errors is None
    assert len(built) == 2 and completed == []  # both items through the plan, none through the item path


class _Denied(BasePermission):
    message = "denied"

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return False


@strawberry.type
class Resolved:
    value: int

    @strawberry.field
    def doubled(self) -> int:
        return self.value * 2

    @strawberry.field
    def seen_by(self, info: strawberry.Info) -> str:
        return f"{info.context['who']} at {info.path.key}"

    @strawberry.field
    def from_root(self, root: Any) -> int:
        return int(root.value) + 1

    @strawberry.field
    async def later(self) -> int:
        return self.value + 100

    @strawberry.field
    def failing(self) -> int | None:
        raise ValueError("resolver failed")

    @strawberry.field
    def with_argument(self, by: int = 3) -> int:
        return self.value * by

    @strawberry.field(permission_classes=[_Denied])
    def guarded(self) -> int:
        return self.value


@strawberry.type
class ResolvedQuery:
    @strawberry.field
    def things(self) -> list[Resolved]:
        return [Resolved(value=1), Resolved(value=2)]


RESOLVED_QUERY = "{ things { value doubled seenBy fromRoot later failing withArgument guarded } }"


async def test_plain_resolvers_answer_like_strawberry_and_permissions_still_apply() -> None:
    fast = strawberry.Schema(query=ResolvedQuery, execution_context_class=ExecutionContext)
    replaced = mark_plain_resolvers(fast)
    graphql_type = fast._schema.type_map["Resolved"]
    assert {
        name for name, field in graphql_type.fields.items() if field.resolve.__name__.startswith("resolve")
    } == {
        "doubled",
        "seenBy",
        "fromRoot",
        "later",
        "failing",
    }
    assert replaced == 6  # and Query.things
    plain = strawberry.Schema(query=ResolvedQuery)
    results = [
        await schema.execute(RESOLVED_QUERY, context_value={"who": "inspector"}) for schema in (fast, plain)
    ]
    assert results[0].data == results[1].data
    assert [(e.message, e.path) for e in results[0].errors or []] == [
        (e.message, e.path) for e in results[1].errors or []
    ]
    assert results[0].data is None  # guarded is non-null and denied: the denial reaches the top
    partial = await fast.execute(
        "{ things { doubled seenBy fromRoot later failing withArgument } }",
        context_value={"who": "inspector"},
    )
    assert partial.data == {
        "things": [
            {
                "doubled": 2,
                "seenBy": "inspector at seenBy",
                "fromRoot": 2,
                "later": 101,
                "failing": None,
                "withArgument": 3,
            },
            {
                "doubled": 4,
                "seenBy": "inspector at seenBy",
                "fromRoot": 3,
                "later": 102,
                "failing": None,
                "withArgument": 6,
            },
        ]
    }
    assert [(e.message, e.path) for e in partial.errors or []] == [
        ("resolver failed", ["things", 0, "failing"]),
        ("resolver failed", ["things", 1, "failing"]),
    ]


# --- whole objects: connections, edges, resolvers with and without info, all in one plan ---


async def _later(value: int) -> int:
    return value


@strawberry.type
class Leafy:
    value: int

    @strawberry.field
    def label(self) -> str:  # needs nothing but self: read like an attribute
        return f"#{self.value}"

    @strawberry.field
    def where(self, info: strawberry.Info) -> str:  # its answer depends on the path it is asked at
        return ".".join(str(key) for key in info.path.as_list())

    @strawberry.field
    def maybe_later(self, info: strawberry.Info) -> int:
        # like a loader: at once when the value is at hand, else an awaitable
        return self.value if self.value % 2 else _later(self.value)  # type: ignore[return-value]

    @strawberry.field
    def always_later(self, info: strawberry.Info) -> int:
        return _later(self.value)  # type: ignore[return-value]

    @strawberry.field
    def broken(self) -> int | None:
        if self.value == 2:
            raise ValueError("broken two")
        return self.value

    @strawberry.field
    def must(self) -> int:
        return None if self.value == 3 else self.value  # type: ignore[return-value]


@strawberry.type
class Wrapper:
    cursor: str
    node: Leafy


@strawberry.type
class Page:
    edges: list[Wrapper]
    total: int

    @strawberry.field
    def first(self, info: strawberry.Info) -> Leafy | None:
        return self.edges[0].node if self.edges else None

    @strawberry.field
    def leaves(self) -> list[Leafy | None]:
        return [None, *(edge.node for edge in self.edges)]


@strawberry.type
class PageQuery:
    @strawberry.field
    def page(self, n: int, start: int = 1) -> Page:
        edges = [Wrapper(cursor=f"c{i}", node=Leafy(value=i)) for i in range(start, start + n)]
        return Page(edges=edges, total=n)


def _page_schemas() -> tuple[strawberry.Schema, strawberry.Schema]:
    fast = strawberry.Schema(query=PageQuery, execution_context_class=ExecutionContext)
    mark_basic_leaf_fields(fast._schema)
    mark_plain_resolvers(fast)
    return fast, strawberry.Schema(query=PageQuery)


async def _answers_alike(query: str) -> Any:
    fast, plain = _page_schemas()
    results = [await schema.execute(query) for schema in (fast, plain)]
    assert results[0].data == results[1].data
    assert [(e.message, e.path) for e in results[0].errors or []] == [
        (e.message, e.path) for e in results[1].errors or []
    ]
    return results[0]


def _record_walks(monkeypatch: Any) -> list[str]:
    """The type names of the objects plans build, in order."""
    from backend.graphql_core import execution

    walked: list[str] = []
    real_build = execution._build
    monkeypatch.setattr(
        execution,
        "_build",
        lambda plan, source, path=None: (
            walked.append(type(source).__name__) or real_build(plan, source, path)
        ),
    )
    return walked


async def test_a_page_of_edges_is_built_in_one_walk_with_the_paths_resolvers_see(monkeypatch: Any) -> None:
    walked = _record_walks(monkeypatch)
    query = """{ page(n: 3, start: 5) { __typename total
        edges { cursor node { value label where __typename } }
        first { where }
        leaves { label } } }"""
    result = await _answers_alike(query)
    assert result.errors is None
    page = result.data["page"]
    assert page["edges"][2] == {
        "cursor": "c7",
        "node": {"value": 7, "label": "#7", "where": "page.edges.2.node.where", "__typename": "Leafy"},
    }
    assert page["first"] == {"where": "page.first.where"}
    assert page["leaves"] == [None, {"label": "#5"}, {"label": "#6"}, {"label": "#7"}]
    # the page, its three edges and their nodes, the first and the leaves: all planned
    assert walked.count("Page") == 1 and walked.count("Wrapper") == 3 and walked.count("Leafy") == 7


async def test_an_awaitable_answer_sends_the_object_back_to_the_general_path_without_a_dangling_coroutine() -> (
    None
):
    import gc
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = await _answers_alike("{ page(n: 4) { edges { node { value maybeLater label } } } }")
        gc.collect()
    assert result.errors is None
    assert [e["node"]["maybeLater"] for e in result.data["page"]["edges"]] == [1, 2, 3, 4]
    assert not [w for w in caught if "never awaited" in str(w.message)]


async def test_errors_and_nulls_deep_in_a_planned_page_are_located_like_the_general_path() -> None:
    broken = await _answers_alike("{ page(n: 3) { total edges { node { value broken } } } }")
    assert [(e.message, e.path) for e in broken.errors or []] == [
        ("broken two", ["page", "edges", 1, "node", "broken"])
    ]
    assert broken.data["page"]["edges"][1]["node"] == {"value": 2, "broken": None}
    # a null where the schema promises an Int: the error travels up to the nearest nullable field
    nulled = await _answers_alike("{ page(n: 3) { total edges { cursor node { must } } } }")
    assert nulled.errors and nulled.errors[0].path == ["page", "edges", 2, "node", "must"]
    assert nulled.data is None  # page, edges, wrapper and node are all non-null


async def test_a_plan_whose_resolvers_keep_answering_later_is_given_up(monkeypatch: Any) -> None:
    from backend.graphql_core import execution

    walked = _record_walks(monkeypatch)
    result = await _answers_alike("{ page(n: 12) { edges { node { value alwaysLater } } } }")
    assert result.errors is None
    assert [e["node"]["alwaysLater"] for e in result.data["page"]["edges"]] == list(range(1, 13))
    # the page's, the edges' and the nodes' plans are each tried until they have missed 3 times: 7 node walks
    # for 12 nodes, where trying every time walks each node twice (through its edge's plan and its own)
    assert walked.count("Leafy") <= 3 * execution.MISSES_BEFORE_GIVING_UP
    walked.clear()
    monkeypatch.setattr(execution, "MISSES_BEFORE_GIVING_UP", 1_000)
    await _answers_alike("{ page(n: 12) { edges { node { value alwaysLater } } } }")
    assert walked.count("Leafy") >= 2 * 12
