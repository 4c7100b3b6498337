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
    assert mine and all(f.rule == "XSD" and f.severity == Severity.ERROR for f in mine)
    assert "hilucsLandUse" in mine[0].message_en
    errors = sum(1 for f in findings if f.severity >= Severity.ERROR)
    assert window.findings_label.text() == f"Errors: {errors}, warnings: 0"
    assert panel.severity_boxes[Severity.ERROR].text() == f"Errors ({errors})"
    rules = [panel.rule_combo.itemData(i) for i in range(panel.rule_combo.count())]
    assert rules == [None, "XSD"]
    assert panel.rule_combo.itemText(1).startswith(f"XSD ({len(findings)}) — ")

    # filters: hide errors, then show them again
    panel.severity_boxes[Severity.ERROR].setChecked(False)
    assert panel.proxy.rowCount() == 0
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
    assert _validate(qtbot, window) == []
    assert window.findings_label.text() == "Errors: 0, warnings: 0"


def test_validation_can_be_cancelled_and_the_gui_keeps_running(qtbot, window, sample_path, monkeypatch):
    import app.main_window as main_window

    started = {"at": None}

    def slow(path, options=None, progress=None, work_dir=None):
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


def test_a_repair_is_applied_as_one_undoable_step(qtbot, window, broken_gpkg, monkeypatch):
    import app.main_window as main_window
    import app.validation_panel as validation_panel
    from app.validation_runner import RepairOutcome
    from plu_model.geopackage import open_plan, save_dataset

    path, gml_id = broken_gpkg
    fixed_use = "http://inspire.ec.europa.eu/codelist/HILUCSValue/6_6_NotKnownUse"

    def fake_engine_repair(source, dest, rules=None):
        # stands for validators.repairs: fills the missing HILUCS value of every zone
        data = open_plan(source)
        for zone in data.zoning_elements:
            if not zone.hilucs_land_use:
                zone.hilucs_land_use = [fixed_use]
        save_dataset(dest, data)
        return RepairOutcome(dest, ["filled a missing HILUCS value"])

    monkeypatch.setattr(main_window, "repair", fake_engine_repair)
    monkeypatch.setattr(validation_panel, "repairs_available", lambda: True)
    window.open_plan(path)
    _validate(qtbot, window)
    panel = window.validation_panel
    panel.select_row(0)
    assert panel.repair_rule_button.isEnabled()
    layer = window.document.layers.zoning

    def hilucs():
        return window.document.feature_by_gml_id(gml_id)[1]["hilucs_land_use"]

    assert hilucs() in ([], None) or not hilucs()
    count = layer.featureCount()
    panel.repair_rule_button.click()
    qtbot.waitUntil(lambda: hilucs() == [fixed_use], timeout=20000)
    assert layer.featureCount() == count
    assert window.document.history.stack.undoText() == "Repair"
    qtbot.waitUntil(lambda: window.validation_task is None, timeout=30000)  # re-validated after the repair
    assert [f for f in window.last_findings if f.gml_id == gml_id] == []
    window.actions["undo"].trigger()
    assert not hilucs()
    window.actions["redo"].trigger()
    assert hilucs() == [fixed_use]
