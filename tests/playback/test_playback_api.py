"""Playback through the API, end to end: the timeline of indexed recordings, playback tickets the gateway
honours only for that camera and window, clip exports remuxed by a real gateway (progress pushed over the
subscription, sha256 recorded, download authorized and logged) and hazard-notice evidence.

SQLite and PostgreSQL (the session's live backend); real fMP4 files and a real gateway process."""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest

from backend.alerts.models import Alert
from backend.audit.models import AuditEvent
from backend.documents.access_models import DocumentAccess
from backend.graphql_core.ids import pk_of, to_global_id
from backend.media.gateways import register_gateway
from backend.media.models import MediaGateway
from backend.media.services import ticket_keys
from backend.recordings.evidence import wait_for_pending_snapshots
from backend.recordings.models import (
    ClipExport,
    GapCause,
    HoldReason,
    RecordingGap,
    RecordingHold,
    RecordingSegment,
)
from tests.playback.support import GatewaySpec, PlaybackGateway, ffprobe, past_minute, run_gateway, write_span
from tests.world import World

pytestmark = pytest.mark.slow

GATEWAY_ID = "gw-playback-api"
FILE_SECONDS = 20


class Footage:
    def __init__(self, camera_id: int, start: datetime, root: Path, credential: str) -> None:
        self.credential = credential  # the gateway's own, from the gateway register
        self.camera_id = camera_id
        self.start = start
        self.end = start + timedelta(seconds=3 * FILE_SECONDS)
        self.root = root

    @property
    def camera(self) -> str:
        return to_global_id("Camera", self.camera_id)


@pytest.fixture(scope="module")
async def footage(world: World, live_server: Any, tmp_path_factory: pytest.TempPathFactory) -> Footage:
    root = tmp_path_factory.mktemp("recordings")
    camera = world.cameras["A1"][0]
    start = past_minute(20)
    files = await asyncio.to_thread(write_span, root, camera.id, start, 3, FILE_SECONDS)
    await RecordingSegment.filter(camera_id=camera.id).delete()
    for path, begins, ends in files:
        await RecordingSegment.create(
            camera_id=camera.id,
            stream="main",
            gateway_id=GATEWAY_ID,
            path=str(path.relative_to(root)),
            start_at=begins,
            end_at=ends,
            bytes=path.stat().st_size,
            final=True,
        )
    end = start + timedelta(seconds=3 * FILE_SECONDS)
    await RecordingGap.create(
        camera_id=camera.id,
        stream="main",
        start_at=end,
        end_at=end + timedelta(seconds=60),
        cause=GapCause.CAMERA_OFFLINE,
        gateway_id=GATEWAY_ID,
    )
    alert = await Alert.create(
        kind="CAMERA_OFFLINE",
        title="camera offline",
        project_id=world.project_a1.id,
        district_id=world.district_a.id,
        object_type="Camera",
        object_id=str(camera.id),
    )
    await Alert.filter(id=alert.id).update(created_at=end + timedelta(seconds=1))
    takeover = await AuditEvent.create(
        action="camera_control.preempt", object_type="Camera", object_id=str(camera.id)
    )
    await AuditEvent.filter(id=takeover.id).update(at=start + timedelta(seconds=20))
    await MediaGateway.filter(gateway_id=GATEWAY_ID).delete()
    _, credential = await register_gateway(None, GATEWAY_ID, [], all_districts=True)
    return Footage(camera.id, start, root, credential)


