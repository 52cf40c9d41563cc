"""GStreamer worker serving simulated RTSP/H.264 cameras. Runs under Debian's /usr/bin/python3 (needs gi).

Every camera has two mount points, ``/<name>/main`` (1280x720) and ``/<name>/sub`` (640x360), 25 fps,
constrained-baseline H.264 with a keyframe every second, its name and a clock burned in (``--bframes CAM``:
main profile with 2 B-frames instead, for the gateway's transcode fallback). The picture is
a viewport into a panorama (``imagefreeze ! videocrop ! videoscale``); the viewport is moved at runtime
through the HTTP control interface described in ``media_gateway/simcam/README.md``.

``--loop``: every mount instead loops a clip encoded once at start (same look, fixed viewport), with
timestamps rewritten so it runs forever: no encoder per camera, so dozens of cameras cost almost nothing.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstRtspServer  # noqa: E402

from media_gateway.simcam import timestamp_blocks  # noqa: E402
from media_gateway.simcam.onvif import OnvifDevice, device_information  # noqa: E402
from media_gateway.simcam.panorama import PANORAMA_HEIGHT, PANORAMA_WIDTH, panorama_path  # noqa: E402

STREAMS = {"main": (1280, 720, 2000), "sub": (640, 360, 500)}
MIN_ZOOM, MAX_ZOOM = 1.0, 8.0
DEFAULT_ZOOM = 1.5  # 1280x720 of panorama pixels: the main stream is unscaled
TICK_SECONDS = 0.04
# GetDeviceInformation's fields by the control API's names (POST /cameras/<name>/device, the state's "device")
DEVICE_FIELDS = {
    "serial": "SerialNumber",
    "model": "Model",
    "manufacturer": "Manufacturer",
    "hardwareId": "HardwareId",
    "firmwareVersion": "FirmwareVersion",
}


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


@dataclass
class Viewport:
    pan: float = 0.0  # -1 (left edge) .. 1 (right edge)
    tilt: float = 0.0  # -1 (top) .. 1 (bottom)
    zoom: float = DEFAULT_ZOOM  # 1 = widest

    def crop(self) -> dict[str, int]:
        widest_w = min(PANORAMA_WIDTH, PANORAMA_HEIGHT * 16 / 9)
        view_w = widest_w / self.zoom
        view_h = view_w * 9 / 16
        center_x = PANORAMA_WIDTH / 2 + self.pan * (PANORAMA_WIDTH - view_w) / 2
        center_y = PANORAMA_HEIGHT / 2 + self.tilt * (PANORAMA_HEIGHT - view_h) / 2
        left = int(center_x - view_w / 2) & ~1
        top = int(center_y - view_h / 2) & ~1
        width, height = int(view_w) & ~1, int(view_h) & ~1
        return {
            "left": left,
            "top": top,
            "right": PANORAMA_WIDTH - left - width,
            "bottom": PANORAMA_HEIGHT - top - height,
        }


@dataclass
class Camera:
    name: str
    viewport: Viewport = field(default_factory=Viewport)
    velocity: tuple[float, float, float] = (0.0, 0.0, 0.0)  # pan/s, tilt/s, zoom/s
    move_deadline: float | None = None
    crops: dict[str, Any] = field(default_factory=dict)  # stream name -> videocrop element
    device: dict[str, str] = field(default_factory=dict)  # ONVIF GetDeviceInformation (SerialNumber, ...)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.device = {**device_information(self.name), **self.device}

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            v = self.viewport
            return {
                "name": self.name,
                "pan": round(v.pan, 4),
                "tilt": round(v.tilt, 4),
                "zoom": round(v.zoom, 4),
                "moving": self.velocity != (0.0, 0.0, 0.0),
                "activeStreams": sorted(self.crops),
                "crop": v.crop(),
                "device": {key: self.device[name] for key, name in DEVICE_FIELDS.items()},
            }

    def device_information(self) -> dict[str, str]:
        with self.lock:
            return dict(self.device)

    def swap_device(self, changes: dict[str, str]) -> None:
        with self.lock:
            self.device.update(changes)

    def set_absolute(self, pan: float | None, tilt: float | None, zoom: float | None) -> None:
        with self.lock:
            v = self.viewport
            v.pan = _clamp(v.pan if pan is None else pan, -1, 1)
            v.tilt = _clamp(v.tilt if tilt is None else tilt, -1, 1)
            v.zoom = _clamp(v.zoom if zoom is None else zoom, MIN_ZOOM, MAX_ZOOM)
            self.velocity = (0.0, 0.0, 0.0)
        self.apply()

    def set_relative(self, pan: float, tilt: float, zoom: float) -> None:
        with self.lock:
            v = self.viewport
            self.velocity = (0.0, 0.0, 0.0)
            pan_v, tilt_v, zoom_v = v.pan + pan, v.tilt + tilt, v.zoom + zoom
        self.set_absolute(pan_v, tilt_v, zoom_v)

    def set_continuous(self, pan: float, tilt: float, zoom: float, timeout: float | None) -> None:
        with self.lock:
            self.velocity = (pan, tilt, zoom)
            self.move_deadline = time.monotonic() + timeout if timeout else None

    def stop(self) -> None:
        with self.lock:
            self.velocity = (0.0, 0.0, 0.0)

    def tick(self) -> None:
        with self.lock:
            if self.velocity == (0.0, 0.0, 0.0):
                return
            if self.move_deadline is not None and time.monotonic() >= self.move_deadline:
                self.velocity = (0.0, 0.0, 0.0)
                return
            v, (dp, dt, dz) = self.viewport, self.velocity
            v.pan = _clamp(v.pan + dp * TICK_SECONDS, -1, 1)
            v.tilt = _clamp(v.tilt + dt * TICK_SECONDS, -1, 1)
            v.zoom = _clamp(v.zoom + dz * TICK_SECONDS, MIN_ZOOM, MAX_ZOOM)
        self.apply()

    def apply(self) -> None:
        """Schedule the crop change on the GLib main loop (elements are touched only there)."""
        GLib.idle_add(self._apply_on_main_loop)

    def _apply_on_main_loop(self) -> bool:
        with self.lock:
            crop = self.viewport.crop()
            elements = list(self.crops.values())
        for element in elements:
            for side, value in crop.items():
                if element.get_property(side) != value:
                    element.set_property(side, value)
        return False


def _encoder(kbps: int, rate_control: str, bframes: bool) -> str:
    if bframes:
        # what many real cameras send and browsers cannot take through a relay: main profile, 2 B-frames
        # (no zerolatency tune: it forces bframes=0)
        return (
            f"x264enc speed-preset=ultrafast bframes=2 b-adapt=false key-int-max=25 "
            f"bitrate={kbps} threads=1 {rate_control}"
            f"! video/x-h264,profile=main,stream-format=byte-stream "
        )
    return (
        f"x264enc tune=zerolatency speed-preset=ultrafast key-int-max=25 bframes=0 "
        f"bitrate={kbps} threads=1 {rate_control}"
        f"! video/x-h264,profile=constrained-baseline,stream-format=byte-stream "
    )


def _pipeline(camera: Camera, stream: str, png: str, constant_bitrate: bool, bframes: bool = False) -> str:
    width, height, kbps = STREAMS[stream]
    crop = camera.viewport.crop()
    crop_props = " ".join(f"{side}={value}" for side, value in crop.items())
    label = f"{camera.name} {stream}"
    # CBR with filler NAL units: the full bitrate on the wire although the picture is mostly static,
    # like an IP camera configured for CBR (what relays and benchmarks should be measured with)
    rate_control = (
        'pass=cbr vbv-buf-capacity=1000 option-string="nal-hrd=cbr:filler=1" ' if constant_bitrate else ""
    )
    return (
        f'( filesrc location="{png}" ! pngdec ! videoconvert ! video/x-raw,format=I420 '
        f"! imagefreeze is-live=true ! video/x-raw,framerate=25/1 "
        f"! videocrop name=crop {crop_props} ! videoscale ! video/x-raw,width={width},height={height} "
        f'! clockoverlay name=overlay text="{label}" time-format="%Y-%m-%d %H:%M:%S" halignment=left valignment=top '
        f'shaded-background=true font-desc="DejaVu Sans Mono 20" '
        f"! {_encoder(kbps, rate_control, bframes)}"
        f"! rtph264pay name=pay0 pt=96 config-interval=1 )"
    )


class TimestampStamper:
    """Draws the capture time (``timestamp_blocks``) into each raw frame leaving ``clockoverlay``.

    PyGObject maps buffers read-only (a copy), so the frame is mapped through libgstreamer with ctypes.
    After clockoverlay the frame's memory is its own (the overlay made it writable) and the encoder is the
    only consumer, so writing into it is safe. ``hash()`` of a PyGObject boxed wrapper is its C pointer.
    """

    MAP_READ = 1
    MAP_INFO_SIZE = 128  # GstMapInfo is 104 bytes on 64-bit; data at 16, size at 24

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.frame_size = width * height * 3 // 2
        lib = ctypes.CDLL("libgstreamer-1.0.so.0")
        lib.gst_buffer_map.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int]
        lib.gst_buffer_map.restype = ctypes.c_int
        lib.gst_buffer_unmap.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        self.lib = lib

    def probe(self, _pad: Any, info: Any) -> Any:
        buffer = info.get_buffer()
        if buffer is None or buffer.get_size() != self.frame_size or buffer.n_memory() != 1:
            return Gst.PadProbeReturn.OK
        pointer = hash(buffer)
        map_info = ctypes.create_string_buffer(self.MAP_INFO_SIZE)
        if not self.lib.gst_buffer_map(pointer, map_info, self.MAP_READ):
            return Gst.PadProbeReturn.OK
        try:
            data = ctypes.c_void_p.from_buffer(map_info, 16).value
            size = ctypes.c_size_t.from_buffer(map_info, 24).value
            if data and size == self.frame_size:
                for offset, chunk in timestamp_blocks.writes(
                    self.width, self.height, int(time.time() * 1000)
                ):
                    ctypes.memmove(data + offset, chunk, len(chunk))
        finally:
            self.lib.gst_buffer_unmap(pointer, map_info)
        return Gst.PadProbeReturn.OK


LOOP_FPS = 25
MAX_REORDER_NS = 2 * Gst.SECOND // LOOP_FPS  # decode times start this late so none is negative


def encode_clip(
    png: str, stream: str, seconds: int, constant_bitrate: bool, bframes: bool
) -> list[tuple[bytes, int]]:
    """The access units of a ``seconds`` long clip of the default viewport (keyframe every second), in
    decode order, each with its presentation offset from its decode time (ns; non-zero with B-frames)."""
    width, height, kbps = STREAMS[stream]
    crop = Camera("loop").viewport.crop()
    crop_props = " ".join(f"{side}={value}" for side, value in crop.items())
    rate_control = (
        'pass=cbr vbv-buf-capacity=1000 option-string="nal-hrd=cbr:filler=1" ' if constant_bitrate else ""
    )
    pipeline = Gst.parse_launch(
        f'filesrc location="{png}" ! pngdec ! videoconvert ! video/x-raw,format=I420 '
        f"! imagefreeze num-buffers={seconds * LOOP_FPS} ! video/x-raw,framerate={LOOP_FPS}/1 "
        f"! videocrop {crop_props} ! videoscale ! video/x-raw,width={width},height={height} "
        f'! timeoverlay text="loop {stream}" halignment=left valignment=top shaded-background=true '
        f'font-desc="DejaVu Sans Mono 20" '
        f"! {_encoder(kbps, rate_control, bframes)}"
        f"! h264parse config-interval=-1 ! video/x-h264,stream-format=byte-stream,alignment=au "
        f"! appsink name=sink sync=false emit-signals=false"
    )
    sink = pipeline.get_by_name("sink")
    pipeline.set_state(Gst.State.PLAYING)
    units: list[tuple[bytes, int]] = []
    while True:
        sample = sink.emit("pull-sample")
        if sample is None:
            break
        buffer = sample.get_buffer()
        reorder = 0
        if buffer.dts != Gst.CLOCK_TIME_NONE and buffer.pts != Gst.CLOCK_TIME_NONE:
            reorder = max(0, buffer.pts - buffer.dts)
        units.append((buffer.extract_dup(0, buffer.get_size()), reorder))
    pipeline.set_state(Gst.State.NULL)
    if len(units) < LOOP_FPS:
        raise SystemExit(f"simcam: encoding the loop clip produced {len(units)} frames")
    return units


class LoopFeeder:
    """Feeds one mount's appsrc from the shared clip: frame n (decode order) gets dts n/25 s, forever."""

    def __init__(self, units: list[tuple[bytes, int]]) -> None:
        self.units = units
        self.frame = 0

    def need_data(self, appsrc: Any, _length: int) -> None:
        data, reorder = self.units[self.frame % len(self.units)]
        buffer = Gst.Buffer.new_wrapped(data)
        buffer.dts = self.frame * Gst.SECOND // LOOP_FPS + MAX_REORDER_NS
        buffer.pts = buffer.dts + reorder
        buffer.duration = Gst.SECOND // LOOP_FPS
        self.frame += 1
        appsrc.emit("push-buffer", buffer)


