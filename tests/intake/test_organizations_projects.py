"""Organizations (credit code, qualification) and project intake: registration, approval, audited changes."""

from __future__ import annotations

import asyncio
import uuid
from datetime import date, timedelta
from typing import Any

import httpx

from backend.audit.models import AuditEvent
from backend.auth.models import User
from backend.auth.passwords import hash_password
from backend.authz.roles import Role
from backend.graphql_core.ids import to_global_id
from backend.organizations.models import Organization, OrganizationKind
from backend.projects.models import ApprovalStatus, Project, ProjectChangeRequest, ProjectStatus
from tests.conftest import GraphQLClient, login
from tests.intake.support import credit_code, organization
from tests.world import World

CREATE_ORG = """
mutation($input: OrganizationInput!) {
  createOrganization(input: $input) {
    __typename
    ... on OrganizationPayload { organization { id creditCode qualificationExpired qualificationExpiresOn } }
    ... on IntakeError { code field message }
  }
}
"""
REGISTER = """
mutation($input: RegisterProjectInput!) {
  registerProject(input: $input) {
    __typename
    ... on ProjectPayload { project { id code approvalStatus monitoringRequired constructionUnit { id } } }
    ... on IntakeError { code field message }
  }
}
"""
UPDATE = """
mutation($id: ID!, $input: UpdateProjectInput!) {
  updateProject(id: $id, input: $input) {
    __typename
    ... on ProjectPayload {
      project { investmentCny monitoringRequired pendingChangeRequests { id } }
      changeRequest { id status monitoringRequirementAfter { required } }
    }
    ... on IntakeError { code field }
  }
}
"""
DECIDE_CHANGE = """
mutation($id: ID!, $approve: Boolean!) {
  decideProjectChange(requestId: $id, approve: $approve) {
    __typename
    ... on ProjectPayload { project { investmentCny monitoringRequired } changeRequest { status } }
    ... on IntakeError { code }
  }
}
"""
DECIDE_REGISTRATION = """
mutation($id: ID!, $approve: Boolean!) {
  decideProjectRegistration(projectId: $id, approve: $approve) {
    __typename ... on ProjectPayload { project { approvalStatus } } ... on IntakeError { code }
  }
}
"""


def _org_input(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "name": f"监控服务 {uuid.uuid4().hex[:6]}",
        "kind": "PROVIDER",
        "creditCode": credit_code(),
        "qualificationNumber": "津安防-2026-001",
        "qualificationLevel": "壹级",
        "qualificationExpiresOn": (date.today() + timedelta(days=365)).isoformat(),
    }
    values.update(overrides)
    return values


async def _site_user(client: httpx.AsyncClient, role: Role, **scope: Any) -> GraphQLClient:
    user = await User.create(
        username=f"u{uuid.uuid4().hex[:10]}",
        display_name="test",
        role=role,
        password_hash=hash_password("a-long-test-password"),
        **scope,
    )
    outcome = await login(client, user.username, "a-long-test-password")
    return GraphQLClient(client, outcome["accessToken"])


async def _owned_project(
    client: httpx.AsyncClient, world: World, name: str, **fields: Any
) -> tuple[Project, GraphQLClient]:
    """A project of district A owned by a new construction unit, and that unit's signed-in user."""
    owner_org = await organization(OrganizationKind.CONSTRUCTION_UNIT)
    project = await Project.create(
        code=f"P{uuid.uuid4().hex[:10]}",
        name=name,
        district_id=world.district_a.id,
        construction_unit_id=owner_org.id,
        **fields,
    )
    owner = await _site_user(
        client, Role.CONSTRUCTION_UNIT, project_id=project.id, organization_id=owner_org.id
    )
    return project, owner


