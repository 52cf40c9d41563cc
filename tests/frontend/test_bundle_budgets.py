"""The built SPA stays within its JavaScript budgets (gzipped), route by route.

A route costs the JavaScript the browser must fetch before it can render: the entry chunk with its
static imports, plus the route's lazy chunks (layout and page) with theirs, each file counted once.
Read from the Vite manifest of ``frontend/dist`` (built by scripts/bootstrap.sh / ``npm run build``).
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

FRONTEND = Path(__file__).resolve().parents[2] / "frontend"
DIST = FRONTEND / "dist"
MANIFEST = DIST / ".vite" / "manifest.json"
KB = 1024
# The default language's texts beyond the login page's, which the router loads before any signed-in page
# (vite.config.ts localeParts, src/i18n.ts loadAppMessages).
APP_MESSAGES = "app messages"
# route → (the lazy chunks the router loads for it, budget in gzipped bytes)
BUDGETS = {
    "login": (["src/pages/LoginPage.vue"], 150 * KB),
    "dashboard": (
        [APP_MESSAGES, "src/components/layout/AppLayout.vue", "src/pages/DashboardPage.vue"],
        350 * KB,
    ),
}
# Element Plus APIs that are called from scripts (their CSS is imported once in main.ts).
SERVICE_APIS = {"ElMessage", "ElMessageBox", "ElNotification", "ElLoading"}


def load_manifest() -> dict[str, dict[str, object]]:
    if not MANIFEST.exists():
        pytest.fail(f"{MANIFEST} is missing: build the SPA (`npm --prefix frontend run build`)")
    manifest: dict[str, dict[str, object]] = json.loads(MANIFEST.read_text())
    return manifest


def static_closure(manifest: dict[str, dict[str, object]], key: str) -> set[str]:
    """The JS files a chunk needs before it runs (its static imports, transitively)."""
    files: set[str] = set()
    pending = [key]
    seen: set[str] = set()
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        chunk = manifest[current]
        files.add(str(chunk["file"]))
        pending.extend(str(name) for name in chunk.get("imports", []))  # type: ignore[attr-defined]
    return {name for name in files if name.endswith(".js")}


def app_messages_key(manifest: dict[str, dict[str, object]]) -> str:
    keys = [k for k in manifest if k.startswith("locale-part:rest:") and k.endswith("/zh-CN.json.js")]
    assert len(keys) == 1, f"expected one chunk with the rest of zh-CN.json, got {keys}"
    return keys[0]


def gzipped_size(file: str) -> int:
    return len(gzip.compress((DIST / file).read_bytes(), compresslevel=6))


def route_files(manifest: dict[str, dict[str, object]], components: list[str]) -> set[str]:
    entries = [key for key, chunk in manifest.items() if chunk.get("isEntry")]
    assert entries == ["index.html"], f"expected one entry (index.html), got {entries}"
    files = static_closure(manifest, "index.html")
    for component in components:
        if component == APP_MESSAGES:
            component = app_messages_key(manifest)
        if component not in manifest:
            pytest.fail(
                f"{component} is not a chunk of the build: is its route still lazy (() => import(...))?"
            )
        assert manifest[component].get("isDynamicEntry"), f"{component} must be loaded lazily by the router"
        files |= static_closure(manifest, component)
    return files


@pytest.mark.parametrize("route", sorted(BUDGETS))
def test_route_javascript_within_budget(route: str) -> None:
    manifest = load_manifest()
    components, budget = BUDGETS[route]
    files = route_files(manifest, components)
    sizes = {file: gzipped_size(file) for file in files}
    total = sum(sizes.values())
    largest = ", ".join(
        f"{name} {size / KB:.1f} KB" for name, size in sorted(sizes.items(), key=lambda i: -i[1])[:5]
    )
    assert total <= budget, (
        f"the {route} page needs {total / KB:.1f} KB of gzipped JS, budget {budget / KB:.0f} KB; largest: {largest}"
    )


def test_the_login_page_does_not_load_dashboard_or_table_code() -> None:
    manifest = load_manifest()
    login = route_files(manifest, BUDGETS["login"][0])
    dashboard_only = route_files(manifest, BUDGETS["dashboard"][0]) - login
    assert dashboard_only, "the dashboard should need code the login page does not load"
    assert not any("el-table" in name for name in login), sorted(login)


def test_the_login_page_does_not_load_the_pages_texts() -> None:
    """The administration and workflow texts come with the first signed-in route, not with the login page."""
    manifest = load_manifest()
    login = route_files(manifest, BUDGETS["login"][0])
    messages = json.loads((FRONTEND / "src" / "locales" / "zh-CN.json").read_text(encoding="utf-8"))
    page_only = [messages["admin"]["organizations"]["title"], messages["workflows"]["faults"]["title"]]
    entry_text = messages["login"]["title"]
    login_js = "".join((DIST / file).read_text(encoding="utf-8") for file in login)
    assert json.dumps(entry_text)[1:-1] in login_js or entry_text in login_js
    for text in page_only:
        assert text not in login_js and json.dumps(text)[1:-1] not in login_js, text
    rest = (DIST / str(manifest[app_messages_key(manifest)]["file"])).read_text(encoding="utf-8")
    assert all(text in rest or json.dumps(text)[1:-1] in rest for text in page_only)


IMPORT_FROM_ELEMENT_PLUS = re.compile(r"import\s*\{([^}]*)\}\s*from\s*['\"]element-plus['\"]")


def test_components_come_from_templates_not_script_imports() -> None:
    """``import { ElTable } from 'element-plus'`` would bring the component without its CSS (only <el-*> tags
    resolve both); scripts import service APIs and types only."""
    offenders = []
    for path in sorted((FRONTEND / "src").rglob("*")):
        if path.suffix not in (".vue", ".ts") or "generated" in path.parts:
            continue
        for match in IMPORT_FROM_ELEMENT_PLUS.finditer(path.read_text(encoding="utf-8")):
            for name in (part.strip() for part in match.group(1).split(",")):
                if not name or name.startswith("type ") or name in SERVICE_APIS:
                    continue
                if name.startswith("El") and name[2:3].isupper() and not name.endswith("Instance"):
                    offenders.append(f"{path.relative_to(FRONTEND)}: {name}")
    assert offenders == [], "use the <el-*> tag instead of importing the component: " + "; ".join(offenders)
