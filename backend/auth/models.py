from tortoise import fields
from tortoise.models import Model

from backend.authz.roles import Role


class User(Model):
    id = fields.IntField(primary_key=True)
    username = fields.CharField(max_length=64, unique=True)
    display_name = fields.CharField(max_length=100)
    password_hash = fields.CharField(max_length=255, null=True)
    role = fields.CharEnumField(Role, max_length=32)
    district = fields.ForeignKeyField(
        "models.District", related_name="users", null=True, on_delete=fields.RESTRICT
    )
    district_id: int | None
    project = fields.ForeignKeyField(
        "models.Project", related_name="users", null=True, on_delete=fields.RESTRICT
    )
    project_id: int | None
    organization = fields.ForeignKeyField(
        "models.Organization", related_name="users", null=True, on_delete=fields.RESTRICT
    )
    organization_id: int | None
    is_active = fields.BooleanField(default=True)
    # Set on accounts created or reset by the level above: login then demands a new password.
    must_change_password = fields.BooleanField(default=False)
    password_changed_at = fields.DatetimeField(null=True)
    deactivated_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "app_user"
        ordering = ["id"]


class RefreshToken(Model):
    """One issued refresh token. Tokens of one login form a family, and reuse of a rotated
    token revokes the whole family (RFC 6819 §5.2.2.3 refresh token rotation)."""

    id = fields.IntField(primary_key=True)
    user = fields.ForeignKeyField("models.User", related_name="refresh_tokens", on_delete=fields.CASCADE)
    user_id: int
    family = fields.CharField(max_length=36, db_index=True)
    token_hash = fields.CharField(max_length=64, unique=True)
    issued_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField()
    rotated_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "refresh_token"


class ApiToken(Model):
    """A third-party integration token: acts as an INTEGRATION user with a scope
    and an explicit list of granted operations."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=100)
    user = fields.ForeignKeyField("models.User", related_name="api_tokens", on_delete=fields.CASCADE)
    user_id: int
    token_hash = fields.CharField(max_length=64, unique=True)
    prefix = fields.CharField(max_length=16)
    operations = fields.JSONField(default=list)
    created_by = fields.ForeignKeyField(
        "models.User", related_name="created_api_tokens", null=True, on_delete=fields.SET_NULL
    )
    created_by_id: int | None
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)
    last_used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "api_token"


class SessionRevocation(Model):
    """A session (one refresh family) or every session of a user ended before its tokens expire:
    read by backend instances (live websockets) and by media gateways (WHEP sessions, tickets)."""

    id = fields.BigIntField(primary_key=True)
    user_id = fields.IntField(db_index=True)
    session = fields.CharField(max_length=36, null=True)  # null: every session of the user
    reason = fields.CharField(max_length=32)
    at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "session_revocation"
