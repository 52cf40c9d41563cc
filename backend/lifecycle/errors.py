"""Rule violations raised by workflow services; resolvers turn them into typed ``UserError`` results."""

from __future__ import annotations


class RuleViolation(Exception):
    """An expected refusal: ``code`` is stable for clients, ``article`` cites the regulation."""

    def __init__(self, code: str, message: str, article: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.article = article


class NotFound(RuleViolation):
    """Missing or outside the caller's scope (reported identically)."""

    def __init__(self, what: str) -> None:
        super().__init__(f"{what.upper()}_NOT_FOUND", f"No such {what.lower()} in your scope")
