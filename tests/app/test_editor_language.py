"""Bulgarian and English: every string is translated, the menu switch works live, the default
comes from the settings, and code lists follow the UI language."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from editor_helpers import *  # noqa: F403 - fixtures and helpers

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def test_every_user_visible_string_has_a_bulgarian_translation():
    result = subprocess.run([sys.executable, "scripts/update_translations.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_strings_outside_translate_calls_are_caught_by_the_extractor(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from update_translations import extract
    finally:
        sys.path.pop(0)
    source = tmp_path / "m.py"
    source.write_text('from app.i18n import translate\nx = translate("Ctx", "Hello")\n', encoding="utf-8")
    assert extract([source]) == {"Ctx": ["Hello"]}


def test_switching_the_language_retranslates_the_window(translations, make_window, sample_gpkg):
    from app.settings import settings

    window = make_window("en")
    window.open_plan(sample_gpkg)
    assert window.menus["file"].title() == "&File"
    window.language_actions["bg"].trigger()
    assert window.menus["file"].title() == "&Файл"
    assert window.actions["save"].text() == "&Запис"
    assert window.layers_dock.windowTitle() == "Слоеве"
    assert window.document.layers.zoning.name() == "Устройствени зони"
    assert window.findings_label.text() == "Не е проверен"
    assert window.validation_panel.run_button.text() == "Проверка"
    assert settings().value("ui/language") == "bg"
    # a form opened now is Bulgarian, and so are its code-list labels
    layer = window.document.layers.zoning
    form = window.open_feature_form(layer, next(layer.getFeatures()).id())
    combo = form.fields["regulation_nature"].editor.combo
    assert "Общозадължителен" in [combo.itemText(i) for i in range(combo.count())]
    assert form.tabs.tabText(0) == "Предназначение и показатели"
    form.reject()
    window.language_actions["en"].trigger()
    assert window.menus["file"].title() == "&File"
    assert window.document.layers.zoning.name() == "Zoning elements"


def test_legend_labels_follow_the_language(translations, make_window, sample_gpkg):
    window = make_window("bg")
    window.open_plan(sample_gpkg)
    labels = [c.label() for c in window.document.layers.zoning.renderer().categories()]
    assert "Жм — Жилищна зона с малка височина" in labels
    window.language_actions["en"].trigger()
    labels = [c.label() for c in window.document.layers.zoning.renderer().categories()]
    assert "Жм — Low-rise residential zone" in labels


@pytest.mark.parametrize("language,shown", [("bg", "plan.gml: няма такъв файл"), ("en", "plan.gml: no such file")])
def test_a_task_reports_a_core_error_in_the_ui_language(qapp, monkeypatch, language, shown):
    import app.tasks
    from plu_model.errors import PluInputError
    from plu_model.i18n import Text

    def fail(progress):
        raise PluInputError(Text("plu_model.geopackage", "{path}: no such file", path="plan.gml"))

    monkeypatch.setattr(app.tasks, "current_language", lambda: language)
    task = app.tasks.FunctionTask("failing", fail)
    assert task.run() is False and task.error == shown
