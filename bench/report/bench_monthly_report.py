"""Monthly report for a month with 2,000 projects (issue 11: must render in < 2 s).

Builds 16 districts × 125 projects, 4 cameras each, and a month of rows (fault tickets, hazard notices
and stop-work orders, document versions, duty shifts and check-ins, lifecycle transitions), then times,
on SQLite and PostgreSQL:
  - the city report through GraphQL (`monthlyReport`, HTTP in process), and its SQL statement count;
  - the district drill-down (125 project rows), the .xlsx and the .pdf exports over HTTP;
  - the peer: the same city figures computed project by project (one `monthly_report(projectId)` per
    project, i.e. statements growing with the projects), measured on 100 projects and scaled to 2,000.

Run: .venv/bin/python bench/report/bench_monthly_report.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from backend import db  # noqa: E402
from backend.app import create_app  # noqa: E402
from backend.auth.models import User  # noqa: E402
from backend.auth.passwords import hash_password  # noqa: E402
from backend.auth.services import principal_for  # noqa: E402
from backend.authz.roles import Role  # noqa: E402
from backend.cameras.models import Camera  # noqa: E402
from backend.districts.models import City, District  # noqa: E402
from backend.documents.models import Document, DocumentCategory, DocumentVersion  # noqa: E402
from backend.duty.models import DutyCheckIn, DutyShift  # noqa: E402
from backend.faults.models import FaultStatus, FaultTicket  # noqa: E402
from backend.hazards.models import HazardKind, HazardNotice, HazardSeverity, HazardStatus  # noqa: E402
from backend.lifecycle.models import LifecycleTransition  # noqa: E402
from backend.projects.models import Project, ProjectStatus  # noqa: E402
from backend.reports.services import monthly_report  # noqa: E402
from backend.settings import Secret, Settings  # noqa: E402

MONTH = "2026-10"
START = datetime(2026, 9, 30, 16, tzinfo=UTC)
DISTRICTS, PER_DISTRICT, CAMERAS = 16, 125, 4
POSTGRES_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres"
REPORT = """query($month: String!, $district: ID) { monthlyReport(month: $month, districtId: $district) {
  title rows { key name figures { cameraOnlineRate faultsBreached hazardNoticesOverdue documentCompleteness
  dutyCoverage stages { status count } } } totals { projectCount cameraOnlineRate downtimeHours faultsOpened
  faultsBreached hazardNoticesOpened stopWorkOverdue documentsPresent dutyCoverage } } }"""


class StatementCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def at(hours: float) -> datetime:
    return START + timedelta(hours=hours)


async def build(rng: random.Random) -> User:
    city = await City.create(name="天津市", name_en="Tianjin")
    districts = [
        await District.create(city=city, code=f"9{n:05d}", name=f"区{n}", name_en=f"D{n}")
        for n in range(DISTRICTS)
    ]
    statuses = list(ProjectStatus)
    await Project.bulk_create(
        [
            Project(code=f"B{d.id}-{i}", name=f"项目{d.id}-{i}", district=d, status=rng.choice(statuses))
            for d in districts
            for i in range(PER_DISTRICT)
        ],
        batch_size=500,
    )
    projects = await Project.all().order_by("id")
    await Camera.bulk_create(
        [
            Camera(project=p, name=f"c{n}", main_stream_url="rtsp://127.0.0.1:9/x")
            for p in projects
            for n in range(CAMERAS)
        ],
        batch_size=1000,
    )
    cameras = await Camera.all().values_list("id", "project_id")
    tickets = []
    for camera_id, project_id in rng.sample(cameras, 4000):
        opened = rng.uniform(-48, 720)
        closed = opened + rng.uniform(1, 60) if rng.random() < 0.8 else None
        tickets.append(
            FaultTicket(
                camera_id=camera_id,
                project_id=project_id,
                opened_at=at(opened),
                deadline=at(opened + 24),
                closed_at=at(closed) if closed else None,
                status=FaultStatus.CLOSED if closed else FaultStatus.OPEN,
            )
        )
    await FaultTicket.bulk_create(tickets, batch_size=1000)
    notices = []
    for project in rng.sample(projects, 1500):
        for _ in range(2):
            issued = rng.uniform(-100, 720)
            closed = issued + rng.uniform(10, 200) if rng.random() < 0.6 else None
            notices.append(
                HazardNotice(
                    project=project,
                    kind=HazardKind.STOP_WORK if rng.random() < 0.1 else HazardKind.RECTIFY,
                    severity=HazardSeverity.MEDIUM,
                    description="bench",
                    deadline=at(issued + 72),
                    status=HazardStatus.CLOSED if closed else HazardStatus.OPEN,
                    closed_at=at(closed) if closed else None,
                    issuer_level="DISTRICT",
                    issued_at=at(issued),
                )
            )
    await HazardNotice.bulk_create(notices, batch_size=1000)
    categories = list(DocumentCategory)
    await Document.bulk_create(
        [Document(project=p, category=c, title=c.value) for p in projects for c in rng.sample(categories, 5)],
        batch_size=1000,
    )
    documents = await Document.all().values_list("id", flat=True)
    await DocumentVersion.bulk_create(
        [
            DocumentVersion(
                document_id=d,
                version=1,
                filename="f.pdf",
                storage_name=uuid.uuid4().hex,
                size_bytes=1,
                content_type="application/pdf",
                sha256="0" * 64,
            )
            for d in documents
        ],
        batch_size=1000,
    )
    operator = await User.create(
        username="bench-op", display_name="op", role=Role.SUPERVISOR, password_hash="x", project=projects[0]
    )
    shifts, check_ins = [], []
    for project in rng.sample(projects, 400):
        for day in range(31):
            shifts.append(
                DutyShift(
                    project=project, operator=operator, starts_at=at(day * 24), ends_at=at(day * 24 + 12)
                )
            )
            if rng.random() < 0.8:
                check_ins.append(
                    DutyCheckIn(
                        project=project,
                        operator=operator,
                        checked_in_at=at(day * 24 + 1),
                        last_heartbeat_at=at(day * 24 + 10),
                        checked_out_at=at(day * 24 + 11),
                    )
                )
    await DutyShift.bulk_create(shifts, batch_size=1000)
    await DutyCheckIn.bulk_create(check_ins, batch_size=1000)
    await LifecycleTransition.bulk_create(
        [
            LifecycleTransition(
                project=p,
                action="X",
                from_status="PERMITTED",
                to_status="UNDER_CONSTRUCTION",
                at=at(rng.uniform(0, 700)),
            )
            for p in projects
        ],
        batch_size=1000,
    )
    return await User.create(
        username="bench-city",
        display_name="city",
        role=Role.CITY_CENTER,
        password_hash=hash_password("bench-password"),
    )


async def run_engine(url: str, data_dir: Path, rounds: int) -> dict[str, float]:
    await db.migrate(url)
    await db.connect(url)
    settings = Settings(
        database_url=url,
        redis_url=None,
        jwt_secret=Secret("bench-" + "x" * 40),
        demo_mode=True,
        data_dir=data_dir,
        frontend_dist=data_dir / "none",
        check_interval_seconds=0,
    )
    results: dict[str, float] = {}
    try:
        city_user = await build(random.Random(11))
        app = create_app(settings, manage_database=False)
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://bench"
        ) as client:
            login = await client.post(
                "/graphql",
                json={
                    "query": 'mutation { login(username: "bench-city", password: "bench-password") '
                    "{ ... on LoginSuccess { accessToken } } }"
                },
            )
            headers = {"authorization": f"Bearer {login.json()['data']['login']['accessToken']}"}

            async def city_report() -> dict:
                body = (
                    await client.post(
                        "/graphql", json={"query": REPORT, "variables": {"month": MONTH}}, headers=headers
                    )
                ).json()
                assert not body.get("errors"), body
                return body["data"]["monthlyReport"]

            first = await city_report()
            assert first["totals"]["projectCount"] == DISTRICTS * PER_DISTRICT
            counter = StatementCounter()
            logger = logging.getLogger("tortoise.db_client")
            logger.setLevel(logging.DEBUG)
            logger.addHandler(counter)
            await city_report()
            logger.removeHandler(counter)
            results["statements"] = counter.count
            times = []
            for _ in range(rounds):
                started = time.perf_counter()
                await city_report()
                times.append(time.perf_counter() - started)
            results["city_p50"] = statistics.median(times)
            results["city_max"] = max(times)
            district = first["rows"][0]["key"]
            started = time.perf_counter()
            body = (
                await client.post(
                    "/graphql",
                    json={"query": REPORT, "variables": {"month": MONTH, "district": district}},
                    headers=headers,
                )
            ).json()
            results["district"] = time.perf_counter() - started
            assert len(body["data"]["monthlyReport"]["rows"]) == PER_DISTRICT
            for kind, params in (
                ("xlsx", {"month": MONTH}),
                ("pdf", {"month": MONTH, "districtId": district}),
            ):
                started = time.perf_counter()
                response = await client.get(f"/api/reports/monthly.{kind}", params=params, headers=headers)
                results[kind] = time.perf_counter() - started
                assert response.status_code == 200, response.text

        # The peer: the same figures project by project (statements grow with the projects).
        principal = principal_for(city_user)
        sample = await Project.all().order_by("id").limit(100).values_list("id", flat=True)
        started = time.perf_counter()
        for project_id in sample:
            await monthly_report(principal, MONTH, project_id=project_id)
        per_project = (time.perf_counter() - started) / len(sample)
        results["peer_city"] = per_project * DISTRICTS * PER_DISTRICT
        await app.state.services.close()
    finally:
        await db.disconnect()
    return results


async def main(rounds: int) -> None:
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        results["sqlite"] = await run_engine(f"sqlite://{tmp}/bench.sqlite3", Path(tmp), rounds)
        name = f"sitewatch_bench_{uuid.uuid4().hex[:8]}"
        admin = await asyncpg.connect(POSTGRES_ADMIN)
        await admin.execute(f'CREATE DATABASE "{name}"')
        try:
            results["postgres"] = await run_engine(
                f"postgres://postgres@127.0.0.1:5432/{name}", Path(tmp), rounds
            )
        finally:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await admin.close()
    projects = DISTRICTS * PER_DISTRICT
    print(
        f"monthly report {MONTH}: {projects} projects, {projects * CAMERAS} cameras, {rounds} rounds (target < 2 s)"
    )
    print(
        f"{'engine':<10}{'stmts':>6}{'city p50':>10}{'max':>8}{'district':>10}{'xlsx':>8}{'pdf':>8}"
        f"{'per-project peer':>18}{'peer/ours':>11}"
    )
    for engine, r in results.items():
        print(
            f"{engine:<10}{int(r['statements']):>6}{r['city_p50']:>9.2f}s{r['city_max']:>7.2f}s{r['district']:>9.2f}s"
            f"{r['xlsx']:>7.2f}s{r['pdf']:>7.2f}s{r['peer_city']:>17.2f}s{r['peer_city'] / r['city_p50']:>10.1f}x"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    asyncio.run(main(parser.parse_args().rounds))
