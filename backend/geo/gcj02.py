"""WGS-84 ⇄ GCJ-02 ("Mars coordinates").

SiteWatch stores WGS-84 (what a phone's GPS gives). Chinese commercial tile services draw
their maps in GCJ-02, an obfuscated datum offset by a few hundred metres; a marker placed
with raw WGS-84 on such tiles lands beside the building. Conversion happens only at the
boundary: when the configured tile source declares GCJ-02, the SPA receives converted
coordinates and a position picked on that map is converted back before it is stored.
"""

from __future__ import annotations

import math

_SEMI_MAJOR_AXIS = 6378245.0  # Krasovsky 1940, the ellipsoid the published algorithm uses
_ECCENTRICITY_SQUARED = 0.00669342162296594323


def outside_china(latitude: float, longitude: float) -> bool:
    """The rough mainland box the offset applies to; elsewhere GCJ-02 equals WGS-84."""
    return not (72.004 <= longitude <= 137.8347 and 0.8293 <= latitude <= 55.8271)


def _latitude_shift(x: float, y: float) -> float:
    shift = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    shift += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    shift += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    shift += (160.0 * math.sin(y / 12.0 * math.pi) + 320.0 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    return shift


def _longitude_shift(x: float, y: float) -> float:
    shift = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    shift += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    shift += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    shift += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    return shift


def _offset(latitude: float, longitude: float) -> tuple[float, float]:
    d_lat = _latitude_shift(longitude - 105.0, latitude - 35.0)
    d_lng = _longitude_shift(longitude - 105.0, latitude - 35.0)
    radians = latitude / 180.0 * math.pi
    magic = 1 - _ECCENTRICITY_SQUARED * math.sin(radians) ** 2
    root = math.sqrt(magic)
    d_lat = (d_lat * 180.0) / ((_SEMI_MAJOR_AXIS * (1 - _ECCENTRICITY_SQUARED)) / (magic * root) * math.pi)
    d_lng = (d_lng * 180.0) / (_SEMI_MAJOR_AXIS / root * math.cos(radians) * math.pi)
    return d_lat, d_lng


def wgs84_to_gcj02(latitude: float, longitude: float) -> tuple[float, float]:
    if outside_china(latitude, longitude):
        return latitude, longitude
    d_lat, d_lng = _offset(latitude, longitude)
    return latitude + d_lat, longitude + d_lng


def gcj02_to_wgs84(latitude: float, longitude: float) -> tuple[float, float]:
    """The inverse has no closed form: refine until the forward transform lands on the input."""
    if outside_china(latitude, longitude):
        return latitude, longitude
    wgs_lat, wgs_lng = latitude, longitude
    for _ in range(30):
        gcj_lat, gcj_lng = wgs84_to_gcj02(wgs_lat, wgs_lng)
        error_lat, error_lng = latitude - gcj_lat, longitude - gcj_lng
        wgs_lat += error_lat
        wgs_lng += error_lng
        if abs(error_lat) < 1e-10 and abs(error_lng) < 1e-10:
            break
    return wgs_lat, wgs_lng


def distance_meters(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    """Great-circle distance on a spherical Earth (haversine), good to ~0.5 % — enough to sort by."""
    radius = 6_371_008.8
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lng2 - lng1)
    h = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * radius * math.asin(min(1.0, math.sqrt(h)))
