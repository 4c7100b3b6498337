"""Editing tools on the sample plan: shared vertices move together, split, merge, delete,
attribute forms and the plan properties dialog — each one undoable step."""

from __future__ import annotations

from collections import Counter

import pytest
from editor_helpers import *  # noqa: F403 - fixtures
from editor_helpers import map_to_pixel, wait_rendered

pytestmark = pytest.mark.gui


@pytest.fixture
def opened(window, sample_gpkg):
    window.open_plan(sample_gpkg)
    return window


def _shared_vertex(layer):
    """A vertex used by exactly two zoning elements (an inner corner of the zoning)."""
    users: dict[tuple[float, float], set[int]] = {}
    for f in layer.getFeatures():
        geometry = f.geometry()
        for v in geometry.vertices():
            users.setdefault((v.x(), v.y()), set()).add(f.id())
    return next((xy, ids) for xy, ids in sorted(users.items()) if len(ids) == 2)


def _vertices(layer, fid):
    geometry = layer.getFeature(fid).geometry()  # keep it alive while iterating its vertices
    return [(v.x(), v.y()) for v in geometry.vertices()]


def test_dragging_a_shared_vertex_moves_it_in_every_zone(qtbot, opened):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    window = opened
    layer = window.document.layers.zoning
    (x, y), ids = _shared_vertex(layer)
    before = {fid: _vertices(layer, fid) for fid in ids}
    wait_rendered(qtbot, window.canvas)
    window.set_tool("vertex")
    start = map_to_pixel(window.canvas, x, y)
    end = start + __import__("qgis.PyQt.QtCore", fromlist=["QPoint"]).QPoint(25, 18)
    viewport = window.canvas.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    target = window.canvas.getCoordinateTransform().toMapCoordinates(end)
    for fid in ids:
        after = _vertices(layer, fid)
        assert (x, y) not in after
        moved = [p for p in after if p not in before[fid]]
        assert moved and all(abs(p[0] - target.x()) < 1e-6 * abs(target.x()) for p in moved)
    assert window.document.history.stack.count() == 1  # one step for all the zones
    window.actions["undo"].trigger()
    assert {fid: _vertices(layer, fid) for fid in ids} == before


def test_split_gives_the_new_part_its_own_identifiers(opened):
    from qgis.core import QgsPointXY

    from app import editing

    window = opened
    layer = window.document.layers.zoning
    feature = max(layer.getFeatures(), key=lambda f: f.geometry().area())
    box = feature.geometry().boundingBox()
    centre = feature.geometry().pointOnSurface().asPoint()
    line = [QgsPointXY(box.xMinimum() - 5, centre.y()), QgsPointXY(box.xMaximum() + 5, centre.y())]
    layer.selectByIds([feature.id()])
    count = layer.featureCount()
    assert editing.split(window.document, line) == 1
    assert layer.featureCount() == count + 1
    ids = Counter(f["gml_id"] for f in layer.getFeatures())
    local = Counter(f["inspire_local_id"] for f in layer.getFeatures())
    assert max(ids.values()) == 1 and max(local.values()) == 1
    parts = [f for f in layer.getFeatures() if f["hilucs_land_use"] == feature["hilucs_land_use"]
             and f["plan"] == feature["plan"] and f.geometry().intersects(feature.geometry())]
    assert sum(p.geometry().area() for p in parts if p.id() != feature.id() or True) >= feature.geometry().area() * 0.99
    window.actions["undo"].trigger()
    assert layer.featureCount() == count


def test_merge_and_delete_are_undoable(opened):
    window = opened
    layer = window.document.layers.zoning
    (_xy, ids) = _shared_vertex(layer)
    count = layer.featureCount()
    layer.selectByIds(list(ids))
    window.actions["merge"].trigger()
    assert layer.featureCount() == count - 1
    window.actions["undo"].trigger()
    assert layer.featureCount() == count
    layer.selectByIds(list(ids))
    window.actions["delete"].trigger()
    assert layer.featureCount() == count - 2
    window.actions["undo"].trigger()
    assert layer.featureCount() == count
    window.actions["redo"].trigger()
    assert layer.featureCount() == count - 2


