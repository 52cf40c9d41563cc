"""Mixed load across the production topology (nginx → 2 backends, PostgreSQL, Redis, 2 gateways).

At the same time, for --duration seconds:
- dashboard queries at --queries per second (Overview + DashboardProjects of the SPA, open loop: latency is
  measured from each request's scheduled time, so a slow server cannot lower the offered load);
- --subscribers graphql-transport-ws `alerts` subscriptions through nginx, across roles (city, district,
  supervisor, provider), in several client processes;
- --alerts per second raised through the API (issueHazardNotice), each stamped with its send time;
  delivery latency = receipt − send, and for city and district subscribers every alert in their scope
  must arrive exactly once;
- --viewers WHEP viewers (aiortc, no decoding) on cameras of both gateways' districts.
It samples the resident memory of every topology process each 5 s and prints p50 / p99 per activity,
errors, and memory at warm-up end vs the end, with the growth rate over the second half of the run.

    .venv/bin/python bench/load/load_run.py                                   # the full run (10 min)
    .venv/bin/python bench/load/load_run.py --scale 0.25 --duration 150      # scaled down, shorter
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import random
import re
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import websockets

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from backend.graphql_core.ids import to_global_id
from backend.topology import Topology, running_topology

ROOT = Path(__file__).resolve().parents[2]
DASHBOARD_DOCUMENT = (ROOT / "frontend/src/graphql/operations/dashboard.graphql").read_text()
SUBSCRIPTION = "subscription { alerts { id message project { id } } }"
ISSUE = """mutation($p: ID!, $d: DateTime!, $t: String!) { issueHazardNotice(input: {projectId: $p, kind: RECTIFY,
  severity: MEDIUM, description: $t, deadline: $d}) { __typename } }"""
LOGIN = "mutation($u:String!,$p:String!){login(username:$u,password:$p){... on LoginSuccess{accessToken}}}"
START_LIVE_VIEW = (
    "mutation($id:ID!){startLiveView(cameraId:$id, quality: SUB){"
    "__typename ... on LiveViewSession{whepUrl ticket}}}"
)
STAMP = re.compile(r"load (\d+) at (\d+\.\d+)")
ROLES = ("city", "district", "supervisor", "provider")
SUBSCRIBERS_PER_PROCESS = 500
# Subscribers keep listening this long after the last alert is raised; what has not arrived by then counts as
# missing (under overload that is "too late", not necessarily lost).
DELIVERY_GRACE_SECONDS = 30.0


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def rss_mb(pid: int) -> float | None:
    """Resident memory of a process and its children (the camera server's GStreamer worker)."""
    try:
        total = 0.0
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total = int(line.split()[1]) / 1024
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return None
    return total + sum(rss_mb(int(child)) or 0.0 for child in children)


async def login(http: httpx.AsyncClient, username: str, password: str) -> str:
    response = await http.post("/graphql", json={"query": LOGIN, "variables": {"u": username, "p": password}})
    token: str = response.json()["data"]["login"]["accessToken"]
    return token


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process and its children still running (clock ticks → seconds)."""
    import os

    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return None
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return own + sum(cpu_seconds(int(child)) or 0.0 for child in children)


def load_average() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


# --- subscribers (child processes) ---------------------------------------------------------------


async def _subscriber(
    ws_url: str, token: str, role: str, stop_at: float, out: dict[str, Any], ready: list[int]
) -> None:
    try:
        async with websockets.connect(
            ws_url,
            subprotocols=[websockets.Subprotocol("graphql-transport-ws")],
            max_queue=None,
            open_timeout=120,
            ping_interval=None,
        ) as ws:
            await ws.send(
                json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}})
            )
            await asyncio.wait_for(ws.recv(), 60)
            await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIPTION}}))
            ready[0] += 1
            seen: list[int] = []
            while True:
                remaining = stop_at - time.time()
                if remaining <= 0:
                    break
                try:
                    raw = await asyncio.wait_for(ws.recv(), remaining)
                except TimeoutError:
                    break
                message = json.loads(raw)
                if message["type"] == "next":
                    if message["payload"].get("errors"):
                        out["errors"].append(str(message["payload"]["errors"])[:200])
                        continue
                    stamp = STAMP.search(message["payload"]["data"]["alerts"]["message"])
                    if stamp is None:
                        continue  # an alert raised by someone else (scheduled checks)
                    out["latencies_ms"].append((time.time() - float(stamp.group(2))) * 1000)
                    seen.append(int(stamp.group(1)))
                elif message["type"] in ("error", "complete"):
                    out["errors"].append(f"{role}: {message['type']} {str(message)[:200]}")
                    break
            out["seen"].append((role, seen))
    except Exception as failure:
        out["errors"].append(f"{role}: {type(failure).__name__}: {failure}"[:300])


def subscriber_process(
    ws_url: str, tokens: dict[str, str], roles: list[str], stop_at: float, queue: Any
) -> None:
    async def main() -> dict[str, Any]:
        out: dict[str, Any] = {"latencies_ms": [], "errors": [], "seen": []}
        ready = [0]
        tasks = []
        for index, role in enumerate(roles):
            tasks.append(asyncio.create_task(_subscriber(ws_url, tokens[role], role, stop_at, out, ready)))
            if index % 50 == 49:
                await asyncio.sleep(0.2)  # connect in waves
        queue.put(("subscribers-ready", len(roles)))
        await asyncio.gather(*tasks)
        return out

    queue.put(("subscribers", asyncio.run(main())))


# --- viewers (child process) ---------------------------------------------------------------------


def viewer_process(views: list[dict[str, str]], stop_at: float, queue: Any) -> None:
    from media_gateway.whep_client import WhepViewer

    async def main() -> dict[str, Any]:
        viewers = [WhepViewer(view["whepUrl"], view["ticket"], decode=False) for view in views]
        errors: list[str] = []
        for viewer in viewers:
            try:
                await viewer.start()
            except Exception as failure:
                errors.append(f"viewer: {type(failure).__name__}: {failure}"[:300])
        await asyncio.sleep(5)
        counted_from = {id(v): v.frames for v in viewers}
        started = time.time()
        await asyncio.sleep(max(0.0, stop_at - time.time()))
        seconds = time.time() - started
        fps = [(v.frames - counted_from[id(v)]) / seconds for v in viewers if v.location]
        ttff = [v.time_to_first_frame * 1000 for v in viewers if v.time_to_first_frame is not None]
        for viewer in viewers:
            await viewer.stop()
        return {"fps": fps, "ttff_ms": ttff, "errors": errors, "viewers": len(viewers)}

    queue.put(("viewers", asyncio.run(main())))


# --- the orchestrator ----------------------------------------------------------------------------


async def scope_data(topology_db: str) -> dict[str, Any]:
    connection = await asyncpg.connect(topology_db)
    try:
        projects = await connection.fetch(
            "SELECT p.id, d.code FROM project p JOIN district d ON d.id = p.district_id ORDER BY p.id"
        )
        cameras = await connection.fetch(
            """SELECT c.id, d.code FROM camera c JOIN project p ON p.id = c.project_id
               JOIN district d ON d.id = p.district_id WHERE c.main_stream_url NOT LIKE '%:9/%' ORDER BY c.id"""
        )
        district_user = await connection.fetchval(
            "SELECT d.code FROM app_user u JOIN district d ON d.id = u.district_id WHERE u.username = 'district'"
        )
    finally:
        await connection.close()
    return {
        "projects": [(to_global_id("Project", r["id"]), r["code"]) for r in projects],
        "cameras": [(to_global_id("Camera", r["id"]), r["code"]) for r in cameras],
        "district_code": district_user,
    }


async def run(topology: Topology, args: argparse.Namespace) -> dict[str, Any]:
    queries_per_second = args.queries * args.scale
    subscribers = int(args.subscribers * args.scale)
    alerts_per_second = args.alerts * args.scale
    viewers = int(args.viewers * args.scale)
    scope = await scope_data(topology.database_url)
    async with httpx.AsyncClient(base_url=topology.base_url, trust_env=False, timeout=30) as http:
        tokens = {role: await login(http, role, topology.password) for role in ROLES}
        views = []
        gateway_of = {code: g for g in topology.gateways for code in g.districts}
        by_gateway: dict[str, list[str]] = {}
        for camera, code in scope["cameras"]:
            by_gateway.setdefault(gateway_of[code].gateway_id, []).append(camera)
        pools = list(by_gateway.values())
        for index in range(viewers):
            pool = pools[index % len(pools)]
            camera = pool[(index // len(pools)) % len(pool)]
            response = await http.post(
                "/graphql",
                json={"query": START_LIVE_VIEW, "variables": {"id": camera}},
                headers={"Authorization": f"Bearer {tokens['city']}"},
            )
            views.append(response.json()["data"]["startLiveView"])

    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    warmup = min(30.0, max(10.0, args.duration * 0.1))
    connect_budget = 20 + subscribers / 50
    stop_at = time.time() + connect_budget + warmup + args.duration
    roles = [ROLES[i % len(ROLES)] for i in range(subscribers)]
    children = []
    for start in range(0, subscribers, SUBSCRIBERS_PER_PROCESS):
        share = roles[start : start + SUBSCRIBERS_PER_PROCESS]
        children.append(
            context.Process(
                target=subscriber_process, args=(topology.ws_url, tokens, share, stop_at + 5, queue)
            )
        )
    if viewers:
        children.append(context.Process(target=viewer_process, args=(views, stop_at, queue)))
    for child in children:
        child.start()
    results: dict[str, Any] = {}
    pending_ready = sum(1 for _ in range(0, subscribers, SUBSCRIBERS_PER_PROCESS))
    while pending_ready:
        kind, payload = await asyncio.to_thread(queue.get, True, 300)
        if kind == "subscribers-ready":
            pending_ready -= 1
        else:
            results.setdefault(kind, []).append(payload)
    await asyncio.sleep(connect_budget / 2)  # the last waves of subscribers finish their handshakes

    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in topology.processes}
    cpu_samples: dict[str, list[tuple[float, float]]] = {name: [] for name in topology.processes}
    load_samples: list[float] = []
    stop_sampling = asyncio.Event()

    async def sample_memory() -> None:
        while not stop_sampling.is_set():
            now = time.time()
            for name in topology.processes:
                pid = topology.pid(name)
                value = rss_mb(pid) if pid else None
                if value is not None:
                    samples[name].append((now, value))
                used = cpu_seconds(pid) if pid else None
                if used is not None:
                    cpu_samples[name].append((now, used))
            load_samples.append(load_average())
            await asyncio.sleep(5)

    query_latencies: list[float] = []
    query_errors: list[str] = []
    alert_send_latencies: list[float] = []
    alert_errors: list[str] = []
    raised: list[tuple[int, str]] = []  # (number, district code)
    measure_from = time.time() + warmup
    measure_until = measure_from + args.duration

    async with httpx.AsyncClient(
        base_url=topology.base_url,
        trust_env=False,
        timeout=30,
        limits=httpx.Limits(max_connections=200, max_keepalive_connections=100),
    ) as http:
        city = {"Authorization": f"Bearer {tokens['city']}"}
        district_token = {"Authorization": f"Bearer {tokens['district']}"}

        async def one_query(scheduled: float, n: int) -> None:
            headers = city if n % 2 else district_token
            name = "Overview" if n % 3 == 0 else "DashboardProjects"
            variables = {"first": 20} if name == "DashboardProjects" else {}
            try:
                response = await http.post(
                    "/graphql",
                    json={"query": DASHBOARD_DOCUMENT, "operationName": name, "variables": variables},
                    headers=headers,
                )
                body = response.json()
                if response.status_code != 200 or body.get("errors"):
                    query_errors.append(f"{response.status_code} {str(body)[:200]}")
            except Exception as failure:
                query_errors.append(f"{type(failure).__name__}: {failure}"[:200])
            if scheduled >= measure_from:
                query_latencies.append((time.time() - scheduled) * 1000)

        deadline = (datetime.now(UTC) + timedelta(days=30)).isoformat()

        async def one_alert(n: int) -> None:
            project, code = scope["projects"][n % len(scope["projects"])]
            sent = time.time()
            try:
                response = await http.post(
                    "/graphql",
                    json={
                        "query": ISSUE,
                        "variables": {"p": project, "d": deadline, "t": f"load {n} at {sent:.6f}"},
                    },
                    headers=city,
                )
                body = response.json()
                if (
                    body.get("errors")
                    or body["data"]["issueHazardNotice"]["__typename"] != "HazardNoticePayload"
                ):
                    alert_errors.append(str(body)[:200])
                else:
                    raised.append((n, code))
            except Exception as failure:
                alert_errors.append(f"{type(failure).__name__}: {failure}"[:200])
            alert_send_latencies.append((time.time() - sent) * 1000)

        async def paced(rate: float, action: Any) -> None:
            if rate <= 0:
                return
            tasks: set[asyncio.Task[None]] = set()
            begin = time.time()
            n = 0
            while True:
                scheduled = begin + n / rate
                if scheduled >= measure_until:
                    break
                await asyncio.sleep(max(0.0, scheduled - time.time()))
                task = asyncio.create_task(action(scheduled, n))
                tasks.add(task)
                task.add_done_callback(tasks.discard)
                n += 1
            await asyncio.gather(*tasks)

        sampler = asyncio.create_task(sample_memory())
        await asyncio.gather(
            paced(queries_per_second, one_query),
            paced(alerts_per_second, lambda scheduled, n: one_alert(n)),
        )
        await asyncio.sleep(5)  # the last alerts reach their subscribers
        stop_sampling.set()
        await sampler

    while len(results.get("subscribers", [])) < pending_ready_total(subscribers) or (
        viewers and not results.get("viewers")
    ):
        kind, payload = await asyncio.to_thread(queue.get, True, 300)
        results.setdefault(kind, []).append(payload)
    for child in children:
        child.join(30)

    delivery = [v for r in results.get("subscribers", []) for v in r["latencies_ms"]]
    subscriber_errors = [e for r in results.get("subscribers", []) for e in r["errors"]]
    expected_city = {n for n, _ in raised}
    expected_district = {n for n, code in raised if code == scope["district_code"]}
    lost = duplicated = expected_total = 0
    for outcome in results.get("subscribers", []):
        for role, seen in outcome["seen"]:
            expected = expected_city if role == "city" else expected_district if role == "district" else None
            if expected is None:
                continue
            expected_total += len(expected)
            lost += len(expected - set(seen))
            duplicated += len(seen) - len(set(seen))
    viewer_result = (results.get("viewers") or [{"fps": [], "ttff_ms": [], "errors": [], "viewers": 0}])[0]

    memory = {}
    for name, points in samples.items():
        measured = [(t, v) for t, v in points if t >= measure_from]
        if len(measured) < 4:
            continue
        half = [(t, v) for t, v in measured if t >= measure_from + args.duration / 2]
        slope = 0.0
        if len(half) >= 3:
            mean_t = statistics.fmean(t for t, _ in half)
            mean_v = statistics.fmean(v for _, v in half)
            denominator = sum((t - mean_t) ** 2 for t, _ in half) or 1.0
            slope = sum((t - mean_t) * (v - mean_v) for t, v in half) / denominator
        cpu = [(t, v) for t, v in cpu_samples[name] if t >= measure_from]
        memory[name] = {
            "cpu_percent": round(100 * (cpu[-1][1] - cpu[0][1]) / max(1e-9, cpu[-1][0] - cpu[0][0]), 1),
            "start_mb": round(measured[0][1], 1),
            "end_mb": round(measured[-1][1], 1),
            "peak_mb": round(max(v for _, v in measured), 1),
            "second_half_mb_per_min": round(slope * 60, 2),
        }
    return {
        "offered": {
            "queries_per_second": queries_per_second,
            "subscribers": subscribers,
            "alerts_per_second": alerts_per_second,
            "viewers": viewers,
            "duration_s": args.duration,
            "warmup_s": warmup,
        },
        "queries": {
            "count": len(query_latencies),
            "p50_ms": round(percentile(query_latencies, 0.5), 1),
            "p99_ms": round(percentile(query_latencies, 0.99), 1),
            "errors": len(query_errors),
            "error_samples": query_errors[:3],
        },
        "alerts": {
            "raised": len(raised),
            "mutation_p50_ms": round(percentile(alert_send_latencies, 0.5), 1),
            "mutation_p99_ms": round(percentile(alert_send_latencies, 0.99), 1),
            "deliveries": len(delivery),
            "delivery_p50_ms": round(percentile(delivery, 0.5), 1),
            "delivery_p99_ms": round(percentile(delivery, 0.99), 1),
            "missing_city_and_district": lost,
            "expected_city_and_district": expected_total,
            "duplicated": duplicated,
            "errors": len(alert_errors) + len(subscriber_errors),
            "error_samples": (alert_errors + subscriber_errors)[:3],
        },
        "viewers": {
            "viewers": viewer_result["viewers"],
            "playing": len(viewer_result["fps"]),
            "fps_min": round(min(viewer_result["fps"], default=0.0), 1),
            "fps_median": round(statistics.median(viewer_result["fps"]) if viewer_result["fps"] else 0.0, 1),
            "ttff_p50_ms": round(percentile(viewer_result["ttff_ms"], 0.5), 1),
            "ttff_p99_ms": round(percentile(viewer_result["ttff_ms"], 0.99), 1),
            "errors": len(viewer_result["errors"]),
            "error_samples": viewer_result["errors"][:3],
        },
        "memory": memory,
        "machine_load_average": round(statistics.fmean(load_samples), 1) if load_samples else None,
    }


def pending_ready_total(subscribers: int) -> int:
    return len(range(0, subscribers, SUBSCRIBERS_PER_PROCESS))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=600, help="measured seconds (after warm-up)")
    parser.add_argument("--queries", type=float, default=200, help="dashboard queries per second")
    parser.add_argument("--subscribers", type=int, default=2000)
    parser.add_argument("--alerts", type=float, default=20, help="alerts raised per second")
    parser.add_argument("--viewers", type=int, default=50)
    parser.add_argument("--scale", type=float, default=1.0, help="multiplies every rate and count")
    args = parser.parse_args()
    random.seed(12)
    with running_topology(extra_env={"SITEWATCH_CHECK_INTERVAL": "0"}) as topology:
        report = asyncio.run(run(topology, args))
    offered = report["offered"]
    print(
        f"\nload run: {offered['queries_per_second']:g} dashboard queries/s, {offered['subscribers']} alert "
        f"subscribers, {offered['alerts_per_second']:g} alerts/s, {offered['viewers']} viewers, "
        f"{offered['duration_s']:g} s measured (+{offered['warmup_s']:g} s warm-up)"
    )
    q, a, v = report["queries"], report["alerts"], report["viewers"]
    print(
        f"  dashboard queries  n={q['count']}  p50 {q['p50_ms']} ms  p99 {q['p99_ms']} ms  errors {q['errors']}"
    )
    print(
        f"  alerts             raised {a['raised']}  mutation p50 {a['mutation_p50_ms']} ms p99 {a['mutation_p99_ms']} ms"
    )
    print(
        f"  alert delivery     n={a['deliveries']}  p50 {a['delivery_p50_ms']} ms  p99 {a['delivery_p99_ms']} ms  "
        f"missing {a['missing_city_and_district']}/{a['expected_city_and_district']}  "
        f"duplicated {a['duplicated']}  errors {a['errors']}"
    )
    print(
        f"  live viewers       {v['playing']}/{v['viewers']} playing  fps min {v['fps_min']} median {v['fps_median']}  "
        f"first frame p50 {v['ttff_p50_ms']} ms p99 {v['ttff_p99_ms']} ms  errors {v['errors']}"
    )
    print(f"  machine load average during the run: {report['machine_load_average']} (2 cores, shared)")
    print("  per process: CPU % of a core; RSS MB warm -> end (peak), growth over the second half")
    for name, figures in report["memory"].items():
        print(
            f"    {name:<10} cpu {figures['cpu_percent']:>5}%  {figures['start_mb']:>7} -> {figures['end_mb']:>7} "
            f"({figures['peak_mb']})  {figures['second_half_mb_per_min']:+.2f} MB/min"
        )
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
