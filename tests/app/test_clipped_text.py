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
