"""Demo data: Tianjin's 16 districts, 224 projects around the Article 5 thresholds,
cameras on a few simulated streams, documents, and one account per role.
Only ``sitewatch demo`` calls this; ``serve`` never creates accounts."""

from __future__ import annotations

import hashlib
import random
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

from tortoise.transactions import in_transaction

from backend.accounts.services import AccountData, create_account
from backend.auth.models import User
from backend.auth.passwords import hash_password
from backend.auth.services import create_user, principal_for
from backend.authz.roles import Role
from backend.cameras.models import Camera, LocationKind
from backend.districts.models import City, District
from backend.documents.models import Document, DocumentCategory, DocumentVersion
from backend.geo.tianjin import DISTRICT_AREAS
from backend.intake_import.engine import import_file
from backend.intake_import.files import parsed_from_rows
from backend.organizations.credit_code import check_character
from backend.organizations.models import Organization, OrganizationKind
from backend.organizations.services import OrganizationData, create_organization
from backend.projects.models import InfrastructureKind, Project, ProjectStatus
from backend.settings import Settings

DEMO_PASSWORD = "sitewatch-demo"  # noqa: S105 - the documented demo password
SIMCAM_NAMES = ("site-a", "site-b", "site-c", "site-d")
PROJECTS_PER_DISTRICT = 14
DEMO_DISTRICT_CODE = "120104"  # 南开区: the demo district account's scope

TIANJIN_DISTRICTS = [
    ("120101", "和平区", "Heping"),
    ("120102", "河东区", "Hedong"),
    ("120103", "河西区", "Hexi"),
    ("120104", "南开区", "Nankai"),
    ("120105", "河北区", "Hebei"),
    ("120106", "红桥区", "Hongqiao"),
    ("120110", "东丽区", "Dongli"),
    ("120111", "西青区", "Xiqing"),
    ("120112", "津南区", "Jinnan"),
    ("120113", "北辰区", "Beichen"),
    ("120114", "武清区", "Wuqing"),
    ("120115", "宝坻区", "Baodi"),
    ("120116", "滨海新区", "Binhai New Area"),
    ("120117", "宁河区", "Ninghe"),
    ("120118", "静海区", "Jinghai"),
    ("120119", "蓟州区", "Jizhou"),
]

_SURNAMES = ["津城", "海河", "渤海", "华北", "中建", "城建", "天保", "泰达", "滨城", "北洋", "银河", "鑫港"]
_ORG_SUFFIX = {
    OrganizationKind.CONSTRUCTION_UNIT: "置业有限公司",
    OrganizationKind.SUPERVISOR: "工程监理有限公司",
    OrganizationKind.CONTRACTOR: "建设集团有限公司",
    OrganizationKind.PROVIDER: "安防科技有限公司",
}
_PROJECT_KINDS = [
    "住宅楼",
    "商业综合体",
    "学校教学楼",
    "医院门诊楼",
    "产业园厂房",
    "办公楼",
    "地铁站",
    "立交桥",
    "跨河桥",
    "隧道",
    "港口码头",
    "物流仓储中心",
    "保障性住房",
    "体育馆",
]
_ROADS = [
    "卫津路",
    "南京路",
    "黑牛城道",
    "复康路",
    "红旗路",
    "友谊路",
    "海河东路",
    "津塘路",
    "中山路",
    "京津路",
]
_CAMERA_PLACES = [
    ("大门出入口", "Main gate"),
    ("塔吊全景", "Tower crane overview"),
    ("作业面", "Work face"),
    ("材料堆场", "Material yard"),
    ("基坑", "Excavation pit"),
]
_INFRA_BY_KIND = {
    "地铁站": InfrastructureKind.SUBWAY,
    "立交桥": InfrastructureKind.INTERCHANGE,
    "跨河桥": InfrastructureKind.RIVER_BRIDGE,
    "隧道": InfrastructureKind.TUNNEL,
    "港口码头": InfrastructureKind.PORT,
}
# Attribute sets exactly at, just below and above the Article 5 thresholds.
_THRESHOLD_CASES = [
    {"single_building_area_m2": 10_000.0},
    {"single_building_area_m2": 9_999.0},
    {"group_building_area_m2": 20_000.0},
    {"group_building_area_m2": 19_999.5},
    {"investment_cny": 50_000_000.0},
    {"investment_cny": 49_999_999.0},
    {"single_building_area_m2": 10_000.5},
]
_STATUSES = [ProjectStatus.UNDER_CONSTRUCTION] * 8 + [
    ProjectStatus.PERMITTED,
    ProjectStatus.MONITORING_REGISTERED,
    ProjectStatus.SAFETY_FILED,
    ProjectStatus.SUSPENDED,
    ProjectStatus.COMPLETED,
    ProjectStatus.DRAFT,
]


