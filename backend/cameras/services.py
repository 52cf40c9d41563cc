"""Camera intake (issue 9): the project's provider adds and edits cameras, credentials are encrypted at rest,
and a removal from a site under construction waits for the district (Art. 16)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.audit.services import record_audit
from backend.authz.policy import Operation, Principal, decide, project_ref, project_scope
from backend.cameras.credentials import (
    BadStreamUrl,
    CredentialsKeyMissing,
    cipher_for,
    split_stream_url,
    with_credentials,
)
from backend.cameras.identity import RESET_IDENTITY, reset_if_readdressed
from backend.cameras.models import Camera, CameraRemoval, CameraStatus, LocationKind, RemovalStatus
from backend.graphql_core.input_errors import InputRefused
from backend.projects.models import ApprovalStatus, Project, ProjectStatus
from backend.settings import Settings

# Art. 16: while the site is being built a camera may only go with the district's approval.
REMOVAL_NEEDS_APPROVAL = (ProjectStatus.UNDER_CONSTRUCTION, ProjectStatus.SUSPENDED)
CLOSED_PROJECT = (ProjectStatus.EQUIPMENT_REMOVED, ProjectStatus.DEREGISTERED)
KEEP = object()  # a password argument that leaves the stored secret as it is


@dataclass
class CameraData:
    name: str
    main_stream_url: str
    location_kind: LocationKind = LocationKind.OTHER
    location: str = ""
    serial: str | None = None
    sub_stream_url: str = ""
    onvif_endpoint: str = ""
    ptz_capable: bool = False
    rtsp_username: str | None = None  # None: take it from the URL (or keep)
    rtsp_password: str | None = None  # None: keep the stored one (or take it from the URL)
    onvif_username: str | None = None
    onvif_password: str | None = None


@dataclass(frozen=True)
class CleanCamera:
    name: str
    serial: str | None
    location_kind: LocationKind
    location: str
    main_stream_url: str
    sub_stream_url: str
    onvif_endpoint: str
    ptz_capable: bool
    rtsp_username: str | None
    rtsp_password: str | None
    onvif_username: str | None
    onvif_password: str | None


def clean_camera(data: CameraData, prefix: str = "input.") -> CleanCamera:
    """Validate and split embedded credentials off the URLs (no database access)."""
    name = data.name.strip()
    if not name or len(name) > 100:
        raise InputRefused(
            "INVALID_TEXT", "名称应为1–100个字符 / Name must be 1–100 characters", prefix + "name"
        )
    serial = (data.serial or "").strip() or None
    if serial is not None and len(serial) > 64:
        raise InputRefused("INVALID_SERIAL", "序列号过长 / Serial too long (64)", prefix + "serial")
    if len(data.location) > 200:
        raise InputRefused("INVALID_TEXT", "位置描述过长 / Location too long", prefix + "location")
    try:
        main = split_stream_url(data.main_stream_url)
    except BadStreamUrl as exc:
        raise InputRefused(
            "INVALID_STREAM_URL", f"主码流地址无效 / Main stream URL: {exc}", prefix + "mainStreamUrl"
        ) from exc
    sub_url = ""
    sub_user = sub_password = ""
    if data.sub_stream_url.strip():
        try:
            sub = split_stream_url(data.sub_stream_url)
        except BadStreamUrl as exc:
            raise InputRefused(
                "INVALID_STREAM_URL", f"子码流地址无效 / Sub stream URL: {exc}", prefix + "subStreamUrl"
            ) from exc
        sub_url, sub_user, sub_password = sub.url, sub.username, sub.password
    username = data.rtsp_username if data.rtsp_username is not None else (main.username or sub_user or None)
    password = (
        data.rtsp_password if data.rtsp_password is not None else (main.password or sub_password or None)
    )
    if (sub_user and username and sub_user != username) or (
        sub_password and password and sub_password != password
    ):
        raise InputRefused(
            "CREDENTIALS_CONFLICT",
            "主、子码流的账号不一致 / Main and sub stream URLs carry different credentials",
            prefix + "subStreamUrl",
        )
    onvif = ""
    onvif_user = data.onvif_username
    onvif_password = data.onvif_password
    if data.onvif_endpoint.strip():
        try:
            split = split_stream_url(data.onvif_endpoint, ("http", "https"))
        except BadStreamUrl as exc:
            raise InputRefused(
                "INVALID_ONVIF_ENDPOINT", f"ONVIF 地址无效 / ONVIF endpoint: {exc}", prefix + "onvifEndpoint"
            ) from exc
        onvif = split.url
        onvif_user = onvif_user if onvif_user is not None else (split.username or None)
        onvif_password = onvif_password if onvif_password is not None else (split.password or None)
    for value, field in ((username, "rtspUsername"), (onvif_user, "onvifUsername")):
        if value is not None and len(value) > 100:
            raise InputRefused("INVALID_TEXT", "用户名过长 / Username too long", prefix + field)
    if data.ptz_capable and not onvif:
        raise InputRefused(
            "ONVIF_REQUIRED",
            "云台摄像机需填写 ONVIF 地址 / A PTZ camera needs its ONVIF endpoint",
            prefix + "onvifEndpoint",
        )
    return CleanCamera(
        name=name,
        serial=serial,
        location_kind=data.location_kind,
        location=data.location.strip(),
        main_stream_url=main.url,
        sub_stream_url=sub_url,
        onvif_endpoint=onvif,
        ptz_capable=data.ptz_capable,
        rtsp_username=username,
        rtsp_password=password,
        onvif_username=onvif_user,
        onvif_password=onvif_password,
    )


def apply_clean(settings: Settings, camera: Camera, clean: CleanCamera) -> list[str]:
    """Copy validated values onto the row (encrypting passwords); return the changed field names."""
    changed: list[str] = []

    def put(field: str, value: object) -> None:
        if getattr(camera, field) != value:
            setattr(camera, field, value)
            changed.append(field)

    for field in (
        "name",
        "serial",
        "location_kind",
        "location",
        "main_stream_url",
        "sub_stream_url",
        "onvif_endpoint",
        "ptz_capable",
    ):
        put(field, getattr(clean, field))
    if clean.rtsp_username is not None:
        put("rtsp_username", clean.rtsp_username)
    if clean.onvif_username is not None:
        put("onvif_username", clean.onvif_username)
    for plain, field in (
        (clean.rtsp_password, "rtsp_password_encrypted"),
        (clean.onvif_password, "onvif_password_encrypted"),
    ):
        stored = getattr(camera, field)
        if plain is None or (not plain and not stored):
            continue
        try:
            cipher = cipher_for(settings)  # only needed (and required) once a camera has a password
        except CredentialsKeyMissing as exc:
            raise InputRefused(
                "CREDENTIALS_UNAVAILABLE",
                "服务器未配置凭据加密密钥，不能保存密码 / The server has no SITEWATCH_CREDENTIALS_KEY: "
                "camera passwords cannot be stored",
                "input.rtspPassword" if field.startswith("rtsp") else "input.onvifPassword",
            ) from exc
        if cipher.decrypt(stored) != plain:
            setattr(camera, field, cipher.encrypt(plain))
            changed.append(field)
    return changed


def gateway_urls(settings: Settings, camera: Camera) -> tuple[str, str]:
    """The URLs the gateway pulls (credentials put back in); only for the gateway's internal endpoint."""
    password = (
        cipher_for(settings).decrypt(camera.rtsp_password_encrypted) if camera.rtsp_password_encrypted else ""
    )
    main = with_credentials(camera.main_stream_url, camera.rtsp_username, password)
    sub = (
        with_credentials(camera.sub_stream_url, camera.rtsp_username, password)
        if camera.sub_stream_url
        else main
    )
    return main, sub


