"""Bulk import of projects and cameras (issue 9).

Every row is validated first (the dry run stops there and lists each bad row with its line, column and a
reason in the user's language). The commit writes the good rows in ONE transaction and is idempotent:
a project is keyed by its code and a camera by its serial, so importing the same file again updates
what differs and otherwise changes nothing."""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field
from typing import Any

from tortoise.transactions import in_transaction

from backend.audit.services import record_audit
from backend.authz.policy import Operation, Principal, ProjectRef, decide, in_scope
from backend.authz.roles import Role, ScopeLevel
from backend.cameras.identity import reset_if_readdressed
from backend.cameras.models import Camera, LocationKind
from backend.cameras.services import CLOSED_PROJECT, CameraData, CleanCamera, apply_clean, clean_camera
from backend.districts.models import District
from backend.graphql_core.input_errors import InputRefused
from backend.intake_import.columns import SHEETS
from backend.intake_import.files import ParsedFile, Row
from backend.intake_import.messages import reason
from backend.organizations.credit_code import credit_code_problem
from backend.organizations.models import Organization, OrganizationKind
from backend.projects.models import ApprovalStatus, InfrastructureKind, Project
from backend.projects.services import PROJECT_CODE
from backend.settings import Settings

MAX_ROWS = 50_000
CHUNK = 500
_TRUE = {"1", "y", "yes", "true", "是", "有", "√", "x"}
_FALSE = {"", "0", "n", "no", "false", "否", "无"}
_INFRA_ZH = {
    "无": InfrastructureKind.NONE,
    "立交桥": InfrastructureKind.INTERCHANGE,
    "跨河桥": InfrastructureKind.RIVER_BRIDGE,
    "隧道": InfrastructureKind.TUNNEL,
    "地铁": InfrastructureKind.SUBWAY,
    "车站": InfrastructureKind.STATION,
    "港口": InfrastructureKind.PORT,
}
_LOCATION_ZH = {
    "大门": LocationKind.GATE,
    "出入口": LocationKind.GATE,
    "塔吊": LocationKind.TOWER_CRANE,
    "作业面": LocationKind.WORK_FACE,
    "材料堆场": LocationKind.MATERIAL_YARD,
    "其他": LocationKind.OTHER,
}
_PARTY_COLUMNS = {
    "construction_unit_code": ("construction_unit_id", OrganizationKind.CONSTRUCTION_UNIT),
    "supervisor_code": ("supervisor_id", OrganizationKind.SUPERVISOR),
    "contractor_code": ("contractor_id", OrganizationKind.CONTRACTOR),
    "provider_code": ("provider_id", OrganizationKind.PROVIDER),
}
_CAMERA_FIELD_COLUMN = {
    "input.name": "name",
    "input.serial": "serial",
    "input.location": "location",
    "input.mainStreamUrl": "main_stream_url",
    "input.subStreamUrl": "sub_stream_url",
    "input.onvifEndpoint": "onvif_endpoint",
    "input.rtspUsername": "rtsp_username",
    "input.onvifUsername": "onvif_username",
}
PROJECT_VALUE_FIELDS = (
    "name",
    "address",
    "district_id",
    "government_invested",
    "single_building_area_m2",
    "group_building_area_m2",
    "investment_cny",
    "infrastructure_kind",
    "whole_building_relocation",
    "construction_unit_id",
    "supervisor_id",
    "contractor_id",
    "provider_id",
)


@dataclass(frozen=True)
class ImportIssue:
    sheet: str
    line: int
    column: str  # column key ("district_code"), "" for the whole row
    cell: str  # "C7" (xlsx) or the CSV header
    code: str
    reason: str


@dataclass
class ImportReport:
    dry_run: bool
    rows: int = 0
    projects_created: int = 0
    projects_updated: int = 0
    projects_unchanged: int = 0
    cameras_created: int = 0
    cameras_updated: int = 0
    cameras_unchanged: int = 0
    issues: list[ImportIssue] = field(default_factory=list)

    @property
    def bad_lines(self) -> list[tuple[str, int]]:
        return sorted({(i.sheet, i.line) for i in self.issues})


class RowRefused(Exception):
    def __init__(self, column: str, code: str, **params: Any) -> None:
        super().__init__(code)
        self.column = column
        self.code = code
        self.params = params


