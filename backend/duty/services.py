"""Article 9: the supervisor staffs the monitoring room 24 h; nobody checked in → "unattended" alert."""

from __future__ import annotations

from datetime import datetime, timedelta

from backend.alerts.models import Alert, AlertSeverity
from backend.alerts.services import raise_alert
from backend.audit.services import record_audit
from backend.auth.models import User
from backend.authz.policy import Operation, Principal, decide, project_ref
from backend.authz.roles import Role, breach_audience
from backend.duty.models import DutyCheckIn, DutyShift
from backend.events.bus import EventBus
from backend.lifecycle.errors import NotFound, RuleViolation
from backend.lifecycle.services import scoped_project
from backend.projects.models import Project, ProjectStatus

# Rooms must be staffed while cameras run: from the permit until completion.
STAFFED_STATUSES = (ProjectStatus.PERMITTED, ProjectStatus.UNDER_CONSTRUCTION, ProjectStatus.SUSPENDED)
MAX_SHIFT = timedelta(hours=24)


async def add_shift(
    principal: Principal,
    project_id: int | None,
    operator_id: int | None,
    starts_at: datetime,
    ends_at: datetime,
) -> DutyShift:
    project = await scoped_project(principal, project_id)
    if not decide(principal, Operation.MANAGE_DUTY_ROSTER, project_ref(project)):
        raise NotFound("project")
    operator = (
        await User.filter(id=operator_id, role=Role.SUPERVISOR, is_active=True).first()
        if operator_id
        else None
    )
    if operator is None or operator.project_id not in (None, project.id):
        raise NotFound("operator")
    if ends_at <= starts_at or ends_at - starts_at > MAX_SHIFT:
        raise RuleViolation(
            "INVALID_SHIFT", "Art. 9: a shift ends after it starts and lasts at most 24 h", "9"
        )
    shift = await DutyShift.create(
        project_id=project.id, operator_id=operator.id, starts_at=starts_at, ends_at=ends_at
    )
    await record_audit(
        "duty.shift_added",
        actor_id=principal.user_id,
        actor_role=str(principal.role),
        object_type="DutyShift",
        object_id=str(shift.id),
        district_id=project.district_id,
        project_id=project.id,
        detail={"operator": operator.id, "starts_at": starts_at.isoformat(), "ends_at": ends_at.isoformat()},
    )
    return shift


async def check_in(principal: Principal, project_id: int | None, now: datetime) -> DutyCheckIn:
    """Check in, or refresh the heartbeat of an open check-in (idempotent)."""
    project = await scoped_project(principal, project_id)
    if not decide(principal, Operation.DUTY_CHECK_IN, project_ref(project)):
        raise NotFound("project")
    current = await DutyCheckIn.filter(
        project_id=project.id, operator_id=principal.user_id, checked_out_at=None
    ).first()
    if current is not None:
        current.last_heartbeat_at = now
        await current.save(update_fields=["last_heartbeat_at"])
        return current
    row = await DutyCheckIn.create(
        project_id=project.id, operator_id=principal.user_id, checked_in_at=now, last_heartbeat_at=now
    )
    await record_audit(
        "duty.check_in",
        actor_id=principal.user_id,
        actor_role=str(principal.role),
        object_type="DutyCheckIn",
        object_id=str(row.id),
        district_id=project.district_id,
        project_id=project.id,
    )
    return row


async def check_out(principal: Principal, project_id: int | None, now: datetime) -> DutyCheckIn:
    project = await scoped_project(principal, project_id)
    current = await DutyCheckIn.filter(
        project_id=project.id, operator_id=principal.user_id, checked_out_at=None
    ).first()
    if current is None:
        raise RuleViolation("NOT_CHECKED_IN", "Art. 9: you are not checked in to this monitoring room", "9")
    current.checked_out_at = now
    await current.save(update_fields=["checked_out_at"])
    await record_audit(
        "duty.check_out",
        actor_id=principal.user_id,
        actor_role=str(principal.role),
        object_type="DutyCheckIn",
        object_id=str(current.id),
        district_id=project.district_id,
        project_id=project.id,
    )
    return current


async def present_operators(
    project_ids: list[int], now: datetime, stale_after: timedelta
) -> dict[int, list[DutyCheckIn]]:
    rows = await DutyCheckIn.filter(
        project_id__in=project_ids, checked_out_at=None, last_heartbeat_at__gte=now - stale_after
    )
    result: dict[int, list[DutyCheckIn]] = {pid: [] for pid in project_ids}
    for row in rows:
        result[row.project_id].append(row)
    return result


async def check_unattended_rooms(bus: EventBus, now: datetime, stale_after: timedelta) -> int:
    """A staffed-phase project with nobody checked in (fresh heartbeat) raises one alert per episode."""
    projects = await Project.filter(status__in=[s.value for s in STAFFED_STATUSES])
    if not projects:
        return 0
    present = await present_operators([p.id for p in projects], now, stale_after)
    raised = 0
    for project in projects:
        if present[project.id]:
            continue
        last_seen = await DutyCheckIn.filter(project_id=project.id).order_by("-last_heartbeat_at").first()
        since = last_seen.last_heartbeat_at if last_seen else project.updated_at
        if await Alert.filter(
            kind="DUTY_ROOM_UNATTENDED", project_id=project.id, created_at__gte=since
        ).exists():
            continue  # this episode was already reported
        await raise_alert(
            bus,
            kind="DUTY_ROOM_UNATTENDED",
            severity=AlertSeverity.WARNING,
            title=f"监控室无人值守 / Monitoring room unattended: {project.name}",
            message="第九条 / Art. 9: no operator is checked in",
            project=project,
            audience_roles=breach_audience(Role.SUPERVISOR, Role.DISTRICT_CENTER),
            object_type="Project",
            object_id=str(project.id),
        )
        raised += 1
    return raised
