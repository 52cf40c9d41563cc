"""The deployment's control priority table: which role outranks which (Art. 12: city > district > site).

It is configuration (``SITEWATCH_CONTROL_PRIORITIES``, e.g. ``CITY_CENTER=300,DISTRICT_CENTER=200,INSPECTOR=150,SUPERVISOR=100``),
never decided in resolvers. Whether a role may control at all is the policy table's ``CONTROL_CAMERA``.
"""

from __future__ import annotations

from dataclasses import dataclass

from backend.authz.roles import Role


@dataclass(frozen=True)
class PriorityTable:
    by_role: dict[Role, int]

    @classmethod
    def parse(cls, text: str) -> PriorityTable:
        table: dict[Role, int] = {}
        for item in text.split(","):
            item = item.strip()
            if not item:
                continue
            name, sep, value = item.partition("=")
            if not sep:
                raise ValueError(f"control priority {item!r} is not ROLE=NUMBER")
            table[Role(name.strip())] = int(value)
        city = table.get(Role.CITY_CENTER)
        above = sorted(
            str(role)
            for role, rank in table.items()
            if role is not Role.CITY_CENTER and (city is None or rank >= city)
        )
        if city is None or above:
            # Art. 12: the city center can always take any camera; a table that lets anyone tie
            # with or outrank it is refused at start, not discovered during an incident.
            raise ValueError(
                "SITEWATCH_CONTROL_PRIORITIES must give CITY_CENTER the highest priority"
                + (f"; not below it: {', '.join(above)}" if above else "")
            )
        return cls(table)

    def of(self, role: Role) -> int | None:
        """The role's priority, or None when the deployment gives it none (it cannot control)."""
        return self.by_role.get(role)