async def test_organization_credit_code_is_validated_and_unique(as_role) -> None:  # type: ignore[no-untyped-def]
    district = as_role("DISTRICT_CENTER")
    created = (await district.data(CREATE_ORG, {"input": _org_input()}))["createOrganization"]
    assert created["__typename"] == "OrganizationPayload"
    assert created["organization"]["qualificationExpired"] is False

    code = created["organization"]["creditCode"]
    duplicate = (await district.data(CREATE_ORG, {"input": _org_input(creditCode=code)}))[
        "createOrganization"
    ]
    assert (duplicate["code"], duplicate["field"]) == ("DUPLICATE_CREDIT_CODE", "input.creditCode")

    wrong_check = code[:17] + ("0" if code[17] != "0" else "1")
    refused = (await district.data(CREATE_ORG, {"input": _org_input(creditCode=wrong_check)}))[
        "createOrganization"
    ]
    assert (refused["code"], refused["field"]) == ("INVALID_CREDIT_CODE", "input.creditCode")
    assert "GB 32100" in refused["message"]

    no_certificate = (await district.data(CREATE_ORG, {"input": _org_input(qualificationNumber="")}))[
        "createOrganization"
    ]
    assert (no_certificate["code"], no_certificate["field"]) == (
        "QUALIFICATION_REQUIRED",
        "input.qualificationNumber",
    )


async def test_expired_qualification_is_flagged_and_blocks_a_new_monitoring_contract(
    client: httpx.AsyncClient, as_role, world: World
) -> None:  # type: ignore[no-untyped-def]
    expired_on = date.today() - timedelta(days=1)
    created = (
        await as_role("CITY_CENTER").data(
            CREATE_ORG, {"input": _org_input(qualificationExpiresOn=expired_on.isoformat())}
        )
    )["createOrganization"]
    assert created["organization"]["qualificationExpired"] is True
    provider_pk = (await Organization.get(credit_code=created["organization"]["creditCode"])).id
    project, owner = await _owned_project(
        client,
        world,
        "contract test",
        status=ProjectStatus.DRAFT,
        provider_id=provider_pk,
        single_building_area_m2=20_000,
    )
    contract = """
    mutation($id: ID!) {
      recordMonitoringContract(input: {projectId: $id, providerName: "P", qualificationNumber: "Q",
                                       feePayer: CONSTRUCTION_UNIT}) {
        __typename ... on UserError { code message }
      }
    }"""
    refused = (await owner.data(contract, {"id": to_global_id("Project", project.id)}))[
        "recordMonitoringContract"
    ]
    assert refused["code"] == "ART6_QUALIFICATION_EXPIRED"

    await Organization.filter(id=provider_pk).update(
        qualification_expires_on=date.today() + timedelta(days=30)
    )
    accepted = (await owner.data(contract, {"id": to_global_id("Project", project.id)}))[
        "recordMonitoringContract"
    ]
    assert accepted["__typename"] == "ProjectLifecyclePayload"


