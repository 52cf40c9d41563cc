from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('models', '0008_field')]

    initial = False

    operations = [
        ops.CreateModel(
            name='EventOutbox',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('topic', fields.CharField(max_length=100)),
                ('payload', fields.TextField(unique=False)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'event_outbox', 'app': 'models', 'pk_attr': 'id', 'table_description': 'An event committed with its change, relayed to the bus after commit, then deleted.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='EventStreamEpoch',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('epoch', fields.CharField(max_length=32)),
            ],
            options={'table': 'event_stream_epoch', 'app': 'models', 'pk_attr': 'id', 'table_description': "One row per database: names the Redis stream of this database's events."},
            bases=['Model'],
        ),
    ]
