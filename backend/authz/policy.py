"""The one place where SiteWatch decides who may do what, where.

A decision is (role, operation) → allowed at all, then (principal scope, object) →
inside the scope. Queries apply the same scope as row filters (``project_scope``),
so a list never contains a row that ``decide`` would refuse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from tortoise.expressions import Q

from backend.authz.roles import Role, ScopeLevel


class Operation(StrEnum):
    VIEW_PROJECT = "VIEW_PROJECT"
    VIEW_CAMERA = "VIEW_CAMERA"
    VIEW_STREAM_URLS = "VIEW_STREAM_URLS"
    VIEW_DOCUMENT = "VIEW_DOCUMENT"
    VIEW_ALERTS = "VIEW_ALERTS"
    ACKNOWLEDGE_ALERT = "ACKNOWLEDGE_ALERT"
    VIEW_AUDIT_LOG = "VIEW_AUDIT_LOG"
    MANAGE_API_TOKENS = "MANAGE_API_TOKENS"
    LIVE_VIEW = "LIVE_VIEW"
    CONTROL_CAMERA = "CONTROL_CAMERA"
    RESERVE_CAMERA = "RESERVE_CAMERA"
    BREAK_RESERVATION = "BREAK_RESERVATION"
    # Issue 5: regulatory workflows (the article each serves is noted in POLICY).
    RECORD_CONTRACT = "RECORD_CONTRACT"
    FILE_SAFETY_MEASURES = "FILE_SAFETY_MEASURES"
    REGISTER_MONITORING = "REGISTER_MONITORING"
    GRANT_CONSTRUCTION_PERMIT = "GRANT_CONSTRUCTION_PERMIT"
    START_CONSTRUCTION = "START_CONSTRUCTION"
    RECORD_UNPERMITTED_START = "RECORD_UNPERMITTED_START"
    COMPLETE_CONSTRUCTION = "COMPLETE_CONSTRUCTION"
    REMOVE_EQUIPMENT = "REMOVE_EQUIPMENT"
    DEREGISTER_PROJECT = "DEREGISTER_PROJECT"
    UPLOAD_DOCUMENT = "UPLOAD_DOCUMENT"
    VIEW_DOCUMENT_ACCESS_LOG = "VIEW_DOCUMENT_ACCESS_LOG"
    VIEW_HAZARD_NOTICES = "VIEW_HAZARD_NOTICES"
    ISSUE_HAZARD_NOTICE = "ISSUE_HAZARD_NOTICE"
    RESPOND_HAZARD_NOTICE = "RESPOND_HAZARD_NOTICE"
    REVIEW_RECTIFICATION = "REVIEW_RECTIFICATION"
    VIEW_FAULT_TICKETS = "VIEW_FAULT_TICKETS"
    VIEW_DUTY_ROSTER = "VIEW_DUTY_ROSTER"
    MANAGE_DUTY_ROSTER = "MANAGE_DUTY_ROSTER"
    DUTY_CHECK_IN = "DUTY_CHECK_IN"
    # Issue 11: field, command center, map, monthly report.
    VIEW_SITE_MAP = "VIEW_SITE_MAP"
    SET_PROJECT_LOCATION = "SET_PROJECT_LOCATION"
    VIEW_MONTHLY_REPORT = "VIEW_MONTHLY_REPORT"
    MANAGE_WALL_LAYOUTS = "MANAGE_WALL_LAYOUTS"
    # Issue 8: recorded footage (Art. 8 24-hour recording).
    VIEW_RECORDINGS = "VIEW_RECORDINGS"
    EXPORT_CLIP = "EXPORT_CLIP"
    # Issue 9: intake and administration.
    VIEW_ORGANIZATIONS = "VIEW_ORGANIZATIONS"
    MANAGE_ORGANIZATIONS = "MANAGE_ORGANIZATIONS"
    REGISTER_PROJECT = "REGISTER_PROJECT"
    UPDATE_PROJECT = "UPDATE_PROJECT"
    APPROVE_PROJECT = "APPROVE_PROJECT"
    MANAGE_CAMERAS = "MANAGE_CAMERAS"
    APPROVE_CAMERA_REMOVAL = "APPROVE_CAMERA_REMOVAL"
    MANAGE_GATEWAYS = "MANAGE_GATEWAYS"
    MANAGE_ACCOUNTS = "MANAGE_ACCOUNTS"
    IMPORT_INTAKE = "IMPORT_INTAKE"


_ALL_ROLES = frozenset(Role)
_CENTERS = frozenset({Role.CITY_CENTER, Role.DISTRICT_CENTER})

# Which roles may perform an operation at all (inside their scope).
POLICY: dict[Operation, frozenset[Role]] = {
    Operation.VIEW_PROJECT: _ALL_ROLES,
    Operation.VIEW_CAMERA: _ALL_ROLES,
    # Stream URLs may carry camera credentials: only centers and the provider who installed them.
    Operation.VIEW_STREAM_URLS: _CENTERS | {Role.PROVIDER},
    # Article 10: centers browse documents; the site parties who enter them see their own.
    Operation.VIEW_DOCUMENT: _CENTERS
    | {Role.INSPECTOR, Role.CONSTRUCTION_UNIT, Role.SUPERVISOR, Role.CONTRACTOR, Role.INTEGRATION},
    Operation.VIEW_ALERTS: _ALL_ROLES,
    Operation.ACKNOWLEDGE_ALERT: _ALL_ROLES - {Role.INTEGRATION},
    Operation.VIEW_AUDIT_LOG: _CENTERS,
    Operation.MANAGE_API_TOKENS: _CENTERS,
    Operation.LIVE_VIEW: _ALL_ROLES,
    # Art. 8, 12: centers operate cameras remotely; the supervisor's monitoring room operates its own.
    # Who wins a contest is the deployment's priority table (Settings.control_priorities), not this table.
    # The inspector is a city or district user in the field (issue 11): it steers cameras from its phone.
    Operation.CONTROL_CAMERA: _CENTERS | {Role.INSPECTOR, Role.SUPERVISOR},
    # Art. 12: the city center may hold a camera without inactivity expiry; only it may break such a hold.
    Operation.RESERVE_CAMERA: frozenset({Role.CITY_CENTER}),
    Operation.BREAK_RESERVATION: frozenset({Role.CITY_CENTER}),
    # Art. 6, 7: the construction unit records the contract, files safety measures, registers monitoring.
    Operation.RECORD_CONTRACT: frozenset({Role.CONSTRUCTION_UNIT}),
    Operation.FILE_SAFETY_MEASURES: frozenset({Role.CONSTRUCTION_UNIT}),
    Operation.REGISTER_MONITORING: frozenset({Role.CONSTRUCTION_UNIT}),
    # Art. 17: the authority permits construction and sanctions unpermitted starts.
    Operation.GRANT_CONSTRUCTION_PERMIT: _CENTERS,
    Operation.START_CONSTRUCTION: frozenset({Role.CONSTRUCTION_UNIT}),
    Operation.RECORD_UNPERMITTED_START: _CENTERS | {Role.INSPECTOR},
    # Art. 15: the owner completes and deregisters; the provider removes the equipment.
    Operation.COMPLETE_CONSTRUCTION: frozenset({Role.CONSTRUCTION_UNIT}),
    Operation.REMOVE_EQUIPMENT: frozenset({Role.PROVIDER}),
    Operation.DEREGISTER_PROJECT: frozenset({Role.CONSTRUCTION_UNIT}),
    # Art. 10: supervisor and general contractor enter the documents; the city keeps the access log.
    Operation.UPLOAD_DOCUMENT: frozenset({Role.SUPERVISOR, Role.CONTRACTOR}),
    Operation.VIEW_DOCUMENT_ACCESS_LOG: frozenset({Role.CITY_CENTER}),
    # Art. 14: centers (and their field inspectors) notify; the site parties answer.
    Operation.VIEW_HAZARD_NOTICES: _CENTERS
    | {Role.INSPECTOR, Role.CONSTRUCTION_UNIT, Role.SUPERVISOR, Role.CONTRACTOR, Role.INTEGRATION},
    Operation.ISSUE_HAZARD_NOTICE: _CENTERS | {Role.INSPECTOR},
    Operation.RESPOND_HAZARD_NOTICE: frozenset({Role.CONSTRUCTION_UNIT, Role.SUPERVISOR, Role.CONTRACTOR}),
    Operation.REVIEW_RECTIFICATION: _CENTERS | {Role.INSPECTOR},
    # Art. 16: fault tickets go to the provider; centers and the site follow them.
    Operation.VIEW_FAULT_TICKETS: _CENTERS
    | {Role.INSPECTOR, Role.PROVIDER, Role.CONSTRUCTION_UNIT, Role.SUPERVISOR, Role.INTEGRATION},
    # Art. 9: the supervisor runs the monitoring room with operators on duty.
    Operation.VIEW_DUTY_ROSTER: _CENTERS | {Role.INSPECTOR, Role.CONSTRUCTION_UNIT, Role.SUPERVISOR},
    Operation.MANAGE_DUTY_ROSTER: frozenset({Role.SUPERVISOR}),
    Operation.DUTY_CHECK_IN: frozenset({Role.SUPERVISOR}),
    # The map and the inspector's start page show hazards, faults and documents of many projects:
    # the supervising authority's view.
    Operation.VIEW_SITE_MAP: _CENTERS | {Role.INSPECTOR},
    Operation.SET_PROJECT_LOCATION: _CENTERS,
    # Art. 9, 10, 14, 16: the authority's monthly account of its district or the city.
    Operation.VIEW_MONTHLY_REPORT: _CENTERS,
    # Video-wall layouts are personal; anyone who watches live video may keep some.
    Operation.MANAGE_WALL_LAYOUTS: _ALL_ROLES - {Role.INTEGRATION},
    # Art. 8: whoever may watch a camera live may play back its recording (every playback is logged).
    Operation.VIEW_RECORDINGS: _ALL_ROLES,
    # Footage is as confidential as documents (Art. 10): copies leave the system only to the parties
    # who may read the project's documents, never to an integration token.
    Operation.EXPORT_CLIP: _CENTERS
    | {Role.INSPECTOR, Role.CONSTRUCTION_UNIT, Role.SUPERVISOR, Role.CONTRACTOR},
    # Issue 9 — intake. Centers keep the register of parties; a construction unit picks its parties
    # when it registers its own project (pending the district's approval).
    Operation.VIEW_ORGANIZATIONS: _CENTERS | {Role.CONSTRUCTION_UNIT},
    Operation.MANAGE_ORGANIZATIONS: _CENTERS,
    Operation.REGISTER_PROJECT: _CENTERS | {Role.CONSTRUCTION_UNIT},
    Operation.UPDATE_PROJECT: _CENTERS | {Role.CONSTRUCTION_UNIT},
    Operation.APPROVE_PROJECT: _CENTERS,
    # The provider contracted for the project installs its cameras (Art. 12); centers may correct them.
    Operation.MANAGE_CAMERAS: _CENTERS | {Role.PROVIDER},
    # Art. 16: removing a camera from a site under construction needs the district's approval.
    Operation.APPROVE_CAMERA_REMOVAL: _CENTERS,
    Operation.MANAGE_GATEWAYS: frozenset({Role.CITY_CENTER}),
    # The city manages district accounts; a district manages the site accounts of its district.
    Operation.MANAGE_ACCOUNTS: _CENTERS,
    Operation.IMPORT_INTAKE: _CENTERS | {Role.PROVIDER},
}

# Operations an integration token may be granted; anything else is refused whatever it asks.
INTEGRATION_GRANTABLE = frozenset(op for op, roles in POLICY.items() if Role.INTEGRATION in roles)

# Which project column names the organization of an organization-scoped site user.
_ORGANIZATION_COLUMN: dict[Role, str] = {
    Role.CONSTRUCTION_UNIT: "construction_unit_id",
    Role.SUPERVISOR: "supervisor_id",
    Role.CONTRACTOR: "contractor_id",
    Role.PROVIDER: "provider_id",
}


@dataclass(frozen=True)
class Principal:
    """Who is asking: a logged-in user or an integration token acting as its user."""

    user_id: int
    username: str
    role: Role
    district_id: int | None = None
    project_id: int | None = None
    organization_id: int | None = None
    granted: frozenset[Operation] | None = None  # only for integration tokens
    session: str | None = None
    api_token_id: int | None = None

    @property
    def scope_level(self) -> ScopeLevel:
        if self.role is Role.CITY_CENTER:
            return ScopeLevel.CITY
        if self.project_id is not None:
            return ScopeLevel.PROJECT
        if self.district_id is not None:
            return ScopeLevel.DISTRICT
        if self.organization_id is not None and self.role in _ORGANIZATION_COLUMN:
            return ScopeLevel.ORGANIZATION
        if self.role is Role.INTEGRATION:
            return ScopeLevel.CITY
        raise ValueError(f"user {self.username} has no scope")


@dataclass(frozen=True)
class ProjectRef:
    """The scope-relevant facts about one project (or an object belonging to it)."""

    project_id: int
    district_id: int
    organization_ids: dict[str, int | None] = field(default_factory=dict)


def role_allows(principal: Principal, operation: Operation) -> bool:
    if principal.role not in POLICY[operation]:
        return False
    if principal.role is Role.INTEGRATION:
        return principal.granted is not None and operation in principal.granted
    return True


def in_scope(principal: Principal, ref: ProjectRef) -> bool:
    level = principal.scope_level
    if level is ScopeLevel.CITY:
        return True
    if level is ScopeLevel.PROJECT:
        return ref.project_id == principal.project_id
    if level is ScopeLevel.DISTRICT:
        return ref.district_id == principal.district_id
    column = _ORGANIZATION_COLUMN[principal.role]
    return ref.organization_ids.get(column) == principal.organization_id


def in_district_scope(principal: Principal, district_id: int) -> bool:
    """Whether a district itself is visible (a site user sees the district of its project)."""
    level = principal.scope_level
    if level is ScopeLevel.CITY:
        return True
    if level is ScopeLevel.DISTRICT:
        return principal.district_id == district_id
    return True  # narrower scopes: districts are filtered by the projects they can see


def decide(principal: Principal, operation: Operation, ref: ProjectRef | None = None) -> bool:
    """The single authorization decision used by resolvers and services."""
    if not role_allows(principal, operation):
        return False
    return ref is None or in_scope(principal, ref)


def project_scope(principal: Principal, prefix: str = "") -> Q:
    """Row filter for projects (or, with ``prefix='project__'``, for objects of a project)."""
    level = principal.scope_level
    if level is ScopeLevel.CITY:
        return Q()
    column = {
        ScopeLevel.PROJECT: "id",
        ScopeLevel.DISTRICT: "district_id",
        ScopeLevel.ORGANIZATION: _ORGANIZATION_COLUMN.get(principal.role, ""),
    }[level]
    value = {
        ScopeLevel.PROJECT: principal.project_id,
        ScopeLevel.DISTRICT: principal.district_id,
        ScopeLevel.ORGANIZATION: principal.organization_id,
    }[level]
    filters: dict[str, Any] = {f"{prefix}{column}": value}
    return Q(**filters)


def project_ref(project: object) -> ProjectRef:
    return ProjectRef(
        project_id=project.id,  # type: ignore[attr-defined]
        district_id=project.district_id,  # type: ignore[attr-defined]
        organization_ids={column: getattr(project, column) for column in _ORGANIZATION_COLUMN.values()},
    )
