from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class OrganizationKind(StrEnum):
    CONSTRUCTION_UNIT = "CONSTRUCTION_UNIT"
    SUPERVISOR = "SUPERVISOR"
    CONTRACTOR = "CONTRACTOR"
    PROVIDER = "PROVIDER"


class Organization(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=200)
    kind = fields.CharEnumField(OrganizationKind, max_length=32)
    qualification_number = fields.CharField(max_length=64, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "organization"
        unique_together = (("name", "kind"),)
