"""Dashboard query latency: GraphQL (districts → projects → cameras, DataLoaders) against the
same data loaded with direct ORM queries (no GraphQL, no authorization) — the floor — on
SQLite and on PostgreSQL, with the demo data set (16 districts, 224 projects, ~900 cameras).

Run: .venv/bin/python bench/api/bench_dashboard.py [--rounds 40]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from pathlib import Path

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from backend import db  # noqa: E402
from backend.app import create_app  # noqa: E402
from backend.cameras.models import Camera  # noqa: E402
from backend.demo.seed import DEMO_PASSWORD, seed_demo  # noqa: E402
from backend.districts.models import District  # noqa: E402
from backend.heap import settle_heap  # noqa: E402
from backend.organizations.models import Organization  # noqa: E402
from backend.projects.models import Project  # noqa: E402
from backend.settings import Secret, Settings  # noqa: E402

DASHBOARD = """
{ districts { id name projects(first: 20) { totalCount edges { node {
    id name status monitoringRequired constructionUnit { name }
    cameras { id name status } } } } } }
"""
POSTGRES_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres"


class StatementCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def direct_orm_dashboard() -> int:
    """The same rows as the GraphQL query, loaded with the fewest ORM queries by hand."""
    districts = await District.all().order_by("id")
    projects = await Project.filter(district_id__in=[d.id for d in districts]).order_by("district_id", "id")
    per_district: dict[int, list[Project]] = defaultdict(list)
    for project in projects:
        if len(per_district[project.district_id]) < 20:
            per_district[project.district_id].append(project)
    chosen = [p for ps in per_district.values() for p in ps]
    owners = {o.id: o for o in await Organization.filter(id__in={p.construction_unit_id for p in chosen})}
    cameras = await Camera.filter(project_id__in=[p.id for p in chosen])
    return len(districts) + len(chosen) + len(owners) + len(cameras)


async def run_engine(name: str, url: str, data_dir: Path, rounds: int) -> dict[str, float]:
    await db.migrate(url)
    await db.connect(url)
    settings = Settings(
        database_url=url,
        redis_url=None,
        jwt_secret=Secret("bench-" + "x" * 40),
        demo_mode=True,
        data_dir=data_dir,
        frontend_dist=data_dir / "none",
    )
    try:
        await seed_demo(settings)
        app = create_app(settings, manage_database=False)
        settle_heap()  # as `sitewatch serve` does once the app is built
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            login = await client.post(
                "/graphql",
                json={
                    "query": 'mutation($p: String!) { login(username: "city", password: $p) '
                    "{ ... on LoginSuccess { accessToken } } }",
                    "variables": {"p": DEMO_PASSWORD},
                },
            )
            token = login.json()["data"]["login"]["accessToken"]
            headers = {"authorization": f"Bearer {token}"}

            async def graphql_once() -> None:
                response = await client.post("/graphql", json={"query": DASHBOARD}, headers=headers)
                body = response.json()
                assert not body.get("errors"), body

            for _ in range(3):
                await graphql_once()
                await direct_orm_dashboard()
            counter = StatementCounter()
            logger = logging.getLogger("tortoise.db_client")
            logger.setLevel(logging.DEBUG)
            logger.addHandler(counter)
            await graphql_once()
            logger.removeHandler(counter)
            graphql_times, orm_times = [], []
            for _ in range(rounds):
                start = time.perf_counter()
                await graphql_once()
                graphql_times.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                await direct_orm_dashboard()
                orm_times.append((time.perf_counter() - start) * 1000)
        await app.state.services.close()
    finally:
        await db.disconnect()
    return {
        "statements": counter.count,
        "gql_p50": statistics.median(graphql_times),
        "gql_p95": percentile(graphql_times, 0.95),
        "orm_p50": statistics.median(orm_times),
        "orm_p95": percentile(orm_times, 0.95),
    }


async def main(rounds: int) -> None:
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        results["sqlite"] = await run_engine("sqlite", f"sqlite://{tmp}/bench.sqlite3", Path(tmp), rounds)
        name = f"sitewatch_bench_{uuid.uuid4().hex[:8]}"
        admin = await asyncpg.connect(POSTGRES_ADMIN)
        await admin.execute(f'CREATE DATABASE "{name}"')
        try:
            results["postgres"] = await run_engine(
                "postgres", f"postgres://postgres@127.0.0.1:5432/{name}", Path(tmp), rounds
            )
        finally:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await admin.close()
    print(f"dashboard query: 16 districts × first 20 projects × cameras, city scope, {rounds} rounds")
    print(
        f"{'engine':<10}{'SQL stmts':>10}{'GraphQL p50':>13}{'p95':>9}{'ORM floor p50':>15}{'p95':>9}"
        f"{'ratio p50':>11}{'p95':>7}"
    )
    for engine, r in results.items():
        print(
            f"{engine:<10}{r['statements']:>10}{r['gql_p50']:>11.1f}ms{r['gql_p95']:>7.1f}ms"
            f"{r['orm_p50']:>13.1f}ms{r['orm_p95']:>7.1f}ms{r['gql_p50'] / r['orm_p50']:>10.2f}x"
            f"{r['gql_p95'] / r['orm_p95']:>6.2f}x"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=40)
    asyncio.run(main(parser.parse_args().rounds))
