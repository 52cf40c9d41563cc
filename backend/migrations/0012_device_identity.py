from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('models', '0011_rec2')]

    initial = False

    operations = [
        ops.AddField(
            model_name='Camera',
            name='device_enrolled_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='Camera',
            name='device_hardware_id',
            field=fields.CharField(null=True, max_length=100),
        ),
        ops.AddField(
            model_name='Camera',
            name='device_manufacturer',
            field=fields.CharField(null=True, max_length=100),
        ),
        ops.AddField(
            model_name='Camera',
            name='device_model',
            field=fields.CharField(null=True, max_length=100),
        ),
        ops.AddField(
            model_name='Camera',
            name='device_replaced_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='Camera',
            name='device_serial',
            field=fields.CharField(null=True, max_length=64),
        ),
        ops.AddField(
            model_name='Camera',
            name='device_stream',
            field=fields.CharField(null=True, max_length=100),
        ),
    ]
