"""When PostgreSQL or Redis is away, say so: 503 with ``Retry-After`` and the code
``SERVICE_UNAVAILABLE`` — at once, not a masked "Unexpected error." or a 500 — and recover by
itself when they are back (every request tries again; the drivers reconnect)."""

from __future__ import annotations

from collections.abc import Iterator

import asyncpg
from graphql import GraphQLError
from redis import exceptions as redis_errors
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from strawberry.extensions import SchemaExtension
from tortoise.exceptions import DBConnectionError

RETRY_AFTER_SECONDS = "5"
MESSAGE = "A backing service (database or Redis) is unavailable; retry shortly"
_INFRASTRUCTURE = (
    ConnectionError,  # OSError family: refused, reset (also tortoise's DBConnectionError)
    TimeoutError,
    DBConnectionError,
    redis_errors.ConnectionError,
    redis_errors.TimeoutError,
    asyncpg.exceptions.InterfaceError,
    asyncpg.exceptions.CannotConnectNowError,
    asyncpg.exceptions.AdminShutdownError,
)


def is_infrastructure_failure(error: BaseException | None) -> bool:
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, _INFRASTRUCTURE):
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


class ServiceUnavailableExtension(SchemaExtension):
    """Turns a resolver's infrastructure failure into SERVICE_UNAVAILABLE and HTTP 503.
    Listed after MaskErrors so it sees the original errors first."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        errors = getattr(result, "errors", None)
        if not errors or not any(is_infrastructure_failure(e.original_error) for e in errors):
            return
        result.errors = [  # type: ignore[union-attr]
            GraphQLError(MESSAGE, path=e.path, extensions={"code": "SERVICE_UNAVAILABLE"})
            if is_infrastructure_failure(e.original_error)
            else e
            for e in errors
        ]
        context = self.execution_context.context
        response = getattr(context, "response", None)
        if response is not None:
            response.status_code = 503
            response.headers["Retry-After"] = RETRY_AFTER_SECONDS


class ServiceUnavailableMiddleware:
    """The same for failures outside GraphQL execution (authentication, uploads, internal APIs)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as failure:
            if started or not is_infrastructure_failure(failure):
                raise
            response = JSONResponse(
                {"errors": [{"message": MESSAGE, "extensions": {"code": "SERVICE_UNAVAILABLE"}}]},
                status_code=503,
                headers={"Retry-After": RETRY_AFTER_SECONDS},
            )
            await response(scope, receive, send)
