"""Request context: an X-Request-ID on every request and response, one log line and one latency
observation per request."""

from __future__ import annotations

import logging
import re
import time
import uuid

from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from backend.client_address import TrustedProxies
from backend.observability.logs import install_request_id_stamp, request_id_var
from backend.observability.metrics import REQUEST_LATENCY, WEBSOCKETS_OPEN

log = logging.getLogger("sitewatch.request")

REQUEST_ID_HEADER = b"x-request-id"
# The server's own ``send`` of a websocket connection, kept in its scope: once the socket is accepted
# every layer between it and the application only passes frames through, so a writer of many frames
# (the alert fan-out) may call it directly.
TRANSPORT_SEND = "sitewatch.transport_send"
_ACCEPTABLE_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
# Probes and scrapes arrive every few seconds: logged at debug level only.
QUIET_PATHS = frozenset({"/healthz", "/readyz", "/health", "/metrics"})


def incoming_request_id(scope: Scope) -> str:
    """The caller's X-Request-ID when it is a sane token (a proxy or client correlating), else a new one."""
    for name, value in scope.get("headers", ()):
        if name == REQUEST_ID_HEADER:
            candidate = value.decode("latin-1").strip()
            if _ACCEPTABLE_ID.fullmatch(candidate):
                return candidate
            break
    return uuid.uuid4().hex


def route_template(routes: list[BaseRoute], scope: Scope) -> str:
    """The matched route's path template (bounded label values), '<spa>' for the SPA mount."""
    for route in routes:
        match, _ = route.matches(scope)
        if match is Match.FULL:
            path = getattr(route, "path", "")
            return path if path else "<spa>"
    return "<unmatched>"


def logged_client(scope: Scope, proxies: TrustedProxies) -> str:
    """The client for the log line: the peer, or the forwarded client when the peer is our proxy."""
    peer = (scope.get("client") or ("", 0))[0]
    forwarded = [v.decode("latin-1") for n, v in scope.get("headers", ()) if n == b"x-forwarded-for"]
    return proxies.client_of(peer, forwarded)


class RequestContextMiddleware:
    def __init__(self, app: ASGIApp, routes: list[BaseRoute], proxies: TrustedProxies | None = None) -> None:
        self.app = app
        self.routes = routes
        self.proxies = proxies or TrustedProxies()  # none: the TCP peer (gateways)
        install_request_id_stamp()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        request_id = incoming_request_id(scope)
        token = request_id_var.set(request_id)
        header = (REQUEST_ID_HEADER, request_id.encode())
        status = 500
        started = time.perf_counter()

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] in ("http.response.start", "websocket.accept"):
                message["headers"] = [*message.get("headers", []), header]
                status = message.get("status", 101)
            await send(message)

        route = route_template(self.routes, scope)
        path = scope.get("path", "")
        if scope["type"] == "websocket":
            scope[TRANSPORT_SEND] = send
        try:
            if scope["type"] == "websocket":
                WEBSOCKETS_OPEN.labels(route=route).inc()
                try:
                    await self.app(scope, receive, send_with_id)
                finally:
                    WEBSOCKETS_OPEN.labels(route=route).dec()
            else:
                await self.app(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            if scope["type"] == "http":
                REQUEST_LATENCY.labels(route=route, method=scope["method"], status=str(status)).observe(
                    elapsed
                )
            log.log(
                logging.DEBUG if path in QUIET_PATHS else logging.INFO,
                "%s %s %s",
                scope.get("method", "WS"),
                path,
                status,
                extra={
                    "method": scope.get("method", "WEBSOCKET"),
                    "path": path,
                    "route": route,
                    "status": status,
                    "duration_ms": round(elapsed * 1000, 2),
                    "client": logged_client(scope, self.proxies),
                },
            )
            request_id_var.reset(token)
