"""Alert fan-out benchmark against its floor, measured in the same run.

Subscribers: graphql-transport-ws sockets spread over the roles of the test world (city, district,
inspector, construction unit, supervisor, contractor — all in the audience of a hazard notice on
project A1 — plus a few provider sockets that must receive nothing). The SPA's own subscription
selection. Alerts are raised through `issueHazardNotice` on a fixed schedule (--rate per second);
latency is from the mutation's scheduled send to each socket's receipt. Before the measured burst,
--warmup alerts go out at the same rate in every mode and are not counted. The clients run in
--client-processes separate processes (CLOCK_MONOTONIC is system-wide, so times compare).

Modes, all on a fresh PostgreSQL database:
- floor: a bare `websockets` server (no GraphQL, no database) broadcasting the same pre-encoded
  `next` frames to the same number of sockets at the same rate;
- one: one `sitewatch serve` process, in-process bus;
- redis: two processes sharing PostgreSQL and Redis; alerts raised on A, subscribers on B.

    ulimit -n 16384
    .venv/bin/python bench/alerts/fanout.py --subscribers 2000 --alerts 100 --rate 20 --modes floor,one,redis
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import gc
import json
import multiprocessing
import os
import re
import socket
import statistics
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import websockets
from websockets.asyncio.client import connect
from websockets.asyncio.server import broadcast, serve

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from backend.graphql_core.ids import to_cursor  # noqa: E402

SUBSCRIPTION = (ROOT / "frontend/src/graphql/operations/alerts.graphql").read_text().split("\n}\n")[
    0
] + "\n}\n"
ISSUE = """mutation($p: ID!, $d: DateTime!, $t: String!) { issueHazardNotice(input: {projectId: $p, kind: RECTIFY,
  severity: MEDIUM, description: $t, deadline: $d}) { __typename } }"""
AUDIENCE = ["CITY_CENTER", "DISTRICT_CENTER", "INSPECTOR", "CONSTRUCTION_UNIT", "SUPERVISOR", "CONTRACTOR"]
OUTSIDE = "PROVIDER"  # not addressed by hazard notices: must receive nothing
BENCH_NUMBER = re.compile(r"bench (\d+) ")
FIRST = to_cursor(0)
CREATED_AT = re.compile(r'"createdAt":"([^"]+)"')
SEED = """
import asyncio, sys
from backend import db
from tests.world import build_world
async def main(url):
    await db.migrate(url); await db.connect(url)
    world = await build_world()
    print(world.gid("Project", world.project_a1.id)); print(world.password)
    for role, name in world.usernames.items(): print(role, name)
    await db.disconnect()
asyncio.run(main(sys.argv[1]))
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# -- clients (separate processes) ----------------------------------------------------------------
def client_process(
    port: int, sockets: list[tuple[str | None, int, str]], alerts: int, ready: Any, stop: Any, results: Any
) -> None:
    asyncio.run(_clients(port, sockets, alerts, ready, stop, results))


async def _clients(
    port: int, sockets: list[tuple[str | None, int, str]], alerts: int, ready: Any, stop: Any, results: Any
) -> None:
    loop = asyncio.get_running_loop()
    received: list[tuple[int, float]] = []
    since_commit: list[float] = []
    errors: list[str] = []
    subscribers: list[RawSubscriber] = []
    opening = asyncio.Semaphore(50)  # a connection storm overflows the listen backlog

    async def open_socket(token: str | None, expected: int, role: str) -> None:
        for attempt in range(10):
            try:
                async with opening:
                    subscriber = RawSubscriber(token, expected, role, received, since_commit, errors)
                    await loop.create_connection(lambda s=subscriber: s, "127.0.0.1", port)  # type: ignore[misc]
                    await asyncio.wait_for(subscriber.subscribed, 120)
                    subscribers.append(subscriber)
                    return
            except (OSError, TimeoutError):
                await asyncio.sleep(0.2 * (attempt + 1))
        raise RuntimeError("could not connect")

    await asyncio.gather(*(open_socket(token, expected, role) for token, expected, role in sockets))
    # The load generator's own collector, off while it measures: one full collection of a client
    # (its sockets and the receipts so far) paused it 10-19 ms once per run, at the same alert in
    # every mode, and with 100 alerts one alert's deliveries are the p99. Receipts are not cycles.
    gc.collect()
    gc.freeze()
    gc.disable()
    ready.put(len(sockets))
    # Until every socket has every alert it should get, or the driver says the run is over (after
    # the last alert plus a grace period): whatever is missing then is lost.
    while not stop.is_set() and not all(s.complete for s in subscribers):
        await asyncio.sleep(0.2)
    for subscriber in subscribers:
        subscriber.close()
    counts = [(s.expected, s.got, s.role) for s in subscribers]
    results.put({"received": received, "counts": counts, "since_commit": since_commit, "errors": errors[:5]})


