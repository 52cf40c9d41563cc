"""Finding 2: width and cost are limited before execution — list sizes × nesting, a cap on
`first`, a body size limit, no field suggestions outside demo mode, one `login` per request."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from graphql import DocumentNode, FragmentDefinitionNode, OperationDefinitionNode, parse

from backend.app import create_app
from backend.graphql_core.limits import Budget, check_operation
from backend.schema import build_schema
from backend.settings import Settings
from tests.conftest import GraphQLClient, make_settings
from tests.world import World

ROOT = Path(__file__).resolve().parents[2]
WIDE = "projects(first: 200) { edges { node { cameras { project { cameras { project { cameras { id } } } } } } } }"


async def test_wide_nested_lists_are_refused_before_execution(as_role) -> None:  # type: ignore[no-untyped-def]
    body = (await as_role("PROVIDER").raw(f"{{ a: {WIDE} b: {WIDE} c: {WIDE} }}")).json()
    assert body.get("data") is None
    assert body["errors"][0]["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert "cost" in body["errors"][0]["message"]


async def test_first_is_capped_before_execution_also_through_variables(as_role) -> None:  # type: ignore[no-untyped-def]
    body = (
        await as_role("CITY_CENTER").raw(
            "query($n: Int!) { projects(first: $n) { edges { node { id } } } }", {"n": 201}
        )
    ).json()
    assert body.get("data") is None
    assert body["errors"][0]["message"] == "first must be between 0 and 200"
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


def test_every_spa_operation_fits_the_budget_at_the_largest_page() -> None:
    schema = build_schema()._schema
    definitions: list[Any] = []
    for path in sorted((ROOT / "frontend/src/graphql/operations").glob("*.graphql")):
        definitions += parse(path.read_text()).definitions
    fragments = [d for d in definitions if isinstance(d, FragmentDefinitionNode)]
    operations = [d for d in definitions if isinstance(d, OperationDefinitionNode)]
    assert operations
    for operation in operations:
        document = DocumentNode(definitions=[operation, *fragments])
        refused = check_operation(schema, document, {"first": 200}, Budget())
        assert refused is None, f"{operation.name.value if operation.name else '?'}: {refused}"


async def test_oversized_body_is_refused(client: httpx.AsyncClient) -> None:
    padding = "x" * (70 * 1024)
    response = await client.post("/graphql", json={"query": "{ __typename }", "variables": {"p": padding}})
    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "REQUEST_TOO_LARGE"


async def test_oversized_chunked_body_is_refused(client: httpx.AsyncClient) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"query": "{ __typename }", "variables": {"p": "'
        for _ in range(100):
            yield b"x" * 1024
        yield b'"}}'

    response = await client.post("/graphql", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


async def test_normal_body_passes(anonymous: GraphQLClient) -> None:
    assert (await anonymous.data("{ __typename }")) == {"__typename": "Query"}


@pytest.fixture
async def production_client(settings: Settings, world: World) -> AsyncIterator[httpx.AsyncClient]:
    """The same database served outside demo mode."""
    production = make_settings(settings.database_url, settings.data_dir, demo_mode=False)
    app = create_app(production, manage_database=False)
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 40001))
    async with httpx.AsyncClient(transport=transport, base_url="http://sitewatch.test") as http:
        yield http
    await app.state.services.close()


async def test_no_field_suggestions_outside_demo_mode(production_client: httpx.AsyncClient) -> None:
    anonymous = GraphQLClient(production_client)
    unknown_field = (await anonymous.execute("{ projcts { id } }"))["errors"][0]["message"]
    assert "Cannot query field 'projcts'" in unknown_field
    assert "Did you mean" not in unknown_field
    bad_enum = await anonymous.execute(
        "query($s: HazardStatus) { hazardNotices(status: $s) { totalCount } }", {"s": "OPN"}
    )
    assert "Did you mean" not in bad_enum["errors"][0]["message"]


async def test_demo_mode_keeps_suggestions(anonymous: GraphQLClient) -> None:
    message = (await anonymous.execute("{ projcts { id } }"))["errors"][0]["message"]
    assert "Did you mean 'projects'" in message
    bad_enum = await anonymous.execute(
        "query($s: HazardStatus) { hazardNotices(status: $s) { totalCount } }", {"s": "OPN"}
    )
    assert "Did you mean" in bad_enum["errors"][0]["message"]


async def test_one_login_per_request(anonymous: GraphQLClient, world: World) -> None:
    username = world.usernames["CITY_CENTER"]
    login = f'login(username: "{username}", password: "wrong") {{ __typename }}'
    for document in (
        f"mutation {{ a: {login} b: {login} }}",
        f"mutation {{ a: {login} ...F }} fragment F on Mutation {{ b: {login} }}",
    ):
        body = await anonymous.execute(document)
        assert body.get("data") is None
        assert body["errors"][0]["extensions"]["code"] == "QUERY_TOO_COMPLEX"
        assert "one login" in body["errors"][0]["message"]
    single = await anonymous.execute(f"mutation {{ {login} }}")
    assert single["data"]["login"]["__typename"] == "InvalidCredentials"
