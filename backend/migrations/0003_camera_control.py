from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('models', '0002_workflows')]

    initial = False

    operations = [
        ops.CreateModel(
            name='CameraControlLeaseRow',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('camera_id', fields.IntField(unique=True)),
                ('project_id', fields.IntField(db_index=True)),
                ('district_id', fields.IntField()),
                ('lease_id', fields.CharField(max_length=32)),
                ('version', fields.IntField(default=1)),
                ('holder_id', fields.IntField()),
                ('holder_username', fields.CharField(max_length=150)),
                ('holder_display_name', fields.CharField(default='', max_length=200)),
                ('holder_role', fields.CharField(max_length=32)),
                ('priority', fields.IntField()),
                ('acquired_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('last_command_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('expires_at', fields.DatetimeField(null=True, db_index=True, auto_now=False, auto_now_add=False)),
                ('reserved', fields.BooleanField(default=False)),
            ],
            options={'table': 'camera_control_lease', 'app': 'models', 'pk_attr': 'id', 'table_description': 'The control lease of one camera for the embedded (database) lease store.'},
            bases=['Model'],
        ),
    ]
