"""Bad input gets a clear error and changes nothing."""

from __future__ import annotations

import uuid

import httpx

from backend.projects.models import Project
from tests.conftest import GraphQLClient
from tests.world import World


async def test_malformed_graphql_is_a_syntax_error(as_role) -> None:  # type: ignore[no-untyped-def]
    body = (await as_role("CITY_CENTER").raw("{ projects(first: 5 { edges }")).json()
    assert body["data"] is None
    assert "Syntax Error" in body["errors"][0]["message"]


async def test_unknown_field_is_a_validation_error(as_role) -> None:  # type: ignore[no-untyped-def]
    body = (await as_role("CITY_CENTER").raw("{ projects { nope } }")).json()
    assert body["data"] is None
    assert "Cannot query field 'nope'" in body["errors"][0]["message"]


async def test_too_deep_query_is_refused(as_role) -> None:  # type: ignore[no-untyped-def]
    loop = "cameras { project { district { projects { edges { node { "
    deep = "{ districts { projects { edges { node { " + loop * 3 + "name" + " } } } } } }" * 3 + " } } } } }"
    body = (await as_role("CITY_CENTER").raw(deep)).json()
    assert "exceeds maximum operation depth" in body["errors"][0]["message"]
    assert body.get("data") is None


async def test_too_many_aliases_are_refused(as_role) -> None:  # type: ignore[no-untyped-def]
    aliases = " ".join(f"a{i}: me {{ id }}" for i in range(40))
    body = (await as_role("CITY_CENTER").raw("{ " + aliases + " }")).json()
    assert "aliases found" in body["errors"][0]["message"]


async def test_too_many_tokens_are_refused(as_role) -> None:  # type: ignore[no-untyped-def]
    fields = " ".join(["id"] * 3000)
    body = (await as_role("CITY_CENTER").raw("{ me { " + fields + " } }")).json()
    assert (
        "exceeds the maximum allowed" in body["errors"][0]["message"]
        or "token" in body["errors"][0]["message"].lower()
    )


async def test_a_document_is_parsed_once_and_a_bad_one_fails_every_time(as_role, world: World) -> None:  # type: ignore[no-untyped-def]
    from strawberry.extensions.parser_cache import _get_parse_cache

    from backend.schema import PARSED_DOCUMENTS_LIMIT

    parse = _get_parse_cache(PARSED_DOCUMENTS_LIMIT)
    caller = as_role("CITY_CENTER")
    query = (
        f"query ParsedOnce($id: ID!) {{ node(id: $id) {{ id }} }} # {uuid.uuid4()}"  # a text new to the cache
    )
    first = parse.cache_info()
    for key in ("A1", "B1"):
        project = {"A1": world.project_a1, "B1": world.project_b1}[key]
        body = await caller.execute(query, {"id": world.gid("Project", project.id)})
        assert body["data"]["node"]["id"] == world.gid("Project", project.id)  # each answer its own
    after = parse.cache_info()
    assert (after.misses - first.misses, after.hits - first.hits) == (1, 1)
    over = "{ me { " + " ".join(["id"] * 3000) + " } }"
    for _ in range(2):  # refused (not cached), so refused again
        assert "token" in (await caller.raw(over)).json()["errors"][0]["message"].lower()
        assert "Syntax Error" in (await caller.raw("{ me { id }")).json()["errors"][0]["message"]


async def test_batched_requests_are_refused(client: httpx.AsyncClient, tokens: dict[str, str]) -> None:
    response = await client.post(
        "/graphql",
        json=[{"query": "{ me { id } }"}, {"query": "{ me { id } }"}],
        headers={"authorization": f"Bearer {tokens['CITY_CENTER']}"},
    )
    assert response.status_code == 400


async def test_unknown_and_out_of_scope_ids_look_the_same(as_role, world: World) -> None:  # type: ignore[no-untyped-def]
    supervisor = as_role("SUPERVISOR")
    query = "query($id: ID!) { project(id: $id) { name } }"
    out_of_scope = await supervisor.execute(query, {"id": world.gid("Project", world.project_b1.id)})
    missing = await supervisor.execute(query, {"id": world.gid("Project", 987654)})
    garbage = await supervisor.execute(query, {"id": "!!not-an-id!!"})
    wrong_type = await supervisor.execute(query, {"id": world.gid("Camera", world.cameras["A1"][0].id)})
    assert out_of_scope == missing == garbage == wrong_type == {"data": {"project": None}}


async def test_invalid_cursor_and_page_size_are_clear_errors(as_role) -> None:  # type: ignore[no-untyped-def]
    city = as_role("CITY_CENTER")
    bad_cursor = await city.execute('{ projects(after: "zzz") { totalCount } }')
    assert bad_cursor["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert bad_cursor["errors"][0]["message"] == "after is not a valid cursor"
    too_big = await city.execute("{ projects(first: 100000) { totalCount } }")
    assert too_big["errors"][0]["message"] == "first must be between 0 and 200"


async def test_unexpected_errors_are_masked(client: httpx.AsyncClient, tokens: dict[str, str]) -> None:
    caller = GraphQLClient(client, tokens["CITY_CENTER"])
    # An INTEGER overflow in a variable is rejected by GraphQL validation with a clear message...
    body = await caller.execute("query($n: Int) { projects(first: $n) { totalCount } }", {"n": 2**40})
    assert "Int cannot represent non 32-bit signed integer value" in body["errors"][0]["message"]


async def test_anonymous_callers_get_unauthenticated(anonymous: GraphQLClient) -> None:
    body = await anonymous.execute("{ projects { totalCount } }")
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_failed_mutation_changes_nothing(as_role, world: World) -> None:  # type: ignore[no-untyped-def]
    before = await Project.all().count()
    result = await as_role("DISTRICT_CENTER").data(
        'mutation($id: ID!) { createApiToken(name: "x", operations: ["VIEW_PROJECT"], projectId: $id) '
        "{ __typename ... on UserError { code message } } }",
        {"id": world.gid("Project", world.project_b1.id)},
    )
    assert result["createApiToken"] == {
        "__typename": "InvalidApiTokenRequest",
        "code": "INVALID_API_TOKEN_REQUEST",
        "message": "project not found",
    }
    assert await Project.all().count() == before


async def test_integration_tokens_cannot_be_granted_more_than_allowed(as_role) -> None:  # type: ignore[no-untyped-def]
    result = await as_role("CITY_CENTER").data(
        'mutation { createApiToken(name: "x", operations: ["VIEW_AUDIT_LOG"]) { __typename ... on UserError { code message } } }'
    )
    assert result["createApiToken"]["code"] == "INVALID_API_TOKEN_REQUEST"
    assert "VIEW_AUDIT_LOG" in result["createApiToken"]["message"]
