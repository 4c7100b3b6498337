#!/usr/bin/env bash
# Install what PLU Studio needs (Debian 12; asks for sudo when not root) and run the whole test
# suite headless. Extra arguments go to pytest, e.g. ./test.sh -k gml
set -euo pipefail
cd "$(dirname "$0")"
./scripts/setup.sh
# The official XML schemas: $PLU_SCHEMA_DIR, else ../shared/schemas beside the checkout,
# else the user cache, which 'plu schemas fetch' fills once from the published addresses.
if [ -z "${PLU_SCHEMA_DIR:-}" ]; then
  if [ -d ../shared/schemas ]; then
    export PLU_SCHEMA_DIR="$(cd ../shared/schemas && pwd)"
  else
    cache="${XDG_CACHE_HOME:-$HOME/.cache}/plu-studio/schemas"
    if [ ! -f "$cache/inspire.ec.europa.eu/schemas/plu/4.0/PlannedLandUse.xsd" ]; then
      .venv/bin/plu schemas fetch >/dev/null
    fi
    export PLU_SCHEMA_DIR="$cache"
  fi
fi
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
