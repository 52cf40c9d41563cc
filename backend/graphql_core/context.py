from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from strawberry.types import Info as StrawberryInfo

from backend.authz.policy import Operation, Principal, ProjectRef, decide, role_allows
from backend.graphql_core.errors import Forbidden, NotAuthenticated

if TYPE_CHECKING:
    from backend.loaders import Loaders
    from backend.services import Services


@dataclass
class Context:
    """Per-request context: who is asking, the services, and fresh DataLoaders."""

    services: Services
    principal: Principal | None
    client_ip: str
    request: Any = None
    response: Any = None  # the HTTP response being prepared (cookies); None on websockets
    connection_params: dict[str, Any] | None = None
    rejected_token: bool = False
    extras: dict[str, Any] = field(default_factory=dict)
    # fields selected below a field node of this request's query (graphql_core.loading.selection_below)
    selections: dict[tuple[int, tuple[str, ...]], tuple[Any, frozenset[str]]] = field(default_factory=dict)

    @cached_property
    def loaders(self) -> Loaders:
        from backend.loaders import Loaders

        return Loaders(self.require_principal())

    def require_principal(self) -> Principal:
        if self.principal is None:
            raise NotAuthenticated(
                "Access token invalid, expired or revoked"
                if self.rejected_token
                else "Authentication required"
            )
        return self.principal

    def require(self, operation: Operation) -> Principal:
        principal = self.require_principal()
        if not role_allows(principal, operation):
            raise Forbidden(f"Your role may not {operation.value.lower().replace('_', ' ')}")
        return principal

    def allows(self, operation: Operation, ref: ProjectRef | None = None) -> bool:
        return self.principal is not None and decide(self.principal, operation, ref)


Info = StrawberryInfo[Context, None]
