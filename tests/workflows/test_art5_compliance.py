"""Article 5: which projects must be remotely monitored. "以上" includes the bound."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backend.compliance.article5 import (
    GROUP_BUILDING_AREA_M2,
    INVESTMENT_CNY,
    SINGLE_BUILDING_AREA_M2,
    ProjectAttributes,
    monitoring_requirement,
)
from backend.projects.models import InfrastructureKind

THRESHOLDS = [
    ("single_building_area_m2", SINGLE_BUILDING_AREA_M2, "2"),
    ("group_building_area_m2", GROUP_BUILDING_AREA_M2, "2"),
    ("investment_cny", INVESTMENT_CNY, "3"),
]


@pytest.mark.parametrize(("attribute", "bound", "clause"), THRESHOLDS)
def test_art5_thresholds_include_the_bound(attribute: str, bound: float, clause: str) -> None:
    at = monitoring_requirement(ProjectAttributes(**{attribute: bound}))
    below = monitoring_requirement(ProjectAttributes(**{attribute: bound - 0.01}))
    above = monitoring_requirement(ProjectAttributes(**{attribute: bound + 0.01}))
    assert at.required and above.required
    assert not below.required and below.reasons == ()
    assert [(r.article, r.clause) for r in at.reasons] == [("5", clause)]


def test_art5_thresholds_are_the_regulation_figures() -> None:
    assert (SINGLE_BUILDING_AREA_M2, GROUP_BUILDING_AREA_M2, INVESTMENT_CNY) == (10_000, 20_000, 50_000_000)


def test_art5_clause1_government_investment() -> None:
    decision = monitoring_requirement(ProjectAttributes(government_invested=True))
    assert decision.required and [r.clause for r in decision.reasons] == ["1"]


@pytest.mark.parametrize("kind", [k for k in InfrastructureKind if k is not InfrastructureKind.NONE])
def test_art5_clause4_infrastructure_kinds(kind: InfrastructureKind) -> None:
    decision = monitoring_requirement(ProjectAttributes(infrastructure_kind=kind))
    assert decision.required and [r.clause for r in decision.reasons] == ["4"]


def test_art5_clause5_whole_building_relocation() -> None:
    decision = monitoring_requirement(ProjectAttributes(whole_building_relocation=True))
    assert decision.required and [r.clause for r in decision.reasons] == ["5"]


def test_art5_small_private_project_is_not_required() -> None:
    decision = monitoring_requirement(ProjectAttributes(single_building_area_m2=5_000, investment_cny=1e7))
    assert not decision.required and decision.reasons == ()


def test_art5_every_applicable_clause_is_cited() -> None:
    decision = monitoring_requirement(
        ProjectAttributes(
            government_invested=True,
            single_building_area_m2=10_000,
            group_building_area_m2=20_000,
            investment_cny=5e7,
            infrastructure_kind=InfrastructureKind.TUNNEL,
            whole_building_relocation=True,
        )
    )
    assert [r.clause for r in decision.reasons] == ["1", "2", "2", "3", "4", "5"]


areas = st.floats(min_value=0, max_value=200_000, allow_nan=False)
money = st.floats(min_value=0, max_value=1e10, allow_nan=False)
attributes = st.builds(
    ProjectAttributes,
    government_invested=st.booleans(),
    single_building_area_m2=areas,
    group_building_area_m2=areas,
    investment_cny=money,
    infrastructure_kind=st.sampled_from(list(InfrastructureKind)),
    whole_building_relocation=st.booleans(),
)


@given(attributes, areas, areas, money)
def test_art5_decision_is_monotonic_in_area_and_investment(
    base: ProjectAttributes, more_single: float, more_group: float, more_money: float
) -> None:
    bigger = ProjectAttributes(
        government_invested=base.government_invested,
        single_building_area_m2=base.single_building_area_m2 + more_single,
        group_building_area_m2=base.group_building_area_m2 + more_group,
        investment_cny=base.investment_cny + more_money,
        infrastructure_kind=base.infrastructure_kind,
        whole_building_relocation=base.whole_building_relocation,
    )
    if monitoring_requirement(base).required:
        assert monitoring_requirement(bigger).required
    assert len(monitoring_requirement(bigger).reasons) >= len(monitoring_requirement(base).reasons)


QUERY = """query($input: ProjectAttributesInput!) { monitoringRequirement(input: $input) {
  required reasons { article clause text } } }"""


async def test_art5_monitoring_requirement_query(as_role) -> None:  # type: ignore[no-untyped-def]
    inspector = as_role("INSPECTOR")
    at = (await inspector.data(QUERY, {"input": {"groupBuildingAreaM2": 20000}}))["monitoringRequirement"]
    assert at["required"] is True
    assert [(r["article"], r["clause"]) for r in at["reasons"]] == [("5", "2")]
    assert "20,000" in at["reasons"][0]["text"]
    below = (await inspector.data(QUERY, {"input": {"groupBuildingAreaM2": 19999.99}}))[
        "monitoringRequirement"
    ]
    assert below == {"required": False, "reasons": []}
    subway = (await inspector.data(QUERY, {"input": {"infrastructureKind": "SUBWAY"}}))[
        "monitoringRequirement"
    ]
    assert [r["clause"] for r in subway["reasons"]] == ["4"]


async def test_art5_project_field_reports_the_stored_attributes(as_role, world) -> None:  # type: ignore[no-untyped-def]
    query = "query($id: ID!) { project(id: $id) { monitoringRequired monitoringRequirement { reasons { clause } } } }"
    a1 = (await as_role("CITY_CENTER").data(query, {"id": world.gid("Project", world.project_a1.id)}))[
        "project"
    ]
    a2 = (await as_role("CITY_CENTER").data(query, {"id": world.gid("Project", world.project_a2.id)}))[
        "project"
    ]
    assert a1 == {
        "monitoringRequired": True,
        "monitoringRequirement": {"reasons": [{"clause": "2"}]},
    }  # 12,000 m²
    assert a2 == {"monitoringRequired": False, "monitoringRequirement": {"reasons": []}}  # CNY 1 M
