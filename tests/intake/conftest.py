"""Intake tests record every API response body and every log record of the session, so the last test
(test_zz_no_plaintext_credentials.py) can search them for the camera passwords used here."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

SEEN_RESPONSES: list[tuple[str, str]] = []  # (path, body)
SEEN_LOG_FILES: list[Path] = []  # output of the processes a test started (the gateway)
INTAKE_TESTS_RUN: list[str] = []  # node ids of the intake tests that ran before the leak check


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a record that cannot be formatted is still searched by its raw args
            self.lines.append(f"{record.msg!r} {record.args!r}")


LOG_RECORDER = _Recorder()


@pytest.fixture(scope="session", autouse=True)
def record_logs() -> Iterator[None]:
    root = logging.getLogger()
    previous = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(LOG_RECORDER)
    yield
    root.removeHandler(LOG_RECORDER)
    root.setLevel(previous)


@pytest.fixture(scope="session", autouse=True)
def record_responses(client: httpx.AsyncClient) -> None:
    async def keep(response: httpx.Response) -> None:
        await response.aread()
        SEEN_RESPONSES.append((response.request.url.path, response.text))

    if keep not in client.event_hooks["response"]:
        client.event_hooks["response"].append(keep)


@pytest.fixture(autouse=True)
def count_intake_tests(request: pytest.FixtureRequest) -> None:
    if "test_zz_" not in request.node.nodeid:
        INTAKE_TESTS_RUN.append(request.node.nodeid)
