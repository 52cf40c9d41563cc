"""Gateway registry, live-view tickets and camera health fed by the gateways."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.queryset import QuerySet

from backend.alerts.models import AlertSeverity
from backend.alerts.services import raise_alert
from backend.audit.services import record_audit
from backend.authz.policy import Principal, project_ref
from backend.authz.roles import Role, breach_audience
from backend.cameras.identity import (
    DeviceIdentity,
    Verdict,
    compare,
    completion,
    enrolled_identity,
    reported_identity,
)
from backend.cameras.models import Camera, CameraStatus
from backend.districts.models import District
from backend.events.bus import EventBus, enqueue, event_transaction
from backend.faults.services import close_restored_removals, device_replaced, open_fault, sync_fault_tickets
from backend.media.keys import ensure_ticket_keys
from backend.media.models import MediaGateway
from backend.media.tickets import mint_live_ticket
from backend.settings import Settings

log = logging.getLogger(__name__)

GATEWAY_STALE_AFTER = timedelta(seconds=90)
CAMERA_STATUS_TOPIC = "camera-status"


class NoGatewayAvailable(Exception):
    pass


@dataclass(frozen=True)
class LiveView:
    whep_url: str
    ticket: str
    expires_at: datetime
    gateway_id: str


def ticket_keys(settings: Settings) -> tuple[bytes, bytes]:
    keys_dir = settings.data_dir / "keys"
    return ensure_ticket_keys(keys_dir / "live-ticket-private.pem", keys_dir / "live-ticket-public.pem")


async def gateway_checked_in(gateway: MediaGateway, public_url: str) -> MediaGateway:
    """An authenticated gateway announces where viewers reach it; its districts are the city's assignment."""
    gateway.public_url = public_url.rstrip("/")
    gateway.last_seen_at = datetime.now(UTC)
    await gateway.save(update_fields=["public_url", "last_seen_at"])
    return gateway


async def pick_gateway(district_id: int) -> MediaGateway:
    """The live gateway for a district: its own if registered, else one serving every district."""
    district = await District.get(id=district_id)
    fresh = (
        await MediaGateway.filter(active=True, last_seen_at__gte=datetime.now(UTC) - GATEWAY_STALE_AFTER)
        .exclude(public_url="")
        .order_by("id")
    )
    own = [g for g in fresh if district.code in g.districts]
    wildcard = [g for g in fresh if "*" in g.districts]
    for gateway in own + wildcard:
        return gateway
    raise NoGatewayAvailable(f"no media gateway serves district {district.code}")


def _assigned_cameras(gateway: MediaGateway, *, live_only: bool = True) -> QuerySet[Camera]:
    query = Camera.exclude(status=CameraStatus.DECOMMISSIONED) if live_only else Camera.all()
    if "*" not in gateway.districts:
        query = query.filter(project__district__code__in=list(gateway.districts))
    return query


async def cameras_for_gateway(gateway_id: str) -> list[Camera]:
    """The cameras of the districts assigned to this (authenticated) gateway, with their projects."""
    gateway = await MediaGateway.get_or_none(gateway_id=gateway_id, active=True)
    if gateway is None:
        return []
    return await _assigned_cameras(gateway).select_related("project").order_by("id")


async def camera_ids_outside_gateway(
    gateway_id: str, ids: Iterable[int], *, live_only: bool = True
) -> list[int]:
    """Of ``ids``, those that are not cameras of the districts assigned to the gateway ``gateway_id``.
    Pass the id of the gateway that authenticated the request, never one taken from its body.

    Every internal endpoint that takes camera ids checks them here and only here. ``live_only=False``
    also accepts decommissioned cameras: their footage stays on the gateway until retention removes it,
    and the gateway must still be able to report those files (segments, deletions)."""
    wanted = sorted(set(ids))
    if not wanted:
        return []
    gateway = await MediaGateway.get_or_none(gateway_id=gateway_id, active=True)
    if gateway is None:
        return wanted
    assigned = _assigned_cameras(gateway, live_only=live_only)
    inside = set(await assigned.filter(id__in=wanted).values_list("id", flat=True))
    return [pk for pk in wanted if pk not in inside]


