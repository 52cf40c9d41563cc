"""Monitoring-room duty roster and operator check-ins (Art. 9)."""

from tortoise import fields
from tortoise.models import Model


class DutyShift(Model):
    """A planned shift of one supervisor operator in a project's monitoring room."""

    id = fields.IntField(primary_key=True)
    project = fields.ForeignKeyField("models.Project", related_name="duty_shifts", on_delete=fields.CASCADE)
    project_id: int
    operator = fields.ForeignKeyField("models.User", related_name="duty_shifts", on_delete=fields.CASCADE)
    operator_id: int
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "duty_shift"
        ordering = ["starts_at", "id"]


class DutyCheckIn(Model):
    """An operator present in the monitoring room, kept alive by heartbeats from the SPA."""

    id = fields.IntField(primary_key=True)
    project = fields.ForeignKeyField(
        "models.Project", related_name="duty_check_ins", on_delete=fields.CASCADE
    )
    project_id: int
    operator = fields.ForeignKeyField("models.User", related_name="duty_check_ins", on_delete=fields.CASCADE)
    operator_id: int
    checked_in_at = fields.DatetimeField()
    last_heartbeat_at = fields.DatetimeField()
    checked_out_at = fields.DatetimeField(null=True)

    class Meta:
        table = "duty_check_in"
        ordering = ["id"]
