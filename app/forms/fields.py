"""Editors for PLU attribute values, and the voidable wrapper every form uses.

Each :class:`Editor` edits one plain value (text, date, code URI, list of
URIs, dimensioning indications…) in the form the plan file stores it (see
``docs/plan-file.md``).  :class:`Field` adds what the schema says about the
attribute: a voidable attribute gets a choice between a value and a nil reason
("not known", "withheld", …) instead of a blank, an optional one may also be
left out.  A form is a list of fields; it reads a row and writes the changed
columns back.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.forms.labels import NIL_CHOICES, attribute_label, nil_reason_label
from app.i18n import date_format, translate, ui_locale
from plu_model.codelists import CodeList, CodeValue, codelist, codelists_extending
from plu_model.schema import Attribute
from plu_model.temporal import format_datetime, parse_datetime

__all__ = [
    "BackgroundMapEditor",
    "BoolEditor",
    "CodeChoiceEditor",
    "CodeComboEditor",
    "CodeTreeEditor",
    "DateEditor",
    "DateTimeEditor",
    "DimensioningEditor",
    "Editor",
    "Field",
    "LineEditor",
    "OrdinanceEditor",
    "PresenceEditor",
    "RefListEditor",
    "TextListEditor",
    "code_lists_for",
    "code_value_label",
    "dimensioning_type_label",
    "indication_label",
]

#: Names of dimensioning indications PLU Studio knows, with their usual unit.
KNOWN_INDICATIONS: dict[str, str | None] = {
    "maxHeight": "m",
    "maxDensity": "%",
    "maxFloorAreaRatio": None,
    "minGreenShare": "%",
    "maxNumberOfFloors": None,
}
DIMENSIONING_TYPES: tuple[str, ...] = ("measure", "real", "integer", "character", "base")


def indication_label(name: str) -> str:
    """A dimensioning indication as a planner calls it (the schema name stays in the file and the tooltip)."""
    labels = {
        "maxHeight": translate("Fields", "Maximum height (m)"),
        "maxDensity": translate("Fields", "Maximum building density (%)"),
        "maxFloorAreaRatio": translate("Fields", "Maximum floor-area ratio"),
        "minGreenShare": translate("Fields", "Minimum green share (%)"),
        "maxNumberOfFloors": translate("Fields", "Maximum number of floors"),
    }
    return labels.get(name, name)


def dimensioning_type_label(kind: str) -> str:
    labels = {
        "measure": translate("Fields", "measure"),
        "real": translate("Fields", "number"),
        "integer": translate("Fields", "whole number"),
        "character": translate("Fields", "text"),
        "base": translate("Fields", "no value"),
    }
    return labels.get(kind, kind)


def code_lists_for(name: str) -> list[CodeList]:
    """The lists whose values an attribute may take: the INSPIRE list and national extensions."""
    out = []
    try:
        base = codelist(name)
        if len(base):
            out.append(base)
    except KeyError:
        pass
    out.extend(codelists_extending(name))
    return out


def code_value_label(value: CodeValue, language: str) -> str:
    label = value.label(language)
    if value.notation and not value.notation[0].isdigit():
        return f"{value.notation} — {label}"
    if value.notation:
        return f"{value.notation.replace('_', '.')} {label}"
    return label


class Editor(QWidget):
    """Edits one value; ``get()`` is ``None`` while nothing is entered."""

    changed = pyqtSignal()

    def get(self) -> Any:
        raise NotImplementedError

    def set(self, value: Any) -> None:
        raise NotImplementedError


def _row_layout(widget: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


class LineEditor(Editor):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        _row_layout(self).addWidget(self.edit)
        self.edit.textChanged.connect(lambda _t: self.changed.emit())

    def get(self) -> str | None:
        return self.edit.text().strip() or None

    def set(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))
        self.edit.setCursorPosition(0)  # a long title shows its beginning, not its last words
        self.edit.setToolTip(self.edit.text() if self.edit.fontMetrics().horizontalAdvance(self.edit.text()) > 300
                             else "")


class TextListEditor(Editor):
    """Several texts, one per line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setMaximumHeight(70)
        self.edit.setPlaceholderText(translate("Fields", "one per line"))
        _row_layout(self).addWidget(self.edit)
        self.edit.textChanged.connect(self.changed.emit)

    def get(self) -> list[str] | None:
        lines = [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]
        return lines or None

    def set(self, value: Any) -> None:
        self.edit.setPlainText("\n".join(value or []))


