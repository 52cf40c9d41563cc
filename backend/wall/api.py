"""Saved video-wall layouts: personal, so every query and mutation acts on the caller's own rows."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from tortoise.transactions import in_transaction

from backend.authz.policy import Operation, project_scope
from backend.cameras.models import Camera
from backend.graphql_core.context import Info
from backend.graphql_core.errors import UserError
from backend.graphql_core.ids import pk_of, to_global_id
from backend.graphql_core.permissions import requires
from backend.wall.models import WallLayout

SPLITS: dict[str, int] = {"1": 1, "4": 4, "6": 6, "9": 9, "16": 16, "1+5": 6, "1+7": 8}
MAX_LAYOUTS_PER_USER = 50


@strawberry.type(name="WallLayout")
class WallLayoutType:
    row: strawberry.Private[WallLayout]
    name: str
    split: str = strawberry.field(description='"1", "4", "6", "9", "16", "1+5" or "1+7".')
    is_default: bool
    updated_at: datetime

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(to_global_id("WallLayout", self.row.id))

    @strawberry.field(description="Camera id per tile (null: empty), one entry per tile of the split.")
    def camera_ids(self) -> list[strawberry.ID | None]:
        return [strawberry.ID(to_global_id("Camera", pk)) if pk else None for pk in self.row.tiles]

    @classmethod
    def from_row(cls, row: WallLayout) -> WallLayoutType:
        return cls(
            row=row, name=row.name, split=row.split, is_default=row.is_default, updated_at=row.updated_at
        )


@strawberry.input
class SaveWallLayoutInput:
    name: str
    split: str
    camera_ids: list[strawberry.ID | None]
    is_default: bool = False


@strawberry.type
class WallLayoutSaved:
    layout: WallLayoutType


@strawberry.type
class WallLayoutDeleted:
    id: strawberry.ID


@strawberry.type
class WallLayoutError(UserError):
    pass


SaveWallLayoutResult = Annotated[WallLayoutSaved | WallLayoutError, strawberry.union("SaveWallLayoutResult")]
DeleteWallLayoutResult = Annotated[
    WallLayoutDeleted | WallLayoutError, strawberry.union("DeleteWallLayoutResult")
]


@strawberry.type
class WallQueries:
    @strawberry.field(
        extensions=requires(Operation.MANAGE_WALL_LAYOUTS),
        description="Your saved video-wall layouts (the default first).",
    )
    async def wall_layouts(self, info: Info) -> list[WallLayoutType]:
        principal = info.context.require_principal()
        rows = await WallLayout.filter(owner_id=principal.user_id).order_by("-is_default", "name")
        return [WallLayoutType.from_row(r) for r in rows]


@strawberry.type
class WallMutations:
    @strawberry.mutation(
        extensions=requires(Operation.MANAGE_WALL_LAYOUTS),
        description="Create or replace (by name) one of your layouts; cameras must be visible to you.",
    )
    async def save_wall_layout(self, info: Info, input: SaveWallLayoutInput) -> SaveWallLayoutResult:
        principal = info.context.require_principal()
        name = input.name.strip()
        if not name or len(name) > 80:
            return WallLayoutError(code="INVALID_NAME", message="A layout name has 1–80 characters")
        tiles = SPLITS.get(input.split)
        if tiles is None:
            return WallLayoutError(code="INVALID_SPLIT", message=f"The split is one of {', '.join(SPLITS)}")
        if len(input.camera_ids) > tiles:
            return WallLayoutError(code="TOO_MANY_CAMERAS", message=f"A {input.split} wall has {tiles} tiles")
        pks: list[int | None] = [pk_of(c, "Camera") if c else None for c in input.camera_ids]
        wanted = {pk for pk in pks if pk is not None}
        invalid = any(c and pk is None for c, pk in zip(input.camera_ids, pks, strict=True))
        visible = set(
            await Camera.filter(project_scope(principal, "project__"), id__in=wanted).values_list(
                "id", flat=True
            )
        )
        if invalid or visible != wanted:
            return WallLayoutError(code="CAMERA_NOT_FOUND", message="No such camera in your scope")
        pks += [None] * (tiles - len(pks))
        async with in_transaction():
            row = await WallLayout.filter(owner_id=principal.user_id, name=name).first()
            if row is None:
                if await WallLayout.filter(owner_id=principal.user_id).count() >= MAX_LAYOUTS_PER_USER:
                    return WallLayoutError(
                        code="TOO_MANY_LAYOUTS", message=f"Keep at most {MAX_LAYOUTS_PER_USER} layouts"
                    )
                row = WallLayout(owner_id=principal.user_id, name=name)
            if input.is_default:
                await WallLayout.filter(owner_id=principal.user_id).update(is_default=False)
            row.split = input.split
            row.tiles = pks
            row.is_default = input.is_default
            await row.save()
        return WallLayoutSaved(layout=WallLayoutType.from_row(row))

    @strawberry.mutation(
        extensions=requires(Operation.MANAGE_WALL_LAYOUTS), description="Delete one of your layouts."
    )
    async def delete_wall_layout(self, info: Info, id: strawberry.ID) -> DeleteWallLayoutResult:
        principal = info.context.require_principal()
        pk = pk_of(id, "WallLayout")
        deleted = await WallLayout.filter(id=pk, owner_id=principal.user_id).delete() if pk is not None else 0
        if not deleted:
            return WallLayoutError(code="LAYOUT_NOT_FOUND", message="No such layout of yours")
        return WallLayoutDeleted(id=id)
