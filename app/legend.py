"""The layers panel as a legend: wide enough that no class name is cut off.

A zone class reads "Смф — Смесена многофункционална зона"; the panel opens at
the width its longest entry needs, up to 38 % of the window, so the map
keeps most of a 1366×768 screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsLayerTreeLayer,
    QgsLayerTreeModel,
    QgsRendererCategory,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt

__all__ = [
    "WRAP_SLACK", "InUseLegend", "category_key", "fit_legend_dock", "legend_entries", "legend_width", "only_in_use",
    "show_in_use",
]

#: Check box, symbol and the gaps between them, in pixels beside each entry's text.
_DECORATION = 62
#: Pixels narrower than the drawn text that a row is measured at (``app.legend_view``): the view's and the
#: entry's own symbol sizes differ by a pixel or two, and a text that fits only just must not be drawn cut.
WRAP_SLACK = 6


def legend_entries(model: QgsLayerTreeModel) -> list[tuple[int, str]]:
    """``(depth, text)`` of each layer and each of its legend classes, as the panel lists them."""
    out: list[tuple[int, str]] = []
    for node in model.rootGroup().findLayers():
        out.append((0, node.name()))
        if isinstance(node, QgsLayerTreeLayer) and node.isExpanded():
            for legend_node in model.layerLegendNodes(node):
                out.append((1, str(legend_node.data(Qt.ItemDataRole.DisplayRole) or "")))
    return out


def legend_width(view: Any) -> int:
    """Pixels the panel needs for its widest entry on one line (indentation, check box, symbol, text),
    with its frame and the room it keeps for a vertical scroll bar (``app.legend_view``)."""
    from qgis.PyQt.QtWidgets import QStyle

    metrics = view.fontMetrics()
    indent = view.indentation()
    entries = legend_entries(view.layerTreeModel())
    if not entries:
        return 0
    kept = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view) + 2 * view.frameWidth()
    return kept + max(indent * (depth + 1) + _DECORATION + WRAP_SLACK + metrics.horizontalAdvance(text)
                      for depth, text in entries)


def fit_legend_dock(window: Any) -> None:
    """Widen the layers panel to its widest entry, at most 38 % of the window (longer entries wrap)."""
    width = min(legend_width(window.tree_view), int(window.width() * 0.38))
    if width > window.layers_dock.width():
        window.resizeDocks([window.layers_dock], [width], Qt.Orientation.Horizontal)


def category_key(category: QgsRendererCategory) -> str:
    """A category's value as text; ``""`` for QGIS's "all other values" category."""
    value = category.value()
    return "" if value is None or str(value) in ("", "NULL") else str(value)


def only_in_use(full: QgsCategorizedSymbolRenderer, keys: set[str]) -> tuple[QgsCategorizedSymbolRenderer, tuple[str, ...]]:
    """A copy of ``full`` with only the categories some feature falls in, and their keys.

    The catch-all stays while a feature has a value no category names, so such a
    feature is still drawn.
    """
    values = [category_key(c) for c in full.categories()]
    shown = tuple(v for v in values if v in keys or (v == "" and keys - set(values)))
    renderer = full.clone()
    for index in reversed(range(len(renderer.categories()))):
        if category_key(renderer.categories()[index]) not in shown:
            renderer.deleteCategory(index)
    return renderer, shown


def show_in_use(layer: QgsVectorLayer, full: QgsCategorizedSymbolRenderer, keys: set[str],
                shown_before: tuple[str, ...] | None, repaint: bool = True) -> tuple[str, ...]:
    """Give ``layer`` the categories of ``full`` that ``keys`` use, unless those are shown already.

    Returns the keys now shown; the map and the legend panel are told only when they changed
    (the map not when ``repaint`` is False: cutting every class down to those in use draws the same).
    """
    renderer, shown = only_in_use(full, keys)
    if shown != shown_before:
        layer.setRenderer(renderer)
        if repaint:
            layer.triggerRepaint()
        layer.legendChanged.emit()
    return shown


class InUseLegend:
    """Keeps a categorized layer's legend to the classes its features use, while they are edited.

    ``keys_of(layer)`` gives the category keys of the layer's features (edit buffer included);
    only a change of ``column`` (the one the categories depend on) re-reads them.
    """

    def __init__(self, layer: QgsVectorLayer, keys_of: Callable[[QgsVectorLayer], set[str]], column: str):
        self.layer = layer
        self.keys_of = keys_of
        self.column = column
        self.full: QgsCategorizedSymbolRenderer | None = None
        self.shown: tuple[str, ...] | None = None
        for signal in (layer.featureAdded, layer.featuresDeleted, layer.afterRollBack, layer.afterCommitChanges):
            signal.connect(self.refresh)
        layer.attributeValueChanged.connect(self._changed)

    def _changed(self, _fid: int, index: int, _value: object) -> None:
        fields = self.layer.fields()
        if 0 <= index < fields.count() and fields.at(index).name() == self.column:
            self.refresh()

    def set_renderer(self, full: QgsCategorizedSymbolRenderer) -> None:
        """A new full legend (language or style changed); shown cut down at once."""
        self.full = full.clone()
        self.shown = None
        self.refresh()

    def refresh(self, *_args: object) -> None:
        if self.full is None:
            return
        self.shown = show_in_use(self.layer, self.full, self.keys_of(self.layer), self.shown)
