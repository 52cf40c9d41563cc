"""GraphQL for the bulk import (issue 9): dry run and commit of an uploaded file."""

from __future__ import annotations

from typing import Annotated

import strawberry

from backend.authz.policy import Operation
from backend.graphql_core.context import Info
from backend.graphql_core.input_errors import InputRefused, IntakeError
from backend.graphql_core.permissions import requires
from backend.intake_import import uploads
from backend.intake_import.engine import import_file
from backend.intake_import.files import UnreadableFile, read_file
from backend.intake_import.messages import pick_language


@strawberry.input
class ImportIntakeInput:
    upload_id: str = strawberry.field(description="From POST /api/intake/uploads.")
    dry_run: bool = True
    language: str | None = strawberry.field(
        default=None, description="zh-CN or en for the row reasons; default: the Accept-Language header."
    )


@strawberry.type
class ImportRowIssue:
    sheet: str = strawberry.field(description="projects or cameras")
    line: int = strawberry.field(description="The row number in the sheet / CSV file (header = 1).")
    column: str = strawberry.field(
        description="The column key (e.g. district_code); empty for the whole row."
    )
    cell: str = strawberry.field(description="The cell (C7) in a workbook, the header text in a CSV file.")
    code: str
    reason: str = strawberry.field(description="In the requested language.")


@strawberry.type
class ImportReport:
    dry_run: bool
    rows: int
    bad_rows: int
    projects_created: int
    projects_updated: int
    projects_unchanged: int
    cameras_created: int
    cameras_updated: int
    cameras_unchanged: int
    issues: list[ImportRowIssue]


ImportIntakeResult = Annotated[ImportReport | IntakeError, strawberry.union("ImportIntakeResult")]


@strawberry.type
class ImportMutations:
    @strawberry.mutation(
        extensions=requires(Operation.IMPORT_INTAKE),
        description="Validate (dryRun, default) or commit an uploaded projects/cameras file. The commit writes the "
        "good rows in one transaction and is idempotent (project code, camera serial). Codes: UPLOAD_NOT_FOUND, "
        "UNREADABLE_FILE, EMPTY_FILE, TOO_MANY_ROWS.",
    )
    async def import_intake(self, info: Info, input: ImportIntakeInput) -> ImportIntakeResult:
        principal = info.context.require_principal()
        request = info.context.request
        language = pick_language(
            input.language, request.headers.get("accept-language") if request is not None else None
        )
        try:
            data = uploads.load(info.context.services.settings, principal.user_id, input.upload_id)
            try:
                parsed = read_file(data)
            except UnreadableFile as exc:
                raise InputRefused("UNREADABLE_FILE", str(exc), "input.uploadId") from exc
            report = await import_file(
                info.context.services.settings, principal, parsed, dry_run=input.dry_run, language=language
            )
        except InputRefused as exc:
            return IntakeError.of(exc)
        return ImportReport(
            dry_run=report.dry_run,
            rows=report.rows,
            bad_rows=len(report.bad_lines),
            projects_created=report.projects_created,
            projects_updated=report.projects_updated,
            projects_unchanged=report.projects_unchanged,
            cameras_created=report.cameras_created,
            cameras_updated=report.cameras_updated,
            cameras_unchanged=report.cameras_unchanged,
            issues=[
                ImportRowIssue(
                    sheet=i.sheet, line=i.line, column=i.column, cell=i.cell, code=i.code, reason=i.reason
                )
                for i in report.issues
            ],
        )
