"""Article 12: while the city center positions a camera of a project, site parties may not
transmit safety documents. The check is the ControlService of the process's ``Services`` (its
lease store); every upload is handed it explicitly, so it cannot silently go missing."""

from __future__ import annotations

from typing import Protocol


class CityControlCheck(Protocol):
    async def city_control_active(self, project_id: int) -> bool:
        """True while the city center holds a live control lease on any camera of the project."""
        ...
