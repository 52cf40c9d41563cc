"""GraphQL fields for Article 10–11 documents: completeness, detail (logged view), the access log."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry

from backend.authz.policy import Operation, project_ref
from backend.authz.scope import scoped
from backend.documents.access_models import DocumentAccess
from backend.documents.services import completeness_of, record_view
from backend.documents.types import DocumentCategoryEnum, DocumentType
from backend.graphql_core.context import Info
from backend.graphql_core.ids import pk_of, to_global_id
from backend.graphql_core.pagination import Connection, build_connection, page_bounds
from backend.graphql_core.permissions import requires


@strawberry.type(
    name="CategoryCompleteness", description="One Art. 10 category of a project (Art. 11 deadlines)."
)
class CategoryCompletenessType:
    category: DocumentCategoryEnum  # type: ignore[valid-type]
    document_count: int
    latest_upload_at: datetime | None
    due_at: datetime | None
    status: str = strawberry.field(description="COMPLETE, MISSING or OVERDUE")


@strawberry.type(
    name="DocumentAccessEntry",
    description="Art. 10 confidentiality log: who read which document — or played back, snapshotted, exported "
    "or downloaded which camera's footage — when and from where.",
)
class DocumentAccessEntryType:
    id: strawberry.ID
    document_id: strawberry.ID | None = strawberry.field(description="Null for footage entries.")
    version: int | None
    camera_id: strawberry.ID | None = strawberry.field(description="Set for footage entries.")
    clip_export_id: strawberry.ID | None = strawberry.field(
        description="The export of EXPORT/DOWNLOAD footage."
    )
    footage_from: datetime | None = strawberry.field(
        description="Footage entries: start of the window the user was given (the instant for SNAPSHOT)."
    )
    footage_to: datetime | None
    camera_pk: strawberry.Private[int | None]
    username: str
    role: str
    action: str
    client_ip: str
    at: datetime

    @strawberry.field(description="Footage entries: the camera's name (null when it has been deleted).")
    async def camera_name(self, info: Info) -> str | None:
        if self.camera_pk is None:
            return None
        camera = await info.context.loaders.camera_by_id.load(self.camera_pk)
        return camera.name if camera is not None else None


@strawberry.type
class DocumentQueries:
    @strawberry.field(
        extensions=requires(Operation.VIEW_DOCUMENT),
        description="Art. 11: per category, whether the project's documents are complete, missing or overdue.",
    )
    async def document_completeness(
        self, info: Info, project_id: strawberry.ID
    ) -> list[CategoryCompletenessType] | None:
        loaders = info.context.loaders
        pk = pk_of(project_id, "Project")
        project = await loaders.project_by_id.load(pk) if pk is not None else None
        if project is None or not info.context.allows(Operation.VIEW_DOCUMENT, project_ref(project)):
            return None
        documents = await loaders.documents_by_project.load(project.id)
        versions = await loaders.versions_by_document.load_many([d.id for d in documents])
        latest = {d.id: v[-1].uploaded_at for d, v in zip(documents, versions, strict=True) if v}
        requirements = await loaders.requirements_by_project.load(project.id)
        return [
            CategoryCompletenessType(
                category=row.category,
                document_count=row.document_count,
                latest_upload_at=row.latest_upload_at,
                due_at=row.due_at,
                status=row.status,
            )
            for row in completeness_of(documents, latest, requirements, datetime.now(UTC))
        ]

    @strawberry.field(
        extensions=requires(Operation.VIEW_DOCUMENT),
        description="One document; opening it is written to the Art. 10 access log. Null when missing or out of scope.",
    )
    async def document(self, info: Info, id: strawberry.ID) -> DocumentType | None:
        loaders = info.context.loaders
        pk = pk_of(id, "Document")
        document = await loaders.document_by_id.load(pk) if pk is not None else None
        project = await loaders.project_by_id.load(document.project_id) if document else None
        if (
            document is None
            or project is None
            or not info.context.allows(Operation.VIEW_DOCUMENT, project_ref(project))
        ):
            return None
        await record_view(info.context.require_principal(), document, project, info.context.client_ip)
        return DocumentType.from_row(document)

    @strawberry.field(
        extensions=requires(Operation.VIEW_DOCUMENT_ACCESS_LOG),
        description="Art. 10 confidentiality log (city center): every document view, download and upload and "
        "every footage playback, recorded snapshot, clip export and export download, newest first.",
    )
    async def document_access_log(
        self,
        info: Info,
        project_id: strawberry.ID | None = None,
        first: int | None = 50,
        after: str | None = None,
    ) -> Connection[DocumentAccessEntryType]:
        principal = info.context.require_principal()
        size, after_id = page_bounds(first, after)
        query = scoped(DocumentAccess.all(), principal)
        if project_id is not None:
            query = query.filter(project_id=pk_of(project_id, "Project") or -1)
        total = await query.count()
        if after_id is not None:
            query = query.filter(id__lt=after_id)
        rows = await query.order_by("-id").limit(size + 1)
        nodes = [
            DocumentAccessEntryType(
                id=strawberry.ID(to_global_id("DocumentAccess", r.id)),
                document_id=strawberry.ID(to_global_id("Document", r.document_id))
                if r.document_id is not None
                else None,
                version=r.version,
                camera_id=strawberry.ID(to_global_id("Camera", r.camera_id))
                if r.camera_id is not None
                else None,
                clip_export_id=strawberry.ID(to_global_id("ClipExport", r.clip_export_id))
                if r.clip_export_id is not None
                else None,
                footage_from=r.footage_from,
                footage_to=r.footage_to,
                camera_pk=r.camera_id,
                username=r.username,
                role=r.role,
                action=str(r.action),
                client_ip=r.client_ip,
                at=r.at,
            )
            for r in rows
        ]
        return build_connection(nodes, [r.id for r in rows], size, total)
