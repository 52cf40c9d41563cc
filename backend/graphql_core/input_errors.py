"""Typed refusals of the intake mutations (issue 9): a stable ``code``, a message, and the path of the
input field at fault (``input.creditCode``) so forms can put the message under the right field."""

from __future__ import annotations

import strawberry

from backend.graphql_core.errors import UserError
from backend.lifecycle.errors import RuleViolation


class InputRefused(RuleViolation):
    """Raised by intake services; ``field`` is the GraphQL input path (camelCase), or "" for the whole input."""

    def __init__(self, code: str, message: str, field: str = "", article: str = "") -> None:
        super().__init__(code, message, article)
        self.field = field


@strawberry.type(description="An intake mutation refused its input; `field` names the input field at fault.")
class IntakeError(UserError):
    field: str | None
    article: str | None

    @classmethod
    def of(cls, exc: RuleViolation) -> IntakeError:
        return cls(
            code=exc.code,
            message=exc.message,
            field=getattr(exc, "field", "") or None,
            article=exc.article or None,
        )
