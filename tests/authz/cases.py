"""The authorization matrix: one case per GraphQL field, each run for every role on an
object inside and outside the caller's scope. The expected outcome is derived from the
policy table (``backend.authz.policy``); each case only says how to call the field and
how to read the answer as ALLOWED, HIDDEN (indistinguishable from missing) or DENIED."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from backend.authz.policy import Operation
from backend.media.models import MediaGateway
from tests.world import World


class Outcome(Enum):
    ALLOWED = "allowed"
    HIDDEN = "hidden"
    DENIED = "denied"


Body = dict[str, Any]


@dataclass(frozen=True)
class Case:
    field: str  # "Query.project", "Mutation.login", "Project.documents" …
    operation: Operation | None  # None: any authenticated caller; PUBLIC cases are listed apart
    document: str
    variables: Callable[[World, str], dict[str, Any]]  # (world, "A1"|"B1") → variables
    read: Callable[[Body, World, str], Outcome]
    prepare: Callable[[World], Awaitable[None]] | None = None
    object_less: bool = False  # the field names no object: out-of-scope runs are skipped


def error_code(body: Body) -> str | None:
    errors = body.get("errors") or []
    return errors[0].get("extensions", {}).get("code") if errors else None


def denied_or(body: Body, read_data: Callable[[Body], Outcome]) -> Outcome:
    code = error_code(body)
    if code == "FORBIDDEN":
        return Outcome.DENIED
    assert code is None, body
    return read_data(body["data"])


def node_or_null(path: str) -> Callable[[Body, World, str], Outcome]:
    def read(body: Body, world: World, key: str) -> Outcome:
        return denied_or(body, lambda data: Outcome.ALLOWED if data[path] is not None else Outcome.HIDDEN)

    return read


def no_vars(world: World, key: str) -> dict[str, Any]:
    return {}


def project_id(world: World, key: str) -> dict[str, Any]:
    project = world.project_a1 if key == "A1" else world.project_b1
    return {"id": world.gid("Project", project.id)}


def camera_id(world: World, key: str) -> dict[str, Any]:
    return {"id": world.gid("Camera", world.cameras[key][0].id)}


def district_id(world: World, key: str) -> dict[str, Any]:
    district = world.district_a if key == "A1" else world.district_b
    return {"id": world.gid("District", district.id)}


def object_less_read(path: str) -> Callable[[Body, World, str], Outcome]:
    def read(body: Body, world: World, key: str) -> Outcome:
        return denied_or(body, lambda data: Outcome.ALLOWED if data[path] is not None else Outcome.HIDDEN)

    return read


def collect(value: Any, path: list[str]) -> list[Any]:
    """All values at ``path``, walking through lists (connections' edges)."""
    if isinstance(value, list):
        return [found for item in value for found in collect(item, path)]
    if not path:
        return [value]
    return collect(value[path[0]], path[1:])


def list_contains(path: list[str], wanted: Callable[[World, str], str]) -> Callable[[Body, World, str], Outcome]:
    def read(body: Body, world: World, key: str) -> Outcome:
        return denied_or(
            body, lambda data: Outcome.ALLOWED if wanted(world, key) in collect(data, path) else Outcome.HIDDEN
        )

    return read


def typename_read(success: str, hidden_codes: set[str]) -> Callable[[Body, World, str], Outcome]:
    def read(body: Body, world: World, key: str) -> Outcome:
        def inspect(data: Body) -> Outcome:
            result = next(iter(data.values()))
            if result["__typename"] == success:
                return Outcome.ALLOWED
            assert result.get("code") in hidden_codes, result
            return Outcome.HIDDEN

        return denied_or(body, inspect)

    return read


async def fresh_gateway(world: World) -> None:
    await MediaGateway.filter(gateway_id="gw-world").update(last_seen_at=datetime.now(UTC))


def _project_key_gid(world: World, key: str) -> str:
    return world.gid("Project", (world.project_a1 if key == "A1" else world.project_b1).id)


def _district_key_gid(world: World, key: str) -> str:
    return world.gid("District", (world.district_a if key == "A1" else world.district_b).id)


CASES: list[Case] = [
    Case("Query.me", None, "{ me { id } }", no_vars, object_less_read("me"), object_less=True),
    Case("Query.city", Operation.VIEW_PROJECT, "{ city { name } }", no_vars, object_less_read("city"), object_less=True),
    Case(
        "Query.overview",
        Operation.VIEW_PROJECT,
        "{ overview { projectCount } }",
        no_vars,
        object_less_read("overview"),
        object_less=True,
    ),
    Case(
        "Query.monitoringRequirement",
        Operation.VIEW_PROJECT,
        "{ monitoringRequirement(input: {governmentInvested: true}) { required } }",
        no_vars,
        object_less_read("monitoringRequirement"),
        object_less=True,
    ),
    Case("Query.districts", Operation.VIEW_PROJECT, "{ districts { id } }", no_vars, list_contains(["districts", "id"], _district_key_gid)),
    Case("Query.district", Operation.VIEW_PROJECT, "query($id: ID!) { district(id: $id) { id } }", district_id, node_or_null("district")),
    Case(
        "Query.projects",
        Operation.VIEW_PROJECT,
        "{ projects(first: 200) { edges { node { id } } } }",
        no_vars,
        list_contains(["projects", "edges", "node", "id"], _project_key_gid),
    ),
    Case("Query.project", Operation.VIEW_PROJECT, "query($id: ID!) { project(id: $id) { id } }", project_id, node_or_null("project")),
    Case("Query.camera", Operation.VIEW_CAMERA, "query($id: ID!) { camera(id: $id) { id } }", camera_id, node_or_null("camera")),
    Case("Query.node", Operation.VIEW_PROJECT, "query($id: ID!) { node(id: $id) { id } }", project_id, node_or_null("node")),
    Case(
        "Query.alerts",
        Operation.VIEW_ALERTS,
        "{ alerts(first: 200) { edges { node { id } } } }",
        no_vars,
        list_contains(["alerts", "edges", "node", "id"], lambda w, k: w.gid("Alert", w.alerts[k].id)),
    ),
    Case(
        "Query.auditEvents",
        Operation.VIEW_AUDIT_LOG,
        '{ auditEvents(first: 200, action: "test.event") { edges { node { id } } } }',
        no_vars,
        list_contains(["auditEvents", "edges", "node", "id"], lambda w, k: w.gid("AuditEvent", w.audit_events[k].id)),
    ),
    Case(
        "Project.documents",
        Operation.VIEW_DOCUMENT,
        "query($id: ID!) { project(id: $id) { documents { id } } }",
        project_id,
        lambda body, world, key: denied_or(
            body,
            lambda data: Outcome.HIDDEN
            if data["project"] is None
            else (Outcome.ALLOWED if data["project"]["documents"] else Outcome.DENIED),
        ),
    ),
    Case(
        "Camera.mainStreamUrl",
        Operation.VIEW_STREAM_URLS,
        "query($id: ID!) { camera(id: $id) { mainStreamUrl } }",
        camera_id,
        lambda body, world, key: denied_or(
            body,
            lambda data: Outcome.HIDDEN
            if data["camera"] is None
            else (Outcome.ALLOWED if data["camera"]["mainStreamUrl"] else Outcome.DENIED),
        ),
    ),
    Case(
        "Mutation.createApiToken",
        Operation.MANAGE_API_TOKENS,
        'mutation($id: ID!) { createApiToken(name: "matrix", operations: ["VIEW_PROJECT"], projectId: $id) '
        "{ __typename ... on UserError { code } } }",
        lambda world, key: {"id": _project_key_gid(world, key)},
        typename_read("ApiTokenCreated", {"INVALID_API_TOKEN_REQUEST"}),
    ),
    Case(
        "Mutation.startLiveView",
        Operation.LIVE_VIEW,
        "mutation($id: ID!) { startLiveView(cameraId: $id) { __typename ... on UserError { code } } }",
        camera_id,
        typename_read("LiveViewSession", {"CAMERA_NOT_FOUND"}),
        prepare=fresh_gateway,
    ),
]

# Fields open to anonymous callers on purpose, and logout (it ends the caller's session):
# tested in tests/api/test_auth.py.
PUBLIC_FIELDS = {"Mutation.login", "Mutation.refreshToken"}
SESSION_FIELDS = {"Mutation.logout"}
# Subscriptions are exercised over WebSocket in their own tests (scope filtering before each yield).
SUBSCRIPTION_TESTS = {"Subscription.alerts": "tests/api/test_alerts_subscription.py"}
