"""The picture checks themselves: they find cut-off text and English in a Bulgarian window."""

from __future__ import annotations

import pytest
from clipped_text import clipped_widgets, untranslated_texts

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot):
    from qgis.PyQt.QtWidgets import QDialog

    d = QDialog()
    d.setObjectName("probe")
    qtbot.addWidget(d)
    return d


def _show(qtbot, d):
    d.resize(400, 200)
    d.show()
    qtbot.waitExposed(d)


def test_a_narrow_button_label_and_combo_are_reported(qtbot, dialog):
    from qgis.PyQt.QtWidgets import QComboBox, QLabel, QPushButton

    button = QPushButton("Поправка по това правило", dialog)
    button.setObjectName("repair")
    button.setGeometry(0, 0, 40, 30)
    label = QLabel("Максимална височина на застрояване", dialog)
    label.setObjectName("limit")
    label.setGeometry(0, 40, 50, 20)
    combo = QComboBox(dialog)
    combo.setObjectName("zone_type")
    combo.addItem("Жилищна устройствена зона с малка височина")
    combo.setGeometry(0, 70, 60, 25)
    _show(qtbot, dialog)
    found = "\n".join(clipped_widgets(dialog))
    assert "probe/repair" in found and "probe/limit" in found and "probe/zone_type" in found


def test_room_enough_is_not_reported(qtbot, dialog):
    from qgis.PyQt.QtWidgets import QLabel, QPushButton, QVBoxLayout

    layout = QVBoxLayout(dialog)
    layout.addWidget(QPushButton("Добре", dialog))
    layout.addWidget(QLabel("Зона", dialog))
    _show(qtbot, dialog)
    assert clipped_widgets(dialog) == []


def test_english_in_a_bulgarian_window_is_found_but_names_and_codes_are_not(qtbot, dialog):
    from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout

    layout = QVBoxLayout(dialog)
    for text in ("Advanced Digitizing", "EPSG:3046 — ETRS89 / UTM", "plan.gml", "Проверка", "INSPIRE PLU 4.0 GML"):
        layout.addWidget(QLabel(text, dialog))
    _show(qtbot, dialog)
    found = untranslated_texts(dialog)
    assert len(found) == 1 and "Advanced Digitizing" in found[0]


def test_a_long_field_showing_its_end_is_reported(qtbot, dialog):
    from qgis.PyQt.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    layout = QVBoxLayout(dialog)
    layout.addWidget(QPushButton("Добре", dialog))
    edit = QLineEdit(dialog)
    edit.setObjectName("title")
    layout.addWidget(edit)
    _show(qtbot, dialog)
    dialog.findChild(QPushButton).setFocus()
    edit.setText("ПУП – План за регулация и застрояване на местност „Зелена поляна“, район „Витоша“")
    assert any("probe/title" in p for p in clipped_widgets(dialog))
    edit.setCursorPosition(0)
    assert clipped_widgets(dialog) == []


def test_clipping_check_reports_a_cut_label_and_a_squeezed_column(qapp, qtbot):
    from qgis.PyQt.QtWidgets import QLabel, QTableWidget, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    short = QLabel("maxHeight maxDensity maxFloorAreaRatio", root)
    short.setFixedWidth(40)
    fine = QLabel("OK", root)
    table = QTableWidget(1, 2, root)
    table.setHorizontalHeaderLabels(["Maximum building density", "x"])
    table.horizontalHeader().resizeSection(0, 30)
    for widget in (short, fine, table):
        layout.addWidget(widget)
    root.resize(400, 300)
    root.show()
    qtbot.waitExposed(root)
    found = clipped_widgets(root)
    assert any("maxHeight" in line for line in found)
    assert any("Maximum building density" in line for line in found)
    assert not any("'OK'" in line for line in found)


def test_a_cut_table_cell_is_reported_and_a_roomy_one_is_not(qtbot, dialog):
    from qgis.PyQt.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout

    layout = QVBoxLayout(dialog)
    table = QTableWidget(2, 2, dialog)
    table.setObjectName("findings")
    table.setWordWrap(False)
    layout.addWidget(table)
    table.setItem(0, 0, QTableWidgetItem("Зоните Жм-3 и Смф-1 се припокриват с 7 281,9 m²"))
    table.setItem(1, 1, QTableWidgetItem("Жм"))
    table.horizontalHeader().resizeSection(0, 60)
    table.horizontalHeader().resizeSection(1, 60)
    _show(qtbot, dialog)
    found = [p for p in clipped_widgets(dialog) if "probe/findings" in p]
    assert len(found) == 1 and "row 1, column 1" in found[0]
    table.horizontalHeader().resizeSection(0, table.fontMetrics().horizontalAdvance(table.item(0, 0).text()) + 40)
    dialog.resize(table.horizontalHeader().length() + 120, 200)
    qtbot.wait(20)
    assert [p for p in clipped_widgets(dialog) if "probe/findings" in p and "row" in p] == []


def test_a_tree_item_cut_by_a_narrow_panel_is_reported_but_a_closed_branch_is_not(qtbot, dialog):
    from qgis.PyQt.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout

    layout = QVBoxLayout(dialog)
    tree = QTreeWidget(dialog)
    tree.setObjectName("legend")
    tree.setHeaderHidden(True)
    layout.addWidget(tree)
    zones = QTreeWidgetItem(tree, ["Зони"])
    QTreeWidgetItem(zones, ["Смф — Смесена многофункционална зона с много дълго име"])
    tree.expandAll()
    dialog.resize(200, 200)
    dialog.show()
    qtbot.waitExposed(dialog)
    found = [p for p in clipped_widgets(dialog) if "probe/legend" in p]
    assert len(found) == 1 and "Смф" in found[0]
    tree.collapseAll()
    assert [p for p in clipped_widgets(dialog) if "probe/legend" in p] == []


def test_a_wrapped_entry_is_measured_without_its_check_box_and_icon(qtbot, dialog):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor, QIcon, QPixmap
    from qgis.PyQt.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout

    layout = QVBoxLayout(dialog)
    tree = QTreeWidget(dialog)
    tree.setObjectName("legend")
    tree.setHeaderHidden(True)
    tree.setWordWrap(True)
    tree.setRootIsDecorated(False)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    layout.addWidget(tree)
    text = "Жм — Жилищна зона с малка височина"
    item = QTreeWidgetItem(tree, [text])
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor("#F3DE8A"))
    item.setIcon(0, QIcon(pixmap))
    item.setCheckState(0, Qt.CheckState.Checked)
    dialog.show()
    qtbot.waitExposed(dialog)
    # the row is as wide as the text alone: with the check box and symbol beside it, it needs a second line
    frame = 2 * layout.contentsMargins().left() + 2 * tree.frameWidth()
    dialog.resize(tree.fontMetrics().horizontalAdvance(text) + 12 + frame, 200)
    tree.header().resizeSection(0, tree.viewport().width())
    qtbot.wait(20)
    assert tree.visualItemRect(item).height() < 2 * tree.fontMetrics().height()
    assert [p for p in clipped_widgets(dialog) if "probe/legend" in p]
