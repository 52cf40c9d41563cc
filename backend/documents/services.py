"""Article 10–12 documents: streamed uploads, downloads, the confidentiality access log, completeness.

Uploads are streamed to a temporary file under the storage root with aiofiles, limited in size,
typed by sniffing the bytes (never by the client's label), named by the server, checksummed,
and only then moved into place and recorded; any refusal leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import aiofiles
import aiofiles.os
import puremagic
from tortoise.transactions import in_transaction

from backend.alerts.models import AlertSeverity
from backend.alerts.services import raise_alert
from backend.audit.services import record_audit
from backend.authz.policy import Operation, Principal, decide, project_ref
from backend.authz.roles import SITE_ROLES, Role, breach_audience
from backend.authz.scope import load_with_project, scoped
from backend.documents.access_models import DocumentAccess, DocumentAccessAction, DocumentRequirement
from backend.documents.citycontrol import CityControlCheck
from backend.documents.models import Document, DocumentCategory, DocumentVersion
from backend.events.bus import EventBus
from backend.lifecycle.errors import NotFound, RuleViolation
from backend.projects.models import Project
from backend.settings import Settings

# Sniffed type → (MIME type, extension); anything else is refused.
ALLOWED_TYPES: dict[str, tuple[str, str]] = {
    ".pdf": ("application/pdf", "pdf"),
    ".png": ("image/png", "png"),
    ".jpg": ("image/jpeg", "jpg"),
    ".jpeg": ("image/jpeg", "jpg"),
    ".gif": ("image/gif", "gif"),
    ".webp": ("image/webp", "webp"),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    ".xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ".pptx": ("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ".doc": ("application/msword", "doc"),
    ".xls": ("application/vnd.ms-excel", "xls"),
    ".ppt": ("application/vnd.ms-powerpoint", "ppt"),
}
_MIME_TO_EXT = {mime: ext for mime, ext in ALLOWED_TYPES.values()}
SITE_ROLES_BLOCKED_BY_CITY = SITE_ROLES  # Art. 12: every site party


def storage_root(settings: Settings) -> Path:
    return settings.document_root if settings.document_root else settings.data_dir / "documents"


def sniff(head: bytes, filename: str) -> str | None:
    """The MIME type the bytes really are, among the allowed ones; None otherwise."""
    if not head:
        return None
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    try:
        matches = puremagic.magic_string(head)  # bytes only: the client name is never a hint
    except (puremagic.PureError, ValueError):
        return None
    for match in matches:
        ext = (match.extension or "").lower()
        if ext in ALLOWED_TYPES:
            return ALLOWED_TYPES[ext][0]
        if match.mime_type in _MIME_TO_EXT:
            return match.mime_type
    # Office Open XML files are zip archives; puremagic names them when the head shows the parts.
    if head.startswith(b"PK\x03\x04"):
        for marker, ext in ((b"word/", ".docx"), (b"xl/", ".xlsx"), (b"ppt/", ".pptx")):
            if marker in head:
                return ALLOWED_TYPES[ext][0]
    return None


async def ensure_no_city_control(city_control: CityControlCheck, project_id: int) -> None:
    """Art. 12: refuse while the city center holds control of a camera of the project."""
    if await city_control.city_control_active(project_id):
        raise RuleViolation(
            "CITY_CONTROL_ACTIVE",
            "第十二条：市中心定位摄像机期间，现场不得传输安全资料 / Art. 12: while the city center positions a "
            "camera of this project, site parties may not transmit safety documents",
            "12",
        )


@dataclass(frozen=True)
class UploadRequest:
    project_id: int | None
    category: str
    title: str
    filename: str
    document_id: int | None = None


async def check_upload(
    principal: Principal, request: UploadRequest, city_control: CityControlCheck
) -> tuple[Project, DocumentCategory]:
    """Everything that can be refused before a single byte is written."""
    project = (
        await scoped(Project.filter(id=request.project_id), principal).first()
        if request.project_id is not None
        else None
    )
    if project is None or not decide(principal, Operation.VIEW_PROJECT, project_ref(project)):
        raise NotFound("project")
    if not decide(principal, Operation.UPLOAD_DOCUMENT, project_ref(project)):
        raise RuleViolation(
            "FORBIDDEN",
            "第十条：资料由监理单位和施工总承包单位录入 / Art. 10: only the supervisor and general "
            "contractor enter documents",
        )
    try:
        category = DocumentCategory(request.category)
    except ValueError:
        raise RuleViolation(
            "UNKNOWN_CATEGORY", f"Art. 10: unknown document category {request.category[:48]!r}", "10"
        ) from None
    if principal.role in SITE_ROLES_BLOCKED_BY_CITY:
        await ensure_no_city_control(city_control, project.id)
    return project, category


async def store_upload(
    settings: Settings,
    principal: Principal,
    request: UploadRequest,
    chunks: AsyncIterator[bytes],
    *,
    city_control: CityControlCheck,
    bus: EventBus | None = None,
    client_ip: str = "",
) -> DocumentVersion:
    """Stream ``chunks`` to disk and record a new version; nothing persists on refusal.
    ``city_control`` is the Art. 12 check (``services.control``), required on purpose."""
    project, category = await check_upload(principal, request, city_control)
    root = storage_root(settings)
    await aiofiles.os.makedirs(root, exist_ok=True)
    storage_name = uuid.uuid4().hex
    temporary = root / f".incoming-{storage_name}"
    final = root / storage_name
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
        content_type = sniff(head, request.filename)
        if content_type is None:
            raise RuleViolation(
                "UNSUPPORTED_FILE_TYPE",
                "Only PDF, images and Office documents are accepted (checked on the content)",
            )
        # Art. 12 again, right before the file becomes visible: a lease may have started meanwhile.
        if principal.role in SITE_ROLES_BLOCKED_BY_CITY:
            await ensure_no_city_control(city_control, project.id)
        await aiofiles.os.replace(temporary, final)
        try:
            version = await _record_version(
                principal,
                project,
                category,
                request,
                storage_name,
                size,
                content_type,
                digest.hexdigest(),
                client_ip,
            )
        except BaseException:
            await aiofiles.os.remove(final)
            raise
    finally:
        if await aiofiles.os.path.exists(temporary):
            await aiofiles.os.remove(temporary)
    await resolve_overdue(project.id, category)
    return version


def _clean_filename(name: str) -> str:
    base = os.path.basename(name.replace("\\", "/")).strip() or "document"
    return "".join(ch for ch in base if ch.isprintable() and ch not in '<>:"|?*')[:200] or "document"


def download_name(filename: str, content_type: str) -> str:
    """The client's name with the extension of what the bytes are: a PDF/HTML polyglot uploaded
    as ``x.html`` is served as ``x.pdf``, so the browser never opens it as a page."""
    stem = _clean_filename(filename)
    stem = stem.rsplit(".", 1)[0] if "." in stem.lstrip(".") else stem
    return f"{stem or 'document'}.{_MIME_TO_EXT.get(content_type, 'bin')}"


async def _record_version(
    principal: Principal,
    project: Project,
    category: DocumentCategory,
    request: UploadRequest,
    storage_name: str,
    size: int,
    content_type: str,
    sha256: str,
    client_ip: str,
) -> DocumentVersion:
    async with in_transaction():
        document: Document | None
        if request.document_id is not None:
            document = await Document.filter(id=request.document_id, project_id=project.id).first()
            if document is None:
                raise NotFound("document")
            if document.category != category:
                raise RuleViolation("CATEGORY_MISMATCH", "A new version keeps the document's category", "10")
        else:
            document = await Document.filter(
                project_id=project.id, category=category, title=request.title
            ).first()
            if document is None:
                document = await Document.create(
                    project_id=project.id, category=category, title=(request.title or category.value)[:200]
                )
        last = await DocumentVersion.filter(document_id=document.id).order_by("-version").first()
        version = await DocumentVersion.create(
            document_id=document.id,
            version=(last.version + 1) if last else 1,
            filename=download_name(request.filename, content_type),
            storage_name=storage_name,
            size_bytes=size,
            content_type=content_type,
            sha256=sha256,
            uploaded_by_id=principal.user_id,
        )
        await Document.filter(id=document.id).update(updated_at=version.uploaded_at)
        await _log_access(
            principal, document, project, version.version, DocumentAccessAction.UPLOAD, client_ip
        )
    return version


async def _log_access(
    principal: Principal,
    document: Document,
    project: Project,
    version: int | None,
    action: DocumentAccessAction,
    client_ip: str,
) -> None:
    await DocumentAccess.create(
        document_id=document.id,
        version=version,
        user_id=principal.user_id,
        username=principal.username,
        role=str(principal.role),
        action=action,
        project_id=project.id,
        district_id=project.district_id,
        client_ip=client_ip,
    )
    await record_audit(
        f"document.{action.value.lower()}",
        actor_id=principal.user_id,
        actor_role=str(principal.role),
        object_type="Document",
        object_id=str(document.id),
        district_id=project.district_id,
        project_id=project.id,
        detail={"version": version, "category": str(document.category)},
        client_ip=client_ip,
    )


async def visible_document(principal: Principal, document_id: int | None) -> tuple[Document, Project]:
    found = await load_with_project(Document, document_id, principal, Operation.VIEW_DOCUMENT)
    if found is None:
        raise NotFound("document")
    return found


async def record_view(
    principal: Principal, document: Document, project: Project, client_ip: str = ""
) -> None:
    """Art. 10: browsing a document's content is logged like a download."""
    await _log_access(principal, document, project, None, DocumentAccessAction.VIEW, client_ip)


