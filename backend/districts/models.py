from tortoise import fields
from tortoise.models import Model


class City(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=100)
    name_en = fields.CharField(max_length=100)

    class Meta:
        table = "city"


class District(Model):
    id = fields.IntField(primary_key=True)
    city: fields.ForeignKeyRelation[City] = fields.ForeignKeyField("models.City", related_name="districts")
    city_id: int
    code = fields.CharField(max_length=16, unique=True)
    name = fields.CharField(max_length=100)
    name_en = fields.CharField(max_length=100)
    # Art. 8 recordings are kept this many days unless a project overrides it.
    recording_retention_days = fields.IntField(default=30)

    class Meta:
        table = "district"
        ordering = ["id"]
