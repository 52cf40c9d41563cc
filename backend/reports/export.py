"""The monthly report as an Excel workbook (openpyxl) and a printable PDF (reportlab).

Both carry the same labelled figures as the GraphQL report: ``report_table`` is the one
place that turns a report into header + rows, so the files cannot disagree with each other.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from backend.projects.models import ProjectStatus
from backend.reports.services import Figures, MonthlyReport
from backend.timefmt import local_display


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _hours(seconds: float) -> str:
    return f"{seconds / 3600:.1f}"


# (label, how to read it off the figures) — the columns of both files, in order.
COLUMNS: list[tuple[str, Callable[[Figures], str | int]]] = [
    ("项目数 Projects", lambda f: f.project_count),
    ("摄像机 Cameras", lambda f: f.camera_count),
    ("在线率 Online rate (Art. 16)", lambda f: _percent(f.camera_online_rate)),
    ("离线时长 Downtime h", lambda f: _hours(f.downtime_seconds)),
    ("超24小时 Downtime past 24 h (h)", lambda f: _hours(f.downtime_beyond_deadline_seconds)),
    ("故障新增 Faults opened", lambda f: f.faults_opened),
    ("故障关闭 Faults closed", lambda f: f.faults_closed),
    ("24小时内修复 Closed within 24 h", lambda f: f.faults_closed_within_24h),
    ("超期故障 Faults breached", lambda f: f.faults_breached),
    ("整改通知新增 Notices opened (Art. 14)", lambda f: f.hazard_notices_opened),
    ("整改通知关闭 Notices closed", lambda f: f.hazard_notices_closed),
    ("整改通知逾期 Notices overdue", lambda f: f.hazard_notices_overdue),
    ("停工令新增 Stop-work opened", lambda f: f.stop_work_opened),
    ("停工令关闭 Stop-work closed", lambda f: f.stop_work_closed),
    ("停工令逾期 Stop-work overdue", lambda f: f.stop_work_overdue),
    ("资料完整率 Documents (Art. 10–11)", lambda f: _percent(f.document_completeness)),
    ("资料齐全项目 Projects complete", lambda f: f.projects_documents_complete),
    ("值守覆盖率 Duty coverage (Art. 9)", lambda f: _percent(f.duty_coverage)),
    *[
        (f"{status.value}", (lambda s: lambda f: f.stages.get(s, 0))(status.value))
        for status in ProjectStatus
    ],
]


def report_table(report: MonthlyReport) -> tuple[list[str], list[list[str | int]]]:
    header = ["编码 Code", "名称 Name", *[label for label, _ in COLUMNS]]
    rows: list[list[str | int]] = [
        [row.code, row.name, *[read(row.figures) for _, read in COLUMNS]] for row in report.rows
    ]
    rows.append(["", "合计 Total", *[read(report.totals) for _, read in COLUMNS]])
    return header, rows


def _heading(report: MonthlyReport) -> list[str]:
    return [
        f"工地远程视频监控月报 / Monthly supervision report — {report.month}",
        f"{report.title} · {local_display(report.period_start)} – {local_display(report.period_end)}",
    ]


def to_xlsx(report: MonthlyReport) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = report.month
    for line in _heading(report):
        sheet.append([line])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    header, rows = report_table(report)
    sheet.append(header)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    sheet.freeze_panes = sheet.cell(row=5, column=3)
    sheet.column_dimensions["B"].width = 36
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# A TrueType CJK font from Debian (fonts-wqy-zenhei); reportlab cannot embed the CFF-based Noto CJK.
_CJK_FONT_FILES = (
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
)


def _cjk_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    if "SiteWatchCJK" in pdfmetrics.getRegisteredFontNames():
        return "SiteWatchCJK"
    for path in _CJK_FONT_FILES:
        if path.exists():
            pdfmetrics.registerFont(TTFont("SiteWatchCJK", str(path), subfontIndex=0))
            return "SiteWatchCJK"
    # No font file: the standard Chinese CID font, which PDF readers supply themselves.
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def to_pdf(report: MonthlyReport) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = _cjk_font()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=10 * mm,
        rightMargin=10 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=f"SiteWatch monthly report {report.month}",
    )
    title_style = ParagraphStyle("title", fontName=font, fontSize=14, leading=18)
    text_style = ParagraphStyle("text", fontName=font, fontSize=9, leading=12)
    cell_style = ParagraphStyle("cell", fontName=font, fontSize=6.5, leading=8)
    header, rows = report_table(report)
    # One table per group of columns, so a landscape page holds them legibly.
    story: list = [Paragraph(_heading(report)[0], title_style), Paragraph(_heading(report)[1], text_style)]
    value_columns = list(range(2, len(header)))
    for chunk_start in range(0, len(value_columns), 9):
        chunk = value_columns[chunk_start : chunk_start + 9]
        data = [[Paragraph(str(header[i]), cell_style) for i in (0, 1, *chunk)]]
        data += [[Paragraph(str(row[i]), cell_style) for i in (0, 1, *chunk)] for row in rows]
        table = Table(data, repeatRows=1, colWidths=[22 * mm, 60 * mm, *[21 * mm] * len(chunk)])
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7")),
                    ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f3f3f3")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        story += [Spacer(1, 4 * mm), table]
    document.build(story)
    return buffer.getvalue()
