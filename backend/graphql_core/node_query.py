from __future__ import annotations

import strawberry

from backend.authz.policy import Operation, project_ref
from backend.authz.scope import scoped
from backend.districts.models import District
from backend.documents.services import record_view
from backend.graphql_core.context import Info
from backend.graphql_core.ids import from_global_id
from backend.graphql_core.node import Node
from backend.graphql_core.permissions import authenticated


@strawberry.type
class NodeQueries:
    @strawberry.field(
        extensions=authenticated(), description="Any object by global id; null when missing or out of scope."
    )
    async def node(self, info: Info, id: strawberry.ID) -> Node | None:
        from backend.cameras.types import CameraType
        from backend.districts.types import DistrictType
        from backend.documents.types import DocumentType
        from backend.projects.types import ProjectType

        parsed = from_global_id(id)
        if parsed is None:
            return None
        type_name, pk = parsed
        loaders = info.context.loaders
        if type_name == "District" and info.context.allows(Operation.VIEW_PROJECT):
            # The same rows as district(id:): a project-scoped user sees only its project's district.
            district = await scoped(District.filter(id=pk), info.context.require_principal()).first()
            return DistrictType.from_row(district) if district else None
        if type_name == "Project" and info.context.allows(Operation.VIEW_PROJECT):
            project = await loaders.project_by_id.load(pk)
            return ProjectType.from_row(project) if project else None
        if type_name == "Camera" and info.context.allows(Operation.VIEW_CAMERA):
            camera = await loaders.camera_by_id.load(pk)
            return CameraType.from_row(camera) if camera else None
        if type_name == "Document":
            document = await loaders.document_by_id.load(pk)
            if document is None:
                return None
            owner = await loaders.project_by_id.load(document.project_id)
            if owner is None or not info.context.allows(Operation.VIEW_DOCUMENT, project_ref(owner)):
                return None
            # Reading a document's metadata by any path is an Art. 10 access, as with document(id:).
            await record_view(info.context.require_principal(), document, owner, info.context.client_ip)
            return DocumentType.from_row(document)
        return None
