"""The recording index as the gateways report it (``POST /internal/gateway/recordings``), and the Art. 16
rule on top of it: a recording gap longer than ``recording_gap_fault_seconds`` while the camera should
record opens a fault ticket. Contract: media_gateway/RECORDING.md."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.functions import Max

from backend.cameras.models import Camera, CameraStatus
from backend.events.bus import EventBus
from backend.faults.services import close_recording_gap_fault, open_recording_gap_fault
from backend.projects.models import Project, ProjectStatus
from backend.recordings.models import GapCause, RecordingGap, RecordingSegment, RecordingStream

# From monitoring registration (Art. 7) until equipment removal (Art. 15).
RECORDED_PROJECT_STATES = (
    ProjectStatus.MONITORING_REGISTERED,
    ProjectStatus.PERMITTED,
    ProjectStatus.UNDER_CONSTRUCTION,
    ProjectStatus.SUSPENDED,
    ProjectStatus.COMPLETED,
)
# Two reports of the same outage by backend and gateway: same gap if their starts are this close.
SAME_GAP_TOLERANCE = timedelta(seconds=20)
MAX_ITEMS_PER_REPORT = 5000


class ReportError(ValueError):
    """A malformed report: the message says which item and field."""


@dataclass(frozen=True)
class SegmentReport:
    camera_id: int
    stream: str
    path: str
    start: datetime
    end: datetime
    bytes: int
    final: bool


@dataclass(frozen=True)
class GapReport:
    camera_id: int
    stream: str
    start: datetime
    end: datetime | None
    cause: GapCause


def camera_should_record(camera: Camera, project_status: str) -> bool:
    return project_status in RECORDED_PROJECT_STATES and camera.status != CameraStatus.DECOMMISSIONED


def recorded_by_gateway(camera: Camera, project: Project, only_projects: tuple[str, ...] = ()) -> bool:
    """What the directory tells the gateway: the lifecycle rule, within the deployment's project limit."""
    if only_projects and project.code not in only_projects:
        return False
    return camera_should_record(camera, project.status)


def parse_instant(value: Any, where: str) -> datetime:
    if not isinstance(value, str):
        raise ReportError(f"{where}: an ISO-8601 UTC instant is required")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as error:
        raise ReportError(f"{where}: {value!r} is not an ISO-8601 instant") from error
    if moment.tzinfo is None:
        raise ReportError(f"{where}: {value!r} has no time zone (send UTC, e.g. with 'Z')")
    return moment.astimezone(UTC)


def parse_camera_id(value: Any, where: str) -> int:
    text = str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    if not text.isdigit():
        raise ReportError(f"{where}: cameraId must be a camera id, got {value!r}")
    return int(text)


def parse_stream(value: Any, where: str) -> str:
    if value not in (RecordingStream.MAIN.value, RecordingStream.SUB.value):
        raise ReportError(f"{where}: stream must be 'main' or 'sub', got {value!r}")
    return str(value)


def parse_path(value: Any, camera_id: int, stream: str, where: str) -> str:
    if not isinstance(value, str) or not value or len(value) > 512:
        raise ReportError(f"{where}: path must be a non-empty relative path of at most 512 characters")
    parts = value.split("/")
    if value.startswith("/") or ".." in parts or parts[:2] != [str(camera_id), stream]:
        raise ReportError(f"{where}: path must be '<cameraId>/<stream>/...' relative to the recording root")
    return value


def _items(body: dict[str, Any], key: str) -> list[Any]:
    items = body.get(key, [])
    if not isinstance(items, list):
        raise ReportError(f"{key} must be a list")
    if len(items) > MAX_ITEMS_PER_REPORT:
        raise ReportError(f"{key}: at most {MAX_ITEMS_PER_REPORT} items per report")
    return items


