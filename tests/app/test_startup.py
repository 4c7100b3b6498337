"""The desktop app starts on the sample plan and shows its zones in their INSPIRE colours."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, SAMPLE

pytestmark = pytest.mark.gui


def test_window_shows_the_sample_on_a_qgis_canvas(qtbot):
    from app.main_window import MainWindow

    window = MainWindow(language="bg")
    qtbot.addWidget(window)
    document = window.open_plan(SAMPLE)
    assert document.crs == 7801
    assert window.layers.zoning.featureCount() == 35
    assert window.layers.regulations_area.featureCount() == 2
    assert window.layers.regulations_line.featureCount() == 2
    assert window.canvas.mapSettings().destinationCrs().authid() == "EPSG:7801"
    extent = window.canvas.extent()
    assert extent.contains(window.layers.plan.extent())
    assert "Зелена поляна" in window.windowTitle()


def _colour_share(png, colour: str, tolerance: int = 12) -> float:
    from qgis.PyQt.QtGui import QColor, QImage

    image = QImage(str(png))
    target = QColor(colour)
    hits = total = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            c = QColor(image.pixel(x, y))
            total += 1
            if abs(c.red() - target.red()) + abs(c.green() - target.green()) + abs(c.blue() - target.blue()) <= tolerance:
                hits += 1
    return hits / total


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb")
def test_main_py_under_xvfb_draws_the_zones(output_dir, qapp):
    shot = output_dir / "main-window-sample.png"
    shot.unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable, "main.py", str(SAMPLE),
         "--lang", "bg", "--screenshot", str(shot)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert shot.is_file()
    residential = _colour_share(shot, "#F07864")  # HILUCS 5 Residential use
    transport = _colour_share(shot, "#B478F0")  # HILUCS 4 Transport networks
    tertiary = _colour_share(shot, "#969696")  # HILUCS 3 Tertiary production
    assert residential > 0.15 and transport > 0.02 and tertiary > 0.03, (residential, transport, tertiary)
