#!/usr/bin/env bash
# Install what PLU Studio needs (Debian 12; asks for sudo when not root) and open the desktop
# app on the bundled sample plan. Extra arguments go to the app, e.g. ./run.sh --lang en
set -euo pipefail
cd "$(dirname "$0")"
./scripts/setup.sh
if [ -d ../shared/schemas ] && [ -z "${PLU_SCHEMA_DIR:-}" ]; then
  export PLU_SCHEMA_DIR="$(cd ../shared/schemas && pwd)"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run.sh: no display found (DISPLAY is not set); on a machine without a screen use: xvfb-run -a ./run.sh" >&2
  exit 2
fi
exec .venv/bin/python main.py resources/samples/sofia_zelena_polyana_pup.gml "$@"
