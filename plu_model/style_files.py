"""Reading the zoning style files (QGIS ``.qml``) without QGIS, for renderers that are not QGIS.

The desktop map and the print layout load the style files with QGIS; the web
viewer of a consultation package is built without it.  So that a municipality's
own legend (a folder of style files, ``PLU_STYLE_DIR``) reaches the viewer too,
this module reads the colours and names of the categories from the files' XML.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from lxml import etree

from plu_model import xml_parsing
from plu_model.errors import PluError

__all__ = ["STYLE_DIR_ENV", "STYLE_FILES", "official_classes", "read_qml_classes", "style_path"]

log = logging.getLogger(__name__)

#: The environment variable naming a municipality's style folder (the desktop app sets it from its setting).
STYLE_DIR_ENV = "PLU_STYLE_DIR"
#: Base name of the style file of each scheme (``<name>.<language>.qml``, or ``<name>.qml`` for every language).
STYLE_FILES = {"zone_type": "zoning_zone_type", "hilucs": "zoning_hilucs"}
#: Largest style file read (a legend is a few hundred kilobytes).
_MAX_BYTES = 20_000_000


def style_path(folder: Path, scheme: str, language: str) -> Path | None:
    """The folder's style file for a scheme and language, if it has one."""
    name = STYLE_FILES[scheme]
    for candidate in (folder / f"{name}.{language}.qml", folder / f"{name}.qml"):
        if candidate.is_file():
            return candidate
    return None


def _colour(symbol: etree._Element) -> str | None:
    layer = symbol.find("layer")
    if layer is None:
        return None
    for prop in layer.iter("prop", "Option"):
        key = prop.get("k") or prop.get("name")  # QGIS 3.22 writes <prop k v>, later versions <Option name value>
        if key == "color":
            parts = (prop.get("v") or prop.get("value") or "").split(",")
            try:
                rgb = [int(p) for p in parts[:3]]
            except ValueError:
                return None
            if len(rgb) == 3 and all(0 <= c <= 255 for c in rgb):
                return "#" + "".join(f"{c:02X}" for c in rgb)
    return None


def read_qml_classes(path: Path) -> dict[str, tuple[str, str]]:
    """Category value → (fill colour ``#RRGGBB``, legend label) of a categorized style file.

    A file that is not a readable categorized style gives ``{}`` (and a log line):
    the built-in legend is used instead, never a broken one.
    """
    try:
        if path.stat().st_size > _MAX_BYTES:
            raise ValueError("too large")
        root = xml_parsing.parse(path).getroot()
    except (OSError, etree.XMLSyntaxError, PluError, ValueError) as exc:
        log.warning("%s: not a readable style file (%s); using the built-in legend", path, exc)
        return {}
    renderer = root.find("renderer-v2")
    if renderer is None or renderer.get("type") != "categorizedSymbol":
        return {}
    symbols = {s.get("name"): s for s in renderer.findall("symbols/symbol")}
    out: dict[str, tuple[str, str]] = {}
    for category in renderer.findall("categories/category"):
        symbol = symbols.get(category.get("symbol"))
        colour = _colour(symbol) if symbol is not None else None
        if colour:
            out[category.get("value") or ""] = (colour, category.get("label") or "")
    return out


def official_classes(scheme: str, language: str, folder: Path | None = None) -> dict[str, tuple[str, str]]:
    """The municipality's legend for a scheme (folder, else ``PLU_STYLE_DIR``); ``{}`` when there is none."""
    if folder is None:
        value = os.environ.get(STYLE_DIR_ENV, "")
        folder = Path(value) if value else None
    if folder is None:
        return {}
    path = style_path(folder, scheme, language)
    return read_qml_classes(path) if path is not None else {}
