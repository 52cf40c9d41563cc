"""Exports under review (issue 8): an export holds its footage until a reviewer of the centers releases it —
then retention may delete that footage — or keeps it as evidence; the review is audited, one-shot, and shown
with the camera's exports. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from backend.audit.models import AuditEvent
from backend.graphql_core.ids import to_global_id
from backend.recordings.models import ClipExport, ExportState, HoldReason, RecordingHold, RecordingSegment
from backend.recordings.retention import ReclaimReason, choose_for_reclaim
from tests.world import World

T0 = datetime(2026, 2, 2, 8, 0, tzinfo=UTC)
GATEWAY = "gw-export-review"
REVIEW = """mutation($id: ID!, $d: ClipExportReview!) { reviewClipExport(id: $id, decision: $d) { __typename
  ... on ClipExportPayload { export { id underReview reviewDecision reviewedAt } }
  ... on UserError { code } } }"""
LIST = "query($c: ID!) { clipExports(cameraId: $c) { id underReview reviewDecision } }"


async def _recorded_export(world: World, minute: int) -> ClipExport:
    """Three minutes recorded by camera A1 (long past retention) and an export of the middle one, as
    ``create_export`` leaves it: under review with its EXPORT hold."""
    camera = world.cameras["A1"][0]
    start = T0 + timedelta(minutes=minute)
    for n in range(3):
        begin = start + timedelta(minutes=n - 1)
        await RecordingSegment.create(
            camera_id=camera.id,
            stream="main",
            gateway_id=GATEWAY,
            path=f"{camera.id}/main/{begin:%Y-%m-%d}/{begin:%H}/{begin:%Y%m%dT%H%M%SZ}.mp4",
            start_at=begin,
            end_at=begin + timedelta(minutes=1),
            bytes=1000,
            final=True,
        )
    row = await ClipExport.create(
        camera_id=camera.id,
        requested_by_id=world.principals["SUPERVISOR"].user_id,
        start_at=start + timedelta(seconds=10),
        end_at=start + timedelta(seconds=50),
        state=ExportState.DONE,
        percent=100,
        gateway_id=GATEWAY,
        under_review=True,
    )
    await RecordingHold.create(
        camera_id=camera.id,
        start_at=row.start_at,
        end_at=row.end_at,
        reason=HoldReason.EXPORT,
        ref_id=row.id,
        created_by_id=row.requested_by_id,
    )
    return row


async def _expired(now: datetime) -> set[datetime]:
    return {s.start_at for s in await choose_for_reclaim(GATEWAY, ReclaimReason.RETENTION, None, now)}


@pytest.fixture
async def clean() -> None:
    await RecordingSegment.filter(gateway_id=GATEWAY).delete()


async def test_a_released_export_frees_its_footage_and_a_kept_one_stays_protected(
    clean: None, world: World, as_role: Any
) -> None:
    released = await _recorded_export(world, 0)
    kept = await _recorded_export(world, 10)
    later = T0 + timedelta(days=400)
    # under review: retention takes the minutes around both exports, never the exported ones
    assert await _expired(later) == {
        T0 - timedelta(minutes=1),
        T0 + timedelta(minutes=1),
        T0 + timedelta(minutes=9),
        T0 + timedelta(minutes=11),
    }
    gid = to_global_id("ClipExport", released.id)
    camera = to_global_id("Camera", world.cameras["A1"][0].id)
    listed = (await as_role("SUPERVISOR").execute(LIST, {"c": camera}))["data"]["clipExports"]
    assert {"id": gid, "underReview": True, "reviewDecision": None} in listed

    # the party that asked for the copy cannot close its review; a district center cannot review another
    # district's export (reported like a missing one)
    refused = await as_role("SUPERVISOR").execute(REVIEW, {"id": gid, "d": "RELEASED"})
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    foreign = await ClipExport.create(
        camera_id=world.cameras["B1"][0].id,
        requested_by_id=world.principals["CITY_CENTER"].user_id,
        start_at=T0,
        end_at=T0 + timedelta(minutes=1),
        under_review=True,
    )
    outside = to_global_id("ClipExport", foreign.id)
    assert (await as_role("DISTRICT_CENTER").execute(REVIEW, {"id": outside, "d": "RELEASED"}))["data"][
        "reviewClipExport"
    ]["code"] == "EXPORT_NOT_FOUND"
    assert (await ClipExport.get(id=foreign.id)).under_review is True
    assert await _expired(later) == {
        T0 - timedelta(minutes=1),
        T0 + timedelta(minutes=1),
        T0 + timedelta(minutes=9),
        T0 + timedelta(minutes=11),
    }

    # the district center releases it: its minute may now go; the audit says who, when and what
    done = (await as_role("DISTRICT_CENTER").execute(REVIEW, {"id": gid, "d": "RELEASED"}))["data"][
        "reviewClipExport"
    ]
    assert done["__typename"] == "ClipExportPayload", done
    assert done["export"]["underReview"] is False and done["export"]["reviewDecision"] == "RELEASED"
    assert done["export"]["reviewedAt"] is not None
    hold = await RecordingHold.get(reason=HoldReason.EXPORT, ref_id=released.id)
    assert hold.released_at is not None
    assert T0 in await _expired(later)
    audit = await AuditEvent.get(action="recording.export.reviewed", object_id=str(released.id))
    assert audit.actor_id == world.principals["DISTRICT_CENTER"].user_id
    assert audit.detail["decision"] == "RELEASED" and audit.detail["holdsReleased"] == 1
    # a review is closed once
    again = (await as_role("CITY_CENTER").execute(REVIEW, {"id": gid, "d": "KEPT_AS_EVIDENCE"}))["data"][
        "reviewClipExport"
    ]
    assert again["code"] == "EXPORT_NOT_UNDER_REVIEW"
    assert (await ClipExport.get(id=released.id)).review_decision == "RELEASED"

    # kept as evidence: no longer under review, but its footage stays protected for good
    kept_gid = to_global_id("ClipExport", kept.id)
    evidence = (await as_role("CITY_CENTER").execute(REVIEW, {"id": kept_gid, "d": "KEPT_AS_EVIDENCE"}))[
        "data"
    ]["reviewClipExport"]
    assert evidence["export"]["reviewDecision"] == "KEPT_AS_EVIDENCE"
    assert evidence["export"]["underReview"] is False
    assert T0 + timedelta(minutes=10) not in await _expired(later)
    assert (await RecordingHold.get(reason=HoldReason.EXPORT, ref_id=kept.id)).released_at is None
    listed = (await as_role("DISTRICT_CENTER").execute(LIST, {"c": camera}))["data"]["clipExports"]
    states = {item["id"]: (item["underReview"], item["reviewDecision"]) for item in listed}
    assert states[gid] == (False, "RELEASED") and states[kept_gid] == (False, "KEPT_AS_EVIDENCE")
