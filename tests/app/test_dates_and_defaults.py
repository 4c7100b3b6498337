"""Dates as people read them, no invented dates, and the defaults a Bulgarian planner expects."""

from __future__ import annotations

import pytest
from editor_helpers import *  # noqa: F403 - fixtures and helpers

pytestmark = pytest.mark.gui


def _zone_form(window):
    layer = window.document.layers.zoning
    return window.open_feature_form(layer, next(layer.getFeatures()).id())


@pytest.mark.parametrize("language,shown", [("en", "15 Sep 2025 10:00 UTC"), ("bg", "15.09.2025 г. 10:00 UTC")])
def test_dates_are_shown_in_the_ui_language(qtbot, translations, make_window, sample_path, language, shown):
    window = make_window(language)
    window.open_plan(sample_path)
    form = _zone_form(window)
    field = form.fields["begin_lifespan_version"]
    assert field.editor.edit.text() == shown  # the sample's beginLifespanVersion is 2025-09-15T10:00:00Z
    form.reject()


def test_a_date_not_stated_does_not_show_today(qtbot, window, sample_path):
    from datetime import date

    window.open_plan(sample_path)
    form = _zone_form(window)
    field = form.fields["valid_from"]
    assert field.current_state() != field.GIVEN
    assert field.editor.edit.text() == "—"
    assert date.today().strftime("%Y") not in field.editor.edit.text()
    assert field.dump()["valid_from"] is None
    field.set_state(field.GIVEN)  # choosing to give one starts from today, as a date picker does
    assert field.editor.get() == date.today()
    form.reject()


def test_a_new_plan_starts_as_a_pup(qtbot, window):
    dialog = window.new_plan()
    assert dialog.plan_type.get() == "https://w3id.org/plu-studio/codelist/bg/PlanTypeNameValue/PUP"
    dialog.reject()


@pytest.mark.parametrize("title,name", [
    ("ПУП – План за регулация и застрояване на местност „Зелена поляна“, район „Витоша“, Столична община "
     "(примерни, измислени данни)", "ПУП – План за регулация и застрояване на местност „Зелена поляна“"),
    ("ПУП, ПРЗ", "ПУП, ПРЗ"),
    ("a/b: c*d?", "a b c d"),
    ("Дълго заглавие без запетаи " + "дума " * 30, None),
    ("", "plan"),
])
def test_save_as_suggests_whole_phrases(title, name):
    from app.file_dialogs import file_name_for

    got = file_name_for(title)
    if name is not None:
        assert got == name
    else:
        assert len(got) <= 80 and got.endswith("дума") and title.startswith(got)


def test_undo_entries_follow_a_language_switch(qtbot, translations, make_window, sample_gpkg):
    window = make_window("bg")
    window.open_plan(sample_gpkg)
    layer = window.document.layers.zoning
    layer.selectByIds([next(layer.getFeatures()).id()])
    window.actions["delete"].trigger()
    stack = window.document.history.stack
    assert stack.undoText() == "Изтриване на обекти"
    window.message("Съобщение на български", 0)
    window.language_actions["en"].trigger()
    assert window.statusBar().currentMessage() == ""
    assert stack.undoText() == "Delete features"
    assert window.actions["undo"].text() == "&Undo Delete features"
    assert window.cad_dock.windowTitle() == "Advanced Digitizing"
    window.language_actions["bg"].trigger()
    assert stack.undoText() == "Изтриване на обекти"
    assert window.cad_dock.windowTitle() == "Прецизно цифровизиране"
