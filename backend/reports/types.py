from __future__ import annotations

from datetime import datetime

import strawberry

from backend.graphql_core.ids import to_global_id
from backend.reports.services import Figures, MonthlyReport, ReportLevel, ReportRow

ReportLevelEnum = strawberry.enum(ReportLevel, name="ReportLevel")


@strawberry.type(name="StageCount")
class StageCountType:
    status: str
    count: int


@strawberry.type(name="ReportFigures", description="One row's figures; rates are 0–1, null when undefined.")
class ReportFiguresType:
    project_count: int
    camera_count: int
    camera_online_rate: float | None
    downtime_hours: float
    downtime_beyond_deadline_hours: float = strawberry.field(
        description="Art. 16: downtime after a fault's 24-hour repair deadline had passed."
    )
    faults_opened: int
    faults_closed: int
    faults_closed_within_24h: int
    faults_breached: int
    hazard_notices_opened: int
    hazard_notices_closed: int
    hazard_notices_overdue: int
    stop_work_opened: int
    stop_work_closed: int
    stop_work_overdue: int
    documents_present: int
    documents_required: int
    document_completeness: float | None
    projects_documents_complete: int
    duty_planned_hours: float
    duty_covered_hours: float
    duty_coverage: float | None
    stages: list[StageCountType]

    @classmethod
    def of(cls, f: Figures) -> ReportFiguresType:
        return cls(
            project_count=f.project_count,
            camera_count=f.camera_count,
            camera_online_rate=f.camera_online_rate,
            downtime_hours=round(f.downtime_seconds / 3600, 2),
            downtime_beyond_deadline_hours=round(f.downtime_beyond_deadline_seconds / 3600, 2),
            faults_opened=f.faults_opened,
            faults_closed=f.faults_closed,
            faults_closed_within_24h=f.faults_closed_within_24h,
            faults_breached=f.faults_breached,
            hazard_notices_opened=f.hazard_notices_opened,
            hazard_notices_closed=f.hazard_notices_closed,
            hazard_notices_overdue=f.hazard_notices_overdue,
            stop_work_opened=f.stop_work_opened,
            stop_work_closed=f.stop_work_closed,
            stop_work_overdue=f.stop_work_overdue,
            documents_present=f.documents_present,
            documents_required=f.documents_required,
            document_completeness=f.document_completeness,
            projects_documents_complete=f.projects_documents_complete,
            duty_planned_hours=round(f.duty_planned_seconds / 3600, 2),
            duty_covered_hours=round(f.duty_covered_seconds / 3600, 2),
            duty_coverage=f.duty_coverage,
            stages=[StageCountType(status=s, count=c) for s, c in sorted(f.stages.items())],
        )


@strawberry.type(name="ReportRow")
class ReportRowType:
    level: ReportLevelEnum  # type: ignore[valid-type]
    key: strawberry.ID = strawberry.field(description="The district's or project's id, for the drill-down.")
    code: str
    name: str
    figures: ReportFiguresType

    @classmethod
    def of(cls, row: ReportRow) -> ReportRowType:
        type_name = "District" if row.level is ReportLevel.DISTRICT else "Project"
        return cls(
            level=row.level,
            key=strawberry.ID(to_global_id(type_name, row.pk)),
            code=row.code,
            name=row.name,
            figures=ReportFiguresType.of(row.figures),
        )


@strawberry.type(name="MonthlyReport")
class MonthlyReportType:
    month: str
    level: ReportLevelEnum  # type: ignore[valid-type]
    title: str
    period_start: datetime
    period_end: datetime
    district_id: strawberry.ID | None
    totals: ReportFiguresType
    rows: list[ReportRowType]

    @classmethod
    def of(cls, report: MonthlyReport) -> MonthlyReportType:
        return cls(
            month=report.month,
            level=report.level,
            title=report.title,
            period_start=report.period_start,
            period_end=report.period_end,
            district_id=strawberry.ID(to_global_id("District", report.district_id))
            if report.district_id is not None
            else None,
            totals=ReportFiguresType.of(report.totals),
            rows=[ReportRowType.of(r) for r in report.rows],
        )
