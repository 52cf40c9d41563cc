from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class DocumentCategory(StrEnum):
    """The nine document categories of Article 10."""

    PROJECT_OVERVIEW = "PROJECT_OVERVIEW"
    MANAGEMENT_ORGANIZATION = "MANAGEMENT_ORGANIZATION"
    SAFETY_COMMITMENT = "SAFETY_COMMITMENT"
    SAFETY_RESPONSIBILITY_SYSTEM = "SAFETY_RESPONSIBILITY_SYSTEM"
    SAFETY_MANAGEMENT_RULES = "SAFETY_MANAGEMENT_RULES"
    CONSTRUCTION_ORGANIZATION_DESIGN = "CONSTRUCTION_ORGANIZATION_DESIGN"
    SPECIAL_CONSTRUCTION_PLANS = "SPECIAL_CONSTRUCTION_PLANS"
    SAFETY_INSPECTION_REMEDIATION = "SAFETY_INSPECTION_REMEDIATION"
    SUBCONTRACTORS_LABOUR_TEAMS = "SUBCONTRACTORS_LABOUR_TEAMS"


class Document(Model):
    id = fields.IntField(primary_key=True)
    project = fields.ForeignKeyField("models.Project", related_name="documents", on_delete=fields.RESTRICT)
    project_id: int
    category = fields.CharEnumField(DocumentCategory, max_length=48)
    title = fields.CharField(max_length=200)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "document"
        ordering = ["id"]


class DocumentVersion(Model):
    id = fields.IntField(primary_key=True)
    document = fields.ForeignKeyField("models.Document", related_name="versions", on_delete=fields.CASCADE)
    document_id: int
    version = fields.IntField()
    filename = fields.CharField(max_length=255)
    storage_name = fields.CharField(max_length=128, unique=True)
    size_bytes = fields.BigIntField()
    content_type = fields.CharField(max_length=128)
    sha256 = fields.CharField(max_length=64)
    uploaded_by = fields.ForeignKeyField(
        "models.User", related_name="uploads", null=True, on_delete=fields.SET_NULL
    )
    uploaded_by_id: int | None
    uploaded_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "document_version"
        unique_together = (("document", "version"),)
        ordering = ["document_id", "version"]
