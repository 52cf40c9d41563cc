"""The ONVIF subset of the simulated camera (SOAP 1.2 over the control port), standard library only:
it runs inside the GStreamer worker under Debian's /usr/bin/python3.

Device (``/onvif/device_service``): GetServices, GetCapabilities, GetSystemDateAndTime, GetDeviceInformation
(per camera: ``/onvif/device_service?profile=<camera>`` answers that camera's identity, serial ``SIM-<camera>``
until ``POST /cameras/<camera>/device`` swaps it).
Media ver10 (``/onvif/media_service``): GetProfiles, GetProfile, GetStreamUri.
PTZ ver20 (``/onvif/ptz_service``): ContinuousMove, Stop, AbsoluteMove, RelativeMove, GetStatus, GetPresets,
GotoPreset, SetPreset, RemovePreset.

One device serves every simulated camera, like a multi-channel encoder: each camera is a media profile
(token ``<camera>`` for the main stream, ``<camera>_sub`` for the sub stream), and PTZ on either profile moves
that camera. Coordinates are ONVIF's generic spaces, mapped onto the viewport:
pan −1..1 = viewport pan, tilt −1..1 = −viewport tilt (ONVIF tilts up for positive values),
zoom 0..1 = viewport zoom 1..8; velocity 1 = ``PAN_SPEED``/``TILT_SPEED`` viewport units per second,
zoom velocity 1 = the whole zoom range in ``1 / ZOOM_SPEED`` seconds.
With ``user``/``password`` set, requests must carry a WS-Security UsernameToken (digest or text).
"""

from __future__ import annotations

import base64
import hashlib
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol
from urllib.parse import parse_qs
from xml.etree import ElementTree as ET  # requests come from the local control port only
from xml.sax.saxutils import escape, quoteattr

SOAP = "http://www.w3.org/2003/05/soap-envelope"
TT = "http://www.onvif.org/ver10/schema"
TDS = "http://www.onvif.org/ver10/device/wsdl"
TRT = "http://www.onvif.org/ver10/media/wsdl"
TPTZ = "http://www.onvif.org/ver20/ptz/wsdl"
WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"
TER = "http://www.onvif.org/ver10/error"
PANTILT_SPACE = "http://www.onvif.org/ver10/tptz/PanTiltSpaces/PositionGenericSpace"
ZOOM_SPACE = "http://www.onvif.org/ver10/tptz/ZoomSpaces/PositionGenericSpace"

MIN_ZOOM, MAX_ZOOM = 1.0, 8.0
PAN_SPEED = 0.5  # viewport pan units per second at velocity 1 (the whole width in 4 s)
TILT_SPEED = 0.5
ZOOM_SPEED = 0.25  # ONVIF zoom range per second at velocity 1


def device_information(name: str) -> dict[str, str]:
    """A simulated camera's identity until the control API swaps it: the serial follows its name."""
    return {
        "Manufacturer": "SiteWatch",
        "Model": "simcam",
        "FirmwareVersion": "1.0",
        "SerialNumber": f"SIM-{name}",
        "HardwareId": "simcam",
    }


def encoder_information(rtsp_port: int) -> dict[str, str]:
    """What the encoder serving several simulated cameras says of itself (no camera named)."""
    return {**device_information("encoder"), "SerialNumber": f"SIM-ENCODER-{rtsp_port}"}


def zoom_to_onvif(zoom: float) -> float:
    return (zoom - MIN_ZOOM) / (MAX_ZOOM - MIN_ZOOM)


def zoom_from_onvif(value: float) -> float:
    return MIN_ZOOM + max(0.0, min(1.0, value)) * (MAX_ZOOM - MIN_ZOOM)


class Head(Protocol):
    """What the worker's simulated camera offers (viewport coordinates)."""

    name: str

    def snapshot(self) -> dict[str, Any]: ...

    def set_absolute(self, pan: float | None, tilt: float | None, zoom: float | None) -> None: ...

    def set_relative(self, pan: float, tilt: float, zoom: float) -> None: ...

    def set_continuous(self, pan: float, tilt: float, zoom: float, timeout: float | None) -> None: ...

    def stop(self) -> None: ...

    def device_information(self) -> dict[str, str]:
        """GetDeviceInformation of this camera: Manufacturer, Model, FirmwareVersion, SerialNumber, HardwareId."""
        ...


class Fault(Exception):
    def __init__(self, code: str, subcode: str, reason: str, status: int = 400) -> None:
        super().__init__(reason)
        self.code, self.subcode, self.reason, self.status = code, subcode, reason, status