@pytest.fixture(scope="module")
def gateway(
    footage: Footage, live_server: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[PlaybackGateway]:
    settings = live_server.state.services.settings
    ticket_keys(settings)
    spec = GatewaySpec(
        GATEWAY_ID,
        settings.data_dir / "keys" / "live-ticket-public.pem",
        footage.root,
        [str(footage.camera_id)],
        tmp_path_factory.mktemp("gateway-logs"),
        backend_url=live_server.state.base_url,
        gateway_credential=footage.credential,
    )
    yield from run_gateway(spec)


@pytest.fixture(scope="module")
async def registered(gateway: PlaybackGateway) -> PlaybackGateway:
    await MediaGateway.update_or_create(
        gateway_id=GATEWAY_ID,
        defaults={"public_url": gateway.url, "districts": ["*"], "last_seen_at": datetime.now(UTC)},
    )
    return gateway


async def gql(
    base_url: str, token: str, query: str, variables: dict[str, Any] | None = None
) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as http:
        response = await http.post(
            "/graphql",
            json={"query": query, "variables": variables or {}},
            headers={"authorization": f"Bearer {token}"},
        )
    assert response.status_code == 200, response.text
    return dict(response.json())


TIMELINE = """query($c: ID!, $f: DateTime!, $t: DateTime!) { recordingTimeline(cameraId: $c, from: $f, to: $t) {
  from to spans { start end } gaps { start end cause } events { at kind title } } }"""
START = """mutation($c: ID!, $at: DateTime!) { startPlayback(cameraId: $c, at: $at) { __typename
  ... on PlaybackSession { playlistUrl ticket from to snapshotUrl } ... on UserError { code } } }"""
EXPORT = """mutation($c: ID!, $f: DateTime!, $t: DateTime!) { exportClip(cameraId: $c, from: $f, to: $t) { __typename
  ... on ClipExportPayload { export { id state percent durationSeconds downloadUrl } } ... on UserError { code } } }"""
EXPORT_STATE = "query($id: ID!) { clipExport(id: $id) { id state percent bytes sha256 error } }"


SNAPSHOT = """mutation($c: ID!, $at: DateTime!) { snapshotAt(cameraId: $c, at: $at) { __typename
  ... on RecordedSnapshotTicket { url ticket at } ... on UserError { code } } }"""
ACCESS_LOG = """query($p: ID) { documentAccessLog(projectId: $p, first: 20) { edges { node {
  action username documentId cameraId cameraName clipExportId footageFrom footageTo } } } }"""


async def access_log(base_url: str, token: str, world: World) -> list[dict[str, Any]]:
    body = await gql(base_url, token, ACCESS_LOG, {"p": to_global_id("Project", world.project_a1.id)})
    return [edge["node"] for edge in body["data"]["documentAccessLog"]["edges"]]


def iso(value: datetime) -> str:
    return value.isoformat()


async def test_timeline_shows_spans_gaps_with_causes_and_events(
    live_server: Any, footage: Footage, tokens: dict[str, str]
) -> None:
    window = {
        "c": footage.camera,
        "f": iso(footage.start - timedelta(minutes=1)),
        "t": iso(footage.end + timedelta(minutes=3)),
    }
    body = await gql(live_server.state.base_url, tokens["DISTRICT_CENTER"], TIMELINE, window)
    timeline = body["data"]["recordingTimeline"]
    # three consecutive files are one recorded span
    assert [
        (datetime.fromisoformat(s["start"]), datetime.fromisoformat(s["end"])) for s in timeline["spans"]
    ] == [(footage.start, footage.end)]
    assert timeline["gaps"][0] == {
        "start": iso(footage.end),
        "end": iso(footage.end + timedelta(seconds=60)),
        "cause": "CAMERA_OFFLINE",
    }
    # The footage stopped minutes ago: the backend's scheduled stall check may meanwhile have opened the
    # gap a recording that stopped growing gets, from its last recorded instant (and nothing else).
    assert timeline["gaps"][1:] in ([], [{"start": iso(footage.end), "end": None, "cause": "GATEWAY_DOWN"}])
    kinds = [(e["kind"], datetime.fromisoformat(e["at"])) for e in timeline["events"]]
    assert ("CONTROL_TAKEOVER", footage.start + timedelta(seconds=20)) in kinds
    assert ("ALERT", footage.end + timedelta(seconds=1)) in kinds
    # out of scope: like a missing camera
    other = await gql(
        live_server.state.base_url,
        tokens["SUPERVISOR"],
        TIMELINE,
        {**window, "c": to_global_id("Camera", 10**9)},
    )
    assert other["data"]["recordingTimeline"] is None
    backwards = await gql(
        live_server.state.base_url, tokens["CITY_CENTER"], TIMELINE, {**window, "t": window["f"]}
    )
    assert backwards["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_playback_ticket_is_scoped_to_camera_and_window_and_logged(
    live_server: Any, footage: Footage, registered: PlaybackGateway, tokens: dict[str, str], world: World
) -> None:
    at = footage.start + timedelta(seconds=30)
    body = await gql(
        live_server.state.base_url, tokens["SUPERVISOR"], START, {"c": footage.camera, "at": iso(at)}
    )
    session = body["data"]["startPlayback"]
    assert session["__typename"] == "PlaybackSession", session
    assert session["playlistUrl"] == f"{registered.url}/playback/{footage.camera_id}/index.m3u8"
    claims = jwt.decode(session["ticket"], options={"verify_signature": False})
    assert claims["kind"] == "playback" and claims["cam"] == str(footage.camera_id)
    assert claims["from"] <= at.timestamp() <= claims["to"]
    assert claims["exp"] - claims["iat"] <= 600
    headers = {"Authorization": f"Bearer {session['ticket']}"}
    async with httpx.AsyncClient(timeout=20, trust_env=False) as http:
        playlist = await http.get(session["playlistUrl"], headers=headers)
        assert playlist.status_code == 200 and "#EXT-X-PROGRAM-DATE-TIME" in playlist.text
        wrong_camera = await http.get(
            f"{registered.url}/playback/{footage.camera_id + 1}/index.m3u8", headers=headers
        )
        assert wrong_camera.status_code == 403 and wrong_camera.json()["error"] == "ticket-wrong-camera"
        # a playback ticket takes no snapshots: each recorded frame needs its own (logged) snapshot ticket
        refused = await http.get(session["snapshotUrl"], params={"at": iso(at)}, headers=headers)
        assert refused.status_code == 403 and refused.json()["error"] == "ticket-wrong-kind"
        shot = (
            await gql(
                live_server.state.base_url,
                tokens["SUPERVISOR"],
                SNAPSHOT,
                {"c": footage.camera, "at": iso(at)},
            )
        )["data"]["snapshotAt"]
        assert shot["__typename"] == "RecordedSnapshotTicket", shot
        assert shot["url"].startswith(f"{registered.url}/snapshot/{footage.camera_id}?at=")
        shot_headers = {"Authorization": f"Bearer {shot['ticket']}"}
        snapshot = await http.get(shot["url"], headers=shot_headers)
        assert snapshot.status_code == 200 and snapshot.content[:2] == b"\xff\xd8"
        outside = await http.get(
            session["snapshotUrl"], params={"at": iso(at + timedelta(seconds=5))}, headers=shot_headers
        )
        assert outside.status_code == 403 and outside.json()["error"] == "ticket-wrong-time"
    logged = await AuditEvent.filter(
        action="footage.playback",
        object_id=str(footage.camera_id),
        actor_id=world.principals["SUPERVISOR"].user_id,
    ).first()
    assert logged is not None and logged.detail["at"] == at.isoformat()
    # both are rows of the Art. 10 access log (the documents' log), which the city center reads
    supervisor = world.principals["SUPERVISOR"].user_id
    rows = await DocumentAccess.filter(user_id=supervisor, camera_id=footage.camera_id).order_by("id")
    assert [(r.action, r.document_id) for r in rows[-2:]] == [("PLAYBACK", None), ("SNAPSHOT", None)]
    assert rows[-2].footage_from == at - timedelta(minutes=10) and rows[-1].footage_from == at
    entries = await access_log(live_server.state.base_url, tokens["CITY_CENTER"], world)
    mine = [e for e in entries if e["username"] == world.usernames["SUPERVISOR"]]
    assert [e["action"] for e in mine[:2]] == ["SNAPSHOT", "PLAYBACK"], mine
    assert mine[0]["cameraId"] == footage.camera and mine[0]["documentId"] is None
    assert mine[0]["cameraName"] == world.cameras["A1"][0].name and mine[0]["footageFrom"] == iso(at)
    future = await gql(
        live_server.state.base_url,
        tokens["SUPERVISOR"],
        START,
        {"c": footage.camera, "at": iso(datetime.now(UTC) + timedelta(hours=1))},
    )
    assert future["data"]["startPlayback"]["code"] == "INVALID_RANGE"


async def _subscribe(ws_url: str, token: str, export_id: str) -> Any:
    import websockets

    ws = await websockets.connect(ws_url, subprotocols=[websockets.Subprotocol("graphql-transport-ws")])
    await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}))
    assert json.loads(await asyncio.wait_for(ws.recv(), 5))["type"] == "connection_ack"
    query = "subscription($id: ID!) { clipExport(id: $id) { id state percent sha256 } }"
    await ws.send(
        json.dumps(
            {"id": "1", "type": "subscribe", "payload": {"query": query, "variables": {"id": export_id}}}
        )
    )
    return ws


