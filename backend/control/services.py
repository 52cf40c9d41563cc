"""The camera-control rules: acquire / preempt / release / expire leases, PTZ commands under a live lease,
server-side auto-stop of continuous moves, events on the bus and an audit record for each step.
Resolvers stay thin: they authorize and load the camera in scope, then call this."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from backend.audit.services import record_audit
from backend.auth.models import User
from backend.authz.policy import Operation, Principal, role_allows
from backend.authz.roles import Role
from backend.cameras.models import Camera
from backend.control.drivers import DriverRegistry, PresetNotFound, PtzDriver, PtzError, PtzUnsupported
from backend.control.drivers.onvif import warm_up as onvif_warm_up
from backend.control.leases import Candidate, Lease, Verdict, decide_acquire
from backend.control.priority import PriorityTable
from backend.control.store import LeaseStore
from backend.events.bus import EventBus

log = logging.getLogger(__name__)
T = TypeVar("T")
CAS_ATTEMPTS = 50


def utcnow() -> datetime:
    return datetime.now(UTC)


def control_topic(camera_id: int) -> str:
    return f"camera-control:{camera_id}"


class ControlError(Exception):
    """An expected refusal; ``code`` is what clients branch on."""

    def __init__(self, code: str, message: str, lease: Lease | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.lease = lease


@dataclass(frozen=True)
class ControlConfig:
    priorities: PriorityTable
    inactivity: timedelta = timedelta(seconds=60)
    reservation: timedelta = timedelta(hours=2)  # Art. 12: a city reservation ends by itself
    autostop_seconds: float = 1.5
    sweep_interval_seconds: float = 1.0
    # The ONVIF endpoint with the camera's credentials put back in (they are stored apart, encrypted).
    endpoint_of: Callable[[Camera], str] = field(default=lambda camera: camera.onvif_endpoint)


@dataclass
class _Move:
    lease_id: str
    issued_at: datetime
    deadline: datetime
    endpoint: str


class ControlService:
    def __init__(
        self,
        store: LeaseStore,
        bus: EventBus,
        config: ControlConfig,
        drivers: DriverRegistry | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.store = store
        self.bus = bus
        self.config = config
        self.drivers = drivers or DriverRegistry()
        self.clock = clock
        self._moves: dict[int, _Move] = {}
        self._last_velocity: dict[int, tuple[float, float, float]] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._loops: list[asyncio.Task[None]] = []

    # -- leases ------------------------------------------------------------------------------------------------
    async def current(self, camera_id: int) -> Lease | None:
        lease = await self.store.load(camera_id)
        return lease if lease is not None and lease.live(self.clock()) else None

    async def acquire(
        self,
        principal: Principal,
        camera: Camera,
        district_id: int,
        *,
        reserve: bool = False,
        break_reservation: bool = False,
        client_ip: str = "",
    ) -> Lease:
        if not camera.ptz_capable:
            raise ControlError("PTZ_NOT_SUPPORTED", "This camera cannot be positioned")
        priority = self.config.priorities.of(principal.role)
        if priority is None:
            raise ControlError("CONTROL_NOT_ALLOWED", "This deployment gives your role no control priority")
        if reserve and not role_allows(principal, Operation.RESERVE_CAMERA):
            raise ControlError("RESERVATION_NOT_ALLOWED", "Only the city center may reserve a camera")
        if break_reservation and not role_allows(principal, Operation.BREAK_RESERVATION):
            raise ControlError("RESERVATION_NOT_ALLOWED", "Your role may not break a reservation")
        user = await User.get_or_none(id=principal.user_id)
        candidate = Candidate(
            camera_id=camera.id,
            project_id=camera.project_id,
            district_id=district_id,
            holder_id=principal.user_id,
            holder_username=principal.username,
            holder_display_name=(user.display_name if user else "") or principal.username,
            holder_role=principal.role.value,
            priority=priority,
            reserve=reserve,
            break_reservation=break_reservation,
        )
        for _ in range(CAS_ATTEMPTS):
            now = self.clock()
            current = await self.store.load(camera.id)
            decision = decide_acquire(
                current, candidate, now, self.config.inactivity, self.config.reservation
            )
            if decision.verdict is Verdict.REFUSED:
                blocking = decision.blocking
                assert blocking is not None
                until = (
                    f"until {blocking.expires_at:%H:%M:%S} UTC" if blocking.expires_at else "until released"
                )
                raise ControlError(
                    "CONTROL_HELD",
                    f"Controlled by {blocking.holder_username} ({blocking.holder_role}) {until}",
                    blocking,
                )
            assert decision.lease is not None
            if await self.store.compare_and_set(camera.id, current, decision.lease):
                break
        else:
            raise ControlError("CONTROL_CONTENDED", "Too many concurrent requests for this camera; try again")
        lease, previous = decision.lease, decision.previous
        if previous is not None and not previous.live(now):
            await self._ended("EXPIRED", previous, None, client_ip)
        if decision.verdict is Verdict.PREEMPTED:
            assert previous is not None
            await self._publish("PREEMPTED", camera.id, lease, previous)
            self._background(self._stop_quietly(self.config.endpoint_of(camera), camera.id))
            await self._audit(
                "camera_control.preempt",
                principal,
                lease,
                client_ip,
                previous_holder=previous.holder_username,
                previous_role=previous.holder_role,
                reservation_broken=previous.reserved,
                reserved=lease.reserved,
            )
        else:
            await self._publish("ACQUIRED", camera.id, lease, None)
            action = (
                "camera_control.renew" if decision.verdict is Verdict.RENEWED else "camera_control.acquire"
            )
            await self._audit(action, principal, lease, client_ip, reserved=lease.reserved)
        return lease

    async def release(self, principal: Principal, camera: Camera, client_ip: str = "") -> Lease:
        for _ in range(CAS_ATTEMPTS):
            current = await self.store.load(camera.id)
            self._require_holder(principal, current)
            assert current is not None
            if await self.store.compare_and_set(camera.id, current, None):
                break
        else:
            raise ControlError("CONTROL_CONTENDED", "Too many concurrent requests for this camera; try again")
        self._moves.pop(camera.id, None)
        await self._publish("RELEASED", camera.id, None, current)
        self._background(self._stop_quietly(self.config.endpoint_of(camera), camera.id))
        await self._audit("camera_control.release", principal, current, client_ip)
        return current

    def _require_holder(self, principal: Principal, lease: Lease | None) -> None:
        if lease is None or not lease.live(self.clock()):
            raise ControlError("NOT_CONTROLLER", "Take control of the camera first")
        if lease.holder_id != principal.user_id:
            until = f"until {lease.expires_at:%H:%M:%S} UTC" if lease.expires_at else "until released"
            raise ControlError(
                "NOT_CONTROLLER",
                f"Controlled by {lease.holder_username} ({lease.holder_role}) {until}",
                lease,
            )

    async def touch(self, principal: Principal, camera: Camera) -> Lease:
        """The caller's live lease, extended by one inactivity period (every command does this)."""
        for _ in range(CAS_ATTEMPTS):
            current = await self.store.load(camera.id)
            self._require_holder(principal, current)
            assert current is not None
            renewed = current.touched(self.clock(), self.config.inactivity)
            if await self.store.compare_and_set(camera.id, current, renewed):
                return renewed
        raise ControlError("CONTROL_CONTENDED", "Too many concurrent requests for this camera; try again")

    async def sweep_once(self) -> list[Lease]:
        """End every lease whose inactivity deadline passed (one process wins each, by compare-and-set)."""
        now = self.clock()
        ended = []
        for lease in await self.store.due(now):
            if lease.live(now):
                continue
            if await self.store.compare_and_set(lease.camera_id, lease, None):
                self._moves.pop(lease.camera_id, None)
                await self._ended("EXPIRED", lease, None, "")
                ended.append(lease)
        return ended

    async def _ended(self, kind: str, lease: Lease, successor: Lease | None, client_ip: str) -> None:
        await self._publish(kind, lease.camera_id, successor, lease)
        await record_audit(
            "camera_control.expire",
            actor_id=lease.holder_id,
            actor_role=lease.holder_role,
            object_type="Camera",
            object_id=str(lease.camera_id),
            district_id=lease.district_id,
            project_id=lease.project_id,
            detail={
                "lease": lease.lease_id,
                "expiredAt": lease.expires_at.isoformat() if lease.expires_at else None,
            },
            client_ip=client_ip,
        )

    async def city_control_active(self, project_id: int) -> bool:
        """Art. 12: whether a city-center lease on any camera of the project is live."""
        now = self.clock()
        return any(
            lease.live(now) and lease.holder_role == Role.CITY_CENTER.value
            for lease in await self.store.for_project(project_id)
        )

    # -- PTZ commands ------------------------------------------------------------------------------------------
    async def driver_for(self, camera: Camera) -> PtzDriver:
        driver = (
            await self.drivers.for_endpoint(self.config.endpoint_of(camera)) if camera.ptz_capable else None
        )
        if driver is None:
            raise ControlError("PTZ_NOT_SUPPORTED", "This camera has no PTZ control endpoint")
        return driver

    async def command(
        self,
        principal: Principal,
        camera: Camera,
        name: str,
        action: Callable[[PtzDriver], Awaitable[T]],
        *,
        detail: dict[str, Any] | None = None,
        audit: bool = True,
        client_ip: str = "",
    ) -> tuple[T, Lease]:
        driver = await self.driver_for(camera)
        lease = await self.touch(principal, camera)
        try:
            result = await action(driver)
        except PresetNotFound as exc:
            raise ControlError("PRESET_NOT_FOUND", "No such preset on this camera") from exc
        except PtzUnsupported as exc:
            raise ControlError("PTZ_NOT_SUPPORTED", str(exc)) from exc
        except PtzError as exc:
            await self.drivers.forget(self.config.endpoint_of(camera))
            raise ControlError("PTZ_DEVICE_ERROR", str(exc)) from exc
        if audit:
            await self._audit(f"ptz.{name}", principal, lease, client_ip, **(detail or {}))
        return result, lease

    async def move(
        self, principal: Principal, camera: Camera, pan: float, tilt: float, zoom: float, client_ip: str = ""
    ) -> Lease:
        for value in (pan, tilt, zoom):
            if not -1.0 <= value <= 1.0:
                raise ControlError("INVALID_PTZ_INPUT", "Velocities are between -1 and 1")
        velocity = (pan, tilt, zoom)
        if velocity == (0.0, 0.0, 0.0):
            return await self.stop(principal, camera, client_ip)
        # A press-and-hold pad repeats the same move as a heartbeat: audit changes, not heartbeats.
        repeated = self._last_velocity.get(camera.id) == velocity and camera.id in self._moves
        timeout = self.config.autostop_seconds * 2  # the camera's own backstop behind the server's auto-stop
        _, lease = await self.command(
            principal,
            camera,
            "move",
            lambda d: d.continuous_move(pan, tilt, zoom, timeout),
            detail={"pan": pan, "tilt": tilt, "zoom": zoom},
            audit=not repeated,
            client_ip=client_ip,
        )
        self._last_velocity[camera.id] = velocity
        self._moves[camera.id] = _Move(
            lease_id=lease.lease_id,
            issued_at=lease.last_command_at,
            deadline=lease.last_command_at + timedelta(seconds=self.config.autostop_seconds),
            endpoint=self.config.endpoint_of(camera),
        )
        return lease

    async def stop(self, principal: Principal, camera: Camera, client_ip: str = "") -> Lease:
        _, lease = await self.command(principal, camera, "stop", lambda d: d.stop(), client_ip=client_ip)
        self._moves.pop(camera.id, None)
        self._last_velocity.pop(camera.id, None)
        return lease

    async def autostop_once(self) -> list[int]:
        """Stop continuous moves whose client went silent; returns the cameras stopped."""
        now = self.clock()
        stopped = []
        for camera_id, move in list(self._moves.items()):
            if now < move.deadline:
                continue
            if self._moves.get(camera_id) is not move:
                continue
            del self._moves[camera_id]
            self._last_velocity.pop(camera_id, None)
            lease = await self.store.load(camera_id)
            if lease is not None and (
                lease.lease_id != move.lease_id or lease.last_command_at > move.issued_at
            ):
                continue  # a later command (possibly through another backend instance) owns the head now
            await self._stop_quietly(move.endpoint, camera_id)
            stopped.append(camera_id)
            await record_audit(
                "ptz.autostop",
                actor_id=lease.holder_id if lease else None,
                actor_role=lease.holder_role if lease else "",
                object_type="Camera",
                object_id=str(camera_id),
                district_id=lease.district_id if lease else None,
                project_id=lease.project_id if lease else None,
                detail={"silentSeconds": self.config.autostop_seconds},
            )
        return stopped

    async def _stop_quietly(self, endpoint: str, camera_id: int) -> None:
        self._moves.pop(camera_id, None)
        driver = await self.drivers.for_endpoint(endpoint)
        if driver is None:
            return
        try:
            await driver.stop()
        except Exception:
            log.warning("camera %s: stop failed", camera_id, exc_info=True)

    # -- events, audit, background -------------------------------------------------------------------------
    async def _publish(self, kind: str, camera_id: int, lease: Lease | None, previous: Lease | None) -> None:
        await self.bus.publish(
            control_topic(camera_id),
            {
                "kind": kind,
                "cameraId": camera_id,
                "lease": lease.to_json() if lease else None,
                "previous": previous.to_json() if previous else None,
                "at": self.clock().isoformat(),
            },
        )

    async def _audit(
        self, action: str, principal: Principal, lease: Lease, client_ip: str, **detail: Any
    ) -> None:
        await record_audit(
            action,
            actor_id=principal.user_id,
            actor_role=principal.role.value,
            object_type="Camera",
            object_id=str(lease.camera_id),
            district_id=lease.district_id,
            project_id=lease.project_id,
            detail={"lease": lease.lease_id, **detail},
            client_ip=client_ip,
        )

    def _background(self, coroutine: Awaitable[None]) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def start(self) -> None:
        """Run the expiry sweeper and the auto-stop watchdog (the app's lifespan calls this)."""
        if not self._loops:
            self._loops = [
                asyncio.create_task(
                    self._every(self.config.sweep_interval_seconds, self.sweep_once), name="lease-sweep"
                ),
                asyncio.create_task(self._every(0.2, self.autostop_once), name="ptz-autostop"),
                asyncio.create_task(onvif_warm_up(), name="onvif-warm-up"),
            ]

    async def _every(self, seconds: float, job: Callable[[], Awaitable[Any]]) -> None:
        while True:
            try:
                await job()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("camera control background job failed")
            await asyncio.sleep(seconds)

    async def aclose(self) -> None:
        for task in self._loops:
            task.cancel()
        for task in self._loops:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._loops = []
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.drivers.close()
        await self.store.close()