def parse_report(body: dict[str, Any]) -> tuple[list[SegmentReport], list[GapReport]]:
    segments: list[SegmentReport] = []
    for index, item in enumerate(_items(body, "segments")):
        where = f"segments[{index}]"
        if not isinstance(item, dict):
            raise ReportError(f"{where} must be an object")
        camera_id = parse_camera_id(item.get("cameraId"), where)
        stream = parse_stream(item.get("stream"), where)
        start = parse_instant(item.get("start"), f"{where}.start")
        end = parse_instant(item.get("end"), f"{where}.end")
        if end < start:
            raise ReportError(f"{where}: end is before start")
        size = item.get("bytes")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise ReportError(f"{where}.bytes must be a non-negative integer")
        if not isinstance(item.get("final"), bool):
            raise ReportError(f"{where}.final must be true or false")
        path = parse_path(item.get("path"), camera_id, stream, where)
        segments.append(SegmentReport(camera_id, stream, path, start, end, size, item["final"]))
    gaps: list[GapReport] = []
    for index, item in enumerate(_items(body, "gaps")):
        where = f"gaps[{index}]"
        if not isinstance(item, dict):
            raise ReportError(f"{where} must be an object")
        camera_id = parse_camera_id(item.get("cameraId"), where)
        stream = parse_stream(item.get("stream"), where)
        start = parse_instant(item.get("start"), f"{where}.start")
        gap_end = None if item.get("end") is None else parse_instant(item.get("end"), f"{where}.end")
        if gap_end is not None and gap_end < start:
            raise ReportError(f"{where}: end is before start")
        try:
            cause = GapCause(str(item.get("cause")))
        except ValueError as error:
            causes = ", ".join(c.value for c in GapCause)
            raise ReportError(f"{where}.cause must be one of {causes}") from error
        gaps.append(GapReport(camera_id, stream, start, gap_end, cause))
    return segments, gaps


def camera_ids_of(segments: list[SegmentReport], gaps: list[GapReport]) -> set[int]:
    return {s.camera_id for s in segments} | {g.camera_id for g in gaps}


async def ingest_report(
    bus: EventBus,
    gateway_id: str,
    segments: list[SegmentReport],
    gaps: list[GapReport],
    fault_after: timedelta,
    now: datetime | None = None,
) -> dict[str, int]:
    """Upsert segments by (camera, stream, path) and gaps by (camera, stream, start, cause)."""
    now = now or datetime.now(UTC)
    stored_segments = 0
    for segment in segments:
        row = await RecordingSegment.get_or_none(
            camera_id=segment.camera_id, stream=segment.stream, path=segment.path
        )
        if row is None:
            await RecordingSegment.create(
                camera_id=segment.camera_id,
                stream=segment.stream,
                path=segment.path,
                gateway_id=gateway_id,
                start_at=segment.start,
                end_at=segment.end,
                bytes=segment.bytes,
                final=segment.final,
            )
        elif not row.final or segment.final:
            # a final report is never undone by a late non-final one
            row.start_at, row.end_at, row.bytes = segment.start, segment.end, segment.bytes
            row.final, row.gateway_id = segment.final, gateway_id
            await row.save(update_fields=["start_at", "end_at", "bytes", "final", "gateway_id"])
        stored_segments += 1
    for gap in gaps:
        gap_row = await _matching_gap(gap)
        if gap_row is None:
            await RecordingGap.create(
                camera_id=gap.camera_id,
                stream=gap.stream,
                start_at=gap.start,
                end_at=gap.end,
                cause=gap.cause,
                gateway_id=gateway_id,
            )
        elif gap_row.end_at is None or gap.end is not None:
            gap_row.end_at = gap.end
            gap_row.gateway_id = gateway_id
            await gap_row.save(update_fields=["end_at", "gateway_id"])
    tickets = await apply_gap_faults(bus, now, fault_after, {g.camera_id for g in gaps})
    return {"segments": stored_segments, "gaps": len(gaps), "faultTickets": tickets}


