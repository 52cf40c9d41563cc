"""Counting the SQL statements one request runs (tortoise logs each on ``tortoise.db_client``).

Only statements issued inside the counted call are counted: the app's background tasks (the
session-revocation poll, the event relay, scheduled checks) run their own statements meanwhile."""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from contextvars import ContextVar
from typing import TypeVar

T = TypeVar("T")
_counting: ContextVar[bool] = ContextVar("_counting", default=False)


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statements = 0

    def emit(self, record: logging.LogRecord) -> None:
        if _counting.get():
            self.statements += 1


async def count_statements(call: Awaitable[T]) -> tuple[int, T]:
    """Awaits ``call`` and returns how many SQL statements it ran, with its result."""
    logger = logging.getLogger("tortoise.db_client")
    counter, previous = _Counter(), logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(counter)
    marker = _counting.set(True)
    try:
        result = await call
    finally:
        _counting.reset(marker)
        logger.removeHandler(counter)
        logger.setLevel(previous)
    return counter.statements, result