def _loop_pipeline(stream: str) -> str:
    width, height, _ = STREAMS[stream]
    return (
        f"( appsrc name=src is-live=true format=time do-timestamp=false max-bytes=0 max-buffers=2 "
        f'caps="video/x-h264,stream-format=byte-stream,alignment=au,width={width},height={height},'
        f'framerate={LOOP_FPS}/1" '
        f"! clocksync ! rtph264pay name=pay0 pt=96 config-interval=1 )"
    )


class CameraServer:
    def __init__(
        self,
        port: int,
        camera_names: list[str],
        png: str,
        constant_bitrate: bool = False,
        bframe_cameras: frozenset[str] = frozenset(),
        loop_clips: dict[tuple[str, bool], list[tuple[bytes, int]]] | None = None,
        stamp_capture_time: bool = False,
    ) -> None:
        self.stamp_capture_time = stamp_capture_time
        self.cameras = {name: Camera(name) for name in camera_names}
        self.loop_clips = loop_clips
        self.server = GstRtspServer.RTSPServer()
        self.server.set_address("127.0.0.1")
        self.server.set_service(str(port))
        mounts = self.server.get_mount_points()
        for camera in self.cameras.values():
            for stream in STREAMS:
                factory = GstRtspServer.RTSPMediaFactory()
                bframes = camera.name in bframe_cameras
                if loop_clips is not None:
                    factory.set_launch(_loop_pipeline(stream))
                    factory.connect("media-configure", self._on_loop_configure, loop_clips[(stream, bframes)])
                else:
                    factory.set_launch(_pipeline(camera, stream, png, constant_bitrate, bframes))
                    factory.connect("media-configure", self._on_media_configure, camera, stream)
                factory.set_shared(True)
                mounts.add_factory(f"/{camera.name}/{stream}", factory)
        if self.server.attach(None) == 0:
            raise SystemExit(f"simcam: cannot listen on RTSP port {port}")
        GLib.timeout_add(int(TICK_SECONDS * 1000), self._tick)

    def _on_media_configure(self, _factory: Any, media: Any, camera: Camera, stream: str) -> None:
        crop = media.get_element().get_by_name("crop")
        with camera.lock:
            camera.crops[stream] = crop
        camera.apply()  # the viewport may have moved since the launch line was written
        width, height, _ = STREAMS[stream]
        if self.stamp_capture_time and timestamp_blocks.fits(width, height):
            stamper = TimestampStamper(width, height)
            overlay = media.get_element().get_by_name("overlay")
            overlay.get_static_pad("src").add_probe(Gst.PadProbeType.BUFFER, stamper.probe)
        media.connect("unprepared", self._on_media_unprepared, camera, stream, crop)

    @staticmethod
    def _on_loop_configure(_factory: Any, media: Any, units: list[tuple[bytes, int]]) -> None:
        feeder = LoopFeeder(units)  # a new media (first client after an idle stop) starts at frame 0
        appsrc = media.get_element().get_by_name("src")
        appsrc.connect("need-data", feeder.need_data)
        media.feeder = feeder

    @staticmethod
    def _on_media_unprepared(_media: Any, camera: Camera, stream: str, crop: Any) -> None:
        with camera.lock:
            if camera.crops.get(stream) is crop:
                del camera.crops[stream]

    def _tick(self) -> bool:
        for camera in self.cameras.values():
            camera.tick()
        return True

    def unplug(self, camera: Camera) -> None:
        """Close the RTSP connections of ``camera`` (as taking the device off its cable would): clients
        connect again to whatever device answers now. Scheduled on the GLib main loop."""
        paths = [f"/{camera.name}/{stream}" for stream in STREAMS]

        def watches_camera(_server: Any, client: Any, *_: Any) -> Any:
            for session in client.session_filter(None):
                for media in session.filter(None):
                    if any(media.matches(path)[0] for path in paths):
                        return GstRtspServer.RTSPFilterResult.REMOVE
            return GstRtspServer.RTSPFilterResult.KEEP

        def on_main_loop() -> bool:
            self.server.client_filter(watches_camera, None)
            return False

        GLib.idle_add(on_main_loop)


