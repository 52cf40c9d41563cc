"""The rows a live alert's ``project`` and ``camera`` fields read, read once for all its audiences.

Every audience of the fan-out executes its selection with DataLoaders of its own, which read through
its scope: six audiences made twelve queries per alert (project and hazard notice, then camera), and
the alert waited for two round trips before its first frame went out. Here each row is read once per
batch of alerts, whatever the scope, and each audience's loaders are primed with what its own scoped
query would have returned: the row where authz admits it (``in_scope``, ``in_scope_by_project``),
None where not or where the row is gone. Fields the rows here do not cover are read by the loaders
as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from backend.authz.policy import Principal
from backend.authz.scope import in_scope, in_scope_by_project
from backend.cameras.models import Camera
from backend.hazards.models import HazardNotice
from backend.projects.models import Project

if TYPE_CHECKING:
    from backend.loaders import Loaders

Row = TypeVar("Row", Camera, HazardNotice)


@dataclass(frozen=True)
class AlertRows:
    projects: dict[int, Project | None]
    notices: dict[int, HazardNotice | None]
    cameras: dict[int, Camera | None]

    @classmethod
    async def read(cls, messages: Iterable[dict[str, Any]]) -> AlertRows:
        """The rows behind bus messages of alerts (``alert_message``): three queries at most."""
        project_ids: set[int] = set()
        notice_ids: set[int] = set()
        camera_ids: set[int] = set()
        for message in messages:
            if message.get("projectId") is not None:
                project_ids.add(int(message["projectId"]))
            object_id = str(message.get("objectId") or "")
            if object_id.isdigit():
                if message.get("objectType") == "HazardNotice":
                    notice_ids.add(int(object_id))
                elif message.get("objectType") == "Camera":
                    camera_ids.add(int(object_id))
        notices = {row.id: row for row in await HazardNotice.filter(id__in=notice_ids)} if notice_ids else {}
        camera_ids |= {row.camera_id for row in notices.values() if row.camera_id is not None}
        cameras = {row.id: row for row in await Camera.filter(id__in=camera_ids)} if camera_ids else {}
        project_ids |= {row.project_id for row in notices.values()}
        project_ids |= {row.project_id for row in cameras.values()}
        projects = {row.id: row for row in await Project.filter(id__in=project_ids)} if project_ids else {}
        return cls(
            projects={pk: projects.get(pk) for pk in project_ids},
            notices={pk: notices.get(pk) for pk in notice_ids},
            cameras={pk: cameras.get(pk) for pk in camera_ids},
        )

    def prime(self, loaders: Loaders, principal: Principal) -> None:
        """Fill an audience's loaders with the rows its scope admits (None for the others)."""
        loaders.project_by_id.prime_many(
            {
                pk: row if row is not None and in_scope(principal, row) else None
                for pk, row in self.projects.items()
            }
        )
        loaders.hazard_notice_by_id.prime_many(
            {pk: self._admitted(principal, row) for pk, row in self.notices.items()}
        )
        loaders.camera_by_id.prime_many(
            {pk: self._admitted(principal, row) for pk, row in self.cameras.items()}
        )

    def _admitted(self, principal: Principal, row: Row | None) -> Row | None:
        project = self.projects.get(row.project_id) if row is not None else None
        if row is None or project is None:  # a row without its project is outside every scope
            return None
        return row if in_scope_by_project(principal, row, project) else None
