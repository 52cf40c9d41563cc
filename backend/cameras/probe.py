"""Test connection (issue 9): the backend asks the district's gateway to probe a camera, since only the
gateway sits on the camera network. The request carries a 30-second ES256 ticket of kind "probe" signed
with the live-ticket key and bound to the request body (a gateway cannot be made to probe for anyone else)."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import jwt

from backend.audit.services import record_audit
from backend.authz.policy import Operation, Principal, decide, project_ref, project_scope
from backend.cameras.credentials import (
    BadStreamUrl,
    CredentialsKeyMissing,
    cipher_for,
    split_stream_url,
    with_credentials,
)
from backend.cameras.services import scoped_camera
from backend.graphql_core.input_errors import InputRefused
from backend.media.services import NoGatewayAvailable, pick_gateway, ticket_keys
from backend.media.tickets import TICKET_AUDIENCE, TICKET_ISSUER
from backend.projects.models import Project
from backend.settings import Settings

PROBE_TICKET_TTL = timedelta(seconds=30)
PROBE_TIMEOUT_SECONDS = 20.0
HD_MIN_HEIGHT = 720


class CameraProbeFailed(InputRefused):
    pass


@dataclass
class ProbeRequest:
    project_id: int | None = None
    camera_id: int | None = None
    main_stream_url: str | None = None
    rtsp_username: str | None = None
    rtsp_password: str | None = None
    onvif_endpoint: str | None = None
    onvif_username: str | None = None
    onvif_password: str | None = None


@dataclass(frozen=True)
class ProbeWarning:
    code: str
    message: str


@dataclass
class ProbeOutcome:
    codec: str
    profile: str
    width: int
    height: int
    fps: float | None
    b_frames: bool | None
    snapshot_data_url: str | None
    onvif_checked: bool
    ptz_supported: bool | None
    presets: list[str]
    gateway_id: str
    warnings: list[ProbeWarning] = field(default_factory=list)


def mint_probe_ticket(private_pem: bytes, gateway_id: str, user_id: int, body: bytes) -> str:
    now = datetime.now(UTC)
    return jwt.encode(
        {
            "iss": TICKET_ISSUER,
            "aud": TICKET_AUDIENCE,
            "kind": "probe",
            "gw": gateway_id,
            "sub": str(user_id),
            "body": hashlib.sha256(body).hexdigest(),
            "iat": now,
            "exp": now + PROBE_TICKET_TTL,
            "jti": uuid.uuid4().hex,
        },
        private_pem,
        algorithm="ES256",
    )


def _stored_secret(settings: Settings, encrypted: str) -> str:
    """A saved camera's password; a server without (or with another) credentials key cannot read it."""
    if not encrypted:
        return ""
    try:
        return cipher_for(settings).decrypt(encrypted)
    except CredentialsKeyMissing as exc:
        raise InputRefused(
            "CREDENTIALS_UNAVAILABLE",
            "服务器无法读取已保存的摄像机密码 / The server cannot read the saved camera password "
            f"({exc}); enter it in the form to test",
            "input.cameraId",
        ) from exc


async def _target(
    settings: Settings, principal: Principal, request: ProbeRequest
) -> tuple[Project, str, str]:
    """The project (for its district's gateway), the usable RTSP URL and the usable ONVIF endpoint."""
    stored_user = stored_password = onvif_user = onvif_password = ""
    stored_url = stored_onvif = ""
    if request.camera_id is not None:
        camera, project = await scoped_camera(
            principal, request.camera_id, Operation.MANAGE_CAMERAS, "input.cameraId"
        )
        stored_url, stored_user = camera.main_stream_url, camera.rtsp_username
        stored_password = _stored_secret(settings, camera.rtsp_password_encrypted)
        stored_onvif, onvif_user = camera.onvif_endpoint, camera.onvif_username
        onvif_password = _stored_secret(settings, camera.onvif_password_encrypted)
    else:
        found = (
            await Project.filter(project_scope(principal), id=request.project_id).first()
            if request.project_id is not None
            else None
        )
        if found is None or not decide(principal, Operation.MANAGE_CAMERAS, project_ref(found)):
            raise InputRefused("PROJECT_NOT_FOUND", "No such project in your scope", "input.projectId")
        project = found
    raw_url = request.main_stream_url if request.main_stream_url is not None else stored_url
    try:
        rtsp = split_stream_url(raw_url)
    except BadStreamUrl as exc:
        raise InputRefused(
            "INVALID_STREAM_URL", f"主码流地址无效 / Main stream URL: {exc}", "input.mainStreamUrl"
        ) from exc
    user = request.rtsp_username if request.rtsp_username is not None else (rtsp.username or stored_user)
    password = (
        request.rtsp_password if request.rtsp_password is not None else (rtsp.password or stored_password)
    )
    onvif_url = ""
    raw_onvif = request.onvif_endpoint if request.onvif_endpoint is not None else stored_onvif
    if raw_onvif.strip():
        try:
            onvif = split_stream_url(raw_onvif, ("http", "https"))
        except BadStreamUrl as exc:
            raise InputRefused(
                "INVALID_ONVIF_ENDPOINT", f"ONVIF 地址无效 / ONVIF endpoint: {exc}", "input.onvifEndpoint"
            ) from exc
        o_user = (
            request.onvif_username if request.onvif_username is not None else (onvif.username or onvif_user)
        )
        o_password = (
            request.onvif_password
            if request.onvif_password is not None
            else (onvif.password or onvif_password)
        )
        onvif_url = with_credentials(onvif.url, o_user, o_password)
    return project, with_credentials(rtsp.url, user, password), onvif_url