def usable_onvif_endpoint(settings: Settings, camera: Camera) -> str:
    if not camera.onvif_endpoint or not camera.onvif_username:
        return camera.onvif_endpoint
    password = cipher_for(settings).decrypt(camera.onvif_password_encrypted)
    return with_credentials(camera.onvif_endpoint, camera.onvif_username, password)


async def _project_for_cameras(principal: Principal, project_id: int | None) -> Project:
    project = (
        await Project.filter(project_scope(principal), id=project_id).first()
        if project_id is not None
        else None
    )
    if project is None or not decide(principal, Operation.MANAGE_CAMERAS, project_ref(project)):
        raise InputRefused("PROJECT_NOT_FOUND", "No such project in your scope", "projectId")
    if project.approval_status != ApprovalStatus.APPROVED:
        raise InputRefused(
            "PROJECT_NOT_APPROVED", "项目尚未获批 / The project's registration is not approved"
        )
    if project.status in CLOSED_PROJECT:
        raise InputRefused(
            "PROJECT_CLOSED", "项目设备已拆除 / The project's equipment was removed (Art. 15)", "", "15"
        )
    return project


async def scoped_camera(
    principal: Principal, camera_id: int | None, operation: Operation, field: str = "cameraId"
) -> tuple[Camera, Project]:
    camera = (
        await Camera.filter(project_scope(principal, "project__"), id=camera_id)
        .select_related("project")
        .first()
        if camera_id is not None
        else None
    )
    if camera is None or not decide(principal, operation, project_ref(camera.project)):
        raise InputRefused("CAMERA_NOT_FOUND", "No such camera in your scope", field)
    return camera, camera.project


