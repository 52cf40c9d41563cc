from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class AlertSeverity(StrEnum):
    INFO = "INFO"
    WARNING = "WARNING"
    CRITICAL = "CRITICAL"


class Alert(Model):
    """A persisted alert. Its scope is the narrowest of (project, district, city) that is set."""

    id = fields.BigIntField(primary_key=True)
    kind = fields.CharField(max_length=48, db_index=True)
    severity = fields.CharEnumField(AlertSeverity, max_length=16, default=AlertSeverity.WARNING)
    title = fields.CharField(max_length=200)
    message = fields.TextField(default="")
    district_id = fields.IntField(null=True, db_index=True)
    project_id = fields.IntField(null=True, db_index=True)
    # Roles the alert is addressed to inside its scope, as ",ROLE,ROLE,"; empty means everyone in scope.
    audience = fields.CharField(max_length=200, default="")
    object_type = fields.CharField(max_length=32, default="")
    object_id = fields.CharField(max_length=64, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    acknowledged_at = fields.DatetimeField(null=True)
    acknowledged_by = fields.ForeignKeyField(
        "models.User", related_name="acknowledged_alerts", null=True, on_delete=fields.SET_NULL
    )
    acknowledged_by_id: int | None

    class Meta:
        table = "alert"
        ordering = ["id"]
