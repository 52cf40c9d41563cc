"""Each gateway authenticates with its own credential and is held to its district assignment."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from backend.cameras.models import Camera, CameraStatus
from backend.media.gateways import register_gateway
from backend.media.models import MediaGateway
from backend.media.services import camera_ids_outside_gateway
from tests.world import World

REGISTER = """
mutation($input: RegisterGatewayInput!) {
  registerGateway(input: $input) {
    __typename
    ... on GatewayCredentialPayload { credential gateway { gatewayId allDistricts districts { code } } }
    ... on IntakeError { code field }
  }
}"""
ROTATE = """
mutation($id: ID!) {
  rotateGatewayCredential(id: $id) {
    ... on GatewayCredentialPayload { credential gateway { previousCredentialValidUntil } }
  }
}"""


def bearer(credential: str) -> dict[str, str]:
    return {"authorization": f"Bearer {credential}"}


async def _two_gateways(world: World, suffix: str) -> tuple[str, str]:
    _, a = await register_gateway(None, f"gw-a-{suffix}", [world.district_a.id])
    _, b = await register_gateway(None, f"gw-b-{suffix}", [world.district_b.id])
    return a, b


async def test_a_gateway_sees_only_its_districts_and_cannot_ask_for_another(
    client: httpx.AsyncClient, world: World
) -> None:
    a, _ = await _two_gateways(world, "dir")
    own = await client.get("/internal/gateway/cameras", headers=bearer(a))
    assert own.status_code == 200
    served = {c["id"] for c in own.json()["cameras"]}
    assert {str(c.id) for c in world.cameras["A1"] + world.cameras["A2"]} <= served
    assert not served & {str(c.id) for c in world.cameras["B1"]}

    foreign = await client.get("/internal/gateway/cameras?gateway=gw-b-dir", headers=bearer(a))
    assert foreign.status_code == 403 and foreign.json()["error"] == "foreign-gateway"


async def test_health_for_a_camera_outside_the_districts_is_refused_and_changes_nothing(
    client: httpx.AsyncClient, world: World
) -> None:
    a, _ = await _two_gateways(world, "health")
    outside = world.cameras["B1"][0]
    inside = world.cameras["A1"][0]
    before = (await Camera.get(id=outside.id)).status
    response = await client.post(
        "/internal/gateway/health",
        json={
            "cameras": [
                {"id": str(inside.id), "state": "ONLINE"},
                {"id": str(outside.id), "state": "OFFLINE"},
            ]
        },
        headers=bearer(a),
    )
    assert response.status_code == 403
    assert response.json() == {
        "error": "camera-not-assigned",
        "message": "cameras outside this gateway's districts",
        "cameraIds": [str(outside.id)],
    }
    assert (await Camera.get(id=outside.id)).status == before
    unknown = await client.post(
        "/internal/gateway/health", json={"cameras": [{"id": "999999", "state": "ONLINE"}]}, headers=bearer(a)
    )
    assert unknown.status_code == 403

    await Camera.filter(id=inside.id).update(status=CameraStatus.UNKNOWN)
    accepted = await client.post(
        "/internal/gateway/health",
        json={"cameras": [{"id": str(inside.id), "state": "ONLINE"}]},
        headers=bearer(a),
    )
    assert accepted.status_code == 200 and accepted.json()["changed"] == 1
    assert await camera_ids_outside_gateway("gw-a-health", [inside.id, outside.id]) == [outside.id]


async def test_a_gateway_cannot_re_register_another_id_nor_widen_its_districts(
    client: httpx.AsyncClient, world: World
) -> None:
    a, _ = await _two_gateways(world, "reg")
    other = await client.post(
        "/internal/gateway/register",
        json={"gatewayId": "gw-b-reg", "publicUrl": "http://127.0.0.1:9"},
        headers=bearer(a),
    )
    assert other.status_code == 403 and other.json()["error"] == "foreign-gateway"
    assert (await MediaGateway.get(gateway_id="gw-b-reg")).public_url == ""
    own = await client.post(
        "/internal/gateway/register",
        json={"gatewayId": "gw-a-reg", "publicUrl": "http://127.0.0.1:9", "districts": ["*"]},
        headers=bearer(a),
    )
    assert own.status_code == 200 and own.json()["districts"] == [world.district_a.code]
    unknown = await client.post(
        "/internal/gateway/register",
        json={"gatewayId": "gw-new", "publicUrl": "http://127.0.0.1:9"},
        headers=bearer("swgw_made-up"),
    )
    assert unknown.status_code == 401
    assert not await MediaGateway.filter(gateway_id="gw-new").exists()


async def test_registration_needs_districts_and_the_credential_is_shown_once(as_role, world: World) -> None:  # type: ignore[no-untyped-def]
    city = as_role("CITY_CENTER")
    none = await city.data(REGISTER, {"input": {"gatewayId": "gw-nodistricts", "districtIds": []}})
    assert (none["registerGateway"]["code"], none["registerGateway"]["field"]) == (
        "NO_DISTRICTS",
        "input.districtIds",
    )
    created = (
        await city.data(
            REGISTER,
            {
                "input": {
                    "gatewayId": "gw-c-once",
                    "districtIds": [world.gid("District", world.district_b.id)],
                }
            },
        )
    )["registerGateway"]
    assert created["gateway"]["allDistricts"] is False
    assert created["gateway"]["districts"] == [{"code": world.district_b.code}]
    row = await MediaGateway.get(gateway_id="gw-c-once")
    assert created["credential"] not in str(row.__dict__)  # only its digest is stored
    listed = await city.execute("{ gateways { gatewayId } }")
    assert "credential" not in str(listed)
    denied = await as_role("DISTRICT_CENTER").execute("{ gateways { gatewayId } }")
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_rotation_keeps_the_old_credential_until_the_new_one_is_used(
    client: httpx.AsyncClient, as_role, world: World
) -> None:  # type: ignore[no-untyped-def]
    gateway, old = await register_gateway(None, "gw-rotate", [world.district_a.id])
    rotated = await as_role("CITY_CENTER").data(ROTATE, {"id": world.gid("MediaGateway", gateway.id)})
    new = rotated["rotateGatewayCredential"]["credential"]
    assert rotated["rotateGatewayCredential"]["gateway"]["previousCredentialValidUntil"] is not None

    assert (
        await client.get("/internal/gateway/cameras", headers=bearer(old))
    ).status_code == 200  # no downtime
    assert (await client.get("/internal/gateway/cameras", headers=bearer(new))).status_code == 200
    assert (
        await client.get("/internal/gateway/cameras", headers=bearer(old))
    ).status_code == 401  # superseded

    # without the new one being used, the old one ends with the grace period
    _, older = await register_gateway(None, "gw-rotate-grace", [world.district_a.id])
    row = await MediaGateway.get(gateway_id="gw-rotate-grace")
    await as_role("CITY_CENTER").data(ROTATE, {"id": world.gid("MediaGateway", row.id)})
    await MediaGateway.filter(id=row.id).update(previous_valid_until=datetime.now(UTC) - timedelta(seconds=1))
    assert (await client.get("/internal/gateway/cameras", headers=bearer(older))).status_code == 401

    # a deactivated gateway is refused altogether
    await MediaGateway.filter(id=gateway.id).update(active=False)
    assert (await client.get("/internal/gateway/cameras", headers=bearer(new))).status_code == 401