def test_feature_form_edits_code_lists_voidables_and_dimensioning(qtbot, opened):
    window = opened
    layer = window.document.layers.zoning
    feature = next(f for f in layer.getFeatures() if f["dimensioning_indication"])
    form = window.open_feature_form(layer, feature.id())
    assert form.isVisible()
    nature = form.fields["regulation_nature"].editor.combo
    labels = [nature.itemText(i) for i in range(nature.count())]
    assert "Binding only for authorities" in labels
    nature.setCurrentIndex(labels.index("Binding only for authorities"))
    # a voidable attribute gets a reason instead of a blank
    form.fields["process_step_general"].set_state("withheld")
    table = form.fields["dimensioning_indication"].editor
    rows = table.get()
    table.set(rows + [{"type": "measure", "indication_reference": "maxHeight", "value": 12.5, "uom": "m"}])
    with qtbot.waitSignal(form.accepted):
        form.buttons.button(form.buttons.StandardButton.Ok).click()
    changed = layer.getFeature(feature.id())
    assert changed["regulation_nature"].endswith("/bindingOnlyForAuthorities")
    assert changed["process_step_general_nil"] == "withheld"
    assert not changed["process_step_general"]
    assert changed["dimensioning_indication"][-1] == {"type": "measure", "indication_reference": "maxHeight",
                                                      "value": 12.5, "uom": "m"}
    window.actions["undo"].trigger()
    assert layer.getFeature(feature.id())["regulation_nature"] == feature["regulation_nature"]


def test_form_refuses_a_zone_without_hilucs(qtbot, opened):
    window = opened
    layer = window.document.layers.zoning
    feature = next(layer.getFeatures())
    form = window.open_feature_form(layer, feature.id())
    form.fields["hilucs_land_use"].editor.set([])
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    assert form.isVisible()
    assert "HILUCS land use" in form.problems_label.text()
    form.reject()


def test_plan_properties_documents_and_process_in_one_undo_step(qtbot, opened, tmp_path, monkeypatch, schema):
    from app import file_dialogs
    from app.forms.documents import DocumentDialog
    from plu_model.readers import read_dataset
    from validators.xsd import iter_xsd_findings

    window = opened
    docs = window.document.documents
    doc_count = docs.featureCount()
    dialog = window.plan_properties()
    dialog.fields["official_title"].editor.edit.setText("Нов ПУП — renamed")
    dialog.fields["process_step_general"].editor.set(
        "http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/adoption")
    dialog.fields["valid_from"].set_value(__import__("datetime").date(2026, 3, 1))
    dialog.fields["ordinance"].set_value([{"date": "2026-02-10T00:00:00Z", "reference": "Заповед № РД-09-50-1"}])

    legislation = dialog.add_document("legislation_citation")
    assert isinstance(legislation, DocumentDialog)
    legislation.name.setText("Закон за устройство на територията")
    legislation.short_name.setText("ЗУТ")
    legislation.identification.setText("ДВ бр. 1/2001")
    legislation.in_force.setText("2001-03-31")
    legislation.add_link("https://lex.bg/laws/ldoc/2135163904")
    legislation.accept()

    pdf = tmp_path / "ordinance.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%test\n")
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(pdf))
    document = dialog.add_document("plan_document")
    document.add_pdf.click()
    assert document.name.text() == "ordinance"
    document.accept()
    assert dialog.document_list.count() == doc_count + 2
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()

    plan = window.document.plan_feature()
    assert plan["official_title"] == "Нов ПУП — renamed"
    assert window.windowTitle().startswith("*Нов ПУП")
    assert plan["process_step_general"].endswith("/adoption")
    assert plan["ordinance"][0]["reference"] == "Заповед № РД-09-50-1"
    assert docs.featureCount() == doc_count + 2
    assert len(plan["official_document"]) >= 2
    assert window.document.history.stack.count() == 1

    out = tmp_path / "with-documents.gml"
    task = window.export_plan("inspire-gml", 7801, out)
    with qtbot.waitSignal(task.done, timeout=30000):
        pass
    assert list(iter_xsd_findings(out, schema)) == []
    data, findings = read_dataset(out)
    assert findings == []
    names = {d.legislation_citation.short_name for d in data.official_documents
             if hasattr(d.legislation_citation, "short_name")}
    assert "ЗУТ" in names
    links = [d.plan_document.link for d in data.official_documents if hasattr(d.plan_document, "link")]
    assert any(pdf.resolve().as_uri() in link for link in links if isinstance(link, tuple))
    assert str(data.plan.valid_from) == "2026-03-01"

    window.actions["undo"].trigger()
    plan = window.document.plan_feature()
    assert plan["official_title"] != "Нов ПУП — renamed"
    assert docs.featureCount() == doc_count
    window.actions["redo"].trigger()
    assert window.document.plan_feature()["official_title"] == "Нов ПУП — renamed"
