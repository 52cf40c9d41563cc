from __future__ import annotations

from typing import Generic, TypeVar

import strawberry

from backend.graphql_core.errors import BadInput
from backend.graphql_core.ids import from_cursor, to_cursor

NodeType = TypeVar("NodeType")

MAX_PAGE_SIZE = 200
DEFAULT_PAGE_SIZE = 50


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type
class Edge(Generic[NodeType]):
    cursor: str
    node: NodeType


@strawberry.type
class Connection(Generic[NodeType]):
    edges: list[Edge[NodeType]]
    page_info: PageInfo
    total_count: int


def page_bounds(first: int | None, after: str | None) -> tuple[int, int | None]:
    """Validated (page size, id after which to start)."""
    size = DEFAULT_PAGE_SIZE if first is None else first
    if size < 0 or size > MAX_PAGE_SIZE:
        raise BadInput(f"first must be between 0 and {MAX_PAGE_SIZE}")
    try:
        return size, from_cursor(after)
    except ValueError as exc:
        raise BadInput("after is not a valid cursor") from exc


def build_connection(rows: list[NodeType], keys: list[int], size: int, total: int) -> Connection[NodeType]:
    """``rows`` holds up to size+1 rows in key order; the extra one only signals a next page."""
    page = list(zip(rows, keys, strict=True))[:size]
    edges = [Edge(cursor=to_cursor(key), node=row) for row, key in page]
    return Connection(
        edges=edges,
        page_info=PageInfo(has_next_page=len(rows) > size, end_cursor=edges[-1].cursor if edges else None),
        total_count=total,
    )
