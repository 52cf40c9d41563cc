from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from backend.graphql_core.context import Info
from backend.graphql_core.errors import UserError
from backend.graphql_core.ids import to_global_id
from backend.graphql_core.node import Node
from backend.hazards.models import (
    HazardEntryKind,
    HazardEvidence,
    HazardKind,
    HazardNotice,
    HazardNoticeEntry,
    HazardSeverity,
    HazardStatus,
)
from backend.lifecycle.errors import RuleViolation

if TYPE_CHECKING:
    from backend.auth.types import UserType
    from backend.cameras.types import CameraType
    from backend.documents.types import DocumentType
    from backend.projects.types import ProjectType
    from backend.recordings.types import EvidenceClip

HazardKindEnum = strawberry.enum(HazardKind, name="HazardKind")
HazardSeverityEnum = strawberry.enum(HazardSeverity, name="HazardSeverity")
HazardStatusEnum = strawberry.enum(HazardStatus, name="HazardStatus")
HazardEntryKindEnum = strawberry.enum(HazardEntryKind, name="HazardEntryKind")


@strawberry.type(name="HazardNoticeEntry", description="One message of the notice's thread.")
class HazardNoticeEntryType:
    row: strawberry.Private[HazardNoticeEntry]
    kind: HazardEntryKindEnum  # type: ignore[valid-type]
    text: str
    author_role: str
    at: datetime

    @classmethod
    def from_row(cls, row: HazardNoticeEntry) -> HazardNoticeEntryType:
        return cls(row=row, kind=row.kind, text=row.text, author_role=row.author_role, at=row.at)

    @strawberry.field
    async def author(self, info: Info) -> Annotated[UserType, strawberry.lazy("backend.auth.types")] | None:
        from backend.auth.types import UserType

        if self.row.author_id is None:
            return None
        user = await info.context.loaders.user_by_id.load(self.row.author_id)
        return UserType.from_row(user) if user else None

    @strawberry.field(description="Rectification evidence (documents of the project).")
    async def attachments(
        self, info: Info
    ) -> list[Annotated[DocumentType, strawberry.lazy("backend.documents.types")]]:
        from backend.documents.types import DocumentType

        rows = await info.context.loaders.document_by_id.load_many(list(self.row.attachment_document_ids))
        return [DocumentType.from_row(r) for r in rows if r is not None]


@strawberry.type(name="HazardEvidence", description="A photo or live-video frame attached at issue.")
class HazardEvidenceType:
    row: strawberry.Private[HazardEvidence]
    source: str
    content_type: str
    uploaded_at: datetime

    @strawberry.field(description="GET with the bearer token.")
    def url(self) -> str:
        return f"/api/hazards/evidence/{to_global_id('HazardEvidence', self.row.id)}"

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(to_global_id("HazardEvidence", self.row.id))


