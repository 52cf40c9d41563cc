from __future__ import annotations

from strawberry.dataloader import DataLoader

from backend.authz.policy import Principal
from backend.authz.scope import scoped
from backend.documents.models import Document, DocumentVersion
from backend.graphql_core.loading import many_per_key, one_per_key


def document_by_id(principal: Principal) -> DataLoader[int, Document | None]:
    async def load(keys: list[int]) -> list[Document | None]:
        rows = await scoped(Document.filter(id__in=keys), principal)
        return one_per_key(keys, rows, lambda row: row.id)

    return DataLoader(load_fn=load)


def documents_by_project(principal: Principal) -> DataLoader[int, list[Document]]:
    async def load(keys: list[int]) -> list[list[Document]]:
        rows = await scoped(Document.filter(project_id__in=keys), principal).order_by("category", "id")
        return many_per_key(keys, rows, lambda row: row.project_id)

    return DataLoader(load_fn=load)


def versions_by_document() -> DataLoader[int, list[DocumentVersion]]:
    """Only reached through a document the principal could already load."""

    async def load(keys: list[int]) -> list[list[DocumentVersion]]:
        rows = await DocumentVersion.filter(document_id__in=keys).order_by("document_id", "version")
        return many_per_key(keys, rows, lambda row: row.document_id)

    return DataLoader(load_fn=load)
