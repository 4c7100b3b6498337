"""A repair says what it really changed: the findings of its rule before and after, checked again."""

from __future__ import annotations

import pytest
import shapely
from editor_helpers import *  # noqa: F403 - fixtures and helpers

pytestmark = pytest.mark.gui


def _validate(qtbot, window):
    assert window.validate() is not None
    qtbot.waitUntil(lambda: window.validation_task is None, timeout=60000)
    return window.last_findings


@pytest.fixture
def overlap_gpkg(sample, tmp_path):
    """The sample with one zone grown over its neighbour by thousands of square metres."""
    from plu_model.geopackage import save_dataset

    a, b = sample.zoning_elements[0], sample.zoning_elements[1]
    grown = a.geometry.union(b.geometry.buffer(-5).intersection(a.geometry.buffer(40)))
    a.geometry = shapely.orient_polygons(grown)
    overlap = a.geometry.intersection(b.geometry).area
    assert overlap > 1000
    return save_dataset(tmp_path / "overlap.gpkg", sample), a.gml_id, overlap


def test_a_repair_that_cannot_remove_a_wide_overlap_says_so(qtbot, window, overlap_gpkg):
    path, gml_id, _overlap = overlap_gpkg
    window.open_plan(path)
    findings = _validate(qtbot, window)
    before = [f for f in findings if f.rule == "TOPO.OVERLAP"]
    assert before
    panel = window.validation_panel
    panel.select_row(next(i for i, f in enumerate(panel.visible_findings()) if f.rule == "TOPO.OVERLAP"))
    history = window.document.history.stack.count()
    panel.repair_rule_button.click()
    qtbot.waitUntil(lambda: panel.repair_report is not None, timeout=60000)
    report = panel.repair_report
    assert report.rule_before == {"TOPO.OVERLAP": len(before)}
    assert report.rule_after == {"TOPO.OVERLAP": len(before)}
    assert report.features_changed == 0
    assert window.document.history.stack.count() == history  # nothing to undo: nothing was changed
    assert window.statusBar().currentMessage() == "The repair changed nothing; the plan is checked again."
    text = panel.details.toPlainText()
    assert "TOPO.OVERLAP" in text or "overlap" in text.lower()
    assert "still" in text.lower()


def test_a_repair_that_works_is_confirmed_by_the_check(qtbot, window, sample, tmp_path):
    from plu_model.geopackage import save_dataset

    zone = sample.zoning_elements[3]
    zone.hilucs_land_use = [zone.hilucs_land_use[0].replace("http://", "https://")]
    window.open_plan(save_dataset(tmp_path / "https.gpkg", sample))
    findings = _validate(qtbot, window)
    count = sum(f.rule == "PITFALL.HTTPS_CODELIST" for f in findings)
    assert count == 1
    panel = window.validation_panel
    panel.select_row(next(i for i, f in enumerate(panel.visible_findings()) if f.rule == "PITFALL.HTTPS_CODELIST"))
    panel.repair_rule_button.click()
    qtbot.waitUntil(lambda: panel.repair_report is not None, timeout=60000)
    assert panel.repair_report.rule_before == {"PITFALL.HTTPS_CODELIST": 1}
    assert panel.repair_report.rule_after == {"PITFALL.HTTPS_CODELIST": 0}
    assert panel.repair_report.features_changed == 1
    assert "removed 1 finding; none is left." in panel.details.toPlainText()  # was "removed all 1 findings"


def test_details_say_it_in_words_and_offer_the_export_in_the_crs(qtbot, window, sample_path, monkeypatch):
    window.open_plan(sample_path)
    _validate(qtbot, window)
    panel = window.validation_panel
    panel.select_row(next(i for i, f in enumerate(panel.visible_findings()) if f.rule == "CRS.EXPORT"))
    text = panel.details.toPlainText()
    assert "plu " not in text and "--crs" not in text
    assert "/tmp" not in text and str(window.document.folder) not in text and "plu:" not in text
    assert panel.crs_button.isVisibleTo(panel)
    assert panel.crs_button.text() == "Export in EPSG:3046…"
    panel.crs_button.click()
    dialog = window.active_dialog
    assert dialog.objectName() == "export_dialog" and dialog.crs.currentData() == 3046
    dialog.reject()


def test_the_findings_table_shows_several_rows(qtbot, make_window, broken_gpkg):
    window = make_window()
    window.resize(1366, 768)
    window.open_plan(broken_gpkg[0])
    _validate(qtbot, window)
    table = window.validation_panel.table
    qtbot.waitUntil(lambda: table.viewport().height() > 0)
    rows = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert rows >= 5
