"""Art. 14 hazard notices / stop-work orders, Art. 16 fault tickets, Art. 9 duty roster,
alert acknowledgement; scheduled checks are called with an injected clock (no sleeping)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from backend.alerts.models import Alert
from backend.alerts.services import ALERTS_TOPIC
from backend.cameras.models import CameraStatus
from backend.duty.services import check_in, check_out, check_unattended_rooms
from backend.faults.models import FaultKind, FaultStatus, FaultTicket
from backend.faults.services import check_fault_deadlines, check_unauthorized_removals, set_camera_status
from backend.graphql_core.ids import pk_of, to_global_id
from backend.hazards.models import HazardKind, HazardNoticeEntry, HazardSeverity, HazardStatus
from backend.hazards.services import (
    acknowledge_notice,
    check_overdue_notices,
    issue_notice,
    report_rectification,
    review_rectification,
)
from backend.lifecycle.errors import RuleViolation
from backend.projects.models import Project, ProjectStatus

ISSUE = """
mutation($input: IssueHazardNoticeInput!) {
  issueHazardNotice(input: $input) {
    __typename
    ... on HazardNoticePayload { notice { id status kind } }
    ... on UserError { code message }
  }
}
"""
STEP = "mutation($id: ID!) { acknowledgeHazardNotice(id: $id) { __typename ... on UserError { code } } }"
REPORT = """mutation($id: ID!, $a: [ID!]!) { reportRectification(input: {noticeId: $id, text: "加固完成", attachmentIds: $a})
  { __typename ... on HazardNoticePayload { notice { status entries { kind text attachments { id } } } } ... on UserError { code } } }"""
REVIEW = """mutation($id: ID!, $ok: Boolean!) { reviewRectification(input: {noticeId: $id, accept: $ok, comment: "ok"})
  { __typename ... on HazardNoticePayload { notice { status } } ... on UserError { code } } }"""


def _later(hours: float = 24) -> str:
    return (datetime.now(UTC) + timedelta(hours=hours)).isoformat()


async def test_art14_hazard_notice_pushed_live_and_rectification_round_trip(app, world, as_role) -> None:  # type: ignore[no-untyped-def]
    bus = app.state.services.bus
    project_gid = world.gid("Project", world.project_a1.id)
    async with bus.subscribe(ALERTS_TOPIC) as stream:
        issued = await as_role("DISTRICT_CENTER").data(
            ISSUE,
            {
                "input": {
                    "projectId": project_gid,
                    "cameraId": world.gid("Camera", world.cameras["A1"][0].id),
                    "kind": "RECTIFY",
                    "severity": "HIGH",
                    "description": "临边防护缺失",
                    "deadline": _later(),
                }
            },
        )
        pushed = await asyncio.wait_for(anext(stream), 5)
    notice = issued["issueHazardNotice"]["notice"]
    assert (notice["status"], pushed["kind"]) == ("OPEN", "HAZARD_NOTICE")
    assert pushed["objectId"] == str(pk_of(notice["id"], "HazardNotice"))
    assert "SUPERVISOR" in pushed["audienceRoles"]
    supervisor, district = as_role("SUPERVISOR"), as_role("DISTRICT_CENTER")
    early = await supervisor.data(REPORT, {"id": notice["id"], "a": []})
    assert early["reportRectification"]["code"] == "ILLEGAL_TRANSITION"  # acknowledge first
    assert (await supervisor.data(STEP, {"id": notice["id"]}))["acknowledgeHazardNotice"][
        "__typename"
    ] == "HazardNoticePayload"
    evidence = world.gid("Document", world.documents["A1"].id)
    reported = await supervisor.data(REPORT, {"id": notice["id"], "a": [evidence]})
    assert reported["reportRectification"]["notice"]["status"] == "RECTIFICATION_REPORTED"
    assert reported["reportRectification"]["notice"]["entries"][-1]["attachments"] == [{"id": evidence}]
    rejected = await district.data(REVIEW, {"id": notice["id"], "ok": False})
    assert rejected["reviewRectification"]["notice"]["status"] == "OPEN"
    await supervisor.data(STEP, {"id": notice["id"]})
    await supervisor.data(REPORT, {"id": notice["id"], "a": []})
    closed = await district.data(REVIEW, {"id": notice["id"], "ok": True})
    assert closed["reviewRectification"]["notice"]["status"] == "CLOSED"
    kinds = [
        e["kind"]
        for e in (
            await district.data(
                "query($id: ID!) { hazardNotice(id: $id) { entries { kind } } }", {"id": notice["id"]}
            )
        )["hazardNotice"]["entries"]
    ]
    assert kinds == [
        "ISSUED",
        "ACKNOWLEDGED",
        "RECTIFICATION_REPORTED",
        "REJECTED",
        "ACKNOWLEDGED",
        "RECTIFICATION_REPORTED",
        "ACCEPTED",
    ]


async def test_art14_wrong_role_and_bad_input_refused(world, as_role) -> None:  # type: ignore[no-untyped-def]
    project_gid = world.gid("Project", world.project_a1.id)
    base = {
        "projectId": project_gid,
        "kind": "RECTIFY",
        "severity": "LOW",
        "description": "x",
        "deadline": _later(),
    }
    denied = await as_role("SUPERVISOR").execute(ISSUE, {"input": base})
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    past = await as_role("CITY_CENTER").data(ISSUE, {"input": {**base, "deadline": _later(-1)}})
    assert past["issueHazardNotice"]["code"] == "DEADLINE_IN_PAST"
    empty = await as_role("CITY_CENTER").data(ISSUE, {"input": {**base, "description": "  "}})
    assert empty["issueHazardNotice"]["code"] == "DESCRIPTION_REQUIRED"
    other = await as_role("DISTRICT_CENTER").data(
        ISSUE, {"input": {**base, "projectId": world.gid("Project", world.project_b1.id)}}
    )
    assert other["issueHazardNotice"]["code"] == "PROJECT_NOT_FOUND"
    foreign_camera = await as_role("CITY_CENTER").data(
        ISSUE, {"input": {**base, "cameraId": world.gid("Camera", world.cameras["B1"][0].id)}}
    )
    assert foreign_camera["issueHazardNotice"]["code"] == "CAMERA_NOT_FOUND"


async def test_art14_stop_work_suspends_project_until_lifted(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.UNDER_CONSTRUCTION)
    district, supervisor = site.people["DISTRICT_CENTER"], site.people["SUPERVISOR"]
    orders = [
        await issue_notice(
            bus,
            district,
            site.project.id,
            kind=HazardKind.STOP_WORK,
            severity=HazardSeverity.CRITICAL,
            description="深基坑坍塌风险",
            deadline=datetime.now(UTC) + timedelta(days=2),
        )
        for _ in range(2)
    ]
    assert (await Project.get(id=site.project.id)).status == ProjectStatus.SUSPENDED
    for number, order in enumerate(orders):
        await acknowledge_notice(bus, supervisor, order.id)
        await report_rectification(bus, supervisor, order.id, text="已整改", attachment_document_ids=[])
        await review_rectification(bus, district, order.id, accept=True)
        expected = ProjectStatus.SUSPENDED if number == 0 else ProjectStatus.UNDER_CONSTRUCTION
        assert (await Project.get(id=site.project.id)).status == expected  # lifted when the last order closes


async def test_art14_overdue_notice_escalates_to_issuing_center_once(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.UNDER_CONSTRUCTION)
    now = datetime.now(UTC)
    notice = await issue_notice(
        bus,
        site.people["CITY_CENTER"],
        site.project.id,
        kind=HazardKind.RECTIFY,
        severity=HazardSeverity.MEDIUM,
        description="扬尘",
        deadline=now + timedelta(hours=1),
    )
    await check_overdue_notices(bus, now)
    assert not await Alert.filter(object_id=str(notice.id), kind="HAZARD_NOTICE_OVERDUE").exists()
    later = now + timedelta(hours=2)
    await check_overdue_notices(bus, later)
    await check_overdue_notices(bus, later + timedelta(hours=1))
    alerts = await Alert.filter(kind="HAZARD_NOTICE_OVERDUE", object_id=str(notice.id))
    assert len(alerts) == 1 and alerts[0].audience == ",CITY_CENTER,INSPECTOR,"
    assert await HazardNoticeEntry.filter(notice_id=notice.id, kind="ESCALATED").count() == 1


async def test_art14_rectification_with_foreign_attachment_refused(bus, make_site, world) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.UNDER_CONSTRUCTION)
    notice = await issue_notice(
        bus,
        site.people["CITY_CENTER"],
        site.project.id,
        kind=HazardKind.RECTIFY,
        severity=HazardSeverity.LOW,
        description="x",
        deadline=datetime.now(UTC) + timedelta(days=1),
    )
    await acknowledge_notice(bus, site.people["CONTRACTOR"], notice.id)
    with pytest.raises(RuleViolation) as refused:
        await report_rectification(
            bus,
            site.people["CONTRACTOR"],
            notice.id,
            text="done",
            attachment_document_ids=[world.documents["B1"].id],
        )
    assert refused.value.code == "DOCUMENT_NOT_FOUND"
    await notice.refresh_from_db()
    assert notice.status == HazardStatus.ACKNOWLEDGED


async def test_art16_offline_camera_ticket_24h_deadline_and_recovery_downtime(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.UNDER_CONSTRUCTION)
    camera = site.cameras[0]
    t0 = datetime.now(UTC).replace(microsecond=0)
    await set_camera_status(bus, camera.id, CameraStatus.OFFLINE, t0)
    ticket = await FaultTicket.get(camera_id=camera.id, status=FaultStatus.OPEN)
    assert ticket.deadline - ticket.opened_at == timedelta(hours=24)
    await set_camera_status(bus, camera.id, CameraStatus.ONLINE, t0 + timedelta(hours=3))
    await ticket.refresh_from_db()
    assert (ticket.status, ticket.downtime_seconds) == (FaultStatus.CLOSED, 3 * 3600)


async def test_art16_fault_not_repaired_in_24h_alerts_district(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.UNDER_CONSTRUCTION)
    t0 = datetime.now(UTC)
    await set_camera_status(bus, site.cameras[1].id, CameraStatus.NO_VIDEO, t0)
    ticket = await FaultTicket.get(camera_id=site.cameras[1].id)
    await check_fault_deadlines(bus, t0 + timedelta(hours=23))
    assert not await Alert.filter(kind="FAULT_REPAIR_OVERDUE", object_id=str(ticket.id)).exists()
    await check_fault_deadlines(bus, t0 + timedelta(hours=25))
    await check_fault_deadlines(bus, t0 + timedelta(hours=26))
    alerts = await Alert.filter(kind="FAULT_REPAIR_OVERDUE", object_id=str(ticket.id))
    assert len(alerts) == 1 and ",DISTRICT_CENTER," in alerts[0].audience


async def test_art16_unauthorized_removal_flagged(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.UNDER_CONSTRUCTION)
    await set_camera_status(bus, site.cameras[0].id, CameraStatus.DECOMMISSIONED)
    await check_unauthorized_removals(bus, datetime.now(UTC))
    tickets = await FaultTicket.filter(camera_id=site.cameras[0].id, kind=FaultKind.UNAUTHORIZED_REMOVAL)
    assert len(tickets) == 1
    assert await Alert.filter(kind="CAMERA_REMOVED_UNAUTHORIZED", object_id=str(tickets[0].id)).count() == 1


async def test_art9_unattended_room_alerts_once_and_check_in_clears(bus, make_site) -> None:  # type: ignore[no-untyped-def]
    site = await make_site(ProjectStatus.UNDER_CONSTRUCTION)
    stale = timedelta(minutes=3)
    now = datetime.now(UTC)
    await check_unattended_rooms(bus, now, stale)
    await check_unattended_rooms(bus, now + timedelta(minutes=1), stale)
    assert await Alert.filter(kind="DUTY_ROOM_UNATTENDED", project_id=site.project.id).count() == 1
    operator = site.people["SUPERVISOR"]
    await check_in(operator, site.project.id, now + timedelta(minutes=2))
    await check_in(operator, site.project.id, now + timedelta(minutes=4))  # heartbeat
    await check_unattended_rooms(bus, now + timedelta(minutes=5), stale)
    assert await Alert.filter(kind="DUTY_ROOM_UNATTENDED", project_id=site.project.id).count() == 1
    await check_out(operator, site.project.id, now + timedelta(minutes=6))
    with pytest.raises(RuleViolation) as twice:
        await check_out(operator, site.project.id, now + timedelta(minutes=7))
    assert twice.value.code == "NOT_CHECKED_IN"


async def test_art9_roster_shift_and_check_in_over_graphql(world, as_role) -> None:  # type: ignore[no-untyped-def]
    project_gid = world.gid("Project", world.project_a1.id)
    supervisor = as_role("SUPERVISOR")
    bad = await supervisor.data(
        """mutation($p: ID!, $o: ID!, $s: DateTime!, $e: DateTime!) { addDutyShift(input: {projectId: $p,
        operatorId: $o, startsAt: $s, endsAt: $e}) { __typename ... on UserError { code } } }""",
        {
            "p": project_gid,
            "o": world.gid("User", world.principals["SUPERVISOR"].user_id),
            "s": _later(10),
            "e": _later(1),
        },
    )
    assert bad["addDutyShift"]["code"] == "INVALID_SHIFT"
    checked = await supervisor.data(
        "mutation($p: ID!) { dutyCheckIn(projectId: $p) { __typename } }", {"p": project_gid}
    )
    assert checked["dutyCheckIn"]["__typename"] == "DutyCheckInPayload"
    roster = await as_role("DISTRICT_CENTER").data(
        "query($p: ID!) { dutyRoster(projectId: $p) { attended present { operator { username } } } }",
        {"p": project_gid},
    )
    assert roster["dutyRoster"]["attended"] is True


async def test_acknowledge_alert_once_and_hidden_out_of_scope(world, as_role) -> None:  # type: ignore[no-untyped-def]
    alert = await Alert.create(
        kind="TEST_ACK", title="ack me", project_id=world.project_a1.id, district_id=world.district_a.id
    )
    query = """mutation($id: ID!) { acknowledgeAlert(id: $id) { __typename
      ... on AlertAcknowledged { alert { acknowledgedAt } } ... on UserError { code } } }"""
    first = await as_role("SUPERVISOR").data(query, {"id": to_global_id("Alert", alert.id)})
    second = await as_role("DISTRICT_CENTER").data(query, {"id": to_global_id("Alert", alert.id)})
    assert (
        first["acknowledgeAlert"]["alert"]["acknowledgedAt"]
        == second["acknowledgeAlert"]["alert"]["acknowledgedAt"]
    )
    hidden = await as_role("SUPERVISOR").data(query, {"id": to_global_id("Alert", world.alerts["B1"].id)})
    assert hidden["acknowledgeAlert"]["code"] == "ALERT_NOT_FOUND"
