"""Article 12: while the city center positions a camera of a project, site parties may not
transmit safety documents. The PTZ lease work plugs its lease store in here."""

from __future__ import annotations

from typing import Protocol


class CityControlCheck(Protocol):
    async def city_control_active(self, project_id: int) -> bool:
        """True while the city center holds a live control lease on any camera of the project."""
        ...


class NoLeases:
    """Default until PTZ leases exist: the city never holds a camera."""

    async def city_control_active(self, project_id: int) -> bool:
        return False


_registry: list[CityControlCheck] = [NoLeases()]


def register_city_control_check(check: CityControlCheck) -> None:
    """Install the lease-backed check (replaces the default)."""
    _registry[:] = [check]


def current_city_control_check() -> CityControlCheck:
    return _registry[0]
