"""Export offers the systems a Bulgarian plan is delivered in, and a plan with errors is not sent out unwarned."""

from __future__ import annotations

import pytest
from editor_helpers import *  # noqa: F403 - fixtures and helpers
from editor_helpers import click_button

pytestmark = pytest.mark.gui


def _codes(dialog) -> list[int]:
    return [dialog.crs.itemData(i) for i in range(dialog.crs.count())]


def test_the_crs_list_offers_the_delivery_systems_and_a_picker(qtbot, window, sample_path):
    window.open_plan(sample_path)
    dialog = window.export_dialog()
    codes = _codes(dialog)
    for code in (3046, 3035, 4258, 7801, 32634, 32635):
        assert code in codes
    assert codes[-1] == 0  # "Other system…" opens QGIS's CRS picker
    assert dialog.crs.currentData() == 3046  # Sofia lies in UTM zone 34: what the validator recommends
    assert "(recommended)" in dialog.crs.currentText()
    assert "(the plan's own)" in dialog.crs.itemText(dialog.crs.findData(7801))
    dialog.crs.setCurrentIndex(codes.index(0))
    dialog.crs.activated.emit(codes.index(0))
    assert dialog.picker.isVisible()
    dialog.picker.reject()
    assert dialog.crs.currentData() == 3046
    dialog.select_crs(2100)  # any other EPSG system is added to the list
    assert dialog.choice()[1] == 2100
    dialog.reject()


def test_the_crs_list_is_bulgarian_in_bulgarian(qtbot, translations, make_window, sample_path):
    window = make_window("bg")
    window.open_plan(sample_path)
    dialog = window.export_dialog()
    text = dialog.crs.itemText(dialog.crs.findData(3046))
    assert "препоръчана" in text and "Западна България" in text
    assert dialog.crs.itemText(dialog.crs.count() - 1) == "Друга система…"
    dialog.reject()


def test_exporting_a_plan_with_errors_warns_first(qtbot, window, broken_gpkg, tmp_path):
    window.open_plan(broken_gpkg[0])
    dialog = window.export_dialog()
    dialog.path.setText(str(tmp_path / "out.gml"))
    dialog.accept()
    qtbot.waitUntil(lambda: getattr(window.active_dialog, "objectName", lambda: "")() == "errors_warning",
                    timeout=60000)
    box = window.active_dialog
    errors = sum(f.severity >= 30 for f in window.last_findings)
    assert errors >= 1 and str(errors) in box.text()
    assert not (tmp_path / "out.gml").exists()
    click_button(box, "Show the errors")
    panel = window.validation_panel
    assert window.validation_dock.isVisible() and panel.current_finding() is not None
    assert all(f.severity >= 30 for f in panel.visible_findings())
    dialog = window.export_dialog()
    dialog.path.setText(str(tmp_path / "out.gml"))
    dialog.accept()  # checked already and unchanged: the warning comes at once
    box = window.active_dialog
    assert box.objectName() == "errors_warning"
    click_button(box, "Export anyway")
    qtbot.waitUntil(lambda: window.export_task is not None and window.export_task.finished_flag, timeout=60000)
    assert (tmp_path / "out.gml").is_file()


def test_a_plan_without_errors_exports_without_a_question(qtbot, window, sample_path, tmp_path):
    window.open_plan(sample_path)
    dialog = window.export_dialog()
    dialog.path.setText(str(tmp_path / "clean.gml"))
    dialog.accept()
    qtbot.waitUntil(lambda: window.export_task is not None and window.export_task.finished_flag, timeout=60000)
    assert (tmp_path / "clean.gml").is_file()
    assert getattr(window.active_dialog, "objectName", lambda: "")() != "errors_warning"


def test_the_package_folder_is_the_users_not_the_install_folder(tmp_path, monkeypatch):
    from app.consultation_wizard import default_package_folder
    from plu_model.codelists import resources_dir

    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "docs"))
    sample = resources_dir() / "samples" / "sofia_zelena_polyana_pup.gml"
    assert default_package_folder(sample, sample) == tmp_path / "docs" / "PLU Studio" / "sofia_zelena_polyana_pup-consultation"
    assert default_package_folder(None, sample).parent == tmp_path / "docs" / "PLU Studio"
    mine = tmp_path / "work" / "plan.gpkg"
    mine.parent.mkdir()
    assert default_package_folder(mine, sample) == tmp_path / "work" / "plan-consultation"


def test_the_authority_comes_from_the_plans_metadata():
    from editor_helpers import ROOT

    from plu_model.readers import open_source
    from plu_model.responsible_party import responsible_organisation

    source = open_source(ROOT / "resources" / "samples" / "sofia_zelena_polyana_pup.gml")
    list(source.features())
    assert responsible_organisation(source.metadata) == "Столична община — примерна организация (измислени данни)"
    assert responsible_organisation({}) == ""
    assert responsible_organisation({"md_metadata_xml": "<not xml"}) == ""
    evil = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'
    assert responsible_organisation({"md_metadata_xml": evil}) == ""


def test_an_open_export_dialog_follows_a_language_switch(qtbot, translations, make_window, sample_path):
    window = make_window("en")
    window.open_plan(sample_path)
    dialog = window.export_dialog()
    assert dialog.windowTitle() == "Export plan"
    window.language_actions["bg"].trigger()
    assert dialog.windowTitle() == "Износ на плана"
    assert dialog.labels[1].text() == "Координатна система" and dialog.browse.text() == "Избор…"
    assert "препоръчана" in dialog.crs.currentText() and dialog.crs.currentData() == 3046
    assert dialog.crs.itemText(dialog.crs.count() - 1) == "Друга система…"
    window.language_actions["en"].trigger()
    assert dialog.labels[0].text() == "Format"
    dialog.reject()
