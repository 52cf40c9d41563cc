"""The project lifecycle state machine (Art. 6, 7, 15, 17), enforced here and nowhere else.

draft → contract recorded (Art. 6) → safety measures filed (Art. 7) → monitoring registered
→ construction permit (Art. 17) → under construction ⇄ suspended (stop-work, Art. 14/17)
→ completed → equipment removed → deregistered (Art. 15).

Every accepted transition is stored, audited and pushed as an alert to the project's scope.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from tortoise.transactions import in_transaction

from backend.alerts.models import AlertSeverity
from backend.alerts.services import raise_alert
from backend.audit.services import record_audit
from backend.authz.policy import Operation, Principal, decide, project_ref
from backend.authz.scope import load_in_scope
from backend.cameras.identity import RESET_IDENTITY
from backend.cameras.models import Camera, CameraStatus
from backend.compliance.article5 import attributes_of, monitoring_requirement
from backend.events.bus import EventBus
from backend.lifecycle.errors import NotFound, RuleViolation
from backend.lifecycle.models import FeePayer, LifecycleTransition, MonitoringContract, PenaltyRecord
from backend.organizations.models import Organization, OrganizationKind
from backend.organizations.services import qualification_expired
from backend.projects.models import ApprovalStatus, Project, ProjectStatus

S = ProjectStatus
DOCUMENTS_DUE_AFTER = timedelta(days=7)


class LifecycleAction(StrEnum):
    RECORD_CONTRACT = "RECORD_CONTRACT"
    FILE_SAFETY_MEASURES = "FILE_SAFETY_MEASURES"
    REGISTER_MONITORING = "REGISTER_MONITORING"
    GRANT_CONSTRUCTION_PERMIT = "GRANT_CONSTRUCTION_PERMIT"
    START_CONSTRUCTION = "START_CONSTRUCTION"
    RECORD_UNPERMITTED_START = "RECORD_UNPERMITTED_START"
    SUSPEND = "SUSPEND"
    RESUME = "RESUME"
    COMPLETE_CONSTRUCTION = "COMPLETE_CONSTRUCTION"
    REMOVE_EQUIPMENT = "REMOVE_EQUIPMENT"
    DEREGISTER = "DEREGISTER"


PRE_PERMIT = (S.DRAFT, S.CONTRACT_RECORDED, S.SAFETY_FILED, S.MONITORING_REGISTERED)

# action → (statuses it may start from, the status it leads to, the operation that authorizes it).
# RESUME leads back to the status held before the suspension (None here).
TRANSITIONS: dict[LifecycleAction, tuple[tuple[ProjectStatus, ...], ProjectStatus | None, Operation]] = {
    LifecycleAction.RECORD_CONTRACT: (
        (S.DRAFT, S.CONTRACT_RECORDED),
        S.CONTRACT_RECORDED,
        Operation.RECORD_CONTRACT,
    ),
    LifecycleAction.FILE_SAFETY_MEASURES: (
        (S.DRAFT, S.CONTRACT_RECORDED),
        S.SAFETY_FILED,
        Operation.FILE_SAFETY_MEASURES,
    ),
    LifecycleAction.REGISTER_MONITORING: (
        (S.SAFETY_FILED,),
        S.MONITORING_REGISTERED,
        Operation.REGISTER_MONITORING,
    ),
    LifecycleAction.GRANT_CONSTRUCTION_PERMIT: (
        (S.SAFETY_FILED, S.MONITORING_REGISTERED),
        S.PERMITTED,
        Operation.GRANT_CONSTRUCTION_PERMIT,
    ),
    LifecycleAction.START_CONSTRUCTION: ((S.PERMITTED,), S.UNDER_CONSTRUCTION, Operation.START_CONSTRUCTION),
    LifecycleAction.RECORD_UNPERMITTED_START: (PRE_PERMIT, S.SUSPENDED, Operation.RECORD_UNPERMITTED_START),
    LifecycleAction.SUSPEND: (
        (*PRE_PERMIT, S.PERMITTED, S.UNDER_CONSTRUCTION, S.SUSPENDED),
        S.SUSPENDED,
        Operation.ISSUE_HAZARD_NOTICE,
    ),
    LifecycleAction.RESUME: ((S.SUSPENDED,), None, Operation.REVIEW_RECTIFICATION),
    LifecycleAction.COMPLETE_CONSTRUCTION: (
        (S.UNDER_CONSTRUCTION,),
        S.COMPLETED,
        Operation.COMPLETE_CONSTRUCTION,
    ),
    LifecycleAction.REMOVE_EQUIPMENT: ((S.COMPLETED,), S.EQUIPMENT_REMOVED, Operation.REMOVE_EQUIPMENT),
    LifecycleAction.DEREGISTER: ((S.EQUIPMENT_REMOVED,), S.DEREGISTERED, Operation.DEREGISTER_PROJECT),
}

# Actions a user triggers directly (SUSPEND/RESUME follow stop-work orders, Art. 14).
USER_ACTIONS = [a for a in LifecycleAction if a not in (LifecycleAction.SUSPEND, LifecycleAction.RESUME)]


def monitoring_is_required(project: Project) -> bool:
    return monitoring_requirement(attributes_of(project)).required


async def scoped_project(principal: Principal, project_id: int | None) -> Project:
    project = await load_in_scope(Project, project_id, principal)
    if project is None:
        raise NotFound("project")
    return project


async def latest_contract(project_id: int) -> MonitoringContract | None:
    return await MonitoringContract.filter(project_id=project_id).order_by("-id").first()


async def monitoring_ready(project: Project) -> tuple[bool, str]:
    """Art. 17: the required monitoring is set up (cameras installed) and online."""
    cameras = await Camera.filter(project_id=project.id).exclude(status=CameraStatus.DECOMMISSIONED)
    if not cameras:
        return False, "no cameras are installed"
    offline = [c.name for c in cameras if c.status != CameraStatus.ONLINE]
    if offline:
        return False, f"cameras not online: {', '.join(offline[:5])}"
    return True, ""


@dataclass(frozen=True)
class ActionCheck:
    action: LifecycleAction
    allowed: bool
    code: str = ""
    reason: str = ""
    article: str = ""


async def check_action(principal: Principal, project: Project, action: LifecycleAction) -> ActionCheck:
    """Whether ``principal`` may take ``action`` on ``project`` now, and if not, why (article cited)."""
    sources, _, operation = TRANSITIONS[action]
    if not decide(principal, operation, project_ref(project)):
        return ActionCheck(action, False, "FORBIDDEN", "Your role may not take this action on this project")
    if project.approval_status != ApprovalStatus.APPROVED:
        return ActionCheck(
            action,
            False,
            "PROJECT_NOT_APPROVED",
            "项目登记尚待区监控中心审批 / The project's registration awaits the district's approval",
        )
    status = ProjectStatus(project.status)
    if status not in sources:
        return ActionCheck(
            action,
            False,
            "ILLEGAL_TRANSITION",
            f"{action.value} is not possible while the project is {status.value}",
        )
    required = monitoring_is_required(project)
    if (
        action is LifecycleAction.FILE_SAFETY_MEASURES
        and required
        and await latest_contract(project.id) is None
    ):
        return ActionCheck(
            action,
            False,
            "ART7_CONTRACT_REQUIRED",
            "第七条：未附远程监控合同的，不予办理安全措施备案 / Art. 7: safety-measures filing is refused "
            "without the monitoring contract",
            "7",
        )
    if action is LifecycleAction.REGISTER_MONITORING and await latest_contract(project.id) is None:
        return ActionCheck(
            action,
            False,
            "ART7_CONTRACT_REQUIRED",
            "第七条：远程监控注册需附监控合同 / Art. 7: registration for remote monitoring needs the contract",
            "7",
        )
    if action is LifecycleAction.GRANT_CONSTRUCTION_PERMIT and required:
        if status is not S.MONITORING_REGISTERED:
            return ActionCheck(
                action,
                False,
                "ART17_MONITORING_NOT_READY",
                "第十七条：应安装监控而未安装的，不予核发施工许可证 / Art. 17: no construction permit before the "
                "required monitoring is registered",
                "17",
            )
        ready, why = await monitoring_ready(project)
        if not ready:
            return ActionCheck(
                action,
                False,
                "ART17_MONITORING_NOT_READY",
                f"第十七条：监控未安装或未在线，不予核发施工许可证 / Art. 17: no construction permit — {why}",
                "17",
            )
    if action is LifecycleAction.DEREGISTER:
        remaining = (
            await Camera.filter(project_id=project.id).exclude(status=CameraStatus.DECOMMISSIONED).count()
        )
        if remaining:
            return ActionCheck(
                action,
                False,
                "ART15_EQUIPMENT_NOT_REMOVED",
                f"第十五条：监控设备拆除后方可注销 / Art. 15: {remaining} camera(s) not yet removed",
                "15",
            )
    if action is LifecycleAction.RECORD_UNPERMITTED_START and not required:
        return ActionCheck(
            action,
            False,
            "ART17_NOT_APPLICABLE",
            "第十七条仅适用于应安装远程监控的工程 / Art. 17 applies to projects that must be monitored",
            "17",
        )
    return ActionCheck(action, True)


async def _status_before_suspension(project_id: int) -> ProjectStatus:
    last = (
        await LifecycleTransition.filter(project_id=project_id, to_status=S.SUSPENDED.value)
        .exclude(from_status=S.SUSPENDED.value)
        .order_by("-id")
        .first()
    )
    if last is None:
        return S.UNDER_CONSTRUCTION
    before = ProjectStatus(last.from_status)
    # An unpermitted start returns to where the paperwork stood, never to "under construction".
    return before


async def transition(
    bus: EventBus,
    principal: Principal,
    project: Project,
    action: LifecycleAction,
    *,
    note: str = "",
    client_ip: str = "",
    checked: bool = False,
) -> LifecycleTransition:
    """Apply ``action`` (after ``check_action`` unless ``checked``); audit and push it."""
    if not checked:
        verdict = await check_action(principal, project, action)
        if not verdict.allowed:
            raise RuleViolation(verdict.code, verdict.reason, verdict.article)
    _, target, _ = TRANSITIONS[action]
    previous = ProjectStatus(project.status)
    new_status = target if target is not None else await _status_before_suspension(project.id)
    async with in_transaction():
        updated = await Project.filter(id=project.id, status=previous.value).update(status=new_status.value)
        if not updated:
            raise RuleViolation("CONCURRENT_TRANSITION", "The project changed meanwhile; reload and retry")
        project.status = new_status
        row = await LifecycleTransition.create(
            project_id=project.id,
            action=action.value,
            from_status=previous.value,
            to_status=new_status.value,
            actor_id=principal.user_id,
            actor_role=str(principal.role),
            note=note,
        )
        await record_audit(
            f"project.{action.value.lower()}",
            actor_id=principal.user_id,
            actor_role=str(principal.role),
            object_type="Project",
            object_id=str(project.id),
            district_id=project.district_id,
            project_id=project.id,
            detail={"from": previous.value, "to": new_status.value, "note": note},
            client_ip=client_ip,
        )
    await raise_alert(
        bus,
        kind="PROJECT_LIFECYCLE",
        severity=AlertSeverity.WARNING if new_status is S.SUSPENDED else AlertSeverity.INFO,
        title=f"{project.name}: {previous.value} → {new_status.value}",
        message=note,
        project=project,
        object_type="Project",
        object_id=str(project.id),
    )
    return row


async def record_contract(
    bus: EventBus,
    principal: Principal,
    project_id: int | None,
    *,
    provider_name: str,
    qualification_number: str,
    fee_payer: FeePayer,
    contract_number: str = "",
    provider_id: int | None = None,
    client_ip: str = "",
) -> MonitoringContract:
    """Art. 6: the construction unit commissions a qualified provider and pays the fees itself."""
    project = await scoped_project(principal, project_id)
    verdict = await check_action(principal, project, LifecycleAction.RECORD_CONTRACT)
    if not verdict.allowed:
        raise RuleViolation(verdict.code, verdict.reason, verdict.article)
    if fee_payer is not FeePayer.CONSTRUCTION_UNIT:
        raise RuleViolation(
            "ART6_FEE_PAYER_NOT_OWNER",
            "第六条：监控设计、安装及传输费用由建设单位承担，不得转嫁监理或施工单位 / Art. 6: the construction "
            "unit pays the monitoring fees; they may not be passed on to the supervisor or contractor",
            "6",
        )
    if not provider_name.strip() or not qualification_number.strip():
        raise RuleViolation(
            "ART6_QUALIFICATION_REQUIRED",
            "第六条：须委托具有相应资质的单位 / Art. 6: the provider and its qualification number are required",
            "6",
        )
    provider = await _contracted_provider(provider_id, project, provider_name)
    if provider is not None and qualification_expired(provider):
        raise RuleViolation(
            "ART6_QUALIFICATION_EXPIRED",
            f"第六条：{provider.name}的安防工程资质已于{provider.qualification_expires_on}过期，不得签订新的监控合同 / "
            f"Art. 6: the provider's qualification expired on {provider.qualification_expires_on}; no new contract",
            "6",
        )
    contract = await MonitoringContract.create(
        project_id=project.id,
        provider_id=provider_id if provider_id is not None else project.provider_id,
        provider_name=provider_name.strip(),
        qualification_number=qualification_number.strip(),
        fee_payer=fee_payer,
        contract_number=contract_number.strip(),
        recorded_by_id=principal.user_id,
    )
    await transition(
        bus,
        principal,
        project,
        LifecycleAction.RECORD_CONTRACT,
        note=f"contract {contract.contract_number or contract.id} with {contract.provider_name}",
        client_ip=client_ip,
        checked=True,
    )
    return contract


async def _contracted_provider(
    provider_id: int | None, project: Project, provider_name: str
) -> Organization | None:
    """The registered provider organization the contract is signed with (by id, the project's, or by name)."""
    if provider_id is not None:
        return await Organization.get_or_none(id=provider_id)
    if project.provider_id is not None:
        return await Organization.get_or_none(id=project.provider_id)
    return await Organization.get_or_none(name=provider_name.strip(), kind=OrganizationKind.PROVIDER)


async def advance(
    bus: EventBus,
    principal: Principal,
    project_id: int | None,
    action: LifecycleAction,
    *,
    note: str = "",
    client_ip: str = "",
) -> Project:
    """A lifecycle step taken by a user; side effects of each step live here too."""
    project = await scoped_project(principal, project_id)
    if action in (LifecycleAction.SUSPEND, LifecycleAction.RESUME, LifecycleAction.RECORD_CONTRACT):
        raise RuleViolation("ILLEGAL_TRANSITION", f"{action.value} is not taken directly")
    if action is LifecycleAction.RECORD_UNPERMITTED_START:
        from backend.hazards.services import record_unpermitted_start

        await record_unpermitted_start(bus, principal, project, note=note, client_ip=client_ip)
        return project
    await transition(bus, principal, project, action, note=note, client_ip=client_ip)
    if action is LifecycleAction.REGISTER_MONITORING:
        from backend.documents.services import ensure_requirements

        await ensure_requirements(project.id, datetime.now(UTC) + DOCUMENTS_DUE_AFTER)
    if action is LifecycleAction.REMOVE_EQUIPMENT:
        # Art. 15: the provider removes the equipment. Decommissioned cameras leave the gateways' recording
        # directory, so their 24-hour recording ends; what was recorded stays for its retention period.
        await (
            Camera.filter(project_id=project.id)
            .exclude(status=CameraStatus.DECOMMISSIONED)
            .update(status=CameraStatus.DECOMMISSIONED, status_changed_at=datetime.now(UTC), **RESET_IDENTITY)
        )
    return project


async def add_penalty(
    principal: Principal, project: Project, reason: str, amount_cny: float, hazard_notice_id: int | None
) -> PenaltyRecord:
    return await PenaltyRecord.create(
        project_id=project.id,
        reason=reason,
        amount_cny=amount_cny,
        hazard_notice_id=hazard_notice_id,
        issued_by_id=principal.user_id,
    )
