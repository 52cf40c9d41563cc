"""The one place where SiteWatch decides who may do what, where.

A decision is (role, operation) → allowed at all, then (principal scope, object) →
inside the scope. Queries apply the same scope as row filters (``project_scope``),
so a list never contains a row that ``decide`` would refuse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

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
    if level is ScopeLevel.PROJECT:
        return Q(**{f"{prefix}id": principal.project_id})
    if level is ScopeLevel.DISTRICT:
        return Q(**{f"{prefix}district_id": principal.district_id})
    return Q(**{f"{prefix}{_ORGANIZATION_COLUMN[principal.role]}": principal.organization_id})


def project_ref(project: object) -> ProjectRef:
    return ProjectRef(
        project_id=project.id,  # type: ignore[attr-defined]
        district_id=project.district_id,  # type: ignore[attr-defined]
        organization_ids={column: getattr(project, column) for column in _ORGANIZATION_COLUMN.values()},
    )