@dataclass
class ProjectPlan:
    row: Row
    code: str
    values: dict[str, Any]
    existing: Project | None


@dataclass
class CameraPlan:
    row: Row
    project_code: str
    clean: CleanCamera
    existing: Camera | None
    changes: list[str] = field(default_factory=list)  # of an existing camera, found while counting


async def _chunked(model: Any, column: str, keys: list[str]) -> list[Any]:
    rows: list[Any] = []
    for start in range(0, len(keys), CHUNK):
        rows += await model.filter(**{f"{column}__in": keys[start : start + CHUNK]})
    return rows


def _bool(text: str, column: str) -> bool:
    lowered = text.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise RowRefused(column, "NOT_A_BOOLEAN")


def _number(text: str, column: str) -> float:
    if not text.strip():
        return 0.0
    try:
        value = float(text.replace(",", "").strip())
    except ValueError as exc:
        raise RowRefused(column, "NOT_A_NUMBER") from exc
    if math.isnan(value) or math.isinf(value) or value < 0 or value > 1e13:
        raise RowRefused(column, "NOT_A_NUMBER")
    return value


def _text(row: Row, column: str, limit: int, required: bool = False) -> str:
    value = row.values.get(column, "").strip()
    if required and not value:
        raise RowRefused(column, "REQUIRED")
    if len(value) > limit:
        raise RowRefused(column, "TOO_LONG", limit=limit)
    return value


def _enum(text: str, column: str, enum: Any, zh: dict[str, Any], default: Any, code: str) -> Any:
    clean = text.strip()
    if not clean:
        return default
    if clean.upper() in enum.__members__:
        return enum[clean.upper()]
    if clean in zh:
        return zh[clean]
    raise RowRefused(column, code, value=clean, allowed=", ".join(enum.__members__))


