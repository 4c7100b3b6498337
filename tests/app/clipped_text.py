"""What a person would see cut off or left in English in a window: checks on the live widgets.

``clipped_widgets`` compares each visible text with the room its widget gives it
(text width > widget width), measured with the widget's own font metrics and
style: labels, buttons, check boxes, drop-downs, tabs, group titles, dock
titles, column headers, line edits scrolled to their end, the cells of tables
and the items of trees (the legend in the layers dock, the findings table), and
widgets cut off by their parent's edge (a scroll area's content is exempt: it
can be scrolled to).  ``untranslated_texts`` finds visible English in a
Bulgarian window.  Both name the widget, so a failing test says where to look.
This is the one clipping check of the test suite.
"""

from __future__ import annotations

import re

__all__ = ["clipped_widgets", "untranslated_texts", "visible_texts"]

#: Pixels of slack before a text counts as clipped (rounding of font metrics).
SLACK = 1
#: Items of one view looked at, at most: a check, not a walk through a huge model.
MAX_ITEMS = 3000

#: words that stay as they are in Bulgarian: names, codes, units and standards
KEEP = re.compile(
    r"PLU Studio|INSPIRE|HILUCS|EPSG:?\d*|ETRS89|LAEA|UTM|WGS\s?84|GML|GeoPackage|XSD|PDF|ZIP|WMS|XYZ|URI|"
    r"https?://\S+|[\w.-]+\.(?:gml|gpkg|json|geojson|zip|png|pdf|odt|html|csv)\b|UTC|OpenDocument|HTML|CSV|"
    r"Ctrl|Shift|Alt|Del|Esc|Enter|Return|Space|Backspace|Tab|F\d+|PgUp|PgDown|Home|End|"
    r"English|base:SpatialDataSet|nilReason|xsi:nil|CCS2005|BGS2005|Europe/Sofia|[A-Z]{2,}[\w.-]*|ZE\.[\w.-]+|\bm²|\bmm\b|\bkm\b",
)


def _label(widget) -> str:
    name = widget.objectName() or type(widget).__name__
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    return f"{parent.objectName()}/{name}" if parent is not None else name


def _shown(widget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _texts(widget) -> list[str]:
    from qgis.PyQt.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QTabWidget,
        QTextEdit,
    )

    if isinstance(widget, QLabel) and widget.textFormat() != 1:
        text = widget.text()
        return [re.sub("<[^>]+>", " ", text)] if "<" in text else [text]
    if isinstance(widget, QAbstractButton):
        return [widget.text().replace("&", "")]
    if isinstance(widget, QComboBox):
        return [widget.currentText()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabWidget):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()] if not widget.text() else []
    if isinstance(widget, QTextEdit):
        return [line for line in widget.toPlainText().splitlines() if line.strip()]
    if isinstance(widget, QHeaderView) and widget.model() is not None:
        return [str(widget.model().headerData(i, widget.orientation()) or "") for i in range(widget.count())
                if not widget.isSectionHidden(i)]
    return []


def visible_texts(root) -> list[tuple[str, str]]:
    """``(widget, text)`` of every visible label, button, combo box, group and tab under ``root``."""
    from qgis.PyQt.QtWidgets import QWidget

    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if _shown(widget):
            out.extend((_label(widget), t) for t in _texts(widget) if t and t.strip())
    if hasattr(root, "windowTitle") and root.windowTitle():
        out.append((_label(root), root.windowTitle()))
    return out


def clipped_widgets(root) -> list[str]:
    """Widgets under ``root`` whose text (or a cell's, or an item's) is wider than the room they give it."""
    from qgis.PyQt.QtWidgets import QWidget

    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget) or QWidget.window(widget) is not QWidget.window(root):  # a dock may shadow window()
            continue
        problems = _text_problems(widget)
        edge = _edge_problem(widget, root)
        out.extend(f"{_label(widget)}: {p}" for p in [*problems, edge] if p)
    return out


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _wider(text: str, needed: int, room: int) -> str:
    return f"{text[:60]!r} needs {needed} px, has {room}" if needed > room + SLACK else ""


def _text_problems(widget) -> list[str]:
    from qgis.PyQt.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QCheckBox,
        QComboBox,
        QDockWidget,
        QGroupBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QPushButton,
        QRadioButton,
        QTabBar,
        QToolButton,
    )

    checks = (
        (QLabel, _label_problem), (QCheckBox, _check_problem), (QRadioButton, _check_problem),
        (QToolButton, _button_problem), (QPushButton, _button_problem), (QAbstractButton, lambda w: ""),
        (QComboBox, _combo_problem), (QTabBar, _tabs_problem), (QHeaderView, _header_problem),
        (QGroupBox, _group_problem), (QDockWidget, _dock_problem), (QLineEdit, _line_edit_problem),
    )
    for kind, check in checks:
        if isinstance(widget, kind):
            return [check(widget)]
    if isinstance(widget, QAbstractItemView):
        return _item_problems(widget)
    return []


