"""The whole way through the real window: new plan, draw with snapping, form, undo/redo, save,
reopen, validate, export GML that passes the official XSD."""

from __future__ import annotations

import json

import pytest
from editor_helpers import *  # noqa: F403 - fixtures
from editor_helpers import click_map, map_to_pixel, wait_rendered
from shapely.geometry import Polygon, mapping

pytestmark = pytest.mark.gui

ZHM = "https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhm"
RESIDENTIAL = "http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"
#: the boundary in EPSG:7801 (Sofia); written to the file in WGS 84 so the import reprojects it
CORNERS_7801 = [(320000.0, 4727600.0), (320400.0, 4727600.0), (320400.0, 4728000.0), (320000.0, 4728000.0)]


@pytest.fixture
def boundary_file(tmp_path):
    from plu_model.crs import reproject

    polygon = reproject(Polygon(CORNERS_7801), 7801, 4326)
    path = tmp_path / "boundary.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": mapping(polygon)}]}), encoding="utf-8")
    return path


def _create_plan(qtbot, window, boundary_file):
    from app.forms.new_plan import NewPlanDialog

    dialog = window.new_plan()
    assert isinstance(dialog, NewPlanDialog) and dialog.isVisible()
    dialog.title.setText("ПУП „Тестова“ — test plan")
    dialog.plan_type.set("https://w3id.org/plu-studio/codelist/bg/PlanTypeNameValue/PUP-PRZ")
    dialog.namespace.setText("BG.TEST.PLU")
    dialog.boundary_path.setText(str(boundary_file))
    assert dialog.import_file.isChecked()
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    return window.document


def test_create_draw_fill_undo_save_reopen_validate_export(qtbot, window, boundary_file, tmp_path, monkeypatch,
                                                            schema):
    from qgis.core import QgsPointXY
    from qgis.PyQt.QtCore import Qt

    from app import file_dialogs
    from app.forms.feature_form import FeatureForm
    from app.tasks import wait_for
    from plu_model.geopackage import PlanFile
    from plu_model.readers import read_dataset
    from validators.xsd import iter_xsd_findings

    # -- New plan, boundary imported from a GeoJSON file in WGS 84 ------------------------
    doc = _create_plan(qtbot, window, boundary_file)
    assert doc is not None and doc.crs == 7801 and doc.path is None
    assert window.windowTitle().startswith("ПУП „Тестова“")
    plan = doc.plan_feature()
    boundary = plan.geometry()
    assert boundary.area() == pytest.approx(400 * 400, rel=1e-3)  # reprojected back into EPSG:7801
    corner = min((QgsPointXY(v) for v in boundary.vertices()), key=lambda p: p.x() + p.y())

    # -- Draw a zoning element; the first click lands 3 px off the boundary's corner ---------------
    wait_rendered(qtbot, window.canvas)
    window.set_tool("add_zone")
    near_corner = map_to_pixel(window.canvas, corner.x(), corner.y()) + __import__(
        "qgis.PyQt.QtCore", fromlist=["QPoint"]).QPoint(3, -3)
    utils = window.canvas.snappingUtils()
    qtbot.waitUntil(lambda: utils.snapToMap(near_corner).isValid(), timeout=10000)
    click_map(qtbot, window.canvas, near_corner)
    click_map(qtbot, window.canvas, map_to_pixel(window.canvas, corner.x() + 150, corner.y() + 10))
    click_map(qtbot, window.canvas, map_to_pixel(window.canvas, corner.x() + 150, corner.y() + 160))
    click_map(qtbot, window.canvas, map_to_pixel(window.canvas, corner.x() + 10, corner.y() + 160))
    click_map(qtbot, window.canvas, map_to_pixel(window.canvas, corner.x() + 10, corner.y() + 160),
              Qt.MouseButton.RightButton)

    # -- Its form: the zone type pre-fills HILUCS; the profile note says where limits come from -----
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, FeatureForm) and window.active_dialog.isVisible())
    form = window.active_dialog
    assert form.fields["hilucs_land_use"].editor.get() is None
    form.fields["specific_land_use"].editor.check(ZHM)
    assert form.fields["hilucs_land_use"].editor.get() == [RESIDENTIAL]
    assert "Жм" in form.profile_note.text()
    form.fields["dimensioning_indication"].set_value(
        [{"type": "measure", "indication_reference": "maxHeight", "value": 10.0, "uom": "m"}])
    with qtbot.waitSignal(form.accepted):
        form.buttons.button(form.buttons.StandardButton.Ok).click()

    zoning = doc.layers.zoning
    assert zoning.featureCount() == 1
    feature = next(zoning.getFeatures())
    first = feature.geometry().vertexAt(0)
    assert (first.x(), first.y()) == (corner.x(), corner.y())  # snapped exactly onto the existing vertex
    assert feature["hilucs_land_use"] == [RESIDENTIAL]
    assert feature["specific_land_use"] == [ZHM]
    assert feature["plan"] == doc.plan_href()
    assert window.modified_label.text() == "Unsaved changes"
    assert window.windowTitle().startswith("*")

    # -- Undo and redo --------------------------------------------------------------------------
    window.actions["undo"].trigger()
    assert zoning.featureCount() == 0
    window.actions["redo"].trigger()
    assert zoning.featureCount() == 1
    assert next(zoning.getFeatures())["hilucs_land_use"] == [RESIDENTIAL]

    # -- Save (a new plan asks where) -----------------------------------------------------------------
    saved = tmp_path / "test-plan.gpkg"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(saved.with_suffix("")))
    window.actions["save"].trigger()
    assert saved.is_file()
    assert window.modified_label.text() == "Saved"
    assert not window.windowTitle().startswith("*")
    with PlanFile(saved) as pf:
        plans = list(pf.iter_class("SpatialPlan"))
        zones = list(pf.iter_class("ZoningElement"))
    assert len(zones) == 1 and zones[0].hilucs_land_use == [RESIDENTIAL]
    assert plans[0].member == [f"#{zones[0].gml_id}"]  # the plan lists its new member
    assert zones[0].dimensioning_indication[0].value == 10.0
    # the history survives saving: undo still takes the zone back
    window.actions["undo"].trigger()
    assert zoning.featureCount() == 0 and window.document.is_modified
    window.actions["redo"].trigger()
    assert not window.document.is_modified  # back at the saved state

    # -- Reopen ------------------------------------------------------------------------------------------
    doc = window.open_plan(saved)
    assert doc is not None and doc.path == saved.resolve()
    reopened = next(doc.layers.zoning.getFeatures())
    vertex = reopened.geometry().vertexAt(0)
    assert (vertex.x(), vertex.y()) == (corner.x(), corner.y())
    assert reopened["specific_land_use"] == [ZHM]

    # -- Validate in the background -----------------------------------------------------------------------
    task = window.validate()
    assert window.validation_panel.running
    wait_for(task)
    qtbot.waitUntil(lambda: window.validation_panel.checked_at is not None)
    errors = [f for f in window.last_findings if f.severity >= 30]
    assert errors == [], [f.message_en for f in errors]
    warnings = [f for f in window.last_findings if f.severity == 20]
    # one zone drawn so far: the rest of the plan area is still unzoned, and the check says so
    assert [f.rule for f in warnings] == ["TOPO.EXTENT_NOT_UNION"]
    assert window.findings_label.text() == "Errors: 0, warnings: 1"

    # -- Export GML in another CRS; it passes the official XSD and reads back ------------------------------

    out = tmp_path / "export.gml"
    dialog = window.export_dialog()
    names = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    assert {"inspire-gml", "inspire-gml-wfs", "plu-gpkg"} <= set(names)  # every registered exporter
    dialog.format.setCurrentIndex(names.index("inspire-gml"))
    dialog.select_crs(3044)  # any EPSG system, through the picker or the list
    dialog.path.setText(str(out))
    dialog.accept()
    task = window.export_task
    qtbot.waitUntil(lambda: task.finished_flag, timeout=30000)
    assert out.is_file()
    assert list(iter_xsd_findings(out, schema)) == []
    data, findings = read_dataset(out)
    assert findings == [] and data.crs == 3044
    assert len(data.zoning_elements) == 1
    assert data.zoning_elements[0].hilucs_land_use == [RESIDENTIAL]
    assert data.plan.member == [data.zoning_elements[0].href()]


