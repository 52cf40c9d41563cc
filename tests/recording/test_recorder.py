"""The recorder with real processes: looped simcams → gateway → fMP4 files (ffprobe, PyAV), the real backend
as index, kill -9 of the gateway, the disk guard and retention deleting real files around held footage."""

from __future__ import annotations

import asyncio
import inspect
import itertools
import shutil
import time
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from backend.audit.models import AuditEvent
from backend.cameras.models import Camera
from backend.districts.models import District
from backend.media.gateways import register_gateway
from backend.projects.models import Project, ProjectStatus
from backend.recordings.models import GapCause, HoldReason, RecordingGap, RecordingHold, RecordingSegment
from backend.settings import Settings
from tests.recording.support import (
    LoopSimCam,
    RecordingGateway,
    camera_sps,
    decodes_cleanly,
    ffprobe,
    file_sps,
    fragment_starts,
    loop_simcam,
    name_second,
    packet_times,
    recorded_files,
    ticket_key_file,
)
from tests.world import World

__all__ = ["loop_simcam", "ticket_key_file"]

pytestmark = pytest.mark.slow


async def eventually(condition: Any, within: float, interval: float = 0.5) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        value = condition()
        if inspect.isawaitable(value):
            value = await value
        if value:
            return True
        await asyncio.sleep(interval)
    return False


async def test_recorded_files_are_the_camera_h264_in_fragments_of_at_most_a_second(
    loop_simcam: LoopSimCam, ticket_key_file: Path, tmp_path: Path
) -> None:
    root = tmp_path / "recordings"
    gateway = RecordingGateway(
        [
            "--gateway-id",
            "gw-static",
            "--ticket-public-key",
            str(ticket_key_file),
            "--camera",
            f"1={loop_simcam.url('rec1')}",
            "--camera",
            f"2={loop_simcam.url('recb')}",
            "--record",
            "all",
            "--recording-root",
            str(root),
            "--recording-segment-seconds",
            "3",
        ],
        {},
        tmp_path / "gateway.log",
    )
    gateway.start()
    try:
        assert await eventually(
            lambda: len(recorded_files(root, "1")) >= 3 and len(recorded_files(root, "2")) >= 3, 40
        ), gateway.log()
    finally:
        gateway.stop()
    for camera, url, profile in (
        ("1", loop_simcam.url("rec1"), "Constrained Baseline"),
        ("2", loop_simcam.url("recb"), "Main"),
    ):
        files = recorded_files(root, camera)
        # <cameraId>/<stream>/<YYYY-MM-DD>/<HH>/<YYYYmmddTHHMMSSZ>.mp4 in UTC
        first = files[0]
        moment = datetime.fromtimestamp(name_second(first), UTC)
        assert (
            first.relative_to(root).as_posix() == f"{camera}/main/{moment:%Y-%m-%d}/{moment:%H}/{first.name}"
        )
        stream = ffprobe(first, "-show_entries", "stream=codec_name,profile,width,height,has_b_frames")[
            "streams"
        ][0]
        # passthrough: the camera's own H.264 (the B-frame camera keeps its B-frames; viewers get a transcode)
        assert (stream["codec_name"], stream["profile"], stream["width"], stream["height"]) == (
            "h264",
            profile,
            1280,
            720,
        )
        if camera == "2":
            assert stream["has_b_frames"] >= 1
        camera_parameter_set = await asyncio.to_thread(camera_sps, url)
        for path in files:
            assert file_sps(path) == camera_parameter_set, path
        previous_end = None
        for path in files[:-1]:  # every finished file plays and is cut in fragments of ≤ 1 s
            assert decodes_cleanly(path), path
            timescale, starts = fragment_starts(path)
            assert timescale == 90000 and len(starts) >= 3
            assert max(b - a for a, b in itertools.pairwise(starts)) <= timescale * 1.0
            times = packet_times(path)
            # media time + the second in the name = wall clock: consecutive files continue each other
            start, end = name_second(path) + min(times), name_second(path) + max(times)
            if previous_end is not None:
                assert abs(start - previous_end) < 0.2, (path, start, previous_end)
            previous_end = end + 0.04
            assert 2.9 <= end + 0.04 - start <= 4.2


@pytest.fixture
async def recorded_site(world: World, loop_simcam: LoopSimCam) -> AsyncIterator[dict[str, Any]]:
    code = f"K{uuid.uuid4().hex[:6]}"
    district = await District.create(city_id=world.district_a.city_id, code=code, name=code, name_en=code)
    project = await Project.create(
        code=f"{code}-1", name="recorded", district=district, status=ProjectStatus.UNDER_CONSTRUCTION
    )
    camera = await Camera.create(project=project, name=f"{code}-cam", main_stream_url=loop_simcam.url("rec2"))
    # the city registers the gateway for this district; the gateway authenticates with its own credential
    gateway_id = f"gw-{code.lower()}"
    _, credential = await register_gateway(None, gateway_id, [district.id])
    yield {
        "district": district,
        "project": project,
        "camera": camera,
        "code": code,
        "gateway": gateway_id,
        "credential": credential,
    }