def _check_problem(box) -> str:
    from qgis.PyQt.QtWidgets import QStyle

    style = box.style()
    indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box)
    spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, box)
    text = _plain(box.text())
    return _wider(text, box.fontMetrics().horizontalAdvance(text), box.width() - indicator - spacing) if text else ""


def _button_problem(button) -> str:
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QToolButton

    if not button.text():
        return ""
    if isinstance(button, QToolButton):
        shows_text = (Qt.ToolButtonStyle.ToolButtonTextOnly, Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
                      Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        if button.toolButtonStyle() not in shows_text and not button.icon().isNull():
            return ""  # an icon-only tool button: its text is a tooltip
    text = _plain(button.text())
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    return _wider(text, button.fontMetrics().horizontalAdvance(text) + icon, button.width() - 6)


def _label_problem(label) -> str:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return ""
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK + 1:
            return f"{text[:60]!r} needs {needed} px of height, has {label.height()}"
        return ""
    room = label.contentsRect().width() - 2 * label.margin() - 2 * label.indent() * (label.indent() > 0)
    lines = [line for line in _visible_text(label).splitlines() if line.strip()] or [""]
    widest = max(lines, key=label.fontMetrics().horizontalAdvance)
    return _wider(widest, label.fontMetrics().horizontalAdvance(widest), room)


def _visible_text(label) -> str:
    """What a label shows: rich text measured without its markup."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QTextDocument

    text = label.text()
    kind = label.textFormat()
    rich = kind == Qt.TextFormat.RichText or (kind == Qt.TextFormat.AutoText and "<" in text and ">" in text)
    if rich:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _combo_problem(combo) -> str:
    from qgis.PyQt.QtWidgets import QStyle, QStyleOptionComboBox

    text = combo.currentText()
    if not text:
        return ""
    option = QStyleOptionComboBox()  # built by hand: initStyleOption is closed to combos made in C++
    option.initFrom(combo)
    option.editable = combo.isEditable()
    option.frame = combo.hasFrame()
    option.currentText = text
    option.iconSize = combo.iconSize()
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    return _wider(text, combo.fontMetrics().horizontalAdvance(text) + icon, field.width())


def _tabs_problem(tabs) -> str:
    for i in range(tabs.count()):
        if hasattr(tabs, "isTabVisible") and not tabs.isTabVisible(i):
            continue
        text = _plain(tabs.tabText(i))
        problem = _wider(f"tab {text}", tabs.fontMetrics().horizontalAdvance(text), tabs.tabRect(i).width() - 8)
        if problem:
            return problem
    return ""


def _header_problem(header) -> str:
    from qgis.PyQt.QtCore import Qt

    model = header.model()
    if model is None or header.isHidden():
        return ""
    across = header.orientation() == Qt.Orientation.Horizontal
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        needed = header.fontMetrics().horizontalAdvance(text) + (8 if across else 2)  # the style's padding
        room = header.sectionSize(section) if across else header.width()
        problem = _wider(f"column {text}", needed, room) if text else ""
        if problem:
            return problem
    return ""


def _group_problem(group) -> str:
    title = _plain(group.title())
    return _wider(title, group.fontMetrics().horizontalAdvance(title), group.width() - 8) if title else ""


def _dock_problem(dock) -> str:
    title = dock.windowTitle()
    need = dock.fontMetrics().horizontalAdvance(title) + 56  # float and close buttons, margins
    return _wider(f"title {title}", need, dock.width()) if title else ""


def _line_edit_problem(edit) -> str:
    text = edit.text()
    if text and not edit.hasFocus() and edit.cursorPosition() > 0:
        if edit.fontMetrics().horizontalAdvance(text) > edit.width() - 8:
            return f"{text[:60]!r} shows its end, not its beginning"
    return ""


def _item_problems(view) -> list[str]:
    """Cells and tree items whose text the view cuts (an elided "Жилищна зо…" in a legend or a table)."""
    from qgis.PyQt.QtWidgets import QComboBox

    if isinstance(view.parentWidget(), QComboBox) or view.model() is None:
        return []  # a drop-down's list: shown only while open, as wide as it needs
    out = []
    scrolls_across = view.horizontalScrollBar().maximum() > 0
    for index in _shown_indexes(view):
        problem = _item_problem(view, index, scrolls_across)
        if problem:
            out.append(problem)
    return out


def _shown_indexes(view):
    """Every index in the open branches of ``view`` (those off screen are passed over by the caller)."""
    from qgis.PyQt.QtCore import QModelIndex
    from qgis.PyQt.QtWidgets import QTreeView

    model = view.model()
    tree = isinstance(view, QTreeView)
    pending = [QModelIndex()]
    seen = 0
    while pending and seen < MAX_ITEMS:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            for column in range(_columns(model, parent)):
                if _column_hidden(view, column) or _row_hidden(view, row, parent):
                    continue
                index = model.index(row, column, parent)
                seen += 1
                yield index
            first = model.index(row, 0, parent)
            if tree and model.hasChildren(first) and view.isExpanded(first):
                pending.append(first)


def _columns(model, parent) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model: one column, its count closed to Python
        return 1


def _column_hidden(view, column: int) -> bool:
    return bool(getattr(view, "isColumnHidden", lambda c: False)(column))


def _row_hidden(view, row: int, parent) -> bool:
    from qgis.PyQt.QtWidgets import QTreeView

    if isinstance(view, QTreeView):
        return view.isRowHidden(row, parent)
    return bool(getattr(view, "isRowHidden", lambda r: False)(row))


def _beside_text(view, index) -> int:
    """Pixels a cell's check box and icon take from its text's width (a legend entry has both)."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QStyle

    style = view.style()
    beside = 0
    if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
        beside += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view) + 4
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        size = view.iconSize() if view.iconSize().isValid() else None
        beside += (size.width() if size is not None else style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)) + 4
    return beside


