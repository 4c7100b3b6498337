"""Every zone name and every message of the desk reads whole: wrapped, or whole on hover, never cut.

Bulgarian zone names of Наредба № 7 are long ("Жилищна зона с преобладаващо
малкоетажно застрояване"), and so is a municipality's own legend; a message such as
"Отворен … от регистъра; версия 3 е публикувана; …" is longer than the room the
statuses leave it on a 1366×768 laptop.
"""

from __future__ import annotations

import pytest
from clipped_text import clipped_widgets
from editor_helpers import *  # noqa: F403 - fixtures
from editor_helpers import wait_rendered

pytestmark = pytest.mark.gui

#: a municipality's own legend label for Жм (its style file names the class so)
OWN_LABEL = "Жм — Жилищна зона с преобладаващо малкоетажно застрояване и свободно разположени сгради"
#: what the code list of Наредба № 7 calls Жм (resources/codelists/bg/ZoneTypeValue.json)
LAW_NAME = "Жм — Жилищна зона с преобладаващо застрояване с малка височина"


def _plan_window(qtbot, make_window, sample_gpkg, language, size):
    window = make_window(language)
    window.resize(*size)
    window.open_plan(sample_gpkg)
    wait_rendered(qtbot, window.canvas)
    return window


def _own_label_for_zhm(window, qtbot) -> None:
    """Give Жм the municipality's long label, as a style file of its own would."""
    layer = window.document.layers.zoning
    renderer = layer.renderer().clone()
    index = next(i for i, c in enumerate(renderer.categories()) if c.value() == "Zhm")
    renderer.updateCategoryLabel(index, OWN_LABEL)
    layer.setRenderer(renderer)
    window.tree_view.refreshLayerSymbology(layer.id())
    qtbot.wait(50)


def _legend_index(view, text: str):
    from qgis.PyQt.QtCore import QModelIndex

    model = view.model()
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data() == text:
                return index
            pending.append(index)
    raise AssertionError(f"{text!r} is not in the legend")


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_a_long_zone_name_wraps_in_a_narrow_legend_and_nothing_scrolls_sideways(
    qtbot, translations, make_window, sample_gpkg, size
):
    from qgis.PyQt.QtCore import Qt

    window = _plan_window(qtbot, make_window, sample_gpkg, "bg", size)
    _own_label_for_zhm(window, qtbot)
    view = window.tree_view
    for width in (260, 420):  # beside the comments panel; as the window opens it
        window.resizeDocks([window.layers_dock], [width], Qt.Orientation.Horizontal)
        qtbot.wait(80)
        index = _legend_index(view, OWN_LABEL)
        line = view.fontMetrics().height()
        assert view.fontMetrics().horizontalAdvance(OWN_LABEL) > view.viewport().width()  # more than a line
        assert view.horizontalScrollBar().maximum() == 0, "the legend scrolls sideways: names cut at its edge"
        assert view.visualRect(index).right() < view.viewport().width()
        assert view.visualRect(index).height() >= 2 * line  # on two lines or more, not one cut line
        assert clipped_widgets(window.layers_dock) == []  # every entry's wrapped lines fit its row


def test_hovering_a_legend_entry_shows_its_whole_name_and_the_name_in_the_law(
    qtbot, translations, make_window, sample_gpkg
):
    from qgis.PyQt.QtCore import QEvent, Qt
    from qgis.PyQt.QtGui import QHelpEvent
    from qgis.PyQt.QtWidgets import QApplication, QToolTip

    window = _plan_window(qtbot, make_window, sample_gpkg, "bg", (1366, 768))
    _own_label_for_zhm(window, qtbot)
    window.resizeDocks([window.layers_dock], [260], Qt.Orientation.Horizontal)
    qtbot.wait(80)
    view = window.tree_view
    index = _legend_index(view, OWN_LABEL)
    where = view.visualRect(index).center()
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, where, view.viewport().mapToGlobal(where)))
    tip = QToolTip.text()
    assert OWN_LABEL in tip and LAW_NAME in tip
    smf = _legend_index(view, "Смф — Смесена многофункционална зона")  # the shipped short name: the law's in full
    where = view.visualRect(smf).center()
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, where, view.viewport().mapToGlobal(where)))
    assert "Смф — Смесена многофункционална зона" in QToolTip.text()
    QToolTip.hideText()


