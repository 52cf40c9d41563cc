"""Many light WebRTC viewers in one process: GStreamer webrtcbin, H.264 depayloaded and never decoded.

Runs under Debian's ``/usr/bin/python3`` (needs ``gi``, ``GstWebRTC``, webrtcbin and libnice: packages
``gir1.2-gst-plugins-bad-1.0``, ``gstreamer1.0-nice``). ``bench_gateway.py`` starts it for one phase and
writes the phase as one JSON line on stdin::

    {"system": "sitewatch", "viewers": [{"endpoint": "http://.../whep/1", "ticket": "...", "joinAt": 0.7}],
     "settleSeconds": 2, "measureSeconds": 10}
    {"system": "janus", "viewers": [{"janus": "http://.../janus", "mountpoint": 1, "joinAt": 0.3}], ...}

``certificatePem`` (optional): an ECDSA certificate and key for DTLS (webrtcbin's default RSA certificate
shares no cipher suite with aiortc).

SiteWatch viewers speak WHEP (non-trickle offer: candidates are put in the SDP once gathered); Janus
viewers speak the streaming plugin's JSON API over HTTP (``create``, ``attach``, ``watch``, long-poll for
the offer, ``start`` with the answer), like ``janus_client.py``. Each viewer is ``webrtcbin !
rtph264depay ! fakesink``; a pad probe after the depayloader counts access units (frames). Loss comes from
webrtcbin's ``inbound-rtp`` statistics (the RTP jitter buffer's counters), as deltas over the window.

Stdout, one JSON object per line: ``{"event": "measure-start"}``, ``{"event": "measure-end"}`` (the bench
samples the server's CPU between the two), then ``{"event": "result", "viewers": [...], "cpuSeconds": ...}``.
Signalling HTTP runs in a thread pool, never on the GLib main loop.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstWebRTC", "1.0")
gi.require_version("GstSdp", "1.0")
from gi.repository import GLib, Gst, GstSdp, GstWebRTC  # noqa: E402

H264_CAPS = (
    "application/x-rtp,media=video,encoding-name=H264,payload={pt},clock-rate=90000,"
    "packetization-mode=(string)1,profile-level-id=(string)42e01f"
)
HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never a proxy
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def emit(event: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


def http(method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None) -> Any:
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})  # noqa: S310 (http only)
    with HTTP.open(request, timeout=40) as response:
        return response.status, dict(response.headers), response.read()


def janus_call(url: str, body: dict[str, Any]) -> dict[str, Any]:
    body = {**body, "transaction": os.urandom(6).hex()}
    _, _, data = http("POST", url, json.dumps(body).encode(), {"Content-Type": "application/json"})
    return dict(json.loads(data))


def own_cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system


def fingerprint(pem: str) -> str:
    """SHA-256 fingerprint of the first certificate of a PEM bundle, as SDP writes it."""
    body = pem.split("-----BEGIN CERTIFICATE-----", 1)[1].split("-----END CERTIFICATE-----", 1)[0]
    digest = hashlib.sha256(base64.b64decode("".join(body.split()))).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def with_candidates(sdp: str, candidates: list[str]) -> str:
    """A non-trickle description: every gathered UDP candidate in the (single, bundled) media section.

    webrtcbin may already have put some into the description; TCP candidates are left out (the peers
    here speak ICE over UDP only).
    """
    lines = [line for line in sdp.replace("\r\n", "\n").split("\n") if line]
    gathered = [line[2:] for line in lines if line.startswith("a=candidate:")]
    gathered += [c.removeprefix("a=") for c in candidates]
    body = [line for line in lines if not line.startswith(("a=candidate:", "a=end-of-candidates"))]
    unique = list(dict.fromkeys(c for c in gathered if " UDP " in c.upper()))
    return "\r\n".join([*body, *(f"a={c}" for c in unique), "a=end-of-candidates"]) + "\r\n"


class Viewer:
    def __init__(
        self, index: int, system: str, spec: dict[str, Any], pool: ThreadPoolExecutor, pem: str | None
    ) -> None:
        self.index, self.system, self.spec, self.pool, self.pem = index, system, spec, pool, pem
        self.started_at = 0.0
        self.pipeline = Gst.Pipeline.new(f"viewer{index}")
        self.webrtc = Gst.ElementFactory.make("webrtcbin", f"webrtc{index}")
        self.webrtc.set_property("bundle-policy", GstWebRTC.WebRTCBundlePolicy.MAX_BUNDLE)
        self.webrtc.set_property("latency", 0)
        # the peers here take UDP only: gather less, sooner (the wrapper is kept: PyGObject would drop
        # a reference of webrtcbin's agent when it goes away)
        self._ice = self.webrtc.get_property("ice-agent")
        if self._ice is not None and self._ice.find_property("ice-tcp") is not None:
            self._ice.set_property("ice-tcp", False)
        self.pipeline.add(self.webrtc)
        self.webrtc.connect("deep-element-added", self._on_element_added)
        self.webrtc.connect("pad-added", self._on_pad_added)
        self.webrtc.connect("on-ice-candidate", self._on_ice_candidate)
        self.webrtc.connect("notify::ice-gathering-state", self._on_gathering)
        if os.environ.get("GST_VIEWERS_DEBUG"):
            for name in ("ice-connection-state", "connection-state"):
                self.webrtc.connect(
                    f"notify::{name}",
                    lambda element, spec: sys.stderr.write(
                        f"viewer {self.index} {spec.name} {element.get_property(spec.name).value_nick} "
                        f"after {time.monotonic() - self.started_at:.3f}s\n"
                    ),
                )
        self.candidates: list[str] = []
        self.frames = 0
        self.started_at = 0.0
        self.first_frame_at: float | None = None
        self.error: str | None = None
        self.location: str | None = None
        self.janus_session: str | None = None
        self.janus_handle = ""
        self._lock = threading.Lock()
        self._description_sent = False

    def _on_element_added(self, _bin: Any, _sub_bin: Any, element: Gst.Element) -> None:
        # webrtcbin's own certificate is RSA; aiortc's DTLS offers ECDSA suites only ("no shared cipher")
        factory = element.get_factory()
        if self.pem and factory is not None and factory.get_name() == "dtlssrtpdec":
            element.set_property("pem", self.pem)

    # --- signalling ------------------------------------------------------------------------------

    def start(self) -> bool:
        self.started_at = time.monotonic()
        self.pipeline.set_state(Gst.State.PLAYING)
        if self.system == "sitewatch":
            caps = Gst.Caps.from_string(H264_CAPS.format(pt=102))
            self.webrtc.emit("add-transceiver", GstWebRTC.WebRTCRTPTransceiverDirection.RECVONLY, caps)
            promise = Gst.Promise.new_with_change_func(self._on_offer_created, None)
            self.webrtc.emit("create-offer", None, promise)
        else:
            self.pool.submit(self._janus_watch)
        return False

    def _on_offer_created(self, promise: Gst.Promise, _data: Any) -> None:
        reply = promise.get_reply()  # keep the reply alive while its value is in use
        offer = reply.get_value("offer")
        self.webrtc.emit("set-local-description", offer, Gst.Promise.new())

    def _on_ice_candidate(self, _element: Any, _mline: int, candidate: str) -> None:
        with self._lock:
            self.candidates.append(candidate)

    def _on_gathering(self, *_args: Any) -> None:
        state = self.webrtc.get_property("ice-gathering-state")
        if state != GstWebRTC.WebRTCICEGatheringState.COMPLETE or self._description_sent:
            return
        self._description_sent = True
        sdp = self.webrtc.get_property("local-description").sdp.as_text()
        with self._lock:
            sdp = with_candidates(sdp, list(self.candidates))
        if self.pem:
            # webrtcbin wrote the fingerprint of the certificate it generated before ours was set
            sdp = re.sub(r"a=fingerprint:[^\r\n]*", f"a=fingerprint:sha-256 {fingerprint(self.pem)}", sdp)
        if os.environ.get("GST_VIEWERS_DEBUG"):
            waited = time.monotonic() - self.started_at
            sys.stderr.write(f"viewer {self.index} gathered after {waited:.3f}s:\n{sdp}\n")
        self.pool.submit(self._whep_post if self.system == "sitewatch" else self._janus_start, sdp)

    def _whep_post(self, offer: str) -> None:
        try:
            _, headers, body = http(
                "POST",
                self.spec["endpoint"],
                offer.encode(),
                {"Content-Type": "application/sdp", "Authorization": f"Bearer {self.spec['ticket']}"},
            )
        except (urllib.error.URLError, OSError) as error:
            self.error = f"WHEP POST failed: {error}"
            return
        if os.environ.get("GST_VIEWERS_DEBUG"):
            sys.stderr.write(f"viewer {self.index} answer after {time.monotonic() - self.started_at:.3f}s\n")
        location = headers.get("Location") or headers.get("location") or ""
        self.location = urllib.parse.urljoin(self.spec["endpoint"], location)
        GLib.idle_add(self._set_remote, body.decode(), GstWebRTC.WebRTCSDPType.ANSWER)

    def _janus_watch(self) -> None:
        base = self.spec["janus"]
        try:
            session = janus_call(base, {"janus": "create"})["data"]["id"]
            self.janus_session = f"{base}/{session}"
            handle = janus_call(self.janus_session, {"janus": "attach", "plugin": "janus.plugin.streaming"})[
                "data"
            ]["id"]
            self.janus_handle = f"{self.janus_session}/{handle}"
            janus_call(
                self.janus_handle,
                {"janus": "message", "body": {"request": "watch", "id": self.spec["mountpoint"]}},
            )
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline:
                _, _, data = http("GET", f"{self.janus_session}?maxev=5")
                events = json.loads(data)
                for event in events if isinstance(events, list) else [events]:
                    if "jsep" in event:
                        GLib.idle_add(self._set_remote, event["jsep"]["sdp"], GstWebRTC.WebRTCSDPType.OFFER)
                        return
            self.error = "no offer from Janus"
        except (urllib.error.URLError, OSError, KeyError, ValueError) as error:
            self.error = f"Janus signalling failed: {error}"

    def _janus_start(self, answer: str) -> None:
        try:
            janus_call(
                self.janus_handle,
                {"janus": "message", "body": {"request": "start"}, "jsep": {"type": "answer", "sdp": answer}},
            )
        except (urllib.error.URLError, OSError) as error:
            self.error = f"Janus start failed: {error}"

    def _set_remote(self, sdp_text: str, kind: Any) -> bool:
        _, message = GstSdp.SDPMessage.new_from_text(sdp_text)
        description = GstWebRTC.WebRTCSessionDescription.new(kind, message)
        if kind == GstWebRTC.WebRTCSDPType.ANSWER:
            self.webrtc.emit("set-remote-description", description, Gst.Promise.new())
            return False
        # Janus offers: answer with H.264 at the offered payload type
        match = re.search(r"a=rtpmap:(\d+) H264/90000", sdp_text)
        payload = int(match.group(1)) if match else 96
        promise = Gst.Promise.new_with_change_func(self._on_remote_offer_set, payload)
        self.webrtc.emit("set-remote-description", description, promise)
        return False

    def _on_remote_offer_set(self, _promise: Gst.Promise, payload: int) -> None:
        transceiver = self.webrtc.emit("get-transceiver", 0)
        if transceiver is not None:
            transceiver.set_property("codec-preferences", Gst.Caps.from_string(H264_CAPS.format(pt=payload)))
        self.webrtc.emit(
            "create-answer", None, Gst.Promise.new_with_change_func(self._on_answer_created, None)
        )

    def _on_answer_created(self, promise: Gst.Promise, _data: Any) -> None:
        reply = promise.get_reply()
        answer = reply.get_value("answer")
        self.webrtc.emit("set-local-description", answer, Gst.Promise.new())

    # --- media -----------------------------------------------------------------------------------

    def _on_pad_added(self, _element: Any, pad: Gst.Pad) -> None:
        if pad.get_direction() != Gst.PadDirection.SRC:
            return
        if os.environ.get("GST_VIEWERS_DEBUG"):
            sys.stderr.write(f"viewer {self.index} pad after {time.monotonic() - self.started_at:.3f}s\n")
        depay = Gst.ElementFactory.make("rtph264depay")
        sink = Gst.ElementFactory.make("fakesink")
        sink.set_property("sync", False)
        sink.set_property("async", False)
        self.pipeline.add(depay)
        self.pipeline.add(sink)
        depay.link(sink)
        depay.get_static_pad("src").add_probe(Gst.PadProbeType.BUFFER, self._on_frame)
        pad.link(depay.get_static_pad("sink"))
        depay.sync_state_with_parent()
        sink.sync_state_with_parent()

    def _on_frame(self, _pad: Gst.Pad, _info: Gst.PadProbeInfo) -> Gst.PadProbeReturn:
        if self.first_frame_at is None:
            self.first_frame_at = time.monotonic()
        self.frames += 1
        return Gst.PadProbeReturn.OK

    def inbound(self) -> tuple[int, int]:
        """(packets received, packets lost) of the video inbound-rtp stream."""
        promise = Gst.Promise.new()
        self.webrtc.emit("get-stats", None, promise)
        promise.wait()
        reply = promise.get_reply()
        found = [0, 0]

        def visit(_field: Any, value: Any) -> bool:
            if (
                isinstance(value, Gst.Structure)
                and value.get_value("type") == GstWebRTC.WebRTCStatsType.INBOUND_RTP
            ):
                found[0] = int(value.get_value("packets-received") or 0)
                found[1] = int(value.get_value("packets-lost") or 0)
            return True

        if reply is not None:
            reply.foreach(visit)
        return found[0], found[1]

    def stop(self) -> None:
        try:
            if self.location:
                http("DELETE", self.location)
            elif self.janus_session:
                janus_call(self.janus_session, {"janus": "destroy"})
        except (urllib.error.URLError, OSError):
            pass

    def close(self) -> None:
        self.pipeline.set_state(Gst.State.NULL)


def run(config: dict[str, Any]) -> None:
    Gst.init(None)
    loop = GLib.MainLoop()
    pool = ThreadPoolExecutor(max_workers=16)
    pem = config.get("certificatePem") or None
    viewers = [Viewer(i, config["system"], spec, pool, pem) for i, spec in enumerate(config["viewers"])]
    began = time.monotonic()
    for viewer, spec in zip(viewers, config["viewers"], strict=True):
        GLib.timeout_add(max(0, int(spec["joinAt"] * 1000)), viewer.start)
    last_join = max(spec["joinAt"] for spec in config["viewers"])
    window_start = last_join + float(config["settleSeconds"])
    window_end = window_start + float(config["measureSeconds"])
    marks: dict[str, Any] = {}

    def at_start() -> bool:
        marks["frames"] = [v.frames for v in viewers]
        marks["rtp"] = [v.inbound() for v in viewers]
        marks["cpu"], marks["t"] = own_cpu_seconds(), time.monotonic()
        emit({"event": "measure-start"})
        return False

    def at_end() -> bool:
        emit({"event": "measure-end"})
        elapsed = time.monotonic() - marks["t"]
        cpu = own_cpu_seconds() - marks["cpu"]
        results = []
        for viewer, frames_before, (received_before, lost_before) in zip(
            viewers, marks["frames"], marks["rtp"], strict=True
        ):
            received, lost = viewer.inbound()
            results.append(
                {
                    "ttff": None
                    if viewer.first_frame_at is None
                    else viewer.first_frame_at - viewer.started_at,
                    "frames": viewer.frames - frames_before,
                    "received": received - received_before,
                    "lost": lost - lost_before,
                    "error": viewer.error,
                }
            )
        emit({"event": "result", "seconds": elapsed, "cpuSeconds": cpu, "viewers": results})
        loop.quit()
        return False

    GLib.timeout_add(int((window_start - (time.monotonic() - began)) * 1000), at_start)
    GLib.timeout_add(int((window_end - (time.monotonic() - began)) * 1000), at_end)
    try:
        loop.run()
    finally:
        list(pool.map(Viewer.stop, viewers))
        for viewer in viewers:
            viewer.close()
        pool.shutdown(wait=False, cancel_futures=True)


if __name__ == "__main__":
    run(json.loads(sys.stdin.readline()))
