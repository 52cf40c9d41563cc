from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from backend.auth.models import User
from backend.authz.roles import Role
from backend.graphql_core.context import Info
from backend.graphql_core.errors import UserError
from backend.graphql_core.ids import to_global_id
from backend.graphql_core.node import Node
from backend.organizations.types import OrganizationType

if TYPE_CHECKING:
    from backend.districts.types import DistrictType
    from backend.projects.types import ProjectType

RoleEnum = strawberry.enum(Role, name="Role")


@strawberry.type(name="User")
class UserType(Node):
    row: strawberry.Private[User]
    username: str
    role: RoleEnum  # type: ignore[valid-type]
    display_name: str
    is_active: bool
    must_change_password: bool = strawberry.field(description="The next login must set a new password.")
    deactivated_at: datetime | None

    @classmethod
    def from_row(cls, row: User) -> UserType:
        return cls(
            id=strawberry.ID(to_global_id("User", row.id)),
            row=row,
            username=row.username,
            role=row.role,
            display_name=row.display_name,
            is_active=row.is_active,
            must_change_password=row.must_change_password,
            deactivated_at=row.deactivated_at,
        )

    @strawberry.field(description="The district the user is scoped to, if any.")
    async def district(
        self, info: Info
    ) -> Annotated[DistrictType, strawberry.lazy("backend.districts.types")] | None:
        from backend.districts.types import DistrictType

        if self.row.district_id is None:
            return None
        row = await info.context.loaders.district_by_id.load(self.row.district_id)
        return DistrictType.from_row(row) if row else None

    @strawberry.field(description="The project the user is scoped to, if any.")
    async def project(
        self, info: Info
    ) -> Annotated[ProjectType, strawberry.lazy("backend.projects.types")] | None:
        from backend.projects.types import ProjectType

        if self.row.project_id is None:
            return None
        row = await info.context.loaders.project_by_id.load(self.row.project_id)
        return ProjectType.from_row(row) if row else None

    @strawberry.field
    async def organization(self, info: Info) -> OrganizationType | None:
        if self.row.organization_id is None:
            return None
        row = await info.context.loaders.organization_by_id.load(self.row.organization_id)
        return OrganizationType.from_row(row) if row else None


@strawberry.type
class LoginSuccess:
    access_token: str
    refresh_token: str = strawberry.field(
        description="Empty when the login asked for the HttpOnly cookie (header `X-Refresh-Cookie: 1`)."
    )
    expires_in: int
    user: UserType


@strawberry.type
class InvalidCredentials(UserError):
    pass


@strawberry.type
class RateLimited(UserError):
    retry_after_seconds: int


@strawberry.type
class RefreshSuccess:
    access_token: str
    refresh_token: str
    expires_in: int


@strawberry.type
class InvalidRefreshToken(UserError):
    pass


@strawberry.type
class LogoutSuccess:
    ok: bool


@strawberry.type
class ApiTokenCreated:
    token: str = strawberry.field(description="Shown once; store it now.")
    name: str
    prefix: str
    operations: list[str]


@strawberry.type
class InvalidApiTokenRequest(UserError):
    pass


@strawberry.type(
    description="Right password, but it must be changed first (new or reset account): call completePasswordChange."
)
class PasswordChangeRequired(UserError):
    change_token: str = strawberry.field(description="Valid for 10 minutes, for completePasswordChange only.")


@strawberry.type(description="The new password breaks a rule; `field` names the input.")
class PasswordRejected(UserError):
    field: str | None


@strawberry.type
class PasswordChanged:
    ok: bool


LoginResult = Annotated[
    LoginSuccess | InvalidCredentials | RateLimited | PasswordChangeRequired, strawberry.union("LoginResult")
]
CompletePasswordChangeResult = Annotated[
    LoginSuccess | PasswordRejected | InvalidCredentials, strawberry.union("CompletePasswordChangeResult")
]
ChangePasswordResult = Annotated[
    PasswordChanged | PasswordRejected | InvalidCredentials, strawberry.union("ChangePasswordResult")
]
RefreshResult = Annotated[RefreshSuccess | InvalidRefreshToken, strawberry.union("RefreshResult")]
LogoutResult = Annotated[LogoutSuccess | InvalidRefreshToken, strawberry.union("LogoutResult")]
CreateApiTokenResult = Annotated[
    ApiTokenCreated | InvalidApiTokenRequest, strawberry.union("CreateApiTokenResult")
]
