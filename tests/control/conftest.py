"""Fixtures for camera-control tests: the app's control service with a settable clock, a PTZ camera of
project A1 backed by the in-process PTZ head, and a clean slate of leases around each test."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from backend.cameras.models import Camera
from backend.control.models import CameraControlLeaseRow
from backend.control.services import ControlService
from tests.world import World


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    # Ahead of real time, so a lease made here is never swept by a real-time sweeper of another app.
    return Clock(datetime.now(UTC).replace(microsecond=0) + timedelta(hours=1))


@pytest.fixture
async def control(app: Any, clock: Clock) -> AsyncIterator[ControlService]:
    service = app.state.services.control
    original = service.clock
    service.clock = clock
    await CameraControlLeaseRow.all().delete()
    yield service
    service.clock = original
    service._moves.clear()
    await CameraControlLeaseRow.all().delete()


@pytest.fixture
async def ptz_camera(world: World, control: ControlService) -> AsyncIterator[Camera]:
    """Project A1's PTZ camera with an in-process PTZ head (``memory://``)."""
    camera = world.cameras["A1"][0]
    endpoint = f"memory://a1-{camera.id}"
    await Camera.filter(id=camera.id).update(onvif_endpoint=endpoint)
    await control.drivers.forget(endpoint)
    camera.onvif_endpoint = endpoint
    yield camera
    await Camera.filter(id=camera.id).update(onvif_endpoint="")
    camera.onvif_endpoint = ""


@pytest.fixture
def gid(world: World) -> Iterator[Any]:
    yield lambda camera: world.gid("Camera", camera.id)
