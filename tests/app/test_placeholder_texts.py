"""Texts with named placeholders read the same sentences as they did with Qt's ``%1``: both languages.

The expected sentences are written out by hand (the words the catalogue held before its ``%N``
entries became ``{name}`` ones), so a placeholder filled in the wrong place or left unfilled shows.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from editor_helpers import *  # noqa: F403 - fixtures and helpers

pytestmark = pytest.mark.gui


def _findings():
    from plu_model.findings import Finding, Severity
    from plu_model.i18n import Text

    said = Text("tests", "a finding")
    return [Finding("R1", Severity.ERROR, said), Finding("R2", Severity.FATAL, said),
            Finding("R3", Severity.ERROR, said), Finding("R4", Severity.WARNING, said),
            Finding("R5", Severity.WARNING, said), Finding("R6", Severity.INFO, said)]


def test_the_findings_counts_read_the_same_in_both_languages(translations, make_window, sample_gpkg):
    window = make_window("bg")
    window.open_plan(sample_gpkg)
    window._validation_done(_findings())  # what a finished check hands over
    panel = window.validation_panel
    panel.checked_at = datetime(2026, 12, 6, 9, 5, 7)
    panel.retranslate()
    assert window.findings_label.text() == "Грешки: 3, предупреждения: 2"
    assert panel.summary.text() == "Проверен в 09:05:07: грешки: 3, предупреждения: 2."
    window.language_actions["en"].trigger()
    assert window.findings_label.text() == "Errors: 3, warnings: 2"
    assert panel.summary.text() == "Checked at 09:05:07: errors: 3, warnings: 2."


def test_an_undo_entry_and_a_form_title_read_the_same_in_both_languages(translations, make_window, sample_gpkg):
    from app import editing

    window = make_window("en")
    window.open_plan(sample_gpkg)
    layer = window.document.layers.zoning
    feature = next(layer.getFeatures())
    editing.add_feature(window.document, layer, feature.geometry(), {})
    stack = window.document.history.stack
    assert stack.undoText() == "Add zoning element"
    assert window.actions["undo"].text() == "&Undo Add zoning element"
    form = window.open_feature_form(layer, feature.id())
    assert form.windowTitle() == "Zoning element attributes"
    form.reject()
    window.language_actions["bg"].trigger()
    assert stack.undoText() == "Добавяне: устройствена зона"
    assert window.actions["undo"].text() == "&Отмяна: Добавяне: устройствена зона"
    form = window.open_feature_form(layer, feature.id())
    assert form.windowTitle() == "Атрибути: Устройствена зона"
    form.reject()


@pytest.mark.parametrize(
    ("language", "sentences"),
    [
        ("en", ["Saved /tmp/plan.gpkg", "/tmp/plan.gpkg could not be saved: disk full",
                "The repair removed 4 findings; 1 are still there and need a person.",
                "Identifier: Z1 (namespace BG.PLU), gml:id z_1", "PLU Studio ended before “Plan” was saved."]),
        ("bg", ["Записан е /tmp/plan.gpkg", "/tmp/plan.gpkg не може да бъде записан: disk full",
                "Поправката отстрани забележки: 4; остават 1 и те изискват намеса.",
                "Идентификатор: Z1 (пространство от имена BG.PLU), gml:id z_1",
                "PLU Studio спря, преди „Plan“ да бъде записан."]),
    ],
)
def test_converted_texts_with_one_or_more_values_say_the_same_words(translations, language, sentences):
    from app.i18n import translate_to

    said = [
        translate_to(language, "MainWindow", "Saved {path}", path="/tmp/plan.gpkg"),
        translate_to(language, "MainWindow", "{path} could not be saved: {error}", path="/tmp/plan.gpkg",
                     error="disk full"),
        translate_to(language, "Validation", "The repair removed {fixed} findings; {left} are still there and need a "
                     "person.", fixed=4, left=1),
        translate_to(language, "FeatureForm", "Identifier: {local_id} (namespace {namespace}), gml:id {gml_id}",
                     local_id="Z1", namespace="BG.PLU", gml_id="z_1"),
        translate_to(language, "MainWindow", "PLU Studio ended before “{title}” was saved.", title="Plan"),
    ]
    assert said == sentences
