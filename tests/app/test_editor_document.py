"""Saving, autosave and crash recovery, the unsaved-changes prompt, recent files, window layout,
and bad input reported as a message."""

from __future__ import annotations

import pytest
from editor_helpers import *  # noqa: F403 - fixtures
from editor_helpers import answer_modal, click_button

pytestmark = pytest.mark.gui


def _delete_one_zone(window):
    layer = window.document.layers.zoning
    victim = next(layer.getFeatures())
    layer.selectByIds([victim.id()])
    window.actions["delete"].trigger()
    return victim["gml_id"]


def test_saving_is_atomic_and_keeps_the_plan_consistent(window, sample_gpkg):
    from plu_model.geopackage import PlanFile

    window.open_plan(sample_gpkg)
    gone = _delete_one_zone(window)
    folder = sample_gpkg.parent
    before = {p.name for p in folder.iterdir()}
    window.actions["save"].trigger()
    assert {p.name for p in folder.iterdir()} == before  # no temporary file left beside it
    with PlanFile(sample_gpkg) as pf:
        plan = next(pf.iter_class("SpatialPlan"))
        zones = [z.gml_id for z in pf.iter_class("ZoningElement")]
    assert gone not in zones and f"#{gone}" not in plan.member
    assert sorted(plan.member) == sorted(f"#{z}" for z in zones)


def _gated_writer(monkeypatch, gate):
    """Let the real plan writer start only when ``gate(progress)`` returns, in the task's thread."""
    import app.document as document_module

    real = document_module.write_snapshot

    def writer(working, dest, edits, progress=None):
        gate(progress)
        return real(working, dest, edits, progress)

    monkeypatch.setattr(document_module, "write_snapshot", writer)


def _visible_progress(window):
    from qgis.PyQt.QtWidgets import QProgressDialog

    shown = [d for d in window.findChildren(QProgressDialog, "progress_dialog") if d.isVisible()]
    return shown[0] if shown else None


def test_saving_a_plan_keeps_the_window_alive_and_shows_progress(qtbot, window, sample_gpkg, monkeypatch):
    import threading

    from qgis.PyQt.QtCore import QTimer

    window.open_plan(sample_gpkg)
    _delete_one_zone(window)
    release = threading.Event()
    _gated_writer(monkeypatch, lambda progress: release.wait(20))
    ticks = []
    seen = []

    def tick():
        ticks.append(1)
        dialog = _visible_progress(window)
        if dialog is not None:
            seen.append(dialog.labelText())
            release.set()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(50)
    assert window.save() is True
    timer.stop()
    assert len(ticks) >= 5  # the event loop kept turning while the file was written
    assert seen and sample_gpkg.name in seen[0]
    assert not window.document.is_modified
    assert window.busy_task is None


def test_a_cancelled_save_leaves_the_file_as_it_was(qtbot, window, sample_gpkg, monkeypatch):
    import time

    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QPushButton

    window.open_plan(sample_gpkg)
    _delete_one_zone(window)
    before = sample_gpkg.read_bytes()

    def until_cancelled(progress):
        deadline = time.monotonic() + 20
        while not progress.cancelled() and time.monotonic() < deadline:
            time.sleep(0.02)

    _gated_writer(monkeypatch, until_cancelled)

    def press_cancel():
        dialog = _visible_progress(window)
        if dialog is not None:
            dialog.findChild(QPushButton).click()  # as the user does
        else:
            QTimer.singleShot(50, press_cancel)

    QTimer.singleShot(50, press_cancel)
    assert window.save() is False
    assert sample_gpkg.read_bytes() == before
    assert window.document.is_modified
    assert "cancelled" in window.statusBar().currentMessage()
    assert [p.name for p in sample_gpkg.parent.iterdir() if p.name.startswith(".")] == []


