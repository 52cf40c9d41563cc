"""The gateway serves recorded footage: HLS over byte ranges of the recorder's files, recorded snapshots,
clip exports — and refuses every ticket that is not a playback/export ticket for that camera and time.

Real files (H.264 fMP4 in the recorder's layout, written by ffmpeg), a real gateway process, ffprobe."""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from tests.playback.support import (
    GatewaySpec,
    PlaybackGateway,
    ffprobe,
    past_minute,
    range_ticket,
    run_gateway,
    top_level_boxes,
    write_span,
)

GATEWAY_ID = "gw-playback"
CAMERA = "41"
OTHER_CAMERA = "42"
FILE_SECONDS = 20


class Recorded:
    def __init__(self, root: Path, start: datetime, files: list[tuple[Path, datetime, datetime]]) -> None:
        self.root = root
        self.start = start
        self.files = files
        self.end = files[-1][2]


@pytest.fixture(scope="module")
def signing_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Recorded:
    root = tmp_path_factory.mktemp("recordings")
    start = past_minute(30)
    # Three consecutive 20 s files, then a 60 s gap, then one more file.
    files = write_span(root, CAMERA, start, 3, FILE_SECONDS)
    files += write_span(root, CAMERA, start + timedelta(seconds=120), 1, FILE_SECONDS)
    write_span(root, OTHER_CAMERA, start, 1, FILE_SECONDS)
    return Recorded(root, start, files)


