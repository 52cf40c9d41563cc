"""Approximate WGS-84 centres and extents of Tianjin's 16 districts (by administrative code).

Used to draw a labelled district grid when no tile source is configured and to place the demo
projects inside their district. These are not survey boundaries; a deployment with a tile server
shows the real map underneath.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DistrictArea:
    code: str
    latitude: float
    longitude: float
    radius_km: float

    @property
    def half_height_deg(self) -> float:
        return self.radius_km / 111.0

    @property
    def half_width_deg(self) -> float:
        return self.radius_km / 86.0  # one degree of longitude is ~86 km at 39° N

    def bounds(self) -> tuple[float, float, float, float]:
        """(south, west, north, east)."""
        return (
            self.latitude - self.half_height_deg,
            self.longitude - self.half_width_deg,
            self.latitude + self.half_height_deg,
            self.longitude + self.half_width_deg,
        )


_CENTRAL = 2.2
_INNER_SUBURB = 7.0
_OUTER = 14.0

DISTRICT_AREAS: dict[str, DistrictArea] = {
    area.code: area
    for area in (
        DistrictArea("120101", 39.1172, 117.1951, _CENTRAL),  # 和平区
        DistrictArea("120102", 39.1284, 117.2516, _CENTRAL),  # 河东区
        DistrictArea("120103", 39.0900, 117.2230, _CENTRAL),  # 河西区
        DistrictArea("120104", 39.1380, 117.1500, _CENTRAL),  # 南开区
        DistrictArea("120105", 39.1482, 117.1970, _CENTRAL),  # 河北区
        DistrictArea("120106", 39.1670, 117.1510, _CENTRAL),  # 红桥区
        DistrictArea("120110", 39.0870, 117.3140, _INNER_SUBURB),  # 东丽区
        DistrictArea("120111", 39.1420, 117.0080, _INNER_SUBURB),  # 西青区
        DistrictArea("120112", 38.9380, 117.3570, _INNER_SUBURB),  # 津南区
        DistrictArea("120113", 39.2250, 117.1350, _INNER_SUBURB),  # 北辰区
        DistrictArea("120114", 39.3840, 117.0440, _OUTER),  # 武清区
        DistrictArea("120115", 39.7170, 117.3090, _OUTER),  # 宝坻区
        DistrictArea("120116", 39.0030, 117.7110, _OUTER),  # 滨海新区
        DistrictArea("120117", 39.3300, 117.8260, _OUTER),  # 宁河区
        DistrictArea("120118", 38.9470, 116.9740, _OUTER),  # 静海区
        DistrictArea("120119", 40.0460, 117.4080, _OUTER),  # 蓟州区
    )
}

CITY_CENTER = (39.1256, 117.1901)  # 天津市