def test_the_legend_tooltip_names_the_class_as_the_code_list_does_in_english(
    qtbot, translations, make_window, sample_gpkg
):
    from app.legend_view import legend_tooltip

    window = _plan_window(qtbot, make_window, sample_gpkg, "en", (1366, 768))
    index = _legend_index(window.tree_view, "Жм — Low-rise residential zone")
    assert legend_tooltip(window.tree_view, index, "en").splitlines() == [
        "Жм — Low-rise residential zone", "Жм — Residential zone, predominantly low-rise (up to 10 m)"]


#: the longest message of opening a plan from the register, written out in each language (app.register_view
#: says it from the catalogue): the plan's reference, and where a save of a published version goes
OPENED = {
    "bg": "Отворен BG.SOFIA.PLU:pup-zelena-polyana-vitosha@3 от регистъра; версия 3 е публикувана; „Запис в "
          "регистъра“ създава версия 4 — чернова",
    "en": "Opened BG.SOFIA.PLU:pup-zelena-polyana-vitosha@3 from the register; version 3 is published; Save to "
          "register makes version 4, a draft",
}


def _opened_message(language: str) -> str:
    from plu_model.i18n import Text

    opened = Text("app.register_actions", "Opened {plan}@{version_no} from the register",
                  plan="BG.SOFIA.PLU:pup-zelena-polyana-vitosha", version_no=3)
    saves_to = Text("register.edit_rights", "version {version_no} is published; Save to register makes version "
                                            "{next_no}, a draft", version_no=3, next_no=4)
    return Text("app.register_view", "{opened}; {saves_to}", opened=opened, saves_to=saves_to).say(language)


@pytest.mark.parametrize("language", ["bg", "en"])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (800, 600)])
def test_a_long_message_reads_on_one_line_beside_the_statuses_whole_on_hover_and_the_map_stays(
    qtbot, translations, make_window, sample_gpkg, size, language
):
    from qgis.PyQt.QtCore import QPoint
    from qgis.PyQt.QtWidgets import QLabel

    window = _plan_window(qtbot, make_window, sample_gpkg, language, size)
    text = _opened_message(language)
    assert text == OPENED[language]
    bar = window.statusBar()
    one_line, extent, scale = bar.height(), window.canvas.extent(), window.canvas.scale()
    window.message(text)
    qtbot.wait(80)
    assert bar.currentMessage() == text
    statuses = [w for w in (window.findings_label, window.modified_label, window.scale_widget, window.crs_label)
                if w.isVisible()]
    first_status = min(w.mapTo(bar, QPoint(0, 0)).x() for w in statuses)
    (label,) = [w for w in bar.findChildren(QLabel) if w.isVisible() and w.toolTip() == text]  # whole on hover
    assert label.mapTo(bar, QPoint(label.width(), 0)).x() <= first_status
    shown = label.text()
    fits = bar.fontMetrics().horizontalAdvance(text) <= label.contentsRect().width()
    if fits:
        assert shown == text
    else:  # its start as it is, then "…": never cut mid-letter by the statuses
        assert shown.endswith("…") and text.startswith(shown[:-1]) and len(shown) > 20
    if size == (1920, 1080):
        assert fits
    if size == (800, 600):
        assert not fits
    assert clipped_widgets(bar) == []
    assert bar.height() == one_line  # no line taken from the map...
    assert window.canvas.extent() == extent and window.canvas.scale() == scale  # ...so it neither moves nor zooms
    bar.clearMessage()
    qtbot.wait(80)
    assert bar.currentMessage() == "" and label.text() == "" and label.toolTip() == "" and bar.height() == one_line


def test_the_coordinates_take_room_only_while_the_pointer_is_over_the_map(qtbot, translations, make_window,
                                                                         sample_gpkg):
    from qgis.core import QgsPointXY
    from qgis.PyQt.QtCore import QEvent
    from qgis.PyQt.QtWidgets import QApplication

    window = _plan_window(qtbot, make_window, sample_gpkg, "bg", (1366, 768))
    window.message(OPENED["bg"])
    message = window.statusBar().message_label
    qtbot.wait(50)
    room = message.width()
    assert window.coordinates_label.width() < 40  # nothing to say yet: only its margins
    window.canvas.xyCoordinates.emit(QgsPointXY(321456.789, 4723456.5))
    qtbot.wait(50)
    assert window.coordinates_label.text() == "321456.79, 4723456.50"
    assert window.coordinates_label.width() >= window.coordinates_label.fontMetrics().horizontalAdvance(
        "321456.79, 4723456.50")
    assert message.width() < room and message.toolTip() == OPENED["bg"]
    QApplication.sendEvent(window.canvas, QEvent(QEvent.Type.Leave))
    qtbot.wait(50)
    assert window.coordinates_label.text() == "" and message.width() == room