async def test_district_registers_active_and_a_construction_unit_waits_for_approval(
    client: httpx.AsyncClient, as_role, world: World
) -> None:  # type: ignore[no-untyped-def]
    attributes = {"singleBuildingAreaM2": 15000}
    district_a = to_global_id("District", world.district_a.id)
    by_district = (
        await as_role("DISTRICT_CENTER").data(
            REGISTER,
            {
                "input": {
                    "code": f"D{uuid.uuid4().hex[:8]}",
                    "name": "区登记",
                    "districtId": district_a,
                    "attributes": attributes,
                }
            },
        )
    )["registerProject"]
    assert by_district["project"]["approvalStatus"] == "APPROVED"
    assert by_district["project"]["monitoringRequired"] is True

    other_district = (
        await as_role("DISTRICT_CENTER").data(
            REGISTER,
            {
                "input": {
                    "code": f"D{uuid.uuid4().hex[:8]}",
                    "name": "x",
                    "districtId": to_global_id("District", world.district_b.id),
                }
            },
        )
    )["registerProject"]
    assert (other_district["code"], other_district["field"]) == ("DISTRICT_NOT_FOUND", "input.districtId")

    owner_org = await organization(OrganizationKind.CONSTRUCTION_UNIT)
    owner = await _site_user(client, Role.CONSTRUCTION_UNIT, organization_id=owner_org.id)
    code = f"C{uuid.uuid4().hex[:8]}"
    by_owner = (
        await owner.data(
            REGISTER,
            {"input": {"code": code, "name": "业主登记", "districtId": district_a, "attributes": attributes}},
        )
    )["registerProject"]
    assert by_owner["project"]["approvalStatus"] == "PENDING"
    assert by_owner["project"]["constructionUnit"]["id"] == to_global_id("Organization", owner_org.id)
    project_id = by_owner["project"]["id"]

    # the lifecycle does not start before the district approves
    contract = """
    mutation($id: ID!) { fileSafetyMeasures(input: {projectId: $id}) { __typename ... on UserError { code } } }"""
    assert (await owner.data(contract, {"id": project_id}))["fileSafetyMeasures"][
        "code"
    ] == "PROJECT_NOT_APPROVED"

    # a center of another district cannot see it; the project's district approves
    other_center = await _site_user(client, Role.DISTRICT_CENTER, district_id=world.district_b.id)
    hidden = await other_center.data(DECIDE_REGISTRATION, {"id": project_id, "approve": True})
    assert hidden["decideProjectRegistration"]["code"] == "PROJECT_NOT_FOUND"
    approved = await as_role("DISTRICT_CENTER").data(DECIDE_REGISTRATION, {"id": project_id, "approve": True})
    assert approved["decideProjectRegistration"]["project"]["approvalStatus"] == "APPROVED"
    again = await as_role("DISTRICT_CENTER").data(DECIDE_REGISTRATION, {"id": project_id, "approve": True})
    assert again["decideProjectRegistration"]["code"] == "NOT_PENDING"
    assert (await Project.get(code=code)).approval_status == ApprovalStatus.APPROVED


async def test_dropping_out_of_mandatory_monitoring_waits_for_the_district_and_changes_are_audited(
    client: httpx.AsyncClient, as_role, world: World
) -> None:  # type: ignore[no-untyped-def]
    project, owner = await _owned_project(client, world, "change test", investment_cny=60_000_000)
    project_id = to_global_id("Project", project.id)

    # a change that keeps the project monitored applies at once, audited with before and after
    raised = await owner.data(
        UPDATE, {"id": project_id, "input": {"attributes": {"investmentCny": 70_000_000}}}
    )
    assert raised["updateProject"]["changeRequest"] is None
    assert raised["updateProject"]["project"]["investmentCny"] == 70_000_000
    event = await AuditEvent.filter(action="project.updated", project_id=project.id).order_by("-id").first()
    assert event is not None and event.detail["changed"]["investment_cny"] == ["60000000.0", "70000000.0"]

    # dropping below every Art. 5 threshold waits for the district
    dropped = await owner.data(
        UPDATE, {"id": project_id, "input": {"attributes": {"investmentCny": 1_000_000}}}
    )
    payload = dropped["updateProject"]
    assert payload["changeRequest"]["status"] == "PENDING"
    assert payload["changeRequest"]["monitoringRequirementAfter"]["required"] is False
    assert (
        payload["project"]["investmentCny"] == 70_000_000 and payload["project"]["monitoringRequired"] is True
    )

    district = as_role("DISTRICT_CENTER")
    decided = (await district.data(DECIDE_CHANGE, {"id": payload["changeRequest"]["id"], "approve": True}))[
        "decideProjectChange"
    ]
    assert decided["changeRequest"]["status"] == "APPROVED"
    assert decided["project"] == {"investmentCny": 1_000_000, "monitoringRequired": False}
    assert await AuditEvent.filter(action="project.change_approved", project_id=project.id).exists()


PENDING_VIEW = """
query($id: ID!) {
  project(id: $id) {
    investmentCny viewerCanUpdate viewerCanApprove
    pendingChangeRequests {
      id changedAttributes requestedBy { username }
      attributesAfter { investmentCny singleBuildingAreaM2 }
      monitoringRequirementAfter { required }
    }
  }
}
"""


