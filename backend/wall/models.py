"""Video-wall layouts a user keeps on the server (issue 11)."""

from tortoise import fields
from tortoise.models import Model


class WallLayout(Model):
    """A named split of the wall and the camera on each tile (a saved group for tours, too)."""

    id = fields.IntField(primary_key=True)
    owner = fields.ForeignKeyField("models.User", related_name="wall_layouts", on_delete=fields.CASCADE)
    owner_id: int
    name = fields.CharField(max_length=80)
    split = fields.CharField(max_length=8)  # "1", "4", "6", "9", "16", "1+5", "1+7"
    # Camera primary keys per tile (null: empty tile), as many as the split has tiles.
    tiles = fields.JSONField(default=list)
    is_default = fields.BooleanField(default=False)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "wall_layout"
        unique_together = (("owner", "name"),)
        ordering = ["id"]
