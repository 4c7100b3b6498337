"""The layers panel as a legend: wide enough that no class name is cut off.

A zone class reads "Смф — Смесена многофункционална зона"; the panel opens at
the width its longest entry needs, up to 36 % of the window, so the map
keeps most of a 1366×768 screen.
"""

from __future__ import annotations

from typing import Any

from qgis.core import QgsLayerTreeLayer, QgsLayerTreeModel
from qgis.PyQt.QtCore import Qt

__all__ = ["legend_entries", "legend_width", "fit_legend_dock"]

#: Check box, symbol and the gaps between them, in pixels beside each entry's text.
_DECORATION = 62


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
    """Pixels the panel's widest entry needs (text, indentation, check box and symbol)."""
    metrics = view.fontMetrics()
    indent = view.indentation()
    entries = legend_entries(view.layerTreeModel())
    if not entries:
        return 0
    return max(indent * (depth + 1) + _DECORATION + metrics.horizontalAdvance(text) for depth, text in entries)


def fit_legend_dock(window: Any) -> None:
    """Widen the layers panel to its widest entry, at most 36 % of the window."""
    width = min(legend_width(window.tree_view), int(window.width() * 0.36))
    if width > window.layers_dock.width():
        window.resizeDocks([window.layers_dock], [width], Qt.Orientation.Horizontal)