async def test_connection(settings: Settings, principal: Principal, request: ProbeRequest) -> ProbeOutcome:
    project, rtsp_url, onvif_url = await _target(settings, principal, request)
    try:
        gateway = await pick_gateway(project.district_id)
    except NoGatewayAvailable as exc:
        raise InputRefused(
            "GATEWAY_UNAVAILABLE", "本区没有在线的媒体网关 / No media gateway serves this district now"
        ) from exc
    body = json.dumps({"rtspUrl": rtsp_url, "onvifEndpoint": onvif_url or None}).encode()
    private_pem, _ = ticket_keys(settings)
    ticket = mint_probe_ticket(private_pem, gateway.gateway_id, principal.user_id, body)
    try:
        async with httpx.AsyncClient(timeout=PROBE_TIMEOUT_SECONDS, trust_env=False) as client:
            response = await client.post(
                f"{gateway.public_url}/probe",
                content=body,
                headers={"Authorization": f"Bearer {ticket}", "Content-Type": "application/json"},
            )
    except httpx.HTTPError as exc:
        raise InputRefused(
            "GATEWAY_UNAVAILABLE", f"媒体网关无应答 / The gateway did not answer ({type(exc).__name__})"
        ) from exc
    answer: dict[str, Any] = (
        response.json() if response.headers.get("content-type", "").startswith("application/json") else {}
    )
    await record_audit(
        "camera.connection_tested",
        actor_id=principal.user_id,
        actor_role=str(principal.role),
        object_type="Camera" if request.camera_id else "Project",
        object_id=str(request.camera_id or project.id),
        district_id=project.district_id,
        project_id=project.id,
        detail={
            "gateway": gateway.gateway_id,
            "ok": response.status_code == 200,
            "error": answer.get("error"),
        },
    )
    if response.status_code != 200:
        code = str(answer.get("error") or "")
        mapping = {
            "camera-unreachable": "CAMERA_UNREACHABLE",
            "camera-auth-failed": "CAMERA_AUTH_FAILED",
            "no-video": "NO_VIDEO",
        }
        if code in mapping:
            raise CameraProbeFailed(mapping[code], str(answer.get("message") or code), "input.mainStreamUrl")
        raise InputRefused(
            "GATEWAY_UNAVAILABLE",
            f"媒体网关拒绝了测试 / The gateway refused the probe ({code or response.status_code})",
        )
    return _outcome(answer, gateway.gateway_id)


def _outcome(answer: dict[str, Any], gateway_id: str) -> ProbeOutcome:
    video = answer.get("video") or {}
    onvif: dict[str, Any] | None = answer.get("onvif")
    height = int(video.get("height") or 0)
    width = int(video.get("width") or 0)
    warnings: list[ProbeWarning] = []
    if height < HD_MIN_HEIGHT:
        warnings.append(
            ProbeWarning(
                "BELOW_720P",
                f"第九条要求高清彩色摄像机：当前分辨率 {width}×{height} 低于 720p / Art. 9 wants HD colour cameras: "
                f"{width}×{height} is below 720p",
            )
        )
    if video.get("bFrames"):
        warnings.append(
            ProbeWarning(
                "B_FRAMES",
                "码流含 B 帧，网关将转码后转发 / The stream has B-frames: the gateway transcodes it",
            )
        )
    onvif_checked = onvif is not None
    onvif_failed = onvif is not None and bool(onvif.get("error"))
    if onvif is not None and onvif_failed:
        warnings.append(
            ProbeWarning("ONVIF_FAILED", f"ONVIF 查询失败 / ONVIF query failed: {onvif.get('message', '')}")
        )
    jpeg = video.get("snapshotJpegBase64")
    fps = video.get("fps")
    return ProbeOutcome(
        codec=str(video.get("codec") or ""),
        profile=str(video.get("profile") or ""),
        width=width,
        height=height,
        fps=float(fps) if fps else None,
        b_frames=video.get("bFrames"),
        snapshot_data_url=f"data:image/jpeg;base64,{jpeg}" if jpeg else None,
        onvif_checked=onvif_checked,
        ptz_supported=bool(onvif.get("ptz")) if onvif is not None and not onvif_failed else None,
        presets=[str(p) for p in (onvif or {}).get("presets") or []],
        gateway_id=gateway_id,
        warnings=warnings,
    )