async def add_camera(
    settings: Settings, principal: Principal, project_id: int | None, data: CameraData, client_ip: str = ""
) -> Camera:
    project = await _project_for_cameras(principal, project_id)
    clean = clean_camera(data)
    if clean.serial and await Camera.filter(serial=clean.serial).exists():
        raise InputRefused(
            "DUPLICATE_SERIAL", "序列号已登记 / A camera with this serial exists", "input.serial"
        )
    camera = Camera(project_id=project.id, main_stream_url="")
    apply_clean(settings, camera, clean)
    try:
        async with in_transaction():
            await camera.save()
            await _audit_camera("camera.added", principal, camera, project, [], client_ip)
    except IntegrityError as exc:
        raise InputRefused(
            "DUPLICATE_SERIAL", "序列号已登记 / A camera with this serial exists", "input.serial"
        ) from exc
    return camera


async def update_camera(
    settings: Settings, principal: Principal, camera_id: int | None, data: CameraData, client_ip: str = ""
) -> Camera:
    camera, project = await scoped_camera(principal, camera_id, Operation.MANAGE_CAMERAS, "id")
    clean = clean_camera(data)
    if clean.serial and await Camera.filter(serial=clean.serial).exclude(id=camera.id).exists():
        raise InputRefused(
            "DUPLICATE_SERIAL", "序列号已登记 / A camera with this serial exists", "input.serial"
        )
    changed = apply_clean(settings, camera, clean)
    if changed:
        reset = reset_if_readdressed(camera, changed)  # Art. 16: the next device reported is enrolled
        async with in_transaction():
            await camera.save(update_fields=changed + reset)
            await _audit_camera(
                "camera.updated", principal, camera, project, changed, client_ip, device_reset=bool(reset)
            )
    return camera


async def _audit_camera(
    action: str,
    principal: Principal,
    camera: Camera,
    project: Project,
    changed: list[str],
    client_ip: str,
    *,
    device_reset: bool = False,
) -> None:
    # Field names only: values may be secrets (passwords) and URLs are not needed in the log.
    detail: dict[str, object] = {"name": camera.name, "serial": camera.serial, "changed": changed}
    if device_reset:
        detail["deviceIdentityReset"] = True
    await record_audit(
        action,
        actor_id=principal.user_id,
        actor_role=str(principal.role),
        object_type="Camera",
        object_id=str(camera.id),
        district_id=project.district_id,
        project_id=project.id,
        detail=detail,
        client_ip=client_ip,
    )


