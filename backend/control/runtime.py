"""One ControlService per process (per ``Services``), built from the settings."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from backend.cameras.services import usable_onvif_endpoint
from backend.control.priority import PriorityTable
from backend.control.services import ControlConfig, ControlService
from backend.control.store import DatabaseLeaseStore, LeaseStore, RedisLeaseStore

if TYPE_CHECKING:
    from backend.services import Services

_BY_SERVICES: dict[int, ControlService] = {}
_default: ControlService | None = None


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
        autostop_seconds=settings.ptz_autostop_seconds,
        endpoint_of=lambda camera: usable_onvif_endpoint(settings, camera),
    )
    return ControlService(store, services.bus, config)


def control_for(services: Services) -> ControlService:
    global _default
    control = _BY_SERVICES.get(id(services))
    if control is None:
        control = _BY_SERVICES[id(services)] = build_control(services)
    _default = control
    return control


def default_control() -> ControlService | None:
    return _default


async def close_control(services: Services) -> None:
    global _default
    control = _BY_SERVICES.pop(id(services), None)
    if control is not None:
        await control.aclose()
        if _default is control:
            _default = None


class _LeaseCityControlCheck:
    """Plugs the lease store into the Art. 12 document-upload check (backend/documents/citycontrol.py)."""

    async def city_control_active(self, project_id: int) -> bool:
        from backend.control.city_control import city_control_active

        return await city_control_active(project_id)


def _register_city_control_check() -> None:
    from backend.documents.citycontrol import register_city_control_check

    register_city_control_check(_LeaseCityControlCheck())


_register_city_control_check()
