from tortoise import fields
from tortoise.models import Model


class MediaGateway(Model):
    """A registered media gateway (one per district in production)."""

    id = fields.IntField(primary_key=True)
    gateway_id = fields.CharField(max_length=64, unique=True)
    # Set when the gateway went silent and its cameras were marked UNKNOWN (Art. 16); cleared by its next report.
    down_since = fields.DatetimeField(null=True)
    name = fields.CharField(max_length=100, default="")
    public_url = fields.CharField(max_length=300, default="")
    districts = fields.JSONField(default=list)  # district codes, or ["*"] (explicitly) for all
    last_seen_at = fields.DatetimeField(null=True)
    # Each gateway's own credential, stored as a SHA-256 digest (it is a 256-bit random token).
    # During a rotation the previous one stays valid until the new one is used or the grace ends.
    credential_digest = fields.CharField(max_length=64, default="", db_index=True)
    previous_credential_digest = fields.CharField(max_length=64, default="", db_index=True)
    previous_valid_until = fields.DatetimeField(null=True)
    credential_rotated_at = fields.DatetimeField(null=True)
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True, null=True)

    class Meta:
        table = "media_gateway"
