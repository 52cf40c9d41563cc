"""Finding 5 (tokens): the browser's refresh token is an HttpOnly; Secure; SameSite=Strict cookie
scoped to the refresh path — never in a response body script can read — and rotates there."""

from __future__ import annotations

from http.cookies import SimpleCookie

import httpx

from backend.auth.cookies import REFRESH_COOKIE, REFRESH_PATH
from tests.conftest import LOGIN, GraphQLClient
from tests.world import World


def refresh_cookie(response: httpx.Response) -> tuple[str, str]:
    """(value, raw Set-Cookie header) of the refresh cookie the response sets."""
    for header in response.headers.get_list("set-cookie"):
        cookie = SimpleCookie()
        cookie.load(header)
        if REFRESH_COOKIE in cookie:
            return cookie[REFRESH_COOKIE].value, header
    raise AssertionError(f"no {REFRESH_COOKIE} cookie in {response.headers.get_list('set-cookie')}")


async def cookie_login(client: httpx.AsyncClient, world: World) -> tuple[dict[str, str], str, str]:
    response = await client.post(
        "/graphql",
        json={
            "query": LOGIN,
            "variables": {"username": world.usernames["INSPECTOR"], "password": world.password},
        },
        headers={"x-refresh-cookie": "1"},
    )
    payload = response.json()["data"]["login"]
    value, header = refresh_cookie(response)
    return payload, value, header


async def refresh(client: httpx.AsyncClient, cookie: str | None) -> httpx.Response:
    headers = {"cookie": f"{REFRESH_COOKIE}={cookie}"} if cookie else {}
    return await client.post(REFRESH_PATH, headers=headers)


async def test_login_sets_a_strict_httponly_cookie_and_no_token_in_the_body(
    client: httpx.AsyncClient, world: World
) -> None:
    payload, value, header = await cookie_login(client, world)
    assert payload["__typename"] == "LoginSuccess"
    assert payload["refreshToken"] == ""
    assert payload["accessToken"]
    assert value
    attributes = {part.strip().split("=")[0].lower(): part.strip() for part in header.split(";")}
    assert "httponly" in attributes and "secure" in attributes
    assert attributes["samesite"].lower() == "samesite=strict"
    assert attributes["path"] == f"Path={REFRESH_PATH}"


async def test_refresh_rotates_the_cookie_and_reuse_ends_the_session(
    client: httpx.AsyncClient, world: World
) -> None:
    _, first, _ = await cookie_login(client, world)
    rotated = await refresh(client, first)
    assert rotated.status_code == 200, rotated.text
    access = rotated.json()["accessToken"]
    second, _ = refresh_cookie(rotated)
    assert second != first
    me = await GraphQLClient(client, access).data("{ me { username } }")
    assert me["me"]["username"] == world.usernames["INSPECTOR"]

    reused = await refresh(client, first)
    assert reused.status_code == 401 and reused.json()["code"] == "REFRESH_TOKEN_REUSED"
    assert refresh_cookie(reused)[0] == ""  # cleared
    assert (await refresh(client, second)).status_code == 401  # the whole family ended
    denied = await GraphQLClient(client, access).execute("{ me { username } }")
    assert denied["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_refresh_without_a_cookie_is_401(client: httpx.AsyncClient) -> None:
    response = await refresh(client, None)
    assert response.status_code == 401 and response.json()["code"] == "INVALID_REFRESH_TOKEN"


async def test_logout_clears_the_cookie_and_ends_its_session(client: httpx.AsyncClient, world: World) -> None:
    payload, value, _ = await cookie_login(client, world)
    out = await client.post(
        "/graphql",
        json={"query": "mutation { logout { __typename } }"},
        headers={"authorization": f"Bearer {payload['accessToken']}"},
    )
    assert out.json()["data"]["logout"]["__typename"] == "LogoutSuccess"
    assert refresh_cookie(out)[0] == ""
    assert (await refresh(client, value)).status_code == 401


async def test_integrations_without_the_header_still_get_the_token_in_the_body(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await client.post(
        "/graphql",
        json={
            "query": LOGIN,
            "variables": {"username": world.usernames["INSPECTOR"], "password": world.password},
        },
    )
    assert response.json()["data"]["login"]["refreshToken"]
    assert not [h for h in response.headers.get_list("set-cookie") if REFRESH_COOKIE in h]
