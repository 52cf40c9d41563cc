from __future__ import annotations

from datetime import datetime

import strawberry

from backend.auth import services
from backend.auth.cookies import clear_refresh_cookie, set_refresh_cookie, wants_cookie
from backend.auth.models import User
from backend.auth.passwords import verify_password
from backend.auth.types import (
    ApiTokenCreated,
    ChangePasswordResult,
    CompletePasswordChangeResult,
    CreateApiTokenResult,
    InvalidApiTokenRequest,
    InvalidCredentials,
    InvalidRefreshToken,
    LoginResult,
    LoginSuccess,
    LogoutResult,
    LogoutSuccess,
    PasswordChanged,
    PasswordChangeRequired,
    PasswordRejected,
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
        except services.PasswordChangeRequired as required:
            return PasswordChangeRequired(
                code=required.code, message=required.message, change_token=required.change_token
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
        extensions=public(),
        description="After login answered PasswordChangeRequired: set the new password and get a session. "
        "Codes: INVALID_CHANGE_TOKEN, PASSWORD_REUSED (InvalidCredentials); PASSWORD_TOO_SHORT, "
        "PASSWORD_TOO_LONG, PASSWORD_CONTAINS_USERNAME, PASSWORD_TOO_COMMON (PasswordRejected).",
    )
    async def complete_password_change(
        self, info: Info, change_token: str, new_password: str
    ) -> CompletePasswordChangeResult:
        from backend.graphql_core.input_errors import InputRefused

        ctx = info.context
        try:
            issued = await services.complete_password_change(
                ctx.services.settings, change_token, new_password
            )
        except InputRefused as exc:
            return PasswordRejected(code=exc.code, message=exc.message, field="newPassword")
        except services.LoginRefused as refused:
            return InvalidCredentials(code=refused.code, message=refused.message)
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
        extensions=authenticated(),
        description="Change your own password. Codes: INVALID_CREDENTIALS (current password wrong), "
        "PASSWORD_REUSED; password rule codes (PasswordRejected).",
    )
    async def change_password(
        self, info: Info, current_password: str, new_password: str
    ) -> ChangePasswordResult:
        from backend.accounts.services import change_own_password
        from backend.graphql_core.input_errors import InputRefused

        principal = info.context.require_principal()
        user = await User.get_or_none(id=principal.user_id, is_active=True)
        if user is None or not verify_password(user.password_hash, current_password):
            return InvalidCredentials(
                code="INVALID_CREDENTIALS", message="当前密码错误 / Current password is wrong"
            )
        if current_password == new_password:
            return InvalidCredentials(
                code="PASSWORD_REUSED", message="新密码不能与旧密码相同 / Choose a new password"
            )
        try:
            await change_own_password(user, new_password)
        except InputRefused as exc:
            return PasswordRejected(code=exc.code, message=exc.message, field="newPassword")
        return PasswordChanged(ok=True)

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
