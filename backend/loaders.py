"""All DataLoaders of one request, created fresh per request and bound to its principal."""

from __future__ import annotations

from backend.auth.dataloaders import user_by_id
from backend.authz.policy import Principal
from backend.cameras.dataloaders import (
    camera_by_id,
    camera_summaries_by_project,
    cameras_by_project,
    pending_removal_by_camera,
)
from backend.districts.dataloaders import district_by_id, projects_by_district
from backend.documents.dataloaders import document_by_id, documents_by_project, versions_by_document
from backend.documents.dataloaders_access import requirements_by_project
from backend.duty.dataloaders import open_check_ins_by_project, shifts_by_project
from backend.hazards.dataloaders import entries_by_notice, evidence_by_notice, hazard_notice_by_id
from backend.lifecycle.dataloaders import contracts_by_project, penalties_by_project, transitions_by_project
from backend.organizations.dataloaders import organization_by_id
from backend.projects.dataloaders import change_requests_by_project, project_by_id
from backend.recordings.dataloaders import evidence_hold_by_notice


class Loaders:
    def __init__(self, principal: Principal) -> None:
        self.district_by_id = district_by_id(principal)
        self.projects_by_district = projects_by_district(principal)
        self.project_by_id = project_by_id(principal)
        self.change_requests_by_project = change_requests_by_project(principal)
        self.camera_by_id = camera_by_id(principal)
        self.cameras_by_project = cameras_by_project(principal)
        self.camera_summaries_by_project = camera_summaries_by_project(principal)
        self.pending_removal_by_camera = pending_removal_by_camera(principal)
        self.document_by_id = document_by_id(principal)
        self.documents_by_project = documents_by_project(principal)
        self.versions_by_document = versions_by_document()
        self.organization_by_id = organization_by_id()
        self.user_by_id = user_by_id()
        # Issue 5 workflows
        self.contracts_by_project = contracts_by_project(principal)
        self.transitions_by_project = transitions_by_project(principal)
        self.penalties_by_project = penalties_by_project(principal)
        self.hazard_notice_by_id = hazard_notice_by_id(principal)
        self.entries_by_notice = entries_by_notice()
        self.evidence_by_notice = evidence_by_notice()
        self.requirements_by_project = requirements_by_project(principal)
        self.shifts_by_project = shifts_by_project(principal)
        self.open_check_ins_by_project = open_check_ins_by_project(principal)
        # Issue 8: recordings
        self.evidence_hold_by_notice = evidence_hold_by_notice()
