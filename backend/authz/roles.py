from enum import StrEnum


class Role(StrEnum):
    CITY_CENTER = "CITY_CENTER"
    DISTRICT_CENTER = "DISTRICT_CENTER"
    CONSTRUCTION_UNIT = "CONSTRUCTION_UNIT"
    SUPERVISOR = "SUPERVISOR"
    CONTRACTOR = "CONTRACTOR"
    PROVIDER = "PROVIDER"
    INSPECTOR = "INSPECTOR"
    INTEGRATION = "INTEGRATION"


class ScopeLevel(StrEnum):
    CITY = "CITY"
    DISTRICT = "DISTRICT"
    PROJECT = "PROJECT"
    ORGANIZATION = "ORGANIZATION"


SITE_ROLES = frozenset({Role.CONSTRUCTION_UNIT, Role.SUPERVISOR, Role.CONTRACTOR, Role.PROVIDER})


def breach_audience(*roles: Role) -> list[Role]:
    """Who hears of a breach of the regulation (a missed deadline, an unattended room, an
    escalation): the given roles and always the city center, which stays on top (Art. 4)."""
    return [Role.CITY_CENTER, *(role for role in roles if role is not Role.CITY_CENTER)]
