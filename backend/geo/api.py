from __future__ import annotations

import strawberry

from backend.authz.policy import Operation, in_district_scope
from backend.districts.models import District
from backend.geo import services
from backend.geo.gcj02 import wgs84_to_gcj02
from backend.geo.services import CoordinateSystem
from backend.geo.tianjin import CITY_CENTER, DISTRICT_AREAS
from backend.geo.types import (
    CoordinateSystemEnum,
    DistrictAreaType,
    LatLngInput,
    LatLngType,
    MapConfigType,
    ProjectLocationError,
    ProjectLocationSet,
    ProjectStateType,
    SetProjectLocationResult,
)
from backend.graphql_core.context import Info
from backend.graphql_core.errors import BadInput
from backend.graphql_core.ids import pk_of
from backend.graphql_core.permissions import requires
from backend.lifecycle.errors import RuleViolation


def _datum(info: Info) -> CoordinateSystem:
    return CoordinateSystem(info.context.services.settings.map_tile_coordinate_system)


def _to_map(latitude: float, longitude: float, datum: CoordinateSystem) -> LatLngType:
    if datum is CoordinateSystem.GCJ02:
        latitude, longitude = wgs84_to_gcj02(latitude, longitude)
    return LatLngType(latitude=latitude, longitude=longitude)


@strawberry.type
class GeoQueries:
    @strawberry.field(
        extensions=requires(Operation.VIEW_SITE_MAP),
        description="The map's tile source (from SITEWATCH_MAP_TILE_URL) and the districts in your scope.",
    )
    async def map_config(self, info: Info) -> MapConfigType:
        from backend.districts.types import DistrictType

        principal = info.context.require_principal()
        settings = info.context.services.settings
        datum = _datum(info)
        areas = []
        for district in await District.all().order_by("id"):
            area = DISTRICT_AREAS.get(district.code)
            if area is None or not in_district_scope(principal, district.id):
                continue
            south, west, north, east = area.bounds()
            corner_sw = _to_map(south, west, datum)
            corner_ne = _to_map(north, east, datum)
            areas.append(
                DistrictAreaType(
                    district=DistrictType.from_row(district),
                    center=_to_map(area.latitude, area.longitude, datum),
                    south=corner_sw.latitude,
                    west=corner_sw.longitude,
                    north=corner_ne.latitude,
                    east=corner_ne.longitude,
                )
            )
        return MapConfigType(
            tile_url=settings.map_tile_url or None,
            tile_attribution=settings.map_tile_attribution,
            coordinate_system=datum,
            max_zoom=settings.map_tile_max_zoom,
            center=_to_map(*CITY_CENTER, datum),
            districts=areas,
        )

    @strawberry.field(
        extensions=requires(Operation.VIEW_SITE_MAP),
        description=(
            "Projects in your scope with their open hazards, offline cameras and documents; "
            "nearest first when `near` (WGS-84, e.g. the phone's GPS) is given."
        ),
    )
    async def project_states(
        self, info: Info, district_id: strawberry.ID | None = None, near: LatLngInput | None = None
    ) -> list[ProjectStateType]:
        district_pk = None
        if district_id is not None:
            district_pk = pk_of(district_id, "District") or -1
        position = None
        if near is not None:
            try:
                services.validate_position(near.latitude, near.longitude)
            except RuleViolation as exc:
                raise BadInput(exc.message) from None
            position = (near.latitude, near.longitude)
        datum = _datum(info)
        states = await services.project_states(
            info.context.require_principal(), district_id=district_pk, near=position
        )
        return [
            ProjectStateType(
                state=s,
                position=_to_map(s.project.latitude, s.project.longitude, datum)
                if s.project.latitude is not None and s.project.longitude is not None
                else None,
                distance_meters=round(s.distance_meters, 1) if s.distance_meters is not None else None,
                camera_count=s.camera_count,
                offline_cameras=s.offline_cameras,
                open_hazards=s.open_hazards,
                open_stop_work_orders=s.open_stop_work_orders,
                stop_work=s.stop_work,
                missing_documents=s.missing_documents,
                overdue_documents=s.overdue_documents,
            )
            for s in states
        ]


@strawberry.type
class GeoMutations:
    @strawberry.mutation(
        extensions=requires(Operation.SET_PROJECT_LOCATION),
        description=(
            "Set a project's position, e.g. picked on the map; given in `coordinateSystem` "
            "(the map's, see MapConfig) and stored as WGS-84."
        ),
    )
    async def set_project_location(
        self,
        info: Info,
        project_id: strawberry.ID,
        latitude: float,
        longitude: float,
        coordinate_system: CoordinateSystemEnum = CoordinateSystem.WGS84,  # type: ignore[valid-type]
    ) -> SetProjectLocationResult:
        from backend.projects.types import ProjectType

        try:
            project = await services.set_project_location(
                info.context.require_principal(),
                pk_of(project_id, "Project"),
                latitude,
                longitude,
                CoordinateSystem(coordinate_system),
            )
        except RuleViolation as exc:
            return ProjectLocationError(code=exc.code, message=exc.message)
        return ProjectLocationSet(project=ProjectType.from_row(project))
