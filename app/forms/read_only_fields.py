"""Form fields shown read-only: the values of a plan one may view but not change.

Used by the feature form and the plan properties when the open plan is read-only
(:mod:`app.read_only_plan`); whether it is, is not decided here.
"""

from __future__ import annotations

from typing import Any

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

__all__ = ["show_read_only"]


def show_read_only(fields: dict[str, Any]) -> None:
    """Fields one reads but cannot change (a plan open read-only): every value shown, none editable.

    Texts stay selectable and lists and tables stay scrollable (and a code list's filter usable), so a
    long value can still be read; what would change a value (checks, cells, choices, buttons) is off.
    """
    for field in fields.values():
        for child in field.findChildren(QWidget):
            if isinstance(child, QAbstractItemView):
                _view_only(child)
            elif isinstance(child, (QLineEdit, QPlainTextEdit, QTextEdit)):
                child.setReadOnly(child.objectName() != "code_filter")
            elif isinstance(child, (QAbstractButton, QComboBox, QAbstractSpinBox, QDateTimeEdit)):
                child.setEnabled(False)


def _view_only(view: QAbstractItemView) -> None:
    """A list, table or tree shown as it is: no cell to edit, no check to toggle, no other row to select; a tree
    opened at its checked values."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)  # a single-choice list's value is its selection
    fixed = ~(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
    view.blockSignals(True)  # a flag change is no edit: the editors' change handlers must not see it
    try:
        if isinstance(view, QTreeWidget):
            found = QTreeWidgetItemIterator(view)
            while found.value() is not None:
                item = found.value()
                item.setFlags(item.flags() & fixed)
                if item.checkState(0) != Qt.CheckState.Unchecked:
                    parent = item.parent()
                    while parent is not None:
                        parent.setExpanded(True)
                        parent = parent.parent()
                found += 1
        elif isinstance(view, QTableWidget):
            for r in range(view.rowCount()):
                for c in range(view.columnCount()):
                    if view.item(r, c) is not None:
                        view.item(r, c).setFlags(view.item(r, c).flags() & fixed)
        elif isinstance(view, QListWidget):
            for r in range(view.count()):
                view.item(r).setFlags(view.item(r).flags() & fixed)
    finally:
        view.blockSignals(False)