def test_a_message_goes_after_its_time(qtbot, translations, make_window):
    window = make_window("bg")
    window.message("Записан /tmp/план.gpkg", 100)
    assert window.statusBar().currentMessage() == "Записан /tmp/план.gpkg"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=2000)


def test_the_comments_search_hint_cut_by_a_narrow_panel_is_whole_on_hover(qtbot, translations, make_window,
                                                                          sample_gpkg):
    from app.comments_panel import comments_panel_for

    window = _plan_window(qtbot, make_window, sample_gpkg, "bg", (1366, 768))
    panel = comments_panel_for(window)
    qtbot.waitExposed(panel)
    qtbot.wait(100)
    edit = panel.find_edit
    hint = "Към: ПУП-2026-0042, 42 или идентификатор"
    assert edit.placeholderText() == hint
    assert edit.fontMetrics().horizontalAdvance(hint) > edit.width() - 8  # the panel shows "… или иде…"
    assert edit.toolTip() == hint


def _plan_rows(titles: list[str]):
    from datetime import date

    from register.plan_list import PlanRow

    from plu_model.i18n import Text

    # a grey row says why as the register's rule (register.edit_rights) gives it to the list
    why = Text("register.edit_rights", "Plan of {authority}: read-only — you may view, validate, export, compare",
               authority="Община Другоселище")
    return [PlanRow(f"BG.SOFIA.PLU:pup-{i}@1", f"pup-{i}", title, 1, "elaboration", "В процес на изработване",
                    date(2026, 12, 6), "6.12.2026 г.", "sofia" if i else "other",
                    "Столична община" if i else "Община Другоселище", bool(i), None if i else why)
            for i, title in enumerate(titles)]


@pytest.mark.parametrize("width", [1040, 1366])
def test_the_register_dialog_shows_a_long_plan_title_whole(qtbot, translations, make_window, width):
    from qgis.PyQt.QtCore import Qt

    from app.register_actions import OpenFromRegisterDialog

    window = make_window("bg")
    dialog = OpenFromRegisterDialog(window)
    titles = ["ПУП – План за регулация и застрояване на местност „Зелена поляна“, район „Витоша“, Столична община",
              "ПУП-ПРЗ за кв. 7 „Младост“"]
    dialog.rows = _plan_rows(titles)
    dialog._fill()
    dialog.resize(width, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    table = dialog.plans
    first = table.item(0, 0)
    assert table.fontMetrics().horizontalAdvance(titles[0]) > table.columnWidth(0)  # longer than its column
    assert [p for p in clipped_widgets(dialog) if "register_plans" in p and "row" in p] == []
    assert table.rowHeight(0) >= 2 * table.fontMetrics().height()  # wrapped, not "ПУП – План за …"
    assert first.toolTip().splitlines() == [
        titles[0], "План на Община Другоселище: само за четене — можете да го разглеждате, проверявате, "
                   "експортирате и сравнявате"]
    assert table.item(1, 0).toolTip() == titles[1]
    assert table.textElideMode() == Qt.TextElideMode.ElideNone


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_panel_opens_wide_enough_for_the_shipped_names_on_one_line(qtbot, translations, make_window, sample_gpkg,
                                                                         size):
    from qgis.PyQt.QtCore import QModelIndex

    window = _plan_window(qtbot, make_window, sample_gpkg, "bg", size)
    qtbot.wait(80)
    view, model = window.tree_view, window.tree_view.model()
    zones = _legend_index(view, "Устройствени зони")
    rows = [model.index(r, 0, zones) for r in range(model.rowCount(zones))]
    assert "Смф — Смесена многофункционална зона" in [i.data() for i in rows]
    line = view.fontMetrics().height()
    tall = [(i.data()[:12], view.visualRect(i).height()) for i in rows if view.visualRect(i).height() >= 2 * line]
    assert tall == []
    assert window.canvas.width() >= size[0] * 0.6 and model.rowCount(QModelIndex()) > 0
