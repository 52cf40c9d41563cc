"""Runs last in tests/intake: no API response and no log line of the intake tests holds a camera password
in plain text. The one place the usable URLs go is the camera directory of the gateway that serves them
(``/internal/gateway/cameras``, authenticated with the gateway's own credential)."""

from __future__ import annotations

import pytest

from tests.intake.conftest import INTAKE_TESTS_RUN, LOG_RECORDER, SEEN_LOG_FILES, SEEN_RESPONSES
from tests.intake.support import PLAIN_PASSWORDS

GATEWAY_DIRECTORY = "/internal/gateway/cameras"


@pytest.fixture(autouse=True)
def after_the_intake_tests() -> None:
    if not INTAKE_TESTS_RUN:
        pytest.skip("searches what the other tests/intake tests recorded: run it with them")


def test_no_api_response_or_log_line_contains_a_camera_password() -> None:
    api_bodies = [body for path, body in SEEN_RESPONSES if path != GATEWAY_DIRECTORY]
    assert len(api_bodies) > 100, "the intake tests' responses were not recorded"
    assert any("rtspPasswordSet" in body for body in api_bodies)
    logs = list(LOG_RECORDER.lines)
    assert any("camera" in line for line in logs), "the session's log was not recorded"
    for path in SEEN_LOG_FILES:
        if path.exists():
            logs.append(path.read_text(errors="replace"))
    for password in PLAIN_PASSWORDS:
        leaking = [body[:200] for body in api_bodies if password in body]
        assert not leaking, f"{password!r} in API responses: {leaking}"
        logged = [line[:200] for line in logs if password in line]
        assert not logged, f"{password!r} in the log: {logged}"


def test_the_directory_is_where_the_gateway_gets_usable_urls() -> None:
    directory = [body for path, body in SEEN_RESPONSES if path == GATEWAY_DIRECTORY]
    assert any("rtsp://admin:" in body for body in directory)
