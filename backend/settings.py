"""All configuration comes from the environment, prefixed ``SITEWATCH_``."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Secret(str):
    """A string that never shows itself in logs or reprs."""

    def __repr__(self) -> str:
        return "Secret('**********')"


def _env(name: str, default: str | None = None) -> str | None:
    return os.environ.get(f"SITEWATCH_{name}", default)


def _env_int(name: str, default: int) -> int:
    raw = _env(name)
    return int(raw) if raw not in (None, "") else default


def _env_bool(name: str, default: bool) -> bool:
    raw = _env(name)
    if raw in (None, ""):
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    database_url: str
    redis_url: str | None
    jwt_secret: Secret
    demo_mode: bool
    data_dir: Path
    frontend_dist: Path
    access_token_ttl_seconds: int = 15 * 60
    refresh_token_ttl_seconds: int = 14 * 24 * 3600
    jwt_issuer: str = "sitewatch-backend"
    jwt_audience: str = "sitewatch-api"
    login_attempts_per_window: int = 10
    login_window_seconds: int = 300
    max_query_depth: int = 12
    max_query_tokens: int = 2000
    max_query_aliases: int = 30
    # Operation budget (backend/graphql_core/limits.py), with fragments expanded.
    max_query_fields: int = 1000
    max_query_cost: int = 200_000
    max_request_bytes: int = 64 * 1024
    # Encrypts camera credentials at rest (issue 9); any string of ≥ 32 characters.
    credentials_key: Secret = field(default_factory=lambda: Secret(""))
    # How long a gateway's previous credential stays valid after a rotation (unless the new one is used).
    gateway_credential_grace_seconds: int = 24 * 3600
    # Bulk intake import (Excel/CSV): size limit of an uploaded file.
    import_max_bytes: int = 10 * 1024 * 1024
    live_ticket_ttl_seconds: int = 60
    # Camera control (Art. 8, 12): priority per role, higher wins (a deployment setting, see backend/control).
    control_priorities: str = "CITY_CENTER=300,DISTRICT_CENTER=200,INSPECTOR=150,SUPERVISOR=100"
    control_inactivity_seconds: float = 60.0
    control_store: str = ""  # "database" | "redis"; empty: redis when redis_url is set
    ptz_autostop_seconds: float = 1.5
    # Art. 16: a gateway silent this long leaves its cameras UNKNOWN with fault tickets; 0 disables.
    gateway_silence_seconds: int = 90
    city_reservation_seconds: int = 2 * 3600  # Art. 12: a city reservation ends after this long
    # Art. 10 documents: where uploads are stored (default <data_dir>/documents) and the size limit.
    document_root: Path | None = None
    upload_max_bytes: int = 25 * 1024 * 1024
    # Scheduled regulatory checks (overdue notices, 24 h faults, overdue documents, duty room); 0 disables.
    check_interval_seconds: int = 60
    duty_heartbeat_timeout_seconds: int = 180
    # Redis pub/sub channels are shared by every database number: deployments (or test runs) sharing
    # one Redis keep apart by this prefix.
    redis_prefix: str = "sitewatch:"
    # Without Redis a second backend on the same database is refused (backend/events/sole_instance.py);
    # how long a starting one waits for the previous one to let go (a restart's overlap).
    sole_backend_wait_seconds: float = 10.0
    # Bearer token for /metrics; empty: /metrics answers only to direct peers on private addresses.
    metrics_token: Secret = field(default_factory=lambda: Secret(""))
    # Addresses/networks of our reverse proxies; X-Forwarded-For is read only from them.
    trusted_proxies: str = ""
    # Login limits: per account (any address) and per address (any account).
    login_attempts_per_address: int = 100
    # Map tiles (issue 11): an XYZ template such as https://tiles.example/{z}/{x}/{y}.png; empty: the
    # SPA draws a labelled district grid. GCJ-02 when the tiles are drawn in that datum (Chinese services).
    map_tile_url: str = ""
    map_tile_attribution: str = ""
    map_tile_coordinate_system: str = "WGS84"
    map_tile_max_zoom: int = 18
    # Art. 8 + 16: a recording gap longer than this while the camera should record opens a fault ticket.
    recording_gap_fault_seconds: int = 300
    # Only these projects (codes) are recorded; empty: every project in its monitored lifecycle (production).
    # The demo sets it to its featured project so a laptop does not record ~900 cameras.
    recording_only_projects: tuple[str, ...] = ()

    @property
    def uses_redis(self) -> bool:
        return bool(self.redis_url)


def load_settings(*, demo_mode: bool | None = None) -> Settings:
    """Build settings from the environment.

    In production (``serve``) a JWT secret is mandatory; demo mode creates a
    per-installation secret under the data directory so restarts keep sessions.
    """
    demo = _env_bool("DEMO", False) if demo_mode is None else demo_mode
    data_dir = Path(_env("DATA_DIR", str(PROJECT_ROOT / "var")) or "var").resolve()
    database_url = _env("DATABASE_URL") or f"sqlite://{data_dir / 'sitewatch.sqlite3'}"
    jwt_secret = _env("JWT_SECRET")
    if not jwt_secret:
        if not demo:
            raise RuntimeError("SITEWATCH_JWT_SECRET must be set outside demo mode")
        jwt_secret = _persistent_demo_secret(data_dir / "demo-jwt-secret")
    if len(jwt_secret) < 32:
        raise RuntimeError("SITEWATCH_JWT_SECRET must be at least 32 characters")
    credentials_key = _env("CREDENTIALS_KEY") or (
        _persistent_demo_secret(data_dir / "demo-credentials-key") if demo else ""
    )
    if credentials_key and len(credentials_key) < 32:
        raise RuntimeError("SITEWATCH_CREDENTIALS_KEY must be at least 32 characters")
    return Settings(
        database_url=database_url,
        redis_url=_env("REDIS_URL") or None,
        jwt_secret=Secret(jwt_secret),
        demo_mode=demo,
        data_dir=data_dir,
        frontend_dist=Path(_env("FRONTEND_DIST", str(PROJECT_ROOT / "frontend" / "dist")) or ""),
        access_token_ttl_seconds=min(_env_int("ACCESS_TOKEN_TTL", 15 * 60), 15 * 60),
        refresh_token_ttl_seconds=_env_int("REFRESH_TOKEN_TTL", 14 * 24 * 3600),
        login_attempts_per_window=_env_int("LOGIN_ATTEMPTS", 10),
        login_window_seconds=_env_int("LOGIN_WINDOW", 300),
        trusted_proxies=_env("TRUSTED_PROXIES") or "",
        login_attempts_per_address=_env_int("LOGIN_ATTEMPTS_PER_ADDRESS", 100),
        max_query_cost=_env_int("MAX_QUERY_COST", 200_000),
        max_request_bytes=_env_int("MAX_REQUEST_BYTES", 64 * 1024),
        credentials_key=Secret(credentials_key),
        gateway_credential_grace_seconds=_env_int("GATEWAY_CREDENTIAL_GRACE", 24 * 3600),
        import_max_bytes=_env_int("IMPORT_MAX_BYTES", 10 * 1024 * 1024),
        live_ticket_ttl_seconds=_env_int("LIVE_TICKET_TTL", 60),
        document_root=Path(_env("DOCUMENT_ROOT") or "").resolve() if _env("DOCUMENT_ROOT") else None,
        upload_max_bytes=_env_int("UPLOAD_MAX_BYTES", 25 * 1024 * 1024),
        check_interval_seconds=_env_int("CHECK_INTERVAL", 60),
        duty_heartbeat_timeout_seconds=_env_int("DUTY_HEARTBEAT_TIMEOUT", 180),
        recording_gap_fault_seconds=_env_int("RECORDING_GAP_FAULT_SECONDS", 300),
        recording_only_projects=tuple(
            code.strip() for code in (_env("RECORDING_ONLY_PROJECTS") or "").split(",") if code.strip()
        ),
        control_priorities=_env("CONTROL_PRIORITIES") or Settings.control_priorities,
        control_inactivity_seconds=float(_env("CONTROL_INACTIVITY_SECONDS") or 60.0),
        control_store=_env("CONTROL_STORE") or "",
        ptz_autostop_seconds=float(_env("PTZ_AUTOSTOP_SECONDS") or 1.5),
        redis_prefix=_env("REDIS_PREFIX") or Settings.redis_prefix,
        sole_backend_wait_seconds=float(
            _env("SOLE_BACKEND_WAIT_SECONDS") or Settings.sole_backend_wait_seconds
        ),
        metrics_token=Secret(_env("METRICS_TOKEN") or ""),
        city_reservation_seconds=_env_int("CITY_RESERVATION_SECONDS", 2 * 3600),
        gateway_silence_seconds=_env_int("GATEWAY_SILENCE_SECONDS", 90),
        map_tile_url=_env("MAP_TILE_URL") or "",
        map_tile_attribution=_env("MAP_TILE_ATTRIBUTION") or "",
        map_tile_coordinate_system=_map_datum(_env("MAP_TILE_COORDINATE_SYSTEM") or "WGS84"),
        map_tile_max_zoom=_env_int("MAP_TILE_MAX_ZOOM", 18),
    )


def _map_datum(raw: str) -> str:
    value = raw.strip().upper().replace("-", "")
    if value not in ("WGS84", "GCJ02"):
        raise RuntimeError("SITEWATCH_MAP_TILE_COORDINATE_SYSTEM must be WGS84 or GCJ02")
    return value


def _persistent_demo_secret(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        return path.read_text().strip()
    value = secrets.token_urlsafe(48)
    path.write_text(value)
    path.chmod(0o600)
    return value
