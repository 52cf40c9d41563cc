"""Art. 12 hook: while the city center positions a camera, the site may not transmit safety documents.

Document uploads (backend/documents/services.ensure_no_city_control) ask this, through the check that
backend.control.runtime registers in backend/documents/citycontrol.py, and refuse site parties with
``CITY_CONTROL_ACTIVE`` while it is true.
"""

from __future__ import annotations

from datetime import UTC, datetime

from backend.authz.roles import Role
from backend.control.runtime import default_control
from backend.control.store import DatabaseLeaseStore


async def city_control_active(project_id: int) -> bool:
    """Whether a city-center lease on any camera of the project is live right now."""
    control = default_control()
    if control is not None:
        return await control.city_control_active(project_id)
    now = datetime.now(UTC)  # no control runtime in this process (CLI): the embedded store is the truth
    return any(
        lease.live(now) and lease.holder_role == Role.CITY_CENTER.value
        for lease in await DatabaseLeaseStore().for_project(project_id)
    )
