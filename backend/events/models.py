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
