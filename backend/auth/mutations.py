from __future__ import annotations

from datetime import datetime

import strawberry

from backend.auth import services
from backend.auth.cookies import clear_refresh_cookie, set_refresh_cookie, wants_cookie
from backend.auth.types import (
    ApiTokenCreated,
    CreateApiTokenResult,
    InvalidApiTokenRequest,
    InvalidCredentials,
    InvalidRefreshToken,
    LoginResult,
    LoginSuccess,
    LogoutResult,
    LogoutSuccess,
    RateLimited,
    RefreshResult,
    RefreshSuccess,
    UserType,
)
from backend.authz.policy import Operation
from backend.authz.scope import load_in_scope
from backend.districts.models import District
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of
from backend.graphql_core.permissions import authenticated, public, requires
from backend.projects.models import Project


@strawberry.type
class AuthMutations:
    @strawberry.mutation(extensions=public())
    async def login(self, info: Info, username: str, password: str) -> LoginResult:
        ctx = info.context
        try:
            issued = await services.login(
                ctx.services.settings,
                ctx.services.login_limiter,
                username,
                password,
                ctx.client_ip,
                ctx.services.address_limiter,
            )
        except services.LoginRefused as refused:
            if refused.code == "RATE_LIMITED":
                return RateLimited(
                    code=refused.code, message=refused.message, retry_after_seconds=refused.retry_after
                )
            return InvalidCredentials(code=refused.code, message=refused.message)
        # The rest of this response (e.g. `user { project { name } }`) is resolved as the new user.
        ctx.principal = services.principal_for(issued.user)
        refresh_token = issued.refresh_token
        if ctx.response is not None and wants_cookie(ctx.request):
            set_refresh_cookie(ctx.response, refresh_token, ctx.services.settings.refresh_token_ttl_seconds)
            refresh_token = ""  # never readable by script in the browser
        return LoginSuccess(
            access_token=issued.access_token,
            refresh_token=refresh_token,
            expires_in=issued.expires_in,
            user=UserType.from_row(issued.user),
        )

    @strawberry.mutation(
        extensions=public(), description="Rotate a refresh token; reuse revokes the session."
    )
    async def refresh_token(self, info: Info, refresh_token: str) -> RefreshResult:
        try:
            issued = await services.refresh(info.context.services.settings, refresh_token)
        except services.LoginRefused as refused:
            return InvalidRefreshToken(code=refused.code, message=refused.message)
        return RefreshSuccess(
            access_token=issued.access_token, refresh_token=issued.refresh_token, expires_in=issued.expires_in
        )

    @strawberry.mutation(
        extensions=authenticated(), description="End this session (and the given refresh token's)."
    )
    async def logout(self, info: Info, refresh_token: str | None = None) -> LogoutResult:
        try:
            await services.logout(info.context.require_principal(), refresh_token)
        except services.LoginRefused as refused:
            return InvalidRefreshToken(code=refused.code, message=refused.message)
        if info.context.response is not None:
            clear_refresh_cookie(info.context.response)
        return LogoutSuccess(ok=True)

    @strawberry.mutation(
        extensions=requires(Operation.MANAGE_API_TOKENS),
        description="Create a scoped integration token (never wider than your own scope).",
    )
    async def create_api_token(
        self,
        info: Info,
        name: str,
        operations: list[str],
        district_id: strawberry.ID | None = None,
        project_id: strawberry.ID | None = None,
        expires_at: datetime | None = None,
    ) -> CreateApiTokenResult:
        creator = info.context.require_principal()

        def invalid(message: str) -> InvalidApiTokenRequest:
            return InvalidApiTokenRequest(code="INVALID_API_TOKEN_REQUEST", message=message)

        if not name.strip() or len(name) > 100:
            return invalid("name must be 1-100 characters")
        try:
            granted = [Operation(op) for op in operations]
        except ValueError:
            return invalid("unknown operation")
        district_pk = pk_of(district_id, "District") if district_id else None
        project_pk = pk_of(project_id, "Project") if project_id else None
        if project_pk is not None:
            if await load_in_scope(Project, project_pk, creator) is None:
                return invalid("project not found")
            district_pk = None
        elif district_pk is not None:
            if await load_in_scope(District, district_pk, creator) is None:
                return invalid("district not found")
        elif creator.district_id is not None:
            district_pk = creator.district_id  # a district center's token is at most district-wide
        try:
            token, secret = await services.create_api_token(
                creator, name.strip(), granted, district_pk, project_pk, expires_at
            )
        except ValueError as exc:
            return invalid(str(exc))
        return ApiTokenCreated(
            token=secret, name=token.name, prefix=token.prefix, operations=token.operations
        )
