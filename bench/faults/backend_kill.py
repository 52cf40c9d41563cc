"""kill -9 of one of two backend instances under N live-alert subscribers (issue 10, fault suite).

The production topology (``backend.topology``: nginx round-robin in front of backend-1 and backend-2 on
one PostgreSQL and one Redis). N ``graphql-transport-ws`` sockets subscribe through nginx to the SPA's own
``subscription Alerts($since)`` document — most as the city centre, some (--district-share) as the demo
district's centre. The driver raises hazard notices through nginx at a steady --rate (as the city; on a
project of the demo district and on one outside it, alternately), kills backend-1 with SIGKILL after
--before seconds, keeps raising for --after seconds, then restarts backend-1.

The clients run in --client-processes separate processes and behave like the SPA's graphql-ws client on a
dropped socket (frontend/src/graphql/client.ts: graphql-ws 6, lazy, retryAttempts 8): after an abnormal
close they wait graphql-ws's randomised exponential backoff (2^retries s + 0.3–3 s; retries reset on
connection_ack), reconnect, send connection_init and re-send the subscription's payload. With
--spa fixed (default) that payload carries ``since`` = the cursor of the last alert the client saw (what
client.ts does since this bench); --spa before re-sends the payload of the first subscribe (since: null),
which is what the SPA did before.

Measured: per dropped subscriber the seconds from the kill until its socket is acknowledged again and
until it receives alerts again (p50/p95/max), and the phases of that way back; per subscriber the bench
alerts raised in its scope after every socket was subscribed that never arrived (lost: missing once the
socket has a final alert raised after all of them, --grace seconds at most), and alerts that arrived
more than once (twice). Deliveries are split before/after the kill and by backend, with raise→arrival
times; the CPU share of each process per phase, the client processes' own loop lag and the backends'
/metrics tell a starving load generator or a saturated machine from a server that loses alerts.
--sessions socket (default) gives each socket its own login session, like N browsers.

Run (the machine's PostgreSQL and Redis; SITEWATCH_TOPOLOGY_REDIS picks the Redis db):
    SITEWATCH_TOPOLOGY_REDIS=redis://127.0.0.1:6379/10 .venv/bin/python bench/faults/backend_kill.py \
        --subscribers 500
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import queue
import random
import re
import signal
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
import jwt
import websockets
from websockets.asyncio.client import connect

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from backend.graphql_core.ids import to_global_id  # noqa: E402

SUBSCRIPTION = (ROOT / "frontend/src/graphql/operations/alerts.graphql").read_text()
ISSUE = """mutation($p: ID!, $d: DateTime!, $t: String!) { issueHazardNotice(input: {projectId: $p, kind: RECTIFY,
  severity: MEDIUM, description: $t, deadline: $d}) { __typename } }"""
LOGIN = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { ... on LoginSuccess { accessToken } } }"
BENCH_NUMBER = re.compile(r"bench (\d+) ")
RETRY_ATTEMPTS = 8  # client.ts


def graphql_ws_backoff(retries: int) -> float:
    """graphql-ws 6's default retryWait (randomisedExponentialBackoff), in seconds."""
    return 2**retries + random.randint(300, 2999) / 1000


# -- clients (separate processes) ----------------------------------------------------------------
def client_process(
    ws_url: str, plan: list[tuple[str, str]], spa: str, ready: Any, stop: Any, results: Any
) -> None:
    asyncio.run(_clients(ws_url, plan, spa, ready, stop, results))


