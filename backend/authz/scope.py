"""Scope for every model, in one place: ``scoped(queryset, principal)`` narrows rows to what the
principal may see, ``in_scope(principal, obj)`` decides one object. Domain code never compares
district or project ids of a principal itself.

A model this module does not know raises ``TypeError``: a new scoped model fails loudly until
its rule is written here (tests/authz walks every model).
"""

from __future__ import annotations

from typing import Any, TypeVar

from tortoise.expressions import Q, Subquery
from tortoise.models import Model
from tortoise.queryset import QuerySet

from backend.authz.policy import Operation, Principal, ProjectRef, decide, project_ref, project_scope
from backend.authz.policy import in_scope as _ref_in_scope
from backend.authz.roles import ScopeLevel

M = TypeVar("M", bound=Model)


def _models() -> dict[str, Any]:
    from backend.alerts.models import Alert
    from backend.audit.models import AuditEvent
    from backend.cameras.models import Camera
    from backend.control.models import CameraControlLeaseRow
    from backend.districts.models import District
    from backend.documents.access_models import DocumentAccess, DocumentRequirement
    from backend.documents.models import Document, DocumentVersion
    from backend.duty.models import DutyCheckIn, DutyShift
    from backend.faults.models import FaultTicket
    from backend.hazards.models import HazardEvidence, HazardNotice, HazardNoticeEntry
    from backend.lifecycle.models import LifecycleTransition, MonitoringContract, PenaltyRecord
    from backend.projects.models import Project
    from backend.recordings.models import ClipExport, RecordingGap, RecordingHold, RecordingSegment
    from backend.wall.models import WallLayout

    return {
        "Alert": Alert,
        "AuditEvent": AuditEvent,
        "Camera": Camera,
        "CameraControlLeaseRow": CameraControlLeaseRow,
        "District": District,
        "DocumentAccess": DocumentAccess,
        "DocumentRequirement": DocumentRequirement,
        "Document": Document,
        "DocumentVersion": DocumentVersion,
        "DutyCheckIn": DutyCheckIn,
        "DutyShift": DutyShift,
        "FaultTicket": FaultTicket,
        "HazardEvidence": HazardEvidence,
        "HazardNotice": HazardNotice,
        "HazardNoticeEntry": HazardNoticeEntry,
        "LifecycleTransition": LifecycleTransition,
        "MonitoringContract": MonitoringContract,
        "PenaltyRecord": PenaltyRecord,
        "Project": Project,
        "ClipExport": ClipExport,
        "RecordingGap": RecordingGap,
        "RecordingHold": RecordingHold,
        "RecordingSegment": RecordingSegment,
        "WallLayout": WallLayout,
    }


# How each project-owned model reaches its project: a relation path ("project__") for
# project_scope, or a plain integer column holding the project id.
_PROJECT_PATH: dict[str, str] = {
    "Project": "",
    "Camera": "project__",
    "Document": "project__",
    "DocumentVersion": "document__project__",
    "DutyShift": "project__",
    "FaultTicket": "project__",
    "HazardNotice": "project__",
    "HazardNoticeEntry": "notice__project__",
    "PenaltyRecord": "project__",
    "ProjectChangeRequest": "project__",
    "CameraRemoval": "project__",
    "DocumentRequirement": "project__",
    "MonitoringContract": "project__",
    "LifecycleTransition": "project__",
    "DutyCheckIn": "project__",
    # Evidence uploaded before its notice exists has no notice yet: its own project decides.
    "HazardEvidence": "project__",
    # Recorded footage and its exports belong to the camera's project.
    "RecordingSegment": "camera__project__",
    "RecordingGap": "camera__project__",
    "RecordingHold": "camera__project__",
    "ClipExport": "camera__project__",
}
_PROJECT_COLUMN: dict[str, str] = {"CameraControlLeaseRow": "project_id"}


def _projects_in_scope(principal: Principal) -> Subquery:
    from backend.projects.models import Project

    return Subquery(Project.filter(project_scope(principal)).values("id"))


