"""Account administration: who manages whom, password rules, forced change, reset and deactivation
ending every session of the user."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from backend.auth.models import User
from backend.auth.passwords import hash_password
from backend.authz.roles import Role
from tests.conftest import LOGIN, GraphQLClient
from tests.world import World

CREATE = """
mutation($input: CreateAccountInput!) {
  createAccount(input: $input) {
    __typename ... on AccountPayload { account { id username mustChangePassword isActive } }
    ... on IntakeError { code field }
  }
}"""
COMPLETE = """
mutation($token: String!, $password: String!) {
  completePasswordChange(changeToken: $token, newPassword: $password) {
    __typename ... on LoginSuccess { accessToken refreshToken user { username } } ... on UserError { code }
  }
}"""
RESET = """
mutation($id: ID!, $password: String!) {
  resetAccountPassword(userId: $id, newPassword: $password) {
    __typename ... on AccountPayload { account { mustChangePassword } } ... on IntakeError { code field }
  }
}"""
DEACTIVATE = """
mutation($id: ID!) {
  setAccountActive(userId: $id, active: false, reason: "left the company") {
    __typename ... on AccountPayload { account { isActive deactivatedAt } } ... on IntakeError { code }
  }
}"""
REFRESH = """
mutation($token: String!) { refreshToken(refreshToken: $token) { __typename ... on UserError { code } } }
"""


def _name() -> str:
    return f"acct{uuid.uuid4().hex[:8]}"


async def _login(client: httpx.AsyncClient, username: str, password: str) -> dict[str, Any]:
    return (
        await GraphQLClient(client).data(
            LOGIN.replace(
                "... on RateLimited", "... on PasswordChangeRequired { changeToken } ... on RateLimited"
            ),
            {"username": username, "password": password},
        )
    )["login"]


async def test_city_creates_a_district_account_that_must_change_its_password_first(
    client: httpx.AsyncClient, as_role, world: World
) -> None:  # type: ignore[no-untyped-def]
    city = as_role("CITY_CENTER")
    username = _name()
    base = {
        "username": username,
        "displayName": "南开区值班",
        "role": "DISTRICT_CENTER",
        "districtId": world.gid("District", world.district_a.id),
    }
    rules = [
        ("short-pw-1", "PASSWORD_TOO_SHORT"),
        (f"{username}-and-more", "PASSWORD_CONTAINS_USERNAME"),
        ("password1234", "PASSWORD_TOO_COMMON"),
    ]
    for password, code in rules:
        refused = (await city.data(CREATE, {"input": {**base, "initialPassword": password}}))["createAccount"]
        assert (refused["code"], refused["field"]) == (code, "input.initialPassword")
    created = (await city.data(CREATE, {"input": {**base, "initialPassword": "first-password-given"}}))[
        "createAccount"
    ]
    assert created["account"]["mustChangePassword"] is True

    first = await _login(client, username, "first-password-given")
    assert first["__typename"] == "PasswordChangeRequired" and first["code"] == "PASSWORD_CHANGE_REQUIRED"
    assert "accessToken" not in first
    weak = await GraphQLClient(client).data(COMPLETE, {"token": first["changeToken"], "password": "short"})
    assert weak["completePasswordChange"]["code"] == "PASSWORD_TOO_SHORT"
    done = (
        await GraphQLClient(client).data(
            COMPLETE, {"token": first["changeToken"], "password": "my-own-new-secret"}
        )
    )["completePasswordChange"]
    assert done["__typename"] == "LoginSuccess" and done["user"]["username"] == username
    reused = await GraphQLClient(client).data(
        COMPLETE, {"token": first["changeToken"], "password": "another-new-secret"}
    )
    assert (
        reused["completePasswordChange"]["code"] == "INVALID_CHANGE_TOKEN"
    )  # the token died with the old password
    assert (await _login(client, username, "my-own-new-secret"))["__typename"] == "LoginSuccess"

    # a district center may not create district accounts
    denied = (
        await as_role("DISTRICT_CENTER").data(
            CREATE, {"input": {**base, "username": _name(), "initialPassword": "x" * 4 + "-long-password"}}
        )
    )["createAccount"]
    assert denied["code"] == "ROLE_NOT_MANAGEABLE"


async def test_district_creates_site_accounts_of_its_projects_only(as_role, world: World) -> None:  # type: ignore[no-untyped-def]
    district = as_role("DISTRICT_CENTER")

    def site(project: Any, organization_id: int | None, role: str = "SUPERVISOR") -> dict[str, Any]:
        return {
            "input": {
                "username": _name(),
                "displayName": "监理",
                "role": role,
                "initialPassword": "site-initial-password",
                "projectId": world.gid("Project", project.id),
                "organizationId": world.gid("Organization", organization_id or 0),
            }
        }

    ok = (await district.data(CREATE, site(world.project_a1, world.project_a1.supervisor_id)))[
        "createAccount"
    ]
    assert ok["__typename"] == "AccountPayload"
    not_party = (await district.data(CREATE, site(world.project_a1, world.project_a1.contractor_id)))[
        "createAccount"
    ]
    assert (not_party["code"], not_party["field"]) == ("ORGANIZATION_NOT_PARTY", "input.organizationId")
    other_district = (await district.data(CREATE, site(world.project_b1, world.project_b1.supervisor_id)))[
        "createAccount"
    ]
    assert other_district["code"] == "PROJECT_NOT_FOUND"
    listed = await district.data("{ accounts(first: 200) { edges { node { username role } } } }")
    roles = {edge["node"]["role"] for edge in listed["accounts"]["edges"]}
    assert roles <= {"CONSTRUCTION_UNIT", "SUPERVISOR", "CONTRACTOR", "PROVIDER"}


async def _site_user_with_session(client: httpx.AsyncClient, world: World) -> tuple[User, dict[str, Any]]:
    user = await User.create(
        username=_name(),
        display_name="site",
        role=Role.CONTRACTOR,
        password_hash=hash_password("site-user-password"),
        project_id=world.project_a1.id,
        organization_id=world.project_a1.contractor_id,
    )
    session = await _login(client, user.username, "site-user-password")
    assert session["__typename"] == "LoginSuccess"
    return user, session


async def test_reset_and_deactivation_end_every_session_of_the_user(
    client: httpx.AsyncClient, as_role, world: World
) -> None:  # type: ignore[no-untyped-def]
    district = as_role("DISTRICT_CENTER")
    user, session = await _site_user_with_session(client, world)
    me = GraphQLClient(client, session["accessToken"])
    assert (await me.data("{ me { username } }"))["me"]["username"] == user.username

    reset = await district.data(RESET, {"id": world.gid("User", user.id), "password": "reset-by-district-1"})
    assert reset["resetAccountPassword"]["account"]["mustChangePassword"] is True
    assert (await me.execute("{ me { username } }"))["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    refreshed = await GraphQLClient(client).data(REFRESH, {"token": session["refreshToken"]})
    assert refreshed["refreshToken"]["code"] == "INVALID_REFRESH_TOKEN"
    assert (await _login(client, user.username, "reset-by-district-1"))[
        "__typename"
    ] == "PasswordChangeRequired"

    other, other_session = await _site_user_with_session(client, world)
    deactivated = (await district.data(DEACTIVATE, {"id": world.gid("User", other.id)}))["setAccountActive"]
    assert deactivated["account"]["isActive"] is False and deactivated["account"]["deactivatedAt"]
    gone = await GraphQLClient(client, other_session["accessToken"]).execute("{ me { username } }")
    assert gone["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert (await _login(client, other.username, "site-user-password"))["code"] == "INVALID_CREDENTIALS"

    # a district center of another district cannot touch these accounts
    b_center = await User.create(
        username=_name(),
        display_name="b",
        role=Role.DISTRICT_CENTER,
        district_id=world.district_b.id,
        password_hash=hash_password("district-b-password"),
    )
    b_session = await _login(client, b_center.username, "district-b-password")
    hidden = await GraphQLClient(client, b_session["accessToken"]).data(
        DEACTIVATE, {"id": world.gid("User", user.id)}
    )
    assert hidden["setAccountActive"]["code"] == "ACCOUNT_NOT_FOUND"


async def test_own_password_change_checks_the_current_password(
    client: httpx.AsyncClient, world: World
) -> None:
    user, session = await _site_user_with_session(client, world)
    me = GraphQLClient(client, session["accessToken"])
    change = """
    mutation($current: String!, $new: String!) {
      changePassword(currentPassword: $current, newPassword: $new) { __typename ... on UserError { code } }
    }"""
    assert (await me.data(change, {"current": "wrong", "new": "a-fresh-password"}))["changePassword"][
        "code"
    ] == ("INVALID_CREDENTIALS")
    assert (await me.data(change, {"current": "site-user-password", "new": user.username + "xx"}))[
        "changePassword"
    ]["code"] == "PASSWORD_CONTAINS_USERNAME"
    ok = await me.data(change, {"current": "site-user-password", "new": "a-fresh-password"})
    assert ok["changePassword"]["__typename"] == "PasswordChanged"
    assert (await _login(client, user.username, "a-fresh-password"))["__typename"] == "LoginSuccess"


async def test_admin_access_follows_the_policy(as_role) -> None:  # type: ignore[no-untyped-def]
    query = "{ adminAccess { organizations gateways accounts import approveProjects manageableRoles } }"
    city = (await as_role("CITY_CENTER").data(query))["adminAccess"]
    assert city["gateways"] and city["accounts"] and "DISTRICT_CENTER" in city["manageableRoles"]
    district = (await as_role("DISTRICT_CENTER").data(query))["adminAccess"]
    assert not district["gateways"] and district["approveProjects"]
    assert set(district["manageableRoles"]) == {"CONSTRUCTION_UNIT", "SUPERVISOR", "CONTRACTOR", "PROVIDER"}
    provider = (await as_role("PROVIDER").data(query))["adminAccess"]
    assert provider == {
        "organizations": False,
        "gateways": False,
        "accounts": False,
        "import": True,
        "approveProjects": False,
        "manageableRoles": [],
    }
