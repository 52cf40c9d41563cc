"""The recording index the gateways report into, on SQLite and PostgreSQL: upserts, input errors, the
gateway's camera assignment, gap → Art. 16 fault ticket, retention (injected clock) and the disk guard,
both sparing held footage, and the one audit entry per deletion run."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from backend.audit.models import AuditEvent
from backend.cameras.models import Camera
from backend.districts.models import District
from backend.events.bus import InProcessBus
from backend.faults.models import FaultKind, FaultStatus, FaultTicket
from backend.media.gateways import register_gateway
from backend.media.models import MediaGateway
from backend.projects.models import Project, ProjectStatus
from backend.recordings.ingest import check_recording_stalls, recorded_by_gateway
from backend.recordings.models import HoldReason, RecordingGap, RecordingHold, RecordingSegment
from backend.recordings.retention import ReclaimReason, choose_for_reclaim
from backend.settings import Settings
from tests.world import World

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def z(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def segment(camera: Camera, start: datetime, seconds: int = 60, final: bool = True, size: int = 1000) -> dict:
    return {
        "cameraId": str(camera.id),
        "stream": "main",
        "path": f"{camera.id}/main/{start:%Y-%m-%d}/{start:%H}/{start:%Y%m%dT%H%M%SZ}.mp4",
        "start": z(start),
        "end": z(start + timedelta(seconds=seconds)),
        "bytes": size,
        "final": final,
    }


@pytest.fixture
async def site(world: World) -> AsyncIterator[dict[str, Any]]:
    """A district of its own with a recorded project (two cameras), a draft project and its gateway."""
    code = f"R{uuid.uuid4().hex[:6]}"
    district = await District.create(city_id=world.district_a.city_id, code=code, name=code, name_en=code)
    recorded = await Project.create(
        code=f"{code}-1", name="recorded", district=district, status=ProjectStatus.UNDER_CONSTRUCTION
    )
    draft = await Project.create(
        code=f"{code}-2", name="draft", district=district, status=ProjectStatus.DRAFT
    )
    cameras = [
        await Camera.create(
            project=recorded, name=f"{code}-c{n}", main_stream_url=f"rtsp://127.0.0.1:9/{code}/{n}"
        )
        for n in range(2)
    ]
    draft_camera = await Camera.create(
        project=draft, name=f"{code}-d", main_stream_url="rtsp://127.0.0.1:9/d"
    )
    gateway_id = f"gw-{code.lower()}"
    _, credential = await register_gateway(None, gateway_id, [district.id], public_url="http://127.0.0.1:9")
    await MediaGateway.filter(gateway_id=gateway_id).update(last_seen_at=datetime.now(UTC))
    yield {
        "district": district,
        "project": recorded,
        "cameras": cameras,
        "draft_camera": draft_camera,
        "gateway": gateway_id,
        "credential": credential,
    }


@pytest.fixture
def headers(site: dict[str, Any]) -> dict[str, str]:
    """The site gateway's own credential (its identity; the gatewayId in a body only has to agree)."""
    return {"authorization": f"Bearer {site['credential']}"}


async def post(client: httpx.AsyncClient, headers: dict[str, str], path: str, body: dict) -> httpx.Response:
    return await client.post(f"/internal/gateway/recordings{path}", json=body, headers=headers)


async def test_directory_says_which_cameras_to_record_and_which_stream(
    client: httpx.AsyncClient, headers: dict[str, str], site: dict[str, Any]
) -> None:
    camera = site["cameras"][1]
    await Camera.filter(id=camera.id).update(record_stream="sub")
    answer = await client.get(f"/internal/gateway/cameras?gateway={site['gateway']}", headers=headers)
    entries = {c["id"]: c for c in answer.json()["cameras"]}
    assert entries[str(site["cameras"][0].id)]["record"] is True
    assert entries[str(site["cameras"][0].id)]["recordStream"] == "main"
    assert entries[str(camera.id)]["recordStream"] == "sub"
    assert entries[str(site["draft_camera"].id)]["record"] is False  # before monitoring registration (Art. 7)
    # a deployment limited to some projects (the demo: its featured one) records only those
    project = await Project.get(id=site["project"].id)
    assert recorded_by_gateway(site["cameras"][0], project, (project.code,))
    assert not recorded_by_gateway(site["cameras"][0], project, ("TJ-OTHER",))
    await Project.filter(id=site["project"].id).update(status=ProjectStatus.EQUIPMENT_REMOVED)
    answer = await client.get(f"/internal/gateway/cameras?gateway={site['gateway']}", headers=headers)
    assert not any(c["record"] for c in answer.json()["cameras"])  # after equipment removal (Art. 15)