async def open_for_download(
    settings: Settings,
    principal: Principal,
    document_id: int | None,
    version: int | None,
    *,
    inline: bool,
    client_ip: str = "",
) -> tuple[DocumentVersion, Path]:
    document, project = await visible_document(principal, document_id)
    query = DocumentVersion.filter(document_id=document.id)
    row = await (
        query.filter(version=version).first() if version is not None else query.order_by("-version").first()
    )
    if row is None:
        raise NotFound("document")
    path = storage_root(settings) / row.storage_name
    if not row.storage_name.isalnum() or not path.is_file():
        raise NotFound("document")
    action = DocumentAccessAction.VIEW if inline else DocumentAccessAction.DOWNLOAD
    await _log_access(principal, document, project, row.version, action, client_ip)
    return row, path


# --- Article 11: completeness and deadlines ---------------------------------------------------


async def ensure_requirements(project_id: int, due_at: datetime) -> None:
    """Every category becomes due at ``due_at`` unless a deadline already exists."""
    existing = {r.category for r in await DocumentRequirement.filter(project_id=project_id)}
    missing = [c for c in DocumentCategory if c not in existing]
    if missing:
        await DocumentRequirement.bulk_create(
            [DocumentRequirement(project_id=project_id, category=c, due_at=due_at) for c in missing]
        )


