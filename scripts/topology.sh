#!/usr/bin/env bash
# The production topology on this machine: nginx → 2 backends, PostgreSQL, Redis, 2 gateways, cameras.
# Options: see `.venv/bin/sitewatch topology --help` (--port, --redis, --postgres-admin, --keep, --json).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh >/dev/null
exec .venv/bin/sitewatch topology "$@"
