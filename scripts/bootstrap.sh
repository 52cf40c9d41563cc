#!/usr/bin/env bash
# Installs whatever is missing, idempotently and quickly when nothing is:
# Debian packages (as root), the Python virtualenv with the project, the SPA's node modules and build.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  chromium                      # e2e tests (Playwright drives Debian's browser, never a downloaded one)
  fonts-noto-cjk fonts-dejavu-core
  fonts-wqy-zenhei              # TrueType CJK font the monthly report's PDF embeds (reportlab)
  gstreamer1.0-tools gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad
  gstreamer1.0-plugins-ugly gstreamer1.0-libav gstreamer1.0-x gir1.2-gst-rtsp-server-1.0 python3-gi
  gir1.2-gst-plugins-bad-1.0 gstreamer1.0-nice  # webrtcbin viewers of bench/gateway (GstWebRTC typelib, ICE)
  ffmpeg                        # snapshots / clip tooling
  janus                         # peer in bench/gateway
)
# Node.js: whatever provides node and npm (this machine kind ships a nodejs that bundles npm).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  APT_PACKAGES+=(nodejs npm)
fi

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "bootstrap: installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "bootstrap: missing Debian packages; run as root or install them:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
# Janus is started only by the benchmark, never as a system service.
if command -v systemctl >/dev/null 2>&1 && systemctl is-enabled janus >/dev/null 2>&1; then
  systemctl disable --now janus >/dev/null 2>&1 || true
fi

PYTHON=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  echo "bootstrap: creating .venv"
  "$PYTHON" -m venv .venv
fi
py_stamp=".venv/.sitewatch-$(sha256sum pyproject.toml | cut -c1-16)"
if [[ ! -f "$py_stamp" ]]; then
  echo "bootstrap: installing the Python package and its dev extras"
  .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/python -m pip install -q -e ".[dev]" 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/python -c "import backend, media_gateway, strawberry, tortoise, aiortc, playwright" 
  rm -f .venv/.sitewatch-*
  touch "$py_stamp"
fi

node_stamp="frontend/node_modules/.sitewatch-$(sha256sum frontend/package-lock.json | cut -c1-16)"
if [[ ! -f "$node_stamp" ]]; then
  echo "bootstrap: npm ci"
  (cd frontend && npm ci --no-audit --no-fund --loglevel=error)
  touch "$node_stamp"
fi

# Rebuild the SPA when its sources or the schema changed.
src_hash=$(cd frontend && find src public index.html vite.config.ts tsconfig*.json codegen.ts package-lock.json ../schema.graphql \
  -type f -print0 2>/dev/null | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
if [[ ! -f frontend/dist/index.html || ! -f "frontend/dist/.sitewatch-$src_hash" ]]; then
  echo "bootstrap: building the SPA"
  npm --prefix frontend run build --silent
  touch "frontend/dist/.sitewatch-$src_hash"
fi
echo "bootstrap: ready"