def _tiny_pdf(title: str) -> bytes:
    body = f"BT /F1 18 Tf 72 720 Td ({title}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(body)).encode() + b" >>\nstream\n" + body + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


async def featured_project_code() -> str:
    """The project the demo's site accounts work on (the one the demo records, see ``sitewatch demo``)."""
    supervisor = await User.get_or_none(username="supervisor")
    if supervisor is None or supervisor.project_id is None:
        return ""
    project = await Project.get(id=supervisor.project_id)
    return project.code


def _demo_credit_code(kind_index: int, number: int) -> str:
    """A stable, valid unified social credit code per demo organization (GB 32100-2015 check character)."""
    body = f"9112{kind_index:02d}{number:02d}MA0{kind_index * 7 + number:02d}DEMO"[:17].replace("O", "0")
    return body + check_character(body)


_LOCATION_KINDS = {
    "大门出入口": LocationKind.GATE,
    "塔吊全景": LocationKind.TOWER_CRANE,
    "作业面": LocationKind.WORK_FACE,
    "材料堆场": LocationKind.MATERIAL_YARD,
    "基坑": LocationKind.OTHER,
}


async def seed_demo(settings: Settings, rtsp_port: int = 8554) -> bool:
    """Create the demo data once; return False when it already exists.

    Goes through the intake services a city would use on day one: organizations are registered with
    their credit codes and qualifications, the accounts are created by the level above, and the 224
    projects and their cameras are imported from a workbook by the city (the bulk import)."""
    if await City.exists():
        return False
    rng = random.Random(20261125)
    documents_dir = settings.data_dir / "documents"
    documents_dir.mkdir(parents=True, exist_ok=True)
    async with in_transaction():
        city = await City.create(name="天津市", name_en="Tianjin")
        districts = [
            await District.create(city=city, code=code, name=name, name_en=name_en)
            for code, name, name_en in TIANJIN_DISTRICTS
        ]
        password_hash = hash_password(DEMO_PASSWORD)
        city_user = await create_user("city", None, Role.CITY_CENTER, "市监控指挥中心")
        city_user.password_hash = password_hash
        await city_user.save(update_fields=["password_hash"])
        as_city = principal_for(city_user)
        organizations: dict[OrganizationKind, list[Organization]] = {}
        qualification_expires = date.today() + timedelta(days=3 * 365)
        for kind_index, (org_kind, suffix) in enumerate(_ORG_SUFFIX.items()):
            organizations[org_kind] = [
                await create_organization(
                    as_city,
                    OrganizationData(
                        name=f"天津{prefix}{suffix}",
                        kind=org_kind,
                        credit_code=_demo_credit_code(kind_index, i),
                        contact_name="联系人",
                        contact_phone=f"022-2{kind_index}{i:02d}0000",
                        qualification_number=f"{org_kind.value[:2]}-{1000 + i}",
                        qualification_level="壹级" if org_kind is OrganizationKind.PROVIDER else "",
                        qualification_expires_on=qualification_expires
                        if org_kind is OrganizationKind.PROVIDER
                        else None,
                    ),
                )
                for i, prefix in enumerate(_SURNAMES)
            ]

        def code_of(kind: OrganizationKind, index: int) -> str:
            return organizations[kind][index].credit_code or ""

        project_rows: list[dict[str, str]] = []
        camera_rows: list[dict[str, str]] = []
        statuses: dict[str, ProjectStatus] = {}
        sequence = 0
        for district in districts:
            for index in range(PROJECTS_PER_DISTRICT):
                sequence += 1
                kind = _PROJECT_KINDS[(sequence + index) % len(_PROJECT_KINDS)]
                attributes: dict[str, Any] = {
                    "government_invested": kind in ("学校教学楼", "医院门诊楼", "保障性住房")
                    or rng.random() < 0.15,
                    "single_building_area_m2": round(rng.uniform(2_000, 30_000), 1),
                    "group_building_area_m2": round(rng.uniform(5_000, 60_000), 1),
                    "investment_cny": round(rng.uniform(5e6, 4e8), -3),
                    "infrastructure_kind": _INFRA_BY_KIND.get(kind, InfrastructureKind.NONE),
                    "whole_building_relocation": rng.random() < 0.02,
                }
                if index < len(_THRESHOLD_CASES) and district.code in ("120101", "120104"):
                    attributes.update(
                        government_invested=False,
                        single_building_area_m2=0.0,
                        group_building_area_m2=0.0,
                        investment_cny=0.0,
                        infrastructure_kind=InfrastructureKind.NONE,
                        whole_building_relocation=False,
                    )
                    attributes.update(_THRESHOLD_CASES[index])
                code = f"TJ{district.code}-{2026}{index + 1:03d}"
                statuses[code] = _STATUSES[(sequence * 5) % len(_STATUSES)]
                project_rows.append(
                    {
                        "code": code,
                        "name": f"{district.name}{_SURNAMES[(sequence * 7) % len(_SURNAMES)]}{kind}项目（{index + 1}期）",
                        "district_code": district.code,
                        "address": f"天津市{district.name}{_ROADS[sequence % len(_ROADS)]}{10 + sequence}号",
                        **{key: _cell(value) for key, value in attributes.items()},
                        "construction_unit_code": code_of(OrganizationKind.CONSTRUCTION_UNIT, sequence % 12),
                        "supervisor_code": code_of(OrganizationKind.SUPERVISOR, (sequence * 5) % 12),
                        "contractor_code": code_of(OrganizationKind.CONTRACTOR, (sequence * 7) % 12),
                        "provider_code": code_of(OrganizationKind.PROVIDER, sequence % 4),
                    }
                )
                for number in range(3 + sequence % 3):
                    place_zh, _ = _CAMERA_PLACES[number % len(_CAMERA_PLACES)]
                    stream = SIMCAM_NAMES[(sequence + number) % len(SIMCAM_NAMES)]
                    # A few cameras point at an address where no camera answers: they show as offline.
                    host_port = f"127.0.0.1:{rtsp_port}" if (sequence * 3 + number) % 41 else "127.0.0.1:9"
                    ptz = number in (0, 1)
                    camera_rows.append(
                        {
                            "serial": f"DEMO-{code}-{number + 1}",
                            "project_code": code,
                            "name": f"{number + 1}号摄像机",
                            "location_kind": _LOCATION_KINDS[place_zh].value,
                            "location": place_zh,
                            "main_stream_url": f"rtsp://{host_port}/{stream}/main",
                            "sub_stream_url": f"rtsp://{host_port}/{stream}/sub",
                            # PTZ cameras are driven through the simulated camera's ONVIF service
                            # (sitewatch demo starts it with its control port at rtsp_port + 1).
                            "onvif_endpoint": (
                                f"http://127.0.0.1:{rtsp_port + 1}/onvif/device_service?profile={stream}"
                                if ptz and host_port != "127.0.0.1:9"
                                else ""
                            ),
                            "ptz": "yes" if ptz and host_port != "127.0.0.1:9" else "no",
                        }
                    )
        # The city imports the register of projects and cameras (dry run first, like the import page).
        parsed = parsed_from_rows({"projects": project_rows, "cameras": camera_rows})
        checked = await import_file(settings, as_city, parsed, dry_run=True, language="en")
        if checked.issues:
            raise RuntimeError(f"demo workbook refused: {checked.issues[:3]}")
        await import_file(settings, as_city, parsed, dry_run=False, language="en")
        # The demo starts mid-way through the projects' lives (the workflows screens need every state).
        by_status: dict[ProjectStatus, list[str]] = {}
        for code, status in statuses.items():
            by_status.setdefault(status, []).append(code)
        for status, codes in by_status.items():
            await Project.filter(code__in=codes).update(status=status)
        projects = await Project.all().order_by("id")
        await _place_projects(projects, {d.id: d.code for d in districts})

        demo_district = next(d for d in districts if d.code == DEMO_DISTRICT_CODE)
        demo_project = next(
            p
            for p in projects
            if p.district_id == demo_district.id and p.status == ProjectStatus.UNDER_CONSTRUCTION
        )
        # The accounts are created by the level above, as in production; the demo ones skip the forced
        # first-login change so the documented password works.
        accounts: list[tuple[str, str, Role, dict[str, Any]]] = [
            (
                "district",
                f"{demo_district.name}监控中心",
                Role.DISTRICT_CENTER,
                {"district_id": demo_district.id},
            ),
            ("inspector", f"{demo_district.name}巡查员", Role.INSPECTOR, {"district_id": demo_district.id}),
            (
                "owner",
                "建设单位项目负责人",
                Role.CONSTRUCTION_UNIT,
                _site(demo_project, "construction_unit_id"),
            ),
            ("supervisor", "监理值班员", Role.SUPERVISOR, _site(demo_project, "supervisor_id")),
            ("contractor", "施工总包安全员", Role.CONTRACTOR, _site(demo_project, "contractor_id")),
            ("provider", "监控服务运维员", Role.PROVIDER, {"organization_id": demo_project.provider_id}),
        ]
        users: dict[str, User] = {"city": city_user}
        for username, display_name, role, scope in accounts:
            users[username] = await create_account(
                as_city,
                AccountData(
                    username=username, display_name=display_name, role=role, password=DEMO_PASSWORD, **scope
                ),
                must_change_password=False,
                password_hash=password_hash,
            )

        categories = list(DocumentCategory)
        version_rows: list[DocumentVersion] = []
        for number, project in enumerate(projects):
            uploader = users["supervisor"] if project.id == demo_project.id else None
            for category in categories[: 3 + number % 6]:
                document = await Document.create(
                    project=project, category=category, title=_doc_title(category)
                )
                for version in range(1, 1 + (1 if number % 4 else 2)):
                    content = _tiny_pdf(f"{project.code} {category.value} v{version}")
                    storage_name = uuid.uuid4().hex
                    (documents_dir / storage_name).write_bytes(content)
                    version_rows.append(
                        DocumentVersion(
                            document=document,
                            version=version,
                            filename=f"{category.value.lower()}-v{version}.pdf",
                            storage_name=storage_name,
                            size_bytes=len(content),
                            content_type="application/pdf",
                            sha256=hashlib.sha256(content).hexdigest(),
                            uploaded_by=uploader,
                        )
                    )
        await DocumentVersion.bulk_create(version_rows)
    await _seed_workflows(users, demo_project, projects)
    return True


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, InfrastructureKind):
        return value.value
    return repr(value) if isinstance(value, float) else str(value)