async def resolve_overdue(project_id: int, category: DocumentCategory) -> None:
    await DocumentRequirement.filter(project_id=project_id, category=category).update(overdue_alerted_at=None)


@dataclass(frozen=True)
class CategoryCompleteness:
    category: DocumentCategory
    document_count: int
    latest_upload_at: datetime | None
    due_at: datetime | None
    status: str  # COMPLETE, MISSING, OVERDUE


def completeness_of(
    documents: list[Document],
    latest_upload: dict[int, datetime],
    requirements: list[DocumentRequirement],
    now: datetime,
) -> list[CategoryCompleteness]:
    """Pure: the nine categories of one project and whether each is present, missing or overdue."""
    due = {r.category: r.due_at for r in requirements}
    result = []
    for category in DocumentCategory:
        present = [d for d in documents if d.category == category and d.id in latest_upload]
        latest = max((latest_upload[d.id] for d in present), default=None)
        due_at = due.get(category)
        if present:
            status = "COMPLETE"
        elif due_at is not None and due_at < now:
            status = "OVERDUE"
        else:
            status = "MISSING"
        result.append(CategoryCompleteness(category, len(present), latest, due_at, status))
    return result


async def check_overdue_documents(bus: EventBus, now: datetime) -> int:
    """Art. 11: a due category with no document alerts the construction unit and the district, once."""
    raised = 0
    overdue = await DocumentRequirement.filter(due_at__lt=now, overdue_alerted_at=None)
    by_project: dict[int, list[DocumentRequirement]] = {}
    for requirement in overdue:
        by_project.setdefault(requirement.project_id, []).append(requirement)
    for project_id, requirements in by_project.items():
        project = await Project.get_or_none(id=project_id)
        if project is None:
            continue
        with_versions = set(
            await DocumentVersion.filter(document__project_id=project_id).values_list(
                "document_id", flat=True
            )
        )
        present = {d.category for d in await Document.filter(project_id=project_id) if d.id in with_versions}
        missing = [r for r in requirements if r.category not in present]
        if not missing:
            continue
        await DocumentRequirement.filter(id__in=[r.id for r in missing]).update(overdue_alerted_at=now)
        names = ", ".join(str(r.category) for r in missing)
        await raise_alert(
            bus,
            kind="DOCUMENTS_OVERDUE",
            severity=AlertSeverity.WARNING,
            title=f"资料逾期未报 / Documents overdue: {project.name}",
            message=f"第十一条 / Art. 11: {names}",
            project=project,
            audience_roles=breach_audience(Role.CONSTRUCTION_UNIT, Role.DISTRICT_CENTER),
            object_type="Project",
            object_id=str(project.id),
        )
        raised += 1
    return raised