async def start_live_view(settings: Settings, principal: Principal, camera: Camera, quality: str) -> LiveView:
    project = await camera.project
    gateway = await pick_gateway(project.district_id)
    private_pem, _ = ticket_keys(settings)
    ticket, expires_at = mint_live_ticket(
        private_pem,
        gateway_id=gateway.gateway_id,
        camera_id=camera.id,
        quality=quality,
        user_id=principal.user_id,
        role=str(principal.role),
        ttl_seconds=settings.live_ticket_ttl_seconds,
        session=principal.session,
    )
    await record_audit(
        "camera.live_view",
        actor_id=principal.user_id,
        actor_role=str(principal.role),
        object_type="Camera",
        object_id=str(camera.id),
        district_id=project.district_id,
        project_id=project.id,
        detail={"quality": quality, "gateway": gateway.gateway_id},
    )
    return LiveView(
        whep_url=f"{gateway.public_url}/whep/{camera.id}",
        ticket=ticket,
        expires_at=expires_at,
        gateway_id=gateway.gateway_id,
    )


_GATEWAY_STATES = {
    "ONLINE": CameraStatus.ONLINE,
    "OFFLINE": CameraStatus.OFFLINE,
    "NO_VIDEO": CameraStatus.NO_VIDEO,
}


async def check_silent_gateways(bus: EventBus, now: datetime, silence: timedelta) -> int:
    """Art. 16: a gateway that stops reporting leaves nobody watching its cameras. After
    ``silence`` its cameras (those no other live gateway serves) become UNKNOWN, their fault
    tickets open (the 24 h clock starts), and the city and the district hear of it once."""
    down = 0
    fresh = await MediaGateway.filter(last_seen_at__gte=now - silence)
    covered_codes = {code for gateway in fresh for code in gateway.districts}
    for gateway in await MediaGateway.filter(last_seen_at__lt=now - silence, down_since=None, active=True):
        if not await MediaGateway.filter(id=gateway.id, down_since=None).update(down_since=now):
            continue  # another instance handled it
        down += 1
        if "*" in covered_codes:
            continue
        cameras = [
            camera
            for camera in await Camera.filter(
                id__in=[c.id for c in await cameras_for_gateway(gateway.gateway_id)]
            )
            .exclude(status=CameraStatus.UNKNOWN)
            .select_related("project__district")
            if camera.project.district.code not in covered_codes
        ]
        for camera in cameras:
            previous = camera.status
            await Camera.filter(id=camera.id).update(status=CameraStatus.UNKNOWN, status_changed_at=now)
            await bus.publish(
                CAMERA_STATUS_TOPIC,
                {
                    "cameraId": camera.id,
                    "projectId": camera.project_id,
                    "districtId": camera.project.district_id,
                    "projectOrganizations": project_ref(camera.project).organization_ids,
                    "status": str(CameraStatus.UNKNOWN),
                    "previous": str(previous),
                    "at": now.isoformat(),
                },
            )
            camera.status = CameraStatus.UNKNOWN
            await open_fault(bus, camera, now, detail=f"gateway {gateway.gateway_id} silent")
        for district_id in sorted({camera.project.district_id for camera in cameras}):
            await raise_alert(
                bus,
                kind="GATEWAY_DOWN",
                severity=AlertSeverity.CRITICAL,
                title=f"视频网关失联 / Media gateway silent: {gateway.gateway_id}",
                message=f"第十六条 / Art. 16: no report since "
                f"{gateway.last_seen_at.isoformat() if gateway.last_seen_at else 'registration'}; "
                f"{sum(1 for c in cameras if c.project.district_id == district_id)} cameras unknown",
                district_id=district_id,
                audience_roles=breach_audience(Role.DISTRICT_CENTER),
                object_type="MediaGateway",
                object_id=gateway.gateway_id,
            )
    return down


