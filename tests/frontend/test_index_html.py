"""The built index.html: what a returning visit can take from its cache before the first round trip.

Scripts of the page are content-hashed files under ``/assets/`` (served ``immutable``, kept by the service
worker): a reload finds them in its cache instead of waiting a round trip for each (2 s apiece on DevTools'
"Slow 3G"; bench/spa/bench_spa.py ``--caches warm``). Read from ``frontend/dist`` as the build wrote it.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

FRONTEND = Path(__file__).resolve().parents[2] / "frontend"
DIST = FRONTEND / "dist"
SESSION_RESTORE_SOURCE = FRONTEND / "src" / "auth" / "session-restore.js"
SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
SRC = re.compile(r'\bsrc="([^"]+)"')


def built_index() -> str:
    index = DIST / "index.html"
    if not index.exists():
        pytest.fail(f"{index} is missing: build the SPA (`npm --prefix frontend run build`)")
    return index.read_text(encoding="utf-8")


def script_sources(html: str) -> list[tuple[str, bool]]:
    """(src, is a module) of each external script, in document order."""
    found = []
    for attributes in SCRIPT_TAG.findall(html):
        src = SRC.search(attributes)
        if src:
            found.append((src.group(1), 'type="module"' in attributes))
    return found


def test_every_script_of_the_page_is_a_hashed_asset() -> None:
    scripts = script_sources(built_index())
    assert scripts, "the built index.html loads no script"
    outside = [src for src, _ in scripts if not src.startswith("/assets/")]
    assert outside == [], f"scripts outside /assets/ cost a returning visit a round trip each: {outside}"
    for src, _ in scripts:
        assert (DIST / src.lstrip("/")).is_file(), f"{src} is referenced but not built"


def test_the_session_restore_script_is_its_source_under_a_name_from_its_content() -> None:
    source = SESSION_RESTORE_SOURCE.read_bytes()
    classic = [src for src, module in script_sources(built_index()) if not module]
    assert len(classic) == 1, f"expected one classic script (the session restore), got {classic}"
    built = DIST / classic[0].lstrip("/")
    assert built.read_bytes() == source
    # a changed script gets a new name: no cache can hand out an older copy under the new page
    assert hashlib.sha256(source).hexdigest()[:8] in built.name, built.name
    assert not (DIST / "session-restore.js").exists(), (
        "the unhashed copy would be served without long caching"
    )


def test_the_session_restore_runs_before_the_app_entry() -> None:
    """The refresh starts while the app's module scripts load: a classic script in <head>, the entry after it."""
    html = built_index()
    scripts = script_sources(html)
    modules = [index for index, (_, module) in enumerate(scripts) if module]
    classic = [index for index, (_, module) in enumerate(scripts) if not module]
    assert modules and classic and classic[0] < modules[0], scripts
    assert html.index(scripts[classic[0]][0]) < html.index("</head>")
