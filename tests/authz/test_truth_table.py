"""A hand-written truth table: who may do what, inside and outside their scope.

Every expected value below was written from the regulation (../shared/seed/requirements.md,
article cited per block) and the README's role table — never computed from backend/authz. If
the policy table is wrong, this file fails; the matrix in test_matrix.py cannot, since it
derives its expectations from that same table.

Scopes in the test world: the district center and the inspector belong to district A; the
owner (CONSTRUCTION_UNIT), supervisor and contractor to project A1; the provider to the
organization monitoring A1; the integration token to district A. "in" is project A1 (district
A), "out" is project B1 (district B). The city sees both.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from backend.media.models import MediaGateway
from tests.conftest import GraphQLClient
from tests.world import World

ALLOW, DENY = True, False

# (role, operation, scope) → allowed
TRUTH_TABLE: list[tuple[str, str, str, bool]] = [
    # Art. 4, 13: city users see all districts' projects, district users their own, site parties their site.
    ("CITY_CENTER", "see project", "in", ALLOW),
    ("CITY_CENTER", "see project", "out", ALLOW),
    ("DISTRICT_CENTER", "see project", "in", ALLOW),
    ("DISTRICT_CENTER", "see project", "out", DENY),
    ("INSPECTOR", "see project", "in", ALLOW),
    ("INSPECTOR", "see project", "out", DENY),
    ("CONSTRUCTION_UNIT", "see project", "in", ALLOW),
    ("CONSTRUCTION_UNIT", "see project", "out", DENY),
    ("SUPERVISOR", "see project", "in", ALLOW),
    ("SUPERVISOR", "see project", "out", DENY),
    ("CONTRACTOR", "see project", "in", ALLOW),
    ("CONTRACTOR", "see project", "out", DENY),
    ("PROVIDER", "see project", "in", ALLOW),
    ("PROVIDER", "see project", "out", DENY),
    ("INTEGRATION", "see project", "in", ALLOW),
    ("INTEGRATION", "see project", "out", DENY),
    # Art. 4: a district is visible to the city, to its own district, and to users of a project in it.
    ("CITY_CENTER", "see district", "out", ALLOW),
    ("DISTRICT_CENTER", "see district", "in", ALLOW),
    ("DISTRICT_CENTER", "see district", "out", DENY),
    ("SUPERVISOR", "see district", "in", ALLOW),
    ("SUPERVISOR", "see district", "out", DENY),
    ("PROVIDER", "see district", "out", DENY),
    # Art. 1–3, 8, 13: every party watches live video of what it may see.
    ("CITY_CENTER", "watch live video", "out", ALLOW),
    ("DISTRICT_CENTER", "watch live video", "in", ALLOW),
    ("DISTRICT_CENTER", "watch live video", "out", DENY),
    ("SUPERVISOR", "watch live video", "in", ALLOW),
    ("SUPERVISOR", "watch live video", "out", DENY),
    ("CONTRACTOR", "watch live video", "in", ALLOW),
    ("PROVIDER", "watch live video", "in", ALLOW),
    ("INSPECTOR", "watch live video", "out", DENY),
    # Art. 8: the command centers operate site cameras; Art. 9, 12: the supervisor's monitoring room
    # operates its own; nobody else does.
    ("CITY_CENTER", "operate camera", "in", ALLOW),
    ("CITY_CENTER", "operate camera", "out", ALLOW),
    ("DISTRICT_CENTER", "operate camera", "in", ALLOW),
    ("DISTRICT_CENTER", "operate camera", "out", DENY),
    ("SUPERVISOR", "operate camera", "in", ALLOW),
    ("SUPERVISOR", "operate camera", "out", DENY),
    ("CONTRACTOR", "operate camera", "in", DENY),
    ("CONSTRUCTION_UNIT", "operate camera", "in", DENY),
    ("PROVIDER", "operate camera", "in", DENY),
    # Art. 12: only the city center may hold ("position") a camera and lock the site out.
    ("CITY_CENTER", "reserve camera", "in", ALLOW),
    ("DISTRICT_CENTER", "reserve camera", "in", DENY),
    ("SUPERVISOR", "reserve camera", "in", DENY),
    # Art. 10: the supervisor and the general contractor enter the documents; nobody else.
    ("SUPERVISOR", "upload document", "in", ALLOW),
    ("SUPERVISOR", "upload document", "out", DENY),
    ("CONTRACTOR", "upload document", "in", ALLOW),
    ("CONTRACTOR", "upload document", "out", DENY),
    ("CONSTRUCTION_UNIT", "upload document", "in", DENY),
    ("PROVIDER", "upload document", "in", DENY),
    ("CITY_CENTER", "upload document", "in", DENY),
    ("DISTRICT_CENTER", "upload document", "in", DENY),
    # Art. 10: centers browse the documents in real time; Art. 11: the owner keeps them complete.
    ("CITY_CENTER", "browse documents", "out", ALLOW),
    ("DISTRICT_CENTER", "browse documents", "in", ALLOW),
    ("DISTRICT_CENTER", "browse documents", "out", DENY),
    ("CONSTRUCTION_UNIT", "browse documents", "in", ALLOW),
    ("SUPERVISOR", "browse documents", "in", ALLOW),
    ("SUPERVISOR", "browse documents", "out", DENY),
    ("PROVIDER", "browse documents", "in", DENY),
    # Art. 10 confidentiality: the record of who read what is kept by the city.
    ("CITY_CENTER", "read document access log", "in", ALLOW),
    ("DISTRICT_CENTER", "read document access log", "in", DENY),
    ("SUPERVISOR", "read document access log", "in", DENY),
    # Art. 1–3 (attributable actions) and Art. 4, 13: the centers audit their area.
    ("CITY_CENTER", "read audit log", "out", ALLOW),
    ("DISTRICT_CENTER", "read audit log", "in", ALLOW),
    ("DISTRICT_CENTER", "read audit log", "out", DENY),
    ("SUPERVISOR", "read audit log", "in", DENY),
    ("PROVIDER", "read audit log", "in", DENY),
    # Art. 14: a center (its field inspectors included) notifies the site of a hazard.
    ("CITY_CENTER", "issue hazard notice", "out", ALLOW),
    ("DISTRICT_CENTER", "issue hazard notice", "in", ALLOW),
    ("DISTRICT_CENTER", "issue hazard notice", "out", DENY),
    ("INSPECTOR", "issue hazard notice", "in", ALLOW),
    ("SUPERVISOR", "issue hazard notice", "in", DENY),
    ("CONSTRUCTION_UNIT", "issue hazard notice", "in", DENY),
    # Art. 14: the site reports the rectification back.
    ("SUPERVISOR", "answer hazard notice", "in", ALLOW),
    ("CONTRACTOR", "answer hazard notice", "in", ALLOW),
    ("CONSTRUCTION_UNIT", "answer hazard notice", "in", ALLOW),
    ("CITY_CENTER", "answer hazard notice", "in", DENY),
    ("PROVIDER", "answer hazard notice", "in", DENY),
    # Art. 14: the center that notified reviews the rectification.
    ("DISTRICT_CENTER", "review rectification", "in", ALLOW),
    ("INSPECTOR", "review rectification", "in", ALLOW),
    ("SUPERVISOR", "review rectification", "in", DENY),
    # Art. 9: the supervisor runs the monitoring room and its duty roster.
    ("SUPERVISOR", "manage duty roster", "in", ALLOW),
    ("CONTRACTOR", "manage duty roster", "in", DENY),
    ("DISTRICT_CENTER", "manage duty roster", "in", DENY),
    # Art. 16: the provider repairs faults, the centers follow the 24 h deadline.
    ("PROVIDER", "follow fault tickets", "in", ALLOW),
    ("PROVIDER", "follow fault tickets", "out", DENY),
    ("DISTRICT_CENTER", "follow fault tickets", "in", ALLOW),
    ("CITY_CENTER", "follow fault tickets", "out", ALLOW),
    # Integrations act for a center within their grants: never beyond what centers may do.
    ("CITY_CENTER", "create integration token", "out", ALLOW),
    ("DISTRICT_CENTER", "create integration token", "in", ALLOW),
    ("DISTRICT_CENTER", "create integration token", "out", DENY),
    ("SUPERVISOR", "create integration token", "in", DENY),
    ("INTEGRATION", "upload document", "in", DENY),
    ("INTEGRATION", "operate camera", "in", DENY),
]

Probe = Callable[[GraphQLClient, httpx.AsyncClient, str, World, str], Awaitable[bool]]


def _project(world: World, scope: str) -> Any:
    return world.project_a1 if scope == "in" else world.project_b1


def _ptz_camera(world: World, scope: str) -> Any:
    return world.cameras["A1" if scope == "in" else "B1"][0]


async def _project_field(
    caller: GraphQLClient, world: World, scope: str, selection: str
) -> dict[str, Any] | None:
    body = await caller.execute(
        f"query($id: ID!) {{ project(id: $id) {{ {selection} }} }}",
        {"id": world.gid("Project", _project(world, scope).id)},
    )
    return None if body.get("errors") else body["data"]["project"]


def _viewer_can(flag: str) -> Probe:
    async def probe(
        caller: GraphQLClient, http: httpx.AsyncClient, token: str, world: World, scope: str
    ) -> bool:
        project = await _project_field(caller, world, scope, f"viewerCan {{ {flag} }}")
        return bool(project and project["viewerCan"][flag])

    return probe


async def see_project(
    caller: GraphQLClient, http: httpx.AsyncClient, token: str, world: World, scope: str
) -> bool:
    return await _project_field(caller, world, scope, "id") is not None


async def see_district(
    caller: GraphQLClient, http: httpx.AsyncClient, token: str, world: World, scope: str
) -> bool:
    district = world.district_a if scope == "in" else world.district_b
    body = await caller.execute(
        "query($id: ID!) { node(id: $id) { id } }", {"id": world.gid("District", district.id)}
    )
    return not body.get("errors") and body["data"]["node"] is not None


async def watch_live_video(
    caller: GraphQLClient, http: httpx.AsyncClient, token: str, world: World, scope: str
) -> bool:
    # The world's gateway counts as live only while it reports: make it so for this probe.
    await MediaGateway.filter(gateway_id="gw-world").update(last_seen_at=datetime.now(UTC))
    body = await caller.execute(
        "mutation($id: ID!) { startLiveView(cameraId: $id, quality: SUB) { __typename } }",
        {"id": world.gid("Camera", _ptz_camera(world, scope).id)},
    )
    return not body.get("errors") and body["data"]["startLiveView"]["__typename"] == "LiveViewSession"


async def _camera_flag(caller: GraphQLClient, world: World, scope: str, flag: str) -> bool:
    body = await caller.execute(
        f"query($id: ID!) {{ camera(id: $id) {{ {flag} }} }}",
        {"id": world.gid("Camera", _ptz_camera(world, scope).id)},
    )
    camera = None if body.get("errors") else body["data"]["camera"]
    return bool(camera and camera[flag])


async def operate_camera(
    caller: GraphQLClient, http: httpx.AsyncClient, token: str, world: World, scope: str
) -> bool:
    return await _camera_flag(caller, world, scope, "viewerCanControl")


async def reserve_camera(
    caller: GraphQLClient, http: httpx.AsyncClient, token: str, world: World, scope: str
) -> bool:
    return await _camera_flag(caller, world, scope, "viewerCanReserve")


async def upload_document(
    caller: GraphQLClient, http: httpx.AsyncClient, token: str, world: World, scope: str
) -> bool:
    response = await http.post(
        "/api/documents/upload",
        params={
            "projectId": world.gid("Project", _project(world, scope).id),
            "category": "SAFETY_INSPECTION_REMEDIATION",
            "title": f"truth-table {uuid.uuid4().hex[:8]}",
        },
        content=b"%PDF-1.4\n%%EOF\n",
        headers={"authorization": f"Bearer {token}", "x-filename": "t.pdf"},
    )
    # A refusal is 403 (role) or 404 (out of scope); anything else would be a broken probe.
    assert response.status_code in (201, 403, 404), response.text
    return response.status_code == 201


async def browse_documents(
    caller: GraphQLClient, http: httpx.AsyncClient, token: str, world: World, scope: str
) -> bool:
    body = await caller.execute(
        "query($id: ID!) { documentCompleteness(projectId: $id) { category } }",
        {"id": world.gid("Project", _project(world, scope).id)},
    )
    return not body.get("errors") and body["data"]["documentCompleteness"] is not None


async def read_access_log(
    caller: GraphQLClient, http: httpx.AsyncClient, token: str, world: World, scope: str
) -> bool:
    body = await caller.execute(
        "query($id: ID) { documentAccessLog(projectId: $id, first: 5) { totalCount } }",
        {"id": world.gid("Project", _project(world, scope).id)},
    )
    return not body.get("errors")


async def read_audit_log(
    caller: GraphQLClient, http: httpx.AsyncClient, token: str, world: World, scope: str
) -> bool:
    body = await caller.execute('{ auditEvents(first: 200, action: "test.event") { edges { node { id } } } }')
    if body.get("errors"):
        return False
    key = "A1" if scope == "in" else "B1"
    wanted = world.gid("AuditEvent", world.audit_events[key].id)
    return wanted in {edge["node"]["id"] for edge in body["data"]["auditEvents"]["edges"]}


async def create_integration_token(
    caller: GraphQLClient, http: httpx.AsyncClient, token: str, world: World, scope: str
) -> bool:
    body = await caller.execute(
        'mutation($p: ID) { createApiToken(name: "truth", operations: ["VIEW_PROJECT"], projectId: $p) { __typename } }',
        {"p": world.gid("Project", _project(world, scope).id)},
    )
    return not body.get("errors") and body["data"]["createApiToken"]["__typename"] == "ApiTokenCreated"


PROBES: dict[str, Probe] = {
    "see project": see_project,
    "see district": see_district,
    "watch live video": watch_live_video,
    "operate camera": operate_camera,
    "reserve camera": reserve_camera,
    "upload document": upload_document,
    "browse documents": browse_documents,
    "read document access log": read_access_log,
    "read audit log": read_audit_log,
    "issue hazard notice": _viewer_can("issueHazards"),
    "answer hazard notice": _viewer_can("respondHazards"),
    "review rectification": _viewer_can("reviewHazards"),
    "manage duty roster": _viewer_can("manageDuty"),
    "follow fault tickets": _viewer_can("viewFaults"),
    "create integration token": create_integration_token,
}


def test_the_table_is_big_enough_and_every_row_has_a_probe() -> None:
    assert len(TRUTH_TABLE) >= 60
    assert len({(r, o, s) for r, o, s, _ in TRUTH_TABLE}) == len(TRUTH_TABLE), "duplicate rows"
    assert {o for _, o, _, _ in TRUTH_TABLE} <= set(PROBES)
    assert {e for *_, e in TRUTH_TABLE} == {ALLOW, DENY}


@pytest.mark.parametrize(
    ("role", "operation", "scope", "expected"),
    TRUTH_TABLE,
    ids=[f"{r}-{o.replace(' ', '_')}-{s}" for r, o, s, _ in TRUTH_TABLE],
)
async def test_truth_table(
    role: str,
    operation: str,
    scope: str,
    expected: bool,
    world: World,
    client: httpx.AsyncClient,
    tokens: dict[str, str],
) -> None:
    token = tokens[role]
    allowed = await PROBES[operation](GraphQLClient(client, token), client, token, world, scope)
    assert allowed is expected, f"{role} {operation} ({scope} of scope): {'allowed' if allowed else 'denied'}"
