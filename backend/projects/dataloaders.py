from __future__ import annotations

from strawberry.dataloader import DataLoader

from backend.authz.policy import Principal, project_scope
from backend.authz.scope import scoped
from backend.graphql_core.loading import many_per_key, one_per_key
from backend.projects.models import ApprovalStatus, Project, ProjectChangeRequest


def project_by_id(principal: Principal) -> DataLoader[int, Project | None]:
    async def load(keys: list[int]) -> list[Project | None]:
        rows = await scoped(Project.filter(id__in=keys), principal)
        return one_per_key(keys, rows, lambda row: row.id)

    return DataLoader(load_fn=load)


def change_requests_by_project(principal: Principal) -> DataLoader[int, list[ProjectChangeRequest]]:
    async def load(keys: list[int]) -> list[list[ProjectChangeRequest]]:
        rows = await ProjectChangeRequest.filter(
            project_scope(principal, "project__"), project_id__in=keys, status=ApprovalStatus.PENDING
        ).order_by("id")
        return many_per_key(keys, rows, lambda row: row.project_id)

    return DataLoader(load_fn=load)
