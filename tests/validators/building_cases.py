"""Hand-made buildings on the broken-plan manifest's base plan, with areas known from rectangle sides.

The base plan (``tests/data/broken/valid_base.gml``, EPSG:3046) has two zones:
ZE.a, a Жм zone 100 × 100 m from (690000, 4727000), and ZE.b, an Оз zone east of it.
"""

from __future__ import annotations

import json
from pathlib import Path

BASE = Path(__file__).resolve().parents[1] / "data" / "broken" / "valid_base.gml"
X0, Y0 = 690000.0, 4727000.0


def rect(x: float, y: float, w: float, h: float) -> list[list[float]]:
    """A closed ring w × h metres, its lower-left corner (x, y) metres from the base plan's origin."""
    a, b = X0 + x, Y0 + y
    return [[a, b], [a + w, b], [a + w, b + h], [a, b + h], [a, b]]


def geojson(path: Path, *rings: list[list[float]], epsg: int | None = 3046) -> Path:
    """A FeatureCollection of polygons, with a legacy ``crs`` member unless ``epsg`` is None."""
    doc: dict = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [ring]}}
        for ring in rings]}
    if epsg is not None:
        doc["crs"] = {"type": "name", "properties": {"name": f"urn:ogc:def:crs:EPSG::{epsg}"}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def run_check_building(capsys, lang: str, *argv: str) -> tuple[int, str, str]:
    """``plu --lang LANG check-building BASE ARGV…`` in this process: exit code, stdout, stderr."""
    from plu_cli.main import main

    code = main(["--lang", lang, "check-building", str(BASE), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def footprint_and_plot(folder: Path) -> dict[str, str]:
    """A 20 × 10 m footprint inside a 40 × 25 m plot, both in ZE.a of :data:`BASE`, as GeoJSON files."""
    return {
        "footprint": str(geojson(folder / "fp.geojson", rect(10, 10, 20, 10))),
        "plot": str(geojson(folder / "plot.geojson", rect(0, 0, 40, 25))),
    }
