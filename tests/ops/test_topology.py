"""The production topology on real engines: nginx in front of two backends (PostgreSQL, Redis), two
district gateways pulling simulated cameras. Each viewer lands on its district's gateway, metrics count
what runs, a backend can die without the proxy failing, and closing leaves nothing behind."""

from __future__ import annotations

import asyncio
import json
import secrets
from collections.abc import Iterator
from typing import Any

import asyncpg
import httpx
import pytest

from backend.graphql_core.ids import to_global_id
from backend.topology import Topology, start_topology
from media_gateway.whep_client import WhepViewer
from tests.ops.test_observability import metric_value

pytestmark = pytest.mark.slow

LOGIN = (
    "mutation($u:String!,$p:String!){login(username:$u,password:$p){"
    "__typename ... on LoginSuccess{accessToken}}}"
)
START_LIVE_VIEW = (
    "mutation($id:ID!){startLiveView(cameraId:$id, quality: SUB){"
    "__typename ... on LiveViewSession{whepUrl ticket} ... on UserError{code message}}}"
)


@pytest.fixture(scope="module")
def topology() -> Iterator[Topology]:
    started = start_topology()
    try:
        yield started
    finally:
        started.close()


async def graphql(
    http: httpx.AsyncClient, query: str, variables: dict[str, Any], token: str | None = None
) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await http.post("/graphql", json={"query": query, "variables": variables}, headers=headers)
    assert response.status_code == 200, response.text
    body = response.json()
    assert not body.get("errors"), body
    return body["data"]


async def camera_in(topology: Topology, districts: list[str]) -> str:
    connection = await asyncpg.connect(topology.database_url)
    try:
        row = await connection.fetchrow(
            """SELECT c.id FROM camera c JOIN project p ON p.id = c.project_id JOIN district d ON d.id = p.district_id
               WHERE d.code = ANY($1::text[]) AND c.main_stream_url NOT LIKE '%:9/%' ORDER BY c.id LIMIT 1""",
            districts,
        )
    finally:
        await connection.close()
    assert row is not None
    return to_global_id("Camera", row["id"])


async def test_each_district_is_watched_through_its_own_gateway(topology: Topology) -> None:
    async with httpx.AsyncClient(base_url=topology.base_url, trust_env=False, timeout=20) as http:
        login = (await graphql(http, LOGIN, {"u": "city", "p": topology.password}))["login"]
        assert login["__typename"] == "LoginSuccess"
        token = login["accessToken"]
        for gateway in topology.gateways:
            camera = await camera_in(topology, gateway.districts)
            view = (await graphql(http, START_LIVE_VIEW, {"id": camera}, token))["startLiveView"]
            assert view["__typename"] == "LiveViewSession", view
            assert view["whepUrl"].startswith(gateway.url + "/whep/"), (gateway.gateway_id, view["whepUrl"])

        # a real viewer on the second gateway: the gateway's metrics see its session and its RTSP pull
        gateway = topology.gateways[1]
        camera = await camera_in(topology, gateway.districts)
        view = (await graphql(http, START_LIVE_VIEW, {"id": camera}, token))["startLiveView"]
        viewer = WhepViewer(view["whepUrl"], view["ticket"], decode=False)
        auth = {"Authorization": f"Bearer {topology.metrics_token}"}
        try:
            await viewer.start()
            assert await viewer.wait_frames(25, within_seconds=30) >= 25
            metrics = (await http.get(gateway.url + "/metrics", headers=auth)).text
            assert metric_value(metrics, "sitewatch_gateway_whep_sessions") == 1
            assert metric_value(metrics, "sitewatch_gateway_rtsp_pulls", quality="sub") == 1
            assert metric_value(metrics, "sitewatch_gateway_viewers", quality="sub") == 1
            idle = (await http.get(topology.gateways[0].url + "/metrics", headers=auth)).text
            assert metric_value(idle, "sitewatch_gateway_whep_sessions") == 0
        finally:
            await viewer.stop()
        assert (await http.get(gateway.url + "/metrics")).status_code == 401


