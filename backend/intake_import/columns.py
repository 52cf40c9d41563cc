"""The columns of the intake workbook (sheets ``projects`` and ``cameras``) and the CSV files.

Headers are written as ``中文名 (key)``; a header is recognised by its key, its Chinese label or both."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    key: str
    zh: str
    en: str
    example: str
    required: bool = False


PROJECT_COLUMNS = (
    Column("code", "项目编号", "Project code", "TJ120104-2027001", True),
    Column("name", "项目名称", "Project name", "南开区示例住宅楼项目", True),
    Column("district_code", "区划代码", "District code", "120104", True),
    Column("address", "地址", "Address", "天津市南开区卫津路100号"),
    Column("government_invested", "政府投资", "Government invested (yes/no)", "否"),
    Column("single_building_area_m2", "单体建筑面积(㎡)", "Single building area (m²)", "12000"),
    Column("group_building_area_m2", "群体建筑面积(㎡)", "Building group area (m²)", "0"),
    Column("investment_cny", "投资额(元)", "Investment (CNY)", "80000000"),
    Column("infrastructure_kind", "基础设施类型", "Infrastructure kind", "NONE"),
    Column("whole_building_relocation", "整体迁移", "Whole-building relocation (yes/no)", "否"),
    Column("construction_unit_code", "建设单位信用代码", "Construction unit credit code", ""),
    Column("supervisor_code", "监理单位信用代码", "Supervisor credit code", ""),
    Column("contractor_code", "施工单位信用代码", "Contractor credit code", ""),
    Column("provider_code", "监控服务单位信用代码", "Monitoring provider credit code", ""),
)

CAMERA_COLUMNS = (
    Column("serial", "设备序列号", "Serial number", "DS-2CD2T47-0001", True),
    Column("project_code", "项目编号", "Project code", "TJ120104-2027001", True),
    Column("name", "摄像机名称", "Camera name", "1号摄像机", True),
    Column("location_kind", "位置类型", "Location kind", "GATE"),
    Column("location", "位置说明", "Location", "东大门"),
    Column(
        "main_stream_url",
        "主码流地址",
        "Main stream URL",
        "rtsp://192.168.1.64:554/Streaming/Channels/101",
        True,
    ),
    Column(
        "sub_stream_url", "子码流地址", "Sub stream URL", "rtsp://192.168.1.64:554/Streaming/Channels/102"
    ),
    Column("onvif_endpoint", "ONVIF地址", "ONVIF endpoint", ""),
    Column("rtsp_username", "RTSP用户名", "RTSP user", "admin"),
    Column("rtsp_password", "RTSP密码", "RTSP password", ""),
    Column("onvif_username", "ONVIF用户名", "ONVIF user", ""),
    Column("onvif_password", "ONVIF密码", "ONVIF password", ""),
    Column("ptz", "云台", "PTZ (yes/no)", "否"),
)

SHEETS = {"projects": PROJECT_COLUMNS, "cameras": CAMERA_COLUMNS}
SHEET_LABELS = {"projects": "项目 (projects)", "cameras": "摄像机 (cameras)"}

_KEY_IN_PARENS = re.compile(r"\(([a-z0-9_]+)\)\s*$")


def header_key(text: str, columns: tuple[Column, ...]) -> str | None:
    clean = text.strip()
    found = _KEY_IN_PARENS.search(clean)
    keys = {c.key for c in columns}
    if found and found.group(1) in keys:
        return found.group(1)
    if clean.lower() in keys:
        return clean.lower()
    for column in columns:
        if clean == column.zh:
            return column.key
    return None


def header_text(column: Column) -> str:
    return f"{column.zh} ({column.key})"


def sheet_of(name: str) -> str | None:
    lowered = name.strip().lower()
    for key, label in SHEET_LABELS.items():
        if lowered in (key, label.lower()) or key in lowered or label.split()[0] == name.strip():
            return key
    return None