class LongTextEditor(Editor):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QPlainTextEdit(self)
        _row_layout(self).addWidget(self.edit)
        self.edit.textChanged.connect(self.changed.emit)

    def get(self) -> str | None:
        return self.edit.toPlainText().strip() or None

    def set(self, value: Any) -> None:
        self.edit.setPlainText(value or "")


def _blank(edit: QDateEdit | QDateTimeEdit, blank: bool) -> None:
    """Show "—" instead of a date while the attribute has no value (never today's date as if stated)."""
    edit.blockSignals(True)
    edit.setSpecialValueText("—")
    if blank:
        edit.setDate(edit.minimumDate())
    elif edit.date() == edit.minimumDate():
        edit.setDate(QDate.currentDate())
    edit.blockSignals(False)


class DateEditor(Editor):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setLocale(ui_locale())
        self.edit.setDisplayFormat(date_format())
        self.edit.setDate(QDate.currentDate())
        _row_layout(self).addWidget(self.edit)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())

    def set_blank(self, blank: bool) -> None:
        _blank(self.edit, blank)

    def get(self) -> date | None:
        d = self.edit.date()
        if d == self.edit.minimumDate():
            return None
        return date(d.year(), d.month(), d.day())

    def set(self, value: Any) -> None:
        if isinstance(value, str):
            value = date.fromisoformat(value[:10])
        if isinstance(value, date):
            self.edit.setDate(QDate(value.year, value.month, value.day))


def _to_qdatetime(value: datetime) -> QDateTime:
    utc = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    return QDateTime(QDate(utc.year, utc.month, utc.day), QTime(utc.hour, utc.minute, utc.second), Qt.TimeSpec.UTC)