BENCH_NUMBER_BYTES = re.compile(rb"bench (\d+) ")
CREATED_AT_BYTES = re.compile(rb'"createdAt":"([^"]+)"')


class RawSubscriber(asyncio.Protocol):
    """One graphql-transport-ws subscriber over a websocket parsed by hand.

    The load generator reads up to 40,000 frames a second on the same two cores as the server it
    measures; a websockets client (a coroutine, a queue and a wait_for per message) spent most of
    those cores itself and was the bottleneck of every mode, the floor's included. Here a frame
    costs a slice and two byte searches, timed once per received chunk. Server frames are unmasked
    and this client offers no extension, so a frame is a 2–10 byte header and its payload."""

    def __init__(
        self,
        token: str | None,
        expected: int,
        role: str,
        received: list[tuple[int, float]],
        since_commit: list[float],
        errors: list[str],
    ) -> None:
        self.token, self.expected, self.role = token, expected, role
        self.received, self.since_commit, self.errors = received, since_commit, errors
        self.got = 0
        self.failed = False
        self.subscribed: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.buffer = bytearray()
        self.upgraded = False
        self.transport: asyncio.Transport | None = None

    @property
    def complete(self) -> bool:
        return self.failed or (self.expected > 0 and self.got >= self.expected)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        key = base64.b64encode(os.urandom(16)).decode()
        transport.write(
            (
                "GET /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                "Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n"
            ).encode()
        )

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.subscribed.done():
            self.subscribed.set_exception(OSError(f"connection lost: {exc}"))

    def send_text(self, message: dict[str, Any]) -> None:
        self.send_frame(0x1, json.dumps(message).encode())

    def send_frame(self, opcode: int, payload: bytes) -> None:
        mask = os.urandom(4)
        masked = (
            int.from_bytes(payload, "big")
            ^ int.from_bytes((mask * (len(payload) // 4 + 1))[: len(payload)], "big")
        ).to_bytes(len(payload), "big")
        length = len(payload)
        first = 0x80 | opcode  # FIN
        header = (
            bytes((first, 0x80 | length))
            if length < 126
            else bytes((first, 0x80 | 126)) + length.to_bytes(2, "big")
        )
        assert self.transport is not None
        self.transport.write(header + mask + masked)

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()

    def data_received(self, data: bytes) -> None:
        now = time.monotonic()
        buffer = self.buffer
        buffer += data
        if not self.upgraded:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            if not buffer.startswith(b"HTTP/1.1 101"):
                self.subscribed.set_exception(OSError(bytes(buffer[:80]).decode(errors="replace")))
                return
            del buffer[: end + 4]
            self.upgraded = True
            self.send_text({"type": "connection_init", "payload": {"Authorization": f"Bearer {self.token}"}})
        offset, size = 0, len(buffer)
        while size - offset >= 2:
            length = buffer[offset + 1] & 0x7F
            start = offset + 2
            if length == 126:
                if size - offset < 4:
                    break
                length, start = int.from_bytes(buffer[offset + 2 : offset + 4], "big"), offset + 4
            elif length == 127:
                if size - offset < 10:
                    break
                length, start = int.from_bytes(buffer[offset + 2 : offset + 10], "big"), offset + 10
            if size < start + length:
                break
            opcode = buffer[offset] & 0x0F
            payload = bytes(buffer[start : start + length])
            offset = start + length
            if opcode == 0x1:
                self.on_text(payload, now)
            elif opcode == 0x9:  # the server's keepalive: unanswered, it closes the connection
                self.send_frame(0xA, payload)
            elif opcode == 0x8:
                self.failed = self.failed or self.got < self.expected
                break
        del buffer[:offset]

    def on_text(self, payload: bytes, now: float) -> None:
        if b'"next"' in payload:
            number = BENCH_NUMBER_BYTES.search(payload)
            if number is None:
                return  # the world's own alerts, replayed by since=first
            self.received.append((int(number.group(1)), now))
            created = CREATED_AT_BYTES.search(payload)
            if created:
                self.since_commit.append(
                    time.time() - datetime.fromisoformat(created.group(1).decode()).timestamp()
                )
            self.got += 1
        elif b'"connection_ack"' in payload:
            # since = before the first alert: a subscription the server attaches late (it is busy
            # attaching 2,000) still gets every bench alert, late, instead of starting after it.
            self.send_text(
                {
                    "id": "1",
                    "type": "subscribe",
                    "payload": {"query": SUBSCRIPTION, "variables": {"since": FIRST}},
                }
            )
            self.subscribed.set_result(None)
        elif b'"ping"' in payload:
            self.send_text({"type": "pong"})
        elif b'"error"' in payload or b'"complete"' in payload:
            self.errors.append(payload[:200].decode(errors="replace"))
            self.failed = True


# -- the floor: a bare websockets server -----------------------------------------------------------
def floor_process(port: int, control_port: int) -> None:
    asyncio.run(_floor(port, control_port))


async def _floor(port: int, control_port: int) -> None:
    subscribers: set[Any] = set()

    async def handler(ws: Any) -> None:
        await ws.recv()
        await ws.send('{"type":"connection_ack"}')
        await ws.recv()
        subscribers.add(ws)
        try:
            await ws.wait_closed()
        finally:
            subscribers.discard(ws)

    async def control(ws: Any) -> None:
        async for frame in ws:  # one pre-encoded frame per alert: broadcast it now
            broadcast(subscribers, frame)

    async with (
        serve(
            handler,
            "127.0.0.1",
            port,
            subprotocols=[websockets.Subprotocol("graphql-transport-ws")],
            compression=None,
            ping_interval=None,
        ),
        serve(control, "127.0.0.1", control_port),
    ):
        await asyncio.Future()


# -- driver ------------------------------------------------------------------------------------
async def run_mode(mode: str, args: argparse.Namespace) -> dict[str, Any]:
    name = f"sitewatch_bench_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect("postgres://postgres@127.0.0.1:5432/postgres")
    await admin.execute(f'CREATE DATABASE "{name}"')
    url = f"postgres://postgres@127.0.0.1:5432/{name}"
    env = {
        **os.environ,
        "SITEWATCH_DATABASE_URL": url,
        "SITEWATCH_JWT_SECRET": "bench-secret-" + "b" * 40,
        "SITEWATCH_DATA_DIR": f"/tmp/{name}",
        "SITEWATCH_CHECK_INTERVAL": "0",
        "SITEWATCH_LOGIN_ATTEMPTS": "100000",
        "PYTHONPATH": str(ROOT),
    }
    if mode == "redis":
        env["SITEWATCH_REDIS_URL"] = args.redis_url
    lines = subprocess.run(
        [sys.executable, "-c", SEED, url], env=env, capture_output=True, text=True, check=True
    ).stdout.split("\n")
    project, password = lines[0], lines[1]
    usernames = dict(line.split(" ", 1) for line in lines[2:] if line.strip())
    procs: list[subprocess.Popen[bytes]] = []
    floor: multiprocessing.Process | None = None
    try:
        ports = [free_port(), free_port()] if mode == "redis" else [free_port()]
        control_port = free_port()
        serve_cmd = [str(ROOT / ".venv/bin/sitewatch"), "serve", "--host", "127.0.0.1"]
        for port in ports:
            procs.append(
                subprocess.Popen(
                    [*serve_cmd, "--port", str(port)],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=open(f"/tmp/{name}-{port}.log", "wb"),  # noqa: SIM115
                )
            )
        async with httpx.AsyncClient(timeout=60) as http:
            for port in ports:
                for _ in range(600):
                    try:
                        if (await http.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200:
                            break
                    except httpx.TransportError:
                        await asyncio.sleep(0.05)
            tokens = {}
            login = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { ... on LoginSuccess { accessToken } } }"
            for role in [*AUDIENCE, OUTSIDE]:
                body = (
                    await http.post(
                        f"http://127.0.0.1:{ports[0]}/graphql",
                        json={"query": login, "variables": {"u": usernames[role], "p": password}},
                    )
                ).json()
                tokens[role] = body["data"]["login"]["accessToken"]
            sub_port, pub_port = ports[-1], ports[0]
            watched_pid = procs[-1].pid
            if mode == "floor":
                sub_port = free_port()
                floor = multiprocessing.get_context("spawn").Process(
                    target=floor_process, args=(sub_port, control_port)
                )
                floor.start()
                await asyncio.sleep(1.0)
                watched_pid = floor.pid  # type: ignore[assignment]
            plan: list[tuple[str | None, int, str]] = []
            for index in range(args.subscribers):
                role = AUDIENCE[index % len(AUDIENCE)]
                plan.append((tokens[role], args.alerts, role))
            for _ in range(0 if mode == "floor" else args.outsiders):
                plan.append((tokens[OUTSIDE], 0, OUTSIDE))
            context = multiprocessing.get_context("spawn")
            ready, results, stop = context.Queue(), context.Queue(), context.Event()
            clients = [
                context.Process(
                    target=client_process,
                    args=(sub_port, plan[i :: args.client_processes], args.alerts, ready, stop, results),
                )
                for i in range(args.client_processes)
            ]
            for client in clients:
                client.start()
            for _ in clients:
                await asyncio.to_thread(ready.get, True, 600)
            await asyncio.sleep(2.0)
            for _ in range(60):  # until the server has attached every subscription (its CPU calms down)
                before = cpu_seconds(watched_pid)
                await asyncio.sleep(1.0)
                if cpu_seconds(watched_pid) - before < 0.15:
                    break
            deadline = (datetime.now(UTC) + timedelta(days=1)).isoformat()
            sent = [0.0] * args.alerts
            answered = [0.0] * args.alerts
            sample = ""
            if mode == "floor":
                sample = await sample_frame(tokens["CITY_CENTER"], pub_port, http, project, deadline)
            control_ws = await connect(f"ws://127.0.0.1:{control_port}") if mode == "floor" else None

            async def send(n: int, warm_up: bool = False) -> None:
                # a warm-up alert has no "bench N " in its text: the clients do not count it
                title = "warm-up " if warm_up else f"bench {n} "
                started = time.monotonic()
                if control_ws is not None:
                    await control_ws.send(sample.replace("bench 0 ", title))
                else:
                    body = (
                        await http.post(
                            f"http://127.0.0.1:{pub_port}/graphql",
                            headers={"authorization": f"Bearer {tokens['CITY_CENTER']}"},
                            json={"query": ISSUE, "variables": {"p": project, "d": deadline, "t": title}},
                        )
                    ).json()
                    assert body["data"]["issueHazardNotice"]["__typename"] == "HazardNoticePayload", body
                if not warm_up:
                    sent[n], answered[n] = started, time.monotonic() if control_ws is None else 0.0

            async def burst(count: int, warm_up: bool = False) -> None:
                start = time.monotonic()
                senders = []
                for n in range(count):
                    await asyncio.sleep(max(0.0, start + n / args.rate - time.monotonic()))
                    senders.append(asyncio.create_task(send(n, warm_up)))
                await asyncio.gather(*senders)

            # The same load for a moment first, in every mode, not measured: the first alerts through
            # a process that has served none pay for its cold paths (prepared statements, caches).
            await burst(args.warmup, warm_up=True)
            await asyncio.sleep(1.0)

            rss_subscribed = rss_mb(watched_pid)
            cpu_before = cpu_seconds(watched_pid)
            profiler = None
            if args.profile:  # py-spy of the subscribers' server during the burst (a flame graph)
                profiler = subprocess.Popen(
                    [
                        str(ROOT / ".venv/bin/py-spy"),
                        "record",
                        "-p",
                        str(watched_pid),
                        "-r",
                        "200",
                        "-d",
                        str(int(args.alerts / args.rate + 15)),
                        "-f",
                        "speedscope",
                        "-o",
                        f"{args.profile}-{mode}.json",
                    ],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            await burst(args.alerts)
            if profiler is not None:
                await asyncio.to_thread(profiler.wait)
            await asyncio.sleep(args.grace)
            stop.set()
            collected = [await asyncio.to_thread(results.get, True, args.alerts / 5 + 120) for _ in clients]
            cpu_used = cpu_seconds(watched_pid) - cpu_before
            rss_after = rss_mb(watched_pid)
            for client in clients:
                client.join(10)
            if control_ws is not None:
                await control_ws.close()
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(10)
        if floor is not None:
            floor.terminate()
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()
    latencies = sorted((t - sent[n]) * 1000 for c in collected for n, t in c["received"])
    triples = [tuple(x) for c in collected for x in c["counts"]]
    delivered = sum(got for _, got, _ in triples)
    expected = [want for want, _, _ in triples]
    wrong = sum(1 for want, got, _ in triples if got != want)
    wrong_roles = sorted({role for want, got, role in triples if got != want})
    committed = sorted(x * 1000 for c in collected for x in c["since_commit"])
    mutations = sorted((answered[n] - sent[n]) * 1000 for n in range(len(sent)) if answered[n])
    return {
        "mode": {
            "floor": "bare websockets floor",
            "one": "sitewatch, 1 process",
            "redis": "sitewatch, 2 processes + Redis",
        }[mode],
        "subscribers": args.subscribers,
        "outsiders": args.outsiders,
        "alerts": args.alerts,
        "rate": args.rate,
        "deliveries": delivered,
        "expected": sum(expected),
        "sockets_with_wrong_count": wrong,
        "roles_with_wrong_count": wrong_roles,
        "errors": [e for c in collected for e in c["errors"]][:3],
        "p50_ms": round(statistics.median(latencies), 1) if latencies else None,
        "p99_ms": round(latencies[max(0, int(len(latencies) * 0.99) - 1)], 1) if latencies else None,
        "max_ms": round(latencies[-1], 1) if latencies else None,
        "from_commit_p50_ms": round(statistics.median(committed), 1)
        if committed and mode != "floor"
        else None,
        "from_commit_p99_ms": round(committed[max(0, int(len(committed) * 0.99) - 1)], 1)
        if committed and mode != "floor"
        else None,
        "mutation_p50_ms": round(statistics.median(mutations), 1) if mutations else None,
        "mutation_p99_ms": round(mutations[max(0, int(len(mutations) * 0.99) - 1)], 1) if mutations else None,
        "server_cpu_s": round(cpu_used, 1),
        "burst_s": round(args.alerts / args.rate, 1),
        "rss_mb_subscribed": round(rss_subscribed, 1),
        "rss_mb_after": round(rss_after, 1),
    }


async def sample_frame(token: str, port: int, http: httpx.AsyncClient, project: str, deadline: str) -> str:
    """One real `next` frame from the backend, used as the floor's bytes (with its number swapped)."""
    async with connect(
        f"ws://127.0.0.1:{port}/graphql", subprotocols=[websockets.Subprotocol("graphql-transport-ws")]
    ) as ws:
        await ws.send(
            json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}})
        )
        await ws.recv()
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIPTION}}))
        await asyncio.sleep(0.5)
        await http.post(
            f"http://127.0.0.1:{port}/graphql",
            headers={"authorization": f"Bearer {token}"},
            json={"query": ISSUE, "variables": {"p": project, "d": deadline, "t": "bench 0 "}},
        )
        return str(await asyncio.wait_for(ws.recv(), 10))


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--subscribers", type=int, default=2000)
    parser.add_argument("--outsiders", type=int, default=60)
    parser.add_argument("--alerts", type=int, default=100)
    parser.add_argument("--rate", type=float, default=20.0, help="alerts raised per second")
    parser.add_argument(
        "--warmup", type=int, default=20, help="alerts sent (same rate, not measured) before the burst"
    )
    parser.add_argument("--client-processes", type=int, default=2)
    parser.add_argument(
        "--grace", type=float, default=30.0, help="seconds after the last alert before counting"
    )
    parser.add_argument("--modes", default="floor,one,redis")
    parser.add_argument("--profile", help="py-spy the server during the burst into PROFILE-<mode>.json")
    parser.add_argument(
        "--redis-url", default=os.environ.get("SITEWATCH_BENCH_REDIS", "redis://127.0.0.1:6379/4")
    )
    args = parser.parse_args()
    rows = []
    for mode in args.modes.split(","):
        row = await run_mode(mode, args)
        rows.append(row)
        print(json.dumps(row), flush=True)
    floor = next((r for r in rows if r["mode"].startswith("bare")), None)
    if floor and floor["p99_ms"]:
        for row in rows:
            if row is not floor and row["p99_ms"]:
                print(
                    f"{row['mode']}: p99 {row['p99_ms']} ms vs floor {floor['p99_ms']} ms = {row['p99_ms'] / floor['p99_ms']:.2f} x; p50 {row['p50_ms']} vs {floor['p50_ms']} ms"
                )


if __name__ == "__main__":
    asyncio.run(main())
