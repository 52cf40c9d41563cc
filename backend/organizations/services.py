"""Organizations: construction units, supervisors, contractors and monitoring providers (issue 9)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tortoise.exceptions import IntegrityError

from backend.audit.services import record_audit
from backend.authz.policy import Principal
from backend.graphql_core.input_errors import InputRefused
from backend.organizations.credit_code import credit_code_problem, normalise_credit_code
from backend.organizations.models import Organization, OrganizationKind

_CREDIT_CODE_REASONS = {
    "length": "统一社会信用代码应为18位 / The unified social credit code has 18 characters",
    "characters": "统一社会信用代码含无效字符（不含 I、O、Z、S、V） / Invalid characters (I, O, Z, S, V are not used)",
    "check": "统一社会信用代码校验位错误 / The check character does not match (GB 32100-2015)",
}


@dataclass
class OrganizationData:
    name: str
    kind: OrganizationKind
    credit_code: str
    contact_name: str = ""
    contact_phone: str = ""
    qualification_number: str = ""
    qualification_level: str = ""
    qualification_expires_on: date | None = None


def qualification_expired(org: Organization, today: date | None = None) -> bool:
    expires = org.qualification_expires_on
    return expires is not None and expires < (today or date.today())


def validate_credit_code(raw: str, field: str = "creditCode") -> str:
    code = normalise_credit_code(raw)
    problem = credit_code_problem(code)
    if problem is not None:
        raise InputRefused("INVALID_CREDIT_CODE", _CREDIT_CODE_REASONS[problem], field)
    return code


def _validate(data: OrganizationData, prefix: str) -> OrganizationData:
    name = data.name.strip()
    if not name or len(name) > 200:
        raise InputRefused(
            "INVALID_NAME", "名称应为1–200个字符 / Name must be 1–200 characters", f"{prefix}name"
        )
    code = validate_credit_code(data.credit_code, f"{prefix}creditCode")
    if len(data.contact_phone) > 40 or len(data.contact_name) > 100:
        raise InputRefused("INVALID_CONTACT", "联系人或电话过长 / Contact too long", f"{prefix}contactPhone")
    if data.kind is OrganizationKind.PROVIDER and not data.qualification_number.strip():
        raise InputRefused(
            "QUALIFICATION_REQUIRED",
            "第六条：监控服务单位须登记资质证书编号 / Art. 6: a provider needs its qualification certificate number",
            f"{prefix}qualificationNumber",
            "6",
        )
    return OrganizationData(
        name=name,
        kind=data.kind,
        credit_code=code,
        contact_name=data.contact_name.strip(),
        contact_phone=data.contact_phone.strip(),
        qualification_number=data.qualification_number.strip()[:64],
        qualification_level=data.qualification_level.strip()[:32],
        qualification_expires_on=data.qualification_expires_on,
    )


async def _ensure_unique(data: OrganizationData, exclude_id: int | None, prefix: str) -> None:
    clash = Organization.filter(credit_code=data.credit_code)
    if exclude_id is not None:
        clash = clash.exclude(id=exclude_id)
    if await clash.exists():
        raise InputRefused(
            "DUPLICATE_CREDIT_CODE",
            "该统一社会信用代码已登记 / An organization with this credit code is already registered",
            f"{prefix}creditCode",
        )
    same_name = Organization.filter(name=data.name, kind=data.kind)
    if exclude_id is not None:
        same_name = same_name.exclude(id=exclude_id)
    if await same_name.exists():
        raise InputRefused(
            "DUPLICATE_NAME",
            "同类单位名称已存在 / An organization of this kind has this name",
            f"{prefix}name",
        )


async def create_organization(
    principal: Principal | None, data: OrganizationData, client_ip: str = "", prefix: str = "input."
) -> Organization:
    clean = _validate(data, prefix)
    await _ensure_unique(clean, None, prefix)
    try:
        org = await Organization.create(**clean.__dict__)
    except IntegrityError as exc:  # a concurrent registration won the race
        raise InputRefused(
            "DUPLICATE_CREDIT_CODE", "该统一社会信用代码已登记", f"{prefix}creditCode"
        ) from exc
    await record_audit(
        "organization.created",
        actor_id=principal.user_id if principal else None,
        actor_role=str(principal.role) if principal else "",
        object_type="Organization",
        object_id=str(org.id),
        detail={"name": org.name, "kind": str(org.kind), "creditCode": org.credit_code},
        client_ip=client_ip,
    )
    return org


async def update_organization(
    principal: Principal, organization_id: int | None, data: OrganizationData, client_ip: str = ""
) -> Organization:
    org = await Organization.get_or_none(id=organization_id) if organization_id is not None else None
    if org is None:
        raise InputRefused("ORGANIZATION_NOT_FOUND", "No such organization", "id")
    clean = _validate(OrganizationData(**{**data.__dict__, "kind": org.kind}), "input.")
    await _ensure_unique(clean, org.id, "input.")
    before = {key: str(getattr(org, key)) for key in clean.__dict__}
    for key, value in clean.__dict__.items():
        setattr(org, key, value)
    await org.save()
    after = {key: str(getattr(org, key)) for key in clean.__dict__}
    await record_audit(
        "organization.updated",
        actor_id=principal.user_id,
        actor_role=str(principal.role),
        object_type="Organization",
        object_id=str(org.id),
        detail={"changed": {k: [before[k], after[k]] for k in after if before[k] != after[k]}},
        client_ip=client_ip,
    )
    return org