def scope_filter(model: type[Model], principal: Principal) -> Q:
    """The row filter for ``model``; see ``scoped``."""
    name = model.__name__
    level = principal.scope_level
    if name in _PROJECT_PATH:
        return project_scope(principal, _PROJECT_PATH[name])
    if name in _PROJECT_COLUMN:
        if level is ScopeLevel.CITY:
            return Q()
        filters: dict[str, Any] = {f"{_PROJECT_COLUMN[name]}__in": _projects_in_scope(principal)}
        return Q(**filters)
    if name == "District":
        if level is ScopeLevel.CITY:
            return Q()
        if level is ScopeLevel.DISTRICT:
            return Q(id=principal.district_id)
        # A site user sees the district of a project it sees (never another district).
        from backend.projects.models import Project

        return Q(id__in=Subquery(Project.filter(project_scope(principal)).values("district_id")))
    if name == "Alert":
        addressed = Q(audience="") | Q(audience__contains=f",{principal.role},")
        if level is ScopeLevel.CITY:
            return addressed
        if level is ScopeLevel.DISTRICT:
            return addressed & Q(district_id=principal.district_id)
        return addressed & Q(project_id__in=_projects_in_scope(principal))
    if name in ("AuditEvent", "DocumentAccess"):
        # Logs: the city sees all, a district (center or inspector) its district, nobody else any.
        if level is ScopeLevel.CITY:
            return Q()
        if level is ScopeLevel.DISTRICT:
            return Q(district_id=principal.district_id)
        return Q(id=-1)
    if name == "WallLayout":
        # Video-wall layouts are personal: each user sees only their own.
        return Q(owner_id=principal.user_id)
    raise TypeError(f"authz.scope has no rule for {name}")


def scoped(queryset: QuerySet[M], principal: Principal) -> QuerySet[M]:
    """``queryset`` narrowed to rows inside the principal's scope."""
    return queryset.filter(scope_filter(queryset.model, principal))


def in_scope(principal: Principal, obj: object) -> bool:
    """One object, decided without a database round trip (projects, districts, refs, alerts)."""
    if isinstance(obj, ProjectRef):
        return _ref_in_scope(principal, obj)
    name = type(obj).__name__
    level = principal.scope_level
    if name == "Project":
        return _ref_in_scope(principal, project_ref(obj))
    if name == "District":
        if level is ScopeLevel.CITY:
            return True
        if level is ScopeLevel.DISTRICT:
            return principal.district_id == obj.id  # type: ignore[attr-defined]
        raise TypeError("a site user's districts depend on its projects: use scoped(District.all(), …)")
    raise TypeError(f"in_scope needs the object's project for {name}: use in_scope_row")


def in_scope_by_project(principal: Principal, obj: Model, project: object) -> bool:
    """A row of a model scoped by its own ``project`` relation (cameras, hazard notices, documents…),
    decided with that project at hand instead of a database round trip: what ``scoped`` keeps."""
    name = type(obj).__name__
    if _PROJECT_PATH.get(name) != "project__":
        raise TypeError(f"{name} is not scoped by its own project: use in_scope_row")
    project_id = getattr(obj, "project_id", None)
    if project_id != project.id:  # type: ignore[attr-defined]
        raise ValueError(f"this {name} belongs to project {project_id}, not {project.id}")  # type: ignore[attr-defined]
    return _ref_in_scope(principal, project_ref(project))


async def load_in_scope(model: type[M], pk: int | None, principal: Principal) -> M | None:
    """One row by primary key, or None when it is missing or outside the principal's scope
    (the two look the same to the caller)."""
    if pk is None:
        return None
    return await scoped(model.filter(pk=pk), principal).first()


async def load_with_project(
    model: type[M], pk: int | None, principal: Principal, operation: Operation
) -> tuple[M, Any] | None:
    """A project-owned row in scope together with its project, when the principal may perform
    ``operation`` on that project; else None."""
    from backend.projects.models import Project

    row = await load_in_scope(model, pk, principal)
    project_id = getattr(row, "project_id", None) if row is not None else None
    project = await Project.get_or_none(id=project_id) if project_id is not None else None
    if row is None or project is None or not decide(principal, operation, project_ref(project)):
        return None
    return row, project


def center_level(principal: Principal) -> ScopeLevel:
    """The level a center acts at: CITY for the city center, DISTRICT for everyone else."""
    return ScopeLevel.CITY if principal.scope_level is ScopeLevel.CITY else ScopeLevel.DISTRICT


def alert_message_in_scope(principal: Principal, message: dict[str, Any]) -> bool:
    """The Alert rule of ``scope_filter``, decided on a bus message (no database round trip)."""
    audience = message.get("audienceRoles", [])
    if audience and str(principal.role) not in audience:
        return False
    level = principal.scope_level
    if level is ScopeLevel.CITY:
        return True
    if level is ScopeLevel.DISTRICT:
        return bool(message.get("districtId") == principal.district_id)
    project_id = message.get("projectId")
    if project_id is None:
        return False
    ref = ProjectRef(project_id, message.get("districtId") or -1, message.get("projectOrganizations", {}))
    return _ref_in_scope(principal, ref)


async def in_scope_row(principal: Principal, obj: Model) -> bool:
    """Any stored object: whether ``scoped`` keeps it."""
    return await scoped(type(obj).filter(pk=obj.pk), principal).exists()


SCOPED_MODELS = tuple(
    sorted(
        {*_PROJECT_PATH, *_PROJECT_COLUMN, "District", "Alert", "AuditEvent", "DocumentAccess", "WallLayout"}
    )
)


def scoped_model(name: str) -> type[Model]:
    model: type[Model] = _models()[name]
    return model
