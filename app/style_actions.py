"""View ▸ Map style folder…: a municipality's own legend instead of the shipped one.

Import this module at start-up to add its entries to the main window.  The
chosen folder holds style files named like the shipped ones
(``zoning_zone_type.bg.qml``…, see :mod:`app.zone_styles`); the open plan is
restyled at once and every plan opened later uses them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.PyQt.QtWidgets import QFileDialog

from app.i18n import translate
from app.legend import fit_legend_dock
from app.menu_registry import register_action
from app.zone_styles import set_style_folder, style_folder
from plu_model.i18n import Text

__all__ = ["choose_style_folder", "use_builtin_styles"]


def _restyle(window: Any) -> None:
    doc = getattr(window, "document", None)
    if doc is not None and doc.layers is not None and doc.layers.zoning_style is not None:
        doc.layers.zoning_style.set_language(window.language)  # reloads the style file
        fit_legend_dock(window)


def choose_style_folder(window: Any) -> None:
    """Ask for the folder of the municipality's style files and use it from now on."""
    current = style_folder()
    folder = QFileDialog.getExistingDirectory(
        window, translate("StyleActions", "Folder with the municipality's map styles (.qml)"),
        str(current) if current else "",
    )
    if folder:
        set_style_folder(Path(folder))
        _restyle(window)


def use_builtin_styles(window: Any) -> None:
    """Forget the chosen folder: back to PLU Studio's own legend."""
    set_style_folder(None)
    _restyle(window)


register_action("view", "view.style_folder", Text("app.style_actions", "Map style folder…"),
                choose_style_folder, order=60, needs_plan=False)
register_action("view", "view.builtin_styles", Text("app.style_actions", "Built-in map style"),
                use_builtin_styles, order=61, needs_plan=False)
