"""``sitewatch``: serve, demo, migrate, export-schema, create-user, register-gateway, simcam, gateway,
topology."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from backend.observability.logs import configure_logging
from backend.settings import PROJECT_ROOT, Settings, load_settings

DEMO_ACCOUNTS = ("city", "district", "owner", "supervisor", "contractor", "provider", "inspector")


# Forwarded headers are resolved by the app against SITEWATCH_TRUSTED_PROXIES
# (backend/client_address.py), never by uvicorn (which trusts any loopback peer by default).
UVICORN_OPTIONS: dict[str, Any] = {"proxy_headers": False, "server_header": False}


def _serve(settings_demo: bool, host: str, port: int, workers: int = 1) -> None:
    import uvicorn

    from backend.app import create_app
    from backend.heap import settle_heap

    settings = load_settings(demo_mode=settings_demo)
    asyncio.run(_migrate(settings.database_url))
    app = create_app(settings)
    settle_heap()
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="info",
        log_config=None,  # logging is configured by main(): JSON lines with request ids
        access_log=False,  # the request-context middleware logs each request
        **UVICORN_OPTIONS,
    )


async def _migrate(database_url: str) -> None:
    from backend import db

    await db.migrate(database_url)


def cmd_serve(args: argparse.Namespace) -> int:
    _serve(False, args.host, args.port)
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from backend.media.services import ticket_keys

    settings = load_settings(demo_mode=True) if args.demo else load_settings()
    asyncio.run(_migrate(settings.database_url))
    print(f"database is up to date: {settings.database_url.split('@')[-1]}")
    # One runner creates the live-ticket key pair before several backends start (compose, topology).
    ticket_keys(settings)
    return 0


def cmd_export_schema(args: argparse.Namespace) -> int:
    from backend.schema import schema

    text = schema.as_str() + "\n"
    if args.check:
        current = Path(args.output).read_text() if Path(args.output).exists() else ""
        if current != text:
            print(f"{args.output} is out of date: run `sitewatch export-schema`", file=sys.stderr)
            return 1
        print(f"{args.output} matches the code")
        return 0
    Path(args.output).write_text(text)
    print(f"wrote {args.output}")
    return 0


def cmd_makemigrations(args: argparse.Namespace) -> int:
    """Write migrations for model changes; with --check, fail if any would be written."""
    from tortoise.cli.cli import tortoise_cli_context
    from tortoise.migrations.autodetector import MigrationAutodetector

    from backend.db import tortoise_config

    config = tortoise_config("sqlite://:memory:")

    async def run() -> int:
        async with tortoise_cli_context(config) as ctx:
            assert ctx.apps is not None
            writers = await MigrationAutodetector(ctx.apps, config["apps"]).changes()
        if not writers:
            print("migrations match the models")
            return 0
        if args.check:
            names = ", ".join(w.name for w in writers)
            print(
                f"models changed without a migration ({names}): run `sitewatch makemigrations`",
                file=sys.stderr,
            )
            return 1
        for writer in writers:
            print(f"wrote {writer.write()}")
        return 0

    return asyncio.run(run())


def cmd_create_user(args: argparse.Namespace) -> int:
    from backend import db
    from backend.auth.services import create_user
    from backend.authz.roles import Role
    from backend.districts.models import District
    from backend.projects.models import Project

    settings = load_settings(demo_mode=args.demo)
    password = args.password or os.environ.get("SITEWATCH_NEW_USER_PASSWORD") or getpass.getpass("Password: ")
    if len(password) < 10:
        print("password must be at least 10 characters", file=sys.stderr)
        return 2

    async def run() -> int:
        await db.migrate(settings.database_url)
        await db.connect(settings.database_url)
        try:
            district_id = project_id = None
            if args.district:
                district = await District.get_or_none(code=args.district)
                if district is None:
                    print(f"no district with code {args.district}", file=sys.stderr)
                    return 2
                district_id = district.id
            if args.project:
                project = await Project.get_or_none(code=args.project)
                if project is None:
                    print(f"no project with code {args.project}", file=sys.stderr)
                    return 2
                project_id = project.id
            user = await create_user(
                args.username,
                password,
                Role(args.role),
                args.display_name or args.username,
                district_id,
                project_id,
            )
            print(f"created user {user.username} ({user.role})")
            return 0
        except ValueError as exc:
            print(str(exc), file=sys.stderr)
            return 2
        finally:
            await db.disconnect()

    return asyncio.run(run())


async def register_gateway_by_codes(
    settings: Settings,
    gateway_id: str,
    district_codes: list[str],
    *,
    public_url: str = "",
    rotate: bool = False,
) -> str:
    """Register a gateway in the city's register with the districts of these codes (``*``: all) and return
    its credential (shown once); ``rotate``: a registered gateway gets a new credential instead (the old one
    keeps working for the grace period). The database must be connected."""
    from backend.districts.models import District
    from backend.graphql_core.input_errors import InputRefused
    from backend.media.gateways import register_gateway, rotate_credential
    from backend.media.models import MediaGateway

    existing = await MediaGateway.get_or_none(gateway_id=gateway_id)
    if existing is not None:
        if not rotate:
            raise InputRefused(
                "DUPLICATE_GATEWAY_ID",
                f"gateway {gateway_id} is registered (--rotate for a new credential)",
                "",
            )
        _, credential = await rotate_credential(settings, None, existing.id)
        return credential
    all_districts = district_codes == ["*"]
    district_ids: list[int | None] = []
    if not all_districts:
        found = {d.code: d.id for d in await District.filter(code__in=district_codes)}
        missing = sorted(set(district_codes) - set(found))
        if missing:
            raise InputRefused("DISTRICT_NOT_FOUND", f"no district with code {', '.join(missing)}", "")
        district_ids = [found[code] for code in district_codes]
    _, credential = await register_gateway(
        None, gateway_id, district_ids, all_districts=all_districts, public_url=public_url
    )
    return credential


def cmd_register_gateway(args: argparse.Namespace) -> int:
    from backend import db
    from backend.graphql_core.input_errors import InputRefused

    settings = load_settings(demo_mode=args.demo)
    codes = [code.strip() for code in args.districts.split(",") if code.strip()]

    async def run() -> int:
        await db.migrate(settings.database_url)
        await db.connect(settings.database_url)
        try:
            credential = await register_gateway_by_codes(
                settings, args.gateway_id, codes, public_url=args.public_url, rotate=args.rotate
            )
        except InputRefused as exc:
            print(f"{exc.code}: {exc.message}", file=sys.stderr)
            return 2
        finally:
            await db.disconnect()
        # The only time the credential is shown: it goes to the gateway as SITEWATCH_GATEWAY_CREDENTIAL.
        print(credential)
        return 0

    return asyncio.run(run())


def cmd_simcam(args: argparse.Namespace, rest: list[str]) -> int:
    from media_gateway.simcam import main as simcam_main

    return simcam_main(rest)


def cmd_gateway(args: argparse.Namespace, rest: list[str]) -> int:
    from media_gateway.server import main as gateway_main

    return gateway_main(rest)


def cmd_topology(args: argparse.Namespace, rest: list[str]) -> int:
    from backend.topology import main as topology_main

    return topology_main(rest)


def cmd_demo(args: argparse.Namespace) -> int:
    """Everything on one machine: SQLite, demo data, simulated cameras, a gateway, the backend."""
    from backend import db
    from backend.demo.seed import (
        DEMO_GATEWAY_ID,
        DEMO_PASSWORD,
        SIMCAM_NAMES,
        demo_gateway_credential,
        featured_project_code,
        seed_demo,
    )
    from backend.media.services import ticket_keys

    os.environ.setdefault("SITEWATCH_DEMO", "1")
    os.environ.setdefault("SITEWATCH_LOG_FORMAT", "text")  # for the gateway it starts
    settings = load_settings(demo_mode=True)
    settings.data_dir.mkdir(parents=True, exist_ok=True)

    async def prepare() -> tuple[bool, str, str]:
        await db.migrate(settings.database_url)
        await db.connect(settings.database_url)
        try:
            created = await seed_demo(settings, rtsp_port=args.rtsp_port)
            # The demo gateway is registered through the gateway register like any other; its credential
            # is rotated at each start (it is never stored in plain) and handed to the gateway process.
            return created, await featured_project_code(), await demo_gateway_credential(settings)
        finally:
            await db.disconnect()

    created, featured, gateway_credential = asyncio.run(prepare())
    # Record the featured project's cameras only (Art. 8 recording of ~900 cameras would swamp a laptop);
    # SITEWATCH_RECORDING_ONLY_PROJECTS= (empty) records every monitored project like production.
    os.environ.setdefault("SITEWATCH_RECORDING_ONLY_PROJECTS", featured)
    _, _ = ticket_keys(settings)
    python = sys.executable
    children: list[subprocess.Popen[bytes]] = []
    logs = settings.data_dir / "logs"
    logs.mkdir(exist_ok=True)
    if not args.no_cameras:
        camera_args = [a for name in SIMCAM_NAMES for a in ("--camera", name)]
        children.append(
            subprocess.Popen(  # noqa: S603
                [
                    python,
                    "-m",
                    "media_gateway.simcam",
                    "--port",
                    str(args.rtsp_port),
                    "--control-port",
                    str(args.rtsp_port + 1),
                    *camera_args,
                ],
                stdout=(logs / "simcam.log").open("ab"),
                stderr=subprocess.STDOUT,
            )
        )
        gateway_env = {
            **os.environ,
            "SITEWATCH_BACKEND_URL": f"http://127.0.0.1:{args.port}",
            "SITEWATCH_GATEWAY_CREDENTIAL": gateway_credential,
            "SITEWATCH_GATEWAY_TICKET_PUBLIC_KEY_FILE": str(
                settings.data_dir / "keys" / "live-ticket-public.pem"
            ),
            "SITEWATCH_GATEWAY_ID": DEMO_GATEWAY_ID,
            "SITEWATCH_GATEWAY_RECORDING_ROOT": os.environ.get(
                "SITEWATCH_GATEWAY_RECORDING_ROOT", str(settings.data_dir / "recordings")
            ),
            # the disk guard keeps the demo's recordings under 2 GB (oldest unprotected first)
            "SITEWATCH_GATEWAY_RECORDING_MAX_BYTES": os.environ.get(
                "SITEWATCH_GATEWAY_RECORDING_MAX_BYTES", str(2 * 1024**3)
            ),
        }
        children.append(
            subprocess.Popen(  # noqa: S603
                [python, "-m", "media_gateway", "--port", str(args.gateway_port), "--host", args.host],
                env=gateway_env,
                stdout=(logs / "gateway.log").open("ab"),
                stderr=subprocess.STDOUT,
            )
        )
    # Child pids for tests and tooling that need to restart one part (e2e kills and restarts the gateway).
    names = ("simcam", "gateway") if not args.no_cameras else ()
    pids = {"demo": os.getpid(), **{name: child.pid for name, child in zip(names, children, strict=True)}}
    (settings.data_dir / "pids.json").write_text(json.dumps(pids))
    url = f"http://{args.host}:{args.port}/"
    banner = [
        "",
        "SiteWatch demo " + ("(demo data created)" if created else "(existing demo data)"),
        f"  Open {url}",
        f"  Accounts: {', '.join(DEMO_ACCOUNTS)} — password {DEMO_PASSWORD}",
        f"  Simulated cameras rtsp://127.0.0.1:{args.rtsp_port}/<cam>/main; gateway http://{args.host}:{args.gateway_port}",
        "  Recording (Art. 8): cameras of "
        + (os.environ["SITEWATCH_RECORDING_ONLY_PROJECTS"] or "every monitored project")
        + f" into {settings.data_dir / 'recordings'}",
        f"  Logs in {logs}",
        "",
    ]
    print("\n".join(banner), flush=True)

    def stop_children(*_: object) -> None:
        for child in children:
            if child.poll() is None:
                child.terminate()
        deadline = time.monotonic() + 5
        for child in children:
            try:
                child.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.kill()

    def on_sigterm(*_: object) -> None:
        stop_children()
        sys.exit(0)

    signal.signal(signal.SIGTERM, on_sigterm)
    try:
        _serve(True, args.host, args.port)
    finally:
        stop_children()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sitewatch", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="production server (settings from SITEWATCH_* environment)")
    serve.add_argument("--host", default=os.environ.get("SITEWATCH_HOST", "0.0.0.0"))  # noqa: S104
    serve.add_argument("--port", type=int, default=int(os.environ.get("SITEWATCH_PORT", "8000")))
    serve.set_defaults(func=cmd_serve)

    demo = sub.add_parser("demo", help="SQLite + demo data + simulated cameras + gateway + backend")
    demo.add_argument("--host", default="127.0.0.1")
    demo.add_argument("--port", type=int, default=8000)
    demo.add_argument("--gateway-port", type=int, default=8001)
    demo.add_argument("--rtsp-port", type=int, default=8554)
    demo.add_argument("--no-cameras", action="store_true", help="skip simulated cameras and the gateway")
    demo.set_defaults(func=cmd_demo)

    migrate = sub.add_parser("migrate", help="apply database migrations")
    migrate.add_argument("--demo", action="store_true", help="use the demo database")
    migrate.set_defaults(func=cmd_migrate)

    export = sub.add_parser("export-schema", help="write schema.graphql")
    export.add_argument("--output", default=str(PROJECT_ROOT / "schema.graphql"))
    export.add_argument("--check", action="store_true", help="fail when the file differs from the code")
    export.set_defaults(func=cmd_export_schema)

    makemigrations = sub.add_parser("makemigrations", help="write migrations for model changes")
    makemigrations.add_argument("--check", action="store_true", help="fail when a migration is missing")
    makemigrations.set_defaults(func=cmd_makemigrations)

    create = sub.add_parser("create-user", help="create a user account")
    create.add_argument("username")
    create.add_argument(
        "--role",
        required=True,
        choices=[
            "CITY_CENTER",
            "DISTRICT_CENTER",
            "CONSTRUCTION_UNIT",
            "SUPERVISOR",
            "CONTRACTOR",
            "PROVIDER",
            "INSPECTOR",
        ],
    )
    create.add_argument("--district", help="district code (e.g. 120104)")
    create.add_argument("--project", help="project code")
    create.add_argument("--display-name")
    create.add_argument("--password", help="(prefer SITEWATCH_NEW_USER_PASSWORD or the prompt)")
    create.add_argument("--demo", action="store_true", help="use the demo database")
    create.set_defaults(func=cmd_create_user)

    register = sub.add_parser(
        "register-gateway",
        help="register a media gateway with its districts and print its credential (shown once)",
    )
    register.add_argument("gateway_id", help="e.g. gw-1 (the gateway's SITEWATCH_GATEWAY_ID)")
    register.add_argument("--districts", required=True, help="district codes, comma-separated, or *")
    register.add_argument("--public-url", default="", help="the gateway's WHEP base URL for browsers")
    register.add_argument("--rotate", action="store_true", help="registered already: issue a new credential")
    register.add_argument("--demo", action="store_true", help="use the demo database")
    register.set_defaults(func=cmd_register_gateway)

    sub.add_parser("simcam", help="simulated RTSP cameras (see media_gateway/simcam)", add_help=False)
    sub.add_parser("gateway", help="media gateway (see media_gateway)", add_help=False)
    sub.add_parser(
        "topology",
        help="nginx + 2 backends + PostgreSQL + Redis + 2 gateways + cameras (see backend/topology.py)",
        add_help=False,
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # JSON lines for the services (serve, gateway); the one-shot commands print for people.
    service_command = bool(argv) and argv[0] in ("serve", "gateway")
    configure_logging("backend", log_format=None if service_command else "text")
    if argv and argv[0] in ("simcam", "gateway", "topology"):
        passthrough = {"simcam": cmd_simcam, "gateway": cmd_gateway, "topology": cmd_topology}[argv[0]]
        return passthrough(argparse.Namespace(), argv[1:])
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
