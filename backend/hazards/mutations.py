from __future__ import annotations

from collections.abc import Awaitable
from datetime import datetime

import strawberry

from backend.authz.policy import Operation
from backend.graphql_core.context import Info
from backend.graphql_core.errors import UserError
from backend.graphql_core.ids import pk_of
from backend.graphql_core.permissions import requires
from backend.hazards import services
from backend.hazards.models import HazardKind, HazardNotice, HazardSeverity
from backend.hazards.types import (
    HazardKindEnum,
    HazardNoticePayload,
    HazardNoticeResult,
    HazardNoticeType,
    HazardSeverityEnum,
    hazard_error,
)
from backend.lifecycle.errors import RuleViolation
from backend.lifecycle.services import scoped_project


@strawberry.input
class IssueHazardNoticeInput:
    project_id: strawberry.ID
    camera_id: strawberry.ID | None = None
    kind: HazardKindEnum  # type: ignore[valid-type]
    severity: HazardSeverityEnum  # type: ignore[valid-type]
    description: str
    deadline: datetime
    evidence_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Uploaded through POST /api/hazards/evidence (frame, photos)."
    )
    evidence_at: datetime | None = strawberry.field(
        default=None,
        description="The recorded instant the evidence shows (default: the issue time); must lie inside the "
        "camera's recording.",
    )


@strawberry.input
class ReportRectificationInput:
    notice_id: strawberry.ID
    text: str
    attachment_ids: list[strawberry.ID] = strawberry.field(default_factory=list)


@strawberry.input
class ReviewRectificationInput:
    notice_id: strawberry.ID
    accept: bool
    comment: str = ""


@strawberry.input
class RecordUnpermittedStartInput:
    project_id: strawberry.ID
    note: str = ""
    penalty_cny: float = 0.0
    deadline: datetime | None = None


def _payload(notice: object) -> HazardNoticePayload:
    return HazardNoticePayload(notice=HazardNoticeType.from_row(notice))  # type: ignore[arg-type]


async def _notice_result(pending: Awaitable[HazardNotice]) -> HazardNoticePayload | UserError:
    """The updated notice, or the rule that refused the change as its typed error."""
    try:
        return _payload(await pending)
    except RuleViolation as exc:
        return hazard_error(exc)


@strawberry.type
class HazardMutations:
    @strawberry.mutation(
        extensions=requires(Operation.ISSUE_HAZARD_NOTICE),
        description="Art. 14: notify a site of a hazard (rectify) or order it to stop work; pushed live.",
    )
    async def issue_hazard_notice(self, info: Info, input: IssueHazardNoticeInput) -> HazardNoticeResult:
        camera_pk = pk_of(input.camera_id, "Camera") if input.camera_id is not None else None
        if input.camera_id is not None and camera_pk is None:
            return hazard_error(RuleViolation("CAMERA_NOT_FOUND", "No such camera in your scope"))
        return await _notice_result(  # type: ignore[return-value]
            services.issue_notice(
                info.context.services.bus,
                info.context.require_principal(),
                pk_of(input.project_id, "Project"),
                kind=HazardKind(input.kind),
                severity=HazardSeverity(input.severity),
                description=input.description,
                deadline=input.deadline,
                camera_id=camera_pk,
                client_ip=info.context.client_ip,
                evidence_ids=[pk_of(e, "HazardEvidence") for e in input.evidence_ids],
                settings=info.context.services.settings,
                evidence_at=input.evidence_at,
            )
        )

    @strawberry.mutation(
        extensions=requires(Operation.RESPOND_HAZARD_NOTICE),
        description="Art. 14: the site acknowledges a notice.",
    )
    async def acknowledge_hazard_notice(self, info: Info, id: strawberry.ID) -> HazardNoticeResult:
        return await _notice_result(  # type: ignore[return-value]
            services.acknowledge_notice(
                info.context.services.bus,
                info.context.require_principal(),
                pk_of(id, "HazardNotice"),
                client_ip=info.context.client_ip,
            )
        )

    @strawberry.mutation(
        extensions=requires(Operation.RESPOND_HAZARD_NOTICE),
        description="Art. 14: report the rectification back to the center, with text and attached documents.",
    )
    async def report_rectification(self, info: Info, input: ReportRectificationInput) -> HazardNoticeResult:
        return await _notice_result(  # type: ignore[return-value]
            services.report_rectification(
                info.context.services.bus,
                info.context.require_principal(),
                pk_of(input.notice_id, "HazardNotice"),
                text=input.text,
                attachment_document_ids=[pk_of(a, "Document") for a in input.attachment_ids],
                client_ip=info.context.client_ip,
            )
        )

    @strawberry.mutation(
        extensions=requires(Operation.REVIEW_RECTIFICATION),
        description="Art. 14: accept (close; lifts a stop-work order) or reject (back to open) a rectification.",
    )
    async def review_rectification(self, info: Info, input: ReviewRectificationInput) -> HazardNoticeResult:
        return await _notice_result(  # type: ignore[return-value]
            services.review_rectification(
                info.context.services.bus,
                info.context.require_principal(),
                pk_of(input.notice_id, "HazardNotice"),
                accept=input.accept,
                comment=input.comment,
                client_ip=info.context.client_ip,
            )
        )

    @strawberry.mutation(
        extensions=requires(Operation.RECORD_UNPERMITTED_START),
        description="Art. 17: a project that must be monitored started without a permit → stop-work order + penalty.",
    )
    async def record_unpermitted_start(
        self, info: Info, input: RecordUnpermittedStartInput
    ) -> HazardNoticeResult:
        principal = info.context.require_principal()
        try:
            project = await scoped_project(principal, pk_of(input.project_id, "Project"))
            notice, _ = await services.record_unpermitted_start(
                info.context.services.bus,
                principal,
                project,
                note=input.note,
                penalty_cny=input.penalty_cny,
                deadline=input.deadline,
                client_ip=info.context.client_ip,
            )
        except RuleViolation as exc:
            return hazard_error(exc)
        return _payload(notice)
