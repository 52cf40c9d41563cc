"""``sitewatch gateway``: command line and environment → a running gateway (uvicorn)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

import uvicorn

from backend.observability.logs import configure_logging
from media_gateway.app import Gateway, create_app
from media_gateway.cameras import CameraRegistry
from media_gateway.directory import (
    BackendDirectory,
    CameraConfig,
    Directory,
    StaticDirectory,
    gateway_credential_from_env,
)
from media_gateway.health import HealthMonitor
from media_gateway.recorder import Recorder
from media_gateway.revocations import RevocationWatcher
from media_gateway.sessions import SessionManager
from media_gateway.tickets import TicketVerifier

ENV = "SITEWATCH_GATEWAY_"


def _env(name: str, default: str | None = None) -> str | None:
    return os.environ.get(name, default)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="sitewatch gateway", description="SiteWatch media gateway (WHEP)")
    parser.add_argument("--host", default=_env(ENV + "HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(_env(ENV + "PORT", "8001") or 8001))
    parser.add_argument("--gateway-id", default=_env(ENV + "ID", "gw-local"))
    parser.add_argument(
        "--public-url",
        default=_env(ENV + "PUBLIC_URL"),
        help="URL browsers use to reach this gateway (default http://HOST:PORT)",
    )
    parser.add_argument(
        "--ticket-public-key",
        default=_env(ENV + "TICKET_PUBLIC_KEY_FILE"),
        help="PEM file with the backend's ES256 public key",
    )
    parser.add_argument("--backend-url", default=_env("SITEWATCH_BACKEND_URL"))
    parser.add_argument(
        "--districts",
        default=_env(ENV + "DISTRICTS", "*"),
        help="comma-separated district codes this gateway serves, or *",
    )
    parser.add_argument(
        "--camera",
        action="append",
        default=[],
        metavar="ID=MAIN_URL[,SUB_URL]",
        help="static camera (no backend); repeatable",
    )
    parser.add_argument(
        "--idle-close-seconds", type=float, default=float(_env(ENV + "IDLE_CLOSE_SECONDS", "20") or 20)
    )
    parser.add_argument(
        "--max-sessions-per-user", type=int, default=int(_env(ENV + "MAX_SESSIONS_PER_USER", "20") or 20)
    )
    parser.add_argument(
        "--cors-origins",
        default=_env(ENV + "CORS_ORIGINS", "*"),
        help="comma-separated origins allowed to call the gateway, or *",
    )
    parser.add_argument(
        "--view-hash-seconds",
        type=float,
        default=float(_env(ENV + "VIEW_HASH_SECONDS", "30") or 30),
        help="how often to hash a streaming camera's keyframe for tamper detection (Art. 16)",
    )
    parser.add_argument(
        "--recording-root",
        default=_env(ENV + "RECORDING_ROOT")
        or str(Path(_env("SITEWATCH_DATA_DIR", "var") or "var") / "recordings"),
        help="where recordings are written (see RECORDING.md)",
    )
    parser.add_argument(
        "--recording-min-free-bytes",
        type=int,
        default=int(_env(ENV + "RECORDING_MIN_FREE_BYTES", "0") or 0),
        help="disk guard: free space the recorder keeps on the recording file system",
    )
    parser.add_argument(
        "--recording-max-bytes",
        type=int,
        default=int(_env(ENV + "RECORDING_MAX_BYTES", "0") or 0) or None,
        help="disk guard: at most this many bytes under the recording root (quota)",
    )
    parser.add_argument(
        "--recording-guard-seconds",
        type=float,
        default=float(_env(ENV + "RECORDING_GUARD_SECONDS", "15") or 15),
        help="how often the disk guard checks",
    )
    parser.add_argument(
        "--recording-segment-seconds",
        type=float,
        default=float(_env(ENV + "RECORDING_SEGMENT_SECONDS", "60") or 60),
        help="length of one recorded file (cut at the next keyframe)",
    )
    parser.add_argument(
        "--recording-retention-check-seconds",
        type=float,
        default=float(_env(ENV + "RECORDING_RETENTION_CHECK_SECONDS", "3600") or 3600),
        help="how often retention asks the backend what has expired",
    )
    parser.add_argument(
        "--record",
        action="append",
        default=[],
        metavar="ID",
        help="static mode: record this camera's main stream (repeatable; 'all' for every --camera)",
    )
    parser.add_argument(
        "--no-recorder", action="store_true", help="record nothing, whatever the directory says"
    )
    parser.add_argument("--log-level", default=_env(ENV + "LOG_LEVEL", "info"))
    args = parser.parse_args(argv)
    if not args.ticket_public_key:
        parser.error("--ticket-public-key or SITEWATCH_GATEWAY_TICKET_PUBLIC_KEY_FILE is required")
    if not args.camera and not args.backend_url:
        parser.error("give --camera ID=URL... (static mode) or --backend-url / SITEWATCH_BACKEND_URL")
    return args


def build_gateway(args: argparse.Namespace) -> Gateway:
    public_url = args.public_url or f"http://{args.host}:{args.port}"
    directory: Directory
    if args.camera:
        recorded = set(args.record)
        cameras = [CameraConfig.from_cli(spec) for spec in args.camera]
        directory = StaticDirectory(
            [
                CameraConfig.from_cli(spec, "all" in recorded or camera.id in recorded)
                for spec, camera in zip(args.camera, cameras, strict=True)
            ]
        )
    else:
        key = gateway_credential_from_env()
        districts = ["*"] if args.districts.strip() == "*" else [d.strip() for d in args.districts.split(",")]
        directory = BackendDirectory(args.backend_url, key, args.gateway_id, public_url, districts)
    registry = CameraRegistry(directory, args.idle_close_seconds)
    health = HealthMonitor(registry, args.gateway_id, view_hash_seconds=args.view_hash_seconds)
    registry.on_change = health.source_changed
    sessions = SessionManager(args.max_sessions_per_user)
    recorder = None
    if not args.no_recorder:
        recorder = Recorder(
            Path(args.recording_root),
            min_free_bytes=args.recording_min_free_bytes,
            max_bytes=args.recording_max_bytes,
            guard_every_seconds=args.recording_guard_seconds,
            retention_every_seconds=args.recording_retention_check_seconds,
            segment_seconds=args.recording_segment_seconds,
        )
        recorder.gateway_id = args.gateway_id
        recorder.reporter = directory.report_recordings
        recorder.reclaimer = directory.reclaim
        recorder.deleted_reporter = directory.report_deleted
    return Gateway(
        gateway_id=args.gateway_id,
        verifier=TicketVerifier.from_file(args.ticket_public_key, args.gateway_id),
        registry=registry,
        sessions=sessions,
        health=health,
        health_keys=(
            os.environ.get("SITEWATCH_GATEWAY_CREDENTIAL") or os.environ.get("SITEWATCH_GATEWAY_KEY", ""),
            os.environ.get("SITEWATCH_GATEWAY_OPERATOR_KEY", ""),
        ),
        revocations=RevocationWatcher(directory, sessions),
        recorder=recorder,
        recording_root=Path(args.recording_root),
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    configure_logging("gateway", level=args.log_level)
    logging.getLogger("aioice").setLevel(logging.WARNING)
    gateway = build_gateway(args)
    origins = ["*"] if args.cors_origins.strip() == "*" else [o.strip() for o in args.cors_origins.split(",")]
    app = create_app(gateway, origins)
    config = uvicorn.Config(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level.lower(),
        log_config=None,
        access_log=False,
        lifespan="on",
    )
    uvicorn.Server(config).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
