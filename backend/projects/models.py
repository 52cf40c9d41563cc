from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class ProjectStatus(StrEnum):
    DRAFT = "DRAFT"
    CONTRACT_RECORDED = "CONTRACT_RECORDED"
    SAFETY_FILED = "SAFETY_FILED"
    MONITORING_REGISTERED = "MONITORING_REGISTERED"
    PERMITTED = "PERMITTED"
    UNDER_CONSTRUCTION = "UNDER_CONSTRUCTION"
    SUSPENDED = "SUSPENDED"
    COMPLETED = "COMPLETED"
    EQUIPMENT_REMOVED = "EQUIPMENT_REMOVED"
    DEREGISTERED = "DEREGISTERED"


class InfrastructureKind(StrEnum):
    NONE = "NONE"
    INTERCHANGE = "INTERCHANGE"
    RIVER_BRIDGE = "RIVER_BRIDGE"
    TUNNEL = "TUNNEL"
    SUBWAY = "SUBWAY"
    STATION = "STATION"
    PORT = "PORT"


class ApprovalStatus(StrEnum):
    """A project registered by a construction unit waits for its district (issue 9)."""

    APPROVED = "APPROVED"
    PENDING = "PENDING"
    REJECTED = "REJECTED"


class Project(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=200)
    address = fields.CharField(max_length=300, default="")
    district = fields.ForeignKeyField("models.District", related_name="projects", on_delete=fields.RESTRICT)
    district_id: int
    status = fields.CharEnumField(ProjectStatus, max_length=32, default=ProjectStatus.DRAFT)
    # Article 5 attributes
    government_invested = fields.BooleanField(default=False)
    single_building_area_m2 = fields.FloatField(default=0)
    group_building_area_m2 = fields.FloatField(default=0)
    investment_cny = fields.FloatField(default=0)
    infrastructure_kind = fields.CharEnumField(
        InfrastructureKind, max_length=32, default=InfrastructureKind.NONE
    )
    whole_building_relocation = fields.BooleanField(default=False)
    # Site position, always WGS-84 (GPS); converted to GCJ-02 only for a tile source that needs it.
    latitude = fields.FloatField(null=True)
    longitude = fields.FloatField(null=True)
    # Parties
    construction_unit = fields.ForeignKeyField(
        "models.Organization", related_name="owned_projects", null=True, on_delete=fields.SET_NULL
    )
    construction_unit_id: int | None
    supervisor = fields.ForeignKeyField(
        "models.Organization", related_name="supervised_projects", null=True, on_delete=fields.SET_NULL
    )
    supervisor_id: int | None
    contractor = fields.ForeignKeyField(
        "models.Organization", related_name="contracted_projects", null=True, on_delete=fields.SET_NULL
    )
    contractor_id: int | None
    provider = fields.ForeignKeyField(
        "models.Organization", related_name="monitored_projects", null=True, on_delete=fields.SET_NULL
    )
    provider_id: int | None
    recording_retention_days = fields.IntField(null=True)  # overrides the district's when set
    approval_status = fields.CharEnumField(ApprovalStatus, max_length=16, default=ApprovalStatus.APPROVED)
    registered_by_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "project"
        ordering = ["id"]


class ProjectChangeRequest(Model):
    """An attribute change that would take the project out of mandatory monitoring (Art. 5):
    it waits for the district's approval instead of applying at once."""

    id = fields.IntField(primary_key=True)
    project = fields.ForeignKeyField(
        "models.Project", related_name="change_requests", on_delete=fields.CASCADE
    )
    project_id: int
    changes = fields.JSONField(default=dict)  # attribute → new value
    status = fields.CharEnumField(ApprovalStatus, max_length=16, default=ApprovalStatus.PENDING)
    requested_by_id = fields.IntField(null=True)
    decided_by_id = fields.IntField(null=True)
    decided_at = fields.DatetimeField(null=True)
    reason = fields.CharField(max_length=500, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "project_change_request"
        ordering = ["id"]
