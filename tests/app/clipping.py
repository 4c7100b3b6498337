"""Find text a person cannot read in full: labels, buttons, drop-downs, tabs and headers too small for it.

``clipped_widgets(dialog)`` walks a shown window and lists every visible widget
whose text, measured with the widget's own font metrics, is wider than the room
the widget gives it, and every widget cut off by the edge of its parent (a
scroll area's content is exempt: it can be scrolled to).  A test asserts the
list is empty, so a dialog that cuts "maxHeight" to "eigh" fails.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QRect
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

__all__ = ["clipped_widgets"]

#: Pixels of slack before a text counts as clipped (rounding of font metrics).
SLACK = 1


def clipped_widgets(root_widget: QWidget) -> list[str]:
    """Every visible widget under ``root_widget`` whose text or body does not fit, as readable lines."""
    out: list[str] = []
    widgets = [root_widget, *root_widget.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        problem = _text_problem(widget) or _edge_problem(widget, root_widget)
        if problem:
            out.append(f"{_describe(widget)}: {problem}")
    return out


def _describe(widget: QWidget) -> str:
    text = ""
    for attr in ("text", "currentText", "title"):
        getter = getattr(widget, attr, None)
        if callable(getter):
            try:
                text = str(getter())
            except TypeError:
                continue
            if text:
                break
    name = widget.objectName() or ""
    return f"{type(widget).__name__}{'#' + name if name else ''} {text[:60]!r}"


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _wider(needed: int, room: int) -> str:
    return f"text needs {needed} px, has {room} px" if needed > room + SLACK else ""


def _text_problem(widget: QWidget) -> str:
    metrics = widget.fontMetrics()
    if isinstance(widget, QLabel):
        return _label_problem(widget)
    if isinstance(widget, (QCheckBox, QRadioButton)):
        style = widget.style()
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, widget)
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, widget)
        return _wider(metrics.horizontalAdvance(_plain(widget.text())), widget.width() - indicator - spacing)
    if isinstance(widget, QToolButton) and _icon_only(widget):
        return ""
    if isinstance(widget, (QPushButton, QToolButton)) and widget.text():
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        return _wider(metrics.horizontalAdvance(_plain(widget.text())) + icon, widget.width() - 6)
    if isinstance(widget, QAbstractButton):
        return ""
    if isinstance(widget, QComboBox):
        return _combo_problem(widget)
    if isinstance(widget, QTabBar):
        return _tabs_problem(widget)
    if isinstance(widget, QHeaderView):
        return _header_problem(widget)
    if isinstance(widget, QGroupBox) and widget.title():
        return _wider(metrics.horizontalAdvance(_plain(widget.title())), widget.width() - 8)
    return ""


def _icon_only(button: QToolButton) -> bool:
    from qgis.PyQt.QtCore import Qt

    shows_text = (Qt.ToolButtonStyle.ToolButtonTextOnly, Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
                  Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    return button.toolButtonStyle() not in shows_text and not button.icon().isNull()


def _label_problem(label: QLabel) -> str:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return ""
    room = label.contentsRect().width() - 2 * label.margin() - 2 * label.indent() * (label.indent() > 0)
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        return f"wrapped text needs {needed} px high, has {label.height()} px" if needed > label.height() + SLACK else ""
    lines = [line for line in _visible_text(label).splitlines() if line.strip()] or [""]
    return _wider(max(label.fontMetrics().horizontalAdvance(line) for line in lines), room)


def _visible_text(label: QLabel) -> str:
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QTextDocument

    text = label.text()
    kind = label.textFormat()
    rich = kind == Qt.TextFormat.RichText or (kind == Qt.TextFormat.AutoText and "<" in text and ">" in text)
    if rich:  # measure what is shown, not the markup
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _combo_problem(combo: QComboBox) -> str:
    text = combo.currentText()
    if not text:
        return ""
    option = QStyleOptionComboBox()  # built by hand: initStyleOption is closed to combos made in C++
    option.initFrom(combo)
    option.editable = combo.isEditable()
    option.frame = combo.hasFrame()
    option.currentText = text
    option.iconSize = combo.iconSize()
    field: QRect = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return _wider(combo.fontMetrics().horizontalAdvance(text), field.width())


def _tabs_problem(tabs: QTabBar) -> str:
    for i in range(tabs.count()):
        if hasattr(tabs, "isTabVisible") and not tabs.isTabVisible(i):
            continue
        needed = tabs.fontMetrics().horizontalAdvance(_plain(tabs.tabText(i)))
        room = tabs.tabRect(i).width() - 8
        if needed > room + SLACK:
            return f"tab {tabs.tabText(i)!r}: text needs {needed} px, has {room} px"
    return ""


def _header_problem(header: QHeaderView) -> str:
    model = header.model()
    if model is None or header.isHidden():
        return ""
    from qgis.PyQt.QtCore import Qt

    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        across = header.orientation() == Qt.Orientation.Horizontal
        needed = header.fontMetrics().horizontalAdvance(text) + (8 if across else 2)  # the style's padding
        room = header.sectionSize(section) if across else header.width()
        if text and needed > room + SLACK:
            return f"column {text!r}: text needs {needed} px, has {room} px"
    return ""


def _edge_problem(widget: QWidget, root: QWidget) -> str:
    """A widget reaching past its parent's edge is cut off, unless the parent scrolls."""
    if widget is root:
        return ""
    parent = widget.parentWidget()
    if parent is None or isinstance(parent.parentWidget(), QAbstractScrollArea) or widget.isWindow():
        return ""
    inside = parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
    if not inside.contains(widget.geometry()):
        g = widget.geometry()
        return f"cut off by its parent ({g.x()},{g.y()} {g.width()}×{g.height()} in {parent.width()}×{parent.height()})"
    return ""
