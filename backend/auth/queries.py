from __future__ import annotations

import strawberry

from backend.auth.models import User
from backend.auth.types import UserType
from backend.graphql_core.context import Info
from backend.graphql_core.errors import NotAuthenticated
from backend.graphql_core.permissions import authenticated


@strawberry.type
class AuthQueries:
    @strawberry.field(extensions=authenticated(), description="The logged-in user.")
    async def me(self, info: Info) -> UserType:
        principal = info.context.require_principal()
        user = await User.get_or_none(id=principal.user_id)
        if user is None:
            raise NotAuthenticated()
        return UserType.from_row(user)
