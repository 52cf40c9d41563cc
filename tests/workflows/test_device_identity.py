"""Issue 10, Article 16: a camera removed or replaced outside the Art. 15 path is found by its device
identity. The first device a gateway reports at a camera's address is enrolled; another one later opens
one unauthorized-removal ticket and one alert to the breach audience, and the enrolled device answering
again closes it; an approved removal or the admin's edit of the address is no breach."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from backend.alerts.models import Alert
from backend.alerts.services import visible_alerts_filter
from backend.audit.models import AuditEvent
from backend.cameras.models import Camera, CameraStatus
from backend.cameras.services import CameraData, decide_removal, request_removal, update_camera
from backend.faults.models import FaultKind, FaultStatus, FaultTicket
from backend.faults.services import check_unauthorized_removals, sync_fault_tickets
from backend.media.services import apply_health_report
from backend.projects.models import ProjectStatus

GATEWAY = "gw-world"
MAIN_720 = "MAIN H.264 profile 66 level 3.1 1280x720"
ENROLLED = {
    "serial": "SIM-0001",
    "model": "simcam",
    "manufacturer": "SiteWatch",
    "hardwareId": "simcam",
    "stream": MAIN_720,
}
SWAPPED = {**ENROLLED, "serial": "SIM-0002"}
BREACH_AUDIENCE = ("CITY_CENTER", "DISTRICT_CENTER", "CONSTRUCTION_UNIT", "PROVIDER")


async def report(bus, camera: Camera, device: dict[str, Any] | None, state: str = "ONLINE") -> None:  # type: ignore[no-untyped-def]
    item: dict[str, Any] = {"id": str(camera.id), "state": state}
    if device is not None:
        item["device"] = device
    await apply_health_report(bus, GATEWAY, [item])


async def removal_tickets(camera: Camera) -> list[FaultTicket]:
    return await FaultTicket.filter(camera_id=camera.id, kind=FaultKind.UNAUTHORIZED_REMOVAL).order_by("id")


async def removal_alerts(camera: Camera) -> list[Alert]:
    ids = [str(ticket.id) for ticket in await removal_tickets(camera)]
    return await Alert.filter(kind="CAMERA_REMOVED_UNAUTHORIZED", object_id__in=ids).order_by("id")


async def test_the_first_device_reported_is_enrolled_and_audited(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.UNDER_CONSTRUCTION)
    camera = site.cameras[0]

    await report(bus, camera, ENROLLED)
    await report(bus, camera, ENROLLED)  # the same device again

    row = await Camera.get(id=camera.id)
    assert (row.device_serial, row.device_model, row.device_manufacturer, row.device_hardware_id) == (
        "SIM-0001",
        "simcam",
        "SiteWatch",
        "simcam",
    )
    assert row.device_stream == MAIN_720
    assert row.device_enrolled_at is not None and row.device_replaced_at is None
    enrolled = await AuditEvent.filter(action="camera.device_enrolled", object_id=str(camera.id))
    assert len(enrolled) == 1
    assert enrolled[0].detail["serial"] == "SIM-0001" and enrolled[0].project_id == site.project.id
    assert await removal_tickets(camera) == []


async def test_a_swapped_device_opens_one_ticket_and_one_alert_and_the_enrolled_one_closes_it(
    bus, make_site
) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.UNDER_CONSTRUCTION)
    camera = site.cameras[0]
    await report(bus, camera, ENROLLED)

    for _ in range(3):  # every health report of the swapped device
        await report(bus, camera, SWAPPED)

    (ticket,) = await removal_tickets(camera)
    assert ticket.status is FaultStatus.OPEN
    assert ticket.detail == "device replaced: SIM-0001 → SIM-0002"
    (alert,) = await removal_alerts(camera)
    assert "SIM-0001 → SIM-0002" in alert.message and camera.name in alert.title
    for role in BREACH_AUDIENCE:
        assert await Alert.filter(visible_alerts_filter(site.people[role]), id=alert.id).exists(), role
    opened = await AuditEvent.get(action="fault_ticket.opened", object_id=str(ticket.id))
    assert (
        opened.detail["enrolled"]["serial"] == "SIM-0001"
        and opened.detail["reported"]["serial"] == "SIM-0002"
    )
    # The swapped camera is online: the scheduled sweep does not take that for a restored camera.
    await sync_fault_tickets(bus, datetime.now(UTC))
    await ticket.refresh_from_db()
    assert ticket.status is FaultStatus.OPEN

    await report(bus, camera, ENROLLED)  # the enrolled device answers again

    await ticket.refresh_from_db()
    assert ticket.status is FaultStatus.CLOSED and ticket.closed_at is not None
    assert ticket.downtime_seconds is not None and ticket.downtime_seconds >= 0
    closed = await AuditEvent.get(action="fault_ticket.closed", object_id=str(ticket.id))
    assert closed.detail["restored"] is True and closed.detail["downtime_seconds"] == ticket.downtime_seconds
    assert (await Camera.get(id=camera.id)).device_replaced_at is None
    # Swapped again later: a new ticket and a new alert.
    await report(bus, camera, SWAPPED)
    assert [t.status for t in await removal_tickets(camera)] == [FaultStatus.CLOSED, FaultStatus.OPEN]
    assert len(await removal_alerts(camera)) == 2


async def test_a_camera_taken_away_that_comes_back_as_another_device_is_flagged(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.UNDER_CONSTRUCTION)
    camera = site.cameras[0]
    await report(bus, camera, ENROLLED)

    await report(bus, camera, None, state="OFFLINE")  # taken off its pole: just offline
    assert await removal_tickets(camera) == []
    await report(bus, camera, SWAPPED)  # something answers at its address again

    assert (await Camera.get(id=camera.id)).status is CameraStatus.ONLINE
    offline = await FaultTicket.get(camera_id=camera.id, kind=FaultKind.OFFLINE)
    assert offline.status is FaultStatus.CLOSED
    (ticket,) = await removal_tickets(camera)
    assert ticket.status is FaultStatus.OPEN and ticket.detail == "device replaced: SIM-0001 → SIM-0002"
    assert len(await removal_alerts(camera)) == 1


async def test_without_onvif_the_stream_signature_identifies_the_device(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.UNDER_CONSTRUCTION)
    camera = site.cameras[0]
    await report(bus, camera, {"stream": MAIN_720})

    await report(bus, camera, {"stream": "SUB H.264 profile 66 level 3 640x360"})  # its other stream
    assert await removal_tickets(camera) == []
    await report(bus, camera, {"stream": "MAIN H.264 profile 100 level 4 1920x1080"})

    (ticket,) = await removal_tickets(camera)
    assert ticket.detail == f"device replaced: {MAIN_720} → MAIN H.264 profile 100 level 4 1920x1080"
    await report(bus, camera, {"stream": MAIN_720})
    await ticket.refresh_from_db()
    assert ticket.status is FaultStatus.CLOSED


async def test_a_missing_onvif_answer_proves_nothing_and_a_late_one_completes_the_enrolment(
    bus, make_site
) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.UNDER_CONSTRUCTION)
    onvif_camera, late_camera = site.cameras
    # Enrolled with its serial; on a later connection ONVIF has not answered (yet): no verdict.
    await report(bus, onvif_camera, ENROLLED)
    await report(bus, onvif_camera, {"stream": "MAIN H.264 profile 77 level 4 1920x1080"})
    assert await removal_tickets(onvif_camera) == []

    # Enrolled before its ONVIF answered: the serial is learned from a report of the same stream…
    await report(bus, late_camera, {"stream": MAIN_720})
    await report(bus, late_camera, ENROLLED)
    assert (await Camera.get(id=late_camera.id)).device_serial == "SIM-0001"
    assert await removal_tickets(late_camera) == []
    # …and a swap is then told by it.
    await report(bus, late_camera, SWAPPED)
    assert len(await removal_tickets(late_camera)) == 1


async def test_an_address_edit_by_the_admin_resets_the_enrolment_without_an_alert(
    bus, make_site, settings
) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.UNDER_CONSTRUCTION)
    camera = site.cameras[0]
    admin = site.people["PROVIDER"]
    await report(bus, camera, ENROLLED)

    renamed = CameraData(name="renamed", main_stream_url=camera.main_stream_url)
    await update_camera(settings, admin, camera.id, renamed)
    assert (await Camera.get(id=camera.id)).device_serial == "SIM-0001"  # not an address: kept

    moved = CameraData(name="renamed", main_stream_url="rtsp://127.0.0.1:9/replacement")
    await update_camera(settings, admin, camera.id, moved)
    row = await Camera.get(id=camera.id)
    assert row.device_serial is None and row.device_enrolled_at is None
    updated = (
        await AuditEvent.filter(action="camera.updated", object_id=str(camera.id)).order_by("-id").first()
    )
    assert updated is not None and updated.detail["deviceIdentityReset"] is True

    await report(bus, camera, SWAPPED)  # the new device at the new address

    assert await removal_tickets(camera) == []
    assert (await Camera.get(id=camera.id)).device_serial == "SIM-0002"


async def test_an_approved_removal_resets_the_enrolment_and_is_no_breach(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.UNDER_CONSTRUCTION)
    camera = site.cameras[0]
    await report(bus, camera, ENROLLED)

    removal = await request_removal(site.people["PROVIDER"], camera.id, "pole moved for the crane")
    await decide_removal(site.people["DISTRICT_CENTER"], removal.id, approve=True)
    await report(bus, camera, SWAPPED)  # a gateway still reporting the address
    await check_unauthorized_removals(bus, datetime.now(UTC))

    row = await Camera.get(id=camera.id)
    assert row.status is CameraStatus.DECOMMISSIONED
    assert row.device_serial is None and row.device_enrolled_at is None
    assert await removal_tickets(camera) == []