async def test_a_second_drop_out_waits_for_the_first_and_a_rejected_change_leaves_the_project(
    client: httpx.AsyncClient, as_role, world: World
) -> None:  # type: ignore[no-untyped-def]
    project, owner = await _owned_project(client, world, "reject test", single_building_area_m2=12_000)
    project_id = to_global_id("Project", project.id)
    small = {"singleBuildingAreaM2": 800}
    first = (await owner.data(UPDATE, {"id": project_id, "input": {"attributes": small}}))["updateProject"]
    assert first["changeRequest"]["status"] == "PENDING"
    second = (
        await owner.data(UPDATE, {"id": project_id, "input": {"attributes": {"singleBuildingAreaM2": 500}}})
    )["updateProject"]
    assert (second["code"], second["field"]) == ("CHANGE_PENDING", "input.attributes")

    seen_by_owner = (await owner.data(PENDING_VIEW, {"id": project_id}))["project"]
    assert (seen_by_owner["viewerCanUpdate"], seen_by_owner["viewerCanApprove"]) == (True, False)
    [request] = seen_by_owner["pendingChangeRequests"]
    assert request["changedAttributes"] == ["singleBuildingAreaM2"]
    assert request["attributesAfter"] == {"investmentCny": 0, "singleBuildingAreaM2": 800}
    assert request["monitoringRequirementAfter"]["required"] is False
    assert request["requestedBy"]["username"]

    district = as_role("DISTRICT_CENTER")
    assert (await district.data(PENDING_VIEW, {"id": project_id}))["project"]["viewerCanApprove"] is True
    rejected = (await district.data(DECIDE_CHANGE, {"id": request["id"], "approve": False}))[
        "decideProjectChange"
    ]
    assert rejected["changeRequest"]["status"] == "REJECTED"
    assert rejected["project"]["monitoringRequired"] is True
    assert (await Project.get(id=project.id)).single_building_area_m2 == 12_000
    assert await AuditEvent.filter(action="project.change_rejected", project_id=project.id).exists()
    assert (await owner.data(PENDING_VIEW, {"id": project_id}))["project"]["pendingChangeRequests"] == []

    # the owner cannot hand its project to another construction unit (the district can)
    other_owner = to_global_id("Organization", (await organization(OrganizationKind.CONSTRUCTION_UNIT)).id)
    handed = (await owner.data(UPDATE, {"id": project_id, "input": {"constructionUnitId": other_owner}}))[
        "updateProject"
    ]
    assert (handed["code"], handed["field"]) == ("CONSTRUCTION_UNIT_FIXED", "input.constructionUnitId")
    keep_owner = to_global_id("Organization", project.construction_unit_id)
    kept = await owner.data(UPDATE, {"id": project_id, "input": {"constructionUnitId": keep_owner}})
    assert kept["updateProject"]["__typename"] == "ProjectPayload"

    # saving the form unchanged changes and audits nothing
    audited = await AuditEvent.filter(project_id=project.id).count()
    same = (
        await owner.data(
            UPDATE,
            {
                "id": project_id,
                "input": {"name": "reject test", "attributes": {"singleBuildingAreaM2": 12_000}},
            },
        )
    )["updateProject"]
    assert same["changeRequest"] is None
    assert await AuditEvent.filter(project_id=project.id).count() == audited


async def test_two_simultaneous_drop_outs_leave_one_pending_change(
    client: httpx.AsyncClient, world: World
) -> None:
    project, owner = await _owned_project(client, world, "race test", single_building_area_m2=12_000)
    project_id = to_global_id("Project", project.id)
    answers = await asyncio.gather(
        *(
            owner.data(UPDATE, {"id": project_id, "input": {"attributes": {"singleBuildingAreaM2": area}}})
            for area in (800, 600, 500)
        )
    )
    outcomes = sorted(
        "PENDING" if a["updateProject"].get("changeRequest") else a["updateProject"]["code"] for a in answers
    )
    assert outcomes == ["CHANGE_PENDING", "CHANGE_PENDING", "PENDING"]
    assert (
        await ProjectChangeRequest.filter(project_id=project.id, status=ApprovalStatus.PENDING).count() == 1
    )