# Bits of the 64-bit pHash that may differ before a view counts as moved or covered.
VIEW_CHANGED_BITS = 20


def _view_distance(a: str, b: str) -> int:
    try:
        return (int(a, 16) ^ int(b, 16)).bit_count()
    except ValueError:
        return 0


async def compare_view(bus: EventBus, control: Any, camera: Camera, view_hash: str, now: datetime) -> None:
    """Art. 16: a camera may not be moved without approval. Its keyframe's pHash is compared with
    the reference view; a PTZ move through SiteWatch (a control lease is live) is not tampering:
    the comparison waits and the view after the lease becomes the new reference."""
    if len(view_hash) != 16 or any(c not in "0123456789abcdef" for c in view_hash):
        return
    lease = await control.store.load(camera.id) if control is not None else None
    if lease is not None and lease.live(control.clock()):
        if camera.reference_view_hash is not None:
            await Camera.filter(id=camera.id).update(reference_view_hash=None, view_alerted_at=None)
        return
    if camera.reference_view_hash is None:
        await Camera.filter(id=camera.id).update(reference_view_hash=view_hash, view_alerted_at=None)
        return
    moved = _view_distance(camera.reference_view_hash, view_hash) > VIEW_CHANGED_BITS
    if moved and camera.view_alerted_at is None:
        await Camera.filter(id=camera.id).update(view_alerted_at=now)
        await raise_alert(
            bus,
            kind="CAMERA_VIEW_CHANGED",
            severity=AlertSeverity.CRITICAL,
            title=f"摄像机被移动或遮挡 / Camera moved or covered: {camera.name}",
            message=f"第十六条 / Art. 16: {camera.project.name} · {camera.location} — the picture no longer "
            "matches the approved view",
            project=camera.project,
            audience_roles=breach_audience(Role.DISTRICT_CENTER, Role.PROVIDER, Role.SUPERVISOR),
            object_type="Camera",
            object_id=str(camera.id),
        )
    elif not moved and camera.view_alerted_at is not None:
        await Camera.filter(id=camera.id).update(view_alerted_at=None)  # back in place: alert again next time


async def compare_device(bus: EventBus, camera: Camera, reported: DeviceIdentity, now: datetime) -> None:
    """Art. 16: a camera may not be removed or replaced without approval. The first device a gateway
    reports at the camera's address is enrolled; another one later opens an unauthorized-removal
    ticket and alerts, once per change; the enrolled device answering again closes it. An approved
    removal or an edit of the address resets the enrolment (backend.cameras.services)."""
    enrolled = enrolled_identity(camera)
    if enrolled is None:
        if await Camera.filter(id=camera.id, device_enrolled_at=None).update(
            **reported.columns(), device_enrolled_at=now, device_replaced_at=None
        ):
            await _audit_device("camera.device_enrolled", camera, reported.as_detail())
        return
    verdict = compare(enrolled, reported)
    if verdict is Verdict.DIFFERENT:
        if camera.device_replaced_at is None and await Camera.filter(
            id=camera.id, device_replaced_at=None
        ).update(device_replaced_at=now):
            await device_replaced(bus, camera, enrolled, reported, now)
        return
    learned = completion(enrolled, reported)
    if learned and await Camera.filter(id=camera.id).update(**learned):
        detail = {"completed": sorted(learned), **reported.as_detail()}
        await _audit_device("camera.device_enrolled", camera, detail)
    if (
        verdict is Verdict.SAME
        and camera.device_replaced_at is not None
        and await Camera.filter(id=camera.id, device_replaced_at__not_isnull=True).update(
            device_replaced_at=None
        )
    ):
        await close_restored_removals(now, [camera.id])


