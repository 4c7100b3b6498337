"""The layers panel: entries wrap to the panel's width and give their whole name on hover.

Zone names of Наредба № 7 are long ("Жилищна зона с преобладаващо застрояване с
малка височина", longer still in a municipality's own style file).  QGIS's layer
tree cuts such a name at the panel's edge or behind a horizontal scroll bar, so
two classes that differ only at the end look the same.  Here an entry wraps onto
as many lines as it needs, and hovering it shows its whole name with the name the
code list gives the class, as the legends of QGIS planning plugins do.
"""

from __future__ import annotations

from math import ceil
from typing import Any

from qgis.core import QgsCategorizedSymbolRenderer, QgsLayerTreeModelLegendNode
from qgis.gui import QgsLayerTreeView
from qgis.PyQt.QtCore import QEvent, QModelIndex, QRect, QSize, Qt
from qgis.PyQt.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from qgis.PyQt.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

from app.i18n import current_language
from app.legend import WRAP_SLACK, category_key
from plu_model.portrayal import full_name

__all__ = ["LegendView", "legend_tooltip"]


def _depth(index: QModelIndex) -> int:
    depth, parent = 0, index.parent()
    while parent.isValid():
        depth, parent = depth + 1, parent.parent()
    return depth


def _class_key(view: QgsLayerTreeView, index: QModelIndex) -> str | None:
    """The value of the category a legend entry stands for (``Zhm``), ``None`` for anything else."""
    node = view.index2legendNode(index)
    if node is None or node.layerNode() is None:
        return None
    layer = node.layerNode().layer()
    renderer = layer.renderer() if layer is not None and hasattr(layer, "renderer") else None
    if not isinstance(renderer, QgsCategorizedSymbolRenderer):
        return None
    rule = node.data(QgsLayerTreeModelLegendNode.LegendNodeRoles.RuleKeyRole)
    categories = renderer.categories()
    if categories and hasattr(categories[0], "uuid"):  # QGIS 3.26 on: the key is the category's own
        category = next((c for c in categories if c.uuid() == rule), None)
    else:  # before: its place in the list
        category = categories[int(rule)] if str(rule).isdigit() and int(rule) < len(categories) else None
    return category_key(category) if category is not None else None


def legend_tooltip(view: QgsLayerTreeView, index: QModelIndex, language: str | None = None) -> str:
    """What hovering an entry shows: its own tooltip, else its whole text and its class's code-list name."""
    own = index.data(Qt.ItemDataRole.ToolTipRole)
    if own:
        return str(own)
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    key = _class_key(view, index)
    name = full_name(key, language or current_language()) if key else ""
    return "\n".join(t for t in dict.fromkeys((text, name)) if t)


def _wrapped_height(text: str, font: QFont, width: int) -> int:
    """Pixels ``text`` takes wrapped at ``width``, laid out line by line as Qt's item views draw it."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    height = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        height += line.height()
    layout.endLayout()
    return ceil(height)


class _WrappingDelegate(QStyledItemDelegate):
    """Draws an entry's text wrapped to the room left of the panel's edge and sizes its row to fit."""

    def __init__(self, view: LegendView):
        super().__init__(view)
        self.view = view

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone

    def room(self, index: QModelIndex) -> int:
        """Pixels from the entry's left edge (after its indentation) to the panel's right edge.

        The room for a vertical scroll bar is always kept: wrapping that depended on
        whether the bar shows could make it show and hide in turn.
        """
        levels = _depth(index) + (1 if self.view.rootIsDecorated() else 0)
        return max(48, self.view.text_width() - self.view.indentation() * levels)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        """One line's hint, as tall as the text's lines at the width :meth:`paint` wraps it to."""
        line = super().sizeHint(option, index)  # not wrapped: the option has no width to wrap to
        shaped = QStyleOptionViewItem(option)
        self.initStyleOption(shaped, index)
        shaped.rect = QRect(0, 0, self.room(index), line.height())
        padding = line.height() - QFontMetrics(shaped.font).height()
        lines = _wrapped_height(shaped.text, shaped.font, self.text_room(shaped) - WRAP_SLACK)
        return QSize(min(line.width(), shaped.rect.width()), max(line.height(), lines + padding + 1))

    def text_room(self, shaped: QStyleOptionViewItem) -> int:
        """The width the style wraps an entry's text to (what is left of check box, symbol and margins)."""
        style = self.view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, shaped, self.view) + 1
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, shaped, self.view)
        return max(1, text.width() - 2 * margin)

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        drawn = QStyleOptionViewItem(option)  # wrapped where sizeHint wrapped it, so its lines fill the row
        drawn.rect.setWidth(min(drawn.rect.width(), self.room(index)))
        super().paint(painter, drawn, index)

    def helpEvent(  # noqa: N802
        self, event: QEvent, view: Any, option: QStyleOptionViewItem, index: QModelIndex
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            tip = legend_tooltip(self.view, index)
            if tip:
                QToolTip.showText(event.globalPos(), tip, view)
                return True
        return super().helpEvent(event, view, option, index)


class LegendView(QgsLayerTreeView):
    """QGIS's layer tree, its entries wrapped instead of cut and re-laid out when the panel's width changes."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_WrappingDelegate(self))
        self._laid_out_for = -1

    def text_width(self) -> int:
        """The width entries wrap to: the panel's, less its frame and a vertical scroll bar."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return self.width() - 2 * self.frameWidth() - bar

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.width() != self._laid_out_for:  # rows re-measured: a narrower panel wraps more
            self._laid_out_for = self.width()
            self.doItemsLayout()
