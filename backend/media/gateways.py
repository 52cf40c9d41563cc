"""The city's register of media gateways (issue 9): each gateway has its own credential (shown once,
stored as a digest), an explicit district assignment (never "all" by default), and rotation without
downtime — the previous credential works until the new one is first used or the grace period ends."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import UTC, datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.audit.services import record_audit
from backend.authz.policy import Principal
from backend.districts.models import District
from backend.graphql_core.input_errors import InputRefused
from backend.media.models import MediaGateway
from backend.settings import Settings

CREDENTIAL_PREFIX = "swgw_"
ALL_DISTRICTS = "*"
GATEWAY_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")


def credential_digest(credential: str) -> str:
    return hashlib.sha256(credential.encode()).hexdigest()


def new_credential() -> str:
    return CREDENTIAL_PREFIX + secrets.token_urlsafe(32)


async def _district_codes(district_ids: list[int | None], all_districts: bool) -> list[str]:
    if all_districts:
        return [ALL_DISTRICTS]
    if not district_ids:
        raise InputRefused(
            "NO_DISTRICTS",
            "请至少分配一个区（或明确选择全部） / Assign at least one district (or all, explicitly)",
            "input.districtIds",
        )
    if any(pk is None for pk in district_ids):
        raise InputRefused("DISTRICT_NOT_FOUND", "区不存在 / No such district", "input.districtIds")
    rows = await District.filter(id__in=[pk for pk in district_ids if pk is not None])
    if len(rows) != len(set(district_ids)):
        raise InputRefused("DISTRICT_NOT_FOUND", "区不存在 / No such district", "input.districtIds")
    return sorted(row.code for row in rows)


async def register_gateway(
    principal: Principal | None,
    gateway_id: str,
    district_ids: list[int | None],
    *,
    all_districts: bool = False,
    name: str = "",
    public_url: str = "",
    client_ip: str = "",
) -> tuple[MediaGateway, str]:
    """A new gateway and its credential (the only time the plain credential exists outside the gateway)."""
    if not GATEWAY_ID.match(gateway_id):
        raise InputRefused(
            "INVALID_GATEWAY_ID",
            "网关标识为2–63位小写字母、数字或 - / 2–63 lowercase letters, digits or -",
            "input.gatewayId",
        )
    codes = await _district_codes(district_ids, all_districts)
    if await MediaGateway.filter(gateway_id=gateway_id).exists():
        raise InputRefused(
            "DUPLICATE_GATEWAY_ID", "网关标识已登记 / This gateway id is registered", "input.gatewayId"
        )
    credential = new_credential()
    try:
        gateway = await MediaGateway.create(
            gateway_id=gateway_id,
            name=name.strip()[:100],
            public_url=public_url.strip().rstrip("/"),
            districts=codes,
            credential_digest=credential_digest(credential),
            credential_rotated_at=datetime.now(UTC),
        )
    except IntegrityError as exc:
        raise InputRefused(
            "DUPLICATE_GATEWAY_ID", "网关标识已登记 / This gateway id is registered", "input.gatewayId"
        ) from exc
    await _audit("gateway.registered", principal, gateway, {"districts": codes}, client_ip)
    return gateway, credential


async def _audit(
    action: str, principal: Principal | None, gateway: MediaGateway, detail: dict, client_ip: str
) -> None:
    await record_audit(
        action,
        actor_id=principal.user_id if principal else None,
        actor_role=str(principal.role) if principal else "",
        object_type="MediaGateway",
        object_id=gateway.gateway_id,
        detail=detail,
        client_ip=client_ip,
    )


async def _gateway(pk: int | None) -> MediaGateway:
    gateway = await MediaGateway.get_or_none(id=pk) if pk is not None else None
    if gateway is None:
        raise InputRefused("GATEWAY_NOT_FOUND", "No such gateway", "id")
    return gateway


async def assign_districts(
    principal: Principal,
    pk: int | None,
    district_ids: list[int | None],
    all_districts: bool,
    client_ip: str = "",
) -> MediaGateway:
    gateway = await _gateway(pk)
    codes = await _district_codes(district_ids, all_districts)
    before = list(gateway.districts)
    gateway.districts = codes
    await gateway.save(update_fields=["districts"])
    await _audit("gateway.districts_assigned", principal, gateway, {"from": before, "to": codes}, client_ip)
    return gateway


async def rotate_credential(
    settings: Settings, principal: Principal | None, pk: int | None, client_ip: str = ""
) -> tuple[MediaGateway, str]:
    gateway = await _gateway(pk)
    credential = new_credential()
    now = datetime.now(UTC)
    async with in_transaction():
        gateway.previous_credential_digest = gateway.credential_digest
        gateway.previous_valid_until = now + timedelta(seconds=settings.gateway_credential_grace_seconds)
        gateway.credential_digest = credential_digest(credential)
        gateway.credential_rotated_at = now
        await gateway.save(
            update_fields=[
                "previous_credential_digest",
                "previous_valid_until",
                "credential_digest",
                "credential_rotated_at",
            ]
        )
        await _audit(
            "gateway.credential_rotated",
            principal,
            gateway,
            {"previousValidUntil": gateway.previous_valid_until.isoformat()},
            client_ip,
        )
    return gateway, credential


async def set_active(principal: Principal, pk: int | None, active: bool, client_ip: str = "") -> MediaGateway:
    gateway = await _gateway(pk)
    gateway.active = active
    await gateway.save(update_fields=["active"])
    await _audit("gateway.activated" if active else "gateway.deactivated", principal, gateway, {}, client_ip)
    return gateway


async def authenticate_gateway(presented: str | None) -> MediaGateway | None:
    """The active gateway whose credential this is. Using the new credential ends the previous one."""
    if not presented or not presented.startswith(CREDENTIAL_PREFIX):
        return None
    digest = credential_digest(presented)
    gateway = await MediaGateway.get_or_none(credential_digest=digest, active=True)
    if gateway is not None:
        if not hmac.compare_digest(gateway.credential_digest, digest):
            return None
        if gateway.previous_credential_digest:
            await MediaGateway.filter(id=gateway.id).update(
                previous_credential_digest="", previous_valid_until=None
            )
            gateway.previous_credential_digest = ""
        return gateway
    now = datetime.now(UTC)
    gateway = await MediaGateway.get_or_none(
        previous_credential_digest=digest, previous_valid_until__gt=now, active=True
    )
    return gateway


def serves_district(gateway: MediaGateway, district_code: str) -> bool:
    return ALL_DISTRICTS in gateway.districts or district_code in gateway.districts
