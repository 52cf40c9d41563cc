"""The monthly report against a hand-counted fixture (October 2026, Asia/Shanghai), in GraphQL,
in the Excel export and in the PDF; and its query count, which must not grow with projects."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from backend.cameras.models import Camera
from backend.districts.models import City, District
from backend.documents.models import Document, DocumentCategory, DocumentVersion
from backend.duty.models import DutyCheckIn, DutyShift
from backend.faults.models import FaultKind, FaultStatus, FaultTicket
from backend.hazards.models import HazardKind, HazardNotice, HazardSeverity, HazardStatus
from backend.lifecycle.models import LifecycleTransition
from backend.projects.models import Project, ProjectStatus
from tests.statements import count_statements
from tests.world import World

MONTH = "2026-10"  # 2026-09-30T16:00Z … 2026-10-31T16:00Z: 744 hours


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


async def _fixture(world: World, code: str) -> dict[str, Any]:
    city = await City.first()
    district = await District.create(city=city, code=code, name=f"报表区{code}", name_en=f"Report {code}")
    p1 = await Project.create(
        code=f"{code}-P1", name="报表项目一", district=district, status=ProjectStatus.UNDER_CONSTRUCTION
    )
    p2 = await Project.create(
        code=f"{code}-P2", name="报表项目二", district=district, status=ProjectStatus.COMPLETED
    )
    cams = [
        await Camera.create(project=p1, name="c1", main_stream_url="rtsp://127.0.0.1:9/a"),
        await Camera.create(project=p1, name="c2", main_stream_url="rtsp://127.0.0.1:9/b"),
        await Camera.create(project=p2, name="c3", main_stream_url="rtsp://127.0.0.1:9/c"),
    ]
    # Art. 16 tickets: repaired in 10 h; repaired after 60 h (36 h past the deadline); open since before the month.
    for camera, opened, closed in (
        (cams[0], "2026-10-02T00:00", "2026-10-02T10:00"),
        (cams[1], "2026-10-20T00:00", "2026-10-22T12:00"),
        (cams[2], "2026-09-30T04:00", None),
    ):
        await FaultTicket.create(
            camera=camera,
            project_id=camera.project_id,
            kind=FaultKind.OFFLINE,
            status=FaultStatus.CLOSED if closed else FaultStatus.OPEN,
            opened_at=at(opened),
            deadline=at(opened) + timedelta(hours=24),
            closed_at=at(closed) if closed else None,
        )
    # Art. 14: closed in time; overdue and open; a stop-work order from September closed late; one from November.
    for project, kind, issued, deadline, closed in (
        (p1, HazardKind.RECTIFY, "2026-10-05T00:00", "2026-10-08T00:00", "2026-10-07T00:00"),
        (p1, HazardKind.RECTIFY, "2026-10-25T00:00", "2026-10-28T00:00", None),
        (p2, HazardKind.STOP_WORK, "2026-09-20T00:00", "2026-10-03T00:00", "2026-10-10T00:00"),
        (p2, HazardKind.RECTIFY, "2026-11-02T00:00", "2026-11-09T00:00", None),
    ):
        notice = await HazardNotice.create(
            project=project,
            kind=kind,
            severity=HazardSeverity.HIGH,
            description="fixture",
            deadline=at(deadline),
            status=HazardStatus.CLOSED if closed else HazardStatus.OPEN,
            closed_at=at(closed) if closed else None,
            issuer_level="DISTRICT",
        )
        await HazardNotice.filter(id=notice.id).update(issued_at=at(issued))
    # Art. 10: project one has 3 categories by the month's end (a 4th only in November); project two all 9.
    categories = list(DocumentCategory)
    uploads = [(p1, c, "2026-10-15T00:00") for c in categories[:3]] + [
        (p1, categories[3], "2026-11-10T00:00")
    ]
    uploads += [(p2, c, "2026-09-01T00:00") for c in categories]
    for n, (project, category, when) in enumerate(uploads):
        document = await Document.create(project=project, category=category, title=category.value)
        version = await DocumentVersion.create(
            document=document,
            version=1,
            filename="f.pdf",
            storage_name=f"{code}-{n}",
            size_bytes=1,
            content_type="application/pdf",
            sha256="0" * 64,
        )
        await DocumentVersion.filter(id=version.id).update(uploaded_at=at(when))
    # Art. 9: 24 h of shifts; present 02:00–14:00 (12 h of them) and 20:00–21:00 + the 180 s heartbeat grace.
    operator = world.principals["SUPERVISOR"].user_id
    for start, end in (("2026-10-10T00:00", "2026-10-10T12:00"), ("2026-10-10T12:00", "2026-10-11T00:00")):
        await DutyShift.create(project=p1, operator_id=operator, starts_at=at(start), ends_at=at(end))
    await DutyCheckIn.create(
        project=p1,
        operator_id=operator,
        checked_in_at=at("2026-10-10T02:00"),
        last_heartbeat_at=at("2026-10-10T13:59"),
        checked_out_at=at("2026-10-10T14:00"),
    )
    await DutyCheckIn.create(
        project=p1,
        operator_id=operator,
        checked_in_at=at("2026-10-10T20:00"),
        last_heartbeat_at=at("2026-10-10T21:00"),
    )
    # Art. 6/7/15/17: one started in October, one completed only in November (so under construction at the end).
    for project, before, after, when in (
        (p1, "PERMITTED", "UNDER_CONSTRUCTION", "2026-10-10T00:00"),
        (p2, "UNDER_CONSTRUCTION", "COMPLETED", "2026-11-05T00:00"),
    ):
        row = await LifecycleTransition.create(
            project=project, action="X", from_status=before, to_status=after
        )
        await LifecycleTransition.filter(id=row.id).update(at=at(when))
    return {"district": district, "projects": [p1, p2]}


# Counted by hand from the fixture above.
EXPECTED_TOTALS = {
    "projectCount": 2,
    "cameraCount": 3,
    "downtimeHours": 814.0,  # 10 + 60 + 744
    "downtimeBeyondDeadlineHours": 768.0,  # 0 + 36 + 732
    "faultsOpened": 2,
    "faultsClosed": 2,
    "faultsClosedWithin24h": 1,
    "faultsBreached": 2,
    "hazardNoticesOpened": 2,
    "hazardNoticesClosed": 1,
    "hazardNoticesOverdue": 1,
    "stopWorkOpened": 0,
    "stopWorkClosed": 1,
    "stopWorkOverdue": 1,
    "documentsPresent": 12,
    "documentsRequired": 18,
    "projectsDocumentsComplete": 1,
    "dutyPlannedHours": 24.0,
    "dutyCoveredHours": 13.05,
}
ONLINE_RATE = 1 - 814 / (3 * 744)

REPORT = """
query($month: String!, $district: ID) { monthlyReport(month: $month, districtId: $district) {
  level title rows { key name level figures { projectCount faultsBreached documentsPresent } }
  totals { projectCount cameraCount cameraOnlineRate downtimeHours downtimeBeyondDeadlineHours
    faultsOpened faultsClosed faultsClosedWithin24h faultsBreached hazardNoticesOpened hazardNoticesClosed
    hazardNoticesOverdue stopWorkOpened stopWorkClosed stopWorkOverdue documentsPresent documentsRequired
    documentCompleteness projectsDocumentsComplete dutyPlannedHours dutyCoveredHours dutyCoverage
    stages { status count } } } }
