"""Project lifecycle rules (Art. 6, 7, 15, 17): one test per rule, named after its article."""

from __future__ import annotations

import pytest

from backend.audit.models import AuditEvent
from backend.cameras.models import Camera, CameraStatus
from backend.hazards.models import HazardKind, HazardNotice
from backend.lifecycle.errors import RuleViolation
from backend.lifecycle.models import FeePayer, LifecycleTransition, MonitoringContract, PenaltyRecord
from backend.lifecycle.services import LifecycleAction, advance, check_action, record_contract
from backend.projects.models import Project, ProjectStatus

A = LifecycleAction


async def _contract(bus, site, payer=FeePayer.CONSTRUCTION_UNIT):  # type: ignore[no-untyped-def]
    return await record_contract(
        bus,
        site.people["CONSTRUCTION_UNIT"],
        site.project.id,
        provider_name="天津监控服务公司",
        qualification_number="QA-123",
        fee_payer=payer,
        contract_number="C-1",
    )


async def test_art6_contract_rejected_when_fee_payer_is_not_construction_unit(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site()
    for payer in (FeePayer.SUPERVISOR, FeePayer.CONTRACTOR):
        with pytest.raises(RuleViolation) as refused:
            await _contract(bus, site, payer)
        assert refused.value.code == "ART6_FEE_PAYER_NOT_OWNER" and refused.value.article == "6"
    assert not await MonitoringContract.filter(project_id=site.project.id).exists()
    assert (await Project.get(id=site.project.id)).status == ProjectStatus.DRAFT


async def test_art6_contract_requires_provider_qualification(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site()
    with pytest.raises(RuleViolation) as refused:
        await record_contract(
            bus,
            site.people["CONSTRUCTION_UNIT"],
            site.project.id,
            provider_name="x",
            qualification_number=" ",
            fee_payer=FeePayer.CONSTRUCTION_UNIT,
        )
    assert refused.value.code == "ART6_QUALIFICATION_REQUIRED"


async def test_art6_contract_recorded_by_construction_unit_is_audited(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site()
    contract = await _contract(bus, site)
    assert contract.fee_payer == FeePayer.CONSTRUCTION_UNIT
    assert (await Project.get(id=site.project.id)).status == ProjectStatus.CONTRACT_RECORDED
    assert await AuditEvent.filter(action="project.record_contract", project_id=site.project.id).count() == 1


async def test_art7_filing_refused_without_contract(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(required=True)
    with pytest.raises(RuleViolation) as refused:
        await advance(bus, site.people["CONSTRUCTION_UNIT"], site.project.id, A.FILE_SAFETY_MEASURES)
    assert refused.value.code == "ART7_CONTRACT_REQUIRED" and "Art. 7" in refused.value.message
    assert (await Project.get(id=site.project.id)).status == ProjectStatus.DRAFT
    assert not await LifecycleTransition.filter(project_id=site.project.id).exists()


async def test_art7_filing_without_contract_allowed_when_monitoring_not_required(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(required=False)
    await advance(bus, site.people["CONSTRUCTION_UNIT"], site.project.id, A.FILE_SAFETY_MEASURES)
    assert (await Project.get(id=site.project.id)).status == ProjectStatus.SAFETY_FILED


async def test_art7_registration_refused_without_contract(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.SAFETY_FILED, required=False)
    with pytest.raises(RuleViolation) as refused:
        await advance(bus, site.people["CONSTRUCTION_UNIT"], site.project.id, A.REGISTER_MONITORING)
    assert refused.value.code == "ART7_CONTRACT_REQUIRED"


async def test_art17_permit_refused_until_monitoring_registered_and_online(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(camera_status=CameraStatus.OFFLINE)
    owner, district = site.people["CONSTRUCTION_UNIT"], site.people["DISTRICT_CENTER"]
    await _contract(bus, site)
    await advance(bus, owner, site.project.id, A.FILE_SAFETY_MEASURES)
    with pytest.raises(RuleViolation) as not_registered:
        await advance(bus, district, site.project.id, A.GRANT_CONSTRUCTION_PERMIT)
    assert not_registered.value.code == "ART17_MONITORING_NOT_READY"
    await advance(bus, owner, site.project.id, A.REGISTER_MONITORING)
    with pytest.raises(RuleViolation) as offline:
        await advance(bus, district, site.project.id, A.GRANT_CONSTRUCTION_PERMIT)
    assert offline.value.code == "ART17_MONITORING_NOT_READY" and "not online" in offline.value.message
    await Camera.filter(project_id=site.project.id).update(status=CameraStatus.ONLINE)
    await advance(bus, district, site.project.id, A.GRANT_CONSTRUCTION_PERMIT)
    assert (await Project.get(id=site.project.id)).status == ProjectStatus.PERMITTED


async def test_art17_permit_refused_without_cameras(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.MONITORING_REGISTERED, cameras=0)
    verdict = await check_action(site.people["CITY_CENTER"], site.project, A.GRANT_CONSTRUCTION_PERMIT)
    assert not verdict.allowed and verdict.code == "ART17_MONITORING_NOT_READY" and verdict.article == "17"


async def test_art17_unmonitored_start_gets_stop_work_order_and_penalty(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    from backend.hazards.services import record_unpermitted_start

    site = await make_site(ProjectStatus.SAFETY_FILED)
    notice, _penalty = await record_unpermitted_start(
        bus, site.people["DISTRICT_CENTER"], site.project, note="inspection found work", penalty_cny=30_000
    )
    assert notice.kind == HazardKind.STOP_WORK
    assert (await Project.get(id=site.project.id)).status == ProjectStatus.SUSPENDED
    rows = await PenaltyRecord.filter(project_id=site.project.id)
    assert [(r.article, r.amount_cny, r.hazard_notice_id) for r in rows] == [("17", 30_000, notice.id)]


async def test_art17_unmonitored_start_not_applicable_to_unrequired_project(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    from backend.hazards.services import record_unpermitted_start

    site = await make_site(ProjectStatus.DRAFT, required=False)
    with pytest.raises(RuleViolation) as refused:
        await record_unpermitted_start(bus, site.people["CITY_CENTER"], site.project, note="")
    assert refused.value.code == "ART17_NOT_APPLICABLE"
    assert not await HazardNotice.filter(project_id=site.project.id).exists()


async def test_art15_full_lifecycle_to_deregistration(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site()
    owner, district, provider = (site.people[r] for r in ("CONSTRUCTION_UNIT", "DISTRICT_CENTER", "PROVIDER"))
    await _contract(bus, site)
    for who, action in (
        (owner, A.FILE_SAFETY_MEASURES),
        (owner, A.REGISTER_MONITORING),
        (district, A.GRANT_CONSTRUCTION_PERMIT),
        (owner, A.START_CONSTRUCTION),
        (owner, A.COMPLETE_CONSTRUCTION),
    ):
        await advance(bus, who, site.project.id, action)
    with pytest.raises(RuleViolation) as early:
        await advance(bus, owner, site.project.id, A.DEREGISTER)
    assert early.value.code == "ILLEGAL_TRANSITION"
    await advance(bus, provider, site.project.id, A.REMOVE_EQUIPMENT)
    assert (
        not await Camera.filter(project_id=site.project.id)
        .exclude(status=CameraStatus.DECOMMISSIONED)
        .exists()
    )
    await advance(bus, owner, site.project.id, A.DEREGISTER)
    history = (
        await LifecycleTransition.filter(project_id=site.project.id)
        .order_by("id")
        .values_list("to_status", flat=True)
    )
    assert history == [
        "CONTRACT_RECORDED",
        "SAFETY_FILED",
        "MONITORING_REGISTERED",
        "PERMITTED",
        "UNDER_CONSTRUCTION",
        "COMPLETED",
        "EQUIPMENT_REMOVED",
        "DEREGISTERED",
    ]
    assert await AuditEvent.filter(project_id=site.project.id, action__startswith="project.").count() == 8


async def test_art15_deregistration_refused_while_cameras_remain(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.EQUIPMENT_REMOVED)
    with pytest.raises(RuleViolation) as refused:
        await advance(bus, site.people["CONSTRUCTION_UNIT"], site.project.id, A.DEREGISTER)
    assert refused.value.code == "ART15_EQUIPMENT_NOT_REMOVED"


async def test_lifecycle_wrong_role_and_out_of_scope(bus, make_site, world) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.PERMITTED)
    verdict = await check_action(site.people["SUPERVISOR"], site.project, A.START_CONSTRUCTION)
    assert verdict.code == "FORBIDDEN"
    with pytest.raises(RuleViolation) as hidden:
        await advance(bus, world.principals["CONSTRUCTION_UNIT"], site.project.id, A.START_CONSTRUCTION)
    assert hidden.value.code == "PROJECT_NOT_FOUND"  # another project's owner: reported as missing
    assert (await Project.get(id=site.project.id)).status == ProjectStatus.PERMITTED
