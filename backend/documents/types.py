from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from backend.documents.models import Document, DocumentCategory, DocumentVersion
from backend.graphql_core.context import Info
from backend.graphql_core.ids import to_global_id
from backend.graphql_core.node import Node

if TYPE_CHECKING:
    from backend.auth.types import UserType
    from backend.projects.types import ProjectType

DocumentCategoryEnum = strawberry.enum(DocumentCategory, name="DocumentCategory")


@strawberry.type(name="DocumentVersion")
class DocumentVersionType:
    row: strawberry.Private[DocumentVersion]
    version: int
    filename: str
    size_bytes: int
    content_type: str
    sha256: str
    uploaded_at: datetime

    @classmethod
    def from_row(cls, row: DocumentVersion) -> DocumentVersionType:
        return cls(
            row=row,
            version=row.version,
            filename=row.filename,
            size_bytes=row.size_bytes,
            content_type=row.content_type,
            sha256=row.sha256,
            uploaded_at=row.uploaded_at,
        )

    @strawberry.field
    async def uploaded_by(
        self, info: Info
    ) -> Annotated[UserType, strawberry.lazy("backend.auth.types")] | None:
        from backend.auth.types import UserType

        if self.row.uploaded_by_id is None:
            return None
        user = await info.context.loaders.user_by_id.load(self.row.uploaded_by_id)
        return UserType.from_row(user) if user else None


@strawberry.type(name="Document")
class DocumentType(Node):
    row: strawberry.Private[Document]
    category: DocumentCategoryEnum  # type: ignore[valid-type]
    title: str

    @classmethod
    def from_row(cls, row: Document) -> DocumentType:
        return cls(
            id=strawberry.ID(to_global_id("Document", row.id)),
            row=row,
            category=row.category,
            title=row.title,
        )

    @strawberry.field
    async def project(self, info: Info) -> Annotated[ProjectType, strawberry.lazy("backend.projects.types")]:
        from backend.projects.types import ProjectType

        row = await info.context.loaders.project_by_id.load(self.row.project_id)
        assert row is not None
        return ProjectType.from_row(row)

    @strawberry.field
    async def versions(self, info: Info) -> list[DocumentVersionType]:
        rows = await info.context.loaders.versions_by_document.load(self.row.id)
        return [DocumentVersionType.from_row(row) for row in rows]

    @strawberry.field
    async def current_version(self, info: Info) -> DocumentVersionType | None:
        rows = await info.context.loaders.versions_by_document.load(self.row.id)
        return DocumentVersionType.from_row(rows[-1]) if rows else None
