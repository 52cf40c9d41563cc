"""Fault suite, Art. 16 equipment integrity: a camera swapped for another device at its address is found
by its device identity. Real backend, gateway and simulated camera processes: the gateway reads the
camera's ONVIF serial when its pull starts streaming and reports it with its health; the backend enrolls
it; the simulated camera's device is swapped through its control API (its RTSP connections start over,
as on a real swap); the backend opens an unauthorized-removal ticket and alerts the city center, and
closes the ticket when the enrolled device is back."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.gateway.gateway_support import eventually
from tests.media.test_live_view_integration import Stack

pytestmark = pytest.mark.slow
WITHIN_SECONDS = 45.0

ENROLLED_DEVICE = """
query($id: ID!) { camera(id: $id) { status enrolledDevice { serial model stream replacedAt } project { id } } }
"""
REMOVAL_TICKETS = """
query($p: ID!) {
  faultTickets(projectId: $p, first: 50) { edges { node { id status kind detail camera { id } } } }
}
"""
ALERTS = "query { alerts(first: 50) { edges { node { kind title objectType objectId } } } }"


def gateway_health(stack: Stack, camera_id: int) -> dict[str, Any] | None:
    health = httpx.get(
        f"{stack.gateway_url}/health",
        headers={"Authorization": f"Bearer {stack.seed['gatewayCredential']}"},
        trust_env=False,
    ).json()
    return next((c for c in health["cameras"] if c["id"] == str(camera_id)), None)


async def test_the_gateway_reports_the_serial_and_a_swapped_device_is_a_removal_ticket(stack: Stack) -> None:
    token = stack.token("CITY_CENTER")
    camera_pk, camera_gid = stack.seed["flaky"]

    def camera() -> dict[str, Any]:
        return dict(stack.gql(ENROLLED_DEVICE, {"id": camera_gid}, token)["camera"])

    def removal_tickets() -> list[dict[str, Any]]:
        project = camera()["project"]["id"]
        edges = stack.gql(REMOVAL_TICKETS, {"p": project}, token)["faultTickets"]["edges"]
        return [
            e["node"]
            for e in edges
            if e["node"]["camera"]["id"] == camera_gid and e["node"]["kind"] == "UNAUTHORIZED_REMOVAL"
        ]

    # The recorded camera's pull streams: the gateway reports its device, the backend enrolls it.
    assert await eventually(lambda: (camera()["enrolledDevice"] or {}).get("serial") == "SIM-cam9", 30)
    reported = gateway_health(stack, camera_pk)
    assert reported is not None
    assert reported["device"]["serial"] == "SIM-cam9" and reported["device"]["model"] == "simcam"
    assert reported["device"]["stream"].startswith("MAIN H.264 profile 66 level ")
    assert reported["device"]["stream"].endswith(" 1280x720")
    assert camera()["enrolledDevice"]["stream"] == reported["device"]["stream"]
    assert removal_tickets() == []
    # A camera without an ONVIF endpoint is known by its stream signature alone.
    _, plain_gid = stack.seed["watched"]

    def plain_device() -> dict[str, Any] | None:
        shown = stack.gql(ENROLLED_DEVICE, {"id": plain_gid}, token)["camera"]["enrolledDevice"]
        return None if shown is None else dict(shown)

    assert await eventually(lambda: plain_device() is not None, 30)
    plain = plain_device()
    assert plain is not None and plain["serial"] is None and plain["model"] is None
    assert plain["stream"] == reported["device"]["stream"]  # the same simulated camera model

    stack.flaky_simcam.swap_device("cam9", "SIM-0002")

    assert await eventually(lambda: bool(removal_tickets()), WITHIN_SECONDS, interval=0.5), "swap not flagged"
    (ticket,) = removal_tickets()
    assert ticket["status"] == "OPEN"
    assert ticket["detail"] == "device replaced: SIM-cam9 → SIM-0002"
    assert camera()["status"] == "ONLINE" and camera()["enrolledDevice"]["replacedAt"] is not None
    alerts = stack.gql(ALERTS, token=token)["alerts"]["edges"]
    flagged = [a["node"] for a in alerts if a["node"]["kind"] == "CAMERA_REMOVED_UNAUTHORIZED"]
    assert len(flagged) == 1, alerts  # once, however many health reports the swapped device sent
    assert flagged[0]["objectType"] == "FaultTicket"
    assert "Camera device replaced without authorization" in flagged[0]["title"]

    stack.flaky_simcam.swap_device("cam9", "SIM-cam9")  # the enrolled device is put back

    assert await eventually(lambda: removal_tickets()[0]["status"] == "CLOSED", WITHIN_SECONDS, interval=0.5)
    assert len(removal_tickets()) == 1
    assert camera()["enrolledDevice"]["replacedAt"] is None