@strawberry.type(name="HazardNotice", description="A hazard notice or stop-work order (Art. 14).")
class HazardNoticeType(Node):
    row: strawberry.Private[HazardNotice]
    kind: HazardKindEnum  # type: ignore[valid-type]
    severity: HazardSeverityEnum  # type: ignore[valid-type]
    status: HazardStatusEnum  # type: ignore[valid-type]
    description: str
    deadline: datetime
    issuer_level: str
    snapshot_url: str = strawberry.field(
        description="Evidence: the stored JPEG of the camera at the evidence instant (GET with the access "
        "token; written once the recorded frame has been fetched). Empty when no camera was named or the "
        "camera gave no picture."
    )
    issued_at: datetime
    acknowledged_at: datetime | None
    closed_at: datetime | None
    escalated_at: datetime | None

    @classmethod
    def from_row(cls, row: HazardNotice) -> HazardNoticeType:
        return cls(
            id=strawberry.ID(to_global_id("HazardNotice", row.id)),
            row=row,
            kind=row.kind,
            severity=row.severity,
            status=row.status,
            description=row.description,
            deadline=row.deadline,
            issuer_level=row.issuer_level,
            snapshot_url=row.snapshot_url,
            issued_at=row.issued_at,
            acknowledged_at=row.acknowledged_at,
            closed_at=row.closed_at,
            escalated_at=row.escalated_at,
        )

    @strawberry.field
    def overdue(self) -> bool:
        from datetime import UTC

        return self.row.status != HazardStatus.CLOSED and self.row.deadline < datetime.now(UTC)

    @strawberry.field
    async def project(self, info: Info) -> Annotated[ProjectType, strawberry.lazy("backend.projects.types")]:
        from backend.projects.types import ProjectType

        row = await info.context.loaders.project_by_id.load(self.row.project_id)
        assert row is not None
        return ProjectType.from_row(row)

    @strawberry.field
    async def camera(
        self, info: Info
    ) -> Annotated[CameraType, strawberry.lazy("backend.cameras.types")] | None:
        from backend.cameras.types import CameraType

        if self.row.camera_id is None:
            return None
        row = await info.context.loaders.camera_by_id.load(self.row.camera_id)
        return CameraType.from_row(row) if row else None

    @strawberry.field
    async def issued_by(
        self, info: Info
    ) -> Annotated[UserType, strawberry.lazy("backend.auth.types")] | None:
        from backend.auth.types import UserType

        if self.row.issued_by_id is None:
            return None
        user = await info.context.loaders.user_by_id.load(self.row.issued_by_id)
        return UserType.from_row(user) if user else None

    @strawberry.field(description="Photos and captured frames attached when the notice was issued.")
    async def evidence(self, info: Info) -> list[HazardEvidenceType]:
        rows = await info.context.loaders.evidence_by_notice.load(self.row.id)
        return [
            HazardEvidenceType(row=r, source=r.source, content_type=r.content_type, uploaded_at=r.uploaded_at)
            for r in rows
        ]

    @strawberry.field(
        description="Evidence: the recorded clip protected around the evidence instant (60 s before to 30 s "
        "after); play it back with startPlayback. Null without a camera."
    )
    async def evidence_clip(
        self, info: Info
    ) -> Annotated[EvidenceClip, strawberry.lazy("backend.recordings.types")] | None:
        from backend.recordings.playback import CLIP_BEFORE
        from backend.recordings.types import EvidenceClip

        hold = await info.context.loaders.evidence_hold_by_notice.load(self.row.id)
        if hold is None:
            return None
        return EvidenceClip(
            camera_id=strawberry.ID(to_global_id("Camera", hold.camera_id)),
            at=hold.start_at + CLIP_BEFORE,
            start=hold.start_at,
            end=hold.end_at,
        )

    @strawberry.field(
        description="The thread: issue, acknowledgement, rectification reports, reviews, escalation."
    )
    async def entries(self, info: Info) -> list[HazardNoticeEntryType]:
        rows = await info.context.loaders.entries_by_notice.load(self.row.id)
        return [HazardNoticeEntryType.from_row(r) for r in rows]


@strawberry.type
class HazardNoticePayload:
    notice: HazardNoticeType


@strawberry.type
class HazardNoticeNotFound(UserError):
    pass


@strawberry.type(description="Art. 14 (or Art. 17) refused the step; `article` cites the regulation.")
class HazardNoticeRefused(UserError):
    article: str


HazardNoticeResult = Annotated[
    HazardNoticePayload | HazardNoticeNotFound | HazardNoticeRefused, strawberry.union("HazardNoticeResult")
]


def hazard_error(exc: RuleViolation) -> HazardNoticeNotFound | HazardNoticeRefused:
    if exc.code.endswith("_NOT_FOUND"):
        return HazardNoticeNotFound(code=exc.code, message=exc.message)
    return HazardNoticeRefused(code=exc.code, message=exc.message, article=exc.article)