def backend_gateway(
    live_server: Any,
    settings: Settings,
    site: dict[str, Any],
    ticket_key_file: Path,
    root: Path,
    log: Path,
    *extra: str,
) -> RecordingGateway:
    return RecordingGateway(
        [
            "--gateway-id",
            site["gateway"],
            "--districts",
            site["code"],
            "--ticket-public-key",
            str(ticket_key_file),
            "--recording-root",
            str(root),
            *extra,
        ],
        {
            "SITEWATCH_BACKEND_URL": live_server.state.base_url,
            "SITEWATCH_GATEWAY_CREDENTIAL": site["credential"],
        },
        log,
    )


async def test_kill_9_loses_at_most_two_seconds_and_the_restart_reports_the_gap(
    live_server: Any, settings: Settings, recorded_site: dict[str, Any], ticket_key_file: Path, tmp_path: Path
) -> None:
    camera = recorded_site["camera"]
    root = tmp_path / "recordings"
    gateway = backend_gateway(
        live_server,
        settings,
        recorded_site,
        ticket_key_file,
        root,
        tmp_path / "gw.log",
        "--recording-segment-seconds",
        "4",
    )
    gateway.start()
    try:
        # the open segment reaches the index before it is finished (the timeline reaches now)
        assert await eventually(
            lambda: RecordingSegment.filter(camera_id=camera.id, final=False).exists(), 40
        ), gateway.log()
        assert await eventually(
            lambda: RecordingSegment.filter(camera_id=camera.id, final=True).exists(), 30
        ), gateway.log()
        await asyncio.sleep(1.5)  # mid-segment
        killed_at = gateway.kill9()
        files = recorded_files(root, str(camera.id))
        assert len(files) >= 2
        for path in files[:-1]:
            assert await asyncio.to_thread(decodes_cleanly, path), path
        partial = files[-1]
        times = await asyncio.to_thread(packet_times, partial)
        if not times:  # killed within a second of a new file: nothing of it was complete yet
            partial = files[-2]
            times = await asyncio.to_thread(packet_times, partial)
        assert name_second(partial) + max(times) >= killed_at - 2.0, (
            killed_at,
            name_second(partial) + max(times),
        )

        gateway.start()  # recording resumes by itself
        assert await eventually(
            lambda: RecordingSegment.filter(
                camera_id=camera.id, start_at__gt=datetime.fromtimestamp(killed_at, UTC)
            ).exists(),
            40,
        ), gateway.log()
        assert await eventually(
            lambda: RecordingGap.filter(
                camera_id=camera.id, cause=GapCause.GATEWAY_DOWN, end_at__not_isnull=True
            ).exists(),
            20,
        ), gateway.log()
    finally:
        gateway.stop()
    gap = await RecordingGap.get(camera_id=camera.id, cause=GapCause.GATEWAY_DOWN)
    assert killed_at - 2.0 <= gap.start_at.timestamp() <= killed_at
    assert gap.end_at is not None and gap.end_at.timestamp() > killed_at
    finalized = await RecordingSegment.get(camera_id=camera.id, path=partial.relative_to(root).as_posix())
    assert finalized.final and finalized.end_at.timestamp() >= killed_at - 2.0
    assert finalized.bytes == partial.stat().st_size  # cut back to its last complete fragment
    assert await asyncio.to_thread(decodes_cleanly, partial)


