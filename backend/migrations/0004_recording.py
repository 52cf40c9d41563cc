from tortoise import migrations
from tortoise.migrations import operations as ops
from backend.faults.models import FaultKind
from backend.recordings.models import ExportState, GapCause, HoldReason
from tortoise.fields.base import OnDelete
from tortoise import fields


class Migration(migrations.Migration):
    dependencies = [("models", "0003_camera_control")]

    initial = False

    operations = [
        ops.CreateModel(
            name="ClipExport",
            fields=[
                ("id", fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                (
                    "camera",
                    fields.ForeignKeyField(
                        "models.Camera",
                        source_field="camera_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="clip_exports",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "requested_by",
                    fields.ForeignKeyField(
                        "models.User",
                        source_field="requested_by_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="clip_exports",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("start_at", fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ("end_at", fields.DatetimeField(auto_now=False, auto_now_add=False)),
                (
                    "state",
                    fields.CharEnumField(
                        default=ExportState.QUEUED,
                        description="QUEUED: QUEUED\nRUNNING: RUNNING\nDONE: DONE\nFAILED: FAILED",
                        enum_type=ExportState,
                        max_length=12,
                    ),
                ),
                ("percent", fields.IntField(default=0)),
                ("bytes", fields.BigIntField(null=True)),
                ("sha256", fields.CharField(null=True, max_length=64)),
                ("gateway_id", fields.CharField(default="", max_length=64)),
                ("error", fields.TextField(null=True, unique=False)),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("finished_at", fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ("under_review", fields.BooleanField(default=False)),
            ],
            options={
                "table": "clip_export",
                "app": "models",
                "pk_attr": "id",
                "table_description": "A remuxed MP4 of one camera between two instants, produced by the gateway holding the files.",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="RecordingGap",
            fields=[
                ("id", fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                (
                    "camera",
                    fields.ForeignKeyField(
                        "models.Camera",
                        source_field="camera_id",
                        db_index=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="recording_gaps",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("stream", fields.CharField(default="main", max_length=8)),
                ("start_at", fields.DatetimeField(db_index=True, auto_now=False, auto_now_add=False)),
                ("end_at", fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                (
                    "cause",
                    fields.CharEnumField(
                        description="CAMERA_OFFLINE: CAMERA_OFFLINE\nGATEWAY_DOWN: GATEWAY_DOWN\nDISK_FULL: DISK_FULL\nRECORDER_ERROR: RECORDER_ERROR",
                        enum_type=GapCause,
                        max_length=24,
                    ),
                ),
                ("gateway_id", fields.CharField(max_length=64)),
                ("fault_ticket_id", fields.IntField(null=True)),
            ],
            options={
                "table": "recording_gap",
                "app": "models",
                "pk_attr": "id",
                "table_description": "A stretch without recording while the camera should have been recorded (open while ``end_at`` is null).",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="RecordingHold",
            fields=[
                ("id", fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                (
                    "camera",
                    fields.ForeignKeyField(
                        "models.Camera",
                        source_field="camera_id",
                        db_index=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="recording_holds",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("start_at", fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ("end_at", fields.DatetimeField(auto_now=False, auto_now_add=False)),
                (
                    "reason",
                    fields.CharEnumField(
                        description="HAZARD_NOTICE: HAZARD_NOTICE\nSTOP_WORK_ORDER: STOP_WORK_ORDER\nFAULT_TICKET: FAULT_TICKET\nEXPORT: EXPORT",
                        enum_type=HoldReason,
                        max_length=24,
                    ),
                ),
                ("ref_id", fields.IntField(null=True)),
                (
                    "created_by",
                    fields.ForeignKeyField(
                        "models.User",
                        source_field="created_by_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="recording_holds",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("released_at", fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={
                "table": "recording_hold",
                "app": "models",
                "pk_attr": "id",
                "table_description": "Protected footage: nothing overlapping an unreleased hold is deleted by retention or the disk guard.",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="RecordingSegment",
            fields=[
                ("id", fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                (
                    "camera",
                    fields.ForeignKeyField(
                        "models.Camera",
                        source_field="camera_id",
                        db_index=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="recording_segments",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("stream", fields.CharField(default="main", max_length=8)),
                ("gateway_id", fields.CharField(max_length=64)),
                ("path", fields.CharField(max_length=512)),
                ("start_at", fields.DatetimeField(db_index=True, auto_now=False, auto_now_add=False)),
                ("end_at", fields.DatetimeField(db_index=True, auto_now=False, auto_now_add=False)),
                ("bytes", fields.BigIntField(default=0)),
                ("final", fields.BooleanField(default=False)),
            ],
            options={
                "table": "recording_segment",
                "app": "models",
                "unique_together": (("camera", "stream", "path"),),
                "pk_attr": "id",
                "table_description": "One fragmented MP4 file of about a minute (``final`` is false while the gateway still writes it).",
            },
            bases=["Model"],
        ),
        ops.AddField(
            model_name="Camera",
            name="record_stream",
            field=fields.CharField(default="main", max_length=8),
        ),
        ops.AddField(
            model_name="District",
            name="recording_retention_days",
            field=fields.IntField(default=30),
        ),
        ops.AlterField(
            model_name="FaultTicket",
            name="kind",
            field=fields.CharEnumField(
                default=FaultKind.OFFLINE,
                description="OFFLINE: OFFLINE\nUNAUTHORIZED_REMOVAL: UNAUTHORIZED_REMOVAL\nRECORDING_GAP: RECORDING_GAP",
                enum_type=FaultKind,
                max_length=32,
            ),
        ),
        ops.AddField(
            model_name="Project",
            name="recording_retention_days",
            field=fields.IntField(null=True),
        ),
    ]