class Importer:
    def __init__(self, settings: Settings, principal: Principal, language: str) -> None:
        self.settings = settings
        self.principal = principal
        self.language = language
        self.report: ImportReport | None = None

    def _issue(self, row: Row, column: str, code: str, **params: Any) -> None:
        assert self.report is not None
        self.report.issues.append(
            ImportIssue(
                row.sheet,
                row.line,
                column,
                row.cells.get(column, ""),
                code,
                reason(code, self.language, **params),
            )
        )

    async def run(self, parsed: ParsedFile, dry_run: bool) -> ImportReport:
        report = self.report = ImportReport(dry_run=dry_run, rows=len(parsed.rows))
        if len(parsed.rows) > MAX_ROWS:
            raise InputRefused(
                "TOO_MANY_ROWS", f"一次最多导入{MAX_ROWS}行 / At most {MAX_ROWS} rows per import"
            )
        for sheet, column in parsed.missing_columns:
            report.issues.append(
                ImportIssue(
                    sheet, 1, column.key, "", "MISSING_COLUMN", reason("MISSING_COLUMN", self.language)
                )
            )
        if parsed.missing_columns:
            return report
        if not parsed.rows:
            raise InputRefused("EMPTY_FILE", reason("EMPTY_FILE", self.language))
        project_rows = [r for r in parsed.rows if r.sheet == "projects"]
        camera_rows = [r for r in parsed.rows if r.sheet == "cameras"]
        project_plans, bad_project_codes = await self._plan_projects(project_rows)
        camera_plans = await self._plan_cameras(camera_rows, project_plans, bad_project_codes)
        self._count(project_plans, camera_plans)
        if not dry_run:
            await self._commit(project_plans, camera_plans)
        report.issues.sort(key=lambda i: (list(SHEETS).index(i.sheet), i.line))
        return report

    # --- projects -----------------------------------------------------------------------------------

    async def _plan_projects(self, rows: list[Row]) -> tuple[dict[str, ProjectPlan], set[str]]:
        plans: dict[str, ProjectPlan] = {}
        bad_codes: set[str] = set()
        if not rows:
            return plans, bad_codes
        if (
            not decide(self.principal, Operation.REGISTER_PROJECT)
            or self.principal.role is Role.CONSTRUCTION_UNIT
        ):
            for row in rows:
                self._issue(row, "", "PROJECTS_NOT_ALLOWED")
                bad_codes.add(row.values.get("code", "").strip())
            return plans, bad_codes
        districts = {d.code: d for d in await District.all()}
        codes = sorted({row.values.get("code", "").strip() for row in rows} - {""})
        existing = {p.code: p for p in await _chunked(Project, "code", codes)}
        credit_codes = sorted(
            {row.values.get(c, "").strip().upper() for row in rows for c in _PARTY_COLUMNS} - {""}
        )
        organizations = {o.credit_code: o for o in await _chunked(Organization, "credit_code", credit_codes)}
        first_line: dict[str, int] = {}
        for row in rows:
            code = row.values.get("code", "").strip()
            try:
                values = self._project_values(row, districts, organizations)
                if not PROJECT_CODE.match(code):
                    raise RowRefused("code", "INVALID_PROJECT_CODE")
                if code in first_line:
                    raise RowRefused("code", "DUPLICATE_IN_FILE", other=first_line[code])
                current = existing.get(code)
                if current is not None and not in_scope(self.principal, _ref(current.id, current.__dict__)):
                    raise RowRefused("code", "PROJECT_OUT_OF_SCOPE")
            except RowRefused as refused:
                self._issue(row, refused.column, refused.code, **refused.params)
                bad_codes.add(code)
                first_line.setdefault(code, row.line)
                continue
            first_line[code] = row.line
            plans[code] = ProjectPlan(row, code, values, existing.get(code))
        return plans, bad_codes

    def _project_values(
        self, row: Row, districts: dict[str, District], organizations: dict[str | None, Organization]
    ) -> dict[str, Any]:
        _text(row, "code", 32, required=True)
        values: dict[str, Any] = {
            "name": _text(row, "name", 200, required=True),
            "address": _text(row, "address", 300),
        }
        district_code = _text(row, "district_code", 16, required=True)
        district = districts.get(district_code)
        if district is None:
            raise RowRefused("district_code", "UNKNOWN_DISTRICT", value=district_code)
        if self.principal.scope_level is not ScopeLevel.CITY and district.id != self.principal.district_id:
            raise RowRefused("district_code", "DISTRICT_OUT_OF_SCOPE")
        values["district_id"] = district.id
        values["government_invested"] = _bool(
            row.values.get("government_invested", ""), "government_invested"
        )
        values["whole_building_relocation"] = _bool(
            row.values.get("whole_building_relocation", ""), "whole_building_relocation"
        )
        for column in ("single_building_area_m2", "group_building_area_m2", "investment_cny"):
            values[column] = _number(row.values.get(column, ""), column)
        values["infrastructure_kind"] = _enum(
            row.values.get("infrastructure_kind", ""),
            "infrastructure_kind",
            InfrastructureKind,
            _INFRA_ZH,
            InfrastructureKind.NONE,
            "UNKNOWN_INFRASTRUCTURE_KIND",
        )
        for column, (field_name, kind) in _PARTY_COLUMNS.items():
            credit_code = row.values.get(column, "").strip().upper()
            if not credit_code:
                values[field_name] = None
                continue
            if credit_code_problem(credit_code) is not None:
                raise RowRefused(column, "INVALID_CREDIT_CODE")
            organization = organizations.get(credit_code)
            if organization is None:
                raise RowRefused(column, "UNKNOWN_ORGANIZATION")
            if organization.kind != kind:
                raise RowRefused(column, "ORGANIZATION_KIND_MISMATCH", kind=kind.value)
            values[field_name] = organization.id
        return values

    # --- cameras ------------------------------------------------------------------------------------

    async def _plan_cameras(
        self, rows: list[Row], projects: dict[str, ProjectPlan], bad_project_codes: set[str]
    ) -> list[CameraPlan]:
        plans: list[CameraPlan] = []
        if not rows:
            return plans
        codes = sorted({row.values.get("project_code", "").strip() for row in rows} - {""})
        stored_projects = {p.code: p for p in await _chunked(Project, "code", codes)}
        serials = sorted({row.values.get("serial", "").strip() for row in rows} - {""})
        stored_cameras = {c.serial: c for c in await _chunked(Camera, "serial", serials)}
        owners = {
            p.id: p
            for p in await Project.filter(id__in=list({c.project_id for c in stored_cameras.values()}))
        }
        first_line: dict[str, int] = {}
        for row in rows:
            serial = row.values.get("serial", "").strip()
            try:
                _text(row, "serial", 64, required=True)
                if serial in first_line:
                    raise RowRefused("serial", "DUPLICATE_IN_FILE", other=first_line[serial])
                first_line[serial] = row.line
                project_code = _text(row, "project_code", 32, required=True)
                ref, approved, closed = self._camera_project(
                    project_code, projects, stored_projects, bad_project_codes
                )
                if not decide(self.principal, Operation.MANAGE_CAMERAS, ref):
                    raise RowRefused("project_code", "PROJECT_OUT_OF_SCOPE")
                if not approved:
                    raise RowRefused("project_code", "PROJECT_NOT_APPROVED")
                if closed:
                    raise RowRefused("project_code", "PROJECT_CLOSED")
                existing = stored_cameras.get(serial)
                if existing is not None:
                    owner = owners[existing.project_id]
                    if not decide(self.principal, Operation.MANAGE_CAMERAS, _ref(owner.id, owner.__dict__)):
                        raise RowRefused("serial", "SERIAL_OUT_OF_SCOPE")
                clean = self._clean_camera(row, serial, existing)
            except RowRefused as refused:
                self._issue(row, refused.column, refused.code, **refused.params)
                continue
            plans.append(CameraPlan(row, project_code, clean, existing))
        return plans

    def _camera_project(
        self,
        code: str,
        planned: dict[str, ProjectPlan],
        stored: dict[str, Project],
        bad_codes: set[str],
    ) -> tuple[ProjectRef, bool, bool]:
        if code in planned:
            plan = planned[code]
            values = {**(plan.existing.__dict__ if plan.existing else {}), **plan.values}
            status = plan.existing.status if plan.existing else None
            approval = plan.existing.approval_status if plan.existing else ApprovalStatus.APPROVED
            return (
                _ref(plan.existing.id if plan.existing else -1, values),
                approval == ApprovalStatus.APPROVED,
                status in CLOSED_PROJECT,
            )
        if code in bad_codes:
            raise RowRefused("project_code", "PROJECT_ROW_INVALID")
        project = stored.get(code)
        if project is None:
            raise RowRefused("project_code", "UNKNOWN_PROJECT", value=code)
        return (
            _ref(project.id, project.__dict__),
            project.approval_status == ApprovalStatus.APPROVED,
            project.status in CLOSED_PROJECT,
        )

    def _clean_camera(self, row: Row, serial: str, existing: Camera | None) -> CleanCamera:
        location_kind = _enum(
            row.values.get("location_kind", ""),
            "location_kind",
            LocationKind,
            _LOCATION_ZH,
            LocationKind.OTHER,
            "UNKNOWN_LOCATION_KIND",
        )
        main_url = _text(row, "main_stream_url", 500, required=True)
        _text(row, "name", 100, required=True)

        def optional(column: str) -> str | None:
            # An empty credential cell keeps what is stored (a re-import need not repeat passwords).
            value = row.values.get(column, "")
            return value if value != "" else None

        data = CameraData(
            name=row.values.get("name", ""),
            main_stream_url=main_url,
            location_kind=location_kind,
            location=_text(row, "location", 200),
            serial=serial,
            sub_stream_url=_text(row, "sub_stream_url", 500),
            onvif_endpoint=_text(row, "onvif_endpoint", 500),
            ptz_capable=_bool(row.values.get("ptz", ""), "ptz"),
            rtsp_username=optional("rtsp_username"),
            rtsp_password=optional("rtsp_password"),
            onvif_username=optional("onvif_username"),
            onvif_password=optional("onvif_password"),
        )
        try:
            return clean_camera(data)
        except InputRefused as exc:
            column = _CAMERA_FIELD_COLUMN.get(exc.field, "main_stream_url")
            detail = exc.message.split(": ", 1)[-1]
            raise RowRefused(column, exc.code, detail=detail) from exc

    # --- counting and writing -----------------------------------------------------------------------

    def _project_changes(self, plan: ProjectPlan) -> dict[str, Any]:
        if plan.existing is None:
            return dict(plan.values)
        return {key: value for key, value in plan.values.items() if getattr(plan.existing, key) != value}

    def _count(self, projects: dict[str, ProjectPlan], cameras: list[CameraPlan]) -> None:
        report = self.report
        assert report is not None
        for plan in projects.values():
            if plan.existing is None:
                report.projects_created += 1
            elif self._project_changes(plan):
                report.projects_updated += 1
            else:
                report.projects_unchanged += 1
        planned_ids = {code: plan.existing.id for code, plan in projects.items() if plan.existing is not None}
        for camera_plan in cameras:
            if camera_plan.existing is None:
                report.cameras_created += 1
                continue
            camera_plan.changes = self._camera_changes(camera_plan, planned_ids)
            if camera_plan.changes:
                report.cameras_updated += 1
            else:
                report.cameras_unchanged += 1

    def _camera_changes(self, plan: CameraPlan, planned_ids: dict[str, int]) -> list[str]:
        assert plan.existing is not None
        probe = copy.copy(plan.existing)  # counting must not touch the row the commit will write
        changed = apply_clean(self.settings, probe, plan.clean)
        target = planned_ids.get(plan.project_code)
        if target is None or plan.existing.project_id != target:
            changed.append("project_id")  # moves to another (or a new) project; checked again at commit
        return changed

    async def _commit(self, projects: dict[str, ProjectPlan], cameras: list[CameraPlan]) -> None:
        principal = self.principal
        async with in_transaction():
            project_ids: dict[str, int] = {}
            new_projects: list[Project] = []
            for plan in projects.values():
                if plan.existing is None:
                    new_projects.append(
                        Project(
                            code=plan.code,
                            approval_status=ApprovalStatus.APPROVED,
                            registered_by_id=principal.user_id,
                            **plan.values,
                        )
                    )
                    continue
                changes = self._project_changes(plan)
                if changes:
                    await Project.filter(id=plan.existing.id).update(**changes)
                project_ids[plan.code] = plan.existing.id
            if new_projects:
                await Project.bulk_create(new_projects, batch_size=CHUNK)
            missing = sorted({p.project_code for p in cameras} - set(project_ids))
            for project in await _chunked(Project, "code", missing):
                project_ids[project.code] = project.id
            new_rows: list[Camera] = []
            for camera_plan in cameras:
                project_id = project_ids[camera_plan.project_code]
                if camera_plan.existing is None:
                    camera = Camera(project_id=project_id, main_stream_url="")
                    apply_clean(self.settings, camera, camera_plan.clean)
                    new_rows.append(camera)
                    continue
                if not camera_plan.changes:
                    continue
                camera = camera_plan.existing
                changed = apply_clean(self.settings, camera, camera_plan.clean)
                if camera.project_id != project_id:
                    camera.project_id = project_id
                    changed.append("project_id")
                if changed:
                    # a new address imported is the admin's change of device (Art. 16: enrolled afresh)
                    await camera.save(update_fields=changed + reset_if_readdressed(camera, changed))
            if new_rows:
                await Camera.bulk_create(new_rows, batch_size=CHUNK)
            report = self.report
            assert report is not None
            await record_audit(
                "intake.imported",
                actor_id=principal.user_id,
                actor_role=str(principal.role),
                district_id=principal.district_id,
                detail={
                    "projects": [report.projects_created, report.projects_updated, report.projects_unchanged],
                    "cameras": [report.cameras_created, report.cameras_updated, report.cameras_unchanged],
                    "badRows": len(report.bad_lines),
                },
            )


def _ref(project_id: int, values: dict[str, Any]) -> ProjectRef:
    return ProjectRef(
        project_id=project_id,
        district_id=values.get("district_id", -1),
        organization_ids={
            column: values.get(column)
            for column in ("construction_unit_id", "supervisor_id", "contractor_id", "provider_id")
        },
    )


async def import_file(
    settings: Settings, principal: Principal, parsed: ParsedFile, *, dry_run: bool, language: str
) -> ImportReport:
    if not decide(principal, Operation.IMPORT_INTAKE):
        raise InputRefused("FORBIDDEN", "Your role may not import")
    return await Importer(settings, principal, language).run(parsed, dry_run)