async def test_each_gateway_has_its_own_registered_credential_and_districts(topology: Topology) -> None:
    first, second = topology.gateways
    assert first.credential and second.credential and first.credential != second.credential
    connection = await asyncpg.connect(topology.database_url)
    try:
        rows = await connection.fetch("SELECT gateway_id, districts, public_url FROM media_gateway")
        camera_districts = {
            str(row["id"]): row["code"]
            for row in await connection.fetch(
                "SELECT c.id, d.code FROM camera c JOIN project p ON p.id = c.project_id "
                "JOIN district d ON d.id = p.district_id"
            )
        }
    finally:
        await connection.close()
    registered = {row["gateway_id"]: row for row in rows}
    for gateway in topology.gateways:
        assert sorted(json_list(registered[gateway.gateway_id]["districts"])) == sorted(gateway.districts)
        assert registered[gateway.gateway_id]["public_url"] == gateway.url
    async with httpx.AsyncClient(base_url=topology.backend_urls[0], trust_env=False, timeout=10) as http:
        served: dict[str, set[str]] = {}
        for gateway in topology.gateways:
            auth = {"Authorization": f"Bearer {gateway.credential}"}
            response = await http.get(
                "/internal/gateway/cameras", params={"gateway": gateway.gateway_id}, headers=auth
            )
            assert response.status_code == 200, response.text
            served[gateway.gateway_id] = {item["id"] for item in response.json()["cameras"]}
            assert served[gateway.gateway_id]
            assert {camera_districts[c] for c in served[gateway.gateway_id]} <= set(gateway.districts)
            # a gateway's credential does not speak for the other gateway
            other = next(g for g in topology.gateways if g is not gateway)
            foreign = await http.get(
                "/internal/gateway/cameras", params={"gateway": other.gateway_id}, headers=auth
            )
            assert foreign.status_code == 403
        assert not served[first.gateway_id] & served[second.gateway_id]
        unauthenticated = await http.get("/internal/gateway/cameras", params={"gateway": first.gateway_id})
        assert unauthenticated.status_code == 401


def json_list(value: Any) -> list[str]:
    return list(json.loads(value) if isinstance(value, str) else value)


async def test_the_proxy_keeps_request_ids_and_hides_metrics(topology: Topology) -> None:
    async with httpx.AsyncClient(base_url=topology.base_url, trust_env=False, timeout=10) as http:
        response = await http.get("/readyz", headers={"X-Request-ID": "topology-check-1"})
        assert response.status_code == 200
        assert response.headers["x-request-id"] == "topology-check-1"
        assert response.json()["checks"]["redis"]["ok"] is True
        query = await http.post(
            "/graphql", json={"query": "{ __typename }"}, headers={"X-Request-ID": "topology-q-1"}
        )
        assert query.headers["x-request-id"] == "topology-q-1"
        created = (await http.get("/healthz")).headers["x-request-id"]
        assert len(created) == 32  # nginx's $request_id, handed on to the backend and back
        assert (await http.get("/metrics")).status_code == 404
        for backend in topology.backend_urls:
            scraped = await http.get(
                backend + "/metrics", headers={"Authorization": f"Bearer {topology.metrics_token}"}
            )
            assert scraped.status_code == 200
            assert "sitewatch_http_request_duration_seconds_bucket" in scraped.text
    logs = "".join((topology.data_dir / "logs" / f"backend-{n}.log").read_text() for n in (1, 2))
    # probes are logged at debug level only; the query's line carries the caller's id
    assert '"request_id": "topology-q-1"' in logs


async def test_backends_see_the_client_address_nginx_forwards(topology: Topology) -> None:
    """nginx is the backends' trusted proxy (SITEWATCH_TRUSTED_PROXIES): the audit log gets the client
    nginx forwards, not nginx's own address. (Everything runs on 127.0.0.1 here, so the hop nginx
    appends is itself a trusted address and the one before it counts; without the setting the log would
    say 127.0.0.1 for every user.)"""
    marker = f"nobody-{secrets.token_hex(4)}"
    login = {"query": LOGIN, "variables": {"u": marker, "p": "wrong"}}
    async with httpx.AsyncClient(base_url=topology.base_url, trust_env=False, timeout=10) as http:
        response = await http.post("/graphql", json=login, headers={"X-Forwarded-For": "198.51.100.31"})
        assert response.status_code == 200
    connection = await asyncpg.connect(topology.database_url)
    try:
        row = await connection.fetchrow(
            "SELECT client_ip FROM audit_event WHERE action = 'auth.login_failed' AND detail::text LIKE $1",
            f"%{marker}%",
        )
    finally:
        await connection.close()
    assert row is not None
    assert row["client_ip"] == "198.51.100.31"


async def test_a_backend_can_die_while_the_other_serves(topology: Topology) -> None:
    topology.stop("backend-1")
    try:
        assert topology.pid("backend-1") is None
        async with httpx.AsyncClient(base_url=topology.base_url, trust_env=False, timeout=10) as http:
            statuses = [(await http.get("/readyz")).status_code for _ in range(10)]
            assert statuses == [200] * 10
    finally:
        await asyncio.to_thread(topology.start, "backend-1")
    assert topology.pid("backend-1") is not None


# Last in the module: it closes the module's topology (closing twice is harmless), rather than
# starting a second one beside it (two topologies at once overload a 2-core machine).
def test_closing_stops_every_process_and_drops_the_database(topology: Topology) -> None:
    processes = [p.popen for p in topology.processes.values()]
    name, admin = topology.database_name, topology.postgres_admin_dsn
    data_dir = topology.data_dir
    assert {"backend-1", "backend-2", "nginx", "gw-1", "gw-2", "simcam-1", "simcam-2"} == set(
        topology.processes
    )
    topology.close()
    assert all(p is not None and p.poll() is not None for p in processes)
    assert not data_dir.exists()

    async def exists() -> bool:
        connection = await asyncpg.connect(admin)
        try:
            return bool(await connection.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name))
        finally:
            await connection.close()

    assert asyncio.run(exists()) is False