async def _clients(
    ws_url: str, plan: list[tuple[str, str]], spa: str, ready: Any, stop: Any, results: Any
) -> None:
    subscribed = 0
    warmed = 0
    finals = 0
    opening = asyncio.Semaphore(50)  # a connection storm overflows the listen backlog
    outcomes: list[dict[str, Any]] = []
    stopping = asyncio.Event()
    sockets: set[Any] = set()
    lags: list[tuple[float, float]] = []  # (monotonic time, how late a 50 ms timer fired)
    cpu_started = time.process_time()

    async def watch_stop() -> None:
        # One poll of the cross-process flag for the whole process (a per-socket wait_for(recv, 0.5)
        # made a task per socket twice a second), then every socket is closed from here.
        while not stop.is_set():
            await asyncio.sleep(0.2)
        stopping.set()
        for ws in list(sockets):
            await ws.close()

    async def measure_lag() -> None:
        # The client's own event-loop lag: frames it has not read yet are not lost, only unread.
        while not stopping.is_set():
            before = time.monotonic()
            await asyncio.sleep(0.05)
            now = time.monotonic()
            lags.append((now, now - before - 0.05))

    async def one(token: str, role: str) -> None:
        nonlocal subscribed, warmed, finals
        got_final = False
        # The SPA's payload object: graphql-ws re-sends this very object on every retry.
        payload: dict[str, Any] = {"query": SUBSCRIPTION, "variables": {"since": None}}
        received: list[tuple[int, str, float]] = []  # (bench number, alert id, monotonic time)
        drops: list[float] = []
        acks: list[float] = []
        first_after_ack: list[float] = []
        errors: list[str] = []
        # per attempt: [backoff done, connect started (after the bench's own opening limit),
        # socket open, connection_ack] (monotonic; 0: not reached)
        attempts: list[list[float]] = []
        retries = 0
        retrying = False
        counted = False
        while not stopping.is_set():
            if retrying:
                await asyncio.sleep(graphql_ws_backoff(retries))
                retries += 1
                if stopping.is_set():
                    break
            attempt = [time.monotonic(), 0.0, 0.0, 0.0]
            attempts.append(attempt)
            try:
                async with opening:
                    attempt[1] = time.monotonic()
                    ws = await connect(
                        ws_url,
                        subprotocols=[websockets.Subprotocol("graphql-transport-ws")],
                        max_queue=None,
                        open_timeout=60,
                        ping_interval=None,
                        compression=None,
                    )
            except (OSError, websockets.InvalidHandshake, TimeoutError) as exc:
                errors.append(f"connect: {exc!r}"[:200])
                if retries >= RETRY_ATTEMPTS:
                    break
                retrying = True
                continue
            attempt[2] = time.monotonic()
            sockets.add(ws)
            try:
                await ws.send(
                    json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}})
                )
                ack = json.loads(await ws.recv())
                if ack.get("type") != "connection_ack":
                    errors.append(f"no ack: {ack}"[:200])
                    break
                retries = 0
                acks.append(time.monotonic())
                attempt[3] = acks[-1]
                waiting_first = True
                await ws.send(json.dumps({"id": str(uuid.uuid4()), "type": "subscribe", "payload": payload}))
                if not counted:
                    counted = True
                    subscribed += 1
                    if subscribed == len(plan):
                        ready.put(len(plan))
                finished = False
                async for raw in ws:
                    message = json.loads(raw)
                    if message.get("type") == "next":
                        alert = message["payload"]["data"]["alerts"]
                        now = time.monotonic()
                        if waiting_first:
                            waiting_first = False
                            first_after_ack.append(now)
                        if "warm-up " in (alert.get("message") or ""):
                            warmed += 1  # this subscription is attached: it gets what follows
                            if warmed == len(plan):
                                ready.put(len(plan))
                        if "final " in (alert.get("message") or "") and not got_final:
                            got_final = True  # alerts come in id order: all before it are in or lost
                            finals += 1
                            if finals == len(plan):
                                ready.put(len(plan))
                        number = BENCH_NUMBER.search(alert.get("message") or "")
                        if number is not None:
                            received.append((int(number.group(1)), alert["id"], now))
                        if spa == "fixed":
                            payload["variables"]["since"] = alert["cursor"]
                    elif message.get("type") in ("error", "complete"):
                        errors.append(str(raw)[:200])
                        finished = True
                        break
                if finished or stopping.is_set():
                    await ws.close()
                    break
                raise websockets.ConnectionClosedOK(None, None)  # the server closed it cleanly
            except websockets.ConnectionClosed:
                if stopping.is_set():
                    break
                drops.append(time.monotonic())
                retrying = True
                if retries >= RETRY_ATTEMPTS:
                    break
            finally:
                sockets.discard(ws)
        outcomes.append(
            {
                "role": role,
                "received": received,
                "drops": drops,
                "acks": acks,
                "first_after_ack": first_after_ack,
                "attempts": attempts,
                "errors": errors[:3],
            }
        )

    watcher = asyncio.create_task(watch_stop())
    lag_task = asyncio.create_task(measure_lag())
    await asyncio.gather(*(one(token, role) for token, role in plan))
    await watcher
    await lag_task
    results.put({"outcomes": outcomes, "lags": lags, "cpu_s": time.process_time() - cpu_started})