"""


@pytest.fixture(scope="module")
async def report_world(world: World) -> dict[str, Any]:
    return await _fixture(world, "990001")


async def test_figures_match_the_hand_count(as_role, world: World, report_world) -> None:  # type: ignore[no-untyped-def]
    district_gid = world.gid("District", report_world["district"].id)
    data = await as_role("CITY_CENTER").data(REPORT, {"month": MONTH, "district": district_gid})
    report = data["monthlyReport"]
    assert report["level"] == "DISTRICT"
    totals = report["totals"]
    for name, expected in EXPECTED_TOTALS.items():
        assert totals[name] == pytest.approx(expected, abs=0.01), name
    assert totals["cameraOnlineRate"] == pytest.approx(ONLINE_RATE, abs=1e-6)
    assert totals["documentCompleteness"] == pytest.approx(12 / 18)
    assert totals["dutyCoverage"] == pytest.approx(13.05 / 24, abs=1e-4)
    assert totals["stages"] == [{"status": "UNDER_CONSTRUCTION", "count": 2}]
    rows = {r["name"]: r["figures"] for r in report["rows"]}
    assert rows["报表项目一"] == {"projectCount": 1, "faultsBreached": 1, "documentsPresent": 3}
    assert rows["报表项目二"] == {"projectCount": 1, "faultsBreached": 1, "documentsPresent": 9}

    # Drill-down from the city: the district is one row of the city report with the same figures.
    city = (await as_role("CITY_CENTER").data(REPORT, {"month": MONTH}))["monthlyReport"]
    assert city["level"] == "CITY"
    row = next(r for r in city["rows"] if r["key"] == district_gid)
    assert row["figures"] == {"projectCount": 2, "faultsBreached": 2, "documentsPresent": 12}


async def test_out_of_scope_and_bad_month(as_role, world: World, report_world) -> None:  # type: ignore[no-untyped-def]
    district_gid = world.gid("District", report_world["district"].id)
    # The district center of another district sees nothing (like a missing district).
    hidden = await as_role("DISTRICT_CENTER").data(REPORT, {"month": MONTH, "district": district_gid})
    assert hidden["monthlyReport"] is None
    for month in ("2026-13", "October", "2099-01"):
        body = await as_role("CITY_CENTER").execute(REPORT, {"month": month})
        assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT", month


def _find_total_row(rows: list[list[Any]]) -> dict[str, Any]:
    header = next(r for r in rows if r and r[0] == "编码 Code")
    total = next(r for r in rows if len(r) > 1 and r[1] == "合计 Total")
    return dict(zip(header, total, strict=False))


async def test_excel_and_pdf_carry_the_same_figures(client, tokens, world: World, report_world) -> None:  # type: ignore[no-untyped-def]
    district_gid = world.gid("District", report_world["district"].id)
    headers = {"authorization": f"Bearer {tokens['CITY_CENTER']}"}
    params = {"month": MONTH, "districtId": district_gid}
    xlsx = await client.get("/api/reports/monthly.xlsx", params=params, headers=headers)
    assert xlsx.status_code == 200, xlsx.text
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    total = _find_total_row([list(r) for r in sheet.iter_rows(values_only=True)])
    assert total["项目数 Projects"] == 2
    assert total["在线率 Online rate (Art. 16)"] == f"{ONLINE_RATE * 100:.1f}%"  # 63.5%
    assert total["离线时长 Downtime h"] == "814.0"
    assert total["超24小时 Downtime past 24 h (h)"] == "768.0"
    assert total["超期故障 Faults breached"] == 2
    assert total["整改通知逾期 Notices overdue"] == 1
    assert total["停工令关闭 Stop-work closed"] == 1
    assert total["资料完整率 Documents (Art. 10–11)"] == "66.7%"
    assert total["值守覆盖率 Duty coverage (Art. 9)"] == "54.4%"
    assert total["UNDER_CONSTRUCTION"] == 2

    pdf = await client.get("/api/reports/monthly.pdf", params=params, headers=headers)
    assert pdf.status_code == 200
    assert pdf.headers["content-type"] == "application/pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    for figure in ("63.5%", "814.0", "768.0", "66.7%", "54.4%", "报表项目一", "合计 Total", "2026-10"):
        assert figure in text, figure

    refused = await client.get(
        "/api/reports/monthly.pdf", params=params, headers={"authorization": f"Bearer {tokens['SUPERVISOR']}"}
    )
    assert refused.status_code == 403
    assert refused.json()["code"] == "FORBIDDEN"
    bad = await client.get("/api/reports/monthly.xlsx", params={"month": "x"}, headers=headers)
    assert bad.status_code == 400 and bad.json()["code"] == "INVALID_MONTH"


async def _statements(caller, variables: dict[str, Any]) -> int:  # type: ignore[no-untyped-def]
    count, _ = await count_statements(caller.data(REPORT, variables))
    return count


async def test_query_count_does_not_grow_with_projects(as_role, world: World) -> None:  # type: ignore[no-untyped-def]
    fixture = await _fixture(world, "990002")
    city = as_role("CITY_CENTER")
    variables = {"month": MONTH, "district": world.gid("District", fixture["district"].id)}
    small = await _statements(city, variables)
    for n in range(15):
        project = await Project.create(code=f"990002-X{n}", name=f"x{n}", district=fixture["district"])
        camera = await Camera.create(project=project, name="x", main_stream_url="rtsp://127.0.0.1:9/x")
        await FaultTicket.create(
            camera=camera,
            project=project,
            opened_at=at("2026-10-03T00:00"),
            deadline=at("2026-10-04T00:00"),
        )
        await DutyShift.create(
            project=project,
            operator_id=world.principals["SUPERVISOR"].user_id,
            starts_at=at("2026-10-03T00:00"),
            ends_at=at("2026-10-03T08:00"),
        )
    large = await _statements(city, variables)
    city_wide = await _statements(city, {"month": MONTH})
    assert large == small
    assert city_wide == small
    # principal + session, projects, districts, cameras, tickets, notices, documents, shifts, check-ins, transitions
    assert small <= 12, small