class DateTimeEditor(Editor):
    """A moment, kept as ISO 8601 text in UTC (``2025-09-15T10:00:00Z``)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QDateTimeEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setTimeSpec(Qt.TimeSpec.UTC)
        self.edit.setLocale(ui_locale())
        self.edit.setDisplayFormat(date_format() + " HH:mm 'UTC'")
        self.edit.setDateTime(QDateTime.currentDateTimeUtc())
        self._original: str | None = None
        _row_layout(self).addWidget(self.edit)
        self.edit.dateTimeChanged.connect(lambda _d: self._edited())

    def _edited(self) -> None:
        self._original = None
        self.changed.emit()

    def set_blank(self, blank: bool) -> None:
        _blank(self.edit, blank)

    def get(self) -> str | None:
        if self._original is not None:
            return self._original  # unchanged: keep the text exactly as written
        if self.edit.date() == self.edit.minimumDate():
            return None
        dt = self.edit.dateTime().toUTC()
        d, t = dt.date(), dt.time()
        value = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), tzinfo=UTC)
        return format_datetime(value)

    def set(self, value: Any) -> None:
        if isinstance(value, str):
            try:
                parsed = parse_datetime(value)
            except ValueError:
                return
            self.edit.blockSignals(True)
            self.edit.setDateTime(_to_qdatetime(parsed))
            self.edit.blockSignals(False)
            self._original = value
        elif isinstance(value, datetime):
            self.edit.setDateTime(_to_qdatetime(value))


class BoolEditor(Editor):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = QCheckBox(translate("Fields", "yes"), self)
        _row_layout(self).addWidget(self.box)
        self.box.toggled.connect(lambda _b: self.changed.emit())

    def get(self) -> bool:
        return self.box.isChecked()

    def set(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class CodeComboEditor(Editor):
    """One value of a code list (and its national extensions), labelled in the UI language."""

    def __init__(self, lists: list[CodeList], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("code_combo")
        for cl in lists:
            for value in cl:
                self.combo.addItem(code_value_label(value, language), value.uri)
                self.combo.setItemData(self.combo.count() - 1, value.uri, Qt.ItemDataRole.ToolTipRole)
        _row_layout(self).addWidget(self.combo)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def get(self) -> str | None:
        return self.combo.currentData() if self.combo.currentIndex() >= 0 else None

    def set(self, value: Any) -> None:
        if not value:
            return
        index = self.combo.findData(value)
        if index < 0:
            self.combo.addItem(str(value), value)  # keep a value from elsewhere rather than lose it
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)


class CodeTreeEditor(Editor):
    """Several values of a hierarchical code list, checked in a tree with a filter box.

    ``toggled(uri, checked)`` tells the form which value the user picked, so it
    can pre-fill what follows from it.
    """

    toggled = pyqtSignal(str, bool)

    def __init__(self, lists: list[CodeList], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("code_filter")  # finding a value, not entering one: usable in a read-only form
        self.filter.setPlaceholderText(translate("Fields", "Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumHeight(150)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self.items: dict[str, QTreeWidgetItem] = {}
        self._order: list[str] = []
        for cl in lists:
            by_code: dict[str, QTreeWidgetItem] = {}
            for value in cl:
                parent_item = by_code.get(value.parent) if value.parent else None
                item = QTreeWidgetItem(parent_item) if parent_item else QTreeWidgetItem(self.tree)
                item.setText(0, code_value_label(value, language))
                item.setToolTip(0, value.uri)
                item.setData(0, Qt.ItemDataRole.UserRole, value.uri)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                by_code[value.code] = item
                self.items[value.uri] = item
                self._order.append(value.uri)
        self.tree.itemChanged.connect(self._item_changed)
        self.filter.textChanged.connect(self._apply_filter)

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        uri = item.data(0, Qt.ItemDataRole.UserRole)
        self.toggled.emit(uri, item.checkState(0) == Qt.CheckState.Checked)
        self.changed.emit()

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for item in self.items.values():
            match = not needle or needle in item.text(0).lower() or needle in item.toolTip(0).lower()
            item.setHidden(not match and not self._has_visible_child(item, needle))
            if needle and match:
                parent = item.parent()
                while parent is not None:
                    parent.setHidden(False)
                    parent.setExpanded(True)
                    parent = parent.parent()

    def _has_visible_child(self, item: QTreeWidgetItem, needle: str) -> bool:
        for i in range(item.childCount()):
            child = item.child(i)
            if needle in child.text(0).lower() or self._has_visible_child(child, needle):
                return True
        return False

    def get(self) -> list[str] | None:
        chosen = [uri for uri in self._order if self.items[uri].checkState(0) == Qt.CheckState.Checked]
        chosen += [uri for uri in getattr(self, "_foreign", [])]
        return chosen or None

    def set(self, value: Any) -> None:
        values = list(value or [])
        self.tree.blockSignals(True)
        for uri, item in self.items.items():
            item.setCheckState(0, Qt.CheckState.Checked if uri in values else Qt.CheckState.Unchecked)
            if uri in values:
                parent = item.parent()
                while parent is not None:
                    parent.setExpanded(True)
                    parent = parent.parent()
        self.tree.blockSignals(False)
        self._foreign = [v for v in values if v not in self.items]  # values of lists we do not carry
        self.changed.emit()

    def check(self, uri: str, checked: bool = True) -> None:
        item = self.items.get(uri)
        if item is not None:
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class CodeChoiceEditor(CodeTreeEditor):
    """One value of a code list, picked by selecting it in a list with a filter box.

    For a multi-valued attribute that a form offers as a single choice (a zone
    has one national zone type): selecting a value replaces the previous one,
    which check boxes would not make plain.  ``get()`` is still a list.
    """

    def __init__(self, lists: list[CodeList], language: str, parent: QWidget | None = None):
        super().__init__(lists, language, parent)
        self.tree.itemChanged.disconnect(self._item_changed)
        self.tree.blockSignals(True)
        for item in self.items.values():
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(0, Qt.ItemDataRole.CheckStateRole, None)  # no check box
        self.tree.blockSignals(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemSelectionChanged.connect(self._selected)
        self._foreign: list[str] = []

    def _selected(self) -> None:
        chosen = self.tree.selectedItems()
        if chosen:
            self._foreign = []
            self.toggled.emit(chosen[0].data(0, Qt.ItemDataRole.UserRole), True)
        self.changed.emit()

    def get(self) -> list[str] | None:
        chosen = [item.data(0, Qt.ItemDataRole.UserRole) for item in self.tree.selectedItems()]
        return (chosen or self._foreign[:1]) or None

    def set(self, value: Any) -> None:
        values = list(value or [])
        known = next((uri for uri in values if uri in self.items), None)
        self.tree.blockSignals(True)
        self.tree.clearSelection()
        if known is not None:
            item = self.items[known]
            item.setSelected(True)
            self.tree.scrollToItem(item)
        self.tree.blockSignals(False)
        self._foreign = [] if known is not None else values[:1]  # a value of a list we do not carry
        self.changed.emit()

    def check(self, uri: str, checked: bool = True) -> None:
        """Choose ``uri`` as a user would (the form pre-fills what follows from it)."""
        item = self.items.get(uri)
        if item is not None and checked:
            self.tree.setCurrentItem(item)
        elif item is not None:
            item.setSelected(False)


class RefListEditor(Editor):
    """References to other features of the plan (its documents), as a check list."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(110)
        _row_layout(self).addWidget(self.list)
        self.set_choices(choices)
        self.list.itemChanged.connect(lambda _i: self.changed.emit())

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        current = self.get() or []
        self.list.blockSignals(True)
        self.list.clear()
        for href, label in choices:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, href)
            item.setToolTip(href)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if href in current else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def get(self) -> list[str] | None:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out or None

    def set(self, value: Any) -> None:
        values = list(value or [])
        known = {self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())}
        for href in values:
            if href not in known:
                item = QListWidgetItem(href, self.list)
                item.setData(Qt.ItemDataRole.UserRole, href)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        for i in range(self.list.count()):
            item = self.list.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in values
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class _TableEditor(Editor):
    """A table of rows with add/remove buttons."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(self.header_texts()), self)
        self.table.setHorizontalHeaderLabels(self.header_texts())
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(120)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("Fields", "Add row"), self)
        self.remove_button = QPushButton(translate("Fields", "Remove row"), self)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row({}))
        self.table.model().rowsInserted.connect(lambda *_a: self._fit_rows())
        self.table.model().rowsRemoved.connect(lambda *_a: self._fit_rows())
        self.remove_button.clicked.connect(self._remove_selected)
        self.table.itemChanged.connect(lambda _i: self.changed.emit())

    def header_texts(self) -> list[str]:
        raise NotImplementedError

    def add_row(self, data: dict[str, Any]) -> int:
        raise NotImplementedError

    def row_data(self, row: int) -> dict[str, Any] | None:
        raise NotImplementedError

    def _fit_rows(self) -> None:
        """Tall enough for every row and one more (up to eight), so no row hides behind a scroll bar."""
        rows = self.table.rowCount()
        shown = min(rows, 8)
        height = sum(self.table.rowHeight(r) for r in range(shown))
        height += (1 + max(0, 2 - shown)) * self.table.verticalHeader().defaultSectionSize()
        height += self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        self.table.setMinimumHeight(max(120, height))

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True) or [self.table.rowCount() - 1]
        for row in rows:
            if row >= 0:
                self.table.removeRow(row)
        self.changed.emit()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def _set_text(self, row: int, column: int, text: Any) -> None:
        self.table.setItem(row, column, QTableWidgetItem("" if text is None else str(text)))

    def get(self) -> list[dict[str, Any]] | None:
        rows = [self.row_data(r) for r in range(self.table.rowCount())]
        rows = [r for r in rows if r]
        return rows or None

    def set(self, value: Any) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for item in value or []:
            self.add_row(item)
        self.table.blockSignals(False)
        self.changed.emit()


def _number(text: str) -> float | int | None:
    text = text.replace(",", ".").strip()
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        return None
    return number


def _reference(combo: QComboBox) -> str:
    """The schema name in a name cell: the chosen known indication's, else what was typed."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    return str(combo.itemData(index)) if index >= 0 and combo.itemData(index) else text


