"""Project positions and the per-project state the map and the inspector's start page show.

``project_states`` answers for every project in scope with a fixed number of queries
(projects, cameras, open notices, documents present, requirements past due), whatever the
number of projects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from backend.authz.policy import Operation, Principal, decide, project_ref, project_scope
from backend.cameras.models import Camera, CameraStatus
from backend.documents.access_models import DocumentRequirement
from backend.documents.models import DocumentCategory, DocumentVersion
from backend.geo.gcj02 import distance_meters, gcj02_to_wgs84
from backend.hazards.models import HazardKind, HazardNotice, HazardStatus
from backend.lifecycle.errors import NotFound, RuleViolation
from backend.projects.models import Project, ProjectStatus


class CoordinateSystem(StrEnum):
    WGS84 = "WGS84"
    GCJ02 = "GCJ02"


@dataclass
class ProjectState:
    project: Project
    camera_count: int = 0
    offline_cameras: int = 0
    open_hazards: int = 0
    open_stop_work_orders: int = 0
    missing_documents: int = 0
    overdue_documents: int = 0
    distance_meters: float | None = None

    @property
    def stop_work(self) -> bool:
        return self.open_stop_work_orders > 0 or self.project.status == ProjectStatus.SUSPENDED


_OFFLINE = (CameraStatus.OFFLINE, CameraStatus.NO_VIDEO)
_CATEGORY_COUNT = len(DocumentCategory)


async def project_states(
    principal: Principal,
    *,
    district_id: int | None = None,
    near: tuple[float, float] | None = None,
    now: datetime | None = None,
) -> list[ProjectState]:
    now = now or datetime.now(UTC)
    projects_query = Project.filter(project_scope(principal))
    if district_id is not None:
        projects_query = projects_query.filter(district_id=district_id)
    projects = await projects_query.order_by("id")
    states = {p.id: ProjectState(project=p) for p in projects}
    if not states:
        return []
    scope = project_scope(principal, "project__")
    related = {"project__district_id": district_id} if district_id is not None else {}

    for project_id, status in await Camera.filter(scope, **related).values_list("project_id", "status"):
        state = states.get(project_id)
        if state is None or status == CameraStatus.DECOMMISSIONED:
            continue
        state.camera_count += 1
        if status in _OFFLINE:
            state.offline_cameras += 1

    notices = HazardNotice.filter(scope, **related).exclude(status=HazardStatus.CLOSED)
    for project_id, kind in await notices.values_list("project_id", "kind"):
        state = states.get(project_id)
        if state is None:
            continue
        if kind == HazardKind.STOP_WORK:
            state.open_stop_work_orders += 1
        else:
            state.open_hazards += 1

    present: dict[int, set[str]] = {}
    versions = DocumentVersion.filter(project_scope(principal, "document__project__"))
    if district_id is not None:
        versions = versions.filter(document__project__district_id=district_id)
    for project_id, category in (
        await versions.order_by("document__project_id", "document__category")
        .distinct()
        .values_list("document__project_id", "document__category")
    ):
        present.setdefault(project_id, set()).add(str(category))
    for project_id, state in states.items():
        state.missing_documents = _CATEGORY_COUNT - len(present.get(project_id, ()))

    due = DocumentRequirement.filter(scope, due_at__lt=now, **related)
    for project_id, category in await due.values_list("project_id", "category"):
        state = states.get(project_id)
        if state is not None and str(category) not in present.get(project_id, set()):
            state.overdue_documents += 1

    result = list(states.values())
    if near is not None:
        for state in result:
            if state.project.latitude is not None and state.project.longitude is not None:
                state.distance_meters = distance_meters(
                    near[0], near[1], state.project.latitude, state.project.longitude
                )
        result.sort(key=lambda s: (s.distance_meters is None, s.distance_meters or 0.0, s.project.id))
    return result


def validate_position(latitude: float, longitude: float) -> None:
    if not (-90.0 <= latitude <= 90.0) or not (-180.0 <= longitude <= 180.0):
        raise RuleViolation("INVALID_COORDINATES", "Latitude must be within ±90° and longitude within ±180°")
    if latitude != latitude or longitude != longitude:  # NaN
        raise RuleViolation("INVALID_COORDINATES", "Coordinates must be numbers")


async def set_project_location(
    principal: Principal,
    project_id: int | None,
    latitude: float,
    longitude: float,
    coordinate_system: CoordinateSystem,
) -> Project:
    """Store a picked position as WGS-84 (converted from GCJ-02 when picked on such a map)."""
    project = (
        await Project.filter(project_scope(principal), id=project_id).first()
        if project_id is not None
        else None
    )
    if project is None or not decide(principal, Operation.SET_PROJECT_LOCATION, project_ref(project)):
        raise NotFound("project")
    validate_position(latitude, longitude)
    if coordinate_system is CoordinateSystem.GCJ02:
        latitude, longitude = gcj02_to_wgs84(latitude, longitude)
    project.latitude = round(latitude, 7)
    project.longitude = round(longitude, 7)
    await project.save(update_fields=["latitude", "longitude", "updated_at"])
    return project
