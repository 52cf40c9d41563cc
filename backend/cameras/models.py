from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class CameraStatus(StrEnum):
    UNKNOWN = "UNKNOWN"
    ONLINE = "ONLINE"
    OFFLINE = "OFFLINE"
    NO_VIDEO = "NO_VIDEO"
    DECOMMISSIONED = "DECOMMISSIONED"


class LocationKind(StrEnum):
    GATE = "GATE"
    TOWER_CRANE = "TOWER_CRANE"
    WORK_FACE = "WORK_FACE"
    MATERIAL_YARD = "MATERIAL_YARD"
    OTHER = "OTHER"


class RemovalStatus(StrEnum):
    PENDING = "PENDING"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"


class Camera(Model):
    id = fields.IntField(primary_key=True)
    project = fields.ForeignKeyField("models.Project", related_name="cameras", on_delete=fields.RESTRICT)
    project_id: int
    name = fields.CharField(max_length=100)
    # The manufacturer's serial: the idempotency key of bulk imports.
    serial = fields.CharField(max_length=64, null=True, unique=True)
    location_kind = fields.CharEnumField(LocationKind, max_length=16, default=LocationKind.OTHER)
    location = fields.CharField(max_length=200, default="")
    # Stream URLs never hold credentials: user and password are split off and kept below
    # (the password encrypted, backend.cameras.credentials).
    main_stream_url = fields.CharField(max_length=500)
    sub_stream_url = fields.CharField(max_length=500, default="")
    rtsp_username = fields.CharField(max_length=100, default="")
    rtsp_password_encrypted = fields.TextField(default="")
    onvif_endpoint = fields.CharField(max_length=500, default="")
    onvif_username = fields.CharField(max_length=100, default="")
    onvif_password_encrypted = fields.TextField(default="")
    ptz_capable = fields.BooleanField(default=False)
    record_stream = fields.CharField(max_length=8, default="main")  # "main" | "sub": what the recorder stores
    status = fields.CharEnumField(CameraStatus, max_length=16, default=CameraStatus.UNKNOWN)
    status_changed_at = fields.DatetimeField(null=True)
    # Art. 16 tamper / view-moved detection: the pHash of the approved view (re-baselined after
    # PTZ moves made through SiteWatch) and when a changed view was last reported.
    reference_view_hash = fields.CharField(max_length=16, null=True)
    view_alerted_at = fields.DatetimeField(null=True)
    # Art. 16 equipment integrity: the device enrolled at this address (the first identity a gateway
    # reported: ONVIF serial, model, manufacturer and hardware id, and the stream signature from the
    # SPS as the fallback for cameras without ONVIF — backend.cameras.identity), and since when another
    # device has been answering there. Reset by an approved removal or an edit of the camera's address.
    device_serial = fields.CharField(max_length=64, null=True)
    device_model = fields.CharField(max_length=100, null=True)
    device_manufacturer = fields.CharField(max_length=100, null=True)
    device_hardware_id = fields.CharField(max_length=100, null=True)
    device_stream = fields.CharField(max_length=100, null=True)
    device_enrolled_at = fields.DatetimeField(null=True)
    device_replaced_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "camera"
        ordering = ["id"]


class CameraRemoval(Model):
    """Taking a camera off a project. Under construction it waits for the district (Art. 16:
    otherwise it is an unauthorized removal); before or after construction it is approved at once."""

    id = fields.IntField(primary_key=True)
    camera = fields.ForeignKeyField("models.Camera", related_name="removals", on_delete=fields.CASCADE)
    camera_id: int
    project = fields.ForeignKeyField(
        "models.Project", related_name="camera_removals", on_delete=fields.CASCADE
    )
    project_id: int
    status = fields.CharEnumField(RemovalStatus, max_length=16, default=RemovalStatus.PENDING)
    reason = fields.CharField(max_length=500, default="")
    requested_by_id = fields.IntField(null=True)
    decided_by_id = fields.IntField(null=True)
    decided_at = fields.DatetimeField(null=True)
    decision_note = fields.CharField(max_length=500, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "camera_removal"
        ordering = ["id"]