# -- driver ------------------------------------------------------------------------------------
def established_to(port: int) -> int:
    out = subprocess.run(
        ["ss", "-Htn", "state", "established", "dst", f"127.0.0.1:{port}"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return len([line for line in out.splitlines() if line.strip()])


def session_token(secret: str, logged_in: str) -> str:
    """An access token like ``logged_in`` (same user and role) for a session of its own."""
    claims = jwt.decode(logged_in, options={"verify_signature": False})
    now = datetime.now(UTC)
    claims |= {"sid": uuid.uuid4().hex, "jti": uuid.uuid4().hex, "iat": now, "nbf": now}
    claims["exp"] = now + timedelta(minutes=15)
    return jwt.encode(claims, secret, algorithm="HS256")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(q * len(ordered)) - 1)]


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float | None:
    """utime + stime of a process and its reaped children, from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return sum(int(value) for value in fields[11:15]) / CLOCK_TICKS


def pids_of(command: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip() == command:
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def machine_busy() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far, from /proc/stat."""
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + values[4]
    return (sum(values) - idle) / CLOCK_TICKS, sum(values) / CLOCK_TICKS


class CpuSampler:
    """CPU used per named process (and by the whole machine) between marks: where the cores went."""

    def __init__(self, pids: dict[str, int]) -> None:
        self.pids = pids
        self.marks: list[tuple[str, float, dict[str, float | None], tuple[float, float]]] = []

    def mark(self, label: str) -> None:
        used: dict[str, float | None] = {n: cpu_seconds(p) for n, p in self.pids.items()}
        for command in ("postgres", "redis-server"):  # the shared servers, all their processes
            used[command] = sum(cpu_seconds(pid) or 0.0 for pid in pids_of(command))
        self.marks.append((label, time.monotonic(), used, machine_busy()))

    def report(self) -> dict[str, Any]:
        """Per interval: seconds, share of one core per process, machine busy share of all cores."""
        out = {}
        for (a, t0, c0, m0), (b, t1, c1, m1) in zip(self.marks, self.marks[1:], strict=False):
            span = t1 - t0
            shares = {
                name: round((c1[name] - c0[name]) / span, 2)  # type: ignore[operator]
                for name in c0
                if c0.get(name) is not None and c1.get(name) is not None
            }
            busy = (m1[0] - m0[0]) / max(m1[1] - m0[1], 1e-9)
            out[f"{a} → {b}"] = {
                "seconds": round(span, 1),
                "core_share": shares,
                "machine_busy": round(busy, 2),
            }
        return out


METRIC_LINE = re.compile(
    r"^(sitewatch_(?:event_subscribers|event_queue_depth|event_queue_depth_max|websocket_connections"
    r"|alert_fanout_[a-z_]+)(?:\{[^}]*\})?) (\S+)$",
    re.MULTILINE,
)


async def scrape(http: httpx.AsyncClient, url: str, token: str) -> dict[str, float] | str:
    try:
        response = await http.get(f"{url}/metrics", headers={"authorization": f"Bearer {token}"}, timeout=10)
    except httpx.HTTPError as exc:
        return repr(exc)[:100]
    return {name: float(value) for name, value in METRIC_LINE.findall(response.text)}


