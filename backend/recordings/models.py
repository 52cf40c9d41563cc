"""The recording index: what each gateway has on disk, where it has nothing (and why), and what
must never be deleted. Paths are relative to the gateway's recording root; see media_gateway/RECORDING.md."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class RecordingStream(StrEnum):
    MAIN = "main"
    SUB = "sub"


class GapCause(StrEnum):
    CAMERA_OFFLINE = "CAMERA_OFFLINE"
    GATEWAY_DOWN = "GATEWAY_DOWN"
    DISK_FULL = "DISK_FULL"
    RECORDER_ERROR = "RECORDER_ERROR"


class HoldReason(StrEnum):
    HAZARD_NOTICE = "HAZARD_NOTICE"
    STOP_WORK_ORDER = "STOP_WORK_ORDER"
    FAULT_TICKET = "FAULT_TICKET"
    EXPORT = "EXPORT"


class ExportState(StrEnum):
    QUEUED = "QUEUED"
    RUNNING = "RUNNING"
    DONE = "DONE"
    FAILED = "FAILED"


class RecordingSegment(Model):
    """One fragmented MP4 file of about a minute (``final`` is false while the gateway still writes it)."""

    id = fields.BigIntField(primary_key=True)
    camera = fields.ForeignKeyField(
        "models.Camera", related_name="recording_segments", on_delete=fields.CASCADE, db_index=True
    )
    camera_id: int
    stream = fields.CharField(max_length=8, default=RecordingStream.MAIN.value)
    gateway_id = fields.CharField(max_length=64)
    path = fields.CharField(max_length=512)
    start_at = fields.DatetimeField(db_index=True)
    end_at = fields.DatetimeField(db_index=True)
    bytes = fields.BigIntField(default=0)
    final = fields.BooleanField(default=False)

    class Meta:
        table = "recording_segment"
        unique_together = (("camera", "stream", "path"),)
        ordering = ["start_at"]


class RecordingGap(Model):
    """A stretch without recording while the camera should have been recorded (open while ``end_at`` is null)."""

    id = fields.BigIntField(primary_key=True)
    camera = fields.ForeignKeyField(
        "models.Camera", related_name="recording_gaps", on_delete=fields.CASCADE, db_index=True
    )
    camera_id: int
    stream = fields.CharField(max_length=8, default=RecordingStream.MAIN.value)
    start_at = fields.DatetimeField(db_index=True)
    end_at = fields.DatetimeField(null=True)
    cause = fields.CharEnumField(GapCause, max_length=24)
    gateway_id = fields.CharField(max_length=64)
    fault_ticket_id = fields.IntField(null=True)

    class Meta:
        table = "recording_gap"
        ordering = ["start_at"]


class RecordingHold(Model):
    """Protected footage: nothing overlapping an unreleased hold is deleted by retention or the disk guard."""

    id = fields.IntField(primary_key=True)
    camera = fields.ForeignKeyField(
        "models.Camera", related_name="recording_holds", on_delete=fields.CASCADE, db_index=True
    )
    camera_id: int
    start_at = fields.DatetimeField()
    end_at = fields.DatetimeField()
    reason = fields.CharEnumField(HoldReason, max_length=24)
    ref_id = fields.IntField(null=True)
    created_by = fields.ForeignKeyField(
        "models.User", related_name="recording_holds", null=True, on_delete=fields.SET_NULL
    )
    created_by_id: int | None
    created_at = fields.DatetimeField(auto_now_add=True)
    released_at = fields.DatetimeField(null=True)

    class Meta:
        table = "recording_hold"
        ordering = ["id"]


class ClipExport(Model):
    """A remuxed MP4 of one camera between two instants, produced by the gateway holding the files."""

    id = fields.IntField(primary_key=True)
    camera = fields.ForeignKeyField("models.Camera", related_name="clip_exports", on_delete=fields.CASCADE)
    camera_id: int
    requested_by = fields.ForeignKeyField(
        "models.User", related_name="clip_exports", on_delete=fields.CASCADE
    )
    requested_by_id: int
    start_at = fields.DatetimeField()
    end_at = fields.DatetimeField()
    state = fields.CharEnumField(ExportState, max_length=12, default=ExportState.QUEUED)
    percent = fields.IntField(default=0)
    bytes = fields.BigIntField(null=True)
    sha256 = fields.CharField(max_length=64, null=True)
    gateway_id = fields.CharField(max_length=64, default="")
    error = fields.TextField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    finished_at = fields.DatetimeField(null=True)
    under_review = fields.BooleanField(default=False)

    class Meta:
        table = "clip_export"
        ordering = ["id"]
