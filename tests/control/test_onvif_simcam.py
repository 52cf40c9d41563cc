"""The ONVIF driver (onvif-zeep-async) against the simulated camera's ONVIF service: discovery, profiles,
stream URI, WS-Security digest auth, moves and presets — and the picture really changes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import av
import pytest

from backend.control.drivers import PresetNotFound, PtzError
from backend.control.drivers.onvif import OnvifDriver
from backend.control.drivers.simcam import SimcamHttpDriver
from tests.control.simcam_support import SimCam


@pytest.fixture(scope="module")
def simcam() -> Iterator[SimCam]:
    cameras = SimCam(["ptz1", "ptz2"]).start()
    yield cameras
    cameras.stop()


@pytest.fixture
async def driver(simcam: SimCam) -> AsyncIterator[OnvifDriver]:
    onvif = OnvifDriver(simcam.onvif("ptz1"))
    await onvif.absolute_move(0.0, 0.0, 0.0)
    yield onvif
    await onvif.close()


def grab_frame(url: str) -> list[bytes]:
    """One decoded frame of the RTSP stream: its rows of grey levels."""
    with av.open(url, options={"rtsp_transport": "tcp"}, timeout=10) as container:
        for index, frame in enumerate(container.decode(video=0)):
            if index >= 3:  # past the first keyframe's decoder warm-up
                plane = frame.reformat(format="gray").planes[0]
                data = bytes(plane)
                return [
                    data[row * plane.line_size : row * plane.line_size + plane.width]
                    for row in range(plane.height)
                ]
    raise AssertionError("no frame")


def mean_difference(a: list[bytes], b: list[bytes], first_row: int) -> float:
    """Mean absolute grey-level difference below ``first_row`` (every 4th pixel)."""
    total = count = 0
    for row_a, row_b in zip(a[first_row:], b[first_row:], strict=True):
        for x in range(0, len(row_a), 4):
            total += abs(row_a[x] - row_b[x])
            count += 1
    return total / count


async def test_absolute_move_pans_and_zooms_the_picture(driver: OnvifDriver, simcam: SimCam) -> None:
    before = await asyncio.to_thread(grab_frame, simcam.rtsp("ptz1"))
    await driver.absolute_move(0.8, -0.5, 0.5)
    state = simcam.state("ptz1")
    assert (state["pan"], state["tilt"], state["zoom"]) == (
        0.8,
        0.5,
        4.5,
    )  # ONVIF tilt up = viewport tilt down
    status = await driver.status()
    assert (round(status.pan, 3), round(status.tilt, 3), round(status.zoom, 3)) == (0.8, -0.5, 0.5)
    await asyncio.sleep(0.3)
    after = await asyncio.to_thread(grab_frame, simcam.rtsp("ptz1"))
    # Below the burned-in clock line: the panorama itself moved.
    difference = mean_difference(before, after, 60)
    assert difference > 10, difference


async def test_continuous_move_until_stop(driver: OnvifDriver, simcam: SimCam) -> None:
    await driver.continuous_move(1.0, 0.0, 0.0, device_timeout=5)
    await asyncio.sleep(0.5)
    assert (await driver.status()).moving
    await driver.stop()
    stopped_at = simcam.state("ptz1")["pan"]
    assert 0.1 < stopped_at < 0.5  # 0.5 viewport units per second at full speed
    await asyncio.sleep(0.3)
    assert simcam.state("ptz1")["pan"] == stopped_at and not simcam.state("ptz1")["moving"]


async def test_camera_side_timeout_stops_a_move(driver: OnvifDriver, simcam: SimCam) -> None:
    await driver.continuous_move(0.0, 0.0, 1.0, device_timeout=0.3)
    await asyncio.sleep(0.8)
    assert not simcam.state("ptz1")["moving"]
    assert simcam.state("ptz1")["zoom"] > 1.0


async def test_presets_round_trip(driver: OnvifDriver, simcam: SimCam) -> None:
    names = [p.name for p in await driver.presets()]
    assert names[:2] == ["home", "overview"]
    await driver.relative_move(0.4, 0.0, 0.0)
    saved = await driver.set_preset("tower crane")
    await driver.goto_preset("1")
    assert simcam.state("ptz1")["pan"] == 0.0
    await driver.goto_preset(saved.token)
    assert simcam.state("ptz1")["pan"] == 0.4
    assert saved.token in [p.token for p in await driver.presets()]
    with pytest.raises(PresetNotFound):
        await driver.goto_preset("999")


async def test_profiles_and_stream_uri_and_auth(simcam: SimCam) -> None:
    from onvif import ONVIFCamera

    from tests.control.simcam_support import ONVIF_PASSWORD, ONVIF_USER

    camera = ONVIFCamera("127.0.0.1", simcam.control_port, ONVIF_USER, ONVIF_PASSWORD, no_cache=True)
    try:
        await camera.update_xaddrs()
        media = await camera.create_media_service()
        tokens = [p.token for p in await media.GetProfiles()]
        assert tokens == ["ptz1", "ptz1_sub", "ptz2", "ptz2_sub"]
        uri = await media.GetStreamUri(
            {
                "ProfileToken": "ptz2_sub",
                "StreamSetup": {"Stream": "RTP-Unicast", "Transport": {"Protocol": "RTSP"}},
            }
        )
        assert uri.Uri == simcam.rtsp("ptz2", "sub")
    finally:
        await camera.close()
    intruder = OnvifDriver(simcam.onvif("ptz1", password="wrong"))
    with pytest.raises(PtzError):
        await intruder.status()
    await intruder.close()
    unknown = OnvifDriver(simcam.onvif("nope"))
    with pytest.raises(PtzError):
        await unknown.status()
    await unknown.close()


async def test_simcam_http_driver_uses_the_same_coordinates(simcam: SimCam) -> None:
    http = SimcamHttpDriver(f"simcam://127.0.0.1:{simcam.control_port}/ptz2")
    onvif = OnvifDriver(simcam.onvif("ptz2"))
    try:
        await http.absolute_move(-0.3, 0.6, 0.25)
        via_onvif = await onvif.status()
        via_http = await http.status()
        assert (round(via_onvif.pan, 3), round(via_onvif.tilt, 3), round(via_onvif.zoom, 3)) == (
            -0.3,
            0.6,
            0.25,
        )
        assert (round(via_http.pan, 3), round(via_http.tilt, 3), round(via_http.zoom, 3)) == (-0.3, 0.6, 0.25)
    finally:
        await http.close()
        await onvif.close()


FIRST_COMMAND_IN_A_FRESH_PROCESS = """
import asyncio, json, time
from backend.control.drivers import PtzError
from backend.control.drivers.onvif import OnvifDriver

async def main():
    stalls = []
    async def ticker():
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            stalls.append(now - last)
            last = now
    ticking = asyncio.create_task(ticker())
    await asyncio.sleep(0.05)
    try:
        await OnvifDriver("http://127.0.0.1:9/onvif/device_service", timeout=2).continuous_move(0.5, 0, 0, 1)
    except PtzError:
        pass
    ticking.cancel()
    print(json.dumps({"stall": max(stalls)}))

asyncio.run(main())
"""


def test_the_first_ptz_command_of_a_process_does_not_stall_its_event_loop() -> None:
    """Importing the ONVIF library (and zeep) costs 0.5–2 s of CPU; done inside the event loop at the first
    command, it froze every websocket of the backend meanwhile (the site's lock notice arrived late)."""
    import json
    import subprocess
    import sys

    from tests.faults.backend_process import REPO

    ran = subprocess.run(
        [sys.executable, "-c", FIRST_COMMAND_IN_A_FRESH_PROCESS],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    stall = json.loads(ran.stdout.strip().splitlines()[-1])["stall"]
    assert stall < 0.25, f"the event loop stood still for {stall:.3f} s"
