"""Bulk import of 2,000 projects and 8,000 cameras (issue 9): time to parse the workbook, the dry run
(every row validated), the commit (one transaction) and the idempotent re-import, on SQLite and on
PostgreSQL. Peer, measured in the same run on the same engine: the floor — the same rows written with
two plain ORM bulk inserts (no parsing, no validation, no scope checks, no encryption).

Run: .venv/bin/python bench/intake/bench_import.py [--projects 2000 --cameras-per-project 4]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
import uuid
from pathlib import Path

import asyncpg
from tortoise.transactions import in_transaction

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from backend import db  # noqa: E402
from backend.auth.services import create_user, principal_for  # noqa: E402
from backend.authz.roles import Role  # noqa: E402
from backend.cameras.models import Camera  # noqa: E402
from backend.districts.models import City, District  # noqa: E402
from backend.intake_import.engine import import_file  # noqa: E402
from backend.intake_import.files import read_file, write_xlsx  # noqa: E402
from backend.organizations.credit_code import check_character  # noqa: E402
from backend.organizations.models import Organization, OrganizationKind  # noqa: E402
from backend.projects.models import Project  # noqa: E402
from backend.settings import Secret, Settings  # noqa: E402

POSTGRES_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres"


def settings_for(url: str, data_dir: Path) -> Settings:
    return Settings(
        database_url=url,
        redis_url=None,
        jwt_secret=Secret("bench-" + "j" * 40),
        demo_mode=False,
        data_dir=data_dir,
        frontend_dist=data_dir,
        credentials_key=Secret("bench-credentials-key-" + "k" * 20),
    )


async def world() -> tuple[list[District], dict[OrganizationKind, Organization]]:
    city = await City.create(name="基准市", name_en="Bench")
    districts = [
        await District.create(city=city, code=f"B{n:04d}", name=f"区{n}", name_en=f"D{n}") for n in range(16)
    ]
    organizations = {}
    for index, kind in enumerate(OrganizationKind):
        body = f"91120000BENCH{index:04d}"[:17]
        organizations[kind] = await Organization.create(
            name=f"bench {kind.value}",
            kind=kind,
            credit_code=body + check_character(body),
            qualification_number="Q",
        )
    return districts, organizations


def workbook_rows(
    districts: list[District], orgs: dict[OrganizationKind, Organization], projects: int, per_project: int
) -> dict[str, list[dict[str, str]]]:
    project_rows, camera_rows = [], []
    for n in range(projects):
        code = f"BP{n:05d}"
        project_rows.append(
            {
                "code": code,
                "name": f"基准项目 {n}",
                "district_code": districts[n % len(districts)].code,
                "address": f"基准路 {n} 号",
                "government_invested": "否",
                "single_building_area_m2": str(8_000 + n),
                "investment_cny": str(30_000_000 + n * 1000),
                "construction_unit_code": orgs[OrganizationKind.CONSTRUCTION_UNIT].credit_code or "",
                "provider_code": orgs[OrganizationKind.PROVIDER].credit_code or "",
            }
        )
        for c in range(per_project):
            host = f"10.{n // 250}.{n % 250}.{c + 1}"
            camera_rows.append(
                {
                    "serial": f"BS{n:05d}-{c}",
                    "project_code": code,
                    "name": f"{c + 1}号摄像机",
                    "location_kind": ["GATE", "TOWER_CRANE", "WORK_FACE", "MATERIAL_YARD"][c % 4],
                    "main_stream_url": f"rtsp://{host}:554/ch1/main",
                    "sub_stream_url": f"rtsp://{host}:554/ch1/sub",
                    "rtsp_username": "admin" if c % 2 else "",
                    "rtsp_password": f"pw-{n}-{c}" if c % 2 else "",
                    "onvif_endpoint": f"http://{host}/onvif/device_service" if c == 1 else "",
                    "ptz": "是" if c == 1 else "否",
                }
            )
    return {"projects": project_rows, "cameras": camera_rows}


async def floor(rows: dict[str, list[dict[str, str]]], districts: list[District]) -> float:
    """The same rows with two bulk inserts and nothing else."""
    by_code = {d.code: d.id for d in districts}
    started = time.perf_counter()
    async with in_transaction():  # like the commit: one transaction
        await _floor_inserts(rows, by_code)
    return time.perf_counter() - started


async def _floor_inserts(rows: dict[str, list[dict[str, str]]], by_code: dict[str, int]) -> None:
    await Project.bulk_create(
        [
            Project(
                code="F" + row["code"],
                name=row["name"],
                address=row["address"],
                district_id=by_code[row["district_code"]],
                single_building_area_m2=float(row["single_building_area_m2"]),
                investment_cny=float(row["investment_cny"]),
            )
            for row in rows["projects"]
        ],
        batch_size=500,
    )
    ids = {p.code: p.id for p in await Project.filter(code__startswith="F")}
    await Camera.bulk_create(
        [
            Camera(
                project_id=ids["F" + row["project_code"]],
                serial="F" + row["serial"],
                name=row["name"],
                main_stream_url=row["main_stream_url"],
                sub_stream_url=row["sub_stream_url"],
            )
            for row in rows["cameras"]
        ],
        batch_size=500,
    )


async def run_engine(engine: str, projects: int, per_project: int) -> dict[str, float]:
    tmp = Path(tempfile.mkdtemp(prefix="bench-intake-"))
    pg_name = None
    if engine == "sqlite":
        url = f"sqlite://{tmp / 'bench.sqlite3'}"
    else:
        pg_name = f"bench_intake_{uuid.uuid4().hex[:8]}"
        admin = await asyncpg.connect(POSTGRES_ADMIN)
        await admin.execute(f'CREATE DATABASE "{pg_name}"')
        await admin.close()
        url = POSTGRES_ADMIN.rsplit("/", 1)[0] + f"/{pg_name}"
    await db.migrate(url)
    await db.connect(url)
    try:
        settings = settings_for(url, tmp)
        districts, orgs = await world()
        city = principal_for(await create_user("bench-city", None, Role.CITY_CENTER, "city"))
        rows = workbook_rows(districts, orgs, projects, per_project)
        body = write_xlsx(rows)
        timings: dict[str, float] = {}
        started = time.perf_counter()
        parsed = read_file(body)
        timings["parse"] = time.perf_counter() - started
        started = time.perf_counter()
        dry = await import_file(settings, city, parsed, dry_run=True, language="en")
        timings["dry_run"] = time.perf_counter() - started
        assert not dry.issues and dry.projects_created == projects, dry.issues[:3]
        started = time.perf_counter()
        done = await import_file(settings, city, parsed, dry_run=False, language="en")
        timings["commit"] = time.perf_counter() - started
        assert done.cameras_created == projects * per_project
        started = time.perf_counter()
        again = await import_file(settings, city, parsed, dry_run=False, language="en")
        timings["reimport"] = time.perf_counter() - started
        assert again.projects_unchanged == projects and again.cameras_unchanged == projects * per_project
        timings["floor"] = await floor(rows, districts)
        timings["bytes"] = len(body)
        return timings
    finally:
        await db.disconnect()
        if pg_name:
            admin = await asyncpg.connect(POSTGRES_ADMIN)
            await admin.execute(f'DROP DATABASE IF EXISTS "{pg_name}" WITH (FORCE)')
            await admin.close()


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--projects", type=int, default=2000)
    parser.add_argument("--cameras-per-project", type=int, default=4)
    parser.add_argument("--engines", default="sqlite,postgres")
    args = parser.parse_args()
    cameras = args.projects * args.cameras_per_project
    print(f"import of {args.projects} projects + {cameras} cameras (half with an RTSP password)")
    print(
        f"{'engine':<10} {'parse':>8} {'dry run':>8} {'commit':>8} {'re-import':>10} {'floor':>8}  commit/floor  dry/floor"
    )
    for engine in args.engines.split(","):
        t = await run_engine(engine, args.projects, args.cameras_per_project)
        print(
            f"{engine:<10} {t['parse']:>7.2f}s {t['dry_run']:>7.2f}s {t['commit']:>7.2f}s {t['reimport']:>9.2f}s "
            f"{t['floor']:>7.2f}s  {t['commit'] / t['floor']:>11.1f}x  {t['dry_run'] / t['floor']:>8.1f}x"
        )
    print(
        f"(workbook {t['bytes'] / 1024:.0f} KiB; re-import = validate + compare with the stored rows, nothing written)"
    )


if __name__ == "__main__":
    asyncio.run(main())