async def request_removal(
    principal: Principal, camera_id: int | None, reason: str, client_ip: str = ""
) -> CameraRemoval:
    """Under construction: a pending removal for the district. Otherwise: approved at once and the camera
    is decommissioned (before construction there is nothing to supervise; after it Art. 15 applies)."""
    camera, project = await scoped_camera(principal, camera_id, Operation.MANAGE_CAMERAS)
    if camera.status == CameraStatus.DECOMMISSIONED:
        raise InputRefused(
            "CAMERA_DECOMMISSIONED", "摄像机已拆除 / The camera is already removed", "cameraId"
        )
    if await CameraRemoval.filter(camera_id=camera.id, status=RemovalStatus.PENDING).exists():
        raise InputRefused(
            "REMOVAL_PENDING", "拆除申请待审批 / A removal request is already waiting", "cameraId"
        )
    if not reason.strip() or len(reason) > 500:
        raise InputRefused("REASON_REQUIRED", "请填写拆除原因 / Give the reason (1–500 characters)", "reason")
    needs_approval = ProjectStatus(project.status) in REMOVAL_NEEDS_APPROVAL
    async with in_transaction():
        removal = await CameraRemoval.create(
            camera_id=camera.id,
            project_id=project.id,
            status=RemovalStatus.PENDING if needs_approval else RemovalStatus.APPROVED,
            reason=reason.strip(),
            requested_by_id=principal.user_id,
            decided_at=None if needs_approval else datetime.now(UTC),
            decision_note="" if needs_approval else f"no approval needed while {project.status}",
        )
        if not needs_approval:
            await _decommission(camera)
        await record_audit(
            "camera.removal_requested" if needs_approval else "camera.removed",
            actor_id=principal.user_id,
            actor_role=str(principal.role),
            object_type="Camera",
            object_id=str(camera.id),
            district_id=project.district_id,
            project_id=project.id,
            detail={"removal": removal.id, "reason": removal.reason, "projectStatus": str(project.status)},
            client_ip=client_ip,
        )
    return removal


async def _decommission(camera: Camera) -> None:
    """An approved removal: the camera leaves the gateways, and its enrolled device with it (a camera
    put back at the address is enrolled afresh, backend.cameras.identity)."""
    await Camera.filter(id=camera.id).update(
        status=CameraStatus.DECOMMISSIONED, status_changed_at=datetime.now(UTC), **RESET_IDENTITY
    )
    camera.status = CameraStatus.DECOMMISSIONED
    for field, value in RESET_IDENTITY.items():
        setattr(camera, field, value)


async def decide_removal(
    principal: Principal, removal_id: int | None, approve: bool, note: str = "", client_ip: str = ""
) -> CameraRemoval:
    removal = await CameraRemoval.get_or_none(id=removal_id) if removal_id is not None else None
    project = (
        await Project.filter(project_scope(principal), id=removal.project_id).first()
        if removal is not None
        else None
    )
    if (
        removal is None
        or project is None
        or not decide(principal, Operation.APPROVE_CAMERA_REMOVAL, project_ref(project))
    ):
        raise InputRefused("REMOVAL_NOT_FOUND", "No such removal request in your scope", "removalId")
    if removal.status != RemovalStatus.PENDING:
        raise InputRefused("NOT_PENDING", "该申请已处理 / The request was already decided")
    async with in_transaction():
        updated = await CameraRemoval.filter(id=removal.id, status=RemovalStatus.PENDING).update(
            status=RemovalStatus.APPROVED if approve else RemovalStatus.REJECTED,
            decided_by_id=principal.user_id,
            decided_at=datetime.now(UTC),
            decision_note=note[:500],
        )
        if not updated:
            raise InputRefused("NOT_PENDING", "The request was decided meanwhile")
        await removal.refresh_from_db()
        if approve:
            camera = await Camera.get(id=removal.camera_id)
            await _decommission(camera)
        await record_audit(
            "camera.removal_approved" if approve else "camera.removal_rejected",
            actor_id=principal.user_id,
            actor_role=str(principal.role),
            object_type="Camera",
            object_id=str(removal.camera_id),
            district_id=project.district_id,
            project_id=project.id,
            detail={"removal": removal.id, "note": note[:500]},
            client_ip=client_ip,
        )
    return removal
