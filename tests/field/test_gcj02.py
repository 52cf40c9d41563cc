"""WGS-84 ⇄ GCJ-02 against published reference points (the eviltransform test vectors)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backend.geo.gcj02 import distance_meters, gcj02_to_wgs84, outside_china, wgs84_to_gcj02

REFERENCE = [
    ((31.1774276, 121.5272106), (31.17530398364597, 121.531541859215)),  # Shanghai
    ((22.543847, 113.912316), (22.540796131694766, 113.9171764808363)),  # Shenzhen
    ((39.911954, 116.377817), (39.91334545536069, 116.38404722455657)),  # Beijing
]


@pytest.mark.parametrize(("wgs", "gcj"), REFERENCE)
def test_reference_points(wgs: tuple[float, float], gcj: tuple[float, float]) -> None:
    assert wgs84_to_gcj02(*wgs) == pytest.approx(gcj, abs=1e-9)
    back = gcj02_to_wgs84(*gcj)
    assert distance_meters(*back, *wgs) < 0.01


def test_outside_china_is_untouched() -> None:
    assert outside_china(39.7392, -104.9903)
    assert wgs84_to_gcj02(39.7392, -104.9903) == (39.7392, -104.9903)
    assert gcj02_to_wgs84(-27.4698, 153.0251) == (-27.4698, 153.0251)


@given(st.floats(38.6, 40.2), st.floats(116.7, 118.1))
def test_tianjin_offset_and_round_trip(latitude: float, longitude: float) -> None:
    gcj = wgs84_to_gcj02(latitude, longitude)
    shift = distance_meters(latitude, longitude, *gcj)
    assert 100 < shift < 1000  # the datum moves Tianjin by a few hundred metres
    assert distance_meters(*gcj02_to_wgs84(*gcj), latitude, longitude) < 0.01
