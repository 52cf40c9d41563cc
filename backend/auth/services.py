"""Login, refresh-token rotation with reuse detection, logout, and request principals."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import jwt
from tortoise.expressions import Subquery
from tortoise.transactions import in_transaction

from backend.audit.services import record_audit
from backend.auth.models import ApiToken, RefreshToken, User
from backend.auth.passwords import hash_password, needs_rehash, verify_password
from backend.auth.ratelimit import RateLimiter
from backend.auth.sessions import end_session
from backend.auth.tokens import (
    API_TOKEN_PREFIX,
    InvalidAccessToken,
    decode_access_token,
    issue_access_token,
    new_opaque_token,
    token_digest,
)
from backend.authz.policy import INTEGRATION_GRANTABLE, Operation, Principal
from backend.authz.roles import Role
from backend.settings import Settings


@dataclass(frozen=True)
class IssuedTokens:
    access_token: str
    refresh_token: str
    expires_in: int
    user: User


class LoginRefused(Exception):
    def __init__(self, code: str, message: str, retry_after: int = 0) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.retry_after = retry_after


class PasswordChangeRequired(LoginRefused):
    """Right password, but the account was created or reset by the level above: no session until it is changed."""

    def __init__(self, change_token: str) -> None:
        super().__init__(
            "PASSWORD_CHANGE_REQUIRED", "首次登录或密码被重置，请设置新密码 / Set a new password to continue"
        )
        self.change_token = change_token


PASSWORD_CHANGE_AUDIENCE = "sitewatch-password-change"  # noqa: S105 - a JWT audience, not a secret
PASSWORD_CHANGE_TTL = timedelta(minutes=10)


def _password_fingerprint(user: User) -> str:
    # Binds a change token to the password it was issued for: once changed, the token is dead.
    return hashlib.sha256((user.password_hash or "").encode()).hexdigest()[:32]


def password_change_token(settings: Settings, user: User) -> str:
    now = datetime.now(UTC)
    return jwt.encode(
        {
            "iss": settings.jwt_issuer,
            "aud": PASSWORD_CHANGE_AUDIENCE,
            "sub": str(user.id),
            "pw": _password_fingerprint(user),
            "iat": now,
            "exp": now + PASSWORD_CHANGE_TTL,
        },
        settings.jwt_secret,
        algorithm="HS256",
    )


async def complete_password_change(settings: Settings, change_token: str, new_password: str) -> IssuedTokens:
    """The forced change after login: a valid change token and an acceptable password open a session."""
    from backend.accounts.services import change_own_password

    try:
        claims = jwt.decode(
            change_token,
            settings.jwt_secret,
            algorithms=["HS256"],
            audience=PASSWORD_CHANGE_AUDIENCE,
            issuer=settings.jwt_issuer,
            options={"require": ["exp", "sub", "pw"]},
        )
    except jwt.InvalidTokenError as exc:
        raise LoginRefused(
            "INVALID_CHANGE_TOKEN", "密码修改链接无效或已过期，请重新登录 / Log in again"
        ) from exc
    user = await User.get_or_none(id=int(claims["sub"]), is_active=True)
    if user is None or claims["pw"] != _password_fingerprint(user):
        raise LoginRefused("INVALID_CHANGE_TOKEN", "密码修改链接无效或已过期，请重新登录 / Log in again")
    if verify_password(user.password_hash, new_password):
        raise LoginRefused(
            "PASSWORD_REUSED", "新密码不能与旧密码相同 / Choose a password different from the old one"
        )
    await change_own_password(user, new_password)
    return await _issue(settings, user, uuid.uuid4().hex)


def principal_for(user: User, session: str | None = None) -> Principal:
    return Principal(
        user_id=user.id,
        username=user.username,
        role=Role(user.role),
        district_id=user.district_id,
        project_id=user.project_id,
        organization_id=user.organization_id,
        session=session,
    )


async def _issue(settings: Settings, user: User, family: str) -> IssuedTokens:
    refresh = new_opaque_token()
    await RefreshToken.create(
        user=user,
        family=family,
        token_hash=token_digest(refresh),
        expires_at=datetime.now(UTC) + timedelta(seconds=settings.refresh_token_ttl_seconds),
    )
    return IssuedTokens(
        access_token=issue_access_token(settings, user.id, str(user.role), family),
        refresh_token=refresh,
        expires_in=settings.access_token_ttl_seconds,
        user=user,
    )


async def login(
    settings: Settings,
    limiter: RateLimiter,
    username: str,
    password: str,
    client_ip: str,
    address_limiter: RateLimiter | None = None,
) -> IssuedTokens:
    """``limiter`` counts attempts per account from any address, ``address_limiter`` per address
    for any account: neither rotating addresses nor rotating usernames buys more guesses."""
    account_key = f"login:account:{username.lower()[:64]}"
    wait = await limiter.hit(account_key)
    if address_limiter is not None:
        wait = max(wait, await address_limiter.hit(f"login:address:{client_ip}"))
    if wait:
        raise LoginRefused("RATE_LIMITED", f"Too many login attempts; retry in {wait} s", wait)
    user = await User.get_or_none(username=username)
    if (
        not verify_password(user.password_hash if user else None, password)
        or user is None
        or not user.is_active
    ):
        await record_audit(
            "auth.login_failed", actor=None, detail={"username": username[:64]}, client_ip=client_ip
        )
        raise LoginRefused("INVALID_CREDENTIALS", "Wrong username or password")
    await limiter.reset(account_key)
    if user.must_change_password:
        await record_audit("auth.login_password_change_required", actor=user, client_ip=client_ip)
        raise PasswordChangeRequired(password_change_token(settings, user))
    if user.password_hash and needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
        await user.save(update_fields=["password_hash"])
    await record_audit("auth.login", actor=user, client_ip=client_ip)
    return await _issue(settings, user, uuid.uuid4().hex)


async def refresh(settings: Settings, token: str) -> IssuedTokens:
    now = datetime.now(UTC)
    reused_family: str | None = None
    async with in_transaction():
        stored = await RefreshToken.select_for_update().get_or_none(token_hash=token_digest(token))
        if stored is None:
            raise LoginRefused("INVALID_REFRESH_TOKEN", "Unknown refresh token")
        if stored.revoked_at is not None or stored.expires_at <= now:
            raise LoginRefused("INVALID_REFRESH_TOKEN", "Refresh token expired or revoked")
        if stored.rotated_at is not None:
            # A rotated token presented again means it was stolen: end the whole session
            # (after this transaction; raising inside it would roll the revocation back).
            reused_family = stored.family
        else:
            stored.rotated_at = now
            await stored.save(update_fields=["rotated_at"])
            user = await User.get(id=stored.user_id)
            if not user.is_active:
                raise LoginRefused("INVALID_REFRESH_TOKEN", "Account disabled")
            return await _issue(settings, user, stored.family)
    await end_session(stored.user_id, stored.family, "refresh_reuse")
    await record_audit("auth.refresh_reuse", actor_id=stored.user_id, detail={"family": reused_family})
    raise LoginRefused("REFRESH_TOKEN_REUSED", "Refresh token was already used; session revoked")


async def logout(principal: Principal, refresh_token: str | None) -> None:
    families = {principal.session} if principal.session else set()
    if refresh_token:
        stored = await RefreshToken.get_or_none(
            token_hash=token_digest(refresh_token), user_id=principal.user_id
        )
        if stored is None:
            raise LoginRefused("INVALID_REFRESH_TOKEN", "Unknown refresh token")
        families.add(stored.family)
    for family in sorted(families):
        await end_session(principal.user_id, family, "logout")
    await record_audit("auth.logout", actor_id=principal.user_id)


async def authenticate_bearer(settings: Settings, token: str) -> Principal | None:
    """The principal behind an ``Authorization: Bearer`` value, or None when it is not valid."""
    if token.startswith(API_TOKEN_PREFIX):
        return await _authenticate_api_token(token)
    try:
        claims = decode_access_token(settings, token)
    except InvalidAccessToken:
        return None
    # one statement for both questions: every request asks them
    revoked_in_family = RefreshToken.filter(family=claims.session, revoked_at__isnull=False).limit(1)
    user = (
        await User.filter(id=claims.user_id, is_active=True)
        .annotate(revoked_token_id=Subquery(revoked_in_family.values("id")))
        .first()
    )
    if user is None:
        return None
    if getattr(user, "revoked_token_id", None) is not None:
        return None  # logged out or revoked after reuse detection
    return principal_for(user, claims.session)


async def _authenticate_api_token(token: str) -> Principal | None:
    api_token = await ApiToken.get_or_none(token_hash=token_digest(token), revoked_at=None).select_related(
        "user"
    )
    now = datetime.now(UTC)
    if api_token is None or (api_token.expires_at is not None and api_token.expires_at <= now):
        return None
    user = api_token.user
    if not user.is_active or user.role != Role.INTEGRATION:
        return None
    await ApiToken.filter(id=api_token.id).update(last_used_at=now)
    granted = frozenset(Operation(op) for op in api_token.operations if op in INTEGRATION_GRANTABLE)
    base = principal_for(user)
    return Principal(
        user_id=base.user_id,
        username=base.username,
        role=base.role,
        district_id=base.district_id,
        project_id=base.project_id,
        organization_id=base.organization_id,
        granted=granted,
        api_token_id=api_token.id,
    )


async def create_user(
    username: str,
    password: str | None,
    role: Role,
    display_name: str,
    district_id: int | None = None,
    project_id: int | None = None,
    organization_id: int | None = None,
) -> User:
    if role in (Role.DISTRICT_CENTER, Role.INSPECTOR) and district_id is None and project_id is None:
        raise ValueError(f"{role} users need a district")
    if role in (Role.CONSTRUCTION_UNIT, Role.SUPERVISOR, Role.CONTRACTOR, Role.PROVIDER) and (
        project_id is None and organization_id is None
    ):
        raise ValueError(f"{role} users need a project or an organization")
    return await User.create(
        username=username,
        password_hash=hash_password(password) if password else None,
        role=role,
        display_name=display_name,
        district_id=district_id,
        project_id=project_id,
        organization_id=organization_id,
    )


async def create_api_token(
    creator: Principal,
    name: str,
    operations: list[Operation],
    district_id: int | None,
    project_id: int | None,
    expires_at: datetime | None,
) -> tuple[ApiToken, str]:
    """A new integration token, never wider than its creator's own scope."""
    unknown = [op for op in operations if op not in INTEGRATION_GRANTABLE]
    if unknown:
        raise ValueError(f"operations not grantable to integrations: {', '.join(unknown)}")
    user = await User.create(
        username=f"integration-{uuid.uuid4().hex[:12]}",
        display_name=name,
        role=Role.INTEGRATION,
        district_id=district_id,
        project_id=project_id,
    )
    secret = new_opaque_token(API_TOKEN_PREFIX)
    api_token = await ApiToken.create(
        name=name,
        user=user,
        token_hash=token_digest(secret),
        prefix=secret[:10],
        operations=[str(op) for op in operations],
        created_by_id=creator.user_id,
        expires_at=expires_at,
    )
    await record_audit(
        "auth.api_token_created",
        actor_id=creator.user_id,
        object_type="ApiToken",
        object_id=str(api_token.id),
        district_id=district_id,
        project_id=project_id,
        detail={"operations": api_token.operations, "name": name},
    )
    return api_token, secret