async def test_disk_guard_and_retention_delete_real_files_but_never_held_footage(
    live_server: Any, settings: Settings, recorded_site: dict[str, Any], ticket_key_file: Path, tmp_path: Path
) -> None:
    camera = recorded_site["camera"]
    root = tmp_path / "recordings"
    quota = 2_200_000  # about 8 s at 2 Mbit/s
    gateway = backend_gateway(
        live_server,
        settings,
        recorded_site,
        ticket_key_file,
        root,
        tmp_path / "gw.log",
        "--recording-segment-seconds",
        "2",
        "--recording-max-bytes",
        str(quota),
        "--recording-guard-seconds",
        "1",
        "--recording-retention-check-seconds",
        "3",
    )
    gateway.start()
    services = live_server.state.services
    try:
        assert await eventually(lambda: recorded_files(root, str(camera.id)), 40), gateway.log()
        # evidence of a hazard notice: the first seconds of recording are held
        hold_end = datetime.now(UTC) + timedelta(seconds=3)
        await RecordingHold.create(
            camera=camera,
            start_at=hold_end - timedelta(minutes=5),
            end_at=hold_end,
            reason=HoldReason.HAZARD_NOTICE,
            ref_id=1,
        )

        def disk_guard_ran() -> Any:
            return AuditEvent.filter(action="recording.deleted", object_id=recorded_site["gateway"]).exists()

        assert await eventually(disk_guard_ran, 60), gateway.log()
        await asyncio.sleep(4)
        held = [p for p in recorded_files(root, str(camera.id)) if name_second(p) < hold_end.timestamp() - 1]
        assert held, "the held segments were deleted"
        used = sum(p.stat().st_size for p in recorded_files(root, str(camera.id)))
        assert used <= quota + 1_500_000, used  # the guard keeps up (quota + the file being written)
        # 31 days later (the backend's clock), retention deletes all but the held footage
        services.clock = lambda: datetime.now(UTC) + timedelta(days=31)
        try:

            async def retention_ran() -> bool:
                audits = await AuditEvent.filter(
                    action="recording.deleted", object_id=recorded_site["gateway"]
                )
                return any(a.detail["reason"] == "RETENTION" for a in audits)

            assert await eventually(retention_ran, 30), gateway.log()
        finally:
            services.clock = lambda: datetime.now(UTC)
    finally:
        gateway.stop()
    remaining = recorded_files(root, str(camera.id))
    assert all(path in remaining for path in held)
    rows = {r.path for r in await RecordingSegment.filter(camera_id=camera.id)}
    for path in held:
        assert path.relative_to(root).as_posix() in rows
    audits = await AuditEvent.filter(action="recording.deleted", object_id=recorded_site["gateway"])
    reasons = {a.detail["reason"] for a in audits}
    assert reasons == {"DISK_GUARD", "RETENTION"}
    deleted = [line.split(" ")[0] for a in audits for line in a.detail["deleted"]]
    assert not any((root / path).exists() for path in deleted)
    assert not {p.relative_to(root).as_posix() for p in held} & set(deleted)


async def test_without_a_backend_to_choose_deletions_a_full_quota_stops_recording_with_a_disk_full_gap(
    loop_simcam: LoopSimCam, ticket_key_file: Path, tmp_path: Path
) -> None:
    root = tmp_path / "recordings"
    quota = 600_000  # about 2 s at 2 Mbit/s
    gateway = RecordingGateway(
        [
            "--gateway-id",
            "gw-full",
            "--ticket-public-key",
            str(ticket_key_file),
            "--camera",
            f"1={loop_simcam.url('rec1')}",
            "--record",
            "all",
            "--recording-root",
            str(root),
            "--recording-segment-seconds",
            "1",
            "--recording-max-bytes",
            str(quota),
            "--recording-guard-seconds",
            "0.5",
        ],
        {"SITEWATCH_GATEWAY_OPERATOR_KEY": "operator-key-of-this-test"},  # /health needs a key
        tmp_path / "gateway.log",
    )
    gateway.start()

    async def recorder_status() -> dict[str, Any]:
        async with httpx.AsyncClient(trust_env=False) as http:
            try:
                health: dict[str, Any] = (
                    await http.get(
                        f"http://127.0.0.1:{gateway.port}/health",
                        headers={"Authorization": "Bearer operator-key-of-this-test"},
                    )
                ).json()
            except httpx.HTTPError:
                return {}
            return health.get("recorder", {})

    try:

        async def blocked() -> bool:
            return bool((await recorder_status()).get("diskBlocked"))

        assert await eventually(blocked, 40), gateway.log()
        await asyncio.sleep(2.0)  # the file in progress when the guard tripped is finished
        stopped_at = sum(p.stat().st_size for p in recorded_files(root, "1"))
        await asyncio.sleep(4.0)
        assert sum(p.stat().st_size for p in recorded_files(root, "1")) == stopped_at  # nothing more written
        status = await recorder_status()
        assert status["diskBlocked"] and status["openGaps"] == 1
        assert "DISK_FULL" in gateway.log() or status["openGaps"] == 1
    finally:
        gateway.stop()
    assert stopped_at < quota + 1_000_000


async def test_a_free_space_watermark_the_backend_cannot_satisfy_stops_recording_and_reports_disk_full(
    live_server: Any, settings: Settings, recorded_site: dict[str, Any], ticket_key_file: Path, tmp_path: Path
) -> None:
    camera = recorded_site["camera"]
    root = tmp_path / "recordings"
    root.mkdir()
    # a watermark above what the file system has free: nothing the backend may delete brings it back
    watermark = shutil.disk_usage(root).free + 50 * 1024**3
    gateway = backend_gateway(
        live_server,
        settings,
        recorded_site,
        ticket_key_file,
        root,
        tmp_path / "gw.log",
        "--recording-min-free-bytes",
        str(watermark),
        "--recording-guard-seconds",
        "1",
    )
    gateway.start()
    try:
        assert await eventually(
            lambda: RecordingGap.filter(camera_id=camera.id, cause=GapCause.DISK_FULL, end_at=None).exists(),
            40,
        ), gateway.log()
    finally:
        gateway.stop()
    assert recorded_files(root, str(camera.id)) == []
    assert "still" in gateway.log() and "bytes short" in gateway.log()
