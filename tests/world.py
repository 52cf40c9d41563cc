"""A small, fully scoped world: two districts, three projects, a user of every role."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from backend.alerts.models import Alert
from backend.audit.models import AuditEvent
from backend.auth.models import User
from backend.auth.passwords import hash_password
from backend.auth.services import create_api_token, principal_for
from backend.authz.policy import INTEGRATION_GRANTABLE, Principal, ProjectRef, project_ref
from backend.authz.roles import Role
from backend.cameras.models import Camera
from backend.districts.models import City, District
from backend.documents.models import Document, DocumentCategory, DocumentVersion
from backend.graphql_core.ids import to_global_id
from backend.hazards.models import HazardKind, HazardNotice, HazardSeverity
from backend.media.gateways import register_gateway
from backend.media.models import MediaGateway
from backend.organizations.models import Organization, OrganizationKind
from backend.projects.models import Project, ProjectStatus

PASSWORD = "correct-horse-battery"


@dataclass
class World:
    password: str
    usernames: dict[str, str]  # role → username
    principals: dict[str, Principal]
    integration_token: str
    district_a: District
    district_b: District
    project_a1: Project  # the site users' project
    project_a2: Project  # same district, other parties
    project_b1: Project  # other district
    cameras: dict[str, list[Camera]] = field(default_factory=dict)  # project key → cameras
    documents: dict[str, Document] = field(default_factory=dict)
    alerts: dict[str, Alert] = field(default_factory=dict)
    audit_events: dict[str, AuditEvent] = field(default_factory=dict)
    gateway_credential: str = ""  # gw-world's own credential (serves every district, explicitly)

    def gid(self, type_name: str, pk: int) -> str:
        return to_global_id(type_name, pk)

    def ref(self, project: Project) -> ProjectRef:
        return project_ref(project)


async def _organizations(suffix: str) -> dict[OrganizationKind, Organization]:
    return {
        kind: await Organization.create(
            name=f"{kind.value} {suffix}", kind=kind, qualification_number=f"Q-{suffix}"
        )
        for kind in OrganizationKind
    }


async def _project(
    code: str, district: District, orgs: dict[OrganizationKind, Organization], **attrs: object
) -> Project:
    return await Project.create(
        code=code,
        name=f"Project {code}",
        address=f"{code} Road",
        district=district,
        status=ProjectStatus.UNDER_CONSTRUCTION,
        construction_unit=orgs[OrganizationKind.CONSTRUCTION_UNIT],
        supervisor=orgs[OrganizationKind.SUPERVISOR],
        contractor=orgs[OrganizationKind.CONTRACTOR],
        provider=orgs[OrganizationKind.PROVIDER],
        **attrs,
    )


async def create_notice(project_id: int, camera: Camera | None = None) -> HazardNotice:
    """An open rectification notice on a project, from a camera's view when ``camera`` is given."""
    return await HazardNotice.create(
        project_id=project_id,
        camera=camera,
        kind=HazardKind.RECTIFY,
        severity=HazardSeverity.LOW,
        description="a notice of the test world",
        deadline=datetime.now(UTC) + timedelta(days=1),
        issuer_level="CITY",
    )


async def build_world() -> World:
    city = await City.create(name="测试市", name_en="Test City")
    district_a = await District.create(city=city, code="T0001", name="甲区", name_en="District A")
    district_b = await District.create(city=city, code="T0002", name="乙区", name_en="District B")
    orgs_a = await _organizations("A")
    orgs_b = await _organizations("B")
    project_a1 = await _project("A1", district_a, orgs_a, single_building_area_m2=12_000.0)
    project_a2 = await _project("A2", district_a, orgs_b, investment_cny=1_000_000.0)
    project_b1 = await _project("B1", district_b, orgs_b, government_invested=True)
    projects = {"A1": project_a1, "A2": project_a2, "B1": project_b1}

    cameras: dict[str, list[Camera]] = {}
    documents: dict[str, Document] = {}
    alerts: dict[str, Alert] = {}
    audit_events: dict[str, AuditEvent] = {}
    for key, project in projects.items():
        cameras[key] = [
            await Camera.create(
                project=project,
                name=f"{key}-cam{n}",
                location="gate",
                main_stream_url=f"rtsp://127.0.0.1:9/{key}-{n}/main",
                sub_stream_url=f"rtsp://127.0.0.1:9/{key}-{n}/sub",
                ptz_capable=n == 1,
            )
            for n in (1, 2)
        ]
        document = await Document.create(
            project=project, category=DocumentCategory.PROJECT_OVERVIEW, title=f"{key} overview"
        )
        await DocumentVersion.create(
            document=document,
            version=1,
            filename="overview.pdf",
            storage_name=f"world-{key}-{document.id}",
            size_bytes=10,
            content_type="application/pdf",
            sha256="0" * 64,
        )
        documents[key] = document
        alerts[key] = await Alert.create(
            kind="TEST", title=f"alert {key}", project_id=project.id, district_id=project.district_id
        )
        audit_events[key] = await AuditEvent.create(
            action="test.event", district_id=project.district_id, project_id=project.id
        )

    password_hash = hash_password(PASSWORD)
    specs = {
        "CITY_CENTER": {},
        "DISTRICT_CENTER": {"district": district_a},
        "INSPECTOR": {"district": district_a},
        "CONSTRUCTION_UNIT": {"project": project_a1},
        "SUPERVISOR": {"project": project_a1},
        "CONTRACTOR": {"project": project_a1},
        "PROVIDER": {"organization": orgs_a[OrganizationKind.PROVIDER]},
    }
    usernames: dict[str, str] = {}
    principals: dict[str, Principal] = {}
    for role, scope in specs.items():
        user = await User.create(
            username=f"w-{role.lower()}",
            display_name=role.title(),
            role=Role(role),
            password_hash=password_hash,
            **scope,
        )
        usernames[role] = user.username
        principals[role] = principal_for(user)

    creator = principals["CITY_CENTER"]
    api_token, secret = await create_api_token(
        creator, "world integration", sorted(INTEGRATION_GRANTABLE), district_a.id, None, None
    )
    integration_user = await User.get(id=api_token.user_id)
    base = principal_for(integration_user)
    principals["INTEGRATION"] = Principal(
        user_id=base.user_id,
        username=base.username,
        role=base.role,
        district_id=base.district_id,
        granted=frozenset(INTEGRATION_GRANTABLE),
        api_token_id=api_token.id,
    )
    _, gateway_credential = await register_gateway(
        None, "gw-world", [], all_districts=True, public_url="http://127.0.0.1:9"
    )
    await MediaGateway.filter(gateway_id="gw-world").update(last_seen_at=datetime.now(UTC))
    return World(
        password=PASSWORD,
        usernames=usernames,
        principals=principals,
        integration_token=secret,
        district_a=district_a,
        district_b=district_b,
        project_a1=project_a1,
        project_a2=project_a2,
        project_b1=project_b1,
        cameras=cameras,
        documents=documents,
        alerts=alerts,
        audit_events=audit_events,
        gateway_credential=gateway_credential,
    )
