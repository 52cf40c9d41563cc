"""Project lifecycle records: monitoring contracts (Art. 6), transitions (Art. 7, 15, 17), penalties (Art. 17)."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class FeePayer(StrEnum):
    CONSTRUCTION_UNIT = "CONSTRUCTION_UNIT"
    SUPERVISOR = "SUPERVISOR"
    CONTRACTOR = "CONTRACTOR"


class MonitoringContract(Model):
    """The monitoring-service contract commissioned and paid by the construction unit (Art. 6)."""

    id = fields.IntField(primary_key=True)
    project = fields.ForeignKeyField(
        "models.Project", related_name="monitoring_contracts", on_delete=fields.CASCADE
    )
    project_id: int
    provider = fields.ForeignKeyField(
        "models.Organization", related_name="monitoring_contracts", null=True, on_delete=fields.SET_NULL
    )
    provider_id: int | None
    provider_name = fields.CharField(max_length=200)
    qualification_number = fields.CharField(max_length=64)
    fee_payer = fields.CharEnumField(FeePayer, max_length=32)
    contract_number = fields.CharField(max_length=64, default="")
    recorded_by = fields.ForeignKeyField(
        "models.User", related_name="recorded_contracts", null=True, on_delete=fields.SET_NULL
    )
    recorded_by_id: int | None
    recorded_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "monitoring_contract"
        ordering = ["id"]


class LifecycleTransition(Model):
    """One accepted lifecycle transition of a project, newest last."""

    id = fields.BigIntField(primary_key=True)
    project = fields.ForeignKeyField(
        "models.Project", related_name="lifecycle_transitions", on_delete=fields.CASCADE
    )
    project_id: int
    action = fields.CharField(max_length=48)
    from_status = fields.CharField(max_length=32)
    to_status = fields.CharField(max_length=32)
    actor = fields.ForeignKeyField(
        "models.User", related_name="lifecycle_transitions", null=True, on_delete=fields.SET_NULL
    )
    actor_id: int | None
    actor_role = fields.CharField(max_length=32, default="")
    note = fields.TextField(default="")
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "lifecycle_transition"
        ordering = ["id"]


class PenaltyRecord(Model):
    """A penalty for starting construction without the required monitoring (Art. 17)."""

    id = fields.IntField(primary_key=True)
    project = fields.ForeignKeyField("models.Project", related_name="penalties", on_delete=fields.CASCADE)
    project_id: int
    article = fields.CharField(max_length=16, default="17")
    reason = fields.TextField()
    amount_cny = fields.FloatField(default=0)
    hazard_notice_id = fields.IntField(null=True)
    issued_by = fields.ForeignKeyField(
        "models.User", related_name="issued_penalties", null=True, on_delete=fields.SET_NULL
    )
    issued_by_id: int | None
    issued_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "penalty_record"
        ordering = ["id"]
