"""``POST /probe``: "test connection" for the backend's camera form (issue 9).

The gateway is the one on the camera network, so it probes: RTSP DESCRIBE and the first keyframe
(codec, profile, resolution, frame rate, B-frames, a JPEG snapshot), and ONVIF GetCapabilities
(PTZ yes/no, presets). The request carries a short ES256 ticket of kind "probe" from the backend,
pinned to this gateway and bound to the request body's SHA-256, so nobody else can use the gateway
to scan a network. The URLs carry credentials: they are never logged."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import logging
import time
from fractions import Fraction
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import av
import jwt
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from backend.control.drivers.onvif import onvif_library  # imported once, off the event loop
from media_gateway.h264 import BASELINE_PROFILE, decode_keyframe, has_b_slices, parameter_sets, sps_of
from media_gateway.tickets import TICKET_ALGORITHMS, TICKET_AUDIENCE, TICKET_ISSUER, TicketVerifier

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 16 * 1024
RTSP_PROBE_OPTIONS = {"rtsp_transport": "tcp", "analyzeduration": "1000000", "probesize": "1000000"}
OPEN_TIMEOUT_SECONDS = 6.0
KEYFRAME_TIMEOUT_SECONDS = 8.0
REORDER_SCAN_PACKETS = 60
ONVIF_TIMEOUT_SECONDS = 6.0


class ProbeFailed(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": code, "message": message}, status_code=status)


def verify_probe_ticket(verifier: TicketVerifier, token: str, body: bytes) -> None:
    try:
        claims = jwt.decode(
            token,
            verifier.public_key,
            algorithms=TICKET_ALGORITHMS,
            audience=TICKET_AUDIENCE,
            issuer=TICKET_ISSUER,
            leeway=5,
            options={"require": ["exp", "iat", "iss", "aud", "sub", "gw", "kind", "body"]},
        )
    except jwt.ExpiredSignatureError as exc:
        raise ProbeFailed("ticket-expired", "the probe ticket has expired") from exc
    except jwt.InvalidTokenError as exc:
        raise ProbeFailed("ticket-invalid", f"the probe ticket is not valid: {exc}") from exc
    if claims["kind"] != "probe":
        raise ProbeFailed("ticket-invalid", "not a probe ticket")
    if claims["gw"] != verifier.gateway_id:
        raise ProbeFailed("ticket-foreign-gateway", "the ticket was issued for another gateway")
    if claims["body"] != hashlib.sha256(body).hexdigest():
        raise ProbeFailed("ticket-invalid", "the ticket was issued for another request")


def _fps(stream: Any) -> float | None:
    for rate in (stream.average_rate, stream.guessed_rate, stream.base_rate):
        if rate:
            value = float(Fraction(rate))
            if 0 < value < 1000:
                return round(value, 2)
    return None


def probe_rtsp(url: str) -> dict[str, Any]:
    """Blocking (run in a thread): open, read up to the first keyframe, describe it."""
    try:
        container = av.open(
            url, options=RTSP_PROBE_OPTIONS, timeout=(OPEN_TIMEOUT_SECONDS, KEYFRAME_TIMEOUT_SECONDS)
        )
    except av.error.HTTPUnauthorizedError as exc:
        raise ProbeFailed("camera-auth-failed", "the camera refused the user name or password (401)") from exc
    except Exception as exc:
        text = str(exc)
        if "401" in text or "Unauthorized" in text:
            raise ProbeFailed(
                "camera-auth-failed", "the camera refused the user name or password (401)"
            ) from exc
        raise ProbeFailed(
            "camera-unreachable", f"the camera did not answer RTSP ({type(exc).__name__})"
        ) from exc
    try:
        video = next((s for s in container.streams if s.type == "video"), None)
        if video is None:
            raise ProbeFailed("no-video", "the stream has no video")
        context = video.codec_context
        extradata = context.extradata or b""
        keyframe: bytes | None = None
        after_keyframe: list[bytes] = []
        deadline = time.monotonic() + KEYFRAME_TIMEOUT_SECONDS
        for packet in container.demux(video):
            if time.monotonic() > deadline:
                break
            if packet.size == 0:
                continue
            if keyframe is None:
                if packet.is_keyframe:
                    keyframe = bytes(packet)
                continue
            after_keyframe.append(bytes(packet))
            if len(after_keyframe) >= REORDER_SCAN_PACKETS:
                break
        if keyframe is None:
            raise ProbeFailed("no-video", "no keyframe arrived within 8 s")
        result: dict[str, Any] = {
            "codec": context.name,
            "profile": str(video.profile or context.profile or ""),
            "width": getattr(context, "width", 0),
            "height": getattr(context, "height", 0),
            "fps": _fps(video),
            "bFrames": None,
            "snapshotJpegBase64": None,
        }
        if context.name == "h264":
            if extradata and not sps_of(keyframe):
                keyframe = parameter_sets(extradata) + keyframe
            sps = sps_of(keyframe) or (sps_of(extradata) if extradata else None)
            if sps is not None and sps.profile_idc == BASELINE_PROFILE:
                result["bFrames"] = False
            elif sps is not None and sps.max_num_reorder_frames is not None:
                result["bFrames"] = sps.max_num_reorder_frames > 0
            elif after_keyframe:
                result["bFrames"] = any(has_b_slices(unit) for unit in after_keyframe)
            try:
                decoded = decode_keyframe(keyframe)
                result["width"], result["height"] = decoded.width, decoded.height
                result["snapshotJpegBase64"] = base64.b64encode(decoded.jpeg).decode()
            except (ValueError, av.error.FFmpegError):
                logger.info("probe: the keyframe did not decode")
        return result
    finally:
        container.close()


async def probe_onvif(endpoint: str) -> dict[str, Any]:
    """GetCapabilities, then the presets of the first (or hinted) profile when the device has PTZ."""
    ONVIFCamera = (await onvif_library()).ONVIFCamera

    parts = urlsplit(endpoint)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    hints = parse_qs(parts.query).get("profile")
    camera = ONVIFCamera(
        host if parts.scheme == "http" else f"{parts.scheme}://{host}",
        port,
        unquote(parts.username or ""),
        unquote(parts.password or ""),
        no_cache=True,
    )
    try:
        await asyncio.wait_for(camera.update_xaddrs(), ONVIF_TIMEOUT_SECONDS)
        device = await camera.create_devicemgmt_service()
        capabilities = await asyncio.wait_for(
            device.GetCapabilities({"Category": "All"}), ONVIF_TIMEOUT_SECONDS
        )
        ptz_caps = getattr(capabilities, "PTZ", None)
        has_ptz = bool(ptz_caps is not None and getattr(ptz_caps, "XAddr", None))
        presets: list[str] = []
        if has_ptz:
            media = await camera.create_media_service()
            profiles = await asyncio.wait_for(media.GetProfiles(), ONVIF_TIMEOUT_SECONDS)
            tokens = [profile.token for profile in profiles]
            token = hints[0] if hints and hints[0] in tokens else (tokens[0] if tokens else None)
            if token is not None:
                ptz = await camera.create_ptz_service()
                found = await asyncio.wait_for(ptz.GetPresets({"ProfileToken": token}), ONVIF_TIMEOUT_SECONDS)
                presets = [str(getattr(p, "Name", None) or p.token) for p in found or []]
        return {"ptz": has_ptz, "presets": presets}
    except Exception as exc:  # a device that fails ONVIF still has a usable stream: report, do not fail
        message = "not authorized" if "NotAuthorized" in str(exc) else type(exc).__name__
        return {"error": "onvif-failed", "message": message}
    finally:
        await camera.close()


async def probe(request: Request) -> Response:
    verifier: TicketVerifier = request.app.state.gateway.verifier
    body = await request.body()
    if len(body) > MAX_BODY_BYTES:
        return _error(413, "request-too-large", "probe request too large")
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return _error(401, "ticket-missing", "send the probe ticket as 'Authorization: Bearer <ticket>'")
    try:
        verify_probe_ticket(verifier, token.strip(), body)
    except ProbeFailed as failure:
        return _error(403 if failure.code == "ticket-foreign-gateway" else 401, failure.code, failure.message)
    try:
        payload = json.loads(body)
        rtsp_url = str(payload["rtspUrl"])
        onvif_endpoint = payload.get("onvifEndpoint")
    except (ValueError, KeyError, TypeError):
        return _error(400, "bad-request", "rtspUrl required")
    if not rtsp_url.lower().startswith(("rtsp://", "rtsps://")):
        return _error(400, "bad-request", "rtspUrl must be an rtsp:// URL")
    try:
        video = await asyncio.to_thread(probe_rtsp, rtsp_url)
    except ProbeFailed as failure:
        return _error(422, failure.code, failure.message)
    onvif = await probe_onvif(str(onvif_endpoint)) if onvif_endpoint else None
    return JSONResponse({"video": video, "onvif": onvif}, headers={"Cache-Control": "no-store"})
