"""Article 16: a camera fault must be repaired within 24 hours; unauthorized removal is flagged.

The media gateway's health reports (``backend.media.services.apply_health_report``) change camera
status; ``sync_fault_tickets`` turns status into tickets, and the scheduled checks flag breaches.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backend.alerts.models import AlertSeverity
from backend.alerts.services import raise_alert
from backend.audit.services import record_audit
from backend.authz.roles import Role, breach_audience
from backend.cameras.identity import DeviceIdentity
from backend.cameras.models import Camera, CameraRemoval, CameraStatus, RemovalStatus
from backend.events.bus import EventBus
from backend.faults.models import FaultKind, FaultStatus, FaultTicket
from backend.projects.models import Project, ProjectStatus
from backend.timefmt import local_display

REPAIR_DEADLINE = timedelta(hours=24)
# A camera that fails again within this long of a recovery reopens its ticket: flapping keeps the
# original 24 h deadline instead of starting a new one at each short recovery.
FLAP_WINDOW = timedelta(hours=1)
FAULTY = (CameraStatus.OFFLINE, CameraStatus.NO_VIDEO)
# Removal is authorized only once the project is completed (Art. 15).
REMOVAL_ALLOWED = (ProjectStatus.COMPLETED, ProjectStatus.EQUIPMENT_REMOVED, ProjectStatus.DEREGISTERED)


async def open_fault(bus: EventBus, camera: Camera, now: datetime, detail: str = "") -> FaultTicket | None:
    """Open the camera's offline ticket unless one is already open (or reopen one that closed
    less than ``FLAP_WINDOW`` ago, deadline unchanged)."""
    if await FaultTicket.filter(
        camera_id=camera.id, kind=FaultKind.OFFLINE, status=FaultStatus.OPEN
    ).exists():
        return None
    recent = (
        await FaultTicket.filter(
            camera_id=camera.id,
            kind=FaultKind.OFFLINE,
            status=FaultStatus.CLOSED,
            closed_at__gte=now - FLAP_WINDOW,
        )
        .order_by("-closed_at")
        .first()
    )
    if recent is not None:
        await FaultTicket.filter(id=recent.id).update(
            status=FaultStatus.OPEN, closed_at=None, downtime_seconds=None
        )
        await record_audit(
            "fault_ticket.reopened",
            object_type="FaultTicket",
            object_id=str(recent.id),
            project_id=camera.project_id,
            detail={"camera": camera.id, "deadline": recent.deadline.isoformat()},
        )
        await recent.refresh_from_db()
        return recent
    ticket = await FaultTicket.create(
        camera_id=camera.id,
        project_id=camera.project_id,
        kind=FaultKind.OFFLINE,
        detail=detail or str(camera.status),
        opened_at=now,
        deadline=now + REPAIR_DEADLINE,
    )
    await _announce_opened(
        bus,
        ticket,
        camera,
        audit_detail={"camera": camera.id},
        title=f"故障工单 / Fault ticket: {camera.name}",
        message=f"第十六条 / Art. 16: repair by {local_display(ticket.deadline)}",
    )
    return ticket


async def _announce_opened(
    bus: EventBus,
    ticket: FaultTicket,
    camera: Camera,
    audit_detail: dict[str, object],
    title: str,
    message: str,
) -> None:
    """An opened ticket is audited and alerted to those who repair and supervise it."""
    project = await Project.get(id=camera.project_id)
    await record_audit(
        "fault_ticket.opened",
        object_type="FaultTicket",
        object_id=str(ticket.id),
        district_id=project.district_id,
        project_id=project.id,
        detail=audit_detail,
    )
    await raise_alert(
        bus,
        kind="FAULT_TICKET_OPENED",
        severity=AlertSeverity.WARNING,
        title=title,
        message=message,
        project=project,
        audience_roles=[Role.PROVIDER, Role.SUPERVISOR, Role.DISTRICT_CENTER],
        object_type="FaultTicket",
        object_id=str(ticket.id),
    )


async def open_recording_gap_fault(
    bus: EventBus, camera: Camera, since: datetime, detail: str
) -> FaultTicket:
    """Art. 8 + 16: the camera should have been recorded and was not (see backend/recordings/ingest.py)."""
    ticket = await FaultTicket.create(
        camera_id=camera.id,
        project_id=camera.project_id,
        kind=FaultKind.RECORDING_GAP,
        detail=detail[:200],
        opened_at=since,
        deadline=since + REPAIR_DEADLINE,
    )
    await _announce_opened(
        bus,
        ticket,
        camera,
        audit_detail={"camera": camera.id, "kind": FaultKind.RECORDING_GAP.value},
        title=f"录像中断 / Recording gap: {camera.name}",
        message=f"第八、十六条 / Art. 8, 16: {detail}; repair by {local_display(ticket.deadline)}",
    )
    return ticket


async def close_recording_gap_fault(ticket_id: int, recorded_again_at: datetime) -> bool:
    """Recording resumed: the gap's ticket closes with the downtime (once)."""
    ticket = await FaultTicket.get_or_none(id=ticket_id, status=FaultStatus.OPEN)
    if ticket is None:
        return False
    downtime = max(0, int((recorded_again_at - ticket.opened_at).total_seconds()))
    await FaultTicket.filter(id=ticket.id).update(
        status=FaultStatus.CLOSED, closed_at=recorded_again_at, downtime_seconds=downtime
    )
    await record_audit(
        "fault_ticket.closed",
        object_type="FaultTicket",
        object_id=str(ticket.id),
        project_id=ticket.project_id,
        detail={
            "camera": ticket.camera_id,
            "downtime_seconds": downtime,
            "kind": FaultKind.RECORDING_GAP.value,
        },
    )
    return True