_DURATION = re.compile(r"^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


def parse_duration(text: str | None) -> float | None:
    if not text:
        return None
    match = _DURATION.match(text.strip())
    if not match:
        raise Fault("Sender", "ter:InvalidArgVal", f"bad duration {text!r}")
    days, hours, minutes, seconds = match.groups()
    return int(days or 0) * 86400 + int(hours or 0) * 3600 + int(minutes or 0) * 60 + float(seconds or 0)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element: ET.Element | None, name: str) -> ET.Element | None:
    if element is None:
        return None
    return next((c for c in element if _local(c.tag) == name), None)


def _text(element: ET.Element | None, name: str) -> str | None:
    found = _child(element, name)
    return found.text.strip() if found is not None and found.text else None


def _float_attr(element: ET.Element | None, name: str) -> float | None:
    if element is None or element.get(name) is None:
        return None
    try:
        return float(element.get(name, ""))
    except ValueError as exc:
        raise Fault("Sender", "ter:InvalidArgVal", f"{name} is not a number") from exc


def _vector(element: ET.Element | None) -> tuple[float | None, float | None, float | None]:
    pan_tilt, zoom = _child(element, "PanTilt"), _child(element, "Zoom")
    return _float_attr(pan_tilt, "x"), _float_attr(pan_tilt, "y"), _float_attr(zoom, "x")


