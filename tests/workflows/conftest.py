"""Workflow fixtures on top of the shared per-engine world: fresh projects per test, principals
of each role scoped to them, and the app's event bus."""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import pytest

from backend.auth.models import User
from backend.authz.policy import Principal
from backend.authz.roles import Role
from backend.cameras.models import Camera, CameraStatus
from backend.districts.models import District
from backend.events.bus import EventBus
from backend.projects.models import Project, ProjectStatus
from tests.world import World

_serial = itertools.count(1)


@dataclass
class Site:
    project: Project
    cameras: list[Camera]
    people: dict[str, Principal]  # role → principal scoped to this project (centers: district / city)
    users: dict[str, User]


@pytest.fixture
def bus(app) -> EventBus:  # type: ignore[no-untyped-def]
    return app.state.services.bus


@pytest.fixture
def make_site(world: World) -> Callable[..., Awaitable[Site]]:
    async def make(
        status: ProjectStatus = ProjectStatus.DRAFT,
        *,
        required: bool = True,
        cameras: int = 2,
        camera_status: CameraStatus = CameraStatus.ONLINE,
    ) -> Site:
        n = next(_serial)
        template = world.project_a1
        # Its own district, so the shared world's counts (projects per district, alerts) stay as they are.
        district = await District.create(
            city_id=world.district_a.city_id,
            code=f"WF{n}-{id(world) % 10000}",
            name=f"流程区{n}",
            name_en=f"WF {n}",
        )
        project = await Project.create(
            code=f"WF{n}-{template.id}-{id(world) % 10000}",
            name=f"Workflow project {n}",
            district_id=district.id,
            status=status,
            single_building_area_m2=12_000.0 if required else 500.0,
            construction_unit_id=template.construction_unit_id,
            supervisor_id=template.supervisor_id,
            contractor_id=template.contractor_id,
            provider_id=template.provider_id,
        )
        rows = [
            await Camera.create(
                project=project,
                name=f"wf{n}-cam{i}",
                main_stream_url=f"rtsp://127.0.0.1:9/wf{n}-{i}",
                status=camera_status,
            )
            for i in range(cameras)
        ]
        people: dict[str, Principal] = {}
        users: dict[str, User] = {}
        for role in Role:
            if role is Role.INTEGRATION:
                continue
            scope: dict[str, object] = {}
            if role in (Role.DISTRICT_CENTER, Role.INSPECTOR):
                scope = {"district_id": district.id}
            elif role is Role.PROVIDER:
                scope = {"organization_id": template.provider_id}
            elif role is not Role.CITY_CENTER:
                scope = {"project_id": project.id}
            user = await User.create(
                username=f"wf{n}-{role.value.lower()}-{id(world) % 10000}",
                display_name=role.value,
                role=role,
                **scope,
            )
            users[role.value] = user
            people[role.value] = Principal(
                user_id=user.id,
                username=user.username,
                role=role,
                district_id=scope.get("district_id"),  # type: ignore[arg-type]
                project_id=scope.get("project_id"),  # type: ignore[arg-type]
                organization_id=scope.get("organization_id"),  # type: ignore[arg-type]
            )
        return Site(project=project, cameras=rows, people=people, users=users)

    return make
