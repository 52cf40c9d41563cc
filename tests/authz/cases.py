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
from backend.cameras.models import Camera
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


def list_contains(
    path: list[str], wanted: Callable[[World, str], str]
) -> Callable[[Body, World, str], Outcome]:
    def read(body: Body, world: World, key: str) -> Outcome:
        return denied_or(
            body,
            lambda data: Outcome.ALLOWED if wanted(world, key) in collect(data, path) else Outcome.HIDDEN,
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


async def enrolled_devices(world: World) -> None:
    for key in ("A1", "B1"):
        await Camera.filter(id=world.cameras[key][0].id, device_enrolled_at=None).update(
            device_serial=f"SIM-{key}", device_enrolled_at=datetime.now(UTC)
        )


def _project_key_gid(world: World, key: str) -> str:
    return world.gid("Project", (world.project_a1 if key == "A1" else world.project_b1).id)


def _district_key_gid(world: World, key: str) -> str:
    return world.gid("District", (world.district_a if key == "A1" else world.district_b).id)


CASES: list[Case] = [
    Case("Query.me", None, "{ me { id } }", no_vars, object_less_read("me"), object_less=True),
    Case(
        "Query.city",
        Operation.VIEW_PROJECT,
        "{ city { name } }",
        no_vars,
        object_less_read("city"),
        object_less=True,
    ),
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
    Case(
        "Query.districts",
        Operation.VIEW_PROJECT,
        "{ districts { id } }",
        no_vars,
        list_contains(["districts", "id"], _district_key_gid),
    ),
    Case(
        "Query.district",
        Operation.VIEW_PROJECT,
        "query($id: ID!) { district(id: $id) { id } }",
        district_id,
        node_or_null("district"),
    ),
    Case(
        "Query.projects",
        Operation.VIEW_PROJECT,
        "{ projects(first: 200) { edges { node { id } } } }",
        no_vars,
        list_contains(["projects", "edges", "node", "id"], _project_key_gid),
    ),
    Case(
        "Query.project",
        Operation.VIEW_PROJECT,
        "query($id: ID!) { project(id: $id) { id } }",
        project_id,
        node_or_null("project"),
    ),
    Case(
        "Query.camera",
        Operation.VIEW_CAMERA,
        "query($id: ID!) { camera(id: $id) { id } }",
        camera_id,
        node_or_null("camera"),
    ),
    Case(
        "Query.node",
        Operation.VIEW_PROJECT,
        "query($id: ID!) { node(id: $id) { id } }",
        project_id,
        node_or_null("node"),
    ),
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
        list_contains(
            ["auditEvents", "edges", "node", "id"], lambda w, k: w.gid("AuditEvent", w.audit_events[k].id)
        ),
    ),
    Case(
        "Project.documents",
        Operation.VIEW_DOCUMENT,
        "query($id: ID!) { project(id: $id) { documents { id } } }",
        project_id,
        lambda body, world, key: denied_or(
            body,
            lambda data: (
                Outcome.HIDDEN
                if data["project"] is None
                else (Outcome.ALLOWED if data["project"]["documents"] else Outcome.DENIED)
            ),
        ),
    ),
    Case(
        "Camera.mainStreamUrl",
        Operation.VIEW_STREAM_URLS,
        "query($id: ID!) { camera(id: $id) { mainStreamUrl } }",
        camera_id,
        lambda body, world, key: denied_or(
            body,
            lambda data: (
                Outcome.HIDDEN
                if data["camera"] is None
                else (Outcome.ALLOWED if data["camera"]["mainStreamUrl"] else Outcome.DENIED)
            ),
        ),
    ),
    Case(
        "Camera.enrolledDevice",
        Operation.VIEW_FAULT_TICKETS,
        "query($id: ID!) { camera(id: $id) { enrolledDevice { serial } } }",
        camera_id,
        lambda body, world, key: denied_or(
            body,
            lambda data: (
                Outcome.HIDDEN
                if data["camera"] is None
                else (Outcome.ALLOWED if data["camera"]["enrolledDevice"] else Outcome.DENIED)
            ),
        ),
        prepare=enrolled_devices,
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
SUBSCRIPTION_TESTS = {
    "Subscription.alerts": "tests/api/test_alerts_subscription.py",
    "Subscription.cameraStatus": "tests/api/test_camera_status_subscription.py",
}


# --- Issue 5: regulatory workflows ---------------------------------------------------------------
# Mutations answer a typed error when a rule (not the caller's rights) refuses them: that still
# proves the caller was let through, so a rule refusal reads as ALLOWED; "not found" reads as HIDDEN.
# ``prepare`` hooks create the objects each call needs, in the state that call expects.

from datetime import timedelta  # noqa: E402

from backend.faults.models import FaultTicket  # noqa: E402
from backend.hazards.models import HazardKind, HazardNotice, HazardSeverity, HazardStatus  # noqa: E402
from backend.projects.models import Project, ProjectStatus  # noqa: E402

_PREPARED: dict[str, dict[str, int]] = {}


def workflow_read(success: str, hidden_codes: set[str]) -> Callable[[Body, World, str], Outcome]:
    def read(body: Body, world: World, key: str) -> Outcome:
        def inspect(data: Body) -> Outcome:
            result = next(iter(data.values()))
            if result["__typename"] == success:
                return Outcome.ALLOWED
            return Outcome.HIDDEN if result.get("code") in hidden_codes else Outcome.ALLOWED

        return denied_or(body, inspect)

    return read


def _world_projects(world: World) -> dict[str, Project]:
    return {"A1": world.project_a1, "B1": world.project_b1}


async def reset_construction(world: World) -> None:
    await Project.filter(id__in=[world.project_a1.id, world.project_b1.id]).update(
        status=ProjectStatus.UNDER_CONSTRUCTION
    )


def notices_in(status: HazardStatus) -> Callable[[World], Awaitable[None]]:
    async def prepare(world: World) -> None:
        for key, project in _world_projects(world).items():
            notice = await HazardNotice.create(
                project_id=project.id,
                kind=HazardKind.RECTIFY,
                severity=HazardSeverity.LOW,
                description="matrix",
                deadline=datetime.now(UTC) + timedelta(days=1),
                issuer_level="CITY",
                status=status,
            )
            _PREPARED.setdefault(status.value, {})[key] = notice.id

    return prepare


def notice_id(status: HazardStatus) -> Callable[[World, str], dict[str, Any]]:
    return lambda world, key: {"id": world.gid("HazardNotice", _PREPARED[status.value][key])}


async def fault_tickets(world: World) -> None:
    for key in ("A1", "B1"):
        camera = world.cameras[key][0]
        ticket = await FaultTicket.filter(camera_id=camera.id).first()
        if ticket is None:
            now = datetime.now(UTC)
            ticket = await FaultTicket.create(
                camera_id=camera.id,
                project_id=camera.project_id,
                opened_at=now,
                deadline=now + timedelta(hours=24),
            )
        _PREPARED.setdefault("fault", {})[key] = ticket.id


_LIFECYCLE_RESULT = "{ __typename ... on UserError { code } }"
_PROJECT_HIDDEN = {"PROJECT_NOT_FOUND"}


def lifecycle_case(field: str, operation: Operation) -> Case:
    return Case(
        f"Mutation.{field}",
        operation,
        f'mutation($id: ID!) {{ {field}(input: {{projectId: $id, note: "matrix"}}) {_LIFECYCLE_RESULT} }}',
        project_id,
        workflow_read("ProjectLifecyclePayload", _PROJECT_HIDDEN),
        prepare=reset_construction,
    )


CASES += [
    Case(
        "Query.projectLifecycle",
        Operation.VIEW_PROJECT,
        "query($id: ID!) { projectLifecycle(projectId: $id) { status nextActions { action allowed } } }",
        project_id,
        node_or_null("projectLifecycle"),
    ),
    Case(
        "Query.documentCompleteness",
        Operation.VIEW_DOCUMENT,
        "query($id: ID!) { documentCompleteness(projectId: $id) { category status } }",
        project_id,
        node_or_null("documentCompleteness"),
    ),
    Case(
        "Query.document",
        Operation.VIEW_DOCUMENT,
        "query($id: ID!) { document(id: $id) { id } }",
        lambda world, key: {"id": world.gid("Document", world.documents[key].id)},
        node_or_null("document"),
    ),
    Case(
        "Query.documentAccessLog",
        Operation.VIEW_DOCUMENT_ACCESS_LOG,
        "{ documentAccessLog(first: 5) { totalCount } }",
        no_vars,
        object_less_read("documentAccessLog"),
        object_less=True,
    ),
    Case(
        "Query.hazardNotices",
        Operation.VIEW_HAZARD_NOTICES,
        "{ hazardNotices(first: 200) { edges { node { id } } } }",
        no_vars,
        list_contains(
            ["hazardNotices", "edges", "node", "id"],
            lambda w, k: w.gid("HazardNotice", _PREPARED["CLOSED"][k]),
        ),
        prepare=notices_in(HazardStatus.CLOSED),
    ),
    Case(
        "Query.hazardNotice",
        Operation.VIEW_HAZARD_NOTICES,
        "query($id: ID!) { hazardNotice(id: $id) { id entries { kind } } }",
        notice_id(HazardStatus.CLOSED),
        node_or_null("hazardNotice"),
        prepare=notices_in(HazardStatus.CLOSED),
    ),
    Case(
        "Query.faultTickets",
        Operation.VIEW_FAULT_TICKETS,
        "{ faultTickets(first: 200) { edges { node { id } } } }",
        no_vars,
        list_contains(
            ["faultTickets", "edges", "node", "id"], lambda w, k: w.gid("FaultTicket", _PREPARED["fault"][k])
        ),
        prepare=fault_tickets,
    ),
    Case(
        "Query.dutyRoster",
        Operation.VIEW_DUTY_ROSTER,
        "query($id: ID!) { dutyRoster(projectId: $id) { attended shifts { id } } }",
        project_id,
        node_or_null("dutyRoster"),
    ),
    Case(
        "Mutation.acknowledgeAlert",
        Operation.ACKNOWLEDGE_ALERT,
        "mutation($id: ID!) { acknowledgeAlert(id: $id) { __typename ... on UserError { code } } }",
        lambda w, k: {"id": w.gid("Alert", w.alerts[k].id)},
        workflow_read("AlertAcknowledged", {"ALERT_NOT_FOUND"}),
    ),
    Case(
        "Mutation.recordMonitoringContract",
        Operation.RECORD_CONTRACT,
        'mutation($id: ID!) { recordMonitoringContract(input: {projectId: $id, providerName: "P", '
        f'qualificationNumber: "Q", feePayer: CONSTRUCTION_UNIT}}) {_LIFECYCLE_RESULT} }}',
        project_id,
        workflow_read("ProjectLifecyclePayload", _PROJECT_HIDDEN),
        prepare=reset_construction,
    ),
    lifecycle_case("fileSafetyMeasures", Operation.FILE_SAFETY_MEASURES),
    lifecycle_case("registerMonitoring", Operation.REGISTER_MONITORING),
    lifecycle_case("grantConstructionPermit", Operation.GRANT_CONSTRUCTION_PERMIT),
    lifecycle_case("startConstruction", Operation.START_CONSTRUCTION),
    lifecycle_case("completeConstruction", Operation.COMPLETE_CONSTRUCTION),
    lifecycle_case("confirmEquipmentRemoval", Operation.REMOVE_EQUIPMENT),
    lifecycle_case("deregisterProject", Operation.DEREGISTER_PROJECT),
    Case(
        "Mutation.recordUnpermittedStart",
        Operation.RECORD_UNPERMITTED_START,
        "mutation($id: ID!) { recordUnpermittedStart(input: {projectId: $id}) "
        "{ __typename ... on UserError { code } } }",
        project_id,
        workflow_read("HazardNoticePayload", _PROJECT_HIDDEN),
        prepare=reset_construction,
    ),
    Case(
        "Mutation.issueHazardNotice",
        Operation.ISSUE_HAZARD_NOTICE,
        "mutation($id: ID!, $deadline: DateTime!) { issueHazardNotice(input: {projectId: $id, kind: RECTIFY, "
        'severity: LOW, description: "matrix", deadline: $deadline}) { __typename ... on UserError { code } } }',
        lambda w, k: {**project_id(w, k), "deadline": (datetime.now(UTC) + timedelta(days=1)).isoformat()},
        workflow_read("HazardNoticePayload", _PROJECT_HIDDEN),
    ),
    Case(
        "Mutation.acknowledgeHazardNotice",
        Operation.RESPOND_HAZARD_NOTICE,
        "mutation($id: ID!) { acknowledgeHazardNotice(id: $id) { __typename ... on UserError { code } } }",
        notice_id(HazardStatus.OPEN),
        workflow_read("HazardNoticePayload", {"HAZARD_NOTICE_NOT_FOUND"}),
        prepare=notices_in(HazardStatus.OPEN),
    ),
    Case(
        "Mutation.reportRectification",
        Operation.RESPOND_HAZARD_NOTICE,
        'mutation($id: ID!) { reportRectification(input: {noticeId: $id, text: "fixed"}) '
        "{ __typename ... on UserError { code } } }",
        notice_id(HazardStatus.ACKNOWLEDGED),
        workflow_read("HazardNoticePayload", {"HAZARD_NOTICE_NOT_FOUND"}),
        prepare=notices_in(HazardStatus.ACKNOWLEDGED),
    ),
    Case(
        "Mutation.reviewRectification",
        Operation.REVIEW_RECTIFICATION,
        "mutation($id: ID!) { reviewRectification(input: {noticeId: $id, accept: true}) "
        "{ __typename ... on UserError { code } } }",
        notice_id(HazardStatus.RECTIFICATION_REPORTED),
        workflow_read("HazardNoticePayload", {"HAZARD_NOTICE_NOT_FOUND"}),
        prepare=notices_in(HazardStatus.RECTIFICATION_REPORTED),
    ),
    Case(
        "Mutation.addDutyShift",
        Operation.MANAGE_DUTY_ROSTER,
        "mutation($id: ID!, $op: ID!, $s: DateTime!, $e: DateTime!) { addDutyShift(input: {projectId: $id, "
        "operatorId: $op, startsAt: $s, endsAt: $e}) { __typename ... on UserError { code } } }",
        lambda w, k: {
            **{"id": project_id(w, k)["id"]},
            "op": w.gid("User", w.principals["SUPERVISOR"].user_id),
            "s": datetime.now(UTC).isoformat(),
            "e": (datetime.now(UTC) + timedelta(hours=8)).isoformat(),
        },
        workflow_read("DutyShiftPayload", _PROJECT_HIDDEN),
    ),
    Case(
        "Mutation.dutyCheckIn",
        Operation.DUTY_CHECK_IN,
        "mutation($id: ID!) { dutyCheckIn(projectId: $id) { __typename ... on UserError { code } } }",
        project_id,
        workflow_read("DutyCheckInPayload", _PROJECT_HIDDEN),
    ),
    Case(
        "Mutation.dutyCheckOut",
        Operation.DUTY_CHECK_IN,
        "mutation($id: ID!) { dutyCheckOut(projectId: $id) { __typename ... on UserError { code } } }",
        project_id,
        workflow_read("DutyCheckInPayload", _PROJECT_HIDDEN),
    ),
]


# --- Issue 4: camera control ----------------------------------------------------------------------
# A control field that passed authorization answers its result or a typed rule refusal (CONTROL_HELD,
# NOT_CONTROLLER, PTZ_NOT_SUPPORTED …): ALLOWED. Out of scope answers CAMERA_NOT_FOUND: HIDDEN.
def control_read(body: Body, world: World, key: str) -> Outcome:
    def inspect(data: Body) -> Outcome:
        result = next(iter(data.values()))
        return Outcome.HIDDEN if result.get("code") == "CAMERA_NOT_FOUND" else Outcome.ALLOWED

    return denied_or(body, inspect)


async def district_holds_cameras(world: World) -> None:
    """A live district-center lease on each world project's PTZ camera (not the city's: no Art. 12 lock)."""
    from backend.control.leases import Lease
    from backend.control.models import CameraControlLeaseRow
    from backend.control.store import DatabaseLeaseStore

    now = datetime.now(UTC)
    holder = world.principals["DISTRICT_CENTER"]
    for key, project in (("A1", world.project_a1), ("B1", world.project_b1)):
        camera = world.cameras[key][0]
        await CameraControlLeaseRow.filter(camera_id=camera.id).delete()
        lease = Lease(
            lease_id=f"matrix{camera.id}",
            camera_id=camera.id,
            project_id=project.id,
            district_id=project.district_id,
            holder_id=holder.user_id,
            holder_username=holder.username,
            holder_display_name="",
            holder_role=holder.role.value,
            priority=200,
            acquired_at=now,
            last_command_at=now,
            expires_at=now + timedelta(seconds=60),
            reserved=False,
        )
        await DatabaseLeaseStore().compare_and_set(camera.id, None, lease)


_CONTROL_RESULT = "{ __typename ... on UserError { code } }"


def _ptz_case(field: str, arguments: str = "") -> Case:
    return Case(
        f"Mutation.{field}",
        Operation.CONTROL_CAMERA,
        f"mutation($id: ID!) {{ {field}(cameraId: $id{arguments}) {_CONTROL_RESULT} }}",
        camera_id,
        control_read,
    )


CASES += [
    Case(
        "Query.cameraControlLease",
        Operation.VIEW_CAMERA,
        "query($id: ID!) { cameraControlLease(cameraId: $id) { id } }",
        camera_id,
        node_or_null("cameraControlLease"),
        prepare=district_holds_cameras,
    ),
    Case(
        "Query.ptzPresets",
        Operation.CONTROL_CAMERA,
        f"query($id: ID!) {{ ptzPresets(cameraId: $id) {_CONTROL_RESULT} }}",
        camera_id,
        control_read,
    ),
    # Acquire and release in one document (run in order), so the matrix leaves no lease behind.
    Case(
        "Mutation.acquireCameraControl",
        Operation.CONTROL_CAMERA,
        f"mutation($id: ID!) {{ acquireCameraControl(cameraId: $id) {_CONTROL_RESULT} "
        f"release: releaseCameraControl(cameraId: $id) {_CONTROL_RESULT} }}",
        camera_id,
        control_read,
    ),
    _ptz_case("releaseCameraControl"),
    _ptz_case("ptzMove", ", pan: 0.5, tilt: 0"),
    _ptz_case("ptzStop"),
    _ptz_case("ptzAbsolute", ", pan: 0.1"),
    _ptz_case("ptzRelative", ", pan: 0.1"),
    _ptz_case("ptzGotoPreset", ', token: "1"'),
    _ptz_case("ptzSetPreset", ', name: "gate"'),
]
SUBSCRIPTION_TESTS["Subscription.cameraControl"] = "tests/control/test_subscription.py"


# Issue 11: map, inspector start page, monthly report, video-wall layouts, bulk acknowledge.
def _current_month() -> str:
    from backend.timefmt import DISPLAY_TIMEZONE

    return datetime.now(DISPLAY_TIMEZONE).strftime("%Y-%m")


# --- Issue 8: recorded footage -------------------------------------------------------------------
# exportClip on a camera without recordings answers NOTHING_RECORDED: a rule refusal, so ALLOWED.


def _timeline_vars(world: World, key: str) -> dict[str, Any]:
    return {**camera_id(world, key), "from": "2026-01-01T00:00:00Z", "to": "2026-01-01T06:00:00Z"}


def _export_read(body: Body, world: World, key: str) -> Outcome:
    def inspect(data: Body) -> Outcome:
        result = data["exportClip"]
        if result["__typename"] == "CameraNotFound":
            return Outcome.HIDDEN
        assert result["__typename"] in ("ClipExportPayload", "NothingRecorded"), result
        return Outcome.ALLOWED

    return denied_or(body, inspect)


_MATRIX_EXPORTS: dict[str, int] = {}


async def matrix_exports(world: World) -> None:
    """One finished export of each key's camera (requested by the city center)."""
    from backend.recordings.models import ClipExport, ExportState

    if _MATRIX_EXPORTS.get("db") == id(world):
        return
    requester = world.principals["CITY_CENTER"].user_id
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for key in ("A1", "B1"):
        row = await ClipExport.create(
            camera_id=world.cameras[key][0].id,
            requested_by_id=requester,
            start_at=start,
            end_at=start.replace(minute=1),
            state=ExportState.DONE,
            percent=100,
        )
        _MATRIX_EXPORTS[key] = row.id
    _MATRIX_EXPORTS["db"] = id(world)


CASES += [
    Case(
        "Query.mapConfig",
        Operation.VIEW_SITE_MAP,
        "{ mapConfig { coordinateSystem districts { district { id } } } }",
        no_vars,
        object_less_read("mapConfig"),
        object_less=True,
    ),
    Case(
        "Query.projectStates",
        Operation.VIEW_SITE_MAP,
        "{ projectStates(near: {latitude: 39.1, longitude: 117.2}) { project { id } offlineCameras } }",
        no_vars,
        list_contains(["projectStates", "project", "id"], _project_key_gid),
    ),
    Case(
        "Query.monthlyReport",
        Operation.VIEW_MONTHLY_REPORT,
        "query($id: ID!, $month: String!) { monthlyReport(month: $month, projectId: $id) { title } }",
        lambda w, k: {**project_id(w, k), "month": _current_month()},
        node_or_null("monthlyReport"),
    ),
    Case(
        "Query.wallLayouts",
        Operation.MANAGE_WALL_LAYOUTS,
        "{ wallLayouts { id name } }",
        no_vars,
        object_less_read("wallLayouts"),
        object_less=True,
    ),
    Case(
        "Mutation.setProjectLocation",
        Operation.SET_PROJECT_LOCATION,
        "mutation($id: ID!) { setProjectLocation(projectId: $id, latitude: 39.12, longitude: 117.2) "
        "{ __typename ... on UserError { code } } }",
        project_id,
        workflow_read("ProjectLocationSet", {"PROJECT_NOT_FOUND"}),
    ),
    Case(
        "Mutation.acknowledgeAlerts",
        Operation.ACKNOWLEDGE_ALERT,
        "mutation($ids: [ID!]!) { acknowledgeAlerts(ids: $ids) { __typename ... on UserError { code } } }",
        lambda w, k: {"ids": [w.gid("Alert", w.alerts[k].id)]},
        workflow_read("AlertsAcknowledged", {"ALERT_NOT_FOUND"}),
    ),
    Case(
        "Mutation.saveWallLayout",
        Operation.MANAGE_WALL_LAYOUTS,
        'mutation($id: ID!) { saveWallLayout(input: {name: "matrix", split: "4", cameraIds: [$id]}) '
        "{ __typename ... on UserError { code } } }",
        camera_id,
        workflow_read("WallLayoutSaved", {"CAMERA_NOT_FOUND"}),
    ),
    Case(
        "Mutation.deleteWallLayout",
        Operation.MANAGE_WALL_LAYOUTS,
        'mutation { deleteWallLayout(id: "V2FsbExheW91dDo5OTk5OTk") { __typename ... on UserError { code } } }',
        no_vars,
        workflow_read("WallLayoutDeleted", set()),
        object_less=True,
    ),
]

CASES += [
    Case(
        "Query.recordingTimeline",
        Operation.VIEW_RECORDINGS,
        "query($id: ID!, $from: DateTime!, $to: DateTime!) "
        "{ recordingTimeline(cameraId: $id, from: $from, to: $to) { cameraId } }",
        _timeline_vars,
        node_or_null("recordingTimeline"),
    ),
    Case(
        "Mutation.startPlayback",
        Operation.VIEW_RECORDINGS,
        'mutation($id: ID!) { startPlayback(cameraId: $id, at: "2026-01-01T00:00:00Z") '
        "{ __typename ... on UserError { code } } }",
        camera_id,
        typename_read("PlaybackSession", {"CAMERA_NOT_FOUND"}),
        prepare=fresh_gateway,
    ),
    Case(
        "Mutation.exportClip",
        Operation.EXPORT_CLIP,
        'mutation($id: ID!) { exportClip(cameraId: $id, from: "2026-01-01T00:00:00Z", '
        'to: "2026-01-01T00:01:00Z") { __typename ... on UserError { code } } }',
        camera_id,
        _export_read,
        prepare=fresh_gateway,
    ),
    Case(
        "Query.clipExport",
        Operation.EXPORT_CLIP,
        "query($id: ID!) { clipExport(id: $id) { id } }",
        lambda world, key: {"id": world.gid("ClipExport", _MATRIX_EXPORTS[key])},
        node_or_null("clipExport"),
        prepare=matrix_exports,
    ),
]
SUBSCRIPTION_TESTS["Subscription.clipExport"] = "tests/playback/test_playback_api.py"
_REVIEW_EXPORTS: dict[str, int] = {}


async def exports_under_review(world: World) -> None:
    """A fresh export under review of each key's camera, with its EXPORT hold (a review is one-shot)."""
    from backend.recordings.models import ClipExport, ExportState, HoldReason, RecordingHold

    requester = world.principals["CITY_CENTER"].user_id
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for key in ("A1", "B1"):
        camera = world.cameras[key][0]
        row = await ClipExport.create(
            camera_id=camera.id,
            requested_by_id=requester,
            start_at=start,
            end_at=start.replace(minute=1),
            state=ExportState.DONE,
            percent=100,
            under_review=True,
        )
        await RecordingHold.create(
            camera_id=camera.id,
            start_at=row.start_at,
            end_at=row.end_at,
            reason=HoldReason.EXPORT,
            ref_id=row.id,
        )
        _REVIEW_EXPORTS[key] = row.id


CASES += [
    Case(
        "Mutation.reviewClipExport",
        Operation.REVIEW_CLIP_EXPORT,
        "mutation($id: ID!) { reviewClipExport(id: $id, decision: RELEASED) "
        "{ __typename ... on UserError { code } } }",
        lambda world, key: {"id": world.gid("ClipExport", _REVIEW_EXPORTS[key])},
        typename_read("ClipExportPayload", {"EXPORT_NOT_FOUND"}),
        prepare=exports_under_review,
    ),
    Case(
        "Query.clipExports",
        Operation.EXPORT_CLIP,
        "query($id: ID!) { clipExports(cameraId: $id) { id underReview } }",
        camera_id,
        node_or_null("clipExports"),
    ),
    Case(
        "Mutation.snapshotAt",
        Operation.VIEW_RECORDINGS,
        'mutation($id: ID!) { snapshotAt(cameraId: $id, at: "2026-01-01T00:00:00Z") '
        "{ __typename ... on UserError { code } } }",
        camera_id,
        typename_read("RecordedSnapshotTicket", {"CAMERA_NOT_FOUND"}),
        prepare=fresh_gateway,
    ),
]
# --- Issue 9: intake and administration (tests/authz/cases_intake.py) -----------------------------------
from tests.authz.cases_intake import INTAKE_CASES  # noqa: E402

CASES += INTAKE_CASES
# completePasswordChange is opened by the change token login hands out (tests/intake/test_accounts.py).
PUBLIC_FIELDS.add("Mutation.completePasswordChange")
