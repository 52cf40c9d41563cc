"""All DataLoaders of one request, created fresh per request and bound to its principal.

Each is built on first use: a request (or one audience's rendering of a live alert) reads two or
three of them, and building all of them made ~30 loaders, their caches and closures per execution —
about a thousand such objects alive at each young-generation collection during an alert burst."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

from strawberry.dataloader import DataLoader

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

K = TypeVar("K")
V = TypeVar("V")


class _OnFirstUse(Generic[K, V]):
    """A loader attribute built from the principal when first read, then a plain attribute."""

    def __init__(self, build: Callable[[Principal], DataLoader[K, V]]) -> None:
        self.build = build
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, loaders: None, owner: type) -> _OnFirstUse[K, V]: ...
    @overload
    def __get__(self, loaders: Loaders, owner: type) -> DataLoader[K, V]: ...
    def __get__(self, loaders: Loaders | None, owner: type) -> Any:
        if loaders is None:
            return self
        loader = self.build(loaders.principal)
        loaders.__dict__[self.name] = loader  # found on the instance from now on
        return loader


def _unscoped(build: Callable[[], DataLoader[K, V]]) -> Callable[[Principal], DataLoader[K, V]]:
    return lambda _principal: build()


class Loaders:
    district_by_id = _OnFirstUse(district_by_id)
    projects_by_district = _OnFirstUse(projects_by_district)
    project_by_id = _OnFirstUse(project_by_id)
    change_requests_by_project = _OnFirstUse(change_requests_by_project)
    camera_by_id = _OnFirstUse(camera_by_id)
    cameras_by_project = _OnFirstUse(cameras_by_project)
    camera_summaries_by_project = _OnFirstUse(camera_summaries_by_project)
    pending_removal_by_camera = _OnFirstUse(pending_removal_by_camera)
    document_by_id = _OnFirstUse(document_by_id)
    documents_by_project = _OnFirstUse(documents_by_project)
    versions_by_document = _OnFirstUse(_unscoped(versions_by_document))
    organization_by_id = _OnFirstUse(_unscoped(organization_by_id))
    user_by_id = _OnFirstUse(_unscoped(user_by_id))
    # Issue 5 workflows
    contracts_by_project = _OnFirstUse(contracts_by_project)
    transitions_by_project = _OnFirstUse(transitions_by_project)
    penalties_by_project = _OnFirstUse(penalties_by_project)
    hazard_notice_by_id = _OnFirstUse(hazard_notice_by_id)
    entries_by_notice = _OnFirstUse(_unscoped(entries_by_notice))
    evidence_by_notice = _OnFirstUse(_unscoped(evidence_by_notice))
    requirements_by_project = _OnFirstUse(requirements_by_project)
    shifts_by_project = _OnFirstUse(shifts_by_project)
    open_check_ins_by_project = _OnFirstUse(open_check_ins_by_project)
    # Issue 8: recordings
    evidence_hold_by_notice = _OnFirstUse(_unscoped(evidence_hold_by_notice))

    def __init__(self, principal: Principal) -> None:
        self.principal = principal
