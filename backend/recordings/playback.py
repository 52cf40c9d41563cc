"""Playback services: the timeline of one camera (recorded spans, gaps with causes, event markers),
playback tickets for the gateway holding the files, and the footage access log.

Playback and export tickets are the live-view ES256 tickets with ``kind`` and a time range
(``from``/``to``, epoch seconds); the gateway refuses them outside that camera and range."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt

from backend.alerts.models import Alert
from backend.audit.models import AuditEvent
from backend.audit.services import record_audit
from backend.authz.policy import Principal
from backend.cameras.models import Camera
from backend.documents.access_models import DocumentAccess, DocumentAccessAction
from backend.hazards.models import HazardNotice
from backend.media.models import MediaGateway
from backend.media.services import NoGatewayAvailable, pick_gateway, ticket_keys
from backend.media.tickets import TICKET_AUDIENCE, TICKET_ISSUER
from backend.recordings.models import HoldReason, RecordingGap, RecordingHold, RecordingSegment
from backend.settings import Settings

PLAYBACK_TICKET_TTL = timedelta(minutes=10)
EXPORT_TICKET_TTL = timedelta(minutes=30)
# The window one playback ticket (and its playlist) covers around the instant asked for.
WINDOW_BEFORE = timedelta(minutes=10)
WINDOW_AFTER = timedelta(minutes=50)
MAX_TIMELINE = timedelta(days=7)
# Segments closer than this are one span on the timeline (file boundaries are not gaps).
SPAN_JOIN = timedelta(seconds=2)
TAKEOVER_ACTIONS = ("camera_control.acquire", "camera_control.preempt")
# Evidence of a hazard notice: the clip held around its instant, which may precede the issue time.
CLIP_BEFORE = timedelta(seconds=60)
CLIP_AFTER = timedelta(seconds=30)
MAX_EVIDENCE_LEAD = timedelta(days=30)


class InvalidRange(Exception):
    pass


@dataclass(frozen=True)
class Span:
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Gap:
    start: datetime
    end: datetime | None
    cause: str


@dataclass(frozen=True)
class EventMarker:
    at: datetime
    kind: str  # ALERT | HAZARD_NOTICE | STOP_WORK_ORDER | CONTROL_TAKEOVER
    title: str
    object_id: str = ""


@dataclass
class Timeline:
    start: datetime
    end: datetime
    spans: list[Span] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    events: list[EventMarker] = field(default_factory=list)


def utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def check_range(start: datetime, end: datetime, limit: timedelta = MAX_TIMELINE) -> tuple[datetime, datetime]:
    start, end = utc(start), utc(end)
    if end <= start:
        raise InvalidRange("`to` must be after `from`")
    if end - start > limit:
        raise InvalidRange(f"the range may span at most {int(limit.total_seconds())} seconds")
    return start, end


async def timeline(camera: Camera, start: datetime, end: datetime) -> Timeline:
    start, end = check_range(start, end)
    result = Timeline(start, end)
    segments = await RecordingSegment.filter(
        camera_id=camera.id, start_at__lte=end, end_at__gte=start
    ).order_by("start_at")
    for segment in segments:
        begins, ends = max(utc(segment.start_at), start), min(utc(segment.end_at), end)
        if result.spans and begins - result.spans[-1].end <= SPAN_JOIN:
            if ends > result.spans[-1].end:
                result.spans[-1] = Span(result.spans[-1].start, ends)
        else:
            result.spans.append(Span(begins, ends))
    gaps = await RecordingGap.filter(camera_id=camera.id, start_at__lte=end).order_by("start_at")
    for gap in gaps:
        if gap.end_at is not None and utc(gap.end_at) < start:
            continue
        result.gaps.append(
            Gap(
                max(utc(gap.start_at), start),
                min(utc(gap.end_at), end) if gap.end_at else None,
                str(gap.cause),
            )
        )
    markers: list[EventMarker] = []
    for alert in await Alert.filter(
        object_type="Camera", object_id=str(camera.id), created_at__gte=start, created_at__lte=end
    ).limit(500):
        markers.append(EventMarker(utc(alert.created_at), "ALERT", alert.title, str(alert.id)))
    notices = await HazardNotice.filter(
        camera_id=camera.id, issued_at__gte=start - MAX_EVIDENCE_LEAD, issued_at__lte=end + CLIP_BEFORE
    ).limit(500)
    holds = {
        hold.ref_id: hold
        for hold in await RecordingHold.filter(
            reason__in=(HoldReason.HAZARD_NOTICE, HoldReason.STOP_WORK_ORDER),
            ref_id__in=[notice.id for notice in notices],
        )
    }
    for notice in notices:
        hold = holds.get(notice.id)
        at = utc(hold.start_at) + CLIP_BEFORE if hold is not None else utc(notice.issued_at)
        if start <= at <= end:
            kind = "STOP_WORK_ORDER" if str(notice.kind) == "STOP_WORK" else "HAZARD_NOTICE"
            markers.append(EventMarker(at, kind, notice.description[:120], str(notice.id)))
    for event in await AuditEvent.filter(
        object_type="Camera",
        object_id=str(camera.id),
        action__in=TAKEOVER_ACTIONS,
        at__gte=start,
        at__lte=end,
    ).limit(500):
        markers.append(EventMarker(utc(event.at), "CONTROL_TAKEOVER", event.action, str(event.id)))
    result.events = sorted(markers, key=lambda marker: marker.at)
    return result


async def gateway_for(camera: Camera, around: datetime | None = None) -> MediaGateway:
    """The gateway holding the camera's files near ``around`` (the one that recorded them), else the
    gateway that serves the camera's district now."""
    query = RecordingSegment.filter(camera_id=camera.id)
    if around is not None:
        query = query.filter(start_at__lte=around + timedelta(minutes=5))
    latest = await query.order_by("-start_at").first()
    if latest is not None:
        gateway = await MediaGateway.get_or_none(gateway_id=latest.gateway_id)
        if gateway is not None:
            return gateway
    project = await camera.project
    return await pick_gateway(project.district_id)


