"""A picture of every window and dialog in both languages at 1366×768, checked for cut-off and English text.

The pictures go to ``$PLU_SCREENSHOT_DIR`` (else the test's tmp_path) as
``<scene>-<language>.png``.  With ``PLU_REGENERATE_DOCS=1`` the Bulgarian ones the
user guide shows are also written to ``docs/bg/img/``, so the guide never shows
an old window.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from clipped_text import clipped_widgets, untranslated_texts
from editor_helpers import *  # noqa: F403 - fixtures and helpers
from editor_helpers import ROOT, wait_rendered

pytestmark = pytest.mark.gui

#: the scenes the Bulgarian guide (docs/bg/) shows
GUIDE = {"main", "validation", "export", "new-plan", "zone-form", "package-wizard", "comments", "errors-warning"}


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("PLU_SCREENSHOT_DIR") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _main(window, qtbot, sample_path, broken):
    window.open_plan(sample_path)
    return window


def _validation(window, qtbot, sample_path, broken):
    window.open_plan(broken)
    window.validate()
    qtbot.waitUntil(lambda: window.validation_task is None, timeout=60000)
    window.validation_panel.select_row(0)
    return window


def _export(window, qtbot, sample_path, broken):
    window.open_plan(sample_path)
    return window.export_dialog()


def _new_plan(window, qtbot, sample_path, broken):
    return window.new_plan()


def _plan_properties(window, qtbot, sample_path, broken):
    window.open_plan(sample_path)
    return window.plan_properties()


def _zone_form(window, qtbot, sample_path, broken):
    window.open_plan(sample_path)
    from qgis.PyQt.QtCore import QRect

    layer = window.document.layers.zoning
    form = window.open_feature_form(layer, next(layer.getFeatures()).id())
    form.fit_to(QRect(0, 0, window.width(), window.height() - 40))  # the scene's screen less a task bar
    return form


def _package_wizard(window, qtbot, sample_path, broken):
    from app.consultation_wizard import ConsultationWizard

    window.open_plan(sample_path)
    wizard = ConsultationWizard(window)
    window.active_dialog = wizard
    wizard.show()
    return wizard


def _comments(window, qtbot, sample_path, broken):
    from app.comments_panel import comments_panel_for

    window.open_plan(sample_path)
    comments_panel_for(window)
    return window


def _errors_warning(window, qtbot, sample_path, broken):
    window.open_plan(broken)
    window.when_checked(lambda: None, "Export anyway" if window.language == "en" else "Изнеси въпреки това")
    qtbot.waitUntil(lambda: getattr(window.active_dialog, "objectName", lambda: "")() == "errors_warning",
                    timeout=60000)
    return window.active_dialog


def _import_wizard(window, qtbot, sample_path, broken):
    from app.import_wizard import ImportWizard

    wizard = ImportWizard(window, window.language)
    window.active_dialog = wizard
    wizard.show()
    return wizard


def _shortcuts(window, qtbot, sample_path, broken):
    return window.show_shortcuts()


SCENES = {
    "main": _main, "validation": _validation, "export": _export, "new-plan": _new_plan,
    "plan-properties": _plan_properties, "zone-form": _zone_form, "package-wizard": _package_wizard,
    "comments": _comments, "errors-warning": _errors_warning, "shortcuts": _shortcuts,
    "import-wizard": _import_wizard,
}


@pytest.mark.parametrize("language", ["bg", "en"])
@pytest.mark.parametrize("scene", list(SCENES))
def test_every_window_in_both_languages(qtbot, translations, make_window, sample_path, broken_gpkg, shots,
                                        scene, language):
    _check_scene(qtbot, make_window, sample_path, broken_gpkg, shots, scene, language, (1366, 768))


@pytest.mark.parametrize("language", ["bg", "en"])
@pytest.mark.parametrize("scene", ["main", "validation", "comments"])
def test_the_main_window_on_a_full_hd_screen(qtbot, translations, make_window, sample_path, broken_gpkg, shots,
                                             scene, language):
    _check_scene(qtbot, make_window, sample_path, broken_gpkg, shots, scene, language, (1920, 1080))


def _check_scene(qtbot, make_window, sample_path, broken_gpkg, shots, scene, language, size):
    window = make_window(language)
    window.resize(*size)
    shown = SCENES[scene](window, qtbot, sample_path, broken_gpkg[0])
    qtbot.waitExposed(shown)
    if window.document is not None:
        wait_rendered(qtbot, window.canvas)  # the map as drawn, not a blank canvas
    qtbot.wait(150)
    picture = shown.grab()
    png = shots / (f"{scene}-{language}.png" if size == (1366, 768) else f"{scene}-{language}-{size[0]}.png")
    assert picture.save(str(png)) and png.stat().st_size > 2000
    if language == "bg" and scene in GUIDE and size == (1366, 768) and os.environ.get("PLU_REGENERATE_DOCS") == "1":
        (ROOT / "docs" / "bg" / "img").mkdir(parents=True, exist_ok=True)
        picture.save(str(ROOT / "docs" / "bg" / "img" / f"{scene}.png"))
    problems = clipped_widgets(shown)
    if language == "bg":
        problems += [f"untranslated: {t}" for t in untranslated_texts(shown)]
    if shown is not window:
        shown.close()
    assert problems == [], f"{png}:\n" + "\n".join(problems)
