"""Camera fault tickets with the 24-hour repair deadline (Art. 16)."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class FaultKind(StrEnum):
    OFFLINE = "OFFLINE"
    UNAUTHORIZED_REMOVAL = "UNAUTHORIZED_REMOVAL"
    RECORDING_GAP = "RECORDING_GAP"


class FaultStatus(StrEnum):
    OPEN = "OPEN"
    CLOSED = "CLOSED"


class FaultTicket(Model):
    """A fault of one camera, assigned to the project's monitoring provider."""

    id = fields.IntField(primary_key=True)
    camera = fields.ForeignKeyField("models.Camera", related_name="fault_tickets", on_delete=fields.CASCADE)
    camera_id: int
    project = fields.ForeignKeyField("models.Project", related_name="fault_tickets", on_delete=fields.CASCADE)
    project_id: int
    kind = fields.CharEnumField(FaultKind, max_length=32, default=FaultKind.OFFLINE)
    status = fields.CharEnumField(FaultStatus, max_length=16, default=FaultStatus.OPEN, db_index=True)
    detail = fields.CharField(max_length=200, default="")
    opened_at = fields.DatetimeField()
    deadline = fields.DatetimeField()
    closed_at = fields.DatetimeField(null=True)
    downtime_seconds = fields.IntField(null=True)
    breached_at = fields.DatetimeField(null=True)

    class Meta:
        table = "fault_ticket"
        ordering = ["id"]
