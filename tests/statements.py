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


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if _counting.get():
            self.statements.append(record.getMessage())


async def record_statements(call: Awaitable[T]) -> tuple[list[str], T]:
    """Awaits ``call`` and returns the SQL statements it ran (as tortoise logs them), with its result."""
    logger = logging.getLogger("tortoise.db_client")
    recorder, previous = _Recorder(), logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(recorder)
    marker = _counting.set(True)
    try:
        result = await call
    finally:
        _counting.reset(marker)
        logger.removeHandler(recorder)
        logger.setLevel(previous)
    return recorder.statements, result


async def count_statements(call: Awaitable[T]) -> tuple[int, T]:
    """Awaits ``call`` and returns how many SQL statements it ran, with its result."""
    statements, result = await record_statements(call)
    return len(statements), result
