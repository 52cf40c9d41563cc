"""Account administration (issue 9): the city manages district accounts (district centers, inspectors);
a district manages the site accounts of its district (each tied to an organization and a project).
Reset by the level above forces a change at the next login; deactivation and reset end all sessions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from backend.accounts.passwords import password_problem
from backend.audit.services import record_audit
from backend.auth.models import User
from backend.auth.passwords import hash_password
from backend.auth.sessions import end_user_sessions
from backend.authz.policy import Principal
from backend.authz.roles import SITE_ROLES, Role
from backend.districts.models import District
from backend.graphql_core.input_errors import InputRefused
from backend.organizations.models import Organization
from backend.projects.models import Project

USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{2,63}$")
DISTRICT_ROLES = frozenset({Role.DISTRICT_CENTER, Role.INSPECTOR})
_PARTY_COLUMN = {
    Role.CONSTRUCTION_UNIT: "construction_unit_id",
    Role.SUPERVISOR: "supervisor_id",
    Role.CONTRACTOR: "contractor_id",
    Role.PROVIDER: "provider_id",
}


@dataclass
class AccountData:
    username: str
    display_name: str
    role: Role
    password: str
    district_id: int | None = None
    project_id: int | None = None
    organization_id: int | None = None


def manageable_roles(principal: Principal) -> frozenset[Role]:
    if principal.role is Role.CITY_CENTER:
        return DISTRICT_ROLES | SITE_ROLES
    if principal.role is Role.DISTRICT_CENTER:
        return SITE_ROLES
    return frozenset()


def manageable_filter(principal: Principal) -> Q:
    """Rows of the accounts this principal manages (everything else is reported as not found)."""
    roles = [str(r) for r in manageable_roles(principal)]
    if principal.role is Role.CITY_CENTER:
        return Q(role__in=roles)
    if principal.role is Role.DISTRICT_CENTER:
        return Q(role__in=roles) & Q(project__district_id=principal.district_id)
    return Q(id=-1)


def check_password(password: str, username: str, field: str) -> None:
    problem = password_problem(password, username)
    if problem is not None:
        raise InputRefused(problem[0], problem[1], field)


async def create_account(
    principal: Principal,
    data: AccountData,
    client_ip: str = "",
    *,
    must_change_password: bool = True,
    password_hash: str | None = None,  # the demo hashes its one shared password once
) -> User:
    username = data.username.strip()
    if not USERNAME.match(username):
        raise InputRefused(
            "INVALID_USERNAME",
            "用户名为3–64位字母、数字、_ . - / 3–64 letters, digits, _ . -",
            "input.username",
        )
    display_name = data.display_name.strip()
    if not display_name or len(display_name) > 100:
        raise InputRefused("INVALID_TEXT", "显示名称应为1–100个字符 / 1–100 characters", "input.displayName")
    if data.role not in manageable_roles(principal):
        raise InputRefused(
            "ROLE_NOT_MANAGEABLE",
            "您不能创建该角色的账号 / You cannot create accounts of this role",
            "input.role",
        )
    check_password(data.password, username, "input.initialPassword")
    scope: dict[str, Any] = {"district_id": None, "project_id": None, "organization_id": None}
    if data.role in DISTRICT_ROLES:
        district = await District.get_or_none(id=data.district_id) if data.district_id is not None else None
        if district is None:
            raise InputRefused("DISTRICT_NOT_FOUND", "区不存在 / No such district", "input.districtId")
        scope["district_id"] = district.id
    else:
        project = await Project.get_or_none(id=data.project_id) if data.project_id is not None else None
        in_reach = project is not None and (
            principal.role is Role.CITY_CENTER or project.district_id == principal.district_id
        )
        if data.project_id is not None and not in_reach:
            raise InputRefused(
                "PROJECT_NOT_FOUND",
                "项目不存在或不在您的范围内 / No such project in your scope",
                "input.projectId",
            )
        if project is None and principal.role is not Role.CITY_CENTER:
            # Only the city may create an organization-wide site account (e.g. a provider's operations desk).
            raise InputRefused(
                "PROJECT_REQUIRED",
                "现场账号须属于一个项目 / A site account belongs to a project",
                "input.projectId",
            )
        organization = (
            await Organization.get_or_none(id=data.organization_id)
            if data.organization_id is not None
            else None
        )
        if organization is None:
            raise InputRefused(
                "ORGANIZATION_NOT_FOUND", "单位不存在 / No such organization", "input.organizationId"
            )
        if project is not None and getattr(project, _PARTY_COLUMN[data.role]) != organization.id:
            raise InputRefused(
                "ORGANIZATION_NOT_PARTY",
                "该单位不是此项目的对应参建方 / This organization is not the project's party for this role",
                "input.organizationId",
            )
        if project is None and str(organization.kind) != str(data.role):
            raise InputRefused(
                "ORGANIZATION_KIND_MISMATCH",
                "单位类型与角色不符 / The organization's kind does not match the role",
                "input.organizationId",
            )
        scope["project_id"] = project.id if project else None
        scope["organization_id"] = organization.id
    if await User.filter(username=username).exists():
        raise InputRefused("DUPLICATE_USERNAME", "用户名已存在 / This username is taken", "input.username")
    try:
        async with in_transaction():
            user = await User.create(
                username=username,
                display_name=display_name,
                role=data.role,
                password_hash=password_hash or hash_password(data.password),
                must_change_password=must_change_password,
                **scope,
            )
            await _audit("account.created", principal, user, {"role": str(user.role), **scope}, client_ip)
    except IntegrityError as exc:
        raise InputRefused(
            "DUPLICATE_USERNAME", "用户名已存在 / This username is taken", "input.username"
        ) from exc
    return user


async def managed_user(principal: Principal, user_id: int | None) -> User:
    user = (
        await User.filter(manageable_filter(principal), id=user_id).first() if user_id is not None else None
    )
    if user is None or user.id == principal.user_id:
        raise InputRefused("ACCOUNT_NOT_FOUND", "No such account in your scope", "userId")
    return user


async def reset_password(
    principal: Principal, user_id: int | None, new_password: str, client_ip: str = ""
) -> User:
    user = await managed_user(principal, user_id)
    check_password(new_password, user.username, "newPassword")
    async with in_transaction():
        user.password_hash = hash_password(new_password)
        user.must_change_password = True
        await user.save(update_fields=["password_hash", "must_change_password"])
        await _audit("account.password_reset", principal, user, {}, client_ip)
    await end_user_sessions(user.id, "password reset")
    return user


async def set_active(
    principal: Principal, user_id: int | None, active: bool, reason: str = "", client_ip: str = ""
) -> User:
    user = await managed_user(principal, user_id)
    async with in_transaction():
        user.is_active = active
        user.deactivated_at = None if active else datetime.now(UTC)
        await user.save(update_fields=["is_active", "deactivated_at"])
        await _audit(
            "account.activated" if active else "account.deactivated",
            principal,
            user,
            {"reason": reason[:500]},
            client_ip,
        )
    if not active:
        await end_user_sessions(user.id, "deactivated")
    return user


async def change_own_password(user: User, new_password: str) -> None:
    check_password(new_password, user.username, "newPassword")
    user.password_hash = hash_password(new_password)
    user.must_change_password = False
    user.password_changed_at = datetime.now(UTC)
    await user.save(update_fields=["password_hash", "must_change_password", "password_changed_at"])
    await record_audit("auth.password_changed", actor=user)


async def _audit(action: str, principal: Principal, user: User, detail: dict, client_ip: str) -> None:
    await record_audit(
        action,
        actor_id=principal.user_id,
        actor_role=str(principal.role),
        object_type="User",
        object_id=str(user.id),
        district_id=user.district_id,
        project_id=user.project_id,
        detail=detail,
        client_ip=client_ip,
    )
