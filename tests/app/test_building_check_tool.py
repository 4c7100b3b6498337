"""Check ▸ Check a building…: draw a footprint, import a plot in another CRS, see the verdicts, save the PDF."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from editor_helpers import *  # noqa: F403 - fixtures and helpers
from editor_helpers import click_map, map_to_pixel, wait_rendered

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "validators"))
from norms_fixture import article, zone  # noqa: E402

pytestmark = pytest.mark.gui


def _zone(sample, gml_id: str):
    return next(z for z in sample.zoning_elements if z.gml_id == gml_id)


def _wgs84_plot(path: Path, x: float, y: float, w: float, h: float, crs: int) -> Path:
    """A rectangle in the plan's CRS, written as RFC 7946 longitude/latitude (no crs member)."""
    from osgeo import osr

    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(crs)
    dst.ImportFromEPSG(4326)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ct = osr.CoordinateTransformation(src, dst)
    ring = [list(ct.TransformPoint(px, py)[:2]) for px, py in
            [(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y)]]
    path.write_text(json.dumps({"type": "Polygon", "coordinates": [ring]}), encoding="utf-8")
    return path


def _assert_nothing_clipped(dialog) -> None:
    """Every label and button shows its whole text (text width ≤ widget width)."""
    from qgis.PyQt.QtWidgets import QLabel, QPushButton

    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton):
        if not widget.isVisible() or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        needed = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
        assert needed <= widget.width(), f"{widget.objectName() or widget.text()!r} is clipped"


def _open(window, sample_gpkg):
    window.open_plan(sample_gpkg)
    window.registry_actions["check.building"].trigger()
    return window._building_check