async def close_fault(camera: Camera, now: datetime) -> FaultTicket | None:
    """Recovery closes the open ticket with the measured downtime."""
    ticket = await FaultTicket.filter(
        camera_id=camera.id, kind=FaultKind.OFFLINE, status=FaultStatus.OPEN
    ).first()
    if ticket is None:
        return None
    downtime = max(0, int((now - ticket.opened_at).total_seconds()))
    await FaultTicket.filter(id=ticket.id).update(
        status=FaultStatus.CLOSED, closed_at=now, downtime_seconds=downtime
    )
    await ticket.refresh_from_db()
    await record_audit(
        "fault_ticket.closed",
        object_type="FaultTicket",
        object_id=str(ticket.id),
        project_id=camera.project_id,
        detail={"camera": camera.id, "downtime_seconds": downtime},
    )
    return ticket


async def sync_fault_tickets(bus: EventBus, now: datetime, camera_ids: list[int] | None = None) -> int:
    """Make tickets follow camera status: faulty cameras get an open ticket, recovered ones close it."""
    changed = 0
    query = Camera.filter(status__in=[*FAULTY, CameraStatus.ONLINE])
    if camera_ids is not None:
        query = query.filter(id__in=camera_ids)
    open_ids = set(
        await FaultTicket.filter(kind=FaultKind.OFFLINE, status=FaultStatus.OPEN).values_list(
            "camera_id", flat=True
        )
    )
    for camera in await query:
        if camera.status in FAULTY and camera.id not in open_ids:
            changed += bool(await open_fault(bus, camera, camera.status_changed_at or now))
        elif camera.status == CameraStatus.ONLINE and camera.id in open_ids:
            changed += bool(await close_fault(camera, camera.status_changed_at or now))
    changed += await close_restored_removals(now, camera_ids)
    return changed


async def close_restored_removals(now: datetime, camera_ids: list[int] | None = None) -> int:
    """An unauthorized-removal ticket closes when its camera is back online (restored on site) — and the
    device answering is the enrolled one: a replaced camera is online too (``device_replaced``)."""
    query = FaultTicket.filter(
        kind=FaultKind.UNAUTHORIZED_REMOVAL,
        status=FaultStatus.OPEN,
        camera__status=CameraStatus.ONLINE,
        camera__device_replaced_at=None,
    )
    if camera_ids is not None:
        query = query.filter(camera_id__in=camera_ids)
    closed = 0
    for ticket in await query:
        downtime = max(0, int((now - ticket.opened_at).total_seconds()))
        if await FaultTicket.filter(id=ticket.id, status=FaultStatus.OPEN).update(
            status=FaultStatus.CLOSED, closed_at=now, downtime_seconds=downtime
        ):
            closed += 1
            await record_audit(
                "fault_ticket.closed",
                object_type="FaultTicket",
                object_id=str(ticket.id),
                project_id=ticket.project_id,
                detail={"camera": ticket.camera_id, "restored": True, "downtime_seconds": downtime},
            )
    return closed


