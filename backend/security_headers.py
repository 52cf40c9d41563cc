"""Security headers on every HTTP response; API responses are never cached."""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Scripts only from our origin; styles may be inline (Element Plus sets style attributes);
# media and snapshots come as blobs; GraphQL (wss) and WHEP gateways (other origins) are fetched.
_CSP_TEMPLATE = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:{tiles}; media-src 'self' blob:; font-src 'self' data:; "
    "connect-src 'self' http: https: ws: wss:; object-src 'none'; base-uri 'self'; "
    "frame-ancestors 'none'; form-action 'self'"
)
CONTENT_SECURITY_POLICY = _CSP_TEMPLATE.format(tiles="")


def content_security_policy(map_tile_url: str = "") -> str:
    """The policy, with the configured map tile server's origin allowed as an image source."""
    from urllib.parse import urlsplit

    parts = urlsplit(map_tile_url)
    if parts.scheme in ("http", "https") and parts.netloc:
        host = parts.netloc.replace("{s}", "*")
        return _CSP_TEMPLATE.format(tiles=f" {parts.scheme}://{host}")
    return CONTENT_SECURITY_POLICY


COMMON_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    # The inspector's phone asks for its position (geolocation) and takes photos (camera).
    "permissions-policy": "camera=(self), microphone=(), geolocation=(self)",
}
NO_STORE_PREFIXES = ("/graphql", "/api/", "/internal/")


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp, *, graphiql: bool, map_tile_url: str = "") -> None:
        self.app = app
        self.policy = content_security_policy(map_tile_url)
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
                    headers.setdefault("content-security-policy", self.policy)
                if path.startswith(NO_STORE_PREFIXES):
                    headers["cache-control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_with_headers)
