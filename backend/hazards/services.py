"""Article 14: hazard notices and stop-work orders, from issue to closure, with escalation.

issue (center) → acknowledge (site) → report rectification (site, text + attachments)
→ accept (closed) or reject (back to open). A stop-work order suspends the project until it is
closed; an open notice past its deadline escalates to the issuing center once.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from backend.alerts.models import AlertSeverity
from backend.alerts.services import raise_alert
from backend.audit.services import record_audit
from backend.authz.policy import Operation, Principal, decide, project_ref
from backend.authz.roles import Role, ScopeLevel, breach_audience
from backend.authz.scope import center_level, load_with_project
from backend.cameras.models import Camera
from backend.documents.models import Document
from backend.events.bus import EventBus
from backend.hazards.models import (
    HazardEntryKind,
    HazardEvidence,
    HazardKind,
    HazardNotice,
    HazardNoticeEntry,
    HazardSeverity,
    HazardStatus,
)
from backend.lifecycle.errors import NotFound, RuleViolation
from backend.lifecycle.services import LifecycleAction, add_penalty, check_action, scoped_project, transition
from backend.projects.models import Project, ProjectStatus
from backend.recordings.evidence import check_evidence_instant, protect_evidence
from backend.recordings.playback import InvalidRange
from backend.settings import Settings
from backend.timefmt import local_display

SITE_PARTIES = [Role.CONSTRUCTION_UNIT, Role.SUPERVISOR, Role.CONTRACTOR]
_ALERT_SEVERITY = {
    HazardSeverity.LOW: AlertSeverity.INFO,
    HazardSeverity.MEDIUM: AlertSeverity.WARNING,
    HazardSeverity.HIGH: AlertSeverity.CRITICAL,
    HazardSeverity.CRITICAL: AlertSeverity.CRITICAL,
}


def _issuer_role(level: str) -> Role:
    return Role.CITY_CENTER if level == ScopeLevel.CITY.value else Role.DISTRICT_CENTER


async def scoped_notice(principal: Principal, notice_id: int | None) -> tuple[HazardNotice, Project]:
    found = await load_with_project(HazardNotice, notice_id, principal, Operation.VIEW_HAZARD_NOTICES)
    if found is None:
        raise NotFound("hazard_notice")
    notice, project = found
    return notice, project


async def _entry(
    principal: Principal | None,
    notice: HazardNotice,
    kind: HazardEntryKind,
    text: str = "",
    attachments: list[int] | None = None,
) -> HazardNoticeEntry:
    return await HazardNoticeEntry.create(
        notice_id=notice.id,
        kind=kind,
        text=text,
        attachment_document_ids=attachments or [],
        author_id=principal.user_id if principal else None,
        author_role=str(principal.role) if principal else "SYSTEM",
    )


async def _audit(
    principal: Principal,
    action: str,
    notice: HazardNotice,
    project: Project,
    client_ip: str,
    **detail: object,
) -> None:
    await record_audit(
        f"hazard_notice.{action}",
        actor_id=principal.user_id,
        actor_role=str(principal.role),
        object_type="HazardNotice",
        object_id=str(notice.id),
        district_id=project.district_id,
        project_id=project.id,
        detail={"status": str(notice.status), **detail},
        client_ip=client_ip,
    )


async def issue_notice(
    bus: EventBus,
    principal: Principal,
    project_id: int | None,
    *,
    kind: HazardKind,
    severity: HazardSeverity,
    description: str,
    deadline: datetime,
    camera_id: int | None = None,
    now: datetime | None = None,
    client_ip: str = "",
    suspend_action: LifecycleAction = LifecycleAction.SUSPEND,
    evidence_ids: list[int | None] | None = None,
    settings: Settings | None = None,
    evidence_at: datetime | None = None,
) -> HazardNotice:
    """With a camera (and the settings to reach its gateway), the notice keeps evidence: a JPEG of the
    camera at ``evidence_at`` (default: now) and the clip around it protected from deletion."""
    now = now or datetime.now(UTC)
    project = await scoped_project(principal, project_id)
    if not decide(principal, Operation.ISSUE_HAZARD_NOTICE, project_ref(project)):
        raise NotFound("project")
    if not description.strip():
        raise RuleViolation("DESCRIPTION_REQUIRED", "Art. 14: describe the hazard", "14")
    if deadline.tzinfo is None:
        deadline = deadline.replace(tzinfo=UTC)
    if deadline <= now:
        raise RuleViolation(
            "DEADLINE_IN_PAST", "Art. 14: the rectification deadline must be in the future", "14"
        )
    camera = None
    if camera_id is not None:
        camera = await Camera.filter(id=camera_id, project_id=project.id).first()
        if camera is None:
            raise NotFound("camera")
    if evidence_at is not None:
        if camera is None:
            raise RuleViolation(
                "EVIDENCE_NEEDS_CAMERA", "Art. 14: evidence needs the camera that saw it", "14"
            )
        try:
            evidence_at = await check_evidence_instant(camera, evidence_at, now)
        except InvalidRange as exc:
            raise RuleViolation("EVIDENCE_NOT_RECORDED", f"Art. 14: {exc}", "14") from exc
    if kind is HazardKind.STOP_WORK:
        verdict = await check_action(principal, project, suspend_action)
        if not verdict.allowed and verdict.code != "FORBIDDEN":
            raise RuleViolation(verdict.code, verdict.reason, verdict.article)
    level = center_level(principal).value
    async with in_transaction():
        notice = await HazardNotice.create(
            project_id=project.id,
            camera_id=camera.id if camera else None,
            kind=kind,
            severity=severity,
            description=description.strip(),
            deadline=deadline,
            issuer_level=level,
            issued_by_id=principal.user_id,
            snapshot_url="",  # set once the evidence snapshot is stored (recordings.evidence)
        )
        await _attach_evidence(principal, notice, evidence_ids or [])
        await _entry(principal, notice, HazardEntryKind.ISSUED, description.strip())
        await _audit(
            principal, "issued", notice, project, client_ip, kind=kind.value, severity=severity.value
        )
    if camera is not None and settings is not None:
        # Outside the transaction: the snapshot is fetched by a task that outlives it.
        await protect_evidence(settings, principal, notice, camera, evidence_at or now)
    if kind is HazardKind.STOP_WORK:
        await transition(
            bus,
            principal,
            project,
            suspend_action,
            note=f"stop-work order #{notice.id}",
            client_ip=client_ip,
            checked=True,
        )
    await raise_alert(
        bus,
        kind="STOP_WORK_ORDER" if kind is HazardKind.STOP_WORK else "HAZARD_NOTICE",
        severity=AlertSeverity.CRITICAL if kind is HazardKind.STOP_WORK else _ALERT_SEVERITY[severity],
        title=(
            "停工令 / Stop-work order: " if kind is HazardKind.STOP_WORK else "隐患整改通知 / Hazard notice: "
        )
        + project.name,
        message=f"第十四条 / Art. 14: {description.strip()[:300]} (deadline {local_display(deadline)})",
        project=project,
        audience_roles=[*SITE_PARTIES, Role.CITY_CENTER, Role.DISTRICT_CENTER, Role.INSPECTOR],
        object_type="HazardNotice",
        object_id=str(notice.id),
    )
    return notice


async def _attach_evidence(
    principal: Principal, notice: HazardNotice, evidence_ids: list[int | None]
) -> None:
    """Evidence the issuer uploaded for this project and not yet attached elsewhere."""
    if not evidence_ids:
        return
    wanted = set(evidence_ids)
    if None in wanted:
        raise NotFound("evidence")
    attached = await HazardEvidence.filter(
        id__in=wanted, project_id=notice.project_id, notice_id=None, uploaded_by_id=principal.user_id
    ).update(notice_id=notice.id)
    if attached != len(wanted):
        raise NotFound("evidence")


async def acknowledge_notice(
    bus: EventBus, principal: Principal, notice_id: int | None, *, client_ip: str = ""
) -> HazardNotice:
    notice, project = await scoped_notice(principal, notice_id)
    if notice.status != HazardStatus.OPEN:
        raise RuleViolation(
            "ILLEGAL_TRANSITION", f"Art. 14: a {notice.status} notice cannot be acknowledged", "14"
        )
    updated = await HazardNotice.filter(id=notice.id, status=HazardStatus.OPEN).update(
        status=HazardStatus.ACKNOWLEDGED, acknowledged_at=datetime.now(UTC)
    )
    if not updated:
        raise RuleViolation("ILLEGAL_TRANSITION", "The notice changed meanwhile", "14")
    await notice.refresh_from_db()
    await _entry(principal, notice, HazardEntryKind.ACKNOWLEDGED)
    await _audit(principal, "acknowledged", notice, project, client_ip)
    return notice


async def report_rectification(
    bus: EventBus,
    principal: Principal,
    notice_id: int | None,
    *,
    text: str,
    attachment_document_ids: list[int | None],
    client_ip: str = "",
) -> HazardNotice:
    notice, project = await scoped_notice(principal, notice_id)
    if notice.status != HazardStatus.ACKNOWLEDGED:
        raise RuleViolation(
            "ILLEGAL_TRANSITION",
            f"Art. 14: acknowledge the notice before reporting its rectification (it is {notice.status})",
            "14",
        )
    if not text.strip():
        raise RuleViolation("DESCRIPTION_REQUIRED", "Art. 14: describe the rectification", "14")
    ids = [i for i in attachment_document_ids if i is not None]
    if len(ids) != len(attachment_document_ids) or (
        ids and await Document.filter(project_id=project.id, id__in=ids).count() != len(set(ids))
    ):
        raise NotFound("document")
    await HazardNotice.filter(id=notice.id).update(status=HazardStatus.RECTIFICATION_REPORTED)
    notice.status = HazardStatus.RECTIFICATION_REPORTED
    await _entry(principal, notice, HazardEntryKind.RECTIFICATION_REPORTED, text.strip(), sorted(set(ids)))
    await _audit(
        principal, "rectification_reported", notice, project, client_ip, attachments=sorted(set(ids))
    )
    await raise_alert(
        bus,
        kind="RECTIFICATION_REPORTED",
        severity=AlertSeverity.INFO,
        title=f"整改已报告 / Rectification reported: {project.name}",
        message=text.strip()[:300],
        project=project,
        audience_roles=[_issuer_role(notice.issuer_level), Role.INSPECTOR],
        object_type="HazardNotice",
        object_id=str(notice.id),
    )
    return notice


async def review_rectification(
    bus: EventBus,
    principal: Principal,
    notice_id: int | None,
    *,
    accept: bool,
    comment: str = "",
    client_ip: str = "",
) -> HazardNotice:
    notice, project = await scoped_notice(principal, notice_id)
    if not decide(principal, Operation.REVIEW_RECTIFICATION, project_ref(project)):
        raise NotFound("hazard_notice")
    if notice.status != HazardStatus.RECTIFICATION_REPORTED:
        raise RuleViolation(
            "ILLEGAL_TRANSITION", f"Art. 14: nothing to review, the notice is {notice.status}", "14"
        )
    now = datetime.now(UTC)
    if accept:
        await HazardNotice.filter(id=notice.id).update(status=HazardStatus.CLOSED, closed_at=now)
        notice.status, notice.closed_at = HazardStatus.CLOSED, now
    else:
        await HazardNotice.filter(id=notice.id).update(status=HazardStatus.OPEN, acknowledged_at=None)
        notice.status, notice.acknowledged_at = HazardStatus.OPEN, None
    await _entry(principal, notice, HazardEntryKind.ACCEPTED if accept else HazardEntryKind.REJECTED, comment)
    await _audit(principal, "accepted" if accept else "rejected", notice, project, client_ip, comment=comment)
    if accept and notice.kind == HazardKind.STOP_WORK:
        still_stopped = await HazardNotice.filter(
            project_id=project.id, kind=HazardKind.STOP_WORK, status__not=HazardStatus.CLOSED
        ).exists()
        await project.refresh_from_db()
        if not still_stopped and project.status == ProjectStatus.SUSPENDED:
            await transition(
                bus,
                principal,
                project,
                LifecycleAction.RESUME,
                note=f"stop-work order #{notice.id} lifted",
                client_ip=client_ip,
                checked=True,
            )
    await raise_alert(
        bus,
        kind="RECTIFICATION_ACCEPTED" if accept else "RECTIFICATION_REJECTED",
        severity=AlertSeverity.INFO if accept else AlertSeverity.WARNING,
        title=("整改通过 / Rectification accepted: " if accept else "整改未通过 / Rectification rejected: ")
        + project.name,
        message=comment[:300],
        project=project,
        audience_roles=SITE_PARTIES,
        object_type="HazardNotice",
        object_id=str(notice.id),
    )
    return notice


async def record_unpermitted_start(
    bus: EventBus,
    principal: Principal,
    project: Project,
    *,
    note: str,
    penalty_cny: float = 0.0,
    deadline: datetime | None = None,
    client_ip: str = "",
) -> tuple[HazardNotice, object]:
    """Art. 17: construction started without the required monitoring → stop-work order and penalty."""
    verdict = await check_action(principal, project, LifecycleAction.RECORD_UNPERMITTED_START)
    if not verdict.allowed:
        raise RuleViolation(verdict.code, verdict.reason, verdict.article)
    if penalty_cny < 0:
        raise RuleViolation("INVALID_PENALTY", "A penalty cannot be negative", "17")
    from datetime import timedelta

    description = (
        "第十七条：应安装远程监控而未安装擅自开工，责令停工 / Art. 17: construction started without the required "
        "remote monitoring — stop work" + (f" — {note.strip()}" if note.strip() else "")
    )
    notice = await issue_notice(
        bus,
        principal,
        project.id,
        kind=HazardKind.STOP_WORK,
        severity=HazardSeverity.CRITICAL,
        description=description,
        deadline=deadline or datetime.now(UTC) + timedelta(days=7),
        client_ip=client_ip,
        suspend_action=LifecycleAction.RECORD_UNPERMITTED_START,
    )
    penalty = await add_penalty(principal, project, description, penalty_cny, notice.id)
    return notice, penalty


async def check_overdue_notices(bus: EventBus, now: datetime) -> int:
    """Open notices past their deadline escalate to the issuing center (once each)."""
    escalated = 0
    for notice in await HazardNotice.filter(
        deadline__lt=now, escalated_at=None, status__not=HazardStatus.CLOSED
    ):
        updated = await HazardNotice.filter(id=notice.id, escalated_at=None).update(escalated_at=now)
        if not updated:
            continue  # another instance escalated it
        project = await Project.get(id=notice.project_id)
        await _entry(None, notice, HazardEntryKind.ESCALATED, "deadline passed")
        await raise_alert(
            bus,
            kind="HAZARD_NOTICE_OVERDUE",
            severity=AlertSeverity.CRITICAL,
            title=f"整改逾期 / Hazard notice overdue: {project.name}",
            message=f"第十四条 / Art. 14: notice #{notice.id} ({notice.kind}) was due {local_display(notice.deadline)}",
            project=project,
            audience_roles=breach_audience(_issuer_role(notice.issuer_level), Role.INSPECTOR),
            object_type="HazardNotice",
            object_id=str(notice.id),
        )
        escalated += 1
    return escalated