async def _updates(ws: Any, timeout: float = 60) -> list[dict[str, Any]]:
    """Every pushed state until the server completes the subscription."""
    seen = []
    while True:
        message = json.loads(await asyncio.wait_for(ws.recv(), timeout))
        if message["type"] == "complete":
            return seen
        assert message["type"] == "next" and not message["payload"].get("errors"), message
        seen.append(message["payload"]["data"]["clipExport"])


async def test_export_progress_sha256_and_logged_download(
    live_server: Any,
    footage: Footage,
    registered: PlaybackGateway,
    tokens: dict[str, str],
    world: World,
    tmp_path: Path,
) -> None:
    base = live_server.state.base_url
    start, end = footage.start + timedelta(seconds=12), footage.start + timedelta(seconds=42)
    created = await gql(
        base, tokens["SUPERVISOR"], EXPORT, {"c": footage.camera, "f": iso(start), "t": iso(end)}
    )
    result = created["data"]["exportClip"]
    assert result["__typename"] == "ClipExportPayload", result
    export = result["export"]
    assert export["durationSeconds"] == 30
    watcher = await _subscribe(live_server.state.ws_url, tokens["SUPERVISOR"], export["id"])
    # an export of another project's camera: the subscription ends without telling anything
    foreign = await ClipExport.create(
        camera_id=world.cameras["B1"][0].id,
        requested_by_id=world.principals["CITY_CENTER"].user_id,
        start_at=start,
        end_at=end,
    )
    outsider = await _subscribe(
        live_server.state.ws_url, tokens["SUPERVISOR"], to_global_id("ClipExport", foreign.id)
    )
    try:
        updates = await _updates(watcher)
        assert await _updates(outsider, 5) == []
    finally:
        await watcher.close()
        await outsider.close()
    assert updates[-1]["state"] == "DONE" and updates[-1]["percent"] == 100, updates
    percents = [u["percent"] for u in updates]
    assert percents == sorted(percents)
    row = await ClipExport.get(id=pk_of(export["id"], "ClipExport"))
    assert row.sha256 == updates[-1]["sha256"] and row.finished_at is not None
    hold = await RecordingHold.get(reason=HoldReason.EXPORT, ref_id=row.id)
    assert (hold.start_at, hold.end_at, hold.released_at) == (start, end, None)

    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        url = export["downloadUrl"]
        assert (await http.get(url)).status_code == 401
        provider = await http.get(url, headers={"authorization": f"Bearer {tokens['PROVIDER']}"})
        assert (
            provider.status_code == 404
        )  # EXPORT_CLIP is not the provider's: reported like a missing export
        response = await http.get(url, headers={"authorization": f"Bearer {tokens['DISTRICT_CENTER']}"})
    assert response.status_code == 200, response.text
    assert hashlib.sha256(response.content).hexdigest() == row.sha256 == response.headers["x-checksum-sha256"]
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(response.content)
    assert abs(float(ffprobe(clip)["format"]["duration"]) - 30) <= 1.0
    district = world.principals["DISTRICT_CENTER"].user_id
    download_log = (
        await AuditEvent.filter(action="footage.download", actor_id=district).order_by("-id").first()
    )
    assert download_log is not None and download_log.detail["sha256"] == row.sha256
    assert await AuditEvent.filter(action="footage.export", object_id=str(footage.camera_id)).exists()
    # the export and the download are in the Art. 10 access log, with the export they concern
    export_gid = to_global_id("ClipExport", row.id)
    logged = [
        e for e in await access_log(base, tokens["CITY_CENTER"], world) if e["clipExportId"] == export_gid
    ]
    assert [(e["action"], e["username"]) for e in logged] == [
        ("DOWNLOAD", world.usernames["DISTRICT_CENTER"]),
        ("EXPORT", world.usernames["SUPERVISOR"]),
    ], logged
    assert logged[0]["footageFrom"] == iso(start) and logged[0]["footageTo"] == iso(end)
    # the provider's refused download left no trace in the log (nothing was handed out)
    assert not await DocumentAccess.filter(
        user_id=world.principals["PROVIDER"].user_id, clip_export_id=row.id
    ).exists()

    # progress is taken only from the gateway the export runs on, authenticated by its own credential
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        progress = f"/internal/gateway/exports/{row.id}"
        forged = {"state": "FAILED", "percent": 0, "error": "forged"}
        assert (await http.post(progress, json=forged)).status_code == 401
        other = await http.post(
            progress, json=forged, headers={"authorization": f"Bearer {world.gateway_credential}"}
        )
    assert other.status_code == 403 and other.json()["error"] == "foreign-export"
    assert (await ClipExport.get(id=row.id)).state == "DONE"

    nothing = await gql(
        base,
        tokens["SUPERVISOR"],
        EXPORT,
        {
            "c": footage.camera,
            "f": iso(footage.end + timedelta(seconds=5)),
            "t": iso(footage.end + timedelta(seconds=50)),
        },
    )
    assert nothing["data"]["exportClip"]["code"] == "NOTHING_RECORDED"
    too_long = await gql(
        base,
        tokens["SUPERVISOR"],
        EXPORT,
        {"c": footage.camera, "f": iso(start - timedelta(hours=2)), "t": iso(end)},
    )
    assert too_long["data"]["exportClip"]["code"] == "INVALID_RANGE"


