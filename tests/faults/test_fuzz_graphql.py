"""Fault suite: the whole GraphQL API fuzzed from its schema (hypothesis-graphql) as each role
against a real backend process: no 500, no masked ("Unexpected error.") and no unmasked internal
error — every error a client sees carries a code or is GraphQL's own parse/validation/input error.

CI runs a bounded number of examples per role (SITEWATCH_FUZZ_EXAMPLES, default 8); the bench
(bench/faults/fuzz_graphql.py) runs many more."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from datetime import UTC
from typing import Any

import graphql
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import mutations, nodes, queries

from backend.schema import build_schema
from tests.faults.backend_process import Backend, running_backend

pytestmark = pytest.mark.slow

EXAMPLES = int(os.environ.get("SITEWATCH_FUZZ_EXAMPLES", "8"))
ROLES = [
    "CITY_CENTER",
    "DISTRICT_CENTER",
    "INSPECTOR",
    "CONSTRUCTION_UNIT",
    "SUPERVISOR",
    "CONTRACTOR",
    "PROVIDER",
    "INTEGRATION",
]
# Ending the fuzzer's own session would only test that it ends (tests/api/test_session_end.py does).
SKIPPED_MUTATIONS = {"logout"}
CUSTOM_SCALARS = {
    "DateTime": st.datetimes(timezones=st.just(UTC)).map(lambda d: nodes.String(d.isoformat())),
    "JSON": st.dictionaries(st.text(max_size=5), st.integers(), max_size=3).map(
        lambda d: nodes.String(str(d))
    ),
}
# GraphQL's own messages for documents that are invalid for the schema or carry bad input values.
GRAPHQL_OWN = (
    "Syntax Error",
    "Cannot query",
    "Unknown argument",
    "Expected value of type",
    "cannot represent",
    "Int cannot",
    "Float cannot",
    "String cannot",
    "Boolean cannot",
    "ID cannot",
    "Variable",
    "Argument",
    "Field",
    "Enum",
    "Operation refused",
    "first must be",
    "is not a valid",
    "exceeds maximum",
)


@functools.cache
def documents() -> st.SearchStrategy[str]:
    gql: graphql.GraphQLSchema = build_schema()._schema
    mutation_fields = sorted(set(gql.mutation_type.fields) - SKIPPED_MUTATIONS)  # type: ignore[union-attr]
    return queries(gql, custom_scalars=CUSTOM_SCALARS) | mutations(  # type: ignore[no-any-return]
        gql, fields=mutation_fields, custom_scalars=CUSTOM_SCALARS
    )


def check(body: dict[str, Any], status: int, document: str) -> None:
    assert status != 500, document
    assert status in (200, 400, 413), (status, document)
    for error in body.get("errors") or []:
        message = error.get("message", "")
        assert message != "Unexpected error.", f"masked internal error for:\n{document}"
        code = (error.get("extensions") or {}).get("code")
        assert code or any(part in message for part in GRAPHQL_OWN), (
            f"unexplained error {message!r} for:\n{document}"
        )
        assert "Traceback" not in message and "tortoise" not in message.lower(), message


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backend]:
    with running_backend(tmp_path_factory.mktemp("fuzz")) as running:
        yield running


@pytest.mark.parametrize("role", ROLES)
def test_fuzzed_queries_and_mutations_never_fail_inside(backend: Backend, role: str) -> None:
    token = backend.token(role)
    with httpx.Client(base_url=backend.url, trust_env=False, timeout=30) as http:

        @settings(
            max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None
        )
        @given(document=documents())
        def run(document: str) -> None:
            response = http.post(
                "/graphql", json={"query": document}, headers={"authorization": f"Bearer {token}"}
            )
            check(response.json(), response.status_code, document)

        run()
