"""Evidence photos for hazard notices (Art. 14): the frame captured from live video and photos
taken on the inspector's phone. Stored like Article 10 documents — streamed, size-limited,
typed by sniffing the bytes (images only), named by the server — but by the notifying side,
before the notice exists; issuing the notice attaches them."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import aiofiles
import aiofiles.os

from backend.authz.policy import Operation, Principal, decide, project_ref, project_scope
from backend.documents.services import sniff, storage_root
from backend.hazards.models import HazardEvidence
from backend.lifecycle.errors import NotFound, RuleViolation
from backend.projects.models import Project
from backend.settings import Settings

EVIDENCE_SOURCES = ("FRAME", "PHOTO")
_IMAGE_TYPES = ("image/jpeg", "image/png", "image/webp")


def evidence_root(settings: Settings) -> Path:
    return storage_root(settings) / "evidence"


async def store_evidence(
    settings: Settings,
    principal: Principal,
    project_id: int | None,
    source: str,
    filename: str,
    chunks: AsyncIterator[bytes],
) -> HazardEvidence:
    project = (
        await Project.filter(project_scope(principal), id=project_id).first()
        if project_id is not None
        else None
    )
    if project is None:
        raise NotFound("project")
    if not decide(principal, Operation.ISSUE_HAZARD_NOTICE, project_ref(project)):
        raise RuleViolation("FORBIDDEN", "Art. 14: only the centers and their inspectors issue notices")
    if source not in EVIDENCE_SOURCES:
        raise RuleViolation("UNKNOWN_SOURCE", "source is FRAME or PHOTO")
    root = evidence_root(settings)
    await aiofiles.os.makedirs(root, exist_ok=True)
    storage_name = uuid.uuid4().hex
    temporary = root / f".incoming-{storage_name}"
    digest = hashlib.sha256()
    size = 0
    head = b""
    try:
        async with aiofiles.open(temporary, "wb") as out:
            async for chunk in chunks:
                if not chunk:
                    continue
                size += len(chunk)
                if size > settings.upload_max_bytes:
                    raise RuleViolation(
                        "FILE_TOO_LARGE", f"The file exceeds the limit of {settings.upload_max_bytes} bytes"
                    )
                if len(head) < 8192:
                    head += chunk[: 8192 - len(head)]
                digest.update(chunk)
                await out.write(chunk)
        if size == 0:
            raise RuleViolation("EMPTY_FILE", "The file is empty")
        content_type = sniff(head, filename)
        if content_type not in _IMAGE_TYPES:
            raise RuleViolation(
                "UNSUPPORTED_FILE_TYPE", "Evidence is a JPEG, PNG or WebP photo (checked on the content)"
            )
        await aiofiles.os.replace(temporary, root / storage_name)
    finally:
        if await aiofiles.os.path.exists(temporary):
            await aiofiles.os.remove(temporary)
    return await HazardEvidence.create(
        project_id=project.id,
        source=source,
        filename=filename[:255],
        storage_name=storage_name,
        size_bytes=size,
        content_type=content_type,
        sha256=digest.hexdigest(),
        uploaded_by_id=principal.user_id,
    )


async def open_evidence(
    settings: Settings, principal: Principal, evidence_id: int | None
) -> tuple[HazardEvidence, Path]:
    """Attached evidence for whoever may see the notice; unattached only for its uploader."""
    row = (
        await HazardEvidence.filter(project_scope(principal, "project__"), id=evidence_id)
        .prefetch_related("project")
        .first()
        if evidence_id is not None
        else None
    )
    if row is None:
        raise NotFound("evidence")
    visible = (
        decide(principal, Operation.VIEW_HAZARD_NOTICES, project_ref(row.project))
        if row.notice_id is not None
        else row.uploaded_by_id == principal.user_id
    )
    if not visible:
        raise NotFound("evidence")
    return row, evidence_root(settings) / row.storage_name
