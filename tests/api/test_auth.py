"""Login, token rotation with reuse detection, logout, token tampering, rate limiting."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import httpx
import jwt

from backend.auth.models import RefreshToken, User
from backend.auth.passwords import verify_password
from backend.projects.models import Project
from backend.settings import Settings
from tests.conftest import LOGIN, GraphQLClient, login
from tests.world import World

ME = "{ me { id username role displayName } }"
REFRESH = """
mutation($token: String!) { refreshToken(refreshToken: $token) {
  __typename ... on RefreshSuccess { accessToken refreshToken } ... on UserError { code message } } }
"""
LOGOUT = "mutation($token: String) { logout(refreshToken: $token) { __typename ... on UserError { code } } }"


async def test_login_returns_tokens_and_user(client: httpx.AsyncClient, world: World) -> None:
    outcome = await login(client, world.usernames["SUPERVISOR"], world.password)
    assert outcome["__typename"] == "LoginSuccess"
    assert outcome["user"]["username"] == world.usernames["SUPERVISOR"]
    assert outcome["user"]["role"] == "SUPERVISOR"
    assert 0 < outcome["expiresIn"] <= 15 * 60
    me = await GraphQLClient(client, outcome["accessToken"]).data(ME)
    assert me["me"]["role"] == "SUPERVISOR"


async def test_wrong_password_and_unknown_user_look_the_same(client: httpx.AsyncClient, world: World) -> None:
    wrong = await login(client, world.usernames["CITY_CENTER"], "not-the-password")
    unknown = await login(client, "nobody-at-all", "not-the-password")
    assert (
        wrong
        == unknown
        == {
            "__typename": "InvalidCredentials",
            "code": "INVALID_CREDENTIALS",
            "message": "Wrong username or password",
        }
    )


async def test_passwords_are_stored_as_argon2_hashes(world: World) -> None:
    user = await User.get(username=world.usernames["CITY_CENTER"])
    assert user.password_hash is not None and user.password_hash.startswith("$argon2id$")
    assert world.password not in user.password_hash
    assert verify_password(user.password_hash, world.password)


async def test_refresh_rotates_and_reuse_revokes_the_session(client: httpx.AsyncClient, world: World) -> None:
    first = await login(client, world.usernames["CONTRACTOR"], world.password)
    anonymous = GraphQLClient(client)
    rotated = (await anonymous.data(REFRESH, {"token": first["refreshToken"]}))["refreshToken"]
    assert rotated["__typename"] == "RefreshSuccess"
    assert rotated["refreshToken"] != first["refreshToken"]
    assert (await GraphQLClient(client, rotated["accessToken"]).data(ME))["me"]["role"] == "CONTRACTOR"

    reused = (await anonymous.data(REFRESH, {"token": first["refreshToken"]}))["refreshToken"]
    assert reused["code"] == "REFRESH_TOKEN_REUSED"
    # The whole family is revoked: the newest refresh token and the access token die too.
    after = (await anonymous.data(REFRESH, {"token": rotated["refreshToken"]}))["refreshToken"]
    assert after["code"] == "INVALID_REFRESH_TOKEN"
    body = await GraphQLClient(client, rotated["accessToken"]).execute(ME)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_unknown_refresh_token_is_a_typed_error(anonymous: GraphQLClient) -> None:
    result = (await anonymous.data(REFRESH, {"token": "made-up"}))["refreshToken"]
    assert result == {
        "__typename": "InvalidRefreshToken",
        "code": "INVALID_REFRESH_TOKEN",
        "message": "Unknown refresh token",
    }


async def test_logout_ends_the_session(client: httpx.AsyncClient, world: World) -> None:
    session = await login(client, world.usernames["INSPECTOR"], world.password)
    caller = GraphQLClient(client, session["accessToken"])
    assert (await caller.data(LOGOUT, {"token": session["refreshToken"]}))["logout"][
        "__typename"
    ] == "LogoutSuccess"
    assert (await caller.execute(ME))["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    result = (await GraphQLClient(client).data(REFRESH, {"token": session["refreshToken"]}))["refreshToken"]
    assert result["code"] == "INVALID_REFRESH_TOKEN"
    assert await RefreshToken.filter(revoked_at__isnull=False).exists()


async def test_logout_needs_a_session(anonymous: GraphQLClient) -> None:
    body = await anonymous.execute(LOGOUT, {"token": None})
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def _forge(settings: Settings, **changes: object) -> str:
    now = datetime.now(UTC)
    claims = {
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "sub": "1",
        "role": "CITY_CENTER",
        "sid": "forged",
        "iat": now,
        "exp": now + timedelta(minutes=5),
    }
    claims.update(changes)
    key = str(claims.pop("key", settings.jwt_secret))
    return jwt.encode(claims, key, algorithm="HS256")


async def test_expired_tampered_and_alg_none_tokens_are_refused(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    expired = _forge(settings, exp=datetime.now(UTC) - timedelta(seconds=1))
    wrong_key = _forge(settings, key="another-secret-" + "y" * 40)
    wrong_audience = _forge(settings, aud="someone-else")
    wrong_issuer = _forge(settings, iss="someone-else")
    header = (
        base64.urlsafe_b64encode(json.dumps({"alg": "none", "typ": "JWT"}).encode()).rstrip(b"=").decode()
    )
    payload = (
        base64.urlsafe_b64encode(
            json.dumps(
                {
                    "sub": "1",
                    "sid": "x",
                    "iss": settings.jwt_issuer,
                    "aud": settings.jwt_audience,
                    "exp": 9999999999,
                    "iat": 1,
                }
            ).encode()
        )
        .rstrip(b"=")
        .decode()
    )
    alg_none = f"{header}.{payload}."
    valid = _forge(settings)
    tampered = valid[:-4] + ("AAAA" if not valid.endswith("AAAA") else "BBBB")
    for token in (expired, wrong_key, wrong_audience, wrong_issuer, alg_none, tampered, "not-a-jwt"):
        body = await GraphQLClient(client, token).execute(ME)
        assert body["data"] is None
        assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED", token


async def test_login_is_rate_limited_per_user_and_address(app, world: World) -> None:  # type: ignore[no-untyped-def]
    transport = httpx.ASGITransport(app=app, client=("10.9.8.7", 5555))
    async with httpx.AsyncClient(transport=transport, base_url="http://sitewatch.test") as other_address:
        limit = app.state.services.settings.login_attempts_per_window
        outcomes = [
            await login(other_address, world.usernames["PROVIDER"], "wrong") for _ in range(limit + 1)
        ]
        assert {o["__typename"] for o in outcomes[:limit]} == {"InvalidCredentials"}
        assert outcomes[-1]["__typename"] == "RateLimited"
        assert outcomes[-1]["retryAfterSeconds"] > 0
        # Even the right password is refused while limited: no oracle for a brute-forcer.
        blocked = await login(other_address, world.usernames["PROVIDER"], world.password)
        assert blocked["code"] == "RATE_LIMITED"
        # The limit is per account: lift it so later tests can log in as the provider.
        await app.state.services.login_limiter.reset(f"login:account:{world.usernames['PROVIDER'].lower()}")


async def test_integration_token_acts_within_its_grants(client: httpx.AsyncClient, world: World) -> None:
    caller = GraphQLClient(client, world.integration_token)
    me = (await caller.data(ME))["me"]
    assert me["role"] == "INTEGRATION"
    visible = await caller.data("{ projects(first: 50) { totalCount edges { node { code } } } }")
    codes = {e["node"]["code"] for e in visible["projects"]["edges"]}
    # the session database is shared: other suites (the intake import) may add projects to district A
    district_a = set(await Project.filter(district_id=world.district_a.id).values_list("code", flat=True))
    assert codes and codes <= district_a
    one = "query($id: ID!) { project(id: $id) { code } }"
    for project, expected in (
        (world.project_a1, {"code": "A1"}),
        (world.project_a2, {"code": "A2"}),
        (world.project_b1, None),
    ):
        found = await caller.data(one, {"id": world.gid("Project", project.id)})
        assert found["project"] == expected, project.code
    revoked = GraphQLClient(client, "swt_" + "x" * 43)
    assert (await revoked.execute(ME))["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_login_query_uses_no_session(anonymous: GraphQLClient) -> None:
    body = await anonymous.execute(LOGIN, {"username": "", "password": ""})
    assert body["data"]["login"]["code"] == "INVALID_CREDENTIALS"
