from tortoise import fields
from tortoise.models import Model


class EventOutbox(Model):
    """An event committed with its change, relayed to the bus after commit, then deleted."""

    # id is the event's position on the bus: handed out in commit order (see events.bus).

    id = fields.BigIntField(primary_key=True)
    topic = fields.CharField(max_length=100)
    payload = fields.TextField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "event_outbox"


class EventStreamEpoch(Model):
    """One row per database: names the Redis stream of this database's events."""

    # A database created afresh (or restored) gets a new stream instead of one that is already
    # past its outbox ids, where Redis would refuse every new entry.
    id = fields.IntField(primary_key=True)
    epoch = fields.CharField(max_length=32)

    class Meta:
        table = "event_stream_epoch"
