#!/usr/bin/env bash
# Install what PLU Studio needs on Debian 12, idempotently:
#   1. Debian packages (QGIS 3.22 Python bindings, GDAL 3.6, Xvfb, Chromium, fonts, Qt tools),
#   2. a virtual environment on Debian's /usr/bin/python3 that sees those packages,
#   3. the Python packages from PyPI at the versions the tests passed with (constraints.txt, written by
#      scripts/freeze-constraints.sh; numpy stays below 2: Debian's GDAL/QGIS need 1.x).
# PostgreSQL comes as server binaries only (postgresql-15, no 'postgresql' metapackage) and with
# create_main_cluster = false: a desktop user gets no system cluster running; the tests start private
# clusters with initdb/pg_ctl.
# Each step is skipped when already done, so a second run takes a second or two.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  ca-certificates python3-qgis qgis-providers python3-gdal gdal-bin python3-venv
  xvfb xauth xdotool fonts-dejavu-core fonts-liberation2 x11-utils
  qttranslations5-l10n  # Qt's own dialogs in Bulgarian (our texts: resources/i18n/plu_studio_bg.ts, read as it is)
  chromium chromium-driver poppler-utils
  qgis-common  # QGIS's own catalogues (qgis_bg.qm): its widgets in the app (Advanced Digitizing) in Bulgarian
  python3-matplotlib python3-jsonschema python3-yaml python3-psycopg2
  postgresql-15 postgresql-15-postgis-3
  libreoffice-writer-nogui
  nginx-light
  qgis-server-wms  # the test that a QGIS Server WMS draws the zones from resources/styles/*.qml
  # the view service, issue 12: QGIS Server's FastCGI program, spawn-fcgi to run it behind nginx;
  # OWSLib reads the WMS capabilities in the services tests
  qgis-server-bin spawn-fcgi python3-owslib python3-pyproj
  wrk  # benchmarks/services.py's load generator (light on the cores it shares with the servers)
  # WeasyPrint (tagged PDFs of the consultation documents) draws text with pango and subsets fonts with harfbuzz
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  # sudo drops the environment: DEBIAN_FRONTEND goes through env, after sudo
  APT=($SUDO env DEBIAN_FRONTEND=noninteractive apt-get -y -q --no-install-recommends)
  $SUDO apt-get update -q
  if [[ " ${missing[*]} " == *" postgresql-15 "* ]]; then
    # the server package's postinst creates and starts a 'main' cluster unless told not to, here,
    # in postgresql-common's own file (installed first, so dpkg sees no conffile conflict)
    "${APT[@]}" install postgresql-common
    conf=/etc/postgresql-common/createcluster.conf
    if ! grep -Eq '^[[:space:]]*create_main_cluster[[:space:]]*=[[:space:]]*false' "$conf"; then
      echo "create_main_cluster = false" | $SUDO tee -a "$conf" >/dev/null
    fi
  fi
  "${APT[@]}" install "${missing[@]}"
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv on /usr/bin/python3 (with Debian's site packages)"
  /usr/bin/python3 -m venv --system-site-packages .venv
fi

stamp=.venv/.plu-setup-stamp
want=$(cat setup.py pyproject.toml requirements.txt constraints.txt 2>/dev/null | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing Python packages"
  .venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt -r requirements.txt
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e .
  echo "$want" > "$stamp"
fi

