"""The monthly report of a district or the whole city (issue 11).

Every figure comes from one of nine queries over the month's rows — projects, districts,
cameras, fault tickets, hazard notices, document versions, duty shifts, duty check-ins and
lifecycle transitions — and is added up in Python per project, then per row (district or
project). The number of queries never depends on the number of projects.

The month is the display time zone's calendar month; a month still running ends "now".
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from tortoise.expressions import Q
from tortoise.functions import Count

from backend.authz.policy import Principal, project_scope
from backend.authz.roles import ScopeLevel
from backend.cameras.models import Camera, CameraStatus
from backend.districts.models import District
from backend.documents.models import DocumentCategory, DocumentVersion
from backend.duty.models import DutyCheckIn, DutyShift
from backend.faults.models import FaultKind, FaultTicket
from backend.hazards.models import HazardKind, HazardNotice
from backend.lifecycle.errors import NotFound, RuleViolation
from backend.lifecycle.models import LifecycleTransition
from backend.projects.models import Project, ProjectStatus
from backend.timefmt import DISPLAY_TIMEZONE

REPAIR_DEADLINE = timedelta(hours=24)  # Art. 16
CATEGORIES = len(DocumentCategory)
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")

Interval = tuple[datetime, datetime]


class ReportLevel(StrEnum):
    CITY = "CITY"
    DISTRICT = "DISTRICT"
    PROJECT = "PROJECT"


@dataclass
class Figures:
    project_count: int = 0
    camera_count: int = 0
    camera_seconds: float = 0.0
    downtime_seconds: float = 0.0
    downtime_beyond_deadline_seconds: float = 0.0
    faults_opened: int = 0
    faults_closed: int = 0
    faults_closed_within_24h: int = 0
    faults_breached: int = 0
    hazard_notices_opened: int = 0
    hazard_notices_closed: int = 0
    hazard_notices_overdue: int = 0
    stop_work_opened: int = 0
    stop_work_closed: int = 0
    stop_work_overdue: int = 0
    documents_present: int = 0
    projects_documents_complete: int = 0
    duty_planned_seconds: float = 0.0
    duty_covered_seconds: float = 0.0
    stages: Counter[str] = field(default_factory=Counter)

    def add(self, other: Figures) -> None:
        for name, value in vars(other).items():
            if name == "stages":
                self.stages.update(value)
            else:
                setattr(self, name, getattr(self, name) + value)

    @property
    def documents_required(self) -> int:
        return self.project_count * CATEGORIES

    @property
    def camera_online_rate(self) -> float | None:
        if self.camera_seconds <= 0:
            return None
        return max(0.0, 1.0 - self.downtime_seconds / self.camera_seconds)

    @property
    def document_completeness(self) -> float | None:
        return self.documents_present / self.documents_required if self.documents_required else None

    @property
    def duty_coverage(self) -> float | None:
        if self.duty_planned_seconds <= 0:
            return None
        return self.duty_covered_seconds / self.duty_planned_seconds


@dataclass
class ReportRow:
    level: ReportLevel
    pk: int
    code: str
    name: str
    figures: Figures


@dataclass
class MonthlyReport:
    month: str
    level: ReportLevel
    title: str
    period_start: datetime
    period_end: datetime
    totals: Figures
    rows: list[ReportRow]
    district_id: int | None = None
    project_id: int | None = None


def month_bounds(month: str) -> tuple[datetime, datetime]:
    """``YYYY-MM`` → the first instants of that month and the next, in the display time zone (as UTC)."""
    match = _MONTH.match(month or "")
    if not match or not (1 <= int(match.group(2)) <= 12) or not (2000 <= int(match.group(1)) <= 2100):
        raise RuleViolation("INVALID_MONTH", "The month is written YYYY-MM, e.g. 2026-11")
    year, number = int(match.group(1)), int(match.group(2))
    start = datetime(year, number, 1, tzinfo=DISPLAY_TIMEZONE)
    end = datetime(year + (number == 12), number % 12 + 1, 1, tzinfo=DISPLAY_TIMEZONE)
    return start.astimezone(UTC), end.astimezone(UTC)


def _overlap(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> float:
    return max(0.0, (min(a_end, b_end) - max(a_start, b_start)).total_seconds())


def _union(intervals: Iterable[Interval]) -> list[Interval]:
    merged: list[Interval] = []
    for start, end in sorted(i for i in intervals if i[1] > i[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _intersection_seconds(a: list[Interval], b: list[Interval]) -> float:
    total, i, j = 0.0, 0, 0
    while i < len(a) and j < len(b):
        total += _overlap(a[i][0], a[i][1], b[j][0], b[j][1])
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


def _in(moment: datetime | None, start: datetime, end: datetime) -> bool:
    return moment is not None and start <= moment < end


def _moment(value: Any) -> datetime:
    """A timestamp column as an aware datetime (SQLite hands back ISO text, PostgreSQL datetimes)."""
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _maybe_moment(value: Any) -> datetime | None:
    return None if value is None else _moment(value)


async def _plain_rows(query: Any) -> list[tuple[Any, ...]]:
    """The rows of a ``values_list`` query without tortoise's per-value conversion.

    A 2,000-project month reads ~100,000 values, most of them timestamps; tortoise's field-by-field
    conversion (enums, time zones) took longer than the queries. Here the raw rows come back as
    they are (SQLite: ISO text, read with ``_moment``; PostgreSQL: datetimes; enums as their text)."""
    query._choose_db_if_not_chosen()
    query._make_query()
    sql, params = query.query.get_parameterized_sql()
    _, rows = await query._db.execute_query(sql, params)
    if not rows:
        return []
    # sqlite3.Row / asyncpg Record; an annotation may be selected twice, so pick the aliased columns.
    names = list(rows[0].keys())
    positions = [names.index(key) for key in query.fields]
    if positions == list(range(len(names))):
        return [tuple(row) for row in rows]
    return [tuple(row[p] for p in positions) for row in rows]


async def monthly_report(
    principal: Principal,
    month: str,
    *,
    district_id: int | None = None,
    project_id: int | None = None,
    now: datetime | None = None,
    duty_heartbeat_timeout: timedelta = timedelta(seconds=180),
) -> MonthlyReport:
    start, end = month_bounds(month)
    now = now or datetime.now(UTC)
    if start >= now:
        raise RuleViolation("MONTH_IN_FUTURE", "The report covers months that have begun")
    until = min(end, now)  # a running month is reported up to now
    period = (until - start).total_seconds()

    projects_query = Project.filter(project_scope(principal))
    if project_id is not None:
        projects_query = projects_query.filter(id=project_id)
    elif district_id is not None:
        projects_query = projects_query.filter(district_id=district_id)
    projects = await projects_query.order_by("id")
    if project_id is not None and not projects:
        raise NotFound("project")

    district_rows = await District.all().order_by("id")
    districts = {d.id: d for d in district_rows}
    if district_id is not None and (
        district_id not in districts or not _district_visible(principal, district_id)
    ):
        raise NotFound("district")

    if project_id is not None:
        level = ReportLevel.PROJECT
        project = projects[0]
        title = f"{project.name} ({project.code})"
        district_id = project.district_id
    elif district_id is not None or principal.scope_level is not ScopeLevel.CITY:
        level = ReportLevel.DISTRICT
        if district_id is None:
            district_id = principal.district_id
        district = districts.get(district_id or -1)
        title = district.name if district else ""
    else:
        level = ReportLevel.CITY
        title = "全市 / City"

    per_project = {p.id: Figures(project_count=1) for p in projects}
    scope = project_scope(principal, "project__")
    narrow: dict[str, int] = {}
    if project_id is not None:
        narrow = {"project_id": project_id}
    elif district_id is not None:
        narrow = {"project__district_id": district_id}

    # Art. 16: camera-time, downtime from OFFLINE tickets, and the tickets' 24-hour deadline.
    cameras = (
        Camera.filter(scope, **narrow)
        .exclude(status=CameraStatus.DECOMMISSIONED)
        .annotate(count=Count("id"))
        .group_by("project_id")
        .values_list("project_id", "count")
    )
    for pid, count in await _plain_rows(cameras):
        figures = per_project.get(pid)
        if figures is not None:
            figures.camera_count += count
            figures.camera_seconds += period * count
    tickets = await _plain_rows(
        FaultTicket.filter(
            scope, Q(closed_at=None) | Q(closed_at__gte=start), opened_at__lt=until, **narrow
        ).values_list("project_id", "kind", "opened_at", "closed_at", "deadline")
    )
    for pid, kind, raw_opened, raw_closed, raw_deadline in tickets:
        figures = per_project.get(pid)
        if figures is None:
            continue
        opened_at, closed_at, deadline = _moment(raw_opened), _maybe_moment(raw_closed), _moment(raw_deadline)
        stop = closed_at or until
        if kind == FaultKind.OFFLINE:
            figures.downtime_seconds += _overlap(opened_at, stop, start, until)
            figures.downtime_beyond_deadline_seconds += _overlap(deadline, stop, start, until)
        if _in(opened_at, start, until):
            figures.faults_opened += 1
        if closed_at is not None and _in(closed_at, start, until):
            figures.faults_closed += 1
            if closed_at - opened_at <= REPAIR_DEADLINE:
                figures.faults_closed_within_24h += 1
        if _in(deadline, start, until) and (closed_at is None or closed_at > deadline):
            figures.faults_breached += 1

    # Art. 14: notices and stop-work orders opened, closed, and past their deadline unclosed.
    notices = await _plain_rows(
        HazardNotice.filter(
            scope,
            Q(issued_at__gte=start, issued_at__lt=until)
            | Q(closed_at__gte=start, closed_at__lt=until)
            | Q(deadline__gte=start, deadline__lt=until),
            **narrow,
        ).values_list("project_id", "kind", "issued_at", "closed_at", "deadline")
    )
    for pid, kind, raw_issued, raw_closed, raw_deadline in notices:
        figures = per_project.get(pid)
        if figures is None:
            continue
        issued_at, closed_at, deadline = _moment(raw_issued), _maybe_moment(raw_closed), _moment(raw_deadline)
        prefix = "stop_work" if kind == HazardKind.STOP_WORK else "hazard_notices"
        if _in(issued_at, start, until):
            setattr(figures, f"{prefix}_opened", getattr(figures, f"{prefix}_opened") + 1)
        if _in(closed_at, start, until):
            setattr(figures, f"{prefix}_closed", getattr(figures, f"{prefix}_closed") + 1)
        if _in(deadline, start, until) and (closed_at is None or closed_at > deadline):
            setattr(figures, f"{prefix}_overdue", getattr(figures, f"{prefix}_overdue") + 1)

    # Art. 10–11: categories with at least one version uploaded by the end of the period.
    present: dict[int, set[str]] = defaultdict(set)
    versions = DocumentVersion.filter(project_scope(principal, "document__project__"), uploaded_at__lt=until)
    if project_id is not None:
        versions = versions.filter(document__project_id=project_id)
    elif district_id is not None:
        versions = versions.filter(document__project__district_id=district_id)
    for pid, category in (
        await versions.order_by("document__project_id", "document__category")
        .distinct()
        .values_list("document__project_id", "document__category")
    ):
        present[pid].add(str(category))
    for pid, figures in per_project.items():
        figures.documents_present = len(present.get(pid, ()))
        figures.projects_documents_complete = int(figures.documents_present == CATEGORIES)

    # Art. 9: planned shift time covered by an operator checked in to the monitoring room.
    planned: dict[int, list[Interval]] = defaultdict(list)
    for pid, shift_start, shift_end in await _plain_rows(
        DutyShift.filter(scope, starts_at__lt=until, ends_at__gt=start, **narrow).values_list(
            "project_id", "starts_at", "ends_at"
        )
    ):
        planned[pid].append((max(_moment(shift_start), start), min(_moment(shift_end), until)))
    present_in_room: dict[int, list[Interval]] = defaultdict(list)
    for pid, checked_in, heartbeat, checked_out in await _plain_rows(
        DutyCheckIn.filter(
            scope, Q(checked_out_at=None) | Q(checked_out_at__gt=start), checked_in_at__lt=until, **narrow
        ).values_list("project_id", "checked_in_at", "last_heartbeat_at", "checked_out_at")
    ):
        # Without a check-out, presence ends when the heartbeats stopped (plus the grace the checks allow).
        leave = _maybe_moment(checked_out) or min(_moment(heartbeat) + duty_heartbeat_timeout, now)
        present_in_room[pid].append((max(_moment(checked_in), start), min(leave, until)))
    for pid, intervals in planned.items():
        figures = per_project.get(pid)
        if figures is None:
            continue
        shifts = _union(intervals)
        figures.duty_planned_seconds = sum((b - a).total_seconds() for a, b in shifts)
        figures.duty_covered_seconds = _intersection_seconds(shifts, _union(present_in_room.get(pid, [])))

    # Art. 6, 7, 15, 17: each project's lifecycle stage at the end of the period.
    stage_at_end: dict[int, str] = {}
    first_from: dict[int, str] = {}
    transitions = LifecycleTransition.filter(scope, **narrow).order_by("at", "id")
    for pid, from_status, to_status, at in await _plain_rows(
        transitions.values_list("project_id", "from_status", "to_status", "at")
    ):
        first_from.setdefault(pid, from_status)
        if _moment(at) < until:
            stage_at_end[pid] = to_status
    for project in projects:
        stage = stage_at_end.get(project.id) or first_from.get(project.id) or str(project.status)
        per_project[project.id].stages[stage] += 1

    rows: list[ReportRow] = []
    if level is ReportLevel.CITY:
        by_district: dict[int, Figures] = {}
        for project in projects:
            by_district.setdefault(project.district_id, Figures()).add(per_project[project.id])
        for district in district_rows:
            if district.id in by_district or _district_visible(principal, district.id):
                rows.append(
                    ReportRow(
                        ReportLevel.DISTRICT,
                        district.id,
                        district.code,
                        district.name,
                        by_district.get(district.id, Figures()),
                    )
                )
    else:
        rows = [ReportRow(ReportLevel.PROJECT, p.id, p.code, p.name, per_project[p.id]) for p in projects]
    totals = Figures()
    for figures in per_project.values():
        totals.add(figures)
    return MonthlyReport(
        month=month,
        level=level,
        title=title,
        period_start=start,
        period_end=until,
        totals=totals,
        rows=rows,
        district_id=district_id,
        project_id=project_id,
    )


def _district_visible(principal: Principal, district_id: int) -> bool:
    level = principal.scope_level
    if level is ScopeLevel.CITY:
        return True
    return level is ScopeLevel.DISTRICT and principal.district_id == district_id


STAGE_GROUPS: dict[str, tuple[ProjectStatus, ...]] = {
    "ART_6_7": (
        ProjectStatus.DRAFT,
        ProjectStatus.CONTRACT_RECORDED,
        ProjectStatus.SAFETY_FILED,
        ProjectStatus.MONITORING_REGISTERED,
    ),
    "ART_17": (ProjectStatus.PERMITTED, ProjectStatus.UNDER_CONSTRUCTION, ProjectStatus.SUSPENDED),
    "ART_15": (ProjectStatus.COMPLETED, ProjectStatus.EQUIPMENT_REMOVED, ProjectStatus.DEREGISTERED),
}
