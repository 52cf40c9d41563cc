"""Health probing scales with RTSP endpoints: many cameras on few servers cost few connections, and the
connections leave no TIME-WAIT behind. The endpoints are real TCP servers answering RTSP OPTIONS."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from gateway_support import eventually

from media_gateway.cameras import CameraRegistry
from media_gateway.directory import CameraConfig, StaticDirectory
from media_gateway.health import (
    EVALUATE_EVERY_SECONDS,
    PROBE_JITTER,
    PROBE_TIMEOUT_SECONDS,
    PROBE_UP_SECONDS,
    CameraState,
    HealthMonitor,
    endpoint_of,
)
from media_gateway.sources import PullState, Quality

CAMERAS = 300
TCP_TIME_WAIT = "06"


@dataclass
class RtspEndpoint:
    """A minimal RTSP server: answers every OPTIONS, counts the requests each connection carried."""

    port: int = 0
    requests_per_connection: list[int] = field(default_factory=list)
    server: asyncio.Server | None = None
    handlers: set[asyncio.Task[None]] = field(default_factory=set)

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)
        self.port = self.server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connection = len(self.requests_per_connection)
        self.requests_per_connection.append(0)
        try:
            while True:
                request = await reader.readuntil(b"\r\n\r\n")
                cseq = next(
                    (
                        line.split(b":", 1)[1].strip()
                        for line in request.split(b"\r\n")
                        if line.startswith(b"CSeq")
                    ),
                    b"0",
                )
                self.requests_per_connection[connection] += 1
                writer.write(b"RTSP/1.0 200 OK\r\nCSeq: " + cseq + b"\r\nPublic: OPTIONS, DESCRIBE\r\n\r\n")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    @property
    def connections(self) -> int:
        return len(self.requests_per_connection)


def time_wait_sockets(port: int) -> int:
    """Sockets in TIME-WAIT with ``port`` at either end (IPv4, from /proc/net/tcp)."""
    count = 0
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local_port, remote_port = int(fields[1].split(":")[1], 16), int(fields[2].split(":")[1], 16)
        if fields[3] == TCP_TIME_WAIT and port in (local_port, remote_port):
            count += 1
    return count


@pytest.fixture
async def endpoints() -> AsyncIterator[list[RtspEndpoint]]:
    servers = [RtspEndpoint(), RtspEndpoint()]
    for server in servers:
        await server.start()
    yield servers
    for server in servers:
        if server.server is not None and server.server.is_serving():
            await server.stop()


async def monitor_of(cameras: list[CameraConfig], probe_up_seconds: float) -> HealthMonitor:
    registry = CameraRegistry(StaticDirectory(cameras), idle_close_seconds=5)
    await registry.refresh()
    monitor = HealthMonitor(registry, "gw-probe-test", probe_up_seconds=probe_up_seconds)
    monitor.start()
    return monitor


def cameras_on(servers: list[RtspEndpoint]) -> list[CameraConfig]:
    """300 cameras spread over the endpoints, several cameras per URL (as in the demo)."""
    configs = []
    for index in range(CAMERAS):
        server = servers[index % len(servers)]
        url = f"rtsp://127.0.0.1:{server.port}/cam{index % 7}/main"
        configs.append(CameraConfig(str(index), f"camera {index}", url, url.replace("/main", "/sub")))
    return configs


def states(monitor: HealthMonitor) -> set[CameraState | None]:
    return {monitor.camera_state(str(index)) for index in range(CAMERAS)}


async def test_three_hundred_cameras_on_two_endpoints_cost_two_connections_a_round(
    endpoints: list[RtspEndpoint],
) -> None:
    interval = 1.0
    monitor = await monitor_of(cameras_on(endpoints), probe_up_seconds=interval)
    began = time.monotonic()
    try:
        assert await eventually(lambda: states(monitor) == {CameraState.ONLINE}, 3)
        await asyncio.sleep(5 * interval)
        elapsed = time.monotonic() - began
    finally:
        await monitor.close()

    # probes start on the monitor's evaluation ticks: a round lasts between 0.75 and 1 interval + 1 tick
    most_rounds = elapsed / (interval * (1 - PROBE_JITTER)) + 1
    fewest_rounds = elapsed / (interval + EVALUATE_EVERY_SECONDS) - 1
    for server in endpoints:
        # one OPTIONS per connection, nothing else; closing the monitor may cut the one probe in flight
        # between its connect and its request
        assert max(server.requests_per_connection) == 1
        assert server.requests_per_connection[:-1] == [1] * (server.connections - 1)
        assert fewest_rounds <= server.connections <= most_rounds
        assert time_wait_sockets(server.port) == 0
    assert monitor.probe_summary() == {
        "endpoints": 2,
        "connections": sum(s.connections for s in endpoints),
    }


async def test_cameras_of_a_dead_endpoint_turn_offline_within_ten_seconds_and_back_off(
    endpoints: list[RtspEndpoint],
) -> None:
    dead, alive = endpoints
    monitor = await monitor_of(cameras_on(endpoints), probe_up_seconds=PROBE_UP_SECONDS)
    try:
        assert await eventually(lambda: states(monitor) == {CameraState.ONLINE}, 3)
        await dead.stop()
        stopped_at = time.monotonic()
        on_dead = [c for c in monitor.registry.configs.values() if endpoint_of(c.main_url)[1] == dead.port]
        assert await eventually(
            lambda: {monitor.camera_state(c.id) for c in on_dead} == {CameraState.OFFLINE},
            PROBE_UP_SECONDS + PROBE_TIMEOUT_SECONDS + 1,
        )
        detected_after = time.monotonic() - stopped_at
        record = monitor.probes[("127.0.0.1", dead.port)]
        backoff_next = record.next_probe_at - time.monotonic()
    finally:
        await monitor.close()

    assert detected_after <= 10
    assert {monitor.camera_state(c.id) for c in monitor.registry.configs.values() if c not in on_dead} == {
        CameraState.ONLINE
    }
    assert record.failures == 1
    assert backoff_next > 2.5  # the next attempt waits for the first backoff step, not a tight loop
    assert time_wait_sockets(alive.port) == 0


class ReportingDirectory(StaticDirectory):
    """Keeps each camera's reported states, in order."""

    def __init__(self, cameras: list[CameraConfig]) -> None:
        super().__init__(cameras)
        self.reported: list[str] = []

    async def report_health(self, payload: dict[str, object]) -> None:
        for camera in payload["cameras"]:  # type: ignore[attr-defined]
            if not self.reported or self.reported[-1] != camera["state"]:
                self.reported.append(camera["state"])


