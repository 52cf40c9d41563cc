"""Authorization matrix cases for the intake fields (issue 9). Rule refusals after the access check read
as ALLOWED; "not found" (outside the caller's scope) as HIDDEN; see tests/authz/cases.py."""

from __future__ import annotations

import uuid
from typing import Any

from backend.auth.models import User
from backend.authz.policy import Operation
from backend.authz.roles import Role
from backend.cameras.models import CameraRemoval
from backend.media.gateways import register_gateway
from backend.organizations.models import Organization
from backend.projects.models import ApprovalStatus, Project, ProjectChangeRequest
from tests.authz.cases import (
    Body,
    Case,
    Outcome,
    camera_id,
    denied_or,
    no_vars,
    node_or_null,
    object_less_read,
    project_id,
    workflow_read,
)
from tests.intake.support import credit_code
from tests.world import World

_RESULT = "{ __typename ... on UserError { code } }"
_IDS: dict[str, dict[str, int]] = {}


def _projects(world: World) -> dict[str, Project]:
    return {"A1": world.project_a1, "B1": world.project_b1}


def _prepared(name: str):  # type: ignore[no-untyped-def]
    def variables(world: World, key: str) -> dict[str, Any]:
        type_name, pk = _IDS[name][key]  # type: ignore[misc]
        return {"id": world.gid(type_name, pk)}

    return variables


def _keep(name: str, key: str, type_name: str, pk: int) -> None:
    _IDS.setdefault(name, {})[key] = (type_name, pk)  # type: ignore[assignment]


async def pending_projects(world: World) -> None:
    for key, project in _projects(world).items():
        copy = await Project.create(
            code=f"P{uuid.uuid4().hex[:12]}",
            name="pending",
            district_id=project.district_id,
            approval_status=ApprovalStatus.PENDING,
            construction_unit_id=project.construction_unit_id,
            supervisor_id=project.supervisor_id,
            contractor_id=project.contractor_id,
            provider_id=project.provider_id,
        )
        _keep("pending", key, "Project", copy.id)


async def change_requests(world: World) -> None:
    for key, project in _projects(world).items():
        request = await ProjectChangeRequest.create(project_id=project.id, changes={"investment_cny": 1.0})
        _keep("change", key, "ProjectChangeRequest", request.id)


async def removals(world: World) -> None:
    for key in ("A1", "B1"):
        camera = world.cameras[key][1]
        removal = await CameraRemoval.create(
            camera_id=camera.id, project_id=camera.project_id, reason="matrix"
        )
        _keep("removal", key, "CameraRemoval", removal.id)


async def site_accounts(world: World) -> None:
    for key, project in _projects(world).items():
        user = await User.create(
            username=f"matrix-{uuid.uuid4().hex[:10]}",
            display_name="matrix",
            role=Role.SUPERVISOR,
            project_id=project.id,
            organization_id=project.supervisor_id,
        )
        _keep("account", key, "User", user.id)


async def a_gateway(world: World) -> None:
    gateway, _ = await register_gateway(None, f"gw-matrix-{uuid.uuid4().hex[:8]}", [world.district_a.id])
    _keep("gateway", "A1", "MediaGateway", gateway.id)


async def an_organization(world: World) -> None:
    org = await Organization.get(id=world.project_a1.supervisor_id)
    _keep("organization", "A1", "Organization", org.id)


def _contains(path: list[str], name: str):  # type: ignore[no-untyped-def]
    from tests.authz.cases import collect

    def read(body: Body, world: World, key: str) -> Outcome:
        type_name, pk = _IDS[name][key]  # type: ignore[misc]
        wanted = world.gid(type_name, pk)
        return denied_or(
            body, lambda data: Outcome.ALLOWED if wanted in collect(data, path) else Outcome.HIDDEN
        )

    return read


def _any_result(body: Body, world: World, key: str) -> Outcome:
    return denied_or(body, lambda data: Outcome.ALLOWED)


def _district_project(world: World, key: str) -> dict[str, Any]:
    project = _projects(world)[key]
    return {
        "district": world.gid("District", project.district_id),
        "supervisor": world.gid("Organization", project.supervisor_id or 0),
        "project": world.gid("Project", project.id),
        "username": f"m{uuid.uuid4().hex[:12]}",
    }


