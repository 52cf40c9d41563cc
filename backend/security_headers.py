"""Security headers on every HTTP response; API responses are never cached."""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Scripts only from our origin; styles may be inline (Element Plus sets style attributes);
# media and snapshots come as blobs; GraphQL (wss) and WHEP gateways (other origins) are fetched.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self' data:; "
    "connect-src 'self' http: https: ws: wss:; object-src 'none'; base-uri 'self'; "
    "frame-ancestors 'none'; form-action 'self'"
)
COMMON_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}
NO_STORE_PREFIXES = ("/graphql", "/api/", "/internal/")


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp, *, graphiql: bool) -> None:
        self.app = app
        self.graphiql = graphiql  # GraphiQL (demo only) loads its scripts from a CDN page of its own

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in COMMON_HEADERS.items():
                    headers.setdefault(name, value)
                if not (self.graphiql and path == "/graphql"):
                    headers.setdefault("content-security-policy", CONTENT_SECURITY_POLICY)
                if path.startswith(NO_STORE_PREFIXES):
                    headers["cache-control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_with_headers)
