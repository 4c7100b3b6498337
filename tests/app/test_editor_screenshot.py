"""main.py under Xvfb: the window as a person sees it, checked as a picture."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from editor_helpers import *  # noqa: F403 - fixtures and helpers

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.gui, pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run")]


def _run_main(args: list[str], png: Path, tmp_path: Path) -> None:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # a real X server this time
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable, "main.py", *args, "--screenshot", str(png)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert png.is_file(), result.stderr[-2000:]


def _colours(png: Path) -> Counter:
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull()
    counts: Counter = Counter()
    for y in range(0, image.height()):
        for x in range(0, image.width(), 2):
            counts[image.pixelColor(x, y).name().upper()] += 1
    return counts


def test_main_window_shows_the_zones_in_their_national_zone_type_colours(qapp, sample, output_dir, tmp_path):
    from plu_model.portrayal import ZONE_TYPE_STYLES

    png = output_dir / "editor-main.png"
    _run_main([str(ROOT / "resources/samples/sofia_zelena_polyana_pup.gml"), "--lang", "en"], png, tmp_path)
    counts = _colours(png)
    codes = {z.specific_land_use[0].rsplit("/", 1)[-1] for z in sample.zoning_elements}
    expected = {ZONE_TYPE_STYLES[code][0] for code in codes if code in ("Zhm", "Zhs", "Smf", "Tp")}
    assert len(expected) >= 3
    for colour in expected:
        assert counts[colour] > 300, f"{colour} covers only {counts[colour]} sampled pixels"
    assert counts.most_common(1)[0][1] < sum(counts.values()) * 0.8  # not a blank picture


def test_validation_panel_picture_highlights_the_finding(qapp, broken_gpkg, output_dir, tmp_path):
    path, _gml_id = broken_gpkg
    png = output_dir / "editor-validation.png"
    _run_main([str(path), "--lang", "en", "--validate"], png, tmp_path)
    counts = _colours(png)
    assert counts["#FF0000"] > 100  # the highlight's outline around the zone with the error