def test_a_new_plan_without_a_boundary_file_asks_to_draw_it(qtbot, window):
    from qgis.core import QgsPointXY
    from qgis.PyQt.QtCore import Qt

    dialog = window.new_plan()
    dialog.title.setText("Drawn boundary")
    dialog.accept()
    assert window.document is not None and window.document.plan_feature().geometry().isEmpty()
    assert window.canvas.mapTool() is window.tools["boundary"]
    window.canvas.setExtent(__import__("qgis.core", fromlist=["QgsRectangle"]).QgsRectangle(
        320000, 4727600, 320500, 4728000))
    wait_rendered(qtbot, window.canvas)
    corners = [(320100, 4727700), (320400, 4727700), (320400, 4727900), (320100, 4727900)]
    for x, y in corners:
        click_map(qtbot, window.canvas, map_to_pixel(window.canvas, x, y))
    click_map(qtbot, window.canvas, map_to_pixel(window.canvas, *corners[-1]), Qt.MouseButton.RightButton)
    boundary = window.document.plan_feature().geometry()
    assert boundary.area() == pytest.approx(300 * 200, rel=0.02)
    assert boundary.contains(QgsPointXY(320250, 4727800))
    window.actions["undo"].trigger()
    assert window.document.plan_feature().geometry().isEmpty()


def test_shortcuts_are_unambiguous_and_reach_the_actions(qtbot, window, sample_gpkg):
    from qgis.PyQt.QtGui import QKeySequence
    from qgis.PyQt.QtTest import QTest

    taken: dict[str, str] = {}
    for key, action in window.actions.items():
        for shortcut in action.shortcuts():
            text = shortcut.toString()
            assert text not in taken, f"{text} is both {taken[text]} and {key}"
            taken[text] = key
    assert {"Ctrl+Z", "Ctrl+S", "Ctrl+O", "Ctrl+N", "Ctrl+E"} <= set(taken)
    window.open_plan(sample_gpkg)
    layer = window.document.layers.zoning
    count = layer.featureCount()
    layer.selectByIds([next(layer.getFeatures()).id()])
    window.activateWindow()
    window.canvas.setFocus()
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.Delete))
    assert layer.featureCount() == count - 1
    QTest.keySequence(window, QKeySequence("Ctrl+Z"))
    assert layer.featureCount() == count
