"""Errors: expected failures of mutations are data (``UserError`` types); access
failures of queries are GraphQL errors with an ``extensions.code``; anything else is masked."""

from __future__ import annotations

import strawberry
from graphql import GraphQLError


@strawberry.interface(description="An expected failure. Clients branch on `code`, never on `message`.")
class UserError:
    code: str
    message: str


class ApiError(GraphQLError):
    """A GraphQL error the client may see (everything else is masked)."""

    code = "BAD_REQUEST"

    def __init__(self, message: str) -> None:
        super().__init__(message, extensions={"code": self.code})


class NotAuthenticated(ApiError):
    code = "UNAUTHENTICATED"

    def __init__(self, message: str = "Authentication required") -> None:
        super().__init__(message)


class Forbidden(ApiError):
    code = "FORBIDDEN"

    def __init__(self, message: str = "Not allowed for your role") -> None:
        super().__init__(message)


class BadInput(ApiError):
    code = "BAD_USER_INPUT"


def is_visible_error(error: GraphQLError) -> bool:
    """Errors the client may see unmasked: our own, and GraphQL's parse, validation and
    input-coercion errors (those are GraphQLErrors themselves, never Python internals)."""
    original = error.original_error
    return original is None or isinstance(original, GraphQLError)
