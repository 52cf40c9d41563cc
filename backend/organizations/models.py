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
    # 统一社会信用代码 (GB 32100-2015), validated in backend.organizations.credit_code.
    credit_code = fields.CharField(max_length=18, null=True, unique=True)
    contact_name = fields.CharField(max_length=100, default="")
    contact_phone = fields.CharField(max_length=40, default="")
    # Art. 6: a provider's security-engineering qualification (certificate, level, expiry).
    qualification_number = fields.CharField(max_length=64, default="")
    qualification_level = fields.CharField(max_length=32, default="")
    qualification_expires_on = fields.DateField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "organization"
        unique_together = (("name", "kind"),)
