"""The backend serves the built SPA precompressed, with long-lived caching only for hashed assets."""

from __future__ import annotations

import gzip
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Mount

from backend.app import SPAStaticFiles

SCRIPT = b"export const answer = 42;\n" * 200


@pytest.fixture
def dist(tmp_path: Path) -> Path:
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text("<!doctype html><title>SiteWatch</title>")
    (tmp_path / "assets" / "index-abc123.js").write_bytes(SCRIPT)
    (tmp_path / "assets" / "index-abc123.js.gz").write_bytes(gzip.compress(SCRIPT))
    (tmp_path / "assets" / "index-abc123.js.br").write_bytes(b"pretend-brotli")
    (tmp_path / "assets" / "plain-def456.css").write_text("body{}")
    return tmp_path


class Raw:
    """A response's status, headers and body bytes as sent (not decoded)."""

    def __init__(self, response: httpx.Response, body: bytes) -> None:
        self.status_code = response.status_code
        self.headers = response.headers
        self.content = body
        self.text = body.decode("utf-8", "replace")


async def get(dist: Path, path: str, accept_encoding: str) -> Raw:
    app = Starlette(routes=[Mount("/", SPAStaticFiles(directory=dist, html=True))])
    transport = httpx.ASGITransport(app=app)
    headers = {"accept-encoding": accept_encoding}
    async with (
        httpx.AsyncClient(transport=transport, base_url="http://spa") as client,
        client.stream("GET", path, headers=headers) as response,
    ):
        return Raw(response, b"".join([chunk async for chunk in response.aiter_raw()]))


async def test_brotli_preferred_then_gzip_then_identity(dist: Path) -> None:
    brotli = await get(dist, "/assets/index-abc123.js", "gzip, deflate, br")
    assert brotli.headers["content-encoding"] == "br"
    assert brotli.headers["vary"] == "Accept-Encoding"
    assert brotli.headers["content-type"].split(";")[0] in ("text/javascript", "application/javascript")
    assert brotli.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert brotli.content == b"pretend-brotli"  # the build's .br file, sent as it is

    gzipped = await get(dist, "/assets/index-abc123.js", "gzip")
    assert gzipped.headers["content-encoding"] == "gzip"
    assert gzip.decompress(gzipped.content) == SCRIPT

    plain = await get(dist, "/assets/index-abc123.js", "identity")
    assert "content-encoding" not in plain.headers
    assert plain.content == SCRIPT


async def test_assets_without_precompressed_copy_and_spa_fallback(dist: Path) -> None:
    css = await get(dist, "/assets/plain-def456.css", "br, gzip")
    assert css.status_code == 200
    assert "content-encoding" not in css.headers
    assert css.headers["cache-control"] == "public, max-age=31536000, immutable"

    route = await get(dist, "/projects/7", "br, gzip")  # a client-side route
    assert route.status_code == 200
    assert "SiteWatch" in route.text
    assert route.headers["cache-control"] == "no-cache"  # a new build's index.html is picked up at once
    root = await get(dist, "/", "br, gzip")
    assert root.headers["cache-control"] == "no-cache"


async def test_missing_asset_is_not_served_from_a_compressed_name(dist: Path) -> None:
    response = await get(dist, "/assets/index-abc123.js.br/../../index.html", "br")
    assert "SiteWatch" in response.text  # normalised to index.html, never outside the directory
    outside = await get(dist, "/../etc/passwd", "br, gzip")
    assert "root:" not in outside.text
