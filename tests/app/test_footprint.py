"""A run of PLU Studio leaves nothing behind but its own folders: no 'Unknown Organization', no
'main.py' profiles, no temporary files, no working copy after a clean exit."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.gui, pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run")]


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_a_run_writes_only_into_plu_studios_own_folders(tmp_path):
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_") and k != "QT_QPA_PLATFORM"}
    env.update(HOME=str(home), TMPDIR=str(temp))
    png = tmp_path / "shot.png"
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable, "main.py",
         str(ROOT / "resources/samples/sofia_zelena_polyana_pup.gml"), "--lang", "bg", "--validate",
         "--screenshot", str(png)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert png.is_file()
    written = _files(home)
    assert written, "the run wrote no settings at all"
    tops = {Path(p).parts[0] + "/" + Path(p).parts[1] for p in written if len(Path(p).parts) > 1}
    assert tops <= {".config/plu-studio", ".local/share", ".cache/plu-studio"}, tops
    assert {Path(p).parts[2] for p in written if p.startswith(".local/share/") and len(Path(p).parts) > 2} == {
        "plu-studio"}
    assert not any("Unknown Organization" in p or "main.py" in p or "print_layout" in p for p in written)
    assert (home / ".local/share/plu-studio/qgis-profile/qgis.db").is_file()  # QGIS's profile is ours
    assert list((home / ".local/share/plu-studio/work").iterdir()) == []  # the working copy went with the exit
    left = [p for p in _files(temp) if not p.startswith("xvfb-run.")]  # xvfb-run's own, not ours
    assert left == []
