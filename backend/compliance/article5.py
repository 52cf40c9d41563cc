"""Article 5: which construction projects must be remotely monitored.

"以上" in the regulation includes the bound, so every threshold is compared with ``>=``.
"""

from __future__ import annotations

from dataclasses import dataclass

from backend.projects.models import InfrastructureKind

SINGLE_BUILDING_AREA_M2 = 10_000.0
GROUP_BUILDING_AREA_M2 = 20_000.0
INVESTMENT_CNY = 50_000_000.0
MONITORED_INFRASTRUCTURE = frozenset(InfrastructureKind) - {InfrastructureKind.NONE}


@dataclass(frozen=True)
class ProjectAttributes:
    government_invested: bool = False
    single_building_area_m2: float = 0.0
    group_building_area_m2: float = 0.0
    investment_cny: float = 0.0
    infrastructure_kind: InfrastructureKind = InfrastructureKind.NONE
    whole_building_relocation: bool = False


@dataclass(frozen=True)
class RequirementReason:
    article: str
    clause: str
    text: str


@dataclass(frozen=True)
class MonitoringRequirement:
    required: bool
    reasons: tuple[RequirementReason, ...]


def monitoring_requirement(attributes: ProjectAttributes) -> MonitoringRequirement:
    reasons: list[RequirementReason] = []
    if attributes.government_invested:
        reasons.append(
            RequirementReason("5", "1", "中央、市、区政府投资的工程 (government-invested project)")
        )
    if attributes.single_building_area_m2 >= SINGLE_BUILDING_AREA_M2:
        reasons.append(RequirementReason("5", "2", "单体建筑面积1万平方米以上 (single building ≥ 10,000 m²)"))
    if attributes.group_building_area_m2 >= GROUP_BUILDING_AREA_M2:
        reasons.append(RequirementReason("5", "2", "群体建筑面积2万平方米以上 (building group ≥ 20,000 m²)"))
    if attributes.investment_cny >= INVESTMENT_CNY:
        reasons.append(
            RequirementReason(
                "5",
                "3",
                "投资额（含设备）5000万元以上的工业及其他工程 (investment incl. equipment ≥ CNY 50 M)",
            )
        )
    if attributes.infrastructure_kind in MONITORED_INFRASTRUCTURE:
        reasons.append(
            RequirementReason(
                "5",
                "4",
                f"立交桥、跨河桥、隧道、地铁、车站、港口工程 ({attributes.infrastructure_kind.value.lower()})",
            )
        )
    if attributes.whole_building_relocation:
        reasons.append(RequirementReason("5", "5", "整体建筑物移位工程 (whole-building relocation)"))
    return MonitoringRequirement(required=bool(reasons), reasons=tuple(reasons))


def attributes_of(project: object) -> ProjectAttributes:
    return ProjectAttributes(
        government_invested=project.government_invested,  # type: ignore[attr-defined]
        single_building_area_m2=project.single_building_area_m2,  # type: ignore[attr-defined]
        group_building_area_m2=project.group_building_area_m2,  # type: ignore[attr-defined]
        investment_cny=project.investment_cny,  # type: ignore[attr-defined]
        infrastructure_kind=InfrastructureKind(project.infrastructure_kind),  # type: ignore[attr-defined]
        whole_building_relocation=project.whole_building_relocation,  # type: ignore[attr-defined]
    )
