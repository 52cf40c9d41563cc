from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import strawberry

from backend.geo.services import CoordinateSystem, ProjectState
from backend.graphql_core.errors import UserError

if TYPE_CHECKING:
    from backend.districts.types import DistrictType
    from backend.projects.types import ProjectType

CoordinateSystemEnum = strawberry.enum(CoordinateSystem, name="CoordinateSystem")


@strawberry.type(name="LatLng")
class LatLngType:
    latitude: float
    longitude: float


@strawberry.input
class LatLngInput:
    latitude: float
    longitude: float


@strawberry.type(name="DistrictArea", description="A district's approximate extent, for the map's grid.")
class DistrictAreaType:
    district: Annotated[DistrictType, strawberry.lazy("backend.districts.types")]
    center: LatLngType
    south: float
    west: float
    north: float
    east: float


@strawberry.type(name="MapConfig")
class MapConfigType:
    tile_url: str | None = strawberry.field(description="XYZ tile template; null: draw the district grid.")
    tile_attribution: str
    coordinate_system: CoordinateSystemEnum = strawberry.field(  # type: ignore[valid-type]
        description="The datum the tiles are drawn in; positions below are already in it."
    )
    max_zoom: int
    center: LatLngType
    districts: list[DistrictAreaType]


@strawberry.type(
    name="ProjectState", description="What the map and the inspector's start page show per project."
)
class ProjectStateType:
    state: strawberry.Private[ProjectState]
    position: LatLngType | None = strawberry.field(
        description="In the map's coordinate system (see MapConfig.coordinateSystem); null when unknown."
    )
    distance_meters: float | None
    camera_count: int
    offline_cameras: int
    open_hazards: int
    open_stop_work_orders: int
    stop_work: bool = strawberry.field(description="An open stop-work order, or the project is suspended.")
    missing_documents: int = strawberry.field(description="Art. 10 categories with no document yet.")
    overdue_documents: int = strawberry.field(description="Art. 11 categories past their deadline.")

    @strawberry.field
    def project(self) -> Annotated[ProjectType, strawberry.lazy("backend.projects.types")]:
        from backend.projects.types import ProjectType

        return ProjectType.from_row(self.state.project)


@strawberry.type
class ProjectLocationSet:
    project: Annotated[ProjectType, strawberry.lazy("backend.projects.types")]


@strawberry.type
class ProjectLocationError(UserError):
    pass


SetProjectLocationResult = Annotated[
    ProjectLocationSet | ProjectLocationError, strawberry.union("SetProjectLocationResult")
]
