"""Builds the ControlService that ``Services`` owns (``services.control``) from the settings."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from backend.cameras.services import usable_onvif_endpoint
from backend.control.priority import PriorityTable
from backend.control.services import ControlConfig, ControlService
from backend.control.store import DatabaseLeaseStore, LeaseStore, RedisLeaseStore

if TYPE_CHECKING:
    from backend.services import Services


def build_control(services: Services) -> ControlService:
    settings = services.settings
    kind = settings.control_store or ("redis" if services.redis is not None else "database")
    store: LeaseStore
    if kind == "redis":
        if services.redis is None:
            raise RuntimeError("SITEWATCH_CONTROL_STORE=redis needs SITEWATCH_REDIS_URL")
        store = RedisLeaseStore(services.redis)
    elif kind == "database":
        store = DatabaseLeaseStore()
    else:
        raise RuntimeError(f"unknown SITEWATCH_CONTROL_STORE {kind!r} (database or redis)")
    config = ControlConfig(
        priorities=PriorityTable.parse(settings.control_priorities),
        inactivity=timedelta(seconds=settings.control_inactivity_seconds),
        reservation=timedelta(seconds=settings.city_reservation_seconds),
        autostop_seconds=settings.ptz_autostop_seconds,
        endpoint_of=lambda camera: usable_onvif_endpoint(settings, camera),
    )
    return ControlService(store, services.bus, config)