def _site(project: Project, column: str) -> dict[str, Any]:
    return {"project_id": project.id, "organization_id": getattr(project, column)}


async def _seed_workflows(users: dict[str, User], demo_project: Project, projects: list[Project]) -> None:
    """Issue 5 screens start non-empty: lifecycle history and contract, overdue documents (Art. 11),
    hazard notices in every state (Art. 14), fault tickets (Art. 16), a duty roster (Art. 9), and the
    alerts all of these raise. Goes through the workflow services, so the rows are what they would be."""
    from backend.alerts.models import Alert
    from backend.cameras.models import CameraStatus
    from backend.documents.services import check_overdue_documents, ensure_requirements
    from backend.duty.services import add_shift
    from backend.events.bus import InProcessBus
    from backend.faults.services import close_fault, open_fault, set_camera_status
    from backend.hazards.models import HazardKind, HazardSeverity
    from backend.hazards.services import (
        acknowledge_notice,
        issue_notice,
        report_rectification,
        review_rectification,
    )
    from backend.lifecycle.models import FeePayer, LifecycleTransition, MonitoringContract

    bus = InProcessBus()  # nobody listens yet: the alerts are persisted and replayed from the database
    try:
        now = datetime.now(UTC).replace(microsecond=0)
        as_user = {name: principal_for(user) for name, user in users.items()}

        # Art. 6/7/17: the demo project's paper trail up to "under construction" (history only, no side effects).
        await MonitoringContract.create(
            project_id=demo_project.id,
            provider_id=demo_project.provider_id,
            provider_name=(await Organization.get(id=demo_project.provider_id)).name,
            qualification_number="津安防设计施工壹级-2026-0417",
            fee_payer=FeePayer.CONSTRUCTION_UNIT,
            contract_number="JK-2026-0088",
            recorded_by_id=users["owner"].id,
        )
        steps = [
            (
                "RECORD_CONTRACT",
                ProjectStatus.DRAFT,
                ProjectStatus.CONTRACT_RECORDED,
                "owner",
                "contract JK-2026-0088",
            ),
            (
                "FILE_SAFETY_MEASURES",
                ProjectStatus.CONTRACT_RECORDED,
                ProjectStatus.SAFETY_FILED,
                "owner",
                "",
            ),
            (
                "REGISTER_MONITORING",
                ProjectStatus.SAFETY_FILED,
                ProjectStatus.MONITORING_REGISTERED,
                "owner",
                "",
            ),
            (
                "GRANT_CONSTRUCTION_PERMIT",
                ProjectStatus.MONITORING_REGISTERED,
                ProjectStatus.PERMITTED,
                "district",
                "",
            ),
            ("START_CONSTRUCTION", ProjectStatus.PERMITTED, ProjectStatus.UNDER_CONSTRUCTION, "owner", ""),
        ]
        for action, before, after, actor, note in steps:
            await LifecycleTransition.create(
                project_id=demo_project.id,
                action=action,
                from_status=before.value,
                to_status=after.value,
                actor_id=users[actor].id,
                actor_role=str(users[actor].role),
                note=note,
            )

        # Art. 11: the categories the demo project has not entered were due three days ago.
        await ensure_requirements(demo_project.id, now - timedelta(days=3))
        await check_overdue_documents(bus, now)

        # Art. 14: one notice waiting for the site, one rectification waiting for review, one closed.
        deadline = now + timedelta(days=3)
        closed = await issue_notice(
            bus,
            as_user["city"],
            demo_project.id,
            kind=HazardKind.RECTIFY,
            severity=HazardSeverity.MEDIUM,
            description="基坑东侧临边防护栏杆缺失约6米 / Edge guard rail missing along ~6 m of the pit's east side",
            deadline=deadline,
        )
        await acknowledge_notice(bus, as_user["supervisor"], closed.id)
        await report_rectification(
            bus,
            as_user["contractor"],
            closed.id,
            text="已补设防护栏杆并挂设安全网 / Guard rail re-installed and safety net hung",
            attachment_document_ids=[],
        )
        await review_rectification(
            bus, as_user["city"], closed.id, accept=True, comment="复核通过 / Verified on camera"
        )
        reported = await issue_notice(
            bus,
            as_user["district"],
            demo_project.id,
            kind=HazardKind.RECTIFY,
            severity=HazardSeverity.HIGH,
            description="塔吊回转半径内未设警戒区，有人员穿行 / No exclusion zone under the tower crane; workers cross it",
            deadline=deadline,
        )
        await acknowledge_notice(bus, as_user["supervisor"], reported.id)
        await report_rectification(
            bus,
            as_user["supervisor"],
            reported.id,
            text="已设置硬质围挡与警示标识，专人值守 / Hard barrier and signs set up, a banksman posted",
            attachment_document_ids=[],
        )
        await issue_notice(
            bus,
            as_user["district"],
            demo_project.id,
            kind=HazardKind.RECTIFY,
            severity=HazardSeverity.LOW,
            description="材料堆场钢筋堆放超高 / Rebar stacked too high in the material yard",
            deadline=now + timedelta(days=5),
        )

        # Art. 16: an offline camera of another project of the same provider (the demo project's four cameras
        # stay online for the video wall), and a repaired fault of the demo project with its downtime.
        other = next(
            p
            for p in projects
            if p.id != demo_project.id
            and p.district_id == demo_project.district_id
            and p.provider_id == demo_project.provider_id
            and p.status == ProjectStatus.UNDER_CONSTRUCTION
        )
        broken = await Camera.filter(project_id=other.id).order_by("-id").first()
        if broken is not None:
            await Camera.filter(id=broken.id).update(
                main_stream_url="rtsp://127.0.0.1:9/site-a/main",
                sub_stream_url="rtsp://127.0.0.1:9/site-a/sub",
                onvif_endpoint="",
                ptz_capable=False,
            )
            await set_camera_status(bus, broken.id, CameraStatus.OFFLINE, now - timedelta(hours=5))
        repaired = await Camera.filter(project_id=demo_project.id).order_by("id").first()
        if repaired is not None:
            ticket = await open_fault(bus, repaired, now - timedelta(hours=30), detail="OFFLINE")
            if ticket is not None:
                await close_fault(repaired, now - timedelta(hours=27, minutes=40))

        # Art. 9: the supervisor's shifts, yesterday to tomorrow.
        start = now.replace(minute=0, second=0) - timedelta(hours=24)
        for offset in range(0, 48, 12):
            await add_shift(
                as_user["supervisor"],
                demo_project.id,
                users["supervisor"].id,
                start + timedelta(hours=offset),
                start + timedelta(hours=offset + 12),
            )

        # One alert already seen, so the alert center shows both states.
        first_alert = await Alert.filter(project_id=demo_project.id).order_by("id").first()
        if first_alert is not None:
            await Alert.filter(id=first_alert.id).update(
                acknowledged_at=now, acknowledged_by_id=users["owner"].id
            )
    finally:
        await bus.close()  # its outbox relay must not outlive the seed (the app relays with its own bus)


