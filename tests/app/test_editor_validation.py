"""The Validation panel: background run with progress and cancel, filters and counts, zoom to a
finding, undoable repairs, and the status line."""

from __future__ import annotations

import time

import pytest
from editor_helpers import *  # noqa: F403 - fixtures and helpers

pytestmark = pytest.mark.gui


def _validate(qtbot, window):
    task = window.validate()
    assert task is not None
    qtbot.waitUntil(lambda: window.validation_task is None, timeout=30000)
    return window.last_findings


def test_a_broken_zone_is_found_filtered_and_shown_on_the_map(qtbot, window, broken_gpkg):
    from plu_model.findings import Severity

    path, gml_id = broken_gpkg
    window.open_plan(path)
    panel = window.validation_panel
    assert window.findings_label.text() == "Not validated"
    findings = _validate(qtbot, window)
    mine = [f for f in findings if f.gml_id == gml_id]
    # missing HILUCS: the schema, the INSPIRE test and the national zone type all say so
    assert {f.rule for f in mine} == {"XSD", "lu-plu-as.a.1", "PROFILE.HILUCS_MISMATCH"}
    assert all(f.severity == Severity.ERROR for f in mine if f.rule in ("XSD", "lu-plu-as.a.1"))
    assert any("hilucsLandUse" in f.message_en for f in mine)
    errors = sum(1 for f in findings if f.severity >= Severity.ERROR)
    warnings = sum(1 for f in findings if f.severity == Severity.WARNING)
    assert window.findings_label.text() == f"Errors: {errors}, warnings: {warnings}"
    assert panel.severity_boxes[Severity.ERROR].text() == f"Errors ({errors})"
    rules = [panel.rule_combo.itemData(i) for i in range(panel.rule_combo.count())]
    assert rules[0] is None and {"XSD", "lu-plu-as.a.1", "CRS.EXPORT"} <= set(rules[1:])
    assert any(panel.rule_combo.itemText(i).startswith("XSD (") for i in range(panel.rule_combo.count()))

    # filters: hide errors, then show them again
    panel.severity_boxes[Severity.ERROR].setChecked(False)
    assert panel.proxy.rowCount() == len(findings) - errors
    assert all(f.severity < Severity.ERROR for f in panel.visible_findings())
    panel.severity_boxes[Severity.ERROR].setChecked(True)
    assert panel.proxy.rowCount() == len(findings)

    # choosing the finding zooms to the zone and highlights it
    before = window.canvas.extent()
    zone = window.document.feature_by_gml_id(gml_id)[1]
    panel.select_row(0)
    after = window.canvas.extent()
    assert after != before and after.width() < before.width()
    assert after.contains(zone.geometry().boundingBox())
    assert window.highlight is not None and window.highlight.numberOfVertices() > 0
    assert gml_id in panel.details.toPlainText()

    # an edit makes the findings stale, and the status line says so
    layer = window.document.layers.zoning
    window.document.layers.zoning.selectByIds([next(layer.getFeatures()).id()])
    window.actions["delete"].trigger()
    assert "(before the last change)" in window.findings_label.text()
    assert "changed since" in panel.summary.text()


def test_the_sample_plan_has_no_findings(qtbot, window, sample_path):
    window.open_plan(sample_path)
    findings = _validate(qtbot, window)
    # the national profile picked from the plan's code lists; only the note to reproject for INSPIRE
    assert {f.rule for f in findings} == {"CRS.EXPORT"}
    assert window.findings_label.text() == "Errors: 0, warnings: 0"


def test_validation_can_be_cancelled_and_the_gui_keeps_running(qtbot, window, sample_path, monkeypatch):
    import app.main_window as main_window

    started = {"at": None}

    def slow(path, profile=None, progress=None):
        started["at"] = time.monotonic()
        progress.total = 1000
        for _ in range(1000):
            time.sleep(0.01)
            progress.step()
            progress.check()  # the engine checks for cancel between rules
            yield from ()

    monkeypatch.setattr(main_window, "iter_findings", slow)
    window.open_plan(sample_path)
    task = window.validate()
    assert window.validation_panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: started["at"] is not None)
    qtbot.waitUntil(lambda: window.validation_panel.progress.value() > 0, timeout=10000)  # progress arrives
    with qtbot.waitSignal(task.cancelled, timeout=10000):
        window.validation_panel.cancel_button.click()
    assert window.validation_task is None
    assert "cancelled" in window.validation_panel.summary.text()
    assert window.validation_panel.run_button.isEnabled()


def test_a_repair_is_applied_as_one_undoable_step(qtbot, window, sample, tmp_path):
    """The engine's real repair turns an https:// code URI into the registry's http:// form, undoably."""
    from plu_model.geopackage import save_dataset

    zone = sample.zoning_elements[3]
    good = zone.hilucs_land_use[0]
    zone.hilucs_land_use = [good.replace("http://", "https://")]
    path = save_dataset(tmp_path / "https.gpkg", sample)
    window.open_plan(path)
    findings = _validate(qtbot, window)
    mine = [f for f in findings if f.gml_id == zone.gml_id]
    assert "PITFALL.HTTPS_CODELIST" in [f.rule for f in mine]
    panel = window.validation_panel
    panel.select_row(next(i for i, f in enumerate(panel.visible_findings()) if f.gml_id == zone.gml_id))
    assert panel.repair_rule_button.isEnabled()
    layer = window.document.layers.zoning

    def hilucs():
        return window.document.feature_by_gml_id(zone.gml_id)[1]["hilucs_land_use"]

    count = layer.featureCount()
    panel.repair_rule_button.click()
    qtbot.waitUntil(lambda: hilucs() == [good], timeout=20000)
    assert layer.featureCount() == count
    assert window.document.history.stack.undoText() == "Repair"
    assert zone.gml_id in panel.details.toPlainText()  # the change list names the zone
    qtbot.waitUntil(lambda: window.validation_task is None, timeout=30000)  # re-validated after the repair
    assert [f for f in window.last_findings if f.gml_id == zone.gml_id] == []
    window.actions["undo"].trigger()
    assert hilucs() == [good.replace("http://", "https://")]
    window.actions["redo"].trigger()
    assert hilucs() == [good]


def test_a_check_that_could_not_run_is_never_shown_as_valid(qtbot, window, sample_gpkg, monkeypatch, tmp_path):
    """GEOS fails on the topology: no error is found, but the status line and the panel say "incomplete"
    in orange, not a green count; the picture is saved for a person to look at."""
    import shapely

    def broken(*args, **kwargs):
        raise shapely.errors.GEOSException("TopologyException: side location conflict")

    monkeypatch.setattr(shapely, "coverage_invalid_edges", broken)
    window.open_plan(sample_gpkg)
    findings = _validate(qtbot, window)
    assert "TOPO.INCOMPLETE" in {f.rule for f in findings}
    assert not [f for f in findings if f.severity.name in ("ERROR", "FATAL")]
    label = window.findings_label
    assert label.text().endswith("— incomplete: a check could not run")
    assert "#e65100" in label.styleSheet()
    assert "not known to be valid" in window.validation_panel.summary.text()
    window.resize(1300, 800)
    assert window.grab().save(str(tmp_path / "incomplete.png"))


def test_validate_is_offered_only_with_a_plan_open(qtbot, window, sample_path):
    """Without a plan (or while one from the register is prepared) the button would do nothing."""
    assert window.document is None and not window.validation_panel.run_button.isEnabled()
    window.open_plan(sample_path)
    assert window.document is not None and window.validation_panel.run_button.isEnabled()
    window._close_document()
    assert window.document is None and not window.validation_panel.run_button.isEnabled()
