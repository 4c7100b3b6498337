"""What a person would see cut off or left in English in a window: checks on the live widgets.

``clipped_widgets`` compares each visible text with the room its widget gives it
(text width > widget width); ``untranslated_texts`` finds visible English in a
Bulgarian window.  Both name the widget, so a failing test says where to look.
"""

from __future__ import annotations

import re

__all__ = ["clipped_widgets", "untranslated_texts", "visible_texts"]

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
    """Widgets under ``root`` whose text is wider than the room they give it."""
    from qgis.PyQt.QtWidgets import (
        QAbstractButton,
        QCheckBox,
        QComboBox,
        QDockWidget,
        QLabel,
        QLineEdit,
        QRadioButton,
        QToolButton,
        QWidget,
    )

    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not _shown(w) or QWidget.window(w) is not QWidget.window(root):  # a dock may shadow window()
            continue
        metrics = w.fontMetrics()
        if isinstance(w, QLabel) and w.text() and "<" not in w.text() and w.pixmap() is None:
            room = w.contentsRect().width() - 2 * w.margin() - 2 * w.indent() * (w.indent() > 0)
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 2:
                    out.append(f"{_label(w)}: {w.text()[:60]!r} needs {need} px of height, has {w.height()}")
            elif metrics.horizontalAdvance(w.text()) > room + 1:
                out.append(f"{_label(w)}: {w.text()[:60]!r} is {metrics.horizontalAdvance(w.text())} px wide, "
                           f"has {room}")
        elif isinstance(w, (QCheckBox, QRadioButton)) or (isinstance(w, QAbstractButton)
                                                           and not isinstance(w, QToolButton) and w.text()):
            if w.text() and w.sizeHint().width() > w.width() + 1:
                out.append(f"{_label(w)}: {w.text()[:60]!r} needs {w.sizeHint().width()} px, has {w.width()}")
        elif isinstance(w, QLineEdit) and w.text() and not w.hasFocus() and w.cursorPosition() > 0:
            if metrics.horizontalAdvance(w.text()) > w.width() - 8:
                out.append(f"{_label(w)}: {w.text()[:60]!r} shows its end, not its beginning")
        elif isinstance(w, QDockWidget) and w.windowTitle():
            need = metrics.horizontalAdvance(w.windowTitle()) + 56  # float and close buttons, margins
            if need > w.width() + 1:
                out.append(f"{_label(w)}: title {w.windowTitle()!r} needs {need} px, has {w.width()}")
        elif isinstance(w, QComboBox) and w.currentText():
            need = metrics.horizontalAdvance(w.currentText()) + 28  # frame and drop-down arrow
            if need > w.width() + 1:
                out.append(f"{_label(w)}: {w.currentText()[:60]!r} needs {need} px, has {w.width()}")
    return out


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