async def test_segments_and_gaps_are_upserted_and_a_final_report_is_never_undone(
    client: httpx.AsyncClient, headers: dict[str, str], site: dict[str, Any]
) -> None:
    camera = site["cameras"][0]
    growing = segment(camera, T0, seconds=10, final=False)
    assert (
        await post(client, headers, "", {"gatewayId": site["gateway"], "segments": [growing]})
    ).status_code == 200
    done = {**segment(camera, T0, seconds=60, final=True), "bytes": 7000}
    late = {**segment(camera, T0, seconds=20, final=False)}
    gap = {"cameraId": str(camera.id), "stream": "main", "start": z(T0 + timedelta(seconds=60)), "end": None}
    body = {"gatewayId": site["gateway"], "segments": [done], "gaps": [{**gap, "cause": "CAMERA_OFFLINE"}]}
    assert (await post(client, headers, "", body)).status_code == 200
    assert (
        await post(client, headers, "", {"gatewayId": site["gateway"], "segments": [late]})
    ).status_code == 200
    rows = await RecordingSegment.filter(camera_id=camera.id)
    assert len(rows) == 1
    assert rows[0].final and rows[0].bytes == 7000 and rows[0].end_at == T0 + timedelta(seconds=60)
    assert rows[0].gateway_id == site["gateway"]
    closed = {**gap, "end": z(T0 + timedelta(seconds=90)), "cause": "CAMERA_OFFLINE"}
    assert (
        await post(client, headers, "", {"gatewayId": site["gateway"], "gaps": [closed]})
    ).status_code == 200
    gaps = await RecordingGap.filter(camera_id=camera.id)
    assert [(g.cause, g.end_at) for g in gaps] == [("CAMERA_OFFLINE", T0 + timedelta(seconds=90))]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"segments": {}}, "segments must be a list"),
        ({"segments": [{"cameraId": "x"}]}, "cameraId must be a camera id"),
        (
            {"segments": [{"cameraId": "1", "stream": "hd"}]},
            "stream must be 'main' or 'sub'",
        ),
        (
            {"segments": [{"cameraId": "1", "stream": "main", "start": "yesterday"}]},
            "is not an ISO-8601 instant",
        ),
        (
            {
                "segments": [{"cameraId": "1", "stream": "main", "start": "2026-03-02T08:00:00"}],
            },
            "has no time zone",
        ),
        (
            {"gaps": [{"cameraId": "1", "stream": "main", "start": z(T0), "cause": "X"}]},
            "cause",
        ),
    ],
)
async def test_malformed_reports_get_a_clear_error(
    client: httpx.AsyncClient, headers: dict[str, str], body: dict, message: str
) -> None:
    response = await post(client, headers, "", body)
    assert response.status_code == 400
    assert response.json()["error"] == "bad-request"
    assert message in response.json()["message"]


async def test_paths_outside_the_camera_directory_are_refused(
    client: httpx.AsyncClient, headers: dict[str, str], site: dict[str, Any]
) -> None:
    camera = site["cameras"][0]
    for path in (f"{camera.id}/main/../../etc/passwd", "/abs/main/x.mp4", f"{camera.id + 1}/main/x.mp4"):
        body = {"gatewayId": site["gateway"], "segments": [{**segment(camera, T0), "path": path}]}
        response = await post(client, headers, "", body)
        assert response.status_code == 400, path