INTAKE_CASES: list[Case] = [
    Case(
        "Query.adminAccess",
        None,
        "{ adminAccess { organizations gateways import manageableRoles } }",
        no_vars,
        object_less_read("adminAccess"),
        object_less=True,
    ),
    Case(
        "Query.organizations",
        Operation.VIEW_ORGANIZATIONS,
        "{ organizations(first: 5) { totalCount } }",
        no_vars,
        object_less_read("organizations"),
        object_less=True,
    ),
    Case(
        "Query.organization",
        Operation.VIEW_ORGANIZATIONS,
        "query($id: ID!) { organization(id: $id) { id creditCode qualificationExpired } }",
        _prepared("organization"),
        node_or_null("organization"),
        prepare=an_organization,
        object_less=True,
    ),
    Case(
        "Mutation.createOrganization",
        Operation.MANAGE_ORGANIZATIONS,
        "mutation($name: String!, $code: String!) { createOrganization(input: {name: $name, kind: SUPERVISOR, "
        f"creditCode: $code}}) {_RESULT} }}",
        lambda world, key: {"name": f"matrix {uuid.uuid4().hex[:8]}", "code": credit_code()},
        workflow_read("OrganizationPayload", set()),
        object_less=True,
    ),
    Case(
        "Mutation.updateOrganization",
        Operation.MANAGE_ORGANIZATIONS,
        'mutation($id: ID!) { updateOrganization(id: $id, input: {name: "x", kind: SUPERVISOR, creditCode: "bad"}) '
        f"{_RESULT} }}",
        _prepared("organization"),
        workflow_read("OrganizationPayload", {"ORGANIZATION_NOT_FOUND"}),
        prepare=an_organization,
        object_less=True,
    ),
    Case(
        "Mutation.registerProject",
        Operation.REGISTER_PROJECT,
        'mutation($code: String!, $district: ID!) { registerProject(input: {code: $code, name: "matrix", '
        f"districtId: $district}}) {_RESULT} }}",
        lambda world, key: {
            "code": f"M{uuid.uuid4().hex[:12]}",
            "district": world.gid("District", world.district_a.id),
        },
        workflow_read("ProjectPayload", {"DISTRICT_NOT_FOUND"}),
        object_less=True,
    ),
    Case(
        "Mutation.decideProjectRegistration",
        Operation.APPROVE_PROJECT,
        f"mutation($id: ID!) {{ decideProjectRegistration(projectId: $id, approve: false) {_RESULT} }}",
        _prepared("pending"),
        workflow_read("ProjectPayload", {"PROJECT_NOT_FOUND"}),
        prepare=pending_projects,
    ),
    Case(
        "Mutation.updateProject",
        Operation.UPDATE_PROJECT,
        f'mutation($id: ID!) {{ updateProject(id: $id, input: {{address: "matrix road"}}) {_RESULT} }}',
        project_id,
        workflow_read("ProjectPayload", {"PROJECT_NOT_FOUND"}),
    ),
    Case(
        "Mutation.decideProjectChange",
        Operation.APPROVE_PROJECT,
        f"mutation($id: ID!) {{ decideProjectChange(requestId: $id, approve: false) {_RESULT} }}",
        _prepared("change"),
        workflow_read("ProjectPayload", {"CHANGE_REQUEST_NOT_FOUND"}),
        prepare=change_requests,
    ),
    Case(
        "Query.projectChangeRequests",
        Operation.VIEW_PROJECT,
        "{ projectChangeRequests(status: null, first: 200) { edges { node { id } } } }",
        no_vars,
        _contains(["projectChangeRequests", "edges", "node", "id"], "change"),
        prepare=change_requests,
    ),
    Case(
        "Mutation.addCamera",
        Operation.MANAGE_CAMERAS,
        'mutation($id: ID!) { addCamera(projectId: $id, input: {name: "matrix", mainStreamUrl: "ftp://x"}) '
        f"{_RESULT} }}",
        project_id,
        workflow_read("CameraPayload", {"PROJECT_NOT_FOUND"}),
    ),
    Case(
        "Mutation.updateCamera",
        Operation.MANAGE_CAMERAS,
        'mutation($id: ID!) { updateCamera(id: $id, input: {name: "matrix", mainStreamUrl: "ftp://x"}) '
        f"{_RESULT} }}",
        camera_id,
        workflow_read("CameraPayload", {"CAMERA_NOT_FOUND"}),
    ),
    Case(
        "Mutation.testCameraConnection",
        Operation.MANAGE_CAMERAS,
        'mutation($id: ID!) { testCameraConnection(input: {cameraId: $id, mainStreamUrl: "ftp://x"}) '
        f"{_RESULT} }}",
        camera_id,
        workflow_read("CameraProbeResult", {"CAMERA_NOT_FOUND"}),
    ),
    Case(
        "Mutation.requestCameraRemoval",
        Operation.MANAGE_CAMERAS,
        f'mutation($id: ID!) {{ requestCameraRemoval(cameraId: $id, reason: "") {_RESULT} }}',
        camera_id,
        workflow_read("CameraRemovalPayload", {"CAMERA_NOT_FOUND"}),
    ),
    Case(
        "Mutation.decideCameraRemoval",
        Operation.APPROVE_CAMERA_REMOVAL,
        f"mutation($id: ID!) {{ decideCameraRemoval(removalId: $id, approve: false) {_RESULT} }}",
        _prepared("removal"),
        workflow_read("CameraRemovalPayload", {"REMOVAL_NOT_FOUND"}),
        prepare=removals,
    ),
    Case(
        "Query.cameraRemovals",
        Operation.VIEW_CAMERA,
        "{ cameraRemovals(status: null, first: 200) { edges { node { id } } } }",
        no_vars,
        _contains(["cameraRemovals", "edges", "node", "id"], "removal"),
        prepare=removals,
    ),
    Case(
        "Query.gateways",
        Operation.MANAGE_GATEWAYS,
        "{ gateways { gatewayId online allDistricts } }",
        no_vars,
        object_less_read("gateways"),
        object_less=True,
    ),
    Case(
        "Mutation.registerGateway",
        Operation.MANAGE_GATEWAYS,
        f"mutation($gw: String!) {{ registerGateway(input: {{gatewayId: $gw, districtIds: []}}) {_RESULT} }}",
        lambda world, key: {"gw": f"gw-m-{uuid.uuid4().hex[:8]}"},
        workflow_read("GatewayCredentialPayload", set()),
        object_less=True,
    ),
    Case(
        "Mutation.assignGatewayDistricts",
        Operation.MANAGE_GATEWAYS,
        f"mutation($id: ID!) {{ assignGatewayDistricts(id: $id, districtIds: [], allDistricts: true) {_RESULT} }}",
        _prepared("gateway"),
        workflow_read("GatewayPayload", set()),
        prepare=a_gateway,
        object_less=True,
    ),
    Case(
        "Mutation.rotateGatewayCredential",
        Operation.MANAGE_GATEWAYS,
        f"mutation($id: ID!) {{ rotateGatewayCredential(id: $id) {_RESULT} }}",
        _prepared("gateway"),
        workflow_read("GatewayCredentialPayload", set()),
        prepare=a_gateway,
        object_less=True,
    ),
    Case(
        "Mutation.setGatewayActive",
        Operation.MANAGE_GATEWAYS,
        f"mutation($id: ID!) {{ setGatewayActive(id: $id, active: true) {_RESULT} }}",
        _prepared("gateway"),
        workflow_read("GatewayPayload", set()),
        prepare=a_gateway,
        object_less=True,
    ),
    Case(
        "Query.accounts",
        Operation.MANAGE_ACCOUNTS,
        '{ accounts(first: 200, search: "matrix-") { edges { node { id } } } }',
        no_vars,
        _contains(["accounts", "edges", "node", "id"], "account"),
        prepare=site_accounts,
    ),
    Case(
        "Mutation.createAccount",
        Operation.MANAGE_ACCOUNTS,
        "mutation($username: String!, $project: ID!, $supervisor: ID!) { createAccount(input: {username: "
        '$username, displayName: "matrix", role: SUPERVISOR, initialPassword: "matrix-pass-phrase-1", '
        f"projectId: $project, organizationId: $supervisor}}) {_RESULT} }}",
        _district_project,
        workflow_read("AccountPayload", {"PROJECT_NOT_FOUND"}),
    ),
    Case(
        "Mutation.resetAccountPassword",
        Operation.MANAGE_ACCOUNTS,
        f'mutation($id: ID!) {{ resetAccountPassword(userId: $id, newPassword: "matrix-reset-phrase-2") {_RESULT} }}',
        _prepared("account"),
        workflow_read("AccountPayload", {"ACCOUNT_NOT_FOUND"}),
        prepare=site_accounts,
    ),
    Case(
        "Mutation.setAccountActive",
        Operation.MANAGE_ACCOUNTS,
        f"mutation($id: ID!) {{ setAccountActive(userId: $id, active: false) {_RESULT} }}",
        _prepared("account"),
        workflow_read("AccountPayload", {"ACCOUNT_NOT_FOUND"}),
        prepare=site_accounts,
    ),
    Case(
        "Mutation.importIntake",
        Operation.IMPORT_INTAKE,
        f'mutation {{ importIntake(input: {{uploadId: "0123456789abcdef0123456789abcdef"}}) {_RESULT} }}',
        no_vars,
        workflow_read("ImportReport", set()),
        object_less=True,
    ),
    # Any authenticated caller changes its own password (here refused: the current password is wrong).
    Case(
        "Mutation.changePassword",
        None,
        f'mutation {{ changePassword(currentPassword: "wrong", newPassword: "x") {_RESULT} }}',
        no_vars,
        _any_result,
        object_less=True,
    ),
]
