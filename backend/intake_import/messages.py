"""Reasons for refused rows, in the user's language (zh-CN default, en)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "REQUIRED": ("必填", "required"),
    "TOO_LONG": ("超过{limit}个字符", "longer than {limit} characters"),
    "INVALID_PROJECT_CODE": (
        "项目编号应为1–32位字母、数字、- 或 _",
        "project code: 1–32 letters, digits, - or _",
    ),
    "DUPLICATE_IN_FILE": ("与第{other}行重复", "duplicates line {other}"),
    "UNKNOWN_DISTRICT": ("区划代码“{value}”不存在", "no district with code “{value}”"),
    "DISTRICT_OUT_OF_SCOPE": ("不能导入其他区的项目", "you cannot import projects of another district"),
    "PROJECT_OUT_OF_SCOPE": ("该项目不在您的管理范围内", "this project is outside your scope"),
    "PROJECTS_NOT_ALLOWED": ("您的角色只能导入摄像机", "your role may import cameras only"),
    "NOT_A_BOOLEAN": ("应为 是/否", "must be yes or no"),
    "NOT_A_NUMBER": ("应为非负数", "must be a non-negative number"),
    "UNKNOWN_INFRASTRUCTURE_KIND": (
        "基础设施类型“{value}”无效（可选：{allowed}）",
        "unknown infrastructure kind “{value}” (one of {allowed})",
    ),
    "INVALID_CREDIT_CODE": ("统一社会信用代码无效", "not a valid unified social credit code"),
    "UNKNOWN_ORGANIZATION": ("未登记该信用代码的单位", "no registered organization has this credit code"),
    "ORGANIZATION_KIND_MISMATCH": ("该单位类型不符（应为{kind}）", "the organization is not a {kind}"),
    "UNKNOWN_PROJECT": (
        "项目编号“{value}”不存在（库中及本文件中均无）",
        "no project “{value}” (neither registered nor in this file)",
    ),
    "PROJECT_ROW_INVALID": ("所属项目行有错误", "its project's row has errors"),
    "UNKNOWN_LOCATION_KIND": (
        "位置类型“{value}”无效（可选：{allowed}）",
        "unknown location kind “{value}” (one of {allowed})",
    ),
    "INVALID_STREAM_URL": ("码流地址无效：{detail}", "invalid stream URL: {detail}"),
    "INVALID_ONVIF_ENDPOINT": ("ONVIF 地址无效：{detail}", "invalid ONVIF endpoint: {detail}"),
    "CREDENTIALS_CONFLICT": (
        "主、子码流的账号不一致",
        "main and sub stream URLs carry different credentials",
    ),
    "ONVIF_REQUIRED": ("云台摄像机需填写 ONVIF 地址", "a PTZ camera needs its ONVIF endpoint"),
    "SERIAL_OUT_OF_SCOPE": (
        "该序列号的摄像机属于您范围以外的项目",
        "a camera with this serial belongs to a project outside your scope",
    ),
    "PROJECT_NOT_APPROVED": ("项目尚未获批", "the project's registration is not approved"),
    "PROJECT_CLOSED": ("项目设备已拆除，不能再添加摄像机", "the project's equipment was removed"),
    "MISSING_COLUMN": ("缺少必需的列", "required column missing"),
    "EMPTY_FILE": ("文件中没有数据行", "the file has no data rows"),
}


def reason(code: str, language: str, **params: object) -> str:
    zh, en = MESSAGES.get(code, (code, code))
    template = en if language.lower().startswith("en") else zh
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def pick_language(explicit: str | None, accept_language: str | None) -> str:
    """``explicit`` ("en", "zh-CN") wins; else the first supported tag of Accept-Language; else zh-CN."""
    if explicit:
        return "en" if explicit.lower().startswith("en") else "zh-CN"
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("en"):
            return "en"
        if tag.startswith("zh"):
            return "zh-CN"
    return "zh-CN"
