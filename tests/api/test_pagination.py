"""Relay pagination of a district's projects and of the top-level project list."""

from __future__ import annotations

from tests.world import World

DISTRICT_PAGE = """
query($id: ID!, $after: String, $search: String) { district(id: $id) {
  projects(first: 1, after: $after, search: $search) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code } } } } }
"""
TOP_PAGE = """
query($after: String, $district: ID) { projects(first: 1, after: $after, districtId: $district) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { code } } } }
"""


async def test_district_projects_page_through_in_id_order(as_role, world: World) -> None:  # type: ignore[no-untyped-def]
    city = as_role("CITY_CENTER")
    district = world.gid("District", world.district_a.id)
    first = (await city.data(DISTRICT_PAGE, {"id": district}))["district"]["projects"]
    assert first["totalCount"] == 2
    assert [e["node"]["code"] for e in first["edges"]] == ["A1"]
    assert first["pageInfo"]["hasNextPage"] is True
    second = (await city.data(DISTRICT_PAGE, {"id": district, "after": first["pageInfo"]["endCursor"]}))[
        "district"
    ]["projects"]
    assert [e["node"]["code"] for e in second["edges"]] == ["A2"]
    assert second["totalCount"] == 2  # the total counts the whole list, not what is left
    assert second["pageInfo"]["hasNextPage"] is False
    searched = (await city.data(DISTRICT_PAGE, {"id": district, "search": "a2"}))["district"]["projects"]
    assert searched["totalCount"] == 1 and [e["node"]["code"] for e in searched["edges"]] == ["A2"]


async def test_a_site_user_pages_only_its_own_project(as_role, world: World) -> None:  # type: ignore[no-untyped-def]
    supervisor = as_role("SUPERVISOR")
    page = (await supervisor.data(DISTRICT_PAGE, {"id": world.gid("District", world.district_a.id)}))[
        "district"
    ]["projects"]
    assert page["totalCount"] == 1 and [e["node"]["code"] for e in page["edges"]] == ["A1"]
    assert page["pageInfo"]["hasNextPage"] is False


async def test_top_level_projects_filter_by_district(as_role, world: World) -> None:  # type: ignore[no-untyped-def]
    city = as_role("CITY_CENTER")
    page = (await city.data(TOP_PAGE, {"district": world.gid("District", world.district_b.id)}))["projects"]
    assert [e["node"]["code"] for e in page["edges"]] == ["B1"]
    assert page["pageInfo"]["hasNextPage"] is False
