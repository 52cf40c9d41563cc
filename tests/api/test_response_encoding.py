"""GraphQL responses are compact UTF-8 JSON (orjson), and what orjson cannot encode still gets an answer."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response
from starlette.routing import Route

from backend.app import SiteWatchGraphQL
from tests.world import World


def graphql_view(app: Any) -> SiteWatchGraphQL:
    return next(r.endpoint for r in app.routes if isinstance(r, Route) and r.path == "/graphql")


async def test_chinese_names_travel_as_utf8_not_escapes(as_role, client, world: World) -> None:  # type: ignore[no-untyped-def]
    response = await as_role("CITY_CENTER").raw("{ districts { name } }")
    assert response.headers["content-type"] == "application/json"
    assert world.district_a.name.encode() in response.content  # 甲区 as UTF-8
    assert b"\\u" not in response.content
    assert {d["name"] for d in response.json()["data"]["districts"]} >= {world.district_a.name}


async def test_errors_keep_their_status_and_body(client) -> None:  # type: ignore[no-untyped-def]
    response = await client.post("/graphql", json={"query": "{ districts { nosuchfield } }"})
    assert response.status_code == 200
    assert "nosuchfield" in response.json()["errors"][0]["message"]


async def test_a_value_orjson_refuses_is_encoded_by_json(app) -> None:  # type: ignore[no-untyped-def]
    view = graphql_view(app)
    sub_response = Response(headers={"x-marker": "kept"})
    sub_response.status_code = 207
    huge = {"data": {"payload": {"count": 2**70}}}
    response = view.create_response(huge, sub_response)  # type: ignore[arg-type]
    assert json.loads(bytes(response.body)) == huge
    assert (response.status_code, response.headers["x-marker"]) == (207, "kept")
    plain = view.create_response({"data": {"n": 1}}, sub_response)
    assert json.loads(bytes(plain.body)) == {"data": {"n": 1}}
    assert (plain.status_code, plain.headers["x-marker"]) == (207, "kept")
