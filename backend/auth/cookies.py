"""The browser's refresh token lives in an HttpOnly cookie that only the refresh endpoint sees.

Script in the page (an XSS) can therefore never read a refresh token; the SPA keeps only the
short-lived access token, in memory. ``Secure`` holds on http://127.0.0.1 too: browsers treat
localhost as a potentially trustworthy origin.

- ``login`` with the header ``X-Refresh-Cookie: 1`` sets the cookie and returns an empty
  ``refreshToken`` (integrations without the header keep getting it in the body);
- ``POST /api/auth/refresh`` rotates the cookie's token and answers ``{accessToken, expiresIn}``;
- ``logout`` clears the cookie.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from backend.auth import services as auth_services

REFRESH_COOKIE = "sitewatch_refresh"
REFRESH_PATH = "/api/auth/refresh"
COOKIE_OPT_IN_HEADER = "x-refresh-cookie"


def wants_cookie(request: Any) -> bool:
    headers = getattr(request, "headers", None)
    return headers is not None and headers.get(COOKIE_OPT_IN_HEADER) == "1"


def set_refresh_cookie(response: Response, token: str, max_age: int) -> None:
    response.set_cookie(
        REFRESH_COOKIE,
        token,
        max_age=max_age,
        path=REFRESH_PATH,
        secure=True,
        httponly=True,
        samesite="strict",
    )


def clear_refresh_cookie(response: Response) -> None:
    response.delete_cookie(REFRESH_COOKIE, path=REFRESH_PATH, secure=True, httponly=True, samesite="strict")


def refresh_routes(services: Any) -> list[Route]:
    settings = services.settings

    async def refresh(request: Request) -> Response:
        token = request.cookies.get(REFRESH_COOKIE)
        if not token:
            return JSONResponse({"code": "INVALID_REFRESH_TOKEN", "message": "No session cookie"}, 401)
        try:
            issued = await auth_services.refresh(settings, token)
        except auth_services.LoginRefused as refused:
            response = JSONResponse({"code": refused.code, "message": refused.message}, 401)
            clear_refresh_cookie(response)
            return response
        response = JSONResponse({"accessToken": issued.access_token, "expiresIn": issued.expires_in})
        set_refresh_cookie(response, issued.refresh_token, settings.refresh_token_ttl_seconds)
        return response

    return [Route(REFRESH_PATH, refresh, methods=["POST"])]