_DOC_TITLES = {
    DocumentCategory.PROJECT_OVERVIEW: "工程概况",
    DocumentCategory.MANAGEMENT_ORGANIZATION: "项目管理机构",
    DocumentCategory.SAFETY_COMMITMENT: "安全生产承诺书",
    DocumentCategory.SAFETY_RESPONSIBILITY_SYSTEM: "安全生产责任制",
    DocumentCategory.SAFETY_MANAGEMENT_RULES: "安全生产管理制度",
    DocumentCategory.CONSTRUCTION_ORGANIZATION_DESIGN: "施工组织设计",
    DocumentCategory.SPECIAL_CONSTRUCTION_PLANS: "专项施工方案",
    DocumentCategory.SAFETY_INSPECTION_REMEDIATION: "安全检查及环境整治记录",
    DocumentCategory.SUBCONTRACTORS_LABOUR_TEAMS: "专业分包及劳务队伍情况",
}


async def _place_projects(projects: list[Project], district_codes: dict[int, str]) -> None:
    """Demo positions (WGS-84) inside each project's district, away from its edge (issue 11 map)."""
    rng = random.Random(20261130)
    for project in projects:
        area = DISTRICT_AREAS.get(district_codes.get(project.district_id, ""))
        if area is None:
            continue
        project.latitude = round(area.latitude + rng.uniform(-0.6, 0.6) * area.half_height_deg, 6)
        project.longitude = round(area.longitude + rng.uniform(-0.6, 0.6) * area.half_width_deg, 6)
    await Project.bulk_update(projects, fields=["latitude", "longitude"], batch_size=500)


def _doc_title(category: DocumentCategory) -> str:
    return _DOC_TITLES[category]


DEMO_GATEWAY_ID = "gw-demo"


async def demo_gateway_credential(settings: Settings) -> str:
    """Register the demo's one gateway (every district, explicitly) or rotate its credential: a fresh
    credential per start, passed to the gateway process, never written down in plain."""
    from backend.media.gateways import register_gateway, rotate_credential
    from backend.media.models import MediaGateway

    existing = await MediaGateway.get_or_none(gateway_id=DEMO_GATEWAY_ID)
    if existing is None:
        _, credential = await register_gateway(
            None, DEMO_GATEWAY_ID, [], all_districts=True, name="演示网关 / demo gateway"
        )
        return credential
    _, credential = await rotate_credential(settings, None, existing.id)
    return credential
