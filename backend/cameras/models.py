from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class CameraStatus(StrEnum):
    UNKNOWN = "UNKNOWN"
    ONLINE = "ONLINE"
    OFFLINE = "OFFLINE"
    NO_VIDEO = "NO_VIDEO"
    DECOMMISSIONED = "DECOMMISSIONED"


class Camera(Model):
    id = fields.IntField(primary_key=True)
    project = fields.ForeignKeyField("models.Project", related_name="cameras", on_delete=fields.RESTRICT)
    project_id: int
    name = fields.CharField(max_length=100)
    location = fields.CharField(max_length=200, default="")
    main_stream_url = fields.CharField(max_length=500)
    sub_stream_url = fields.CharField(max_length=500, default="")
    onvif_endpoint = fields.CharField(max_length=500, default="")
    ptz_capable = fields.BooleanField(default=False)
    status = fields.CharEnumField(CameraStatus, max_length=16, default=CameraStatus.UNKNOWN)
    status_changed_at = fields.DatetimeField(null=True)
    # Art. 16 tamper / view-moved detection: the pHash of the approved view (re-baselined after
    # PTZ moves made through SiteWatch) and when a changed view was last reported.
    reference_view_hash = fields.CharField(max_length=16, null=True)
    view_alerted_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "camera"
        ordering = ["id"]
