from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from json import dumps, loads
from tortoise.fields.base import OnDelete
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('models', '0005_intake')]

    initial = False

    operations = [
        ops.CreateModel(
            name='HazardEvidence',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('project', fields.ForeignKeyField('models.Project', source_field='project_id', db_constraint=True, to_field='id', related_name='hazard_evidence', on_delete=OnDelete.CASCADE)),
                ('notice', fields.ForeignKeyField('models.HazardNotice', source_field='notice_id', null=True, db_constraint=True, to_field='id', related_name='evidence', on_delete=OnDelete.CASCADE)),
                ('source', fields.CharField(default='PHOTO', max_length=16)),
                ('filename', fields.CharField(default='', max_length=255)),
                ('storage_name', fields.CharField(unique=True, max_length=128)),
                ('size_bytes', fields.BigIntField()),
                ('content_type', fields.CharField(max_length=128)),
                ('sha256', fields.CharField(max_length=64)),
                ('uploaded_by', fields.ForeignKeyField('models.User', source_field='uploaded_by_id', null=True, db_constraint=True, to_field='id', related_name='hazard_evidence', on_delete=OnDelete.SET_NULL)),
                ('uploaded_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'hazard_evidence', 'app': 'models', 'pk_attr': 'id', 'table_description': 'A photo or video frame the inspector attached to a notice as evidence (Art. 14).'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='WallLayout',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('owner', fields.ForeignKeyField('models.User', source_field='owner_id', db_constraint=True, to_field='id', related_name='wall_layouts', on_delete=OnDelete.CASCADE)),
                ('name', fields.CharField(max_length=80)),
                ('split', fields.CharField(max_length=8)),
                ('tiles', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('is_default', fields.BooleanField(default=False)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'wall_layout', 'app': 'models', 'unique_together': (('owner', 'name'),), 'pk_attr': 'id', 'table_description': 'A named split of the wall and the camera on each tile (a saved group for tours, too).'},
            bases=['Model'],
        ),
        ops.AddField(
            model_name='Project',
            name='latitude',
            field=fields.FloatField(null=True),
        ),
        ops.AddField(
            model_name='Project',
            name='longitude',
            field=fields.FloatField(null=True),
        ),
    ]
