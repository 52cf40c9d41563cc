"""Camera-control benchmark: preemption latency and PTZ command → visible change.

    .venv/bin/python bench/control/bench_control.py [--rounds 40] [--redis]

Starts a simulated camera (ONVIF), a seeded SQLite database and one backend (`sitewatch serve`; with
--redis: Redis event bus and lease store). Then:
- preemption: the supervisor holds the camera and listens on `subscription cameraControl`; the city
  center acquires; latency = city's request sent → PREEMPTED received by the supervisor's WebSocket.
- PTZ → visible: the supervisor sends `ptzAbsolute` alternating between two positions; a reader decodes
  the camera's sub stream (the H.264 the gateway relays to browsers without transcoding) and timestamps
  the first frame whose picture (below the burned-in clock) changed; latency = request sent → that frame.
Prints p50/p95/max in milliseconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import av
import httpx
import websockets

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.control.simcam_support import SimCam, free_port  # noqa: E402

PASSWORD = "correct-horse-battery"
SEED = """
import asyncio, json, sys
from backend import db
from backend.cameras.models import Camera
from tests.world import build_world

async def main(url, endpoint):
    await db.migrate(url)
    await db.connect(url)
    world = await build_world()
    camera = world.cameras["A1"][0]
    await Camera.filter(id=camera.id).update(onvif_endpoint=endpoint)
    print(json.dumps({"camera": world.gid("Camera", camera.id)}))
    await db.disconnect()

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(name: str, values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return (
        f"{name:<34} n={len(ms):>3}  p50 {percentile(ms, 0.5):7.1f} ms  p95 {percentile(ms, 0.95):7.1f} ms  "
        f"max {max(ms):7.1f} ms  mean {statistics.fmean(ms):7.1f} ms"
    )


class FrameWatcher(threading.Thread):
    """Decodes the RTSP stream; records (arrival time, picture signature) of every frame."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url = url
        self.frames: list[tuple[float, list[int]]] = []
        self.lock = threading.Lock()
        self.stopped = False

    def run(self) -> None:
        with av.open(
            self.url, options={"rtsp_transport": "tcp", "fflags": "nobuffer"}, timeout=10
        ) as container:
            for frame in container.decode(video=0):
                arrived = time.perf_counter()
                plane = frame.reformat(format="gray").planes[0]
                data = bytes(plane)
                signature = [
                    data[row * plane.line_size + x]
                    for row in range(60, plane.height, 12)
                    for x in range(0, plane.width, 16)
                ]
                with self.lock:
                    self.frames.append((arrived, signature))
                    del self.frames[:-200]
                if self.stopped:
                    return

    def first_change_after(self, t0: float, reference: list[int], timeout: float = 5.0) -> float | None:
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            with self.lock:
                for arrived, signature in self.frames:
                    if (
                        arrived > t0
                        and sum(abs(a - b) for a, b in zip(signature, reference, strict=True))
                        / len(signature)
                        > 8
                    ):
                        return arrived
            time.sleep(0.005)
        return None

    def latest(self) -> list[int]:
        with self.lock:
            return self.frames[-1][1]


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--redis", action="store_true", help="Redis event bus and lease store")
    args = parser.parse_args()

    simcam = SimCam(["ptz1"]).start()
    tmp = tempfile.mkdtemp(prefix="bench-control-")
    database = f"sqlite://{tmp}/bench.sqlite3"
    seeded = subprocess.run(
        [sys.executable, "-c", SEED, database, simcam.onvif("ptz1")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    camera = json.loads(seeded.stdout.strip().splitlines()[-1])["camera"]
    port = free_port()
    env = {
        **os.environ,
        "SITEWATCH_DATABASE_URL": database,
        "SITEWATCH_JWT_SECRET": "bench-secret-" + "z" * 40,
        "SITEWATCH_CHECK_INTERVAL": "0",
        "SITEWATCH_LOGIN_ATTEMPTS": "1000",
        "SITEWATCH_FRONTEND_DIST": "/nonexistent",
        "SITEWATCH_DATA_DIR": tmp,
    }
    if args.redis:
        env["SITEWATCH_REDIS_URL"] = "redis://127.0.0.1:6379/13"
    backend = subprocess.Popen(
        [sys.executable, "-m", "backend.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    watcher: FrameWatcher | None = None
    try:
        async with httpx.AsyncClient(base_url=base, timeout=30, trust_env=False) as http:
            for _ in range(300):
                try:
                    if (await http.get("/healthz")).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(0.1)

            async def gql(token: str | None, query: str, variables: dict[str, Any]) -> dict[str, Any]:
                headers = {"authorization": f"Bearer {token}"} if token else {}
                body = (
                    await http.post(
                        "/graphql", json={"query": query, "variables": variables}, headers=headers
                    )
                ).json()
                assert not body.get("errors"), body
                return next(iter(body["data"].values()))  # type: ignore[no-any-return]

            login = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { ... on LoginSuccess { accessToken } } }"
            supervisor = (await gql(None, login, {"u": "w-supervisor", "p": PASSWORD}))["accessToken"]
            city = (await gql(None, login, {"u": "w-city_center", "p": PASSWORD}))["accessToken"]
            acquire = "mutation($id: ID!) { acquireCameraControl(cameraId: $id) { __typename ... on UserError { code } } }"
            release = "mutation($id: ID!) { releaseCameraControl(cameraId: $id) { __typename } }"
            absolute = "mutation($id: ID!, $pan: Float!) { ptzAbsolute(cameraId: $id, pan: $pan) { __typename ... on UserError { code } } }"
            subscription = "subscription($id: ID!) { cameraControl(cameraId: $id) { kind } }"

            preemption: list[float] = []
            async with websockets.connect(
                base.replace("http", "ws") + "/graphql",
                subprotocols=[websockets.Subprotocol("graphql-transport-ws")],
            ) as ws:
                await ws.send(
                    json.dumps(
                        {"type": "connection_init", "payload": {"Authorization": f"Bearer {supervisor}"}}
                    )
                )
                await ws.recv()
                await ws.send(
                    json.dumps(
                        {
                            "id": "1",
                            "type": "subscribe",
                            "payload": {"query": subscription, "variables": {"id": camera}},
                        }
                    )
                )

                async def kind() -> str:
                    while True:
                        message = json.loads(await asyncio.wait_for(ws.recv(), 10))
                        if message["type"] == "next":
                            return message["payload"]["data"]["cameraControl"]["kind"]  # type: ignore[no-any-return]

                assert await kind() == "STATE"
                for _ in range(args.rounds):
                    assert (await gql(supervisor, acquire, {"id": camera}))[
                        "__typename"
                    ] == "CameraControlLease"
                    assert await kind() == "ACQUIRED"
                    t0 = time.perf_counter()
                    request = asyncio.create_task(gql(city, acquire, {"id": camera}))
                    assert await kind() == "PREEMPTED"
                    preemption.append(time.perf_counter() - t0)
                    await request
                    await gql(city, release, {"id": camera})
                    assert await kind() == "RELEASED"

            await gql(supervisor, acquire, {"id": camera})
            watcher = FrameWatcher(simcam.rtsp("ptz1", "sub"))
            watcher.start()
            while not watcher.frames:
                await asyncio.sleep(0.05)
            visible: list[float] = []
            for index in range(args.rounds):
                await asyncio.sleep(0.4)  # let the picture settle
                reference = watcher.latest()
                t0 = time.perf_counter()
                result = await gql(supervisor, absolute, {"id": camera, "pan": 0.5 if index % 2 else -0.5})
                assert result["__typename"] == "PtzCommandAccepted", result
                changed = await asyncio.to_thread(watcher.first_change_after, t0, reference)
                assert changed is not None, "the picture did not change"
                visible.append(changed - t0)
            await gql(supervisor, release, {"id": camera})
    finally:
        if watcher is not None:
            watcher.stopped = True
        backend.terminate()
        backend.wait(10)
        simcam.stop()
    mode = "Redis bus + Redis lease store" if args.redis else "in-process bus + database lease store (SQLite)"
    print(f"camera control benchmark — one backend, {mode}, {args.rounds} rounds")
    print(summary("preemption → supervisor notified", preemption))
    print(summary("ptzAbsolute → changed frame decoded", visible))


if __name__ == "__main__":
    asyncio.run(main())