async def test_every_endpoint_refuses_cameras_outside_the_gateway_districts(
    client: httpx.AsyncClient, headers: dict[str, str], site: dict[str, Any], world: World
) -> None:
    foreign = world.cameras["B1"][0]
    gateway = site["gateway"]
    report = await post(client, headers, "", {"gatewayId": gateway, "segments": [segment(foreign, T0)]})
    assert report.status_code == 403 and report.json()["error"] == "camera-not-assigned"
    assert report.json()["cameraIds"] == [str(foreign.id)]
    deleted = {"cameraId": str(foreign.id), "stream": "main", "path": f"{foreign.id}/main/x.mp4", "bytes": 1}
    refused = await post(
        client, headers, "/deleted", {"gatewayId": gateway, "reason": "RETENTION", "deleted": [deleted]}
    )
    assert refused.status_code == 403
    claimed = await post(
        client, headers, "", {"gatewayId": "gw-nobody", "segments": [segment(site["cameras"][0], T0)]}
    )
    assert claimed.status_code == 403 and claimed.json()["error"] == "foreign-gateway"
    # another district's gateway, with its own valid credential, cannot report (or delete) this site's footage
    _, other = await register_gateway(None, f"{gateway}-b", [world.district_b.id])
    other_headers = {"authorization": f"Bearer {other}"}
    own_camera = site["cameras"][0]
    for path, body in (
        ("", {"segments": [segment(own_camera, T0)]}),
        ("/deleted", {"reason": "RETENTION", "deleted": [{**deleted, "cameraId": str(own_camera.id)}]}),
    ):
        response = await post(client, other_headers, path, body)
        assert response.status_code == 403 and response.json()["cameraIds"] == [str(own_camera.id)], path
    assert not await RecordingSegment.filter(camera_id__in=[foreign.id, own_camera.id]).exists()
    assert (await post(client, {}, "", {"gatewayId": gateway})).status_code == 401
    wrong = {"authorization": "Bearer swgw_not-a-credential"}
    assert (await post(client, wrong, "/reclaim", {"reason": "RETENTION"})).status_code == 401


async def test_a_long_gap_opens_an_art16_ticket_that_closes_when_recording_resumes(
    client: httpx.AsyncClient, headers: dict[str, str], site: dict[str, Any], settings: Settings
) -> None:
    camera, draft_camera = site["cameras"][0], site["draft_camera"]
    limit = settings.recording_gap_fault_seconds
    short = {"cameraId": str(camera.id), "stream": "main", "cause": "CAMERA_OFFLINE"}
    short_gap = {**short, "start": z(T0), "end": z(T0 + timedelta(seconds=limit - 1))}
    assert (
        await post(client, headers, "", {"gatewayId": site["gateway"], "gaps": [short_gap]})
    ).status_code == 200
    assert not await FaultTicket.filter(camera_id=camera.id).exists()

    start = datetime.now(UTC) - timedelta(seconds=limit + 5)
    open_gap = {
        "cameraId": str(camera.id),
        "stream": "main",
        "cause": "DISK_FULL",
        "start": z(start),
        "end": None,
    }
    assert (
        await post(client, headers, "", {"gatewayId": site["gateway"], "gaps": [open_gap]})
    ).status_code == 200
    ticket = await FaultTicket.get(camera_id=camera.id)
    assert ticket.kind == FaultKind.RECORDING_GAP and ticket.status == FaultStatus.OPEN
    assert "DISK_FULL" in ticket.detail
    gap = await RecordingGap.get(camera_id=camera.id, cause="DISK_FULL")
    assert gap.fault_ticket_id == ticket.id

    resumed = {**open_gap, "end": z(start + timedelta(seconds=limit + 30))}
    assert (
        await post(client, headers, "", {"gatewayId": site["gateway"], "gaps": [resumed]})
    ).status_code == 200
    await ticket.refresh_from_db()
    assert ticket.status == FaultStatus.CLOSED and ticket.downtime_seconds == limit + 30

    # a camera that should not record (draft project) gets no ticket for a gap
    draft_gap = {**open_gap, "cameraId": str(draft_camera.id)}
    assert (
        await post(client, headers, "", {"gatewayId": site["gateway"], "gaps": [draft_gap]})
    ).status_code == 200
    assert not await FaultTicket.filter(camera_id=draft_camera.id).exists()


