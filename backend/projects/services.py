"""Project intake (issue 9): registration (a district at once, a construction unit pending the district's
approval), audited attribute changes, and the district's approval of a change that would take the
project out of mandatory monitoring (Art. 5)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.audit.services import record_audit
from backend.authz.policy import Operation, Principal, decide, project_ref, project_scope
from backend.authz.roles import Role, ScopeLevel
from backend.compliance.article5 import ProjectAttributes, attributes_of, monitoring_requirement
from backend.districts.models import District
from backend.graphql_core.input_errors import InputRefused
from backend.organizations.models import Organization, OrganizationKind
from backend.projects.models import ApprovalStatus, InfrastructureKind, Project, ProjectChangeRequest

PROJECT_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")
ATTRIBUTE_FIELDS = tuple(f.name for f in fields(ProjectAttributes))
PARTY_FIELDS = {
    "construction_unit_id": OrganizationKind.CONSTRUCTION_UNIT,
    "supervisor_id": OrganizationKind.SUPERVISOR,
    "contractor_id": OrganizationKind.CONTRACTOR,
    "provider_id": OrganizationKind.PROVIDER,
}
_CAMEL = {
    "construction_unit_id": "constructionUnitId",
    "supervisor_id": "supervisorId",
    "contractor_id": "contractorId",
    "provider_id": "providerId",
    "government_invested": "governmentInvested",
    "single_building_area_m2": "singleBuildingAreaM2",
    "group_building_area_m2": "groupBuildingAreaM2",
    "investment_cny": "investmentCny",
    "infrastructure_kind": "infrastructureKind",
    "whole_building_relocation": "wholeBuildingRelocation",
}


@dataclass
class ProjectData:
    code: str
    name: str
    address: str
    district_id: int | None
    attributes: ProjectAttributes
    construction_unit_id: int | None = None
    supervisor_id: int | None = None
    contractor_id: int | None = None
    provider_id: int | None = None


@dataclass
class ProjectUpdate:
    name: str | None = None
    address: str | None = None
    attributes: ProjectAttributes | None = None
    parties: dict[str, int | None] | None = None  # party column → organization id (None clears)


def validate_attributes(attributes: ProjectAttributes, prefix: str = "input.attributes.") -> None:
    for name in ("single_building_area_m2", "group_building_area_m2", "investment_cny"):
        value = getattr(attributes, name)
        if not isinstance(value, int | float) or math.isnan(value) or math.isinf(value) or value < 0:
            raise InputRefused(
                "INVALID_ATTRIBUTE", "应为非负数 / Must be a non-negative number", prefix + _CAMEL[name]
            )
        if value > 1e13:
            raise InputRefused("INVALID_ATTRIBUTE", "数值过大 / Value too large", prefix + _CAMEL[name])


def _text(value: str, field: str, limit: int, required: bool = True) -> str:
    clean = value.strip()
    if (required and not clean) or len(clean) > limit:
        raise InputRefused(
            "INVALID_TEXT", f"应为{1 if required else 0}–{limit}个字符 / Must be 1–{limit} characters", field
        )
    return clean


async def _check_parties(parties: dict[str, int | None], prefix: str) -> None:
    wanted = {pk for pk in parties.values() if pk is not None}
    found = {org.id: org for org in await Organization.filter(id__in=list(wanted))}
    for column, pk in parties.items():
        if pk is None:
            continue
        org = found.get(pk)
        if org is None:
            raise InputRefused(
                "ORGANIZATION_NOT_FOUND", "单位不存在 / No such organization", prefix + _CAMEL[column]
            )
        if org.kind != PARTY_FIELDS[column]:
            raise InputRefused(
                "ORGANIZATION_KIND_MISMATCH",
                f"该单位不是{PARTY_FIELDS[column].value} / This organization is not a {PARTY_FIELDS[column].value}",
                prefix + _CAMEL[column],
            )


async def _registrant_organization(principal: Principal) -> int:
    """The construction unit a construction-unit user registers for (its own organization)."""
    if principal.organization_id is not None:
        return principal.organization_id
    if principal.project_id is not None:
        project = await Project.get_or_none(id=principal.project_id)
        if project is not None and project.construction_unit_id is not None:
            return project.construction_unit_id
    raise InputRefused("NO_ORGANIZATION", "账号未关联建设单位 / Your account belongs to no construction unit")


async def register_project(
    principal: Principal, data: ProjectData, client_ip: str = "", prefix: str = "input."
) -> Project:
    if not decide(principal, Operation.REGISTER_PROJECT):
        raise InputRefused("FORBIDDEN", "Your role may not register projects")
    code = data.code.strip()
    if not PROJECT_CODE.match(code):
        raise InputRefused(
            "INVALID_PROJECT_CODE",
            "项目编号为1–32位字母、数字、- 或 _ / Project code: 1–32 letters, digits, - or _",
            prefix + "code",
        )
    name = _text(data.name, prefix + "name", 200)
    address = _text(data.address, prefix + "address", 300, required=False)
    validate_attributes(data.attributes, prefix + "attributes.")
    district = await District.get_or_none(id=data.district_id) if data.district_id is not None else None
    if district is None or (
        principal.scope_level is not ScopeLevel.CITY
        and principal.role is not Role.CONSTRUCTION_UNIT
        and principal.district_id != district.id
    ):
        raise InputRefused(
            "DISTRICT_NOT_FOUND",
            "区不存在或不在您的范围内 / No such district in your scope",
            prefix + "districtId",
        )
    parties = {column: getattr(data, column) for column in PARTY_FIELDS}
    pending = principal.role is Role.CONSTRUCTION_UNIT
    if pending:
        parties["construction_unit_id"] = await _registrant_organization(principal)
    await _check_parties(parties, prefix)
    if await Project.filter(code=code).exists():
        raise InputRefused(
            "DUPLICATE_PROJECT_CODE", "项目编号已存在 / A project with this code exists", prefix + "code"
        )
    try:
        async with in_transaction():
            project = await Project.create(
                code=code,
                name=name,
                address=address,
                district_id=district.id,
                approval_status=ApprovalStatus.PENDING if pending else ApprovalStatus.APPROVED,
                registered_by_id=principal.user_id,
                **{key: getattr(data.attributes, key) for key in ATTRIBUTE_FIELDS},
                **parties,
            )
            await record_audit(
                "project.registered",
                actor_id=principal.user_id,
                actor_role=str(principal.role),
                object_type="Project",
                object_id=str(project.id),
                district_id=project.district_id,
                project_id=project.id,
                detail={
                    "code": code,
                    "approval": str(project.approval_status),
                    "attributes": _attribute_values(project),
                    "monitoringRequired": monitoring_requirement(attributes_of(project)).required,
                },
                client_ip=client_ip,
            )
    except IntegrityError as exc:
        raise InputRefused(
            "DUPLICATE_PROJECT_CODE", "项目编号已存在 / A project with this code exists", prefix + "code"
        ) from exc
    return project


def _attribute_values(project: Project) -> dict[str, Any]:
    return {key: str(getattr(project, key)) for key in ATTRIBUTE_FIELDS}


async def scoped_project_for(principal: Principal, project_id: int | None, operation: Operation) -> Project:
    project = (
        await Project.filter(project_scope(principal), id=project_id).first()
        if project_id is not None
        else None
    )
    if project is None:
        raise InputRefused("PROJECT_NOT_FOUND", "No such project in your scope", "projectId")
    if not decide(principal, operation, project_ref(project)):
        raise InputRefused("FORBIDDEN", "Your role may not do this on this project")
    return project


async def decide_registration(
    principal: Principal, project_id: int | None, approve: bool, reason: str = "", client_ip: str = ""
) -> Project:
    project = await scoped_project_for(principal, project_id, Operation.APPROVE_PROJECT)
    if project.approval_status != ApprovalStatus.PENDING:
        raise InputRefused("NOT_PENDING", "该项目不在待审批状态 / The project is not waiting for approval")
    status = ApprovalStatus.APPROVED if approve else ApprovalStatus.REJECTED
    updated = await Project.filter(id=project.id, approval_status=ApprovalStatus.PENDING).update(
        approval_status=status
    )
    if not updated:
        raise InputRefused("NOT_PENDING", "The project was decided meanwhile")
    project.approval_status = status
    await record_audit(
        "project.registration_approved" if approve else "project.registration_rejected",
        actor_id=principal.user_id,
        actor_role=str(principal.role),
        object_type="Project",
        object_id=str(project.id),
        district_id=project.district_id,
        project_id=project.id,
        detail={"reason": reason[:500]},
        client_ip=client_ip,
    )
    return project


async def update_project(
    principal: Principal, project_id: int | None, update: ProjectUpdate, client_ip: str = ""
) -> tuple[Project, ProjectChangeRequest | None]:
    """Apply a change; one that drops mandatory monitoring waits for the district unless a center makes it."""
    project = await scoped_project_for(principal, project_id, Operation.UPDATE_PROJECT)
    changes: dict[str, Any] = {}
    if update.name is not None:
        changes["name"] = _text(update.name, "input.name", 200)
    if update.address is not None:
        changes["address"] = _text(update.address, "input.address", 300, required=False)
    # Whoever decides the district's approvals may also reassign the owner and drop mandatory monitoring
    # at once; anyone else (the construction unit) may neither hand the project over nor drop it unapproved.
    decides_for_district = decide(principal, Operation.APPROVE_PROJECT, project_ref(project))
    if update.parties:
        parties = dict(update.parties)
        handed_over = (
            parties.get("construction_unit_id", project.construction_unit_id) != project.construction_unit_id
        )
        if handed_over and not decides_for_district:
            raise InputRefused(
                "CONSTRUCTION_UNIT_FIXED",
                "建设单位不能将项目转给其他单位 / The construction unit cannot hand the project to another",
                "input.constructionUnitId",
            )
        await _check_parties(parties, "input.")
        changes.update(parties)
    attribute_changes: dict[str, Any] = {}
    if update.attributes is not None:
        validate_attributes(update.attributes)
        for key in ATTRIBUTE_FIELDS:
            value = getattr(update.attributes, key)
            if str(getattr(project, key)) != str(value):
                attribute_changes[key] = value
    before = {key: str(getattr(project, key)) for key in [*changes, *attribute_changes]}
    was_required = monitoring_requirement(attributes_of(project)).required
    proposed = attributes_of(project)
    proposed_values = {key: getattr(proposed, key) for key in ATTRIBUTE_FIELDS} | attribute_changes
    would_require = monitoring_requirement(ProjectAttributes(**proposed_values)).required
    needs_approval = (
        bool(attribute_changes) and was_required and not would_require and not decides_for_district
    )
    changes = {key: value for key, value in changes.items() if str(getattr(project, key)) != str(value)}
    if not changes and not attribute_changes:
        return project, None  # nothing to change, nothing to audit
    request: ProjectChangeRequest | None = None
    async with in_transaction():
        if needs_approval:
            # The project's row lock orders competing requests (SQLite runs one transaction at a time), so
            # the check and the insert cannot interleave: one pending drop-out per project.
            await Project.filter(id=project.id).select_for_update().first()
            if await ProjectChangeRequest.filter(
                project_id=project.id, status=ApprovalStatus.PENDING
            ).exists():
                raise InputRefused(
                    "CHANGE_PENDING",
                    "已有一项变更等待区监控中心审批 / A change of this project already waits for the "
                    "district's decision",
                    "input.attributes",
                )
            request = await ProjectChangeRequest.create(
                project_id=project.id,
                changes={key: _json_value(value) for key, value in attribute_changes.items()},
                requested_by_id=principal.user_id,
            )
        else:
            changes.update(attribute_changes)
        if changes:
            for key, value in changes.items():
                setattr(project, key, value)
            await project.save(update_fields=[*changes, "updated_at"])
        await record_audit(
            "project.updated",
            actor_id=principal.user_id,
            actor_role=str(principal.role),
            object_type="Project",
            object_id=str(project.id),
            district_id=project.district_id,
            project_id=project.id,
            detail={
                "changed": {key: [before[key], str(value)] for key, value in changes.items()},
                "pendingApproval": {key: str(value) for key, value in attribute_changes.items()}
                if needs_approval
                else {},
                "monitoringRequired": [was_required, would_require],
            },
            client_ip=client_ip,
        )
    return project, request


def _json_value(value: Any) -> Any:
    return str(value) if isinstance(value, InfrastructureKind) else value


async def decide_change(
    principal: Principal, request_id: int | None, approve: bool, reason: str = "", client_ip: str = ""
) -> tuple[Project, ProjectChangeRequest]:
    request = await ProjectChangeRequest.get_or_none(id=request_id) if request_id is not None else None
    if request is None:
        raise InputRefused("CHANGE_REQUEST_NOT_FOUND", "No such change request in your scope", "requestId")
    try:
        project = await scoped_project_for(principal, request.project_id, Operation.APPROVE_PROJECT)
    except InputRefused as exc:
        if exc.code == "PROJECT_NOT_FOUND":
            raise InputRefused(
                "CHANGE_REQUEST_NOT_FOUND", "No such change request in your scope", "requestId"
            ) from exc
        raise
    if request.status != ApprovalStatus.PENDING:
        raise InputRefused("NOT_PENDING", "该变更已处理 / The change was already decided")
    async with in_transaction():
        request.status = ApprovalStatus.APPROVED if approve else ApprovalStatus.REJECTED
        request.decided_by_id = principal.user_id
        request.decided_at = datetime.now(UTC)
        request.reason = reason[:500]
        await request.save()
        if approve:
            before = _attribute_values(project)
            for key, value in request.changes.items():
                setattr(project, key, InfrastructureKind(value) if key == "infrastructure_kind" else value)
            await project.save(update_fields=[*request.changes, "updated_at"])
            after = _attribute_values(project)
            changed = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
        else:
            changed = {}
        await record_audit(
            "project.change_approved" if approve else "project.change_rejected",
            actor_id=principal.user_id,
            actor_role=str(principal.role),
            object_type="Project",
            object_id=str(project.id),
            district_id=project.district_id,
            project_id=project.id,
            detail={"request": request.id, "changed": changed, "reason": reason[:500]},
            client_ip=client_ip,
        )
    return project, request