class DimensioningEditor(_TableEditor):
    """Dimensioning indications: name, kind, value and unit per row."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(indication_label(n)) for n in KNOWN_INDICATIONS)
        kinds = max(metrics.horizontalAdvance(dimensioning_type_label(k)) for k in DIMENSIONING_TYPES)
        # room for the longest name and kind with their drop-down arrows, and the value and unit columns
        self.table.setMinimumWidth(widest + kinds + 2 * 48 + 2 * metrics.horizontalAdvance("00000000"))

    def header_texts(self) -> list[str]:
        return [translate("Fields", "Name"), translate("Fields", "Kind"), translate("Fields", "Value"),
                translate("Fields", "Unit")]

    def add_row(self, data: dict[str, Any]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QComboBox(self.table)
        name.setEditable(True)  # other indications are typed in under their schema name
        for known in KNOWN_INDICATIONS:
            name.addItem(indication_label(known), known)
            name.setItemData(name.count() - 1, known, Qt.ItemDataRole.ToolTipRole)
        reference = str(data.get("indication_reference", ""))
        index = name.findData(reference)
        if index >= 0:
            name.setCurrentIndex(index)
        else:
            name.setCurrentText(reference)
        kind = QComboBox(self.table)
        for known in DIMENSIONING_TYPES:
            kind.addItem(dimensioning_type_label(known), known)
        kind.setCurrentIndex(max(0, kind.findData(str(data.get("type", "measure")))))
        self.table.setCellWidget(row, 0, name)
        self.table.setCellWidget(row, 1, kind)
        value = data.get("value")
        self._set_text(row, 2, "" if value is None else (f"{value:g}" if isinstance(value, float) else value))
        self._set_text(row, 3, data.get("uom", ""))
        name.currentTextChanged.connect(lambda _t, r=name: self._name_changed(r, _reference(r)))
        kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return row

    def _name_changed(self, combo: QComboBox, text: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, 0) is combo and not self._text(row, 3) and KNOWN_INDICATIONS.get(text):
                self._set_text(row, 3, KNOWN_INDICATIONS[text])
        self.changed.emit()

    def row_data(self, row: int) -> dict[str, Any] | None:
        name = _reference(self.table.cellWidget(row, 0))
        kind = self.table.cellWidget(row, 1).currentData() or "measure"
        if not name:
            return None
        out: dict[str, Any] = {"type": kind, "indication_reference": name}
        text = self._text(row, 2)
        if kind in ("measure", "real"):
            out["value"] = _number(text)
        elif kind == "integer":
            number = _number(text)
            out["value"] = None if number is None else int(number)
        elif kind == "character":
            out["value"] = text
        if kind == "measure":
            out["uom"] = self._text(row, 3) or "m"
        return out

    def problems(self) -> list[str]:
        out = []
        for row in range(self.table.rowCount()):
            data = self.row_data(row)
            if data and data["type"] != "base" and data.get("value") in (None, ""):
                out.append(translate("Fields", "Dimensioning indication “{indication}” has no valid value",
                                     indication=indication_label(data["indication_reference"])))
        return out

    def merge(self, indications: list[dict[str, Any]]) -> None:
        """Put the given indications in, replacing rows of the same name."""
        names = {i["indication_reference"] for i in indications}
        keep = [r for r in (self.get() or []) if r["indication_reference"] not in names]
        self.set(keep + list(indications))


class OrdinanceEditor(_TableEditor):
    """Ordinances of the planning process: date and reference."""

    def header_texts(self) -> list[str]:
        return [translate("Fields", "Date"), translate("Fields", "Reference")]

    def add_row(self, data: dict[str, Any]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        when = DateTimeEditor(self.table)
        if data.get("date"):
            when.set(data["date"])
        self.table.setCellWidget(row, 0, when)
        self._set_text(row, 1, data.get("reference", ""))
        when.changed.connect(self.changed.emit)
        return row

    def row_data(self, row: int) -> dict[str, Any] | None:
        reference = self._text(row, 1)
        if not reference:
            return None
        return {"date": self.table.cellWidget(row, 0).get(), "reference": reference}


class PresenceEditor(_TableEditor):
    """Presence of land uses: values in order, optionally with percentages."""

    def __init__(self, lists: list[CodeList], language: str, parent: QWidget | None = None):
        self.lists = lists
        self.language = language
        super().__init__(parent)
        self._widen_values()

    def header_texts(self) -> list[str]:
        return [translate("Fields", "Value"), translate("Fields", "Percentage")]

    def _widen_values(self) -> None:
        """The value column takes the room: code list labels are long, a percentage is short."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def add_row(self, data: dict[str, Any]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = CodeComboEditor(self.lists, self.language, self.table)
        combo.set(data.get("value"))
        self.table.setCellWidget(row, 0, combo)
        pct = data.get("percentage")
        self._set_text(row, 1, "" if pct is None else pct)
        combo.changed.connect(self.changed.emit)
        return row

    def row_data(self, row: int) -> dict[str, Any] | None:
        value = self.table.cellWidget(row, 0).get()
        pct = _number(self._text(row, 1))
        return {"value": value, "percentage": None if pct is None else int(pct)} if value else None

    def get(self) -> dict[str, Any] | None:  # type: ignore[override]
        rows = super().get()
        if not rows:
            return None
        if all(r["percentage"] is not None for r in rows):
            return {"percentage_list": [[r["value"], r["percentage"]] for r in rows]}
        return {"ordered_list": [r["value"] for r in rows]}

    def set(self, value: Any) -> None:
        value = value or {}
        if "percentage_list" in value:
            rows = [{"value": v, "percentage": p} for v, p in value["percentage_list"]]
        else:
            rows = [{"value": v} for v in value.get("ordered_list", [])]
        super().set(rows)

    def problems(self) -> list[str]:
        rows = super().get() or []
        given = [r["percentage"] is not None for r in rows]
        if any(given) and not all(given):
            return [translate("Fields", "Give a percentage for every value of a presence, or for none")]
        return []