async def test_a_gateway_that_stopped_reporting_gets_a_gateway_down_gap_merged_with_its_own_report(
    client: httpx.AsyncClient, headers: dict[str, str], site: dict[str, Any]
) -> None:
    camera = site["cameras"][1]
    now = datetime.now(UTC)
    last_end = now - timedelta(minutes=10)
    body = {
        "gatewayId": site["gateway"],
        "segments": [segment(camera, last_end - timedelta(seconds=50), 50, False)],
    }
    assert (await post(client, headers, "", body)).status_code == 200
    assert await check_recording_stalls(InProcessBus(), now, timedelta(minutes=5)) >= 2  # gap + ticket
    gap = await RecordingGap.get(camera_id=camera.id)
    assert gap.cause == "GATEWAY_DOWN" and gap.end_at is None and gap.start_at == last_end
    ticket = await FaultTicket.get(id=gap.fault_ticket_id)
    assert ticket.status == FaultStatus.OPEN

    # the gateway comes back and reports the outage from the end it found on disk (a few seconds later)
    own = {
        "cameraId": str(camera.id),
        "stream": "main",
        "start": z(last_end + timedelta(seconds=4)),
        "end": z(now),
        "cause": "GATEWAY_DOWN",
    }
    assert (await post(client, headers, "", {"gatewayId": site["gateway"], "gaps": [own]})).status_code == 200
    gaps = await RecordingGap.filter(camera_id=camera.id)
    assert len(gaps) == 1 and gaps[0].end_at == now
    await ticket.refresh_from_db()
    assert ticket.status == FaultStatus.CLOSED


async def _index(
    site: dict[str, Any], start: datetime, count: int, size: int = 1000
) -> list[RecordingSegment]:
    rows = []
    for camera in site["cameras"]:
        for n in range(count):
            begin = start + timedelta(minutes=n)
            rows.append(
                await RecordingSegment.create(
                    camera=camera,
                    stream="main",
                    gateway_id=site["gateway"],
                    path=f"{camera.id}/main/{begin:%Y-%m-%d}/{begin:%H}/{begin:%Y%m%dT%H%M%SZ}.mp4",
                    start_at=begin,
                    end_at=begin + timedelta(minutes=1),
                    bytes=size,
                    final=True,
                )
            )
    return rows