async def test_a_reconnecting_pull_is_not_reported_online_because_its_port_answers(
    endpoints: list[RtspEndpoint],
) -> None:
    """A restarting camera accepts TCP (the port probe says reachable) before it serves RTSP: while its
    pull reconnects the camera stays OFFLINE instead of flapping ONLINE → OFFLINE (a reopened ticket)."""
    url = f"rtsp://127.0.0.1:{endpoints[0].port}/cam/main"
    config = CameraConfig("1", "gate", url, url)
    directory = ReportingDirectory([config])
    registry = CameraRegistry(directory, idle_close_seconds=5)
    await registry.refresh()
    monitor = HealthMonitor(registry, "gw-flap-test", probe_up_seconds=0.5)
    registry.on_change = monitor.source_changed
    source = registry.source(config, Quality.MAIN)
    pull = asyncio.create_task(asyncio.Event().wait())  # stands for the supervisor of a live pull
    source._supervisor = pull
    source.state = PullState.UNREACHABLE
    monitor.start()
    try:
        assert await eventually(lambda: directory.reported == ["OFFLINE"], 3)
        source.state = PullState.CONNECTING
        monitor.source_changed(source)
        await asyncio.sleep(1.5)  # several evaluations with the port probe answering
        assert monitor.probes[endpoint_of(url)].reachable
        assert directory.reported == ["OFFLINE"]
        source.state = PullState.STREAMING
        monitor.source_changed(source)
        assert await eventually(lambda: directory.reported == ["OFFLINE", "ONLINE"], 3)
    finally:
        pull.cancel()
        await monitor.close()
