from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from backend.documents.access_models import DocumentAccessAction
from backend.documents.models import DocumentCategory
from backend.faults.models import FaultKind, FaultStatus
from backend.hazards.models import HazardEntryKind, HazardKind, HazardSeverity, HazardStatus
from backend.lifecycle.models import FeePayer
from json import dumps, loads
from tortoise.fields.base import OnDelete
from tortoise import fields


class Migration(migrations.Migration):
    dependencies = [("models", "0001_initial")]

    initial = False

    operations = [
        ops.CreateModel(
            name="DocumentAccess",
            fields=[
                ("id", fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                (
                    "document",
                    fields.ForeignKeyField(
                        "models.Document",
                        source_field="document_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="accesses",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("version", fields.IntField(null=True)),
                (
                    "user",
                    fields.ForeignKeyField(
                        "models.User",
                        source_field="user_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="document_accesses",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                ("username", fields.CharField(default="", max_length=64)),
                ("role", fields.CharField(default="", max_length=32)),
                (
                    "action",
                    fields.CharEnumField(
                        description="VIEW: VIEW\nDOWNLOAD: DOWNLOAD\nUPLOAD: UPLOAD",
                        enum_type=DocumentAccessAction,
                        max_length=16,
                    ),
                ),
                ("project_id", fields.IntField(db_index=True)),
                ("district_id", fields.IntField(db_index=True)),
                ("client_ip", fields.CharField(default="", max_length=64)),
                ("at", fields.DatetimeField(db_index=True, auto_now=False, auto_now_add=True)),
            ],
            options={
                "table": "document_access",
                "app": "models",
                "pk_attr": "id",
                "table_description": "Who viewed, downloaded or uploaded which document version, when and from where.",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="DocumentRequirement",
            fields=[
                ("id", fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                (
                    "project",
                    fields.ForeignKeyField(
                        "models.Project",
                        source_field="project_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="document_requirements",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "category",
                    fields.CharEnumField(
                        description="PROJECT_OVERVIEW: PROJECT_OVERVIEW\nMANAGEMENT_ORGANIZATION: MANAGEMENT_ORGANIZATION\nSAFETY_COMMITMENT: SAFETY_COMMITMENT\nSAFETY_RESPONSIBILITY_SYSTEM: SAFETY_RESPONSIBILITY_SYSTEM\nSAFETY_MANAGEMENT_RULES: SAFETY_MANAGEMENT_RULES\nCONSTRUCTION_ORGANIZATION_DESIGN: CONSTRUCTION_ORGANIZATION_DESIGN\nSPECIAL_CONSTRUCTION_PLANS: SPECIAL_CONSTRUCTION_PLANS\nSAFETY_INSPECTION_REMEDIATION: SAFETY_INSPECTION_REMEDIATION\nSUBCONTRACTORS_LABOUR_TEAMS: SUBCONTRACTORS_LABOUR_TEAMS",
                        enum_type=DocumentCategory,
                        max_length=48,
                    ),
                ),
                ("due_at", fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ("overdue_alerted_at", fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={
                "table": "document_requirement",
                "app": "models",
                "unique_together": (("project", "category"),),
                "pk_attr": "id",
                "table_description": "When a category of a project's documents is due (Art. 11).",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="DutyCheckIn",
            fields=[
                ("id", fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                (
                    "project",
                    fields.ForeignKeyField(
                        "models.Project",
                        source_field="project_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="duty_check_ins",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "operator",
                    fields.ForeignKeyField(
                        "models.User",
                        source_field="operator_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="duty_check_ins",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("checked_in_at", fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ("last_heartbeat_at", fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ("checked_out_at", fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={
                "table": "duty_check_in",
                "app": "models",
                "pk_attr": "id",
                "table_description": "An operator present in the monitoring room, kept alive by heartbeats from the SPA.",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="DutyShift",
            fields=[
                ("id", fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                (
                    "project",
                    fields.ForeignKeyField(
                        "models.Project",
                        source_field="project_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="duty_shifts",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "operator",
                    fields.ForeignKeyField(
                        "models.User",
                        source_field="operator_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="duty_shifts",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("starts_at", fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ("ends_at", fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={
                "table": "duty_shift",
                "app": "models",
                "pk_attr": "id",
                "table_description": "A planned shift of one supervisor operator in a project's monitoring room.",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="FaultTicket",
            fields=[
                ("id", fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                (
                    "camera",
                    fields.ForeignKeyField(
                        "models.Camera",
                        source_field="camera_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="fault_tickets",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "project",
                    fields.ForeignKeyField(
                        "models.Project",
                        source_field="project_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="fault_tickets",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "kind",
                    fields.CharEnumField(
                        default=FaultKind.OFFLINE,
                        description="OFFLINE: OFFLINE\nUNAUTHORIZED_REMOVAL: UNAUTHORIZED_REMOVAL",
                        enum_type=FaultKind,
                        max_length=32,
                    ),
                ),
                (
                    "status",
                    fields.CharEnumField(
                        default=FaultStatus.OPEN,
                        db_index=True,
                        description="OPEN: OPEN\nCLOSED: CLOSED",
                        enum_type=FaultStatus,
                        max_length=16,
                    ),
                ),
                ("detail", fields.CharField(default="", max_length=200)),
                ("opened_at", fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ("deadline", fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ("closed_at", fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ("downtime_seconds", fields.IntField(null=True)),
                ("breached_at", fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={
                "table": "fault_ticket",
                "app": "models",
                "pk_attr": "id",
                "table_description": "A fault of one camera, assigned to the project's monitoring provider.",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="HazardNotice",
            fields=[
                ("id", fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                (
                    "project",
                    fields.ForeignKeyField(
                        "models.Project",
                        source_field="project_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="hazard_notices",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "camera",
                    fields.ForeignKeyField(
                        "models.Camera",
                        source_field="camera_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="hazard_notices",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                (
                    "kind",
                    fields.CharEnumField(
                        description="RECTIFY: RECTIFY\nSTOP_WORK: STOP_WORK",
                        enum_type=HazardKind,
                        max_length=16,
                    ),
                ),
                (
                    "severity",
                    fields.CharEnumField(
                        description="LOW: LOW\nMEDIUM: MEDIUM\nHIGH: HIGH\nCRITICAL: CRITICAL",
                        enum_type=HazardSeverity,
                        max_length=16,
                    ),
                ),
                ("description", fields.TextField(unique=False)),
                ("deadline", fields.DatetimeField(auto_now=False, auto_now_add=False)),
                (
                    "status",
                    fields.CharEnumField(
                        default=HazardStatus.OPEN,
                        db_index=True,
                        description="OPEN: OPEN\nACKNOWLEDGED: ACKNOWLEDGED\nRECTIFICATION_REPORTED: RECTIFICATION_REPORTED\nCLOSED: CLOSED",
                        enum_type=HazardStatus,
                        max_length=32,
                    ),
                ),
                ("snapshot_url", fields.CharField(default="", max_length=500)),
                ("issuer_level", fields.CharField(max_length=16)),
                (
                    "issued_by",
                    fields.ForeignKeyField(
                        "models.User",
                        source_field="issued_by_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="issued_hazard_notices",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                ("issued_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("acknowledged_at", fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ("closed_at", fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ("escalated_at", fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={
                "table": "hazard_notice",
                "app": "models",
                "pk_attr": "id",
                "table_description": "A notice to rectify or to stop work, with its deadline and state.",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="HazardNoticeEntry",
            fields=[
                ("id", fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                (
                    "notice",
                    fields.ForeignKeyField(
                        "models.HazardNotice",
                        source_field="notice_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="entries",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "kind",
                    fields.CharEnumField(
                        description="ISSUED: ISSUED\nACKNOWLEDGED: ACKNOWLEDGED\nRECTIFICATION_REPORTED: RECTIFICATION_REPORTED\nACCEPTED: ACCEPTED\nREJECTED: REJECTED\nESCALATED: ESCALATED",
                        enum_type=HazardEntryKind,
                        max_length=32,
                    ),
                ),
                ("text", fields.TextField(default="", unique=False)),
                (
                    "attachment_document_ids",
                    fields.JSONField(
                        default=list, encoder=functools.partial(dumps, separators=(",", ":")), decoder=loads
                    ),
                ),
                (
                    "author",
                    fields.ForeignKeyField(
                        "models.User",
                        source_field="author_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="hazard_notice_entries",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                ("author_role", fields.CharField(default="", max_length=32)),
                ("at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={
                "table": "hazard_notice_entry",
                "app": "models",
                "pk_attr": "id",
                "table_description": "One message of a notice's thread: acknowledgement, rectification report, review.",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="LifecycleTransition",
            fields=[
                ("id", fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                (
                    "project",
                    fields.ForeignKeyField(
                        "models.Project",
                        source_field="project_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="lifecycle_transitions",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("action", fields.CharField(max_length=48)),
                ("from_status", fields.CharField(max_length=32)),
                ("to_status", fields.CharField(max_length=32)),
                (
                    "actor",
                    fields.ForeignKeyField(
                        "models.User",
                        source_field="actor_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="lifecycle_transitions",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                ("actor_role", fields.CharField(default="", max_length=32)),
                ("note", fields.TextField(default="", unique=False)),
                ("at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={
                "table": "lifecycle_transition",
                "app": "models",
                "pk_attr": "id",
                "table_description": "One accepted lifecycle transition of a project, newest last.",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="MonitoringContract",
            fields=[
                ("id", fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                (
                    "project",
                    fields.ForeignKeyField(
                        "models.Project",
                        source_field="project_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="monitoring_contracts",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                (
                    "provider",
                    fields.ForeignKeyField(
                        "models.Organization",
                        source_field="provider_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="monitoring_contracts",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                ("provider_name", fields.CharField(max_length=200)),
                ("qualification_number", fields.CharField(max_length=64)),
                (
                    "fee_payer",
                    fields.CharEnumField(
                        description="CONSTRUCTION_UNIT: CONSTRUCTION_UNIT\nSUPERVISOR: SUPERVISOR\nCONTRACTOR: CONTRACTOR",
                        enum_type=FeePayer,
                        max_length=32,
                    ),
                ),
                ("contract_number", fields.CharField(default="", max_length=64)),
                (
                    "recorded_by",
                    fields.ForeignKeyField(
                        "models.User",
                        source_field="recorded_by_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="recorded_contracts",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                ("recorded_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={
                "table": "monitoring_contract",
                "app": "models",
                "pk_attr": "id",
                "table_description": "The monitoring-service contract commissioned and paid by the construction unit (Art. 6).",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="PenaltyRecord",
            fields=[
                ("id", fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                (
                    "project",
                    fields.ForeignKeyField(
                        "models.Project",
                        source_field="project_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="penalties",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("article", fields.CharField(default="17", max_length=16)),
                ("reason", fields.TextField(unique=False)),
                ("amount_cny", fields.FloatField(default=0)),
                ("hazard_notice_id", fields.IntField(null=True)),
                (
                    "issued_by",
                    fields.ForeignKeyField(
                        "models.User",
                        source_field="issued_by_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="issued_penalties",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                ("issued_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={
                "table": "penalty_record",
                "app": "models",
                "pk_attr": "id",
                "table_description": "A penalty for starting construction without the required monitoring (Art. 17).",
            },
            bases=["Model"],
        ),
    ]