def mint_range_ticket(
    settings: Settings,
    *,
    kind: str,
    gateway_id: str,
    camera_id: int,
    user_id: int,
    role: str,
    start: datetime,
    end: datetime,
    ttl: timedelta,
    session: str | None = None,
    extra: dict[str, Any] | None = None,
) -> tuple[str, datetime]:
    """``session``: the login session of the user it is minted for; the gateway refuses the ticket once
    that session (or every session of the user) has ended. None for work the backend does on its own."""
    private_pem, _ = ticket_keys(settings)
    now = datetime.now(UTC)
    expires_at = now + ttl
    claims: dict[str, Any] = {
        "iss": TICKET_ISSUER,
        "aud": TICKET_AUDIENCE,
        "kind": kind,
        "gw": gateway_id,
        "cam": str(camera_id),
        "from": int(start.timestamp()),
        "to": int(end.timestamp()) + 1,
        "sub": str(user_id),
        "role": role,
        "sid": session or "",
        "iat": now,
        "exp": expires_at,
        "jti": uuid.uuid4().hex,
        **(extra or {}),
    }
    return jwt.encode(claims, private_pem, algorithm="ES256"), expires_at


@dataclass(frozen=True)
class PlaybackStart:
    playlist_url: str
    ticket: str
    expires_at: datetime
    start: datetime
    end: datetime
    snapshot_url: str
    gateway_id: str


