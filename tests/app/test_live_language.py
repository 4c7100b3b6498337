"""Windows left open across View ▸ Language follow it, and keep what was typed in them.

The Bulgarian texts expected here are the catalogue's (resources/i18n/plu_studio_bg.ts),
written out by hand, not asked of the code under test.
"""

from __future__ import annotations

import pytest
from editor_helpers import *  # noqa: F403 - fixtures and helpers

pytestmark = pytest.mark.gui

BINDING = "http://inspire.ec.europa.eu/codelist/RegulationNatureValue/"


def _to_bulgarian(window, qtbot):
    window.language_actions["bg"].trigger()
    qtbot.wait(20)  # Qt's own widgets settle their texts after ours; ours must still be the ones shown


def test_the_new_plan_dialog_follows_the_language_and_keeps_the_title(translations, make_window, qtbot):
    window = make_window("en")
    dialog = window.new_plan()
    assert dialog.windowTitle() == "New plan"
    dialog.title.setText("ПУП Лозенец, кв. 12")
    dialog.namespace.setText("BG.SOFIA.PLU")
    dialog.import_file.setChecked(True)
    _to_bulgarian(window, qtbot)
    assert dialog.isVisible() and window.active_dialog is dialog
    assert dialog.windowTitle() == "Нов план"
    assert dialog.title.text() == "ПУП Лозенец, кв. 12" and dialog.namespace.text() == "BG.SOFIA.PLU"
    assert dialog.import_file.isChecked()
    labels = [w.text() for w in dialog.body.findChildren(type(dialog.problems))]
    assert "Официално наименование" in labels and "Official title" not in labels
    assert "Официално наименование" not in [w.text() for w in dialog.findChildren(type(dialog.problems))
                                             if not w.isVisible() and w.text()]  # the old body is gone


def test_plan_properties_follow_the_language_and_keep_an_edited_title(translations, make_window, sample_gpkg,
                                                                       qtbot):
    window = make_window("en")
    window.open_plan(sample_gpkg)
    dialog = window.plan_properties()
    assert dialog.tabs.tabText(0) == "General"
    dialog.tabs.setCurrentIndex(1)
    dialog.fields["official_title"].editor.set("Нов заглавен текст на плана")
    _to_bulgarian(window, qtbot)
    assert dialog.windowTitle() == "Свойства на плана"
    assert dialog.tabs.tabText(0) == "Общи" and dialog.tabs.currentIndex() == 1
    assert dialog.fields["official_title"].editor.get() == "Нов заглавен текст на плана"
    assert dialog.plan_changes()["official_title"] == "Нов заглавен текст на плана"
    assert dialog.document_list.count() == len(dialog.documents)


def test_the_zone_form_follows_the_language_and_an_edit_made_before_is_saved(translations, make_window,
                                                                               sample_gpkg, qtbot):
    window = make_window("en")
    window.open_plan(sample_gpkg)
    layer = window.document.layers.zoning
    feature = next(layer.getFeatures())
    form = window.open_feature_form(layer, feature.id())
    assert form.tabs.tabText(0) == "Land use and limits"
    before = form.fields["regulation_nature"].editor.get()
    other = BINDING + ("nonBinding" if not str(before).endswith("nonBinding") else "generallyBinding")
    form.fields["regulation_nature"].editor.set(other)
    _to_bulgarian(window, qtbot)
    assert form.isVisible() and form.tabs.tabText(0) == "Предназначение и показатели"
    combo = form.fields["regulation_nature"].editor.combo
    assert "Общозадължителен" in [combo.itemText(i) for i in range(combo.count())]
    assert form.fields["regulation_nature"].editor.get() == other
    form.accept()  # the same dialog, so the window's connection applies the change
    assert layer.getFeature(feature.id())["regulation_nature"] == other


def test_the_shortcuts_list_follows_the_language(translations, make_window, qtbot):
    window = make_window("en")
    dialog = window.show_shortcuts()
    from qgis.PyQt.QtWidgets import QTextBrowser

    text = dialog.findChild(QTextBrowser)
    assert dialog.windowTitle() == "Keyboard shortcuts" and "Save" in text.toPlainText()
    _to_bulgarian(window, qtbot)
    assert dialog.windowTitle() == "Клавишни комбинации"
    assert "Запис" in text.toPlainText() and "Save" not in text.toPlainText()


def test_open_message_boxes_follow_the_language(translations, make_window, sample_gpkg, qtbot):
    window = make_window("en")
    window.open_plan(sample_gpkg)
    from app.i18n import translate

    box, _save, discard = window._unsaved_box()
    box.open()
    error = window.show_error(lambda: translate("MainWindow", "Open plan"), "plan.gml")
    fixed = window.show_error("Fixed title", "fixed text")
    assert box.windowTitle() == "Unsaved changes" and discard.text() == "Discard"
    _to_bulgarian(window, qtbot)
    assert box.windowTitle() == "Незаписани промени" and discard.text() == "Отхвърляне"
    assert error.windowTitle() == "Отваряне на план" and error.text() == "plan.gml"
    assert fixed.windowTitle() == "Fixed title"  # a text given as it is stays as it is
    for shown in (box, error, fixed):
        shown.close()


def test_the_errors_warning_follows_the_language(translations, make_window, broken_gpkg, qtbot):
    window = make_window("en")
    window.open_plan(broken_gpkg[0])
    window.when_checked(lambda: None, lambda: "Export anyway" if window.language == "en" else "Изнеси въпреки това")
    qtbot.waitUntil(lambda: getattr(window.active_dialog, "objectName", lambda: "")() == "errors_warning",
                    timeout=60000)
    box = window.active_dialog
    assert box.windowTitle() == "The plan has errors"
    _to_bulgarian(window, qtbot)
    assert box.windowTitle() == "Планът има грешки"
    texts = [b.text() for b in box.buttons()]
    assert "Изнеси въпреки това" in texts and "Покажи грешките" in texts
    box.close()