def test_autosave_and_recovery_after_a_crash(qtbot, make_window, sample_gpkg):
    from qgis.core import QgsProject

    import app.document as document_module
    from app.document import read_state

    window = make_window()
    window.open_plan(sample_gpkg)
    count = window.document.layers.zoning.featureCount()
    _delete_one_zone(window)
    task = window.autosave()  # written in the background
    with qtbot.waitSignal(task.done, timeout=20000):
        pass
    assert window.autosave() is None  # nothing changed since
    folder = window.document.folder
    assert read_state(folder)["autosaved_at"]
    assert (folder / "autosave.gpkg").is_file()
    # the "crash": the window disappears without closing its plan
    doc = window.document
    doc.release_layers()
    QgsProject.instance().removeAllMapLayers()
    document_module._LIVE_TOKENS.discard(doc.token)
    window.document = None

    fresh = make_window()
    state = answer_modal(qtbot, lambda box: click_button(box, "Recover"))
    recovered = fresh.check_recovery()
    assert state["done"]
    assert recovered is not None and recovered.layers.zoning.featureCount() == count - 1
    assert recovered.is_modified and recovered.path == sample_gpkg.resolve()
    assert fresh.modified_label.text() == "Unsaved changes"
    assert not folder.exists()  # the orphan was taken over
    fresh.actions["save"].trigger()
    assert not recovered.is_modified


def test_closing_with_unsaved_changes_asks(qtbot, make_window, sample_gpkg):
    from qgis.PyQt.QtWidgets import QMessageBox

    window = make_window()
    window.open_plan(sample_gpkg)
    _delete_one_zone(window)
    assert window.close() is False  # the question does not block the event loop
    box = window.active_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "changes that are not saved" in box.text()
    click_button(box, "Cancel")
    assert window.isVisible() and window.document is not None
    window.close()
    click_button(window.active_dialog, "Discard")
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.document is None


def test_opening_another_plan_can_save_first(qtbot, window, sample_gpkg, sample_path):
    from plu_model.geopackage import PlanFile

    window.open_plan(sample_gpkg)
    gone = _delete_one_zone(window)
    answer_modal(qtbot, lambda box: click_button(box, "Save"))
    assert window.open_plan(sample_path) is not None
    with PlanFile(sample_gpkg) as pf:
        assert gone not in [z.gml_id for z in pf.iter_class("ZoningElement")]


def test_recent_files_and_layout_are_remembered(make_window, sample_gpkg):
    from qgis.PyQt.QtCore import Qt

    from app.settings import recent_files

    window = make_window()
    window.open_plan(sample_gpkg)
    assert recent_files()[0] == str(sample_gpkg.resolve())
    window._fill_recent()
    assert [a.text() for a in window.recent_menu.actions()] == [str(sample_gpkg.resolve())]
    window.validation_dock.hide()
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.layers_dock)
    window.resize(760, 577)  # fits the offscreen 800×600 screen: kept as left (a larger one is fitted)
    window.close()
    again = make_window()
    assert (again.size().width(), again.size().height()) == (760, 577)
    assert not again.validation_dock.isVisible()
    assert again.dockWidgetArea(again.layers_dock) == Qt.DockWidgetArea.RightDockWidgetArea


def test_a_file_that_is_not_a_plan_gives_a_message(qtbot, window, tmp_path):
    bad = tmp_path / "notes.gml"
    bad.write_text("<not-a-plan>", encoding="utf-8")
    assert window.open_plan(bad) is None
    assert window.document is None
    assert "notes.gml" in window.last_error
    missing = tmp_path / "missing.gpkg"
    assert window.open_plan(missing) is None
    assert "missing.gpkg" in window.last_error and "no such file" in window.last_error


def test_background_layers_go_under_the_plan_and_come_back_with_it(window, sample_gpkg, tmp_path, monkeypatch):
    import numpy as np
    from osgeo import gdal, osr

    from app import file_dialogs
    from app.background_layers import background_group, background_layers

    raster = tmp_path / "orthophoto.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(raster), 20, 20, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((320300, 40, 0, 4728200, 0, -40))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(7801)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(np.full((20, 20), 128, dtype=np.uint8))
    ds = None
    window.open_plan(sample_gpkg)
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(raster))
    window.actions["bg_file"].trigger()
    root = window.project.layerTreeRoot()
    assert root.children()[-1] is background_group(window.project)  # drawn under the plan
    assert [layer.name() for layer in background_layers(window.project)] == ["orthophoto"]
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(tmp_path / "nothing.txt"))
    (tmp_path / "nothing.txt").write_text("hello")
    window.actions["bg_file"].trigger()
    assert "nothing.txt" in window.last_error
    window.close_plan()
    assert background_layers(window.project) == []
    window.open_plan(sample_gpkg)
    assert [layer.name() for layer in background_layers(window.project)] == ["orthophoto"]
