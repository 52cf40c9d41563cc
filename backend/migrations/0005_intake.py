from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from backend.cameras.models import LocationKind, RemovalStatus
from backend.projects.models import ApprovalStatus
from json import dumps, loads
from tortoise.fields.base import OnDelete
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('models', '0004_recording')]

    initial = False

    operations = [
        ops.CreateModel(
            name='CameraRemoval',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('camera', fields.ForeignKeyField('models.Camera', source_field='camera_id', db_constraint=True, to_field='id', related_name='removals', on_delete=OnDelete.CASCADE)),
                ('project', fields.ForeignKeyField('models.Project', source_field='project_id', db_constraint=True, to_field='id', related_name='camera_removals', on_delete=OnDelete.CASCADE)),
                ('status', fields.CharEnumField(default=RemovalStatus.PENDING, description='PENDING: PENDING\nAPPROVED: APPROVED\nREJECTED: REJECTED', enum_type=RemovalStatus, max_length=16)),
                ('reason', fields.CharField(default='', max_length=500)),
                ('requested_by_id', fields.IntField(null=True)),
                ('decided_by_id', fields.IntField(null=True)),
                ('decided_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('decision_note', fields.CharField(default='', max_length=500)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'camera_removal', 'app': 'models', 'pk_attr': 'id', 'table_description': 'Taking a camera off a project. Under construction it waits for the district (Art. 16:'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='ProjectChangeRequest',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('project', fields.ForeignKeyField('models.Project', source_field='project_id', db_constraint=True, to_field='id', related_name='change_requests', on_delete=OnDelete.CASCADE)),
                ('changes', fields.JSONField(default=dict, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('status', fields.CharEnumField(default=ApprovalStatus.PENDING, description='APPROVED: APPROVED\nPENDING: PENDING\nREJECTED: REJECTED', enum_type=ApprovalStatus, max_length=16)),
                ('requested_by_id', fields.IntField(null=True)),
                ('decided_by_id', fields.IntField(null=True)),
                ('decided_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('reason', fields.CharField(default='', max_length=500)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'project_change_request', 'app': 'models', 'pk_attr': 'id', 'table_description': 'An attribute change that would take the project out of mandatory monitoring (Art. 5):'},
            bases=['Model'],
        ),
        ops.AddField(
            model_name='Camera',
            name='location_kind',
            field=fields.CharEnumField(default=LocationKind.OTHER, description='GATE: GATE\nTOWER_CRANE: TOWER_CRANE\nWORK_FACE: WORK_FACE\nMATERIAL_YARD: MATERIAL_YARD\nOTHER: OTHER', enum_type=LocationKind, max_length=16),
        ),
        ops.AddField(
            model_name='Camera',
            name='onvif_password_encrypted',
            field=fields.TextField(default='', unique=False),
        ),
        ops.AddField(
            model_name='Camera',
            name='onvif_username',
            field=fields.CharField(default='', max_length=100),
        ),
        ops.AddField(
            model_name='Camera',
            name='rtsp_password_encrypted',
            field=fields.TextField(default='', unique=False),
        ),
        ops.AddField(
            model_name='Camera',
            name='rtsp_username',
            field=fields.CharField(default='', max_length=100),
        ),
        ops.AddField(
            model_name='Camera',
            name='serial',
            field=fields.CharField(null=True, unique=True, max_length=64),
        ),
        ops.AlterField(
            model_name='MediaGateway',
            name='last_seen_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='MediaGateway',
            name='active',
            field=fields.BooleanField(default=True),
        ),
        ops.AddField(
            model_name='MediaGateway',
            name='created_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=True),
        ),
        ops.AddField(
            model_name='MediaGateway',
            name='credential_digest',
            field=fields.CharField(default='', db_index=True, max_length=64),
        ),
        ops.AddField(
            model_name='MediaGateway',
            name='credential_rotated_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='MediaGateway',
            name='name',
            field=fields.CharField(default='', max_length=100),
        ),
        ops.AddField(
            model_name='MediaGateway',
            name='previous_credential_digest',
            field=fields.CharField(default='', db_index=True, max_length=64),
        ),
        ops.AddField(
            model_name='MediaGateway',
            name='previous_valid_until',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='Organization',
            name='contact_name',
            field=fields.CharField(default='', max_length=100),
        ),
        ops.AddField(
            model_name='Organization',
            name='contact_phone',
            field=fields.CharField(default='', max_length=40),
        ),
        ops.AddField(
            model_name='Organization',
            name='credit_code',
            field=fields.CharField(null=True, unique=True, max_length=18),
        ),
        ops.AddField(
            model_name='Organization',
            name='qualification_expires_on',
            field=fields.DateField(null=True),
        ),
        ops.AddField(
            model_name='Organization',
            name='qualification_level',
            field=fields.CharField(default='', max_length=32),
        ),
        ops.AddField(
            model_name='Organization',
            name='updated_at',
            field=fields.DatetimeField(auto_now=True, auto_now_add=False),
        ),
        ops.AddField(
            model_name='Project',
            name='approval_status',
            field=fields.CharEnumField(default=ApprovalStatus.APPROVED, description='APPROVED: APPROVED\nPENDING: PENDING\nREJECTED: REJECTED', enum_type=ApprovalStatus, max_length=16),
        ),
        ops.AddField(
            model_name='Project',
            name='registered_by_id',
            field=fields.IntField(null=True),
        ),
        ops.AddField(
            model_name='User',
            name='deactivated_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='User',
            name='must_change_password',
            field=fields.BooleanField(default=False),
        ),
        ops.AddField(
            model_name='User',
            name='password_changed_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
    ]
