"""GraphQL mutations for camera intake (issue 9): add, edit, test connection, removal with approval."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Annotated

import strawberry

from backend.authz.policy import Operation
from backend.cameras import probe, services
from backend.cameras.models import Camera, CameraRemoval, LocationKind
from backend.cameras.types import CameraRemovalType, CameraType, LocationKindEnum
from backend.graphql_core.context import Info
from backend.graphql_core.errors import UserError
from backend.graphql_core.ids import pk_of
from backend.graphql_core.input_errors import IntakeError, intake_result
from backend.graphql_core.permissions import requires


@strawberry.input(
    description='Passwords: omit (null) to keep the stored one, "" to clear it. user:password inside a URL '
    "is split off and stored like the separate fields; URLs are stored and shown without it."
)
class CameraInput:
    name: str
    main_stream_url: str
    location_kind: LocationKindEnum = LocationKindEnum.OTHER  # type: ignore[valid-type]
    location: str = ""
    serial: str | None = None
    sub_stream_url: str = ""
    onvif_endpoint: str = ""
    ptz_capable: bool = False
    rtsp_username: str | None = None
    rtsp_password: str | None = None
    onvif_username: str | None = None
    onvif_password: str | None = None


@strawberry.type
class CameraPayload:
    camera: CameraType


@strawberry.type
class CameraRemovalPayload:
    removal: CameraRemovalType
    camera: CameraType


CameraResult = Annotated[CameraPayload | IntakeError, strawberry.union("CameraResult")]
CameraRemovalResult = Annotated[CameraRemovalPayload | IntakeError, strawberry.union("CameraRemovalResult")]


@strawberry.input(
    description="Test a camera through the district's gateway: a saved camera (cameraId; fields given here "
    "override the stored ones, stored passwords are used when omitted) or unsaved form values (projectId)."
)
class TestCameraConnectionInput:
    project_id: strawberry.ID | None = None
    camera_id: strawberry.ID | None = None
    main_stream_url: str | None = None
    rtsp_username: str | None = None
    rtsp_password: str | None = None
    onvif_endpoint: str | None = None
    onvif_username: str | None = None
    onvif_password: str | None = None


@strawberry.type(description="What the gateway found: stream parameters, a snapshot, PTZ.")
class CameraProbeResult:
    codec: str
    profile: str
    width: int
    height: int
    fps: float | None
    b_frames: bool | None = strawberry.field(description="Null when the stream does not tell.")
    snapshot_data_url: str | None = strawberry.field(
        description="data:image/jpeg;base64,… of the first keyframe."
    )
    onvif_checked: bool
    ptz_supported: bool | None
    presets: list[str]
    warnings: list[str] = strawberry.field(
        description="Codes: BELOW_720P (Art. 9 wants HD), B_FRAMES (relayed by transcoding), ONVIF_FAILED."
    )
    warning_messages: list[str]
    gateway_id: str


@strawberry.type(
    description="The gateway could not reach or read the camera (code CAMERA_UNREACHABLE, "
    "CAMERA_AUTH_FAILED, NO_VIDEO)."
)
class CameraUnreachable(UserError):
    field: str | None


TestCameraConnectionResult = Annotated[
    CameraProbeResult | CameraUnreachable | IntakeError, strawberry.union("TestCameraConnectionResult")
]


def _data(input: CameraInput) -> services.CameraData:
    return services.CameraData(
        name=input.name,
        main_stream_url=input.main_stream_url,
        location_kind=LocationKind(input.location_kind),
        location=input.location,
        serial=input.serial,
        sub_stream_url=input.sub_stream_url,
        onvif_endpoint=input.onvif_endpoint,
        ptz_capable=input.ptz_capable,
        rtsp_username=input.rtsp_username,
        rtsp_password=input.rtsp_password,
        onvif_username=input.onvif_username,
        onvif_password=input.onvif_password,
    )


async def _camera_payload(pending: Awaitable[Camera]) -> CameraPayload:
    return CameraPayload(camera=CameraType.from_row(await pending))


async def _removal_payload(
    info: Info, pending: Awaitable[CameraRemoval], operation: Operation
) -> CameraRemovalPayload:
    removal = await pending
    camera, _ = await services.scoped_camera(info.context.require_principal(), removal.camera_id, operation)
    return CameraRemovalPayload(
        removal=CameraRemovalType.from_row(removal), camera=CameraType.from_row(camera)
    )


async def _probe(info: Info, input: TestCameraConnectionInput) -> CameraProbeResult | CameraUnreachable:
    """The gateway's findings, or why it could not reach the camera (refused input is the caller's IntakeError)."""
    try:
        outcome = await probe.test_connection(
            info.context.services.settings,
            info.context.require_principal(),
            probe.ProbeRequest(
                project_id=pk_of(input.project_id, "Project") if input.project_id else None,
                camera_id=pk_of(input.camera_id, "Camera") if input.camera_id else None,
                main_stream_url=input.main_stream_url,
                rtsp_username=input.rtsp_username,
                rtsp_password=input.rtsp_password,
                onvif_endpoint=input.onvif_endpoint,
                onvif_username=input.onvif_username,
                onvif_password=input.onvif_password,
            ),
        )
    except probe.CameraProbeFailed as exc:
        return CameraUnreachable(code=exc.code, message=exc.message, field=exc.field or None)
    return CameraProbeResult(
        codec=outcome.codec,
        profile=outcome.profile,
        width=outcome.width,
        height=outcome.height,
        fps=outcome.fps,
        b_frames=outcome.b_frames,
        snapshot_data_url=outcome.snapshot_data_url,
        onvif_checked=outcome.onvif_checked,
        ptz_supported=outcome.ptz_supported,
        presets=outcome.presets,
        warnings=[w.code for w in outcome.warnings],
        warning_messages=[w.message for w in outcome.warnings],
        gateway_id=outcome.gateway_id,
    )


@strawberry.type
class CameraMutations:
    @strawberry.mutation(
        extensions=requires(Operation.MANAGE_CAMERAS),
        description="The project's provider adds a camera. Codes: PROJECT_NOT_FOUND, PROJECT_NOT_APPROVED, "
        "PROJECT_CLOSED, INVALID_STREAM_URL, INVALID_ONVIF_ENDPOINT, CREDENTIALS_CONFLICT, ONVIF_REQUIRED, "
        "DUPLICATE_SERIAL, INVALID_SERIAL, INVALID_TEXT.",
    )
    async def add_camera(self, info: Info, project_id: strawberry.ID, input: CameraInput) -> CameraResult:
        return await intake_result(
            _camera_payload(
                services.add_camera(
                    info.context.services.settings,
                    info.context.require_principal(),
                    pk_of(project_id, "Project"),
                    _data(input),
                    info.context.client_ip,
                )
            )
        )

    @strawberry.mutation(
        extensions=requires(Operation.MANAGE_CAMERAS),
        description="Edit a camera (all fields; passwords kept when omitted). Codes: as addCamera, CAMERA_NOT_FOUND.",
    )
    async def update_camera(self, info: Info, id: strawberry.ID, input: CameraInput) -> CameraResult:
        return await intake_result(
            _camera_payload(
                services.update_camera(
                    info.context.services.settings,
                    info.context.require_principal(),
                    pk_of(id, "Camera"),
                    _data(input),
                    info.context.client_ip,
                )
            )
        )

    @strawberry.mutation(
        extensions=requires(Operation.MANAGE_CAMERAS),
        description="Test connection through the district's gateway: RTSP DESCRIBE + first keyframe (codec, "
        "profile, resolution, fps, B-frames, snapshot) and ONVIF GetCapabilities (PTZ, presets). Codes: "
        "CAMERA_UNREACHABLE, CAMERA_AUTH_FAILED, NO_VIDEO (CameraUnreachable); GATEWAY_UNAVAILABLE, "
        "PROJECT_NOT_FOUND, CAMERA_NOT_FOUND, INVALID_STREAM_URL, INVALID_ONVIF_ENDPOINT, CREDENTIALS_UNAVAILABLE "
        "(IntakeError).",
    )
    async def test_camera_connection(
        self, info: Info, input: TestCameraConnectionInput
    ) -> TestCameraConnectionResult:
        return await intake_result(_probe(info, input))

    @strawberry.mutation(
        extensions=requires(Operation.MANAGE_CAMERAS),
        description="Take a camera off its project. Under construction (or suspended) this records a removal "
        "the district must approve (Art. 16); otherwise the camera is decommissioned at once. Codes: "
        "CAMERA_NOT_FOUND, CAMERA_DECOMMISSIONED, REMOVAL_PENDING, REASON_REQUIRED.",
    )
    async def request_camera_removal(
        self, info: Info, camera_id: strawberry.ID, reason: str
    ) -> CameraRemovalResult:
        return await intake_result(
            _removal_payload(
                info,
                services.request_removal(
                    info.context.require_principal(),
                    pk_of(camera_id, "Camera"),
                    reason,
                    info.context.client_ip,
                ),
                Operation.MANAGE_CAMERAS,
            )
        )

    @strawberry.mutation(
        extensions=requires(Operation.APPROVE_CAMERA_REMOVAL),
        description="The district approves (the camera is decommissioned) or rejects a removal. Codes: "
        "REMOVAL_NOT_FOUND, NOT_PENDING.",
    )
    async def decide_camera_removal(
        self, info: Info, removal_id: strawberry.ID, approve: bool, note: str = ""
    ) -> CameraRemovalResult:
        return await intake_result(
            _removal_payload(
                info,
                services.decide_removal(
                    info.context.require_principal(),
                    pk_of(removal_id, "CameraRemoval"),
                    approve,
                    note,
                    info.context.client_ip,
                ),
                Operation.APPROVE_CAMERA_REMOVAL,
            )
        )
