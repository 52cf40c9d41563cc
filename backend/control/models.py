from tortoise import fields
from tortoise.models import Model


class CameraControlLeaseRow(Model):
    """The control lease of one camera for the embedded (database) lease store.

    At most one row per camera. Writers compare-and-set on (lease_id, version), inserts race on the
    unique camera, so two backend processes sharing the database never both hold a camera.
    """

    id = fields.IntField(primary_key=True)
    camera_id = fields.IntField(unique=True)
    project_id = fields.IntField(db_index=True)
    district_id = fields.IntField()
    lease_id = fields.CharField(max_length=32)
    version = fields.IntField(default=1)
    holder_id = fields.IntField()
    holder_username = fields.CharField(max_length=150)
    holder_display_name = fields.CharField(max_length=200, default="")
    holder_role = fields.CharField(max_length=32)
    priority = fields.IntField()
    acquired_at = fields.DatetimeField()
    last_command_at = fields.DatetimeField()
    expires_at = fields.DatetimeField(null=True, db_index=True)
    reserved = fields.BooleanField(default=False)

    class Meta:
        table = "camera_control_lease"