async def start_playback(
    settings: Settings, principal: Principal, camera: Camera, at: datetime, client_ip: str = ""
) -> PlaybackStart:
    at = utc(at)
    now = datetime.now(UTC)
    if at > now + timedelta(seconds=5):
        raise InvalidRange("`at` lies in the future")
    gateway = await gateway_for(camera, at)
    start, end = at - WINDOW_BEFORE, at + WINDOW_AFTER
    ticket, expires_at = mint_range_ticket(
        settings,
        kind="playback",
        gateway_id=gateway.gateway_id,
        camera_id=camera.id,
        user_id=principal.user_id,
        role=str(principal.role),
        start=start,
        end=end,
        ttl=PLAYBACK_TICKET_TTL,
        session=principal.session,
    )
    await log_footage_access(
        "footage.playback",
        principal,
        camera,
        client_ip,
        access=DocumentAccessAction.PLAYBACK,
        start=start,
        end=end,
        at=at.isoformat(),
        gateway=gateway.gateway_id,
    )
    return PlaybackStart(
        playlist_url=f"{gateway.public_url}/playback/{camera.id}/index.m3u8",
        ticket=ticket,
        expires_at=expires_at,
        start=start,
        end=end,
        snapshot_url=f"{gateway.public_url}/snapshot/{camera.id}",
        gateway_id=gateway.gateway_id,
    )


SNAPSHOT_TICKET_TTL = timedelta(minutes=2)


@dataclass(frozen=True)
class SnapshotStart:
    url: str
    ticket: str
    expires_at: datetime
    at: datetime


async def start_snapshot(
    settings: Settings, principal: Principal, camera: Camera, at: datetime, client_ip: str = ""
) -> SnapshotStart:
    """A ticket for the recorded frame at ``at`` (the gateway takes snapshots against nothing else);
    written to the access log like a playback."""
    at = utc(at)
    if at > datetime.now(UTC) + timedelta(seconds=5):
        raise InvalidRange("`at` lies in the future")
    gateway = await gateway_for(camera, at)
    ticket, expires_at = mint_range_ticket(
        settings,
        kind="snapshot",
        gateway_id=gateway.gateway_id,
        camera_id=camera.id,
        user_id=principal.user_id,
        role=str(principal.role),
        start=at - timedelta(seconds=1),
        end=at + timedelta(seconds=1),
        ttl=SNAPSHOT_TICKET_TTL,
    )
    await log_footage_access(
        "footage.snapshot",
        principal,
        camera,
        client_ip,
        access=DocumentAccessAction.SNAPSHOT,
        start=at,
        end=at,
        at=at.isoformat(),
        gateway=gateway.gateway_id,
    )
    stamp = at.isoformat().replace("+00:00", "Z")
    return SnapshotStart(
        url=f"{gateway.public_url}/snapshot/{camera.id}?at={stamp}",
        ticket=ticket,
        expires_at=expires_at,
        at=at,
    )


async def log_footage_access(
    action: str,
    principal: Principal,
    camera: Camera,
    client_ip: str = "",
    *,
    access: DocumentAccessAction,
    start: datetime | None = None,
    end: datetime | None = None,
    export_id: int | None = None,
    **detail: Any,
) -> None:
    """Footage is as confidential as documents (Art. 10): who played back, snapshotted, exported or
    downloaded which camera's footage, when and from where — a row of the Art. 10 access log (the one
    documents use) plus the audit entry ``footage.*``."""
    project = await camera.project
    await DocumentAccess.create(
        document_id=None,
        camera_id=camera.id,
        clip_export_id=export_id,
        footage_from=start,
        footage_to=end,
        user_id=principal.user_id,
        username=principal.username,
        role=str(principal.role),
        action=access,
        project_id=project.id,
        district_id=project.district_id,
        client_ip=client_ip,
    )
    if export_id is not None:
        detail["exportId"] = export_id
    await record_audit(
        action,
        actor_id=principal.user_id,
        actor_role=str(principal.role),
        object_type="Camera",
        object_id=str(camera.id),
        district_id=project.district_id,
        project_id=project.id,
        detail={"username": principal.username, **detail},
        client_ip=client_ip,
    )


__all__ = ["InvalidRange", "NoGatewayAvailable", "start_playback", "timeline"]
