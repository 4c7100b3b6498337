#!/usr/bin/env bash
# Write constraints.txt: the exact versions of the PyPI packages in .venv (Debian's packages, which the
# venv sees through --system-site-packages, are left out: apt pins those). Run it after the whole test
# suite passed, and commit the result; scripts/setup.sh installs with 'pip install -c constraints.txt'.
#   scripts/freeze-constraints.sh [PYTHON]      (default .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."
python="${1:-.venv/bin/python}"
tmp=$(mktemp constraints.txt.XXXXXX)
trap 'rm -f "$tmp"' EXIT
{
  echo "# The PyPI packages the test suite passed with (scripts/freeze-constraints.sh; do not edit by hand)."
  "$python" -m pip freeze --local --exclude-editable --disable-pip-version-check | grep -v '^-e ' | LC_ALL=C sort -f
} > "$tmp"
mv "$tmp" constraints.txt
trap - EXIT
echo "wrote constraints.txt ($(grep -vc '^#' constraints.txt) packages)"
