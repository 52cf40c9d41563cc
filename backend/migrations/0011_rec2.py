from tortoise import migrations
from tortoise.migrations import operations as ops
from backend.documents.access_models import DocumentAccessAction
from backend.recordings.models import ExportReview
from tortoise.fields.base import OnDelete
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('models', '0006_trust')]

    initial = False

    operations = [
        ops.AddField(
            model_name='ClipExport',
            name='review_decision',
            field=fields.CharEnumField(null=True, description='RELEASED: RELEASED\nKEPT_AS_EVIDENCE: KEPT_AS_EVIDENCE', enum_type=ExportReview, max_length=24),
        ),
        ops.AddField(
            model_name='ClipExport',
            name='reviewed_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='ClipExport',
            name='reviewed_by',
            field=fields.ForeignKeyField('models.User', source_field='reviewed_by_id', null=True, db_constraint=True, to_field='id', related_name='reviewed_clip_exports', on_delete=OnDelete.SET_NULL),
        ),
        ops.AlterModelOptions(
            name='DocumentAccess',
            options={'table': 'document_access', 'app': 'models', 'pk_attr': 'id', 'table_description': 'Who viewed, downloaded or uploaded which document version — or played back, snapshotted, exported or'},
        ),
        ops.AlterField(
            model_name='DocumentAccess',
            name='action',
            field=fields.CharEnumField(description='VIEW: VIEW\nDOWNLOAD: DOWNLOAD\nUPLOAD: UPLOAD\nPLAYBACK: PLAYBACK\nSNAPSHOT: SNAPSHOT\nEXPORT: EXPORT', enum_type=DocumentAccessAction, max_length=16),
        ),
        ops.AlterField(
            model_name='DocumentAccess',
            name='document',
            field=fields.ForeignKeyField('models.Document', source_field='document_id', null=True, db_constraint=True, to_field='id', related_name='accesses', on_delete=OnDelete.CASCADE),
        ),
        ops.AddField(
            model_name='DocumentAccess',
            name='camera',
            field=fields.ForeignKeyField('models.Camera', source_field='camera_id', null=True, db_constraint=True, to_field='id', related_name='footage_accesses', on_delete=OnDelete.SET_NULL),
        ),
        ops.AddField(
            model_name='DocumentAccess',
            name='clip_export_id',
            field=fields.IntField(null=True),
        ),
        ops.AddField(
            model_name='DocumentAccess',
            name='footage_from',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='DocumentAccess',
            name='footage_to',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
    ]
