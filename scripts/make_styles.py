#!/usr/bin/env python3
"""Write the zoning style files (``resources/styles/*.qml``) from the portrayal tables.

The colours and legend names live in :mod:`plu_model.portrayal`; this script
lets QGIS itself write them as style files, one per scheme (national zone type,
HILUCS) and language, so the desktop map, the print layout and a QGIS Server
project all load the same legend.  Run it after changing the tables:

    python scripts/make_styles.py [--out FOLDER]

``tests/app/test_zone_styles.py`` fails while the shipped files and the tables disagree.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _CATEGORIES(layer_class):  # type: ignore[no-untyped-def]
    """Only what a legend is made of: symbols, labels and drawing order (no fields or forms)."""
    return layer_class.StyleCategory.Symbology | layer_class.StyleCategory.Labeling | layer_class.StyleCategory.Rendering


def write_styles(folder: Path) -> list[Path]:
    """Write every style file into ``folder``; returns the paths written."""
    from qgis.core import QgsMapLayer, QgsVectorLayer

    from app.zone_styles import STYLE_FILES, build_zoning_style

    folder.mkdir(parents=True, exist_ok=True)
    layer = QgsVectorLayer(
        "MultiPolygon?field=specific_land_use:string&field=hilucs_land_use:string", "zoning", "memory"
    )
    written = []
    for scheme, name in STYLE_FILES.items():
        for language in ("bg", "en"):
            build_zoning_style(layer, scheme, language)
            path = folder / f"{name}.{language}.qml"
            _message, ok = layer.saveNamedStyle(str(path), _CATEGORIES(QgsMapLayer))
            if not ok:
                raise SystemExit(f"QGIS could not write {path}")
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "styles")
    args = parser.parse_args(argv)
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    for path in write_styles(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