async def _matching_gap(gap: GapReport) -> RecordingGap | None:
    row = await RecordingGap.get_or_none(
        camera_id=gap.camera_id, stream=gap.stream, start_at=gap.start, cause=gap.cause
    )
    if row is not None or gap.cause is not GapCause.GATEWAY_DOWN:
        return row
    # the backend may have opened this outage itself (check_recording_stalls) from its own last end
    return (
        await RecordingGap.filter(
            camera_id=gap.camera_id,
            stream=gap.stream,
            cause=GapCause.GATEWAY_DOWN,
            end_at=None,
            start_at__gte=gap.start - SAME_GAP_TOLERANCE,
            start_at__lte=gap.start + SAME_GAP_TOLERANCE,
        )
        .order_by("start_at")
        .first()
    )


async def apply_gap_faults(
    bus: EventBus, now: datetime, fault_after: timedelta, camera_ids: set[int] | None = None
) -> int:
    """Gaps longer than the limit (closed, or open for that long) get an Art. 16 ticket; a closed gap
    closes its ticket. Only cameras that should record count."""
    changed = 0
    query = RecordingGap.filter(fault_ticket_id=None)
    if camera_ids is not None:
        query = query.filter(camera_id__in=camera_ids)
    for gap in await query.select_related("camera__project"):
        end = gap.end_at or now
        if end - gap.start_at < fault_after:
            continue
        camera = gap.camera
        if not camera_should_record(camera, camera.project.status):
            continue
        ticket = await open_recording_gap_fault(
            bus,
            camera,
            gap.start_at,
            detail=f"recording gap ({gap.cause}) since {gap.start_at:%Y-%m-%d %H:%M}Z",
        )
        await RecordingGap.filter(id=gap.id).update(fault_ticket_id=ticket.id)
        changed += 1
        if gap.end_at is not None:
            await close_recording_gap_fault(ticket.id, gap.end_at)
    closing = RecordingGap.filter(fault_ticket_id__not_isnull=True, end_at__not_isnull=True)
    if camera_ids is not None:
        closing = closing.filter(camera_id__in=camera_ids)
    for gap in await closing:
        assert gap.fault_ticket_id is not None and gap.end_at is not None
        if await close_recording_gap_fault(gap.fault_ticket_id, gap.end_at):
            changed += 1
    return changed


async def check_recording_stalls(bus: EventBus, now: datetime, fault_after: timedelta) -> int:
    """Scheduled: a recorded camera whose index stopped growing (gateway down, nothing reported) gets an
    open GATEWAY_DOWN gap from its last recorded instant, and the ticket once that is longer than the limit."""
    opened = 0
    since = now - fault_after
    latest = await (
        RecordingSegment.filter(
            camera__project__status__in=[s.value for s in RECORDED_PROJECT_STATES],
            end_at__gte=now - timedelta(days=2),
        )
        .annotate(last_end=Max("end_at"))
        .group_by("camera_id", "stream")
        .values("camera_id", "stream", "last_end")
    )
    open_gaps = set(await RecordingGap.filter(end_at=None).values_list("camera_id", "stream"))
    for row in latest:
        camera_id, stream, end_at = row["camera_id"], row["stream"], row["last_end"]
        if isinstance(end_at, str):  # SQLite returns the aggregate as text
            end_at = datetime.fromisoformat(end_at)
        if end_at.tzinfo is None:
            end_at = end_at.replace(tzinfo=UTC)
        if end_at >= since or (camera_id, stream) in open_gaps:
            continue
        last = await RecordingSegment.filter(camera_id=camera_id, stream=stream, end_at=end_at).first()
        gateway_id = last.gateway_id if last is not None else ""
        await RecordingGap.create(
            camera_id=camera_id,
            stream=stream,
            start_at=end_at,
            end_at=None,
            cause=GapCause.GATEWAY_DOWN,
            gateway_id=gateway_id,
        )
        opened += 1
    return opened + await apply_gap_faults(bus, now, fault_after)