def test_draw_import_check_and_save_the_pdf(qtbot, window, sample_gpkg, sample, tmp_path):
    from qgis.core import QgsRectangle
    from qgis.PyQt.QtCore import Qt

    dialog = _open(window, sample_gpkg)
    assert dialog.isVisible() and not dialog.check_button.isEnabled()
    target = _zone(sample, "ZE.zhm-02")
    p = target.geometry.buffer(-20).representative_point()
    x, y = p.x - 10, p.y - 5
    window.canvas.setExtent(QgsRectangle(x - 40, y - 40, x + 60, y + 50))
    wait_rendered(qtbot, window.canvas)
    window.snapping_enabled = False
    config = window.canvas.snappingUtils().config()
    config.setEnabled(False)
    window.canvas.snappingUtils().setConfig(config)
    # draw a 20 × 10 m footprint: four left clicks, a right click closes it
    dialog.footprint.draw.click()
    assert not dialog.isVisible()  # out of the way of the map while the planner draws
    for cx, cy in [(x, y), (x + 20, y), (x + 20, y + 10), (x, y + 10)]:
        click_map(qtbot, window.canvas, map_to_pixel(window.canvas, cx, cy))
    click_map(qtbot, window.canvas, map_to_pixel(window.canvas, x, y + 10), Qt.MouseButton.RightButton)
    assert dialog.isVisible()  # and back once the polygon is closed
    assert dialog.footprint.geometry is not None
    assert not dialog.check_button.isEnabled()  # no height given yet: no check of a 1 m building nobody asked about
    assert dialog.footprint.geometry.area == pytest.approx(200, rel=0.05)
    # the plot comes from a GeoJSON file in longitude/latitude: 40 × 25 m around the footprint
    plot = _wgs84_plot(tmp_path / "plot.geojson", x - 10, y - 7.5, 40, 25, sample.crs)
    assert dialog.plot.import_file(plot)
    assert dialog.plot.geometry.area == pytest.approx(1000, rel=1e-3)
    dialog.height_box.setValue(12)
    dialog.floors_box.setValue(3)
    assert dialog.check_button.isEnabled()
    dialog.check_button.click()
    result = dialog.result
    assert result is not None and [s.gml_id for s in result.zones] == ["ZE.zhm-02"]
    density = result.figures["maxDensity"].value
    assert density == pytest.approx(100 * dialog.footprint.geometry.area / 1000, rel=1e-3)
    zhm = zone("Жм")
    rows = {(dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text()): r for r in range(dialog.table.rowCount())}
    height_row = rows[("law Жм", "height")]
    assert dialog.table.item(height_row, 5).text() == "EXCEEDS"
    assert article(zhm) in dialog.table.item(height_row, 6).text()
    assert dialog.table.item(rows[("law Жм", "build-up density")], 5).text() == "within"
    assert "exceeded" in dialog.summary.text()
    # with the green area given (8 × 25 m of the plot, off the building), the green share is exact
    from shapely.geometry import box

    dialog.green.set_geometry(box(x + 22, y - 7.5, x + 30, y + 17.5))
    dialog.check_button.click()
    green = dialog.result.figures["minGreenShare"]
    assert green.exact and green.value == pytest.approx(100 * 8 * 25 / 1000, rel=1e-3)
    pdf = dialog.save_pdf(tmp_path / "check.pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE)
    qtbot.wait(50)  # let the word-wrapped summary take its height before the picture
    _assert_nothing_clipped(dialog)
    dialog.grab().save(str(tmp_path / "building_check_en.png"))
    dialog.close()
    assert dialog.footprint.band.numberOfVertices() == 0  # the drawn shapes leave the map with the dialog


def test_in_bulgarian_a_bad_file_and_a_building_outside_are_said_clearly(qtbot, make_window, sample_gpkg, sample,
                                                                          tmp_path):
    from shapely.geometry import box

    window = make_window("bg")
    dialog = _open(window, sample_gpkg)
    assert dialog.windowTitle() == "Проверка на сграда спрямо зоната"
    bad = tmp_path / "петно.geojson"
    bad.write_text('{"type": "Polygon", "coordinates": [[[0, 0], [1, 0]]', encoding="utf-8")
    assert not dialog.footprint.import_file(bad)
    assert str(bad) in dialog.summary.text() and "ред 1" in dialog.summary.text()
    x0, y0, x1, y1 = sample.plan.extent.bounds
    dialog.footprint.set_geometry(box(x1 + 1000, y1 + 1000, x1 + 1020, y1 + 1010))
    dialog.height_box.setValue(9)
    dialog.check_button.click()
    assert dialog.result is None and "извън всички зони" in dialog.summary.text()
    assert not dialog.pdf_button.isEnabled()
    # a footprint across two zones: both are listed with their shares
    a, b = _zone(sample, "ZE.zhm-02").geometry, _zone(sample, "ZE.zhm-03").geometry
    if a.touches(b) or a.intersects(b):
        edge = a.boundary.intersection(b.boundary).representative_point()
        dialog.footprint.set_geometry(edge.buffer(3, cap_style="square"))
        dialog.check_button.click()
        shares = {s.gml_id: s.share for s in dialog.result.zones}
        assert {"ZE.zhm-02", "ZE.zhm-03"} <= set(shares) and sum(shares.values()) == pytest.approx(1)
        assert "пресича граница" in dialog.summary.text()
    qtbot.wait(50)
    _assert_nothing_clipped(dialog)
    dialog.grab().save(str(tmp_path / "building_check_bg.png"))
    dialog.close()


def test_escape_gives_up_drawing_and_brings_the_dialog_back(qtbot, window, sample_gpkg, sample):
    from qgis.PyQt.QtCore import Qt

    dialog = _open(window, sample_gpkg)
    assert dialog.height_box.value() == 0 and dialog.height_box.text() == "not given"
    window.canvas.zoomToFullExtent()
    wait_rendered(qtbot, window.canvas)
    p = _zone(sample, "ZE.zhm-02").geometry.representative_point()
    dialog.plot.draw.click()
    assert not dialog.isVisible() and window.canvas.mapTool() is dialog.tool
    assert "right click" in dialog.plot.draw.toolTip()
    assert "right click" in window.statusBar().currentMessage()  # the hint where the planner looks while drawing
    for dx in (0, 10):
        click_map(qtbot, window.canvas, map_to_pixel(window.canvas, p.x + dx, p.y))
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.plot.geometry is None
    assert window.canvas.mapTool() is not dialog.tool and not window.statusBar().currentMessage()
    dialog.footprint.draw.click()  # choosing another map tool ends the drawing the same way
    window.canvas.unsetMapTool(dialog.tool)
    assert dialog.isVisible()
    dialog.close()


def test_enter_after_the_height_checks_and_a_reopened_dialog_shows_what_it_kept(qtbot, window, sample_gpkg, sample):
    from qgis.PyQt.QtCore import Qt
    from shapely.geometry import box

    dialog = _open(window, sample_gpkg)
    p = _zone(sample, "ZE.zhm-02").geometry.buffer(-20).representative_point()
    dialog.footprint.set_geometry(box(p.x, p.y, p.x + 20, p.y + 10))
    dialog.height_box.setFocus()
    dialog.height_box.selectAll()  # as a click into "not given" and typing over it
    qtbot.keyClicks(dialog.height_box, "9")
    assert dialog.height_box.value() == 9
    qtbot.keyClick(dialog.height_box, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.tool is None  # no drawing started behind the planner's back
    assert dialog.result is not None and dialog.table.rowCount() > 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closed: its shapes leave the map
    assert not dialog.isVisible() and dialog.footprint.band.numberOfVertices() == 0
    window.registry_actions["check.building"].trigger()  # reopened with the footprint it kept: shown again
    assert window._building_check is dialog and dialog.footprint.geometry is not None
    assert dialog.footprint.band.numberOfVertices() > 0


def test_areas_are_square_metres_and_a_pdf_that_cannot_be_saved_is_said(qtbot, window, sample_gpkg, sample, tmp_path,
                                                                         monkeypatch):
    from shapely.geometry import box

    from plu_model.crs import reproject

    dialog = _open(window, sample_gpkg)
    p = _zone(sample, "ZE.zhm-02").geometry.buffer(-20).representative_point()
    footprint = box(p.x - 10, p.y - 5, p.x + 10, p.y + 5)
    dialog.footprint.set_geometry(footprint)
    assert dialog.footprint.status.text() == "200.0 m²"
    # the same footprint where the plan is in degrees: still its square metres, not degrees²
    crs, dialog.crs = dialog.crs, 4258
    dialog.footprint.set_geometry(reproject(footprint, crs, 4258))
    assert float(dialog.footprint.status.text().split()[0]) == pytest.approx(200, rel=5e-3)
    dialog.crs = crs
    dialog.footprint.set_geometry(footprint)
    dialog.height_box.setValue(9)
    dialog.check_button.click()
    assert dialog.result is not None
    folder = tmp_path / "отчети"
    folder.mkdir()
    monkeypatch.setattr("app.building_check_tool.save_file", lambda *args, **kwargs: str(folder))
    dialog._save_pdf()  # the user picked a folder: said under the form, no exception escapes into Qt
    assert f"{folder}: it is a folder" in dialog.summary.text()
    assert dialog.result is not None and dialog.pdf_button.isEnabled()
    dialog.close()
