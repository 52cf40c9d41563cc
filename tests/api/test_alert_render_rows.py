"""The rows a live alert's fields read are read once for all its audiences (``AlertRows``), and
each audience's loaders then answer exactly what their own scoped queries answer."""

from __future__ import annotations

from typing import Any

import pytest

from backend.alerts.render_rows import AlertRows
from backend.authz.roles import Role
from backend.authz.scope import in_scope_by_project
from backend.loaders import Loaders
from tests.statements import record_statements
from tests.world import World, create_notice

MISSING = 2_000_000_000


def _message(project_id: int | None, object_type: str, object_id: int) -> dict[str, Any]:
    return {"id": 1, "projectId": project_id, "objectType": object_type, "objectId": str(object_id)}


def _pk(row: Any) -> int | None:
    return None if row is None else int(row.pk)


async def _messages(world: World) -> list[dict[str, Any]]:
    messages = []
    for key, project in (("A1", world.project_a1), ("A2", world.project_a2), ("B1", world.project_b1)):
        with_camera = await create_notice(project.id, world.cameras[key][0])
        without_camera = await create_notice(project.id, None)
        messages += [
            _message(project.id, "HazardNotice", with_camera.id),
            _message(project.id, "HazardNotice", without_camera.id),
            _message(project.id, "Camera", world.cameras[key][1].id),
        ]
    # a notice whose camera belongs to another project: the camera is decided by its own project
    across = await create_notice(world.project_a1.id, world.cameras["B1"][1])
    messages += [
        _message(world.project_a1.id, "HazardNotice", across.id),
        _message(world.project_a1.id, "HazardNotice", MISSING),  # deleted since
        _message(None, "Camera", MISSING),
        _message(None, "Device", 7),  # not a row this reads
    ]
    return messages


async def test_rows_are_read_in_three_statements_whatever_the_batch(world: World) -> None:
    messages = await _messages(world)
    statements, rows = await record_statements(AlertRows.read(messages))
    assert len(statements) == 3, statements
    assert rows.notices[MISSING] is None and rows.cameras[MISSING] is None
    assert {world.cameras["B1"][1].id, world.cameras["A1"][0].id} <= set(rows.cameras)
    assert world.project_b1.id in rows.projects


@pytest.mark.parametrize("role", [role.value for role in Role])  # every role the world has a user of
async def test_primed_loaders_answer_what_the_scoped_queries_answer(world: World, role: str) -> None:
    rows = await AlertRows.read(await _messages(world))
    principal = world.principals[role]
    primed, plain = Loaders(principal), Loaders(principal)
    rows.prime(primed, principal)

    async def answers(loaders: Loaders) -> dict[str, dict[int, int | None]]:
        return {
            "projects": {pk: _pk(await loaders.project_by_id.load(pk)) for pk in rows.projects},
            "notices": {pk: _pk(await loaders.hazard_notice_by_id.load(pk)) for pk in rows.notices},
            "cameras": {pk: _pk(await loaders.camera_by_id.load(pk)) for pk in rows.cameras},
        }

    statements, from_primed = await record_statements(answers(primed))
    assert statements == []  # everything came from the shared rows
    from_database = await answers(plain)
    assert from_primed == from_database
    visible = [pk for pk in from_database["cameras"].values() if pk is not None]
    hidden = [pk for pk in from_database["cameras"].values() if pk is None]
    assert hidden, "every role here misses a camera: at least the deleted one"
    if role == "CITY_CENTER":
        assert len(visible) == len(rows.cameras) - 1
    if role == "SUPERVISOR":  # bound to A1: its cameras, not B1's camera on A1's notice
        assert set(visible) == {camera.id for camera in world.cameras["A1"]}


async def test_a_row_is_decided_only_by_its_own_project(world: World) -> None:
    camera = world.cameras["B1"][0]
    principal = world.principals["CITY_CENTER"]
    with pytest.raises(ValueError, match="belongs to project"):
        in_scope_by_project(principal, camera, world.project_a1)
    with pytest.raises(TypeError, match="not scoped by its own project"):
        in_scope_by_project(principal, world.project_a1, world.project_a1)
