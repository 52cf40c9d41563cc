from tortoise import fields
from tortoise.models import Model


class MediaGateway(Model):
    """A registered media gateway (one per district in production)."""

    id = fields.IntField(primary_key=True)
    gateway_id = fields.CharField(max_length=64, unique=True)
    public_url = fields.CharField(max_length=300)
    districts = fields.JSONField(default=list)  # district codes, or ["*"] for all
    last_seen_at = fields.DatetimeField()
    # Set when the gateway went silent and its cameras were marked UNKNOWN (Art. 16); cleared by its next report.
    down_since = fields.DatetimeField(null=True)

    class Meta:
        table = "media_gateway"