def _item_problem(view, index, scrolls_across: bool) -> str:
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QFont, QFontMetrics
    from qgis.PyQt.QtWidgets import QStyle
    from qgis.PyQt.QtWidgets import QStyleOptionViewItem

    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    rect = view.visualRect(index)
    if not text.strip() or not rect.isValid() or view.indexWidget(index) is not None:
        return ""  # a cell widget (a drop-down in a table) is checked as a widget
    if not rect.intersects(view.viewport().rect()):
        return ""  # scrolled out of sight: checked when it is on screen (a view may size rows as they show)
    room = rect.width() if scrolls_across else min(rect.right() + 1, view.viewport().width()) - rect.x()
    option = QStyleOptionViewItem()
    option.font = view.font()
    option.fontMetrics = view.fontMetrics()
    option.decorationSize = view.iconSize() if view.iconSize().isValid() else option.decorationSize
    option.rect = rect
    if view.wordWrap():
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    hint = view.itemDelegate(index).sizeHint(option, index)
    where = f"row {index.row() + 1}, column {index.column() + 1}"
    if view.wordWrap() and "\n" not in text:
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else view.fontMetrics()
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1  # Qt's own
        inner = room - 2 * margin - _beside_text(view, index)
        lines = metrics.boundingRect(0, 0, max(1, inner), 10**6, int(Qt.TextFlag.TextWordWrap), text).height()
        return (f"{where} {text[:60]!r} needs {lines} px of height, has {rect.height()}"
                if lines > rect.height() + SLACK else "")
    problem = _wider(text, hint.width(), room)
    return f"{where} {problem}" if problem else ""


def _edge_problem(widget, root) -> str:
    """A widget reaching past its parent's edge is cut off, unless the parent scrolls."""
    from qgis.PyQt.QtWidgets import QAbstractScrollArea, QWidget

    if widget is root:
        return ""
    parent = widget.parentWidget()
    if parent is None or isinstance(parent.parentWidget(), QAbstractScrollArea) or widget.isWindow():
        return ""
    inside = QWidget.rect(parent).adjusted(-SLACK, -SLACK, SLACK, SLACK)
    g = QWidget.geometry(widget)  # a widget may hold a field named `geometry` (a drawn shape's)
    if not inside.contains(g):
        return f"cut off by its parent ({g.x()},{g.y()} {g.width()}×{g.height()} in {parent.width()}×{parent.height()})"
    return ""


def untranslated_texts(root) -> list[str]:
    """Visible texts of a Bulgarian window that are English words, not names or codes."""
    out = []
    for where, text in visible_texts(root):
        rest = KEEP.sub(" ", text)
        if re.search("[А-Яа-я]", text):
            continue
        if re.search(r"[A-Za-z]{4,}", rest):
            out.append(f"{where}: {text[:80]!r}")
    return out
