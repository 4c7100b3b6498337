"""The planner's desk at a laptop's 1366×768: statuses that read apart, a map that keeps most of the width."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from editor_helpers import *  # noqa: F403 - fixtures
from editor_helpers import wait_rendered

pytestmark = pytest.mark.gui


@pytest.fixture
def pictures(tmp_path) -> Path:
    folder = Path(os.environ.get("PLU_SCREENSHOT_DIR") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _laptop_window(qtbot, make_window, sample_path, language):
    window = make_window(language)
    window.resize(1366, 768)
    window.open_plan(sample_path)
    wait_rendered(qtbot, window.canvas)
    return window


@pytest.mark.parametrize("language", ["bg", "en"])
def test_each_status_reads_on_its_own(qtbot, translations, make_window, sample_path, pictures, language):
    from qgis.PyQt.QtCore import QPoint
    from qgis.PyQt.QtWidgets import QFrame

    window = _laptop_window(qtbot, make_window, sample_path, language)
    qtbot.wait(100)
    findings, modified = window.findings_label, window.modified_label
    assert findings.text() and modified.text()
    bar = window.statusBar()
    left = findings.mapTo(bar, QPoint(0, 0)).x()
    right = modified.mapTo(bar, QPoint(0, 0)).x()
    assert left < right
    # the whole text of each shows, and something drawn stands between them
    for label in (findings, modified):
        assert label.contentsRect().width() >= label.fontMetrics().horizontalAdvance(label.text())
    text_end = left + findings.contentsRect().right() + 1
    text_start = right + modified.contentsRect().left()
    assert text_start - text_end >= 10
    lines = [f for f in bar.findChildren(QFrame) if f.frameShape() == QFrame.Shape.VLine and f.isVisible()]
    assert any(text_end <= f.mapTo(bar, QPoint(0, 0)).x() < text_start for f in lines)
    png = pictures / f"status-bar-{language}.png"
    assert bar.grab().save(str(png))


@pytest.mark.parametrize("language", ["bg", "en"])
def test_the_map_keeps_most_of_the_width_with_the_comments_panel(
    qtbot, translations, make_window, sample_path, pictures, language
):
    from app.comments_panel import comments_panel_for

    window = _laptop_window(qtbot, make_window, sample_path, language)
    panel = comments_panel_for(window)
    qtbot.waitExposed(panel)
    qtbot.wait(200)
    assert window.layers_dock.isVisible() and panel.isVisible()
    assert window.canvas.width() >= 0.55 * window.width(), (window.canvas.width(), window.width())
    assert panel.width() >= 300  # the comments stay usable beside it
    png = pictures / f"comments-map-width-{language}.png"
    assert window.grab().save(str(png))