async def _audit_device(action: str, camera: Camera, detail: Mapping[str, object]) -> None:
    await record_audit(
        action,
        object_type="Camera",
        object_id=str(camera.id),
        district_id=camera.project.district_id,
        project_id=camera.project_id,
        detail=dict(detail),
    )


async def apply_health_report(
    bus: EventBus, gateway_id: str, cameras: list[dict[str, Any]], control: Any = None
) -> int:
    """Update camera status from a gateway's report; return how many cameras changed."""
    await MediaGateway.filter(gateway_id=gateway_id).update(last_seen_at=datetime.now(UTC), down_since=None)
    reported = {str(item.get("id")): _GATEWAY_STATES.get(str(item.get("state"))) for item in cameras}
    ids = [int(key) for key, state in reported.items() if key.isdigit() and state is not None]
    now = datetime.now(UTC)
    changed_ids: list[int] = []
    for camera in (
        await Camera.filter(id__in=ids).exclude(status=CameraStatus.DECOMMISSIONED).select_related("project")
    ):
        new_status = reported[str(camera.id)]
        if new_status is None or camera.status == new_status:
            continue
        previous = camera.status
        camera.status = new_status
        camera.status_changed_at = now
        async with event_transaction() as connection:  # the change and its event commit together
            await camera.save(update_fields=["status", "status_changed_at"], using_db=connection)
            await enqueue(
                connection,
                CAMERA_STATUS_TOPIC,
                {
                    "cameraId": camera.id,
                    "projectId": camera.project_id,
                    "districtId": camera.project.district_id,
                    "projectOrganizations": project_ref(camera.project).organization_ids,
                    "status": str(new_status),
                    "previous": str(previous),
                    "at": now.isoformat(),
                },
            )
        bus.kick()
        changed_ids.append(camera.id)
        if new_status in (CameraStatus.OFFLINE, CameraStatus.NO_VIDEO) and previous in (
            CameraStatus.ONLINE,
            CameraStatus.UNKNOWN,
        ):
            await raise_alert(
                bus,
                kind="CAMERA_OFFLINE",
                severity=AlertSeverity.CRITICAL,
                title=f"摄像机离线 / Camera offline: {camera.name}",
                message=f"{camera.project.name} · {camera.location} ({new_status}) — Art. 16: repair within 24 h",
                project=camera.project,
                object_type="Camera",
                object_id=str(camera.id),
            )
        elif new_status is CameraStatus.ONLINE and previous in (CameraStatus.OFFLINE, CameraStatus.NO_VIDEO):
            await raise_alert(
                bus,
                kind="CAMERA_RECOVERED",
                severity=AlertSeverity.INFO,
                title=f"摄像机恢复 / Camera back online: {camera.name}",
                message=camera.project.name,
                project=camera.project,
                object_type="Camera",
                object_id=str(camera.id),
            )
    if changed_ids:
        # Art. 16: the 24-hour repair clock starts when the gateway reports the fault, not at the next sweep.
        await sync_fault_tickets(bus, now, changed_ids)
    hashes = {
        int(str(item.get("id"))): str(item["viewHash"])
        for item in cameras
        if isinstance(item.get("viewHash"), str) and str(item.get("id")).isdigit()
    }
    if hashes:
        for camera in await Camera.filter(id__in=list(hashes), status=CameraStatus.ONLINE).select_related(
            "project"
        ):
            await compare_view(bus, control, camera, hashes[camera.id], now)
    devices = {
        int(str(item.get("id"))): identity
        for item in cameras
        if str(item.get("id")).isdigit() and (identity := reported_identity(item.get("device"))) is not None
    }
    if devices:
        for camera in await Camera.filter(id__in=list(devices), status=CameraStatus.ONLINE).select_related(
            "project"
        ):
            await compare_device(bus, camera, devices[camera.id], now)
    return len(changed_ids)
