from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from strawberry.dataloader import DataLoader

from backend.authz.policy import Principal
from backend.authz.scope import scoped
from backend.districts.models import District
from backend.graphql_core.loading import one_per_key
from backend.projects.models import Project


@dataclass(frozen=True)
class ProjectPageKey:
    district_id: int
    size: int
    after_id: int | None
    search: str | None


@dataclass(frozen=True)
class ProjectPage:
    rows: list[Project]  # up to size + 1 rows; the extra one only signals a next page
    total: int


def search_filter(search: str | None) -> dict[str, str]:
    return {"name__icontains": search.strip()} if search and search.strip() else {}


def district_by_id(principal: Principal) -> DataLoader[int, District | None]:
    async def load(keys: list[int]) -> list[District | None]:
        rows = await scoped(District.filter(id__in=keys), principal)
        return one_per_key(keys, rows, lambda row: row.id)

    return DataLoader(load_fn=load)


def projects_by_district(principal: Principal) -> DataLoader[ProjectPageKey, ProjectPage]:
    """One page of a district's projects per key, in two queries per distinct (size, after, search)
    however many districts are asked for: a narrow (id, district) scan that yields totals and the
    page ids, then the full rows of just those pages."""

    async def load(keys: list[ProjectPageKey]) -> list[ProjectPage]:
        groups: dict[tuple[int, int | None, str | None], list[int]] = defaultdict(list)
        for key in keys:
            groups[(key.size, key.after_id, key.search)].append(key.district_id)
        pages: dict[ProjectPageKey, ProjectPage] = {}
        for (size, after_id, search), district_ids in groups.items():
            pairs = await (
                scoped(Project.filter(district_id__in=district_ids, **search_filter(search)), principal)
                .order_by("district_id", "id")
                .values_list("id", "district_id")
            )
            totals: dict[int, int] = defaultdict(int)
            page_ids: dict[int, list[int]] = defaultdict(list)
            for project_id, district_id in pairs:
                totals[district_id] += 1
                bucket = page_ids[district_id]
                if (after_id is None or project_id > after_id) and len(bucket) <= size:
                    bucket.append(project_id)
            wanted = [pid for ids in page_ids.values() for pid in ids]
            rows = {row.id: row for row in await Project.filter(id__in=wanted)} if wanted else {}
            for district_id in district_ids:
                key = ProjectPageKey(district_id, size, after_id, search)
                pages[key] = ProjectPage(
                    [rows[pid] for pid in page_ids.get(district_id, [])], totals.get(district_id, 0)
                )
        return [pages[key] for key in keys]

    return DataLoader(load_fn=load)
