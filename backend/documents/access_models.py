"""Article 10 confidentiality access log and Article 11 completeness deadlines."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from backend.documents.models import DocumentCategory


class DocumentAccessAction(StrEnum):
    VIEW = "VIEW"
    DOWNLOAD = "DOWNLOAD"
    UPLOAD = "UPLOAD"
    # Footage is as confidential as documents (issue 8): recorded video in the same log.
    PLAYBACK = "PLAYBACK"
    SNAPSHOT = "SNAPSHOT"
    EXPORT = "EXPORT"


class DocumentAccess(Model):
    """Who viewed, downloaded or uploaded which document version — or played back, snapshotted, exported or
    downloaded which camera's footage (``camera_id`` set, ``document_id`` null) — when and from where."""

    id = fields.BigIntField(primary_key=True)
    document = fields.ForeignKeyField(
        "models.Document", related_name="accesses", null=True, on_delete=fields.CASCADE
    )
    document_id: int | None
    version = fields.IntField(null=True)
    camera = fields.ForeignKeyField(
        "models.Camera", related_name="footage_accesses", null=True, on_delete=fields.SET_NULL
    )
    camera_id: int | None
    clip_export_id = fields.IntField(null=True)
    footage_from = fields.DatetimeField(null=True)
    footage_to = fields.DatetimeField(null=True)
    user = fields.ForeignKeyField(
        "models.User", related_name="document_accesses", null=True, on_delete=fields.SET_NULL
    )
    user_id: int | None
    username = fields.CharField(max_length=64, default="")
    role = fields.CharField(max_length=32, default="")
    action = fields.CharEnumField(DocumentAccessAction, max_length=16)
    project_id = fields.IntField(db_index=True)
    district_id = fields.IntField(db_index=True)
    client_ip = fields.CharField(max_length=64, default="")
    at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "document_access"
        ordering = ["-id"]


class DocumentRequirement(Model):
    """When a category of a project's documents is due (Art. 11)."""

    id = fields.IntField(primary_key=True)
    project = fields.ForeignKeyField(
        "models.Project", related_name="document_requirements", on_delete=fields.CASCADE
    )
    project_id: int
    category = fields.CharEnumField(DocumentCategory, max_length=48)
    due_at = fields.DatetimeField()
    overdue_alerted_at = fields.DatetimeField(null=True)

    class Meta:
        table = "document_requirement"
        unique_together = (("project", "category"),)
        ordering = ["id"]