class BackgroundMapEditor(Editor):
    """The map the plan was drawn on: its date, a reference and an optional link."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.when = DateTimeEditor(self)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(translate("Fields", "e.g. cadastral map of the district, 2024"))
        self.uri = QLineEdit(self)
        self.uri.setPlaceholderText(translate("Fields", "link to the map (optional)"))
        for label, widget in ((translate("Fields", "Date"), self.when),
                              (translate("Fields", "Reference"), self.reference),
                              (translate("Fields", "Link"), self.uri)):
            row = QHBoxLayout()
            row.addWidget(QLabel(label, self))
            row.addWidget(widget, 1)
            layout.addLayout(row)
        self.when.changed.connect(self.changed.emit)
        self.reference.textChanged.connect(lambda _t: self.changed.emit())
        self.uri.textChanged.connect(lambda _t: self.changed.emit())

    def get(self) -> dict[str, Any] | None:
        reference = self.reference.text().strip()
        if not reference:
            return None
        uri = self.uri.text().strip()
        return {"date": self.when.get(), "reference": reference, "uri": uri or {"nil": "unknown"}}

    def set(self, value: Any) -> None:
        value = value or {}
        if value.get("date"):
            self.when.set(value["date"])
        self.reference.setText(value.get("reference", ""))
        uri = value.get("uri")
        self.uri.setText(uri if isinstance(uri, str) else "")
        for edit in (self.reference, self.uri):  # a long name shows its beginning, not its last words
            edit.setCursorPosition(0)
            edit.setToolTip(edit.text())


class Field(QWidget):
    """One attribute in a form: its editor, plus the nil choice when it is voidable.

    ``load(row)`` reads the attribute's columns (``name`` and ``name_nil``);
    ``dump()`` gives them back.
    """

    changed = pyqtSignal()
    GIVEN = "__given__"
    ABSENT = "__absent__"

    def __init__(self, attr: Attribute, editor: Editor, parent: QWidget | None = None):
        super().__init__(parent)
        self.attr = attr
        self.editor = editor
        self.setObjectName(f"field_{attr.name}")
        # a list or table gets the whole width: its value-or-nil choice sits above it, not beside it
        tall = isinstance(editor, (CodeTreeEditor, _TableEditor, LongTextEditor, TextListEditor))
        layout: QHBoxLayout | QVBoxLayout = QVBoxLayout(self) if tall else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.state: QComboBox | None = None
        if attr.voidable or attr.optional:
            self.state = QComboBox(self)
            self.state.setObjectName("state")
            self.state.addItem(translate("Nil", "given:"), self.GIVEN)
            if attr.voidable:
                for reason in NIL_CHOICES:
                    self.state.addItem(nil_reason_label(reason), reason)
            if attr.optional:
                self.state.addItem(translate("Nil", "not stated"), self.ABSENT)
            self.state.setToolTip(translate("Nil", "A value, or why there is none"))
            align = Qt.AlignmentFlag.AlignLeft if tall else Qt.AlignmentFlag.AlignTop
            layout.addWidget(self.state, 0, align)
            self.state.currentIndexChanged.connect(self._state_changed)
        layout.addWidget(editor, 1)
        self._loading = False
        editor.changed.connect(self._editor_changed)

    def _editor_changed(self) -> None:
        # entering a value is choosing to give one: no need to switch the nil choice first
        if not self._loading and self.state is not None and self.current_state() != self.GIVEN:
            if self.editor.get() is not None:
                self.set_state(self.GIVEN)
        self.changed.emit()

    @property
    def label(self) -> str:
        return attribute_label(self.attr.name)

    def _state_changed(self, _index: int) -> None:
        self._show_blank()
        self.changed.emit()

    def _show_blank(self) -> None:
        blank = getattr(self.editor, "set_blank", None)
        if blank is not None:
            blank(self.current_state() != self.GIVEN)

    def current_state(self) -> str:
        return self.state.currentData() if self.state is not None else self.GIVEN

    def set_state(self, state: str) -> None:
        if self.state is None:
            return
        index = self.state.findData(state)
        if index < 0:  # a nil reason we do not offer (other:…, a URI): keep it
            self.state.addItem(nil_reason_label(state), state)
            index = self.state.count() - 1
        self.state.setCurrentIndex(index)

    def load(self, row: dict[str, Any]) -> None:
        self._loading = True
        try:
            self._load(row)
        finally:
            self._loading = False

    def _load(self, row: dict[str, Any]) -> None:
        nil = row.get(f"{self.attr.name}_nil") if self.attr.voidable else None
        value = row.get(self.attr.name)
        if nil:
            self.set_state(nil)
        elif value is None or value == []:
            if self.attr.optional:
                self.set_state(self.ABSENT)
            elif self.attr.voidable:
                self.set_state("unknown")
        else:
            self.set_state(self.GIVEN)
        if value is not None:
            self.editor.set(value)
        self._show_blank()

    def set_value(self, value: Any) -> None:
        """Give the attribute a value (as a user picking it would)."""
        self.set_state(self.GIVEN)
        self.editor.set(value)

    def dump(self) -> dict[str, Any]:
        state = self.current_state()
        out: dict[str, Any] = {}
        if state == self.GIVEN:
            value = self.editor.get()
            if value is None and not self.attr.optional and self.attr.voidable:
                out[self.attr.name], out[f"{self.attr.name}_nil"] = None, "unknown"
                return out
            if value is not None and self.attr.many and not isinstance(value, list):
                value = [value]
            out[self.attr.name] = value
            if self.attr.voidable:
                out[f"{self.attr.name}_nil"] = None
        elif state == self.ABSENT:
            out[self.attr.name] = None
            if self.attr.voidable:
                out[f"{self.attr.name}_nil"] = None
        else:
            out[self.attr.name] = None
            out[f"{self.attr.name}_nil"] = state
        return out

    def problems(self) -> list[str]:
        out: list[str] = []
        if self.current_state() == self.GIVEN:
            value = self.editor.get()
            if value is None and self.attr.required and not self.attr.voidable:
                out.append(translate("Fields", "“{field}” needs a value", field=self.label))
            check = getattr(self.editor, "problems", None)
            if check:
                out.extend(check())
        return out
