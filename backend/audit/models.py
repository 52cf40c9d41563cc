from tortoise import fields
from tortoise.models import Model


class AuditEvent(Model):
    id = fields.BigIntField(primary_key=True)
    at = fields.DatetimeField(auto_now_add=True, db_index=True)
    actor = fields.ForeignKeyField(
        "models.User", related_name="audit_events", null=True, on_delete=fields.SET_NULL
    )
    actor_id: int | None
    actor_role = fields.CharField(max_length=32, default="")
    action = fields.CharField(max_length=64, db_index=True)
    object_type = fields.CharField(max_length=32, default="")
    object_id = fields.CharField(max_length=64, default="")
    district_id = fields.IntField(null=True)
    project_id = fields.IntField(null=True, db_index=True)
    detail = fields.JSONField(default=dict)
    client_ip = fields.CharField(max_length=64, default="")

    class Meta:
        table = "audit_event"
        ordering = ["-id"]
