"""Issue 10, Article 16 and 12: a silent gateway leaves its cameras UNKNOWN with fault tickets and
tells the city and the district; flapping cannot reset the 24 h repair clock; a removal ticket
closes when the camera is restored; the city center hears of every breach."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backend.alerts.models import Alert
from backend.alerts.services import visible_alerts_filter
from backend.cameras.models import Camera, CameraStatus
from backend.districts.models import District
from backend.faults.models import FaultKind, FaultStatus, FaultTicket
from backend.faults.services import check_fault_deadlines, check_unauthorized_removals, set_camera_status
from backend.media.models import MediaGateway
from backend.media.services import apply_health_report, check_silent_gateways
from backend.projects.models import ProjectStatus

SILENCE = timedelta(seconds=90)


async def test_silent_gateway_turns_its_cameras_unknown_opens_tickets_and_alerts_city_and_district(
    bus, make_site
) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.UNDER_CONSTRUCTION)
    district = await District.get(id=site.project.district_id)
    now = datetime.now(UTC)
    await MediaGateway.filter(gateway_id="gw-world").update(last_seen_at=now)  # the wildcard stays fresh…
    await MediaGateway.filter(gateway_id="gw-world").update(
        districts=["T0001", "T0002"]
    )  # …but not for this site
    gateway = await MediaGateway.create(
        gateway_id=f"gw-{district.code}",
        public_url="http://127.0.0.1:9",
        districts=[district.code],
        last_seen_at=now,
    )
    try:
        await check_silent_gateways(bus, now + timedelta(seconds=60), SILENCE)
        assert (await MediaGateway.get(id=gateway.id)).down_since is None
        assert {c.status for c in await Camera.filter(project_id=site.project.id)} == {CameraStatus.ONLINE}
        later = now + timedelta(seconds=120)
        await check_silent_gateways(bus, later, SILENCE)
        await check_silent_gateways(bus, later + timedelta(seconds=60), SILENCE)  # reported once only
        assert (await MediaGateway.get(id=gateway.id)).down_since == later
        statuses = {c.status for c in await Camera.filter(project_id=site.project.id)}
        assert statuses == {CameraStatus.UNKNOWN}
        tickets = await FaultTicket.filter(project_id=site.project.id, status=FaultStatus.OPEN)
        assert len(tickets) == len(site.cameras)
        assert all(t.deadline == later + timedelta(hours=24) for t in tickets)
        alerts = await Alert.filter(kind="GATEWAY_DOWN", district_id=district.id)
        assert len(alerts) == 1
        for role in ("CITY_CENTER", "DISTRICT_CENTER"):
            assert await Alert.filter(visible_alerts_filter(site.people[role]), id=alerts[0].id).exists(), (
                role
            )
        assert not await Alert.filter(
            visible_alerts_filter(site.people["SUPERVISOR"]), id=alerts[0].id
        ).exists()

        # The gateway reports again: cameras back, tickets closed, ready to alert on the next silence.
        reported = [{"id": str(c.id), "state": "ONLINE"} for c in site.cameras]
        await apply_health_report(bus, gateway.gateway_id, reported)
        assert {c.status for c in await Camera.filter(project_id=site.project.id)} == {CameraStatus.ONLINE}
        assert not await FaultTicket.filter(project_id=site.project.id, status=FaultStatus.OPEN).exists()
        assert (await MediaGateway.get(id=gateway.id)).down_since is None
    finally:
        await gateway.delete()
        await MediaGateway.filter(gateway_id="gw-world").update(
            districts=["*"], last_seen_at=datetime.now(UTC)
        )


async def test_flapping_keeps_the_first_24h_deadline(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.UNDER_CONSTRUCTION)
    camera = site.cameras[0]
    t0 = datetime.now(UTC).replace(microsecond=0)
    await set_camera_status(bus, camera.id, CameraStatus.OFFLINE, t0)
    first = await FaultTicket.get(camera_id=camera.id, status=FaultStatus.OPEN)
    for minutes in range(10, 600, 20):  # ten hours of 10-minute recoveries
        await set_camera_status(bus, camera.id, CameraStatus.ONLINE, t0 + timedelta(minutes=minutes))
        await set_camera_status(bus, camera.id, CameraStatus.OFFLINE, t0 + timedelta(minutes=minutes + 10))
    tickets = await FaultTicket.filter(camera_id=camera.id, kind=FaultKind.OFFLINE)
    assert [t.id for t in tickets] == [first.id]
    assert tickets[0].status is FaultStatus.OPEN and tickets[0].deadline == t0 + timedelta(hours=24)
    assert await check_fault_deadlines(bus, t0 + timedelta(hours=25)) >= 1
    assert await Alert.filter(kind="FAULT_REPAIR_OVERDUE", object_id=str(first.id)).count() == 1


async def test_a_fault_long_after_a_real_repair_is_a_new_ticket(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.UNDER_CONSTRUCTION)
    camera = site.cameras[0]
    t0 = datetime.now(UTC).replace(microsecond=0)
    await set_camera_status(bus, camera.id, CameraStatus.OFFLINE, t0)
    await set_camera_status(bus, camera.id, CameraStatus.ONLINE, t0 + timedelta(hours=1))
    await set_camera_status(bus, camera.id, CameraStatus.OFFLINE, t0 + timedelta(hours=5))
    tickets = await FaultTicket.filter(camera_id=camera.id, kind=FaultKind.OFFLINE).order_by("id")
    assert [t.status for t in tickets] == [FaultStatus.CLOSED, FaultStatus.OPEN]
    assert tickets[1].deadline == t0 + timedelta(hours=29)


async def test_removal_ticket_closes_when_the_camera_is_restored(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.UNDER_CONSTRUCTION)
    camera = site.cameras[0]
    await set_camera_status(bus, camera.id, CameraStatus.DECOMMISSIONED)
    await check_unauthorized_removals(bus, datetime.now(UTC))
    ticket = await FaultTicket.get(camera_id=camera.id, kind=FaultKind.UNAUTHORIZED_REMOVAL)
    assert ticket.status is FaultStatus.OPEN
    alert = await Alert.get(kind="CAMERA_REMOVED_UNAUTHORIZED", object_id=str(ticket.id))
    assert ",CITY_CENTER," in alert.audience
    await set_camera_status(bus, camera.id, CameraStatus.ONLINE)
    await ticket.refresh_from_db()
    assert ticket.status is FaultStatus.CLOSED and ticket.closed_at is not None
    # Removed again later: a new ticket, a new alert.
    await set_camera_status(bus, camera.id, CameraStatus.DECOMMISSIONED)
    assert await FaultTicket.filter(camera_id=camera.id, kind=FaultKind.UNAUTHORIZED_REMOVAL).count() == 2


async def test_the_city_center_hears_of_every_breach(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.UNDER_CONSTRUCTION)
    t0 = datetime.now(UTC)
    await set_camera_status(bus, site.cameras[1].id, CameraStatus.NO_VIDEO, t0)
    await check_fault_deadlines(bus, t0 + timedelta(hours=25))
    ticket = await FaultTicket.get(camera_id=site.cameras[1].id, status=FaultStatus.OPEN)
    overdue = await Alert.get(kind="FAULT_REPAIR_OVERDUE", object_id=str(ticket.id))
    assert await Alert.filter(visible_alerts_filter(site.people["CITY_CENTER"]), id=overdue.id).exists()
    assert ",CITY_CENTER," in overdue.audience and ",DISTRICT_CENTER," in overdue.audience


STILL = "c3a5c3a5c3a5c3a5"
NEAR = "c3a5c3a5c3a5c3a4"  # one bit: the same view
TURNED = "3c5a3c5a3c5a3c5a"  # every bit: another view


async def test_moved_or_covered_camera_alerts_once_and_ptz_under_a_lease_does_not(
    app, bus, make_site
) -> None:  # type: ignore[no-untyped-def]
    from backend.cameras.models import Camera as CameraRow

    control = app.state.services.control
    site = await make_site(ProjectStatus.UNDER_CONSTRUCTION)
    camera = site.cameras[0]
    await CameraRow.filter(id=camera.id).update(ptz_capable=True)
    gateway = "gw-world"

    async def report(view: str) -> None:
        await apply_health_report(
            bus, gateway, [{"id": str(camera.id), "state": "ONLINE", "viewHash": view}], control
        )

    async def alerts() -> int:
        return await Alert.filter(kind="CAMERA_VIEW_CHANGED", object_id=str(camera.id)).count()

    await report(STILL)  # the first view becomes the reference
    assert (await CameraRow.get(id=camera.id)).reference_view_hash == STILL
    await report(NEAR)
    assert await alerts() == 0
    await report(TURNED)  # turned or covered without approval
    await report(TURNED)
    assert await alerts() == 1
    alert = await Alert.get(kind="CAMERA_VIEW_CHANGED", object_id=str(camera.id))
    assert ",CITY_CENTER," in alert.audience and ",DISTRICT_CENTER," in alert.audience

    await report(STILL)  # put back: the next move alerts again
    # A PTZ move through SiteWatch under a control lease is not tampering; the view after it is the new reference.
    row = await CameraRow.get(id=camera.id)
    await control.acquire(site.people["DISTRICT_CENTER"], row, site.project.district_id)
    await report(TURNED)
    assert await alerts() == 1
    await control.release(site.people["DISTRICT_CENTER"], row)
    await report(TURNED)
    assert (await CameraRow.get(id=camera.id)).reference_view_hash == TURNED
    await report(NEAR.replace("c3a5", "3c5a"))
    assert await alerts() == 1