async def test_retention_follows_district_days_with_project_override_and_spares_holds(
    client: httpx.AsyncClient, headers: dict[str, str], site: dict[str, Any], app: Any
) -> None:
    await _index(site, T0, 3)
    held, other = site["cameras"]
    await RecordingHold.create(
        camera=held,
        start_at=T0 + timedelta(seconds=30),
        end_at=T0 + timedelta(seconds=90),
        reason=HoldReason.HAZARD_NOTICE,
        ref_id=1,
    )
    await RecordingHold.create(  # released: protects nothing any more
        camera=other, start_at=T0, end_at=T0 + timedelta(hours=1), reason=HoldReason.EXPORT, released_at=T0
    )
    # default 30 days (district): on day 29 nothing has expired, on day 31 everything but the held minutes
    assert (
        await choose_for_reclaim(site["gateway"], ReclaimReason.RETENTION, None, T0 + timedelta(days=29))
        == []
    )
    expired = await choose_for_reclaim(
        site["gateway"], ReclaimReason.RETENTION, None, T0 + timedelta(days=31)
    )
    assert {(s.camera_id, s.start_at) for s in expired} == {
        (held.id, T0 + timedelta(minutes=2)),
        *((other.id, T0 + timedelta(minutes=n)) for n in range(3)),
    }
    # a project override of 60 days keeps it all on day 31; a district of 7 days lets it go on day 8
    await Project.filter(id=site["project"].id).update(recording_retention_days=60)
    assert (
        await choose_for_reclaim(site["gateway"], ReclaimReason.RETENTION, None, T0 + timedelta(days=31))
        == []
    )
    await Project.filter(id=site["project"].id).update(recording_retention_days=None)
    await District.filter(id=site["district"].id).update(recording_retention_days=7)
    assert (
        len(await choose_for_reclaim(site["gateway"], ReclaimReason.RETENTION, None, T0 + timedelta(days=8)))
        == 4
    )

    # over HTTP with the app's clock injected, then the gateway's deletion report
    services = app.state.services
    services.clock = lambda: T0 + timedelta(days=8)
    try:
        answer = await post(
            client, headers, "/reclaim", {"gatewayId": site["gateway"], "reason": "RETENTION"}
        )
    finally:
        services.clock = lambda: datetime.now(UTC)
    assert answer.status_code == 200
    order = answer.json()["delete"]
    assert len(order) == 4 and all(item["path"].startswith(item["cameraId"] + "/main/") for item in order)
    report = {
        "gatewayId": site["gateway"],
        "reason": "RETENTION",
        "deleted": [{**item, "bytes": 1000} for item in order],
    }
    done = await post(client, headers, "/deleted", report)
    assert done.status_code == 200 and done.json()["removed"] == 4
    remaining = await RecordingSegment.filter(camera_id__in=[c.id for c in site["cameras"]])
    assert [(r.camera_id, r.start_at) for r in remaining] == [
        (held.id, T0),
        (held.id, T0 + timedelta(minutes=1)),
    ]
    audits = await AuditEvent.filter(action="recording.deleted", object_id=site["gateway"])
    assert len(audits) == 1  # one entry per run, listing every file
    assert audits[0].detail["reason"] == "RETENTION" and audits[0].detail["files"] == 4
    assert all(any(item["path"] in line for line in audits[0].detail["deleted"]) for item in order)


async def test_disk_guard_deletes_oldest_unprotected_first_and_never_an_open_segment(
    client: httpx.AsyncClient, headers: dict[str, str], site: dict[str, Any]
) -> None:
    rows = await _index(site, T0, 3, size=1000)
    held = site["cameras"][0]
    await RecordingHold.create(
        camera=held, start_at=T0, end_at=T0 + timedelta(seconds=10), reason=HoldReason.STOP_WORK_ORDER
    )
    growing = rows[-1]
    await RecordingSegment.filter(id=growing.id).update(final=False)
    answer = await post(
        client,
        headers,
        "/reclaim",
        {"gatewayId": site["gateway"], "reason": "DISK_GUARD", "bytesNeeded": 2500},
    )
    assert answer.status_code == 200
    chosen = [(int(item["cameraId"]), item["path"]) for item in answer.json()["delete"]]
    by_path = {(r.camera_id, r.path): r for r in rows}
    picked = [by_path[key] for key in chosen]
    assert len(picked) == 3  # 3 × 1000 bytes ≥ 2500
    assert all(r.start_at <= T0 + timedelta(minutes=1) for r in picked)  # the oldest
    assert rows[0].id not in {r.id for r in picked}  # held
    everything = await post(
        client,
        headers,
        "/reclaim",
        {"gatewayId": site["gateway"], "reason": "DISK_GUARD", "bytesNeeded": 10**9},
    )
    paths = {item["path"] for item in everything.json()["delete"]}
    assert rows[0].path not in paths or rows[0].camera_id != held.id
    assert growing.path not in {p for p in paths if p.startswith(f"{growing.camera_id}/")}
    assert len(paths) == 4  # all 6 but the held one and the one still being written
    bad = await post(client, headers, "/reclaim", {"gatewayId": site["gateway"], "reason": "DISK_GUARD"})
    assert bad.status_code == 400 and "bytesNeeded" in bad.json()["message"]
    bad = await post(client, headers, "/reclaim", {"gatewayId": site["gateway"], "reason": "TIDY"})
    assert bad.status_code == 400