ISSUE = """mutation($input: IssueHazardNoticeInput!) { issueHazardNotice(input: $input) { __typename
  ... on HazardNoticePayload { notice { id } } ... on UserError { code } } }"""
NOTICE = "query($id: ID!) { hazardNotice(id: $id) { snapshotUrl evidenceClip { cameraId at from to } } }"


async def test_hazard_notice_keeps_a_snapshot_and_a_protected_clip(
    live_server: Any, footage: Footage, registered: PlaybackGateway, tokens: dict[str, str], world: World
) -> None:
    base = live_server.state.base_url
    at = footage.start + timedelta(seconds=35)
    notice_input = {
        "projectId": to_global_id("Project", world.project_a1.id),
        "cameraId": footage.camera,
        "kind": "RECTIFY",
        "severity": "HIGH",
        "description": "scaffold without guard rail",
        "deadline": iso(datetime.now(UTC) + timedelta(days=3)),
        "evidenceAt": iso(at),
    }
    issued = (await gql(base, tokens["DISTRICT_CENTER"], ISSUE, {"input": notice_input}))["data"][
        "issueHazardNotice"
    ]
    assert issued["__typename"] == "HazardNoticePayload", issued
    await wait_for_pending_snapshots()
    notice = (await gql(base, tokens["SUPERVISOR"], NOTICE, {"id": issued["notice"]["id"]}))["data"][
        "hazardNotice"
    ]
    assert notice["evidenceClip"] == {
        "cameraId": footage.camera,
        "at": iso(at),
        "from": iso(at - timedelta(seconds=60)),
        "to": iso(at + timedelta(seconds=30)),
    }
    hold = await RecordingHold.get(reason=HoldReason.HAZARD_NOTICE, camera_id=footage.camera_id)
    assert hold.released_at is None
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        assert notice["snapshotUrl"].endswith("/evidence.jpg")
        image = await http.get(
            notice["snapshotUrl"], headers={"authorization": f"Bearer {tokens['SUPERVISOR']}"}
        )
        assert image.status_code == 200 and image.content[:2] == b"\xff\xd8"
        outsider = await http.get(
            notice["snapshotUrl"], headers={"authorization": f"Bearer {tokens['PROVIDER']}"}
        )
        assert outsider.status_code == 404
    in_gap = {**notice_input, "evidenceAt": iso(footage.end + timedelta(seconds=30))}
    refused = (await gql(base, tokens["DISTRICT_CENTER"], ISSUE, {"input": in_gap}))["data"][
        "issueHazardNotice"
    ]
    assert refused["code"] == "EVIDENCE_NOT_RECORDED"
