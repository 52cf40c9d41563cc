from __future__ import annotations

import strawberry
from tortoise.queryset import QuerySet

from backend.authz.policy import Operation, Principal
from backend.authz.scope import scoped
from backend.cameras.models import Camera, CameraStatus
from backend.districts.models import City, District
from backend.districts.types import CityType, DistrictType
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of
from backend.graphql_core.permissions import requires
from backend.projects.models import Project


def visible_districts(principal: Principal) -> QuerySet[District]:
    return scoped(District.all(), principal)


@strawberry.type(name="Overview")
class OverviewType:
    district_count: int
    project_count: int
    camera_count: int
    cameras_online: int
    cameras_offline: int


@strawberry.type
class DistrictQueries:
    @strawberry.field(extensions=requires(Operation.VIEW_PROJECT))
    async def city(self, info: Info) -> CityType:
        city = await City.first()
        return CityType(name=city.name if city else "", name_en=city.name_en if city else "")

    @strawberry.field(extensions=requires(Operation.VIEW_PROJECT), description="Districts in your scope.")
    async def districts(self, info: Info) -> list[DistrictType]:
        rows = await visible_districts(info.context.require_principal()).order_by("id")
        return [DistrictType.from_row(row) for row in rows]

    @strawberry.field(extensions=requires(Operation.VIEW_PROJECT))
    async def district(self, info: Info, id: strawberry.ID) -> DistrictType | None:
        pk = pk_of(id, "District")
        if pk is None:
            return None
        row = await visible_districts(info.context.require_principal()).get_or_none(id=pk)
        return DistrictType.from_row(row) if row else None

    @strawberry.field(extensions=requires(Operation.VIEW_PROJECT), description="Counts over your scope.")
    async def overview(self, info: Info) -> OverviewType:
        principal = info.context.require_principal()
        cameras = scoped(Camera.all(), principal).exclude(status=CameraStatus.DECOMMISSIONED)
        return OverviewType(
            district_count=await visible_districts(principal).count(),
            project_count=await scoped(Project.all(), principal).count(),
            camera_count=await cameras.count(),
            cameras_online=await cameras.filter(status=CameraStatus.ONLINE).count(),
            cameras_offline=await cameras.filter(
                status__in=[CameraStatus.OFFLINE, CameraStatus.NO_VIDEO]
            ).count(),
        )
