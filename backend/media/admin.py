"""GraphQL for the city's gateway register (issue 9): register, assign districts, rotate, deactivate."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import strawberry

from backend.authz.policy import Operation
from backend.districts.models import District
from backend.districts.types import DistrictType
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of, to_global_id
from backend.graphql_core.input_errors import InputRefused, IntakeError
from backend.graphql_core.node import Node
from backend.graphql_core.permissions import requires
from backend.media import gateways
from backend.media.models import MediaGateway
from backend.media.services import GATEWAY_STALE_AFTER


@strawberry.type(name="MediaGateway")
class MediaGatewayType(Node):
    row: strawberry.Private[MediaGateway]
    gateway_id: str
    name: str
    public_url: str
    active: bool
    last_seen_at: datetime | None
    credential_rotated_at: datetime | None
    previous_credential_valid_until: datetime | None = strawberry.field(
        description="During a rotation: until when the previous credential still works (null once the new one is used)."
    )

    @classmethod
    def from_row(cls, row: MediaGateway) -> MediaGatewayType:
        return cls(
            id=strawberry.ID(to_global_id("MediaGateway", row.id)),
            row=row,
            gateway_id=row.gateway_id,
            name=row.name,
            public_url=row.public_url,
            active=row.active,
            last_seen_at=row.last_seen_at,
            credential_rotated_at=row.credential_rotated_at,
            previous_credential_valid_until=row.previous_valid_until
            if row.previous_credential_digest
            else None,
        )

    @strawberry.field(description="Serves every district (assigned explicitly).")
    def all_districts(self) -> bool:
        return gateways.ALL_DISTRICTS in self.row.districts

    @strawberry.field
    async def districts(self) -> list[DistrictType]:
        codes = [code for code in self.row.districts if code != gateways.ALL_DISTRICTS]
        rows = await District.filter(code__in=codes).order_by("code") if codes else []
        return [DistrictType.from_row(r) for r in rows]

    @strawberry.field(description="Checked in within the last 90 s.")
    def online(self) -> bool:
        seen = self.row.last_seen_at
        return seen is not None and seen >= datetime.now(UTC) - GATEWAY_STALE_AFTER


@strawberry.input
class RegisterGatewayInput:
    gateway_id: str = strawberry.field(description="The id the gateway runs with (SITEWATCH_GATEWAY_ID).")
    district_ids: list[strawberry.ID]
    all_districts: bool = False
    name: str = ""
    public_url: str = ""


@strawberry.type
class GatewayPayload:
    gateway: MediaGatewayType


@strawberry.type
class GatewayCredentialPayload:
    gateway: MediaGatewayType
    credential: str = strawberry.field(
        description="Shown once: give it to the gateway as SITEWATCH_GATEWAY_CREDENTIAL. Only a digest is stored."
    )


GatewayResult = Annotated[GatewayPayload | IntakeError, strawberry.union("GatewayResult")]
GatewayCredentialResult = Annotated[
    GatewayCredentialPayload | IntakeError, strawberry.union("GatewayCredentialResult")
]


def _district_pks(ids: list[strawberry.ID]) -> list[int | None]:
    return [pk_of(value, "District") for value in ids]


@strawberry.type
class GatewayQueries:
    @strawberry.field(
        extensions=requires(Operation.MANAGE_GATEWAYS), description="Registered media gateways."
    )
    async def gateways(self, info: Info) -> list[MediaGatewayType]:
        return [MediaGatewayType.from_row(r) for r in await MediaGateway.all().order_by("gateway_id")]


@strawberry.type
class GatewayMutations:
    @strawberry.mutation(
        extensions=requires(Operation.MANAGE_GATEWAYS),
        description="Register a gateway with its districts (none is refused; all only with allDistricts). "
        "Codes: INVALID_GATEWAY_ID, DUPLICATE_GATEWAY_ID, NO_DISTRICTS, DISTRICT_NOT_FOUND.",
    )
    async def register_gateway(self, info: Info, input: RegisterGatewayInput) -> GatewayCredentialResult:
        try:
            gateway, credential = await gateways.register_gateway(
                info.context.require_principal(),
                input.gateway_id.strip(),
                _district_pks(input.district_ids),
                all_districts=input.all_districts,
                name=input.name,
                public_url=input.public_url,
                client_ip=info.context.client_ip,
            )
        except InputRefused as exc:
            return IntakeError.of(exc)
        return GatewayCredentialPayload(gateway=MediaGatewayType.from_row(gateway), credential=credential)

    @strawberry.mutation(
        extensions=requires(Operation.MANAGE_GATEWAYS),
        description="Change a gateway's districts. Codes: GATEWAY_NOT_FOUND, NO_DISTRICTS, DISTRICT_NOT_FOUND.",
    )
    async def assign_gateway_districts(
        self, info: Info, id: strawberry.ID, district_ids: list[strawberry.ID], all_districts: bool = False
    ) -> GatewayResult:
        try:
            gateway = await gateways.assign_districts(
                info.context.require_principal(),
                pk_of(id, "MediaGateway"),
                _district_pks(district_ids),
                all_districts,
                info.context.client_ip,
            )
        except InputRefused as exc:
            return IntakeError.of(exc)
        return GatewayPayload(gateway=MediaGatewayType.from_row(gateway))

    @strawberry.mutation(
        extensions=requires(Operation.MANAGE_GATEWAYS),
        description="Issue a new credential. The previous one keeps working until the gateway first uses the new "
        "one or the grace period (SITEWATCH_GATEWAY_CREDENTIAL_GRACE) ends. Codes: GATEWAY_NOT_FOUND.",
    )
    async def rotate_gateway_credential(self, info: Info, id: strawberry.ID) -> GatewayCredentialResult:
        try:
            gateway, credential = await gateways.rotate_credential(
                info.context.services.settings,
                info.context.require_principal(),
                pk_of(id, "MediaGateway"),
                info.context.client_ip,
            )
        except InputRefused as exc:
            return IntakeError.of(exc)
        return GatewayCredentialPayload(gateway=MediaGatewayType.from_row(gateway), credential=credential)

    @strawberry.mutation(
        extensions=requires(Operation.MANAGE_GATEWAYS),
        description="Deactivate (its credentials stop working, viewers go elsewhere) or reactivate a gateway. "
        "Codes: GATEWAY_NOT_FOUND.",
    )
    async def set_gateway_active(self, info: Info, id: strawberry.ID, active: bool) -> GatewayResult:
        try:
            gateway = await gateways.set_active(
                info.context.require_principal(), pk_of(id, "MediaGateway"), active, info.context.client_ip
            )
        except InputRefused as exc:
            return IntakeError.of(exc)
        return GatewayPayload(gateway=MediaGatewayType.from_row(gateway))
