from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('models', '0007_events')]

    initial = False

    operations = [
        ops.CreateModel(
            name='SessionRevocation',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('user_id', fields.IntField(db_index=True)),
                ('session', fields.CharField(null=True, max_length=36)),
                ('reason', fields.CharField(max_length=32)),
                ('at', fields.DatetimeField(db_index=True, auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'session_revocation', 'app': 'models', 'pk_attr': 'id', 'table_description': 'A session (one refresh family) or every session of a user ended before its tokens expire:'},
            bases=['Model'],
        ),
        ops.AddField(
            model_name='Camera',
            name='reference_view_hash',
            field=fields.CharField(null=True, max_length=16),
        ),
        ops.AddField(
            model_name='Camera',
            name='view_alerted_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='MediaGateway',
            name='down_since',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
    ]
