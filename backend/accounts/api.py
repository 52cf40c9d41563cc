"""GraphQL for account administration (issue 9)."""

from __future__ import annotations

from typing import Annotated

import strawberry

from backend.accounts import services
from backend.auth.models import User
from backend.auth.types import RoleEnum, UserType
from backend.authz.policy import Operation, role_allows
from backend.authz.roles import Role
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of
from backend.graphql_core.input_errors import InputRefused, IntakeError
from backend.graphql_core.pagination import Connection, build_connection, page_bounds
from backend.graphql_core.permissions import authenticated, requires


@strawberry.input
class CreateAccountInput:
    username: str
    display_name: str
    role: RoleEnum  # type: ignore[valid-type]
    initial_password: str = strawberry.field(description="Must be changed at the first login.")
    district_id: strawberry.ID | None = strawberry.field(default=None, description="District accounts.")
    project_id: strawberry.ID | None = strawberry.field(default=None, description="Site accounts.")
    organization_id: strawberry.ID | None = strawberry.field(default=None, description="Site accounts.")


@strawberry.type
class AccountPayload:
    account: UserType


AccountResult = Annotated[AccountPayload | IntakeError, strawberry.union("AccountResult")]


@strawberry.type(
    description="Which administration pages and actions the viewer has (decided in backend/authz)."
)
class AdminAccess:
    organizations: bool
    manage_organizations: bool
    projects: bool
    register_project: bool
    approve_projects: bool
    cameras: bool
    approve_camera_removals: bool
    gateways: bool
    accounts: bool
    import_: bool = strawberry.field(name="import")
    manageable_roles: list[RoleEnum]  # type: ignore[valid-type]


@strawberry.type
class AccountQueries:
    @strawberry.field(
        extensions=authenticated(),
        description="The administration pages and create actions open to you (per-object rights are on the objects).",
    )
    def admin_access(self, info: Info) -> AdminAccess:
        principal = info.context.require_principal()

        def may(operation: Operation) -> bool:
            return role_allows(principal, operation)

        return AdminAccess(
            organizations=may(Operation.VIEW_ORGANIZATIONS),
            manage_organizations=may(Operation.MANAGE_ORGANIZATIONS),
            projects=may(Operation.REGISTER_PROJECT) or may(Operation.APPROVE_PROJECT),
            register_project=may(Operation.REGISTER_PROJECT),
            approve_projects=may(Operation.APPROVE_PROJECT),
            cameras=may(Operation.MANAGE_CAMERAS),
            approve_camera_removals=may(Operation.APPROVE_CAMERA_REMOVAL),
            gateways=may(Operation.MANAGE_GATEWAYS),
            accounts=may(Operation.MANAGE_ACCOUNTS),
            import_=may(Operation.IMPORT_INTAKE),
            manageable_roles=sorted(services.manageable_roles(principal))
            if may(Operation.MANAGE_ACCOUNTS)
            else [],
        )

    @strawberry.field(
        extensions=requires(Operation.MANAGE_ACCOUNTS),
        description="The accounts you manage: the city its district and site accounts, a district its site accounts.",
    )
    async def accounts(
        self,
        info: Info,
        search: str | None = None,
        role: RoleEnum | None = None,  # type: ignore[valid-type]
        first: int | None = 50,
        after: str | None = None,
    ) -> Connection[UserType]:
        size, after_id = page_bounds(first, after)
        query = User.filter(services.manageable_filter(info.context.require_principal()))
        if search and search.strip():
            query = query.filter(username__icontains=search.strip())
        if role is not None:
            query = query.filter(role=Role(role))
        total = await query.count()
        if after_id is not None:
            query = query.filter(id__gt=after_id)
        rows = await query.order_by("id").limit(size + 1)
        return build_connection([UserType.from_row(r) for r in rows], [r.id for r in rows], size, total)


@strawberry.type
class AccountMutations:
    @strawberry.mutation(
        extensions=requires(Operation.MANAGE_ACCOUNTS),
        description="Create an account (password change forced at first login). Codes: INVALID_USERNAME, "
        "DUPLICATE_USERNAME, INVALID_TEXT, ROLE_NOT_MANAGEABLE, DISTRICT_NOT_FOUND, PROJECT_NOT_FOUND, "
        "PROJECT_REQUIRED, ORGANIZATION_NOT_FOUND, ORGANIZATION_NOT_PARTY, ORGANIZATION_KIND_MISMATCH, "
        "PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_CONTAINS_USERNAME, PASSWORD_TOO_COMMON.",
    )
    async def create_account(self, info: Info, input: CreateAccountInput) -> AccountResult:
        try:
            user = await services.create_account(
                info.context.require_principal(),
                services.AccountData(
                    username=input.username,
                    display_name=input.display_name,
                    role=Role(input.role),
                    password=input.initial_password,
                    district_id=_pk(input.district_id, "District", "input.districtId"),
                    project_id=_pk(input.project_id, "Project", "input.projectId"),
                    organization_id=_pk(input.organization_id, "Organization", "input.organizationId"),
                ),
                info.context.client_ip,
            )
        except InputRefused as exc:
            return IntakeError.of(exc)
        return AccountPayload(account=UserType.from_row(user))

    @strawberry.mutation(
        extensions=requires(Operation.MANAGE_ACCOUNTS),
        description="Set a new password for an account you manage: it must be changed at the next login, and "
        "all the user's sessions end. Codes: ACCOUNT_NOT_FOUND, password rule codes.",
    )
    async def reset_account_password(
        self, info: Info, user_id: strawberry.ID, new_password: str
    ) -> AccountResult:
        try:
            user = await services.reset_password(
                info.context.require_principal(), pk_of(user_id, "User"), new_password, info.context.client_ip
            )
        except InputRefused as exc:
            return IntakeError.of(exc)
        return AccountPayload(account=UserType.from_row(user))

    @strawberry.mutation(
        extensions=requires(Operation.MANAGE_ACCOUNTS),
        description="Deactivate (ends all the user's sessions at once) or reactivate an account. Codes: ACCOUNT_NOT_FOUND.",
    )
    async def set_account_active(
        self, info: Info, user_id: strawberry.ID, active: bool, reason: str = ""
    ) -> AccountResult:
        try:
            user = await services.set_active(
                info.context.require_principal(),
                pk_of(user_id, "User"),
                active,
                reason,
                info.context.client_ip,
            )
        except InputRefused as exc:
            return IntakeError.of(exc)
        return AccountPayload(account=UserType.from_row(user))


def _pk(value: strawberry.ID | None, type_name: str, field: str) -> int | None:
    if value is None:
        return None
    pk = pk_of(value, type_name)
    if pk is None:
        raise InputRefused(f"{type_name.upper()}_NOT_FOUND", f"No such {type_name.lower()}", field)
    return pk
