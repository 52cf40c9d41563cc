"""DataLoaders keep the dashboard query at a constant number of SQL statements."""

from __future__ import annotations

from backend.cameras.models import Camera
from backend.projects.models import Project
from tests.statements import count_statements
from tests.world import World

DASHBOARD = """
{ districts { id name projects(first: 100) { totalCount edges { node {
    id name status monitoringRequired district { name }
    constructionUnit { name } supervisor { name }
    cameras { id name status project { code } } } } } } }
"""


# Set around the counted request only: the app's background tasks (session-revocation poll, outbox
# relay, regulatory checks, lease sweeper) run in contexts of their own and are not part of it.
async def _count_statements(caller) -> tuple[int, dict]:  # type: ignore[no-untyped-def]
    return await count_statements(caller.data(DASHBOARD))


async def test_dashboard_query_count_does_not_grow_with_projects(as_role, world: World) -> None:  # type: ignore[no-untyped-def]
    city = as_role("CITY_CENTER")
    small_count, small = await _count_statements(city)
    extra = []
    for n in range(12):
        project = await Project.create(code=f"QC{n}", name=f"qc {n}", district=world.district_b)
        extra.append(project)
        for c in range(3):
            await Camera.create(project=project, name=f"qc{n}-{c}", main_stream_url="rtsp://127.0.0.1:9/x")
    try:
        large_count, large = await _count_statements(city)
    finally:
        await Camera.filter(project_id__in=[p.id for p in extra]).delete()
        await Project.filter(id__in=[p.id for p in extra]).delete()
    projects_small = sum(len(d["projects"]["edges"]) for d in small["districts"])
    projects_large = sum(len(d["projects"]["edges"]) for d in large["districts"])
    assert projects_large == projects_small + 12
    assert large_count == small_count
    # principal with its session check, districts, projects page + totals, organizations, cameras
    assert 4 <= small_count <= 9, small_count  # the request's own statements are counted