def _control_handler(
    cameras: dict[str, Camera], onvif: OnvifDevice, unplug: Callable[[Camera], None]
) -> type[BaseHTTPRequestHandler]:
    class ControlHandler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

        def _reply(self, status: int, body: Any) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            parts = [p for p in self.path.split("?")[0].split("/") if p]
            if parts == ["cameras"]:
                self._reply(200, {"cameras": [c.snapshot() for c in cameras.values()]})
            elif len(parts) == 2 and parts[0] == "cameras" and parts[1] in cameras:
                self._reply(200, cameras[parts[1]].snapshot())
            else:
                self._reply(404, {"error": "not-found"})

        def do_POST(self) -> None:
            parts = [p for p in self.path.split("?")[0].split("/") if p]
            length = int(self.headers.get("Content-Length") or 0)
            if parts[:1] == ["onvif"]:
                status, data = onvif.handle(
                    self.path, self.rfile.read(length), self.headers.get("Host") or ""
                )
                self.send_response(status)
                self.send_header("Content-Type", "application/soap+xml; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return
            try:
                body = json.loads(self.rfile.read(length) or b"{}")
            except ValueError:
                self._reply(400, {"error": "bad-json"})
                return
            if len(parts) == 3 and parts[0] == "cameras" and parts[2] == "device" and parts[1] in cameras:
                self._swap_device(cameras[parts[1]], body)
                return
            if len(parts) != 4 or parts[0] != "cameras" or parts[2] != "ptz" or parts[1] not in cameras:
                self._reply(404, {"error": "not-found"})
                return
            camera, action = cameras[parts[1]], parts[3]

            def number(key: str, default: float | None) -> float | None:
                value = body.get(key, default)
                return None if value is None else float(value)

            try:
                if action == "absolute":
                    camera.set_absolute(number("pan", None), number("tilt", None), number("zoom", None))
                elif action == "relative":
                    camera.set_relative(
                        number("pan", 0.0) or 0.0, number("tilt", 0.0) or 0.0, number("zoom", 0.0) or 0.0
                    )
                elif action == "continuous":
                    camera.set_continuous(
                        number("pan", 0.0) or 0.0,
                        number("tilt", 0.0) or 0.0,
                        number("zoom", 0.0) or 0.0,
                        number("timeout", None),
                    )
                elif action == "stop":
                    camera.stop()
                else:
                    self._reply(404, {"error": "unknown-action"})
                    return
            except (TypeError, ValueError):
                self._reply(400, {"error": "bad-number"})
                return
            self._reply(200, camera.snapshot())

        def _swap_device(self, camera: Camera, body: Any) -> None:
            """Another device at the camera's address: new identity, its RTSP connections start over."""
            if (
                not isinstance(body, dict)
                or not body
                or not set(body) <= set(DEVICE_FIELDS)
                or not all(isinstance(value, str) and value.strip() for value in body.values())
            ):
                self._reply(400, {"error": "bad-device", "fields": sorted(DEVICE_FIELDS)})
                return
            camera.swap_device({DEVICE_FIELDS[key]: value.strip() for key, value in body.items()})
            unplug(camera)
            self._reply(200, camera.snapshot())

    return ControlHandler


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="simcam-worker")
    parser.add_argument("--port", type=int, default=8554)
    parser.add_argument("--control-port", type=int, default=8555)
    parser.add_argument("--camera", action="append", required=True)
    parser.add_argument(
        "--cbr", action="store_true", help="constant bitrate (filler NAL units), like a CBR IP camera"
    )
    parser.add_argument(
        "--bframes",
        action="append",
        default=[],
        metavar="CAMERA",
        help="serve this camera (also given with --camera) as main profile H.264 with 2 B-frames",
    )
    parser.add_argument(
        "--loop",
        action="store_true",
        help="serve a clip encoded once at start, looped (cheap: no encoder per camera; PTZ does not move it)",
    )
    parser.add_argument("--loop-seconds", type=int, default=4, help="length of the looped clip")
    parser.add_argument(
        "--timestamp-blocks",
        action="store_true",
        help="draw the capture time (ms) as a row of black/white blocks into each frame (live mode only; "
        "glass-to-glass latency bench)",
    )
    parser.add_argument(
        "--serial",
        action="append",
        default=[],
        metavar="CAMERA=SERIAL",
        help="the camera's ONVIF serial number (default SIM-<camera>)",
    )
    parser.add_argument("--onvif-user", help="require this WS-Security user on ONVIF requests")
    parser.add_argument("--onvif-password", default="")
    args = parser.parse_args(argv)

    if args.timestamp_blocks and args.loop:
        parser.error("--timestamp-blocks needs live-encoded frames; it cannot be combined with --loop")
    Gst.init(None)
    png = str(panorama_path())
    loop_clips = None
    if args.loop:
        loop_clips = {
            (stream, bframes): encode_clip(png, stream, args.loop_seconds, args.cbr, bframes)
            for stream in STREAMS
            for bframes in ({False, True} if args.bframes else {False})
        }
    server = CameraServer(
        args.port,
        args.camera,
        png,
        constant_bitrate=args.cbr,
        bframe_cameras=frozenset(args.bframes),
        loop_clips=loop_clips,
        stamp_capture_time=args.timestamp_blocks,
    )
    onvif = OnvifDevice(dict(server.cameras), args.port, args.onvif_user, args.onvif_password)
    for spec in args.serial:
        name, _, serial = spec.partition("=")
        if name not in server.cameras or not serial:
            parser.error(f"--serial needs CAMERA=SERIAL of a --camera, got {spec!r}")
        server.cameras[name].swap_device({"SerialNumber": serial})
    control = ThreadingHTTPServer(
        ("127.0.0.1", args.control_port), _control_handler(server.cameras, onvif, server.unplug)
    )
    threading.Thread(target=control.serve_forever, daemon=True).start()

    loop = GLib.MainLoop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, sig, lambda: (loop.quit(), False)[1])
    print(
        json.dumps(
            {
                "event": "simcam-ready",
                "rtspPort": args.port,
                "controlPort": args.control_port,
                "onvif": f"http://127.0.0.1:{args.control_port}/onvif/device_service",
                "cameras": args.camera,
            }
        ),
        flush=True,
    )
    loop.run()
    control.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
