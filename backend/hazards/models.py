"""Hazard notices and stop-work orders issued by command centers (Art. 14)."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class HazardKind(StrEnum):
    RECTIFY = "RECTIFY"
    STOP_WORK = "STOP_WORK"


class HazardSeverity(StrEnum):
    LOW = "LOW"
    MEDIUM = "MEDIUM"
    HIGH = "HIGH"
    CRITICAL = "CRITICAL"


class HazardStatus(StrEnum):
    OPEN = "OPEN"
    ACKNOWLEDGED = "ACKNOWLEDGED"
    RECTIFICATION_REPORTED = "RECTIFICATION_REPORTED"
    CLOSED = "CLOSED"


class HazardNotice(Model):
    """A notice to rectify or to stop work, with its deadline and state."""

    id = fields.IntField(primary_key=True)
    project = fields.ForeignKeyField(
        "models.Project", related_name="hazard_notices", on_delete=fields.CASCADE
    )
    project_id: int
    camera = fields.ForeignKeyField(
        "models.Camera", related_name="hazard_notices", null=True, on_delete=fields.SET_NULL
    )
    camera_id: int | None
    kind = fields.CharEnumField(HazardKind, max_length=16)
    severity = fields.CharEnumField(HazardSeverity, max_length=16)
    description = fields.TextField()
    deadline = fields.DatetimeField()
    status = fields.CharEnumField(HazardStatus, max_length=32, default=HazardStatus.OPEN, db_index=True)
    snapshot_url = fields.CharField(max_length=500, default="")
    issuer_level = fields.CharField(max_length=16)
    issued_by = fields.ForeignKeyField(
        "models.User", related_name="issued_hazard_notices", null=True, on_delete=fields.SET_NULL
    )
    issued_by_id: int | None
    issued_at = fields.DatetimeField(auto_now_add=True)
    acknowledged_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)
    escalated_at = fields.DatetimeField(null=True)

    class Meta:
        table = "hazard_notice"
        ordering = ["id"]


class HazardEntryKind(StrEnum):
    ISSUED = "ISSUED"
    ACKNOWLEDGED = "ACKNOWLEDGED"
    RECTIFICATION_REPORTED = "RECTIFICATION_REPORTED"
    ACCEPTED = "ACCEPTED"
    REJECTED = "REJECTED"
    ESCALATED = "ESCALATED"


class HazardNoticeEntry(Model):
    """One message of a notice's thread: acknowledgement, rectification report, review."""

    id = fields.IntField(primary_key=True)
    notice = fields.ForeignKeyField("models.HazardNotice", related_name="entries", on_delete=fields.CASCADE)
    notice_id: int
    kind = fields.CharEnumField(HazardEntryKind, max_length=32)
    text = fields.TextField(default="")
    attachment_document_ids = fields.JSONField(default=list)
    author = fields.ForeignKeyField(
        "models.User", related_name="hazard_notice_entries", null=True, on_delete=fields.SET_NULL
    )
    author_id: int | None
    author_role = fields.CharField(max_length=32, default="")
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "hazard_notice_entry"
        ordering = ["id"]


class HazardEvidence(Model):
    """A photo or video frame the inspector attached to a notice as evidence (Art. 14).

    Uploaded before the notice exists (the frame is captured, then the form is filled in);
    issuing the notice links it. Stored like documents: sniffed, size-limited, server-named."""

    id = fields.IntField(primary_key=True)
    project = fields.ForeignKeyField(
        "models.Project", related_name="hazard_evidence", on_delete=fields.CASCADE
    )
    project_id: int
    notice = fields.ForeignKeyField(
        "models.HazardNotice", related_name="evidence", null=True, on_delete=fields.CASCADE
    )
    notice_id: int | None
    source = fields.CharField(max_length=16, default="PHOTO")  # FRAME (from live video) | PHOTO
    filename = fields.CharField(max_length=255, default="")
    storage_name = fields.CharField(max_length=128, unique=True)
    size_bytes = fields.BigIntField()
    content_type = fields.CharField(max_length=128)
    sha256 = fields.CharField(max_length=64)
    uploaded_by = fields.ForeignKeyField(
        "models.User", related_name="hazard_evidence", null=True, on_delete=fields.SET_NULL
    )
    uploaded_by_id: int | None
    uploaded_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "hazard_evidence"
        ordering = ["id"]
