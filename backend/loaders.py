"""All DataLoaders of one request, created fresh per request and bound to its principal."""

from __future__ import annotations

from backend.auth.dataloaders import user_by_id
from backend.authz.policy import Principal
from backend.cameras.dataloaders import camera_by_id, cameras_by_project
from backend.districts.dataloaders import district_by_id, projects_by_district
from backend.documents.dataloaders import document_by_id, documents_by_project, versions_by_document
from backend.organizations.dataloaders import organization_by_id
from backend.projects.dataloaders import project_by_id


class Loaders:
    def __init__(self, principal: Principal) -> None:
        self.district_by_id = district_by_id(principal)
        self.projects_by_district = projects_by_district(principal)
        self.project_by_id = project_by_id(principal)
        self.camera_by_id = camera_by_id(principal)
        self.cameras_by_project = cameras_by_project(principal)
        self.document_by_id = document_by_id(principal)
        self.documents_by_project = documents_by_project(principal)
        self.versions_by_document = versions_by_document()
        self.organization_by_id = organization_by_id()
        self.user_by_id = user_by_id()
