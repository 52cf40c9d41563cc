"""Which recorded files a gateway may delete, and the audit of what it deleted.

Retention: a segment whose end is older than the project's ``recording_retention_days`` (else the
district's) goes. Disk guard: the oldest segments of the gateway go first until ``bytesNeeded`` is freed.
Neither ever picks a segment that is still being written or that overlaps an unreleased ``RecordingHold``
(evidence of hazard notices, stop-work orders, fault tickets, exports under review).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from backend.audit.services import record_audit
from backend.cameras.models import Camera
from backend.recordings.models import RecordingHold, RecordingSegment

MAX_DELETIONS_PER_RUN = 2000
GUARD_BATCH = 500


class ReclaimReason(StrEnum):
    RETENTION = "RETENTION"
    DISK_GUARD = "DISK_GUARD"


def _overlaps_hold(segment: RecordingSegment, holds: list[tuple[datetime, datetime]]) -> bool:
    return any(segment.start_at < end and segment.end_at > start for start, end in holds)


async def _holds_by_camera(camera_ids: set[int]) -> dict[int, list[tuple[datetime, datetime]]]:
    holds: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    if not camera_ids:
        return holds
    for camera_id, start, end in await RecordingHold.filter(
        camera_id__in=camera_ids, released_at=None
    ).values_list("camera_id", "start_at", "end_at"):
        holds[camera_id].append((start, end))
    return holds


async def _retention_days(camera_ids: set[int]) -> dict[int, int]:
    days: dict[int, int] = {}
    for camera in await Camera.filter(id__in=camera_ids).select_related("project__district"):
        project = camera.project
        override = project.recording_retention_days
        days[camera.id] = override if override is not None else project.district.recording_retention_days
    return days


async def choose_for_reclaim(
    gateway_id: str, reason: ReclaimReason, bytes_needed: int | None, now: datetime | None = None
) -> list[RecordingSegment]:
    now = now or datetime.now(UTC)
    mine = RecordingSegment.filter(gateway_id=gateway_id, final=True)
    camera_ids: set[int] = set(
        await Camera.filter(recording_segments__gateway_id=gateway_id).distinct().values_list("id", flat=True)  # type: ignore[arg-type]
    )
    holds = await _holds_by_camera(camera_ids)
    chosen: list[RecordingSegment] = []
    if reason is ReclaimReason.RETENTION:
        by_days: dict[int, set[int]] = defaultdict(set)
        for camera_id, days in (await _retention_days(camera_ids)).items():
            by_days[days].add(camera_id)
        for days, ids in sorted(by_days.items()):
            cutoff = now - timedelta(days=days)
            for segment in (
                await mine.filter(camera_id__in=ids, end_at__lt=cutoff)
                .order_by("start_at")
                .limit(MAX_DELETIONS_PER_RUN)
            ):
                if not _overlaps_hold(segment, holds.get(segment.camera_id, [])):
                    chosen.append(segment)
        chosen.sort(key=lambda s: s.start_at)
        return chosen[:MAX_DELETIONS_PER_RUN]
    if not bytes_needed or bytes_needed <= 0:
        return []
    freed = 0
    offset = 0
    while freed < bytes_needed and len(chosen) < MAX_DELETIONS_PER_RUN:
        batch = await mine.order_by("start_at", "id").offset(offset).limit(GUARD_BATCH)
        if not batch:
            break
        offset += len(batch)
        for segment in batch:
            if _overlaps_hold(segment, holds.get(segment.camera_id, [])):
                continue
            chosen.append(segment)
            freed += segment.bytes
            if freed >= bytes_needed or len(chosen) >= MAX_DELETIONS_PER_RUN:
                break
    return chosen


def deletion_order(segments: list[RecordingSegment]) -> dict[str, Any]:
    return {"delete": [{"cameraId": str(s.camera_id), "stream": s.stream, "path": s.path} for s in segments]}


async def apply_deleted(gateway_id: str, reason: ReclaimReason, deleted: list[dict[str, Any]]) -> int:
    """Drop the index rows of deleted files; one audit entry per run lists them all."""
    removed = 0
    total_bytes = 0
    listing = []
    for item in deleted:
        removed += await RecordingSegment.filter(
            gateway_id=gateway_id, camera_id=int(item["cameraId"]), stream=item["stream"], path=item["path"]
        ).delete()
        total_bytes += int(item.get("bytes") or 0)
        listing.append(f"{item['path']} ({int(item.get('bytes') or 0)} B)")
    if deleted:
        await record_audit(
            "recording.deleted",
            actor_role="GATEWAY",
            object_type="MediaGateway",
            object_id=gateway_id,
            detail={"reason": reason.value, "files": len(deleted), "bytes": total_bytes, "deleted": listing},
        )
    return removed