async def projects(database_url: str) -> tuple[str, str]:
    """An under-construction project in the demo district and one in another district."""
    from backend.demo.seed import DEMO_DISTRICT_CODE

    connection = await asyncpg.connect(database_url)
    try:
        query = """SELECT p.id FROM project p JOIN district d ON d.id = p.district_id
                   WHERE p.status = 'UNDER_CONSTRUCTION' AND (d.code = $1) = $2 ORDER BY p.id LIMIT 1"""
        inside = await connection.fetchval(query, DEMO_DISTRICT_CODE, True)
        outside = await connection.fetchval(query, DEMO_DISTRICT_CODE, False)
    finally:
        await connection.close()
    return to_global_id("Project", inside), to_global_id("Project", outside)


async def drive(args: argparse.Namespace) -> dict[str, Any]:
    from backend.topology import start_topology

    started = time.monotonic()
    topology = await asyncio.to_thread(start_topology)
    print(f"topology up in {time.monotonic() - started:.1f} s", flush=True)
    clients: list[Any] = []
    try:
        inside, outside = await projects(topology.database_url)
        async with httpx.AsyncClient(base_url=topology.base_url, trust_env=False, timeout=60) as http:
            tokens = {}
            for user in ("city", "district"):
                body = (
                    await http.post(
                        "/graphql", json={"query": LOGIN, "variables": {"u": user, "p": topology.password}}
                    )
                ).json()
                tokens[user] = body["data"]["login"]["accessToken"]
            districts = round(args.subscribers * args.district_share)
            plan = [("district" if i < districts else "city") for i in range(args.subscribers)]
            random.Random(1).shuffle(plan)
            # --sessions socket: each socket its own login session, as 500 browsers would have (an
            # access token of the same user with its own session id, signed with the topology's
            # secret: 500 logins would be 500 argon2 verifications and hit the login rate limit).
            # --sessions role: every socket of a role presents the one token its role logged in with.
            socket_tokens = [
                session_token(topology.jwt_secret, tokens[role])
                if args.sessions == "socket"
                else tokens[role]
                for role in plan
            ]
            context = multiprocessing.get_context("spawn")
            ready, results, stop = context.Queue(), context.Queue(), context.Event()
            for index in range(args.client_processes):
                share = list(zip(socket_tokens, plan, strict=True))[index :: args.client_processes]
                clients.append(
                    context.Process(
                        target=client_process, args=(topology.ws_url, share, args.spa, ready, stop, results)
                    )
                )
            for client in clients:
                client.start()
            pids = {name: pid for name in ("backend-1", "backend-2", "nginx") if (pid := topology.pid(name))}
            pids |= {f"client-{i}": c.pid for i, c in enumerate(clients, start=1) if c.pid}
            sampler = CpuSampler(pids)
            sampler.mark("clients started")
            for _ in clients:
                await asyncio.to_thread(ready.get, True, 600)
            await asyncio.sleep(1.0)
            # A warm-up alert every socket is in scope of: once each has it, every subscription is
            # attached on the server, so a bench alert missing later was lost, not raised too early.
            deadline = (datetime.now(UTC) + timedelta(days=1)).isoformat()
            warm = await http.post(
                "/graphql",
                headers={"authorization": f"Bearer {tokens['city']}"},
                json={"query": ISSUE, "variables": {"p": inside, "d": deadline, "t": "warm-up "}},
            )
            assert "HazardNoticePayload" in warm.text, warm.text
            for _ in clients:
                await asyncio.to_thread(ready.get, True, 300)
            backend_ports = [int(url.rsplit(":", 1)[1]) for url in topology.backend_urls]
            spread = {f"backend-{i}": established_to(port) for i, port in enumerate(backend_ports, start=1)}
            print(f"subscribed: {len(plan)} sockets; upstream connections {spread}", flush=True)
            sampler.mark("all subscribed")
            metrics: dict[str, Any] = {}
            metrics["subscribed"] = {
                f"backend-{i}": await scrape(http, url, topology.metrics_token)
                for i, url in enumerate(topology.backend_urls, start=1)
            }

            raised: dict[int, tuple[str, float]] = {}  # bench number -> (scope, monotonic send time)
            answered: dict[int, float] = {}  # bench number -> seconds until issueHazardNotice answered
            failures: list[str] = []

            async def send(n: int) -> None:
                scope = "district" if n % 2 == 0 else "outside"
                raised[n] = (scope, time.monotonic())
                for attempt in range(5):  # a request that died with backend-1 is sent again
                    try:
                        response = await http.post(
                            "/graphql",
                            headers={"authorization": f"Bearer {tokens['city']}"},
                            json={
                                "query": ISSUE,
                                "variables": {
                                    "p": inside if scope == "district" else outside,
                                    "d": deadline,
                                    "t": f"bench {n} ",
                                },
                            },
                        )
                        body = response.json()
                        if body["data"]["issueHazardNotice"]["__typename"] == "HazardNoticePayload":
                            answered[n] = time.monotonic() - raised[n][1]
                            return
                        failures.append(str(body)[:200])
                        return
                    except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
                        failures.append(f"bench {n} attempt {attempt}: {exc!r}"[:200])
                        await asyncio.sleep(0.5)

            total = round((args.before + args.after) * args.rate)
            kill_at = round(args.before * args.rate)
            start = time.monotonic()
            senders = []
            killed_at = 0.0
            spy: subprocess.Popen[bytes] | None = None
            for n in range(total):
                await asyncio.sleep(max(0.0, start + n / args.rate - time.monotonic()))
                if n == kill_at:
                    sampler.mark("before the kill")
                    metrics["before the kill"] = {
                        f"backend-{i}": await scrape(http, url, topology.metrics_token)
                        for i, url in enumerate(topology.backend_urls, start=1)
                    }
                    if args.profile:  # py-spy on the surviving backend, from the kill to the end
                        spy = subprocess.Popen(
                            [
                                str(Path(sys.executable).parent / "py-spy"),
                                *("record", "--format", "raw", "--rate", "100", "--nonblocking"),
                                *("-p", str(topology.pid("backend-2")), "-o", args.profile),
                            ],
                            stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL,
                        )
                    pid = topology.pid("backend-1")
                    assert pid is not None
                    killed_at = time.monotonic()
                    os.kill(pid, signal.SIGKILL)
                    print(f"killed backend-1 (pid {pid}) after alert {n}", flush=True)
                senders.append(asyncio.create_task(send(n)))
            await asyncio.gather(*senders)
            sampler.mark("last alert answered")
            metrics["last alert answered"] = {
                "backend-2": await scrape(http, topology.backend_urls[1], topology.metrics_token)
            }
            # A final alert every socket is in scope of, raised after every bench alert was answered:
            # a socket that has it has every earlier alert it will ever get (ids are in commit order),
            # so what it lacks then is lost, not late. Wait for all sockets, at most --grace seconds.
            final_sent = time.monotonic()
            final = await http.post(
                "/graphql",
                headers={"authorization": f"Bearer {tokens['city']}"},
                json={"query": ISSUE, "variables": {"p": inside, "d": deadline, "t": "final "}},
            )
            assert "HazardNoticePayload" in final.text, final.text
            drained_in: float | None = None
            try:
                for _ in clients:
                    await asyncio.to_thread(
                        ready.get, True, max(0.1, final_sent + args.grace - time.monotonic())
                    )
                drained_in = time.monotonic() - final_sent
                await asyncio.sleep(1.0)  # anything arriving twice would come now
            except queue.Empty:
                pass
            sampler.mark("end of grace")
            if spy is not None:
                spy.send_signal(signal.SIGINT)
                await asyncio.to_thread(spy.wait, 30)
            metrics["end of grace"] = {
                "backend-2": await scrape(http, topology.backend_urls[1], topology.metrics_token)
            }
            stop.set()
            reports = [await asyncio.to_thread(results.get, True, 300) for _ in clients]
            collected = [o for report in reports for o in report["outcomes"]]
        topology.stop("backend-1")  # reaps the killed process
        restart_started = time.monotonic()
        await asyncio.to_thread(topology.start, "backend-1")
        restarted_in = time.monotonic() - restart_started
        async with httpx.AsyncClient(base_url=topology.base_url, trust_env=False, timeout=10) as http:
            ready_after = [(await http.get("/readyz")).status_code for _ in range(6)]
    finally:
        for client in clients:
            client.join(30)
            if client.is_alive():
                client.terminate()
        await asyncio.to_thread(topology.close)

    # -- figures ------------------------------------------------------------------------------------
    dropped = [o for o in collected if any(t >= killed_at for t in o["drops"])]
    back_ack, back_receiving, never_back = [], [], 0
    phases: dict[str, list[float]] = {
        name: []
        for name in (
            "attempts until ack",
            "kill → drop seen",
            "drop → first retry (graphql-ws backoff)",
            "retry → connect started (bench opening limit)",
            "connect started → socket open (nginx, backend accept + upgrade)",
            "socket open → connection_ack (connection_init: authentication)",
            "connection_ack → first alert (subscribe, replay)",
        )
    }
    for o in dropped:
        drop = min(t for t in o["drops"] if t >= killed_at)
        acks = [t for t in o["acks"] if t > drop]
        firsts = [t for t in o["first_after_ack"] if t > drop]
        if not acks or not firsts:
            never_back += 1
            continue
        back_ack.append(acks[0] - killed_at)
        back_receiving.append(firsts[0] - killed_at)
        tries = [a for a in o["attempts"] if a[0] > drop and (not a[3] or a[3] <= acks[0])]
        phases["attempts until ack"].append(len(tries))
        phases["kill → drop seen"].append(drop - killed_at)
        phases["drop → first retry (graphql-ws backoff)"].append(tries[0][0] - drop)
        last = tries[-1]
        phases["retry → connect started (bench opening limit)"].append(last[1] - last[0])
        phases["connect started → socket open (nginx, backend accept + upgrade)"].append(last[2] - last[1])
        phases["socket open → connection_ack (connection_init: authentication)"].append(last[3] - last[2])
        phases["connection_ack → first alert (subscribe, replay)"].append(firsts[0] - acks[0])
    # Loss and lateness split: alerts raised before the kill vs after, sockets the kill dropped
    # (they were on backend-1) vs the others (backend-2 throughout).
    split: dict[str, dict[str, int]] = {}
    late_before: list[float] = []
    late_after: list[float] = []
    dropped_ids = {id(o) for o in dropped}
    for o in collected:
        side = "dropped sockets" if id(o) in dropped_ids else "backend-2 sockets"
        arrived: dict[int, float] = {}
        for n, _, t in o["received"]:
            arrived.setdefault(n, t)
        for n, (scope, sent) in raised.items():
            if o["role"] != "city" and scope != "district":
                continue
            when = "raised before the kill" if n < kill_at else "raised after the kill"
            cell = split.setdefault(f"{side}, {when}", {"expected": 0, "arrived": 0})
            cell["expected"] += 1
            if n in arrived:
                cell["arrived"] += 1
                (late_before if n < kill_at else late_after).append(arrived[n] - sent)
    lag_by_phase: dict[str, list[float]] = {"before the kill": [], "after the kill": []}
    for report in reports:
        for t, lag in report["lags"]:
            lag_by_phase["before the kill" if t < killed_at else "after the kill"].append(lag)
    lost_total, twice_total, subscribers_losing, subscribers_twice = 0, 0, 0, 0
    lost_examples: list[int] = []
    for o in collected:
        expected = {n for n, (scope, _) in raised.items() if o["role"] == "city" or scope == "district"}
        got = {n for n, _, _ in o["received"]}
        ids = [alert_id for _, alert_id, _ in o["received"]]
        lost = expected - got
        twice = len(ids) - len(set(ids))
        lost_total += len(lost)
        twice_total += twice
        subscribers_losing += bool(lost)
        subscribers_twice += bool(twice)
        lost_examples.extend(sorted(lost)[:3])
        wrong = got - expected
        if wrong:
            failures.append(f"{o['role']} received out of scope: {sorted(wrong)[:5]}")

    def stats(values: list[float]) -> dict[str, float] | None:
        if not values:
            return None
        return {
            "p50": round(statistics.median(values), 2),
            "p95": round(percentile(values, 0.95), 2),
            "max": round(max(values), 2),
        }

    return {
        "spa": args.spa,
        "sessions": args.sessions,
        "subscribers": len(collected),
        "by_role": {role: sum(1 for o in collected if o["role"] == role) for role in ("city", "district")},
        "upstream_connections_before_kill": spread,
        "alerts_raised": len(raised),
        "rate_per_s": args.rate,
        "kill_after_s": args.before,
        "dropped_by_kill": len(dropped),
        "never_back": never_back,
        "seconds_from_kill_to_ack_again": stats(back_ack),
        "seconds_from_kill_to_receiving_again": stats(back_receiving),
        "way_back_seconds": {name: stats(values) for name, values in phases.items()},
        "all_back_within_10s": bool(dropped) and never_back == 0 and max(back_receiving) <= 10.0,
        "seconds_until_every_socket_had_the_final_alert": round(drained_in, 2) if drained_in else None,
        "alerts_lost": lost_total,
        "subscribers_losing": subscribers_losing,
        "lost_examples": sorted(set(lost_examples))[:10],
        "alerts_received_twice": twice_total,
        "subscribers_with_duplicates": subscribers_twice,
        "deliveries": split,
        "seconds_raise_to_arrival_before_kill": stats(late_before),
        "seconds_raise_to_arrival_after_kill": stats(late_after),
        "seconds_to_answer_issueHazardNotice": stats(list(answered.values())),
        "client_loop_lag_s": {phase: stats(values) for phase, values in lag_by_phase.items()},
        "client_cpu_s": [round(report["cpu_s"], 1) for report in reports],
        "cpu": sampler.report(),
        "metrics": metrics,
        "load_average": [round(v, 2) for v in os.getloadavg()],
        "client_errors": [e for o in collected for e in o["errors"] if "ConnectionClosed" not in e][:5],
        "raise_failures": failures[:5],
        "backend_1_restarted_in_s": round(restarted_in, 2),
        "readyz_after_restart": ready_after,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subscribers", type=int, default=500)
    parser.add_argument("--district-share", type=float, default=0.2, help="share of district-centre sockets")
    parser.add_argument("--rate", type=float, default=5.0, help="alerts raised per second")
    parser.add_argument("--before", type=float, default=10.0, help="seconds of alerts before the kill")
    parser.add_argument("--after", type=float, default=25.0, help="seconds of alerts after the kill")
    parser.add_argument(
        "--grace",
        type=float,
        default=120.0,
        help="at most this many seconds for every socket to receive the final alert (then: lost = missing)",
    )
    parser.add_argument("--client-processes", type=int, default=2)
    parser.add_argument("--spa", choices=("fixed", "before"), default="fixed")
    parser.add_argument(
        "--profile", help="py-spy raw stacks of backend-2 from the kill to the end, to this file"
    )
    parser.add_argument(
        "--sessions",
        choices=("socket", "role"),
        default="socket",
        help="socket: a login session per socket (like N browsers); role: one token per role (earlier runs)",
    )
    args = parser.parse_args()
    outcome = asyncio.run(drive(args))
    print(json.dumps(outcome, indent=2))
    return 0 if outcome["alerts_lost"] == 0 and outcome["alerts_received_twice"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