@pytest.fixture(scope="module")
def gateway(
    recorded: Recorded, signing_key: ec.EllipticCurvePrivateKey, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[PlaybackGateway]:
    keys = tmp_path_factory.mktemp("keys")
    public = keys / "public.pem"
    public.write_bytes(
        signing_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    spec = GatewaySpec(
        GATEWAY_ID, public, recorded.root, [CAMERA, OTHER_CAMERA], keys, gateway_credential="gw-secret"
    )
    yield from run_gateway(spec)


def ticket(
    key: ec.EllipticCurvePrivateKey,
    recorded: Recorded,
    *,
    kind: str = "playback",
    camera: str = CAMERA,
    start: datetime | None = None,
    end: datetime | None = None,
    **extra: object,
) -> str:
    return range_ticket(
        key,
        kind=kind,
        camera_id=camera,
        start=start or recorded.start - timedelta(minutes=1),
        end=end or recorded.end + timedelta(minutes=1),
        gateway_id=extra.pop("gateway_id", GATEWAY_ID),  # type: ignore[arg-type]
        **extra,
    )


def get(
    gateway: PlaybackGateway,
    path: str,
    token: str | None,
    params: dict[str, str] | None = None,
    **headers: str,
) -> httpx.Response:
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.get(f"{gateway.url}{path}", params=params, headers=headers, trust_env=False, timeout=20)


def parse_playlist(text: str) -> list[dict[str, object]]:
    """Segments with their program date time, duration, byte range, uri and whether a discontinuity precedes."""
    segments: list[dict[str, object]] = []
    pending: dict[str, object] = {}
    for line in text.splitlines():
        if line == "#EXT-X-DISCONTINUITY":
            pending["discontinuity"] = True
        elif line.startswith("#EXT-X-MAP:"):
            pending["map"] = line
        elif line.startswith("#EXT-X-PROGRAM-DATE-TIME:"):
            pending["pdt"] = datetime.fromisoformat(line.split(":", 1)[1].replace("Z", "+00:00"))
        elif line.startswith("#EXTINF:"):
            pending["duration"] = float(line.split(":", 1)[1].rstrip(","))
        elif line.startswith("#EXT-X-BYTERANGE:"):
            length, offset = line.split(":", 1)[1].split("@")
            pending["range"] = (int(offset), int(length))
        elif line and not line.startswith("#"):
            pending["uri"] = line
            segments.append(pending)
            pending = {}
    return segments


def test_playlist_maps_every_fragment_run_to_wall_clock(
    gateway: PlaybackGateway, recorded: Recorded, signing_key: ec.EllipticCurvePrivateKey
) -> None:
    response = get(gateway, f"/playback/{CAMERA}/index.m3u8", ticket(signing_key, recorded))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/vnd.apple.mpegurl")
    text = response.text
    assert text.startswith("#EXTM3U") and "#EXT-X-ENDLIST" in text
    segments = parse_playlist(text)
    # one init map per file, a discontinuity at each file boundary (3 boundaries for 4 files)
    assert text.count("#EXT-X-MAP:") == 4
    assert text.count("#EXT-X-DISCONTINUITY") == 3
    assert len(segments) == 4 * FILE_SECONDS  # a keyframe every second: one segment per fragment
    assert segments[0]["pdt"] == recorded.start
    for (_, begins, _), first in zip(recorded.files, [s for s in segments if s.get("map")], strict=True):
        assert first["pdt"] == begins
    # consecutive segments inside one file continue each other in wall-clock time and byte offsets
    second, third = segments[1], segments[2]
    assert third["pdt"] - second["pdt"] == timedelta(seconds=second["duration"])  # type: ignore[operator]
    assert third["range"][0] == second["range"][0] + second["range"][1]  # type: ignore[index]
    # the gap shows as a jump in program date time across the discontinuity
    jump = [s for s in segments if s.get("discontinuity")][-1]
    assert jump["pdt"] == recorded.start + timedelta(seconds=120)


def test_a_segment_is_a_byte_range_starting_with_a_fragment(
    gateway: PlaybackGateway, recorded: Recorded, signing_key: ec.EllipticCurvePrivateKey
) -> None:
    token = ticket(signing_key, recorded)
    segments = parse_playlist(get(gateway, f"/playback/{CAMERA}/index.m3u8", token).text)
    offset, length = segments[5]["range"]  # type: ignore[misc]
    uri = str(segments[5]["uri"])
    response = get(gateway, f"/playback/{CAMERA}/{uri}", token, Range=f"bytes={offset}-{offset + length - 1}")
    assert response.status_code == 206
    assert len(response.content) == length
    assert response.content[4:8] == b"moof"
    init = re.search(r'BYTERANGE="(\d+)@0"', str(segments[0]["map"]))
    assert init is not None
    head = get(gateway, f"/playback/{CAMERA}/{uri}", token, Range=f"bytes=0-{int(init.group(1)) - 1}")
    assert head.content[4:8] == b"ftyp" and b"moov" in head.content and b"avcC" in head.content


def test_recorded_snapshot_of_an_instant(
    gateway: PlaybackGateway, recorded: Recorded, signing_key: ec.EllipticCurvePrivateKey
) -> None:
    token = ticket(signing_key, recorded)
    first = get(
        gateway,
        f"/snapshot/{CAMERA}",
        token,
        {"at": str((recorded.start + timedelta(seconds=25)).isoformat())},
    )
    assert first.status_code == 200, first.text
    assert first.headers["content-type"] == "image/jpeg" and first.content[:2] == b"\xff\xd8"
    # the frame comes from the file holding the instant (the second one), not from the live camera
    assert first.headers["x-recorded-file"].endswith(f"{recorded.files[1][1]:%Y%m%dT%H%M%SZ}.mp4")
    other = get(
        gateway,
        f"/snapshot/{CAMERA}",
        token,
        {"at": str(int((recorded.start + timedelta(seconds=31.5)).timestamp()))},
    )
    assert other.status_code == 200 and other.content != first.content
    in_gap = get(
        gateway,
        f"/snapshot/{CAMERA}",
        token,
        {"at": str((recorded.start + timedelta(seconds=90)).isoformat())},
    )
    assert in_gap.status_code == 404 and in_gap.json()["error"] == "not-recorded"
    assert get(gateway, f"/snapshot/{CAMERA}", token, {"at": "yesterday"}).json()["error"] == "bad-instant"


def test_tickets_out_of_scope_are_refused(
    gateway: PlaybackGateway, recorded: Recorded, signing_key: ec.EllipticCurvePrivateKey
) -> None:
    playlist = f"/playback/{CAMERA}/index.m3u8"
    good = ticket(signing_key, recorded)
    first_file = parse_playlist(get(gateway, playlist, good).text)[0]["uri"]

    def refusal(response: httpx.Response) -> tuple[int, str]:
        return response.status_code, response.json()["error"]

    assert refusal(get(gateway, playlist, None)) == (401, "ticket-missing")
    # never taken from the URL (it would end up in logs and histories)
    assert refusal(get(gateway, f"{playlist}?ticket={good}", None)) == (401, "ticket-missing")
    assert refusal(get(gateway, playlist, ticket(signing_key, recorded, camera=OTHER_CAMERA))) == (
        403,
        "ticket-wrong-camera",
    )
    assert refusal(get(gateway, playlist, ticket(signing_key, recorded, gateway_id="gw-elsewhere"))) == (
        403,
        "ticket-foreign-gateway",
    )
    assert refusal(get(gateway, playlist, ticket(signing_key, recorded, kind="export", exportId="5"))) == (
        403,
        "ticket-wrong-kind",
    )
    expired = ticket(signing_key, recorded, expires_in=-60)
    assert refusal(get(gateway, playlist, expired)) == (401, "ticket-expired")
    forged = ticket(ec.generate_private_key(ec.SECP256R1()), recorded)
    assert refusal(get(gateway, playlist, forged)) == (401, "ticket-invalid")
    # a live-view ticket is not a playback ticket
    live = range_ticket(
        signing_key,
        kind="live",
        camera_id=CAMERA,
        start=recorded.start,
        end=recorded.end,
        gateway_id=GATEWAY_ID,
        q="MAIN",
    )
    assert get(gateway, playlist, live).status_code in (401, 403)
    # a ticket for another time: the files of this window are refused, snapshots outside it too
    later = ticket(
        signing_key,
        recorded,
        start=recorded.end + timedelta(minutes=5),
        end=recorded.end + timedelta(minutes=10),
    )
    assert refusal(get(gateway, f"/playback/{CAMERA}/{first_file}", later)) == (403, "ticket-wrong-time")
    at = (recorded.start + timedelta(seconds=5)).isoformat()
    assert refusal(get(gateway, f"/snapshot/{CAMERA}", later, {"at": str(at)})) == (403, "ticket-wrong-time")
    # the later window lists nothing of the earlier footage
    assert parse_playlist(get(gateway, playlist, later).text) == []
    # paths outside the recording layout do not resolve
    for path in (f"media/..%2F..%2F{OTHER_CAMERA}%2Fmain%2Fx.mp4", "media/main/2026-01-01/00/notes.txt"):
        assert get(gateway, f"/playback/{CAMERA}/{path}", good).status_code == 404


def test_export_remuxes_the_range_into_one_playable_mp4(
    gateway: PlaybackGateway, recorded: Recorded, signing_key: ec.EllipticCurvePrivateKey
) -> None:
    # 15 s .. 47 s: across two file boundaries, 32 s long
    start, end = recorded.start + timedelta(seconds=15), recorded.start + timedelta(seconds=47)
    token = ticket(signing_key, recorded, kind="export", start=start, end=end, exportId="77")
    began = time.monotonic()
    created = httpx.post(
        f"{gateway.url}/exports", headers={"Authorization": f"Bearer {token}"}, trust_env=False
    )
    assert created.status_code == 202, created.text
    status: dict[str, object] = {}
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        status = get(gateway, "/exports/77", token).json()
        if status["state"] in ("DONE", "FAILED"):
            break
        time.sleep(0.1)
    elapsed = time.monotonic() - began
    assert status["state"] == "DONE", status
    assert status["percent"] == 100
    download = get(gateway, "/exports/77.mp4", token)
    assert download.status_code == 200
    assert hashlib.sha256(download.content).hexdigest() == status["sha256"]
    assert len(download.content) == status["bytes"]
    clip = Path(gateway.log_file.parent / "clip.mp4")
    clip.write_bytes(download.content)
    probe = ffprobe(clip)
    assert abs(float(probe["format"]["duration"]) - 32) <= 1.0, probe
    (video,) = [s for s in probe["streams"] if s["codec_type"] == "video"]
    (source,) = [s for s in ffprobe(recorded.files[0][0])["streams"] if s["codec_type"] == "video"]
    assert video == source  # stream copy: same codec, profile and size as recorded
    boxes = top_level_boxes(clip)
    assert boxes.index("moov") < boxes.index("mdat"), boxes  # faststart: plays before fully downloaded
    assert "moof" not in boxes  # one plain MP4, not fragments
    print(f"export of 32 s took {elapsed:.2f} s ({32 / elapsed:.0f}x real time)")
    # only this export's own ticket opens it: not the gateway's credential, not another export's ticket
    assert get(gateway, "/exports/77.mp4", "gw-secret").json()["error"] == "ticket-invalid"
    other = ticket(signing_key, recorded, kind="export", start=start, end=end, exportId="78")
    assert get(gateway, "/exports/77.mp4", other).json()["error"] == "ticket-wrong-export"
    assert (
        get(gateway, "/exports/77.mp4", ticket(signing_key, recorded)).json()["error"] == "ticket-wrong-kind"
    )


def test_export_of_nothing_recorded_fails_with_a_reason(
    gateway: PlaybackGateway, recorded: Recorded, signing_key: ec.EllipticCurvePrivateKey
) -> None:
    start, end = recorded.start + timedelta(seconds=70), recorded.start + timedelta(seconds=100)
    token = ticket(signing_key, recorded, kind="export", start=start, end=end, exportId="79")
    assert (
        httpx.post(
            f"{gateway.url}/exports", headers={"Authorization": f"Bearer {token}"}, trust_env=False
        ).status_code
        == 202
    )
    deadline = time.monotonic() + 10
    status: dict[str, object] = {}
    while time.monotonic() < deadline:
        status = get(gateway, "/exports/79", token).json()
        if status["state"] == "FAILED":
            break
        time.sleep(0.1)
    assert status["state"] == "FAILED" and "nothing was recorded" in str(status["error"])
    assert datetime.now(UTC) > start


def test_a_file_still_being_written_is_served_as_it_was_when_asked(
    gateway: PlaybackGateway, recorded: Recorded, signing_key: ec.EllipticCurvePrivateKey
) -> None:
    """The recorder appends while players read: the body must match the Content-Length sent first."""
    token = ticket(signing_key, recorded)
    path = recorded.files[-1][0]
    relative = path.relative_to(recorded.root / CAMERA).as_posix()
    original = path.read_bytes()
    before = len(original)
    try:
        with httpx.stream(
            "GET",
            f"{gateway.url}/playback/{CAMERA}/media/{relative}",
            headers={"Authorization": f"Bearer {token}"},
            trust_env=False,
        ) as response:
            assert response.status_code == 200
            assert int(response.headers["content-length"]) == before
            with path.open("ab") as growing:
                growing.write(b"\0" * 4_000_000)  # the recorder writing on
            body = response.read()
        assert len(body) == before
        tail = get(gateway, f"/playback/{CAMERA}/media/{relative}", token, Range="bytes=-100")
        assert tail.status_code == 206 and len(tail.content) == 100
        outside = get(gateway, f"/playback/{CAMERA}/media/{relative}", token, Range=f"bytes={before * 10}-")
        assert outside.status_code == 416
    finally:
        path.write_bytes(original)
