"""Every alert kind the backend raises has a label in both UI languages (else the alert center shows the code)."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KIND_ARGUMENT = re.compile(r"\bkind=([^,\n]+)")
CODE = re.compile(r'"([A-Z][A-Z0-9_]+)"')


def raised_kinds() -> set[str]:
    kinds: set[str] = set()
    for path in (ROOT / "backend").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "raise_alert(" not in text or "migrations" in path.parts:
            continue
        for argument in KIND_ARGUMENT.findall(text):
            kinds.update(CODE.findall(argument))
    return kinds


def test_every_raised_alert_kind_has_a_label_in_both_languages() -> None:
    kinds = raised_kinds()
    assert {
        "HAZARD_NOTICE",
        "STOP_WORK_ORDER",
        "GATEWAY_DOWN",
        "CAMERA_VIEW_CHANGED",
    } <= kinds  # the scan works
    for language in ("zh-CN", "en"):
        labels = json.loads((ROOT / "frontend/src/locales" / f"{language}.json").read_text(encoding="utf-8"))
        missing = sorted(kinds - set(labels["alerts"]["kind"]))
        assert not missing, f"{language}: no label for {missing}"
