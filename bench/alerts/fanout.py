"""Alert fan-out benchmark: N graphql-transport-ws subscribers (city role) on one backend
process, M alerts raised through GraphQL (issueHazardNotice); delivery latency p50/p99 from the
mutation's send time to each subscriber's receipt, and the backend's RSS. With --redis, two
backend processes share Redis and PostgreSQL; alerts are raised on A, subscribers sit on B.

    .venv/bin/python bench/alerts/fanout.py --subscribers 1000 --alerts 100 [--redis]
"""

from __future__ import annotations

import argparse
import asyncio
import json
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

import asyncpg
import httpx
import websockets

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.workflows.test_alerts_two_instances import ISSUE, SEED

ROOT = Path(__file__).resolve().parents[2]
SUBSCRIPTION = "subscription { alerts { id message } }"
BENCH_NUMBER = re.compile(r"bench (\d+) ")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def subscriber(
    port: int,
    token: str,
    received: dict[str, list[float]],
    ready: asyncio.Event,
    counter: list[int],
    total: int,
    expected: int,
) -> None:
    async with websockets.connect(
        f"ws://127.0.0.1:{port}/graphql",
        subprotocols=[websockets.Subprotocol("graphql-transport-ws")],
        max_queue=None,
        open_timeout=60,
    ) as ws:
        await ws.send(
            json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}})
        )
        await ws.recv()
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIPTION}}))
        counter[0] += 1
        if counter[0] == total:
            ready.set()
        got = 0
        while got < expected:
            message = json.loads(await ws.recv())
            if message["type"] == "next":
                alert = message["payload"]["data"]["alerts"]
                number = BENCH_NUMBER.search(alert["message"])
                assert number is not None, alert
                received.setdefault(number.group(1), []).append(time.perf_counter())
                got += 1


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--subscribers", type=int, default=1000)
    parser.add_argument("--alerts", type=int, default=100)
    parser.add_argument("--redis", action="store_true")
    parser.add_argument("--rate", type=float, default=20.0, help="alerts raised per second")
    args = parser.parse_args()
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
    }
    if args.redis:
        env["SITEWATCH_REDIS_URL"] = "redis://127.0.0.1:6379/0"
    project = (
        subprocess.run([sys.executable, "-c", SEED, url], env=env, capture_output=True, text=True, check=True)
        .stdout.strip()
        .splitlines()[-1]
    )
    ports = [free_port(), free_port()] if args.redis else [free_port()]
    serve = [str(ROOT / ".venv/bin/sitewatch"), "serve", "--host", "127.0.0.1"]
    procs = [
        subprocess.Popen(
            [*serve, "--port", str(p)],
            env={**env, "UVICORN_LOG_LEVEL": "warning"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for p in ports
    ]
    try:
        async with httpx.AsyncClient(timeout=30) as http:
            for port in ports:
                for _ in range(300):
                    try:
                        if (await http.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200:
                            break
                    except httpx.TransportError:
                        await asyncio.sleep(0.05)
            login = 'mutation { login(username: "rcity", password: "pw-redis-test") { ... on LoginSuccess { accessToken } } }'
            token = (await http.post(f"http://127.0.0.1:{ports[0]}/graphql", json={"query": login})).json()[
                "data"
            ]["login"]["accessToken"]
            sub_port, pub_port = ports[-1], ports[0]
            sub_pid = procs[-1].pid
            rss_before = rss_mb(sub_pid)
            received: dict[str, list[float]] = {}  # alert number → receipt times
            ready = asyncio.Event()
            counter = [0]
            tasks = [
                asyncio.create_task(
                    subscriber(sub_port, token, received, ready, counter, args.subscribers, args.alerts)
                )
                for _ in range(args.subscribers)
            ]
            await asyncio.wait_for(ready.wait(), 120)
            await asyncio.sleep(1.0)
            rss_subscribed = rss_mb(sub_pid)
            deadline = (datetime.now(UTC) + timedelta(days=1)).isoformat()
            # The same offered load in both modes: alerts are sent on a fixed --rate per second
            # schedule, never waiting for the previous response (which would throttle the
            # single-process mode whenever its event loop is busy delivering).
            sent = [0.0] * args.alerts

            async def send(n: int) -> None:
                sent[n] = time.perf_counter()
                body = (
                    await http.post(
                        f"http://127.0.0.1:{pub_port}/graphql",
                        headers={"authorization": f"Bearer {token}"},
                        json={"query": ISSUE, "variables": {"p": project, "d": deadline, "t": f"bench {n}"}},
                    )
                ).json()
                assert body["data"]["issueHazardNotice"]["__typename"] == "HazardNoticePayload", body

            schedule_start = time.perf_counter()
            senders = []
            for n in range(args.alerts):
                await asyncio.sleep(max(0.0, schedule_start + n / args.rate - time.perf_counter()))
                senders.append(asyncio.create_task(send(n)))
            await asyncio.gather(*senders)
            await asyncio.wait_for(asyncio.gather(*tasks), 120)
            rss_peak = rss_mb(sub_pid)
        # Each alert's message carries "bench N": latency from the scheduled send of alert N.
        latencies = []
        for number, stamps in received.items():
            latencies += [(t - sent[int(number)]) * 1000 for t in stamps]
        latencies.sort()
        delivered = sum(len(v) for v in received.values())
        print(
            json.dumps(
                {
                    "mode": "redis, 2 processes" if args.redis else "in-process bus, 1 process",
                    "subscribers": args.subscribers,
                    "alerts": args.alerts,
                    "alerts_per_second": args.rate,
                    "deliveries": delivered,
                    "expected": args.subscribers * args.alerts,
                    "latency_ms_p50": round(statistics.median(latencies), 1),
                    "latency_ms_p99": round(latencies[int(len(latencies) * 0.99) - 1], 1),
                    "latency_ms_max": round(latencies[-1], 1),
                    "rss_mb_idle": round(rss_before, 1),
                    "rss_mb_subscribed": round(rss_subscribed, 1),
                    "rss_mb_after": round(rss_peak, 1),
                },
                indent=1,
            )
        )
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(10)
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


if __name__ == "__main__":
    asyncio.run(main())
