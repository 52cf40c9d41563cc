"""A construction unit sees the project it registered itself: pending the district's approval, after it, and
only while its organization is the project's construction unit (issue 9). The row filter (``project_scope``)
and the object decision (``in_scope``) say the same."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from backend.auth.models import User
from backend.auth.passwords import hash_password
from backend.auth.services import principal_for
from backend.authz.policy import Operation, decide, project_ref, project_scope
from backend.authz.roles import Role
from backend.graphql_core.ids import pk_of
from backend.organizations.models import Organization, OrganizationKind
from backend.projects.models import Project, ProjectChangeRequest
from tests.conftest import GraphQLClient, login
from tests.world import World

PASSWORD = "a-long-test-password"
REGISTER = """
mutation($input: RegisterProjectInput!) {
  registerProject(input: $input) {
    __typename ... on ProjectPayload { project { id approvalStatus } } ... on IntakeError { code field }
  }
}
"""
SEES = """
query($id: ID!, $name: String!) {
  project(id: $id) { id approvalStatus }
  projects(search: $name, first: 10) { edges { node { id } } }
}
"""
APPROVE = """
mutation($id: ID!) {
  decideProjectRegistration(projectId: $id, approve: true) { __typename }
}
"""


async def _construction_unit_org() -> Organization:
    return await Organization.create(
        name=f"建设单位 {uuid.uuid4().hex[:6]}",
        kind=OrganizationKind.CONSTRUCTION_UNIT,
    )


async def _owner(
    client: httpx.AsyncClient, org: Organization, project: Project
) -> tuple[User, GraphQLClient]:
    """A construction-unit account bound to a project of its own, as the district creates them."""
    user = await User.create(
        username=f"cu{uuid.uuid4().hex[:10]}",
        display_name="建设单位",
        role=Role.CONSTRUCTION_UNIT,
        password_hash=hash_password(PASSWORD),
        project_id=project.id,
        organization_id=org.id,
    )
    outcome = await login(client, user.username, PASSWORD)
    return user, GraphQLClient(client, outcome["accessToken"])


async def _sees(caller: GraphQLClient, project_id: str, name: str) -> tuple[bool, bool]:
    data = await caller.data(SEES, {"id": project_id, "name": name})
    listed = [edge["node"]["id"] for edge in data["projects"]["edges"]]
    return data["project"] is not None, project_id in listed


async def test_a_construction_unit_sees_the_project_it_registered_pending_and_approved(
    client: httpx.AsyncClient, as_role: Any, world: World
) -> None:
    org = await _construction_unit_org()
    own = await Project.create(
        code=f"OWN{uuid.uuid4().hex[:8]}",
        name="自有项目",
        district_id=world.district_a.id,
        construction_unit=org,
    )
    registrant_user, registrant = await _owner(client, org, own)
    colleague_user, colleague = await _owner(client, org, own)  # same unit, another account
    stranger_org = await _construction_unit_org()
    _, stranger = await _owner(client, stranger_org, world.project_a1)

    code = f"REG{uuid.uuid4().hex[:8]}"
    registered = (
        await registrant.data(
            REGISTER,
            {
                "input": {
                    "code": code,
                    "name": code,
                    "districtId": world.gid("District", world.district_a.id),
                    "attributes": {"singleBuildingAreaM2": 12_000},
                }
            },
        )
    )["registerProject"]
    assert registered["project"]["approvalStatus"] == "PENDING"
    project_id = registered["project"]["id"]

    assert await _sees(registrant, project_id, code) == (True, True)
    assert await _sees(colleague, project_id, code) == (False, False)
    assert await _sees(stranger, project_id, code) == (False, False)
    # the district sees it in its queue and approves; the registrant keeps seeing its project
    assert await _sees(as_role("DISTRICT_CENTER"), project_id, code) == (True, True)
    await as_role("DISTRICT_CENTER").data(APPROVE, {"id": project_id})
    assert await _sees(registrant, project_id, code) == (True, True)

    # the row filter (also through a relation) and the object decision agree
    row = await Project.get(id=pk_of(project_id, "Project"))
    change = await ProjectChangeRequest.create(project_id=row.id, changes={"investment_cny": 1.0})
    for user, expected in ((registrant_user, True), (colleague_user, False)):
        principal = principal_for(user)
        assert decide(principal, Operation.VIEW_PROJECT, project_ref(row)) is expected
        assert await Project.filter(project_scope(principal), id=row.id).exists() is expected
        of_project = ProjectChangeRequest.filter(project_scope(principal, "project__"), id=change.id)
        assert await of_project.count() == (1 if expected else 0)
        # its own (bound) project stays in scope either way
        assert decide(principal, Operation.VIEW_PROJECT, project_ref(own))
    await change.delete()

    # once the project belongs to another construction unit, registering it long ago is no claim to it
    await Project.filter(id=row.id).update(construction_unit_id=stranger_org.id)
    assert await _sees(registrant, project_id, code) == (False, False)
    row = await Project.get(id=row.id)
    assert not decide(principal_for(registrant_user), Operation.VIEW_PROJECT, project_ref(row))