async def device_replaced(
    bus: EventBus, camera: Camera, enrolled: DeviceIdentity, reported: DeviceIdentity, now: datetime
) -> FaultTicket:
    """Art. 16: another device answers at the camera's address (backend.cameras.identity) — the
    camera was removed or swapped outside the Art. 15 path. Called once per change (the caller
    marks ``Camera.device_replaced_at``); the ticket closes when the enrolled device answers again
    (``close_restored_removals``)."""
    detail = f"device replaced: {enrolled.label()} → {reported.label()}"
    project = await Project.get(id=camera.project_id)
    ticket = await _open_removal_ticket(
        bus,
        camera,
        project,
        detail,
        now,
        title=f"摄像机设备被擅自更换 / Camera device replaced without authorization: {camera.name}",
        message=f"第十六条 / Art. 16: {project.name} · {camera.location} — {detail}",
    )
    await record_audit(
        "fault_ticket.opened",
        object_type="FaultTicket",
        object_id=str(ticket.id),
        district_id=project.district_id,
        project_id=project.id,
        detail={
            "camera": camera.id,
            "kind": FaultKind.UNAUTHORIZED_REMOVAL.value,
            "enrolled": enrolled.as_detail(),
            "reported": reported.as_detail(),
        },
    )
    return ticket


async def _open_removal_ticket(
    bus: EventBus, camera: Camera, project: Project, detail: str, now: datetime, *, title: str, message: str
) -> FaultTicket:
    """An Art. 16 unauthorized-removal ticket with its 24 h deadline, and its breach alert."""
    ticket = await FaultTicket.create(
        camera_id=camera.id,
        project_id=camera.project_id,
        kind=FaultKind.UNAUTHORIZED_REMOVAL,
        detail=detail[:200],
        opened_at=now,
        deadline=now + REPAIR_DEADLINE,
    )
    await raise_alert(
        bus,
        kind="CAMERA_REMOVED_UNAUTHORIZED",
        severity=AlertSeverity.CRITICAL,
        title=title,
        message=message,
        project=project,
        audience_roles=breach_audience(Role.DISTRICT_CENTER, Role.CONSTRUCTION_UNIT, Role.PROVIDER),
        object_type="FaultTicket",
        object_id=str(ticket.id),
    )
    return ticket


async def set_camera_status(
    bus: EventBus, camera_id: int, status: CameraStatus, now: datetime | None = None
) -> None:
    """Service entry point for a status change outside gateway reports (tests, manual input)."""
    now = now or datetime.now(UTC)
    await Camera.filter(id=camera_id).update(status=status, status_changed_at=now)
    if status == CameraStatus.DECOMMISSIONED:
        await check_unauthorized_removals(bus, now)
    else:
        await sync_fault_tickets(bus, now, [camera_id])


async def check_fault_deadlines(bus: EventBus, now: datetime) -> int:
    """An open ticket past 24 h raises one alert to the district (and the provider)."""
    breached = 0
    for ticket in await FaultTicket.filter(status=FaultStatus.OPEN, deadline__lt=now, breached_at=None):
        if not await FaultTicket.filter(id=ticket.id, breached_at=None).update(breached_at=now):
            continue
        project = await Project.get(id=ticket.project_id)
        camera = await Camera.get(id=ticket.camera_id)
        await raise_alert(
            bus,
            kind="FAULT_REPAIR_OVERDUE",
            severity=AlertSeverity.CRITICAL,
            title=f"故障超24小时未修复 / Fault not repaired in 24 h: {camera.name}",
            message=f"第十六条 / Art. 16: {project.name}, open since {local_display(ticket.opened_at)}",
            project=project,
            audience_roles=breach_audience(Role.DISTRICT_CENTER, Role.PROVIDER),
            object_type="FaultTicket",
            object_id=str(ticket.id),
        )
        breached += 1
    return breached


async def check_unauthorized_removals(bus: EventBus, now: datetime) -> int:
    """A camera decommissioned while its project is not completed was moved or removed without authorization."""
    flagged = 0
    already = set(
        await FaultTicket.filter(kind=FaultKind.UNAUTHORIZED_REMOVAL, status=FaultStatus.OPEN).values_list(
            "camera_id", flat=True
        )
    )
    # A removal the district approved (issue 9, backend.cameras.services) is authorized.
    already |= set(
        await CameraRemoval.filter(status=RemovalStatus.APPROVED).values_list("camera_id", flat=True)
    )
    for camera in await Camera.filter(status=CameraStatus.DECOMMISSIONED).exclude(
        project__status__in=[s.value for s in REMOVAL_ALLOWED]
    ):
        if camera.id in already:
            continue
        project = await Project.get(id=camera.project_id)
        await _open_removal_ticket(
            bus,
            camera,
            project,
            "decommissioned without an approved removal",
            now,
            title=f"摄像机被擅自拆除 / Camera removed without authorization: {camera.name}",
            message=f"第十六条 / Art. 16: {project.name}",
        )
        flagged += 1
    return flagged
