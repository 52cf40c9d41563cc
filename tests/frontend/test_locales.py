"""Every UI string exists in both languages (zh-CN is the default, English the second)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

LOCALES = Path(__file__).resolve().parents[2] / "frontend" / "src" / "locales"
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def flatten(tree: dict[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            flat.update(flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def load(name: str) -> dict[str, str]:
    return flatten(json.loads((LOCALES / f"{name}.json").read_text(encoding="utf-8")))


def test_both_locales_have_the_same_keys() -> None:
    zh, en = load("zh-CN"), load("en")
    assert sorted(set(zh) - set(en)) == [], "missing in en.json"
    assert sorted(set(en) - set(zh)) == [], "missing in zh-CN.json"


def test_translations_are_filled_and_keep_their_placeholders() -> None:
    zh, en = load("zh-CN"), load("en")
    for key in zh:
        assert zh[key].strip() and en[key].strip(), key
        assert set(PLACEHOLDER.findall(zh[key])) == set(PLACEHOLDER.findall(en[key])), key


def test_the_default_language_is_chinese() -> None:
    zh = load("zh-CN")
    assert any(re.search(r"[\u4e00-\u9fff]", text) for text in zh.values())
    i18n = (LOCALES.parent / "i18n.ts").read_text(encoding="utf-8")
    assert "zh-CN" in i18n
