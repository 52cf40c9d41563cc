"""What the backends learn about a caller through the reverse proxies (the topology's nginx and
deploy/nginx.conf), run with Debian's nginx in front of a uvicorn that echoes what it received.

A location with a ``proxy_set_header`` of its own inherits none of the server's: ``/graphql`` (it sets
the upgrade headers) once sent no X-Forwarded-For, so every login through the proxy counted against
the proxy's own address (rate limit, audit), with a Host of ``sitewatch_backends`` — and strawberry,
which refuses a websocket whose Origin is not its Host, refused every browser's subscription."""

from __future__ import annotations

import asyncio
import json
import re
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
import websockets
from strawberry.http.websocket_origin import is_same_origin

from backend.settings import PROJECT_ROOT
from backend.topology import (
    NGINX,
    NGINX_CONFIG,
    _prepare_nginx_dirs,
    _self_signed_certificate,
    free_port,
    nginx_argv,
)

FORWARDED = ("host", "x-forwarded-for", "x-forwarded-proto", "x-request-id")

pytestmark = pytest.mark.skipif(not Path(NGINX).exists(), reason="nginx is installed by scripts/bootstrap.sh")


async def _echo(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Answers every request and websocket with the headers it arrived with."""
    headers = json.dumps({name.decode(): value.decode() for name, value in scope["headers"]})
    if scope["type"] == "http":
        await receive()
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": headers.encode()})
    elif scope["type"] == "websocket":
        await receive()
        await send({"type": "websocket.accept", "subprotocol": "graphql-transport-ws"})
        await send({"type": "websocket.send", "text": headers})
        await send({"type": "websocket.close"})


def _topology_config(run: Path, upstream: int, port: int, tls_port: int) -> str:
    return NGINX_CONFIG.format(
        run=run, servers=f"        server 127.0.0.1:{upstream};", port=port, tls_port=tls_port
    )


def _deploy_config(run: Path, upstream: int, port: int, tls_port: int) -> str:
    """deploy/nginx.conf with the compose network's names and ports swapped for this machine's."""
    text = (PROJECT_ROOT / "deploy/nginx.conf").read_text()
    text = re.sub(r"\n\s*resolver [^;]*;[^\n]*", "", text)
    text = re.sub(
        r"zone sitewatch_backends [^;]*;\s*server backend:8000 resolve;",
        f"server 127.0.0.1:{upstream};",
        text,
    )
    text = text.replace("listen 80;", f"listen 127.0.0.1:{port};").replace(
        "listen 8081;", f"listen 127.0.0.1:{free_port()};"
    )
    assert f"127.0.0.1:{upstream}" in text and f"127.0.0.1:{port}" in text
    temp_paths = "".join(
        f"    {name}_temp_path {run}/{folder};\n"
        for name, folder in (
            ("client_body", "client_body"),
            ("proxy", "proxy"),
            ("fastcgi", "fastcgi"),
            ("uwsgi", "uwsgi"),
            ("scgi", "scgi"),
        )
    )
    return f"pid {run}/nginx.pid;\n" + text.replace("http {\n", "http {\n" + temp_paths, 1)


@asynccontextmanager
async def _proxy(tmp_path: Path, config_of: Any) -> AsyncIterator[tuple[int, int | None]]:
    upstream, port, tls_port = free_port(), free_port(), free_port()
    server = uvicorn.Server(uvicorn.Config(_echo, host="127.0.0.1", port=upstream, log_level="warning"))
    serving = asyncio.create_task(server.serve())
    run = tmp_path / "run"
    run.mkdir()
    _prepare_nginx_dirs(run)
    _self_signed_certificate(run)
    config = tmp_path / "nginx.conf"
    config.write_text(config_of(run, upstream, port, tls_port))
    nginx = await asyncio.create_subprocess_exec(*nginx_argv(run, config))
    try:
        async with httpx.AsyncClient() as http:
            for _ in range(100):
                try:
                    await http.get(f"http://127.0.0.1:{port}/")
                    break
                except httpx.TransportError:
                    assert nginx.returncode is None, (run / "nginx-error.log").read_text()
                    await asyncio.sleep(0.05)
        yield port, tls_port if "ssl" in config.read_text() else None
    finally:
        if nginx.returncode is None:
            nginx.terminate()
            await nginx.wait()
        server.should_exit = True
        await serving


@pytest.mark.parametrize("config_of", [_topology_config, _deploy_config], ids=["topology", "deploy"])
async def test_the_backend_sees_the_callers_address_on_every_route(tmp_path: Path, config_of: Any) -> None:
    async with _proxy(tmp_path, config_of) as (port, tls_port), httpx.AsyncClient() as http:
        for path in ("/graphql", "/api/auth/refresh", "/assets/app.js"):
            seen = (
                await http.post(
                    f"http://127.0.0.1:{port}{path}",
                    content=b"{}",
                    headers={"x-request-id": "req-1", "x-forwarded-for": "203.0.113.9"},
                )
            ).json()
            assert {name: seen.get(name) for name in FORWARDED} == {
                "host": f"127.0.0.1:{port}",
                # the caller's own claim first, then the address nginx saw: the backend trusts only the proxy's part
                "x-forwarded-for": "203.0.113.9, 127.0.0.1",
                "x-forwarded-proto": "http",
                "x-request-id": "req-1",
            }, path
        # the subscription socket goes through the same rules, over TLS where the proxy has it
        pages = [f"http://127.0.0.1:{port}"] + ([f"https://127.0.0.1:{tls_port}"] if tls_port else [])
        for page in pages:
            url = page.replace("http", "ws", 1) + "/graphql"
            context = ssl.create_default_context()
            context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
            async with websockets.connect(
                url,
                subprotocols=[websockets.Subprotocol("graphql-transport-ws")],
                ssl=context if url.startswith("wss") else None,
                origin=websockets.Origin(page),  # a browser on the SPA's own page
            ) as ws:
                seen = json.loads(await ws.recv())
            assert seen["x-forwarded-for"] == "127.0.0.1", url
            assert seen["x-forwarded-proto"] == page.split(":")[0], url
            # strawberry refuses a websocket whose Origin is not the Host it was sent to (HTTP 403):
            # with Host $host (no port) every browser's subscription through the topology was refused
            assert seen["host"] == page.split("//")[1], url
            assert is_same_origin(seen["origin"], seen["host"]), url
