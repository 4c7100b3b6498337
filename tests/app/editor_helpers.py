"""Fixtures and helpers for driving the editor's main window in tests.

Test modules star-import this module.  It is not a ``conftest.py`` because test
modules elsewhere do ``from conftest import …``, which a second ``conftest``
module on ``sys.path`` would shadow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

__all__ = [
    "answer_modal",
    "broken_gpkg",
    "click_button",
    "click_map",
    "flush_deletions",
    "make_window",
    "map_to_pixel",
    "sample_gpkg",
    "translations",
    "wait_rendered",
    "window",
]

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "sofia_zelena_polyana_pup.gml"


@pytest.fixture(scope="session")
def translations() -> Path:
    """The Bulgarian catalogue the app reads as it is (``plu_model.i18n``; nothing is compiled)."""
    ts = ROOT / "resources" / "i18n" / "plu_studio_bg.ts"
    assert ts.is_file(), ts
    return ts


@pytest.fixture
def make_window(qapp, qtbot) -> Iterator[Callable[..., object]]:
    """A factory of shown main windows; each is closed without prompts at the end."""
    from qgis.core import QgsProject

    from app.main_window import MainWindow

    windows = []

    def make(language: str = "en") -> MainWindow:
        window = MainWindow(language=language)  # closed below, not by qtbot (it would prompt to save)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.document is not None:  # no unsaved-changes prompt at teardown
            window.document.recovered = False
            window.document.history.set_clean()
        if window.validation_task is not None:
            window.validation_task.cancel()
            qtbot.waitUntil(lambda w=window: w.validation_task is None, timeout=20000)
        for task in (window.export_task, window.busy_task):  # let background writes end before the window goes
            if task is not None:
                qtbot.waitUntil(lambda t=task: t.finished_flag, timeout=60000)
        window._close_document()
        window.close()
        window.deleteLater()
    QgsProject.instance().clear()
    flush_deletions()


def flush_deletions() -> None:
    """Delete what ``deleteLater()`` scheduled now, inside the fixture, not in a later test's event loop.

    Windows, docks and layers dying at an arbitrary moment of another test made the GUI
    tests depend on their order (a crash in teardown, a hang in ``QgsProject.instance()``).
    """
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def sample_gpkg(sample_path, tmp_path) -> Path:
    """The sample plan as a plan file of its own (tests may change it)."""
    from plu_model.geopackage import write_plan
    from plu_model.readers import open_source

    source = open_source(sample_path)
    path = tmp_path / "sample.gpkg"
    write_plan(path, source.features(), crs=source.crs, dataset_id=lambda: source.dataset_id,
               metadata=lambda: source.metadata)
    return path


@pytest.fixture
def broken_gpkg(sample, tmp_path) -> tuple[Path, str]:
    """The sample with one zoning element missing its (mandatory) HILUCS value; returns path and gml:id."""
    from plu_model.geopackage import save_dataset

    zone = sample.zoning_elements[5]
    zone.hilucs_land_use = []
    path = tmp_path / "broken.gpkg"
    save_dataset(path, sample)
    return path, zone.gml_id


def answer_modal(qtbot, handle: Callable[[object], None], timeout_ms: int = 10000) -> dict:
    """Call ``handle(widget)`` on the next application-modal dialog (e.g. a QMessageBox.exec()).

    Returns a dict whose ``"done"`` key turns True once it was handled.
    """
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication

    state = {"done": False, "ticks": 0}
    timer = QTimer(QApplication.instance())  # owned by the application: a garbage collection cannot stop it
    state["timer"] = timer

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        state["ticks"] += 1
        if widget is not None and widget.isVisible():
            timer.stop()
            timer.deleteLater()
            state["done"] = True
            handle(widget)
        elif state["ticks"] * 20 > timeout_ms:
            timer.stop()
            timer.deleteLater()

    timer.timeout.connect(poll)
    timer.start(20)
    return state


def click_button(box, text: str) -> None:
    """Click the button of a message box whose text is ``text``."""
    for button in box.buttons():
        if button.text().replace("&", "") == text:
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")


def map_to_pixel(canvas, x: float, y: float):
    from qgis.core import QgsPointXY
    from qgis.PyQt.QtCore import QPoint

    p = canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
    return QPoint(round(p.x()), round(p.y()))


def click_map(qtbot, canvas, pixel, button=None) -> None:
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    QTest.mouseMove(canvas.viewport(), pixel)
    QTest.mouseClick(canvas.viewport(), button or Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pixel)


def wait_rendered(qtbot, canvas) -> None:
    with qtbot.waitSignal(canvas.mapCanvasRefreshed, timeout=20000):
        canvas.refresh()
