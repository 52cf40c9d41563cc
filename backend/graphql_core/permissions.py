"""Declarative field permissions. Every mutation and subscription field carries one
(a meta-test enforces it); the decision itself lives in ``backend.authz.policy``."""

from __future__ import annotations

from typing import Any

from strawberry.extensions.field_extension import FieldExtension
from strawberry.permission import BasePermission, PermissionExtension

from backend.authz.policy import Operation
from backend.graphql_core.errors import Forbidden


class IsAuthenticated(BasePermission):
    message = "Authentication required"

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        info.context.require_principal()
        return True


class IsPublic(BasePermission):
    """Marks a field deliberately open to anonymous callers (login, token refresh)."""

    message = ""

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return True


class RoleMay(BasePermission):
    """The caller's role may perform the operation somewhere in its scope."""

    def __init__(self, operation: Operation) -> None:
        self.operation = operation
        self.message = f"Your role may not {operation.value.lower().replace('_', ' ')}"

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        info.context.require(self.operation)
        return True


def authenticated() -> list[FieldExtension]:
    return [PermissionExtension(permissions=[IsAuthenticated()], use_directives=False)]


def public() -> list[FieldExtension]:
    return [PermissionExtension(permissions=[IsPublic()], use_directives=False)]


def requires(operation: Operation) -> list[FieldExtension]:
    return [PermissionExtension(permissions=[IsAuthenticated(), RoleMay(operation)], use_directives=False)]


__all__ = ["Forbidden", "authenticated", "public", "requires"]
