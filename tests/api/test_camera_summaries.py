"""A selection of cameras that asks only for summary fields (a dashboard's ``cameras { id name status }``)
reads the summary columns; anything else reads whole rows; both answer the same, in every scope."""

from __future__ import annotations

import re

import pytest

from backend.cameras.models import Camera
from tests.statements import record_statements
from tests.world import World

SUMMARY = """
{ districts { projects(first: 100) { edges { node { code
    cameras { id name status ptzCapable locationKind viewerCanControl project { code } } } } } } }
"""
WHOLE = """
{ districts { projects(first: 100) { edges { node { code
    cameras { id name status ptzCapable locationKind viewerCanControl rtspPasswordSet mainStreamUrl } } } } } }
"""
BOTH_IN_ONE = """
{ districts { projects(first: 100) { edges { node { code
    brief: cameras { id name }
    full: cameras { id mainStreamUrl } } } } } }
"""


def camera_selects(statements: list[str]) -> list[str]:
    return [s for s in statements if re.search(r'FROM "camera"', s)]


def cameras_by_project(data: dict) -> dict[str, list[dict]]:  # type: ignore[type-arg]
    return {
        edge["node"]["code"]: edge["node"].get("cameras") or edge["node"].get("brief")
        for district in data["districts"]
        for edge in district["projects"]["edges"]
    }


def summary_of(cameras: list[dict]) -> list[tuple]:  # type: ignore[type-arg]
    return [
        (
            c["id"],
            c["name"],
            c["status"],
            c.get("ptzCapable"),
            c.get("locationKind"),
            c.get("viewerCanControl"),
        )
        for c in cameras
    ]


async def test_summary_selection_reads_no_stream_address_or_credential(as_role, world: World) -> None:  # type: ignore[no-untyped-def]
    statements, data = await record_statements(as_role("CITY_CENTER").data(SUMMARY))
    selects = camera_selects(statements)
    assert len(selects) == 1  # one statement for every project's cameras
    assert '"name"' in selects[0] and '"status"' in selects[0]
    for column in ("main_stream_url", "rtsp_password_encrypted", "onvif_password_encrypted", "device_serial"):
        assert column not in selects[0]
    listed = cameras_by_project(data)
    a1 = listed[world.project_a1.code]
    assert [c["name"] for c in a1] == [c.name for c in world.cameras["A1"]]
    assert all(c["project"]["code"] == world.project_a1.code for c in a1)


async def test_a_field_beyond_the_summary_reads_whole_rows(as_role, world: World) -> None:  # type: ignore[no-untyped-def]
    statements, data = await record_statements(as_role("CITY_CENTER").data(WHOLE))
    selects = camera_selects(statements)
    assert len(selects) == 1 and "main_stream_url" in selects[0]
    a1 = cameras_by_project(data)[world.project_a1.code]
    stored = {c.name: c.main_stream_url for c in await Camera.filter(project_id=world.project_a1.id)}
    assert {c["name"]: c["mainStreamUrl"] for c in a1} == stored


async def test_two_selections_of_the_same_cameras_each_get_what_they_ask(as_role, world: World) -> None:  # type: ignore[no-untyped-def]
    data = await as_role("CITY_CENTER").data(BOTH_IN_ONE)
    stored = {c.id: c for c in await Camera.filter(project_id=world.project_a1.id)}
    node = next(
        edge["node"]
        for district in data["districts"]
        for edge in district["projects"]["edges"]
        if edge["node"]["code"] == world.project_a1.code
    )
    assert [c["name"] for c in node["brief"]] == [stored[pk].name for pk in sorted(stored)]
    assert [c["mainStreamUrl"] for c in node["full"]] == [stored[pk].main_stream_url for pk in sorted(stored)]


@pytest.mark.parametrize("role", ["CITY_CENTER", "DISTRICT_CENTER", "SUPERVISOR", "PROVIDER"])
async def test_summary_rows_answer_like_whole_rows_in_every_scope(as_role, world: World, role: str) -> None:  # type: ignore[no-untyped-def]
    caller = as_role(role)
    summary = cameras_by_project(await caller.data(SUMMARY))
    whole = cameras_by_project(await caller.data(WHOLE))
    assert summary.keys() == whole.keys() and summary
    assert {code: summary_of(cams) for code, cams in summary.items()} == {
        code: summary_of(cams) for code, cams in whole.items()
    }
    if role != "CITY_CENTER":
        assert world.project_b1.code not in summary  # the other district stays out of a narrower scope


async def test_a_summary_row_is_read_only_and_lacks_what_it_did_not_read(world: World) -> None:
    from tortoise.exceptions import IncompleteInstanceError, OperationalError

    from backend.cameras.dataloaders import camera_summaries_by_project

    loader = camera_summaries_by_project(world.principals["CITY_CENTER"])
    rows = await loader.load(world.project_a1.id)
    stored = await Camera.filter(project_id=world.project_a1.id).order_by("id")
    assert [(r.id, r.name, r.status, r.ptz_capable, r.project_id) for r in rows] == [
        (c.id, c.name, c.status, c.ptz_capable, c.project_id) for c in stored
    ]
    with pytest.raises(AttributeError):
        rows[0].main_stream_url  # noqa: B018  (a column it never read)
    rows[0].name = "renamed"
    with pytest.raises((IncompleteInstanceError, OperationalError)):
        await rows[0].save()
    assert (await Camera.get(id=rows[0].id)).name == stored[0].name
