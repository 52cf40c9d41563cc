"""Bulk import: 200 projects and 800 cameras from Excel with 5 bad rows; the dry run names exactly those,
the commit creates the rest, a second import changes nothing. Plus CSV, languages, template, upload limits."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

import httpx
from openpyxl import load_workbook

from backend.cameras.models import Camera
from backend.intake_import.files import write_xlsx
from backend.organizations.models import OrganizationKind
from backend.projects.models import Project
from tests.intake.support import PLAIN_PASSWORDS, organization, upload
from tests.world import World

IMPORT = """
mutation($input: ImportIntakeInput!) {
  importIntake(input: $input) {
    __typename
    ... on ImportReport {
      dryRun rows badRows projectsCreated projectsUpdated projectsUnchanged
      camerasCreated camerasUpdated camerasUnchanged issues { sheet line column cell code reason }
    }
    ... on IntakeError { code field message }
  }
}"""


async def _workbook(world: World, prefix: str) -> tuple[bytes, set[tuple[str, int, str]]]:
    orgs = {kind: await organization(kind) for kind in OrganizationKind}
    projects: list[dict[str, str]] = []
    for n in range(200):
        projects.append(
            {
                "code": f"{prefix}-{n:04d}",
                "name": f"导入项目 {n}",
                "district_code": world.district_a.code,
                "address": f"测试路 {n} 号",
                "government_invested": "是" if n % 7 == 0 else "否",
                "single_building_area_m2": str(5_000 + n * 50),
                "investment_cny": str(10_000_000 + n * 250_000),
                "infrastructure_kind": "TUNNEL" if n % 50 == 0 else "",
                "construction_unit_code": orgs[OrganizationKind.CONSTRUCTION_UNIT].credit_code or "",
                "provider_code": orgs[OrganizationKind.PROVIDER].credit_code or "",
            }
        )
    cameras: list[dict[str, str]] = []
    for n in range(800):
        cameras.append(
            {
                "serial": f"{prefix}-SN-{n:05d}",
                "project_code": f"{prefix}-{n // 4 + 3:04d}" if n // 4 + 3 < 200 else f"{prefix}-0003",
                "name": f"{n % 4 + 1}号摄像机",
                "location_kind": ["GATE", "塔吊", "WORK_FACE", "材料堆场"][n % 4],
                "main_stream_url": f"rtsp://10.9.{n // 250}.{n % 250 + 1}:554/ch1/main",
                "sub_stream_url": f"rtsp://10.9.{n // 250}.{n % 250 + 1}:554/ch1/sub",
                "rtsp_username": "admin" if n % 2 else "",
                "rtsp_password": PLAIN_PASSWORDS[2] if n % 2 else "",
                "onvif_endpoint": f"http://10.9.{n // 250}.{n % 250 + 1}/onvif/device_service"
                if n % 4 == 1
                else "",
                "onvif_username": "onvif" if n % 4 == 1 else "",
                "onvif_password": PLAIN_PASSWORDS[3] if n % 4 == 1 else "",
                "ptz": "是" if n % 4 == 1 else "否",
            }
        )
    # Five bad rows (line = index + 2: the header is line 1). Projects 0-2 have no cameras.
    projects[0]["district_code"] = "999999"
    projects[1]["investment_cny"] = "五千万"
    projects[2]["code"] = projects[150][
        "code"
    ]  # line 4 repeats a code that line 152 uses later? no: first wins
    cameras[10]["main_stream_url"] = "http://10.9.0.11/stream"
    cameras[20]["project_code"] = f"{prefix}-NOPE"
    expected = {
        ("projects", 2, "UNKNOWN_DISTRICT"),
        ("projects", 3, "NOT_A_NUMBER"),
        ("projects", 152, "DUPLICATE_IN_FILE"),
        ("cameras", 12, "INVALID_STREAM_URL"),
        ("cameras", 22, "UNKNOWN_PROJECT"),
    }
    return write_xlsx({"projects": projects, "cameras": cameras}), expected


async def _run(district: Any, upload_id: str, dry_run: bool, language: str = "en") -> dict[str, Any]:
    result = await district.data(
        IMPORT, {"input": {"uploadId": upload_id, "dryRun": dry_run, "language": language}}
    )
    return result["importIntake"]  # type: ignore[no-any-return]


async def test_excel_import_dry_run_commit_and_idempotent_reimport(
    client: httpx.AsyncClient, as_role, tokens: dict[str, str], world: World
) -> None:  # type: ignore[no-untyped-def]
    prefix = f"IMP{world.district_a.id}"
    body, expected = await _workbook(world, prefix)
    district = as_role("DISTRICT_CENTER")
    uploaded = await upload(client, tokens["DISTRICT_CENTER"], body)
    assert uploaded["fileType"] == "xlsx"

    dry = await _run(district, uploaded["uploadId"], dry_run=True)
    assert {(i["sheet"], i["line"], i["code"]) for i in dry["issues"]} == expected
    assert dry["badRows"] == 5 and dry["rows"] == 1000
    assert (dry["projectsCreated"], dry["camerasCreated"]) == (197, 798)
    duplicate = next(i for i in dry["issues"] if i["code"] == "DUPLICATE_IN_FILE")
    assert (duplicate["column"], duplicate["cell"], duplicate["reason"]) == (
        "code",
        "A152",
        "duplicates line 4",
    )
    assert await Project.filter(code__startswith=prefix).count() == 0  # a dry run writes nothing

    committed = await _run(district, uploaded["uploadId"], dry_run=False)
    assert committed["badRows"] == 5
    assert (committed["projectsCreated"], committed["camerasCreated"]) == (197, 798)
    assert await Project.filter(code__startswith=prefix).count() == 197
    assert await Camera.filter(serial__startswith=prefix).count() == 798
    crane = await Camera.get(serial=f"{prefix}-SN-00001")
    assert crane.location_kind == "TOWER_CRANE" and crane.rtsp_username == "admin" and crane.ptz_capable
    assert PLAIN_PASSWORDS[2] not in crane.rtsp_password_encrypted

    again = await upload(client, tokens["DISTRICT_CENTER"], body)
    second = await _run(district, again["uploadId"], dry_run=False)
    assert (second["projectsCreated"], second["projectsUpdated"], second["projectsUnchanged"]) == (0, 0, 197)
    assert (second["camerasCreated"], second["camerasUpdated"], second["camerasUnchanged"]) == (0, 0, 798)
    assert await Project.filter(code__startswith=prefix).count() == 197
    assert await Camera.filter(serial__startswith=prefix).count() == 798

    # the reasons come in the user's language
    chinese = await _run(district, again["uploadId"], dry_run=True, language="zh-CN")
    unknown = next(i for i in chinese["issues"] if i["code"] == "UNKNOWN_DISTRICT")
    assert unknown["reason"] == "区划代码“999999”不存在"


async def test_csv_import_updates_by_code_and_names_header_cells(
    client: httpx.AsyncClient, as_role, tokens: dict[str, str], world: World
) -> None:  # type: ignore[no-untyped-def]
    code = f"CSV{world.district_a.id}-1"
    header = "项目编号 (code),项目名称 (name),区划代码 (district_code),投资额(元) (investment_cny),整体迁移 (whole_building_relocation)\n"
    first = (
        header
        + f"{code},CSV 项目,{world.district_a.code},60000000,否\n{code}-2,坏行,{world.district_a.code},1,maybe\n"
    )
    uploaded = await upload(client, tokens["DISTRICT_CENTER"], first.encode("gb18030"), "projects.csv")
    report = (
        await as_role("DISTRICT_CENTER").data(
            IMPORT, {"input": {"uploadId": uploaded["uploadId"], "dryRun": False}}
        )
    )["importIntake"]
    assert report["projectsCreated"] == 1
    assert [(i["line"], i["cell"], i["code"]) for i in report["issues"]] == [
        (3, "整体迁移 (whole_building_relocation)", "NOT_A_BOOLEAN")
    ]
    changed = header + f"{code},CSV 项目（改）,{world.district_a.code},60000000,否\n"
    uploaded = await upload(client, tokens["DISTRICT_CENTER"], changed.encode(), "projects.csv")
    report = (
        await as_role("DISTRICT_CENTER").data(
            IMPORT, {"input": {"uploadId": uploaded["uploadId"], "dryRun": False}}
        )
    )["importIntake"]
    assert (report["projectsCreated"], report["projectsUpdated"]) == (0, 1)
    assert (await Project.get(code=code)).name == "CSV 项目（改）"


async def test_scope_of_an_import(
    client: httpx.AsyncClient, as_role, tokens: dict[str, str], world: World
) -> None:  # type: ignore[no-untyped-def]
    rows = {
        "projects": [
            {
                "code": f"SCOPE{world.district_b.id}",
                "name": "other district",
                "district_code": world.district_b.code,
            }
        ],
        "cameras": [
            {
                "serial": f"SCOPE-SN-{world.district_b.id}",
                "project_code": world.project_b1.code,
                "name": "x",
                "main_stream_url": "rtsp://10.0.0.1/x",
            }
        ],
    }
    uploaded = await upload(client, tokens["DISTRICT_CENTER"], write_xlsx(rows))
    report = (await as_role("DISTRICT_CENTER").data(IMPORT, {"input": {"uploadId": uploaded["uploadId"]}}))[
        "importIntake"
    ]
    assert {(i["sheet"], i["code"]) for i in report["issues"]} == {
        ("projects", "DISTRICT_OUT_OF_SCOPE"),
        ("cameras", "PROJECT_OUT_OF_SCOPE"),
    }
    # an upload belongs to its uploader
    foreign = (await as_role("CITY_CENTER").data(IMPORT, {"input": {"uploadId": uploaded["uploadId"]}}))[
        "importIntake"
    ]
    assert foreign["code"] == "UPLOAD_NOT_FOUND"


async def test_template_and_upload_checks(client: httpx.AsyncClient, as_role, tokens: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert (await client.get("/api/intake/template")).status_code == 401
    supervisor = {"authorization": f"Bearer {tokens['SUPERVISOR']}"}
    assert (await client.get("/api/intake/template", headers=supervisor)).status_code == 403
    district = {"authorization": f"Bearer {tokens['DISTRICT_CENTER']}"}
    template = await client.get("/api/intake/template?format=xlsx", headers=district)
    assert template.status_code == 200
    workbook = load_workbook(io.BytesIO(template.content))
    assert workbook.sheetnames == ["项目 (projects)", "摄像机 (cameras)"]
    assert workbook["项目 (projects)"]["A1"].value == "项目编号 (code)"
    csv_template = await client.get("/api/intake/template?format=csv&sheet=cameras", headers=district)
    assert csv_template.content.decode("utf-8-sig").startswith("设备序列号 (serial),")

    pdf = await client.post("/api/intake/uploads", content=b"%PDF-1.4\x00\x01binary", headers=district)
    assert (pdf.status_code, pdf.json()["code"]) == (415, "UNSUPPORTED_FILE_TYPE")
    huge = await client.post(
        "/api/intake/uploads", content=b"a,b\n" * (10 * 1024 * 1024 // 4 + 1), headers=district
    )
    assert (huge.status_code, huge.json()["code"]) == (413, "FILE_TOO_LARGE")
    fake_xlsx = await client.post(
        "/api/intake/uploads", content=b"PK\x03\x04not really a workbook", headers=district
    )
    assert fake_xlsx.status_code == 201
    unreadable = (
        await as_role("DISTRICT_CENTER").data(IMPORT, {"input": {"uploadId": fake_xlsx.json()["uploadId"]}})
    )["importIntake"]
    assert (unreadable["code"], unreadable["field"]) == ("UNREADABLE_FILE", "input.uploadId")


async def test_an_imported_new_address_is_a_new_device_enrolled_afresh(
    client: httpx.AsyncClient, as_role, tokens: dict[str, str], world: World
) -> None:  # type: ignore[no-untyped-def]
    serial = f"DEV{world.district_a.id}-SN-1"
    camera = await Camera.create(
        project_id=world.project_a1.id,
        name="导入摄像机",
        serial=serial,
        main_stream_url="rtsp://10.8.0.1:554/ch1/main",
        device_serial="SIM-0001",
        device_enrolled_at=datetime.now(UTC),
    )
    header = "设备序列号 (serial),项目编号 (project_code),摄像机名称 (name),主码流地址 (main_stream_url)\n"

    async def import_address(url: str) -> dict[str, Any]:
        body = header + f"{serial},{world.project_a1.code},导入摄像机,{url}\n"
        uploaded = await upload(client, tokens["DISTRICT_CENTER"], body.encode(), "cameras.csv")
        report = await _run(as_role("DISTRICT_CENTER"), uploaded["uploadId"], dry_run=False)
        assert report["badRows"] == 0, report["issues"]
        return report

    try:
        await import_address("rtsp://10.8.0.1:554/ch1/main")  # the same address: the same device
        assert (await Camera.get(id=camera.id)).device_serial == "SIM-0001"

        moved = await import_address("rtsp://10.8.0.2:554/ch1/main")

        assert moved["camerasUpdated"] == 1
        row = await Camera.get(id=camera.id)
        assert row.main_stream_url == "rtsp://10.8.0.2:554/ch1/main"
        assert row.device_serial is None and row.device_enrolled_at is None  # the next device is enrolled
    finally:
        await camera.delete()