@dataclass
class OnvifDevice:
    heads: dict[str, Head]
    rtsp_port: int
    user: str | None = None
    password: str | None = None
    presets: dict[str, dict[str, tuple[str, float, float, float]]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        for name in self.heads:
            # viewport coordinates: (name, pan, tilt, zoom)
            self.presets.setdefault(name, {"1": ("home", 0.0, 0.0, 1.5), "2": ("overview", 0.0, 0.0, 1.0)})

    # -- transport -----------------------------------------------------------------------------------------
    def handle(self, path: str, body: bytes, host: str) -> tuple[int, bytes]:
        """Answer one SOAP request: (HTTP status, SOAP envelope)."""
        try:
            try:
                envelope = ET.fromstring(body)  # noqa: S314
            except ET.ParseError as exc:
                raise Fault("Sender", "ter:WellFormed", "malformed XML") from exc
            header, request = _child(envelope, "Header"), None
            soap_body = _child(envelope, "Body")
            if soap_body is not None and len(soap_body):
                request = soap_body[0]
            if request is None:
                raise Fault("Sender", "ter:InvalidArgVal", "empty SOAP body")
            operation = _local(request.tag)
            if operation not in ("GetSystemDateAndTime",):
                self._authenticate(header)
            service_path, _, query = path.partition("?")
            if operation == "GetDeviceInformation" and service_path.rstrip("/").endswith("/device_service"):
                return 200, _envelope(self._get_information(parse_qs(query).get("profile", [""])[0]))
            handler = self._handlers(service_path).get(operation)
            if handler is None:
                raise Fault("Receiver", "ter:ActionNotSupported", f"{operation} is not supported here")
            return 200, _envelope(handler(request, host))
        except Fault as fault:
            return fault.status, _fault(fault)

    def _handlers(self, path: str) -> dict[str, Callable[[ET.Element, str], str]]:
        service = path.rstrip("/").rsplit("/", 1)[-1]
        if service == "device_service":
            return {
                "GetServices": self._get_services,
                "GetCapabilities": self._get_capabilities,
                "GetSystemDateAndTime": self._get_date,
            }
        if service == "media_service":
            return {
                "GetProfiles": self._get_profiles,
                "GetProfile": self._get_profile,
                "GetStreamUri": self._stream_uri,
            }
        if service == "ptz_service":
            return {
                "ContinuousMove": self._continuous,
                "Stop": self._stop,
                "AbsoluteMove": self._absolute,
                "RelativeMove": self._relative,
                "GetStatus": self._status,
                "GetPresets": self._get_presets,
                "GotoPreset": self._goto_preset,
                "SetPreset": self._set_preset,
                "RemovePreset": self._remove_preset,
            }
        return {}

    def _authenticate(self, header: ET.Element | None) -> None:
        if not self.user:
            return
        security = _child(header, "Security")
        token = _child(security, "UsernameToken")
        username = _text(token, "Username")
        password_element = _child(token, "Password")
        if token is None or username != self.user or password_element is None:
            raise Fault("Sender", "ter:NotAuthorized", "Sender not authorized")
        supplied = (password_element.text or "").strip()
        if password_element.get("Type", "").endswith("#PasswordDigest"):
            nonce = base64.b64decode(_text(token, "Nonce") or "")
            created = (_text(token, "Created") or "").encode()
            expected = base64.b64encode(
                hashlib.sha1(nonce + created + (self.password or "").encode()).digest()  # noqa: S324 - WS-Security
            ).decode()
        else:
            expected = self.password or ""
        if supplied != expected:
            raise Fault("Sender", "ter:NotAuthorized", "Sender not authorized")

    # -- device --------------------------------------------------------------------------------------------
    @staticmethod
    def _xaddr(host: str, service: str) -> str:
        return f"http://{host}/onvif/{service}"

    def _get_services(self, request: ET.Element, host: str) -> str:
        services = [(TDS, "device_service"), (TRT, "media_service"), (TPTZ, "ptz_service")]
        items = "".join(
            f"<tds:Service><tds:Namespace>{ns}</tds:Namespace><tds:XAddr>{self._xaddr(host, path)}</tds:XAddr>"
            "<tds:Version><tt:Major>2</tt:Major><tt:Minor>60</tt:Minor></tds:Version></tds:Service>"
            for ns, path in services
        )
        return f"<tds:GetServicesResponse>{items}</tds:GetServicesResponse>"

    def _get_capabilities(self, request: ET.Element, host: str) -> str:
        return (
            "<tds:GetCapabilitiesResponse><tds:Capabilities>"
            f"<tt:Device><tt:XAddr>{self._xaddr(host, 'device_service')}</tt:XAddr></tt:Device>"
            f"<tt:Media><tt:XAddr>{self._xaddr(host, 'media_service')}</tt:XAddr>"
            "<tt:StreamingCapabilities><tt:RTPMulticast>false</tt:RTPMulticast><tt:RTP_TCP>true</tt:RTP_TCP>"
            "<tt:RTP_RTSP_TCP>true</tt:RTP_RTSP_TCP></tt:StreamingCapabilities></tt:Media>"
            f"<tt:PTZ><tt:XAddr>{self._xaddr(host, 'ptz_service')}</tt:XAddr></tt:PTZ>"
            "</tds:Capabilities></tds:GetCapabilitiesResponse>"
        )

    def _get_date(self, request: ET.Element, host: str) -> str:
        now = datetime.now(UTC)
        return (
            "<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime>"
            "<tt:DateTimeType>Manual</tt:DateTimeType><tt:DaylightSavings>false</tt:DaylightSavings>"
            f"<tt:UTCDateTime><tt:Time><tt:Hour>{now.hour}</tt:Hour><tt:Minute>{now.minute}</tt:Minute>"
            f"<tt:Second>{now.second}</tt:Second></tt:Time><tt:Date><tt:Year>{now.year}</tt:Year>"
            f"<tt:Month>{now.month}</tt:Month><tt:Day>{now.day}</tt:Day></tt:Date></tt:UTCDateTime>"
            "</tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>"
        )

    def _get_information(self, profile: str) -> str:
        """Each simulated camera is a device of its own, told by the endpoint's ``?profile=`` (as the
        cameras' ONVIF endpoints carry it); without one a single camera answers, several answer as the
        encoder that serves them."""
        camera = next((name for token, name, _ in self._profiles() if token == profile), None)
        if camera is None and len(self.heads) == 1:
            camera = next(iter(self.heads))
        info = self.heads[camera].device_information() if camera else encoder_information(self.rtsp_port)
        items = "".join(
            f"<tds:{name}>{escape(info.get(name, ''))}</tds:{name}>"
            for name in ("Manufacturer", "Model", "FirmwareVersion", "SerialNumber", "HardwareId")
        )
        return f"<tds:GetDeviceInformationResponse>{items}</tds:GetDeviceInformationResponse>"

    # -- media ---------------------------------------------------------------------------------------------
    def _profiles(self) -> Iterable[tuple[str, str, str]]:
        for name in self.heads:
            yield name, name, "main"
            yield f"{name}_sub", name, "sub"

    def _head(self, token: str | None) -> tuple[Head, str]:
        for profile, camera, stream in self._profiles():
            if profile == token:
                return self.heads[camera], stream
        raise Fault("Sender", "ter:NoProfile", f"no profile {token!r}")

    @staticmethod
    def _profile_xml(tag: str, token: str, camera: str, stream: str) -> str:
        width, height = (1280, 720) if stream == "main" else (640, 360)
        return (
            f'<{tag} token={quoteattr(token)} fixed="true"><tt:Name>{escape(token)}</tt:Name>'
            f"<tt:VideoSourceConfiguration token={quoteattr(camera + '_src')}><tt:Name>{escape(camera)}</tt:Name>"
            f"<tt:UseCount>2</tt:UseCount><tt:SourceToken>{escape(camera)}</tt:SourceToken>"
            f'<tt:Bounds x="0" y="0" width="{width}" height="{height}"/></tt:VideoSourceConfiguration>'
            f"<tt:VideoEncoderConfiguration token={quoteattr(token + '_enc')}><tt:Name>{escape(token)}</tt:Name>"
            "<tt:UseCount>1</tt:UseCount><tt:Encoding>H264</tt:Encoding>"
            f"<tt:Resolution><tt:Width>{width}</tt:Width><tt:Height>{height}</tt:Height></tt:Resolution>"
            "<tt:Quality>5</tt:Quality></tt:VideoEncoderConfiguration>"
            f"<tt:PTZConfiguration token={quoteattr(camera + '_ptz')}><tt:Name>{escape(camera)}</tt:Name>"
            f"<tt:UseCount>2</tt:UseCount><tt:NodeToken>{escape(camera)}</tt:NodeToken>"
            f"<tt:DefaultAbsolutePantTiltPositionSpace>{PANTILT_SPACE}</tt:DefaultAbsolutePantTiltPositionSpace>"
            f"<tt:DefaultAbsoluteZoomPositionSpace>{ZOOM_SPACE}</tt:DefaultAbsoluteZoomPositionSpace>"
            "<tt:DefaultPTZTimeout>PT5S</tt:DefaultPTZTimeout></tt:PTZConfiguration>"
            f"</{tag}>"
        )

    def _get_profiles(self, request: ET.Element, host: str) -> str:
        items = "".join(self._profile_xml("trt:Profiles", t, c, s) for t, c, s in self._profiles())
        return f"<trt:GetProfilesResponse>{items}</trt:GetProfilesResponse>"

    def _get_profile(self, request: ET.Element, host: str) -> str:
        token = _text(request, "ProfileToken")
        head, stream = self._head(token)
        return f"<trt:GetProfileResponse>{self._profile_xml('trt:Profile', token or '', head.name, stream)}</trt:GetProfileResponse>"

    def _stream_uri(self, request: ET.Element, host: str) -> str:
        head, stream = self._head(_text(request, "ProfileToken"))
        hostname = host.rsplit(":", 1)[0]
        uri = f"rtsp://{hostname}:{self.rtsp_port}/{head.name}/{stream}"
        return (
            "<trt:GetStreamUriResponse><trt:MediaUri>"
            f"<tt:Uri>{escape(uri)}</tt:Uri><tt:InvalidAfterConnect>false</tt:InvalidAfterConnect>"
            "<tt:InvalidAfterReboot>false</tt:InvalidAfterReboot><tt:Timeout>PT0S</tt:Timeout>"
            "</trt:MediaUri></trt:GetStreamUriResponse>"
        )

    # -- PTZ -----------------------------------------------------------------------------------------------
    def _ptz_head(self, request: ET.Element) -> Head:
        return self._head(_text(request, "ProfileToken"))[0]

    def _continuous(self, request: ET.Element, host: str) -> str:
        head = self._ptz_head(request)
        pan, tilt, zoom = _vector(_child(request, "Velocity"))
        timeout = parse_duration(_text(request, "Timeout"))
        head.set_continuous(
            _unit(pan) * PAN_SPEED,
            -_unit(tilt) * TILT_SPEED,
            _unit(zoom) * ZOOM_SPEED * (MAX_ZOOM - MIN_ZOOM),
            timeout,
        )
        return "<tptz:ContinuousMoveResponse/>"

    def _stop(self, request: ET.Element, host: str) -> str:
        self._ptz_head(request).stop()
        return "<tptz:StopResponse/>"

    def _absolute(self, request: ET.Element, host: str) -> str:
        head = self._ptz_head(request)
        pan, tilt, zoom = _vector(_child(request, "Position"))
        head.set_absolute(
            pan, None if tilt is None else -tilt, None if zoom is None else zoom_from_onvif(zoom)
        )
        return "<tptz:AbsoluteMoveResponse/>"

    def _relative(self, request: ET.Element, host: str) -> str:
        head = self._ptz_head(request)
        pan, tilt, zoom = _vector(_child(request, "Translation"))
        head.set_relative(pan or 0.0, -(tilt or 0.0), (zoom or 0.0) * (MAX_ZOOM - MIN_ZOOM))
        return "<tptz:RelativeMoveResponse/>"

    def _status(self, request: ET.Element, host: str) -> str:
        state = self._ptz_head(request).snapshot()
        moving = "MOVING" if state["moving"] else "IDLE"
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return (
            "<tptz:GetStatusResponse><tptz:PTZStatus>"
            f"{_position(state['pan'], -state['tilt'], zoom_to_onvif(state['zoom']))}"
            f"<tt:MoveStatus><tt:PanTilt>{moving}</tt:PanTilt><tt:Zoom>{moving}</tt:Zoom></tt:MoveStatus>"
            f"<tt:UtcTime>{now}</tt:UtcTime></tptz:PTZStatus></tptz:GetStatusResponse>"
        )

    def _get_presets(self, request: ET.Element, host: str) -> str:
        head = self._ptz_head(request)
        with self.lock:
            presets = sorted(self.presets[head.name].items(), key=lambda item: int(item[0]))
        items = "".join(
            f"<tptz:Preset token={quoteattr(token)}><tt:Name>{escape(name)}</tt:Name>"
            f"{_position(pan, -tilt, zoom_to_onvif(zoom))}</tptz:Preset>"
            for token, (name, pan, tilt, zoom) in presets
        )
        return f"<tptz:GetPresetsResponse>{items}</tptz:GetPresetsResponse>"

    def _goto_preset(self, request: ET.Element, host: str) -> str:
        head = self._ptz_head(request)
        token = _text(request, "PresetToken")
        with self.lock:
            preset = self.presets[head.name].get(token or "")
        if preset is None:
            raise Fault("Sender", "ter:NoToken", f"no preset {token!r}")
        _, pan, tilt, zoom = preset
        head.set_absolute(pan, tilt, zoom)
        return "<tptz:GotoPresetResponse/>"

    def _set_preset(self, request: ET.Element, host: str) -> str:
        head = self._ptz_head(request)
        name = _text(request, "PresetName") or ""
        token = _text(request, "PresetToken")
        state = head.snapshot()
        with self.lock:
            presets = self.presets[head.name]
            if token is not None and token not in presets:
                raise Fault("Sender", "ter:NoToken", f"no preset {token!r}")
            if token is None:
                token = next((t for t, p in presets.items() if p[0] == name and name), None)
            if token is None:
                if len(presets) >= 32:
                    raise Fault("Receiver", "ter:TooManyPresets", "preset limit reached")
                token = str(max((int(t) for t in presets), default=0) + 1)
            presets[token] = (name or f"preset {token}", state["pan"], state["tilt"], state["zoom"])
        return f"<tptz:SetPresetResponse><tptz:PresetToken>{escape(token)}</tptz:PresetToken></tptz:SetPresetResponse>"

    def _remove_preset(self, request: ET.Element, host: str) -> str:
        head = self._ptz_head(request)
        token = _text(request, "PresetToken") or ""
        with self.lock:
            if self.presets[head.name].pop(token, None) is None:
                raise Fault("Sender", "ter:NoToken", f"no preset {token!r}")
        return "<tptz:RemovePresetResponse/>"


def _unit(value: float | None) -> float:
    return max(-1.0, min(1.0, value or 0.0))


def _position(pan: float, tilt: float, zoom: float) -> str:
    return (
        f'<tt:Position><tt:PanTilt x="{pan:.4f}" y="{tilt:.4f}" space="{PANTILT_SPACE}"/>'
        f'<tt:Zoom x="{zoom:.4f}" space="{ZOOM_SPACE}"/></tt:Position>'
    )


def _envelope(body: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<s:Envelope xmlns:s="{SOAP}" xmlns:tt="{TT}" xmlns:tds="{TDS}" xmlns:trt="{TRT}" xmlns:tptz="{TPTZ}" '
        f'xmlns:ter="{TER}"><s:Body>{body}</s:Body></s:Envelope>'
    ).encode()


def _fault(fault: Fault) -> bytes:
    return _envelope(
        f"<s:Fault><s:Code><s:Value>s:{fault.code}</s:Value><s:Subcode><s:Value>{fault.subcode}</s:Value>"
        f'</s:Subcode></s:Code><s:Reason><s:Text xml:lang="en">{escape(fault.reason)}</s:Text></s:Reason>'
        "</s:Fault>"
    )
