"""The internal endpoints media gateways call: registration, camera directory, health reports."""

from __future__ import annotations

import httpx

from backend.alerts.models import Alert
from backend.cameras.models import Camera, CameraStatus
from backend.faults.models import FaultStatus, FaultTicket
from backend.media.gateways import register_gateway
from backend.media.models import MediaGateway
from backend.settings import Settings
from tests.world import World


def gateway_headers(world: World) -> dict[str, str]:
    return {"authorization": f"Bearer {world.gateway_credential}"}


async def test_gateway_endpoints_refuse_a_wrong_or_missing_key(client: httpx.AsyncClient) -> None:
    for headers in ({}, {"authorization": "Bearer nope"}):
        response = await client.post(
            "/internal/gateway/register", json={"gatewayId": "x", "publicUrl": "http://x"}, headers=headers
        )
        assert response.status_code == 401
        assert response.json()["error"] == "unauthorized"
        assert (await client.get("/internal/gateway/cameras?gateway=x", headers=headers)).status_code == 401
    assert not await MediaGateway.filter(gateway_id="x").exists()


async def test_registration_and_directory_follow_the_gateway_districts(
    client: httpx.AsyncClient, settings: Settings, world: World
) -> None:
    _, credential = await register_gateway(None, "gw-district-b", [world.district_b.id])
    headers = {"authorization": f"Bearer {credential}"}
    bad = await client.post("/internal/gateway/register", json={"gatewayId": 5}, headers=headers)
    assert bad.status_code == 400
    registered = await client.post(
        "/internal/gateway/register",
        json={
            "gatewayId": "gw-district-b",
            "publicUrl": "http://127.0.0.1:9100/",
            "districts": ["*"],  # asking for more than assigned changes nothing
        },
        headers=headers,
    )
    assert registered.status_code == 200
    assert registered.json()["districts"] == [world.district_b.code]
    directory = (await client.get("/internal/gateway/cameras?gateway=gw-district-b", headers=headers)).json()
    served = {camera["id"] for camera in directory["cameras"]}
    assert served == {str(c.id) for c in world.cameras["B1"]}
    assert all(camera["mainUrl"].startswith("rtsp://") for camera in directory["cameras"])


async def test_health_report_marks_offline_raises_alert_and_opens_fault_ticket_at_once(
    client: httpx.AsyncClient, settings: Settings, world: World
) -> None:
    camera = world.cameras["B1"][1]
    await Camera.filter(id=camera.id).update(status=CameraStatus.ONLINE)
    headers = gateway_headers(world)

    async def report(state: str) -> dict:  # type: ignore[type-arg]
        response = await client.post(
            "/internal/gateway/health",
            json={"gatewayId": "gw-world", "cameras": [{"id": str(camera.id), "state": state, "viewers": 0}]},
            headers=headers,
        )
        assert response.status_code == 200
        return response.json()

    assert (await report("OFFLINE"))["changed"] == 1
    assert (await Camera.get(id=camera.id)).status == CameraStatus.OFFLINE
    assert await Alert.filter(kind="CAMERA_OFFLINE", object_id=str(camera.id)).exists()
    ticket = await FaultTicket.get(camera_id=camera.id, status=FaultStatus.OPEN)
    assert (ticket.deadline - ticket.opened_at).total_seconds() == 24 * 3600  # Art. 16
    assert (await report("OFFLINE"))["changed"] == 0  # repeated reports change nothing
    assert await FaultTicket.filter(camera_id=camera.id).count() == 1

    assert (await report("ONLINE"))["changed"] == 1
    await ticket.refresh_from_db()
    assert ticket.status == FaultStatus.CLOSED and ticket.downtime_seconds is not None
    assert await Alert.filter(kind="CAMERA_RECOVERED", object_id=str(camera.id)).exists()


async def test_health_report_rejects_malformed_bodies(client: httpx.AsyncClient, world: World) -> None:
    headers = {**gateway_headers(world), "content-type": "application/json"}
    for body in (b"not json", b"[]", b'{"cameras": "all"}'):
        response = await client.post("/internal/gateway/health", content=body, headers=headers)
        assert response.status_code == 400
