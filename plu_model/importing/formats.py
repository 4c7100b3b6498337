"""The import formats, registered in the shared readers registry (:data:`plu_model.readers.READERS`).

The CLI's ``plu import``, the import wizard's source choice and the tests all
list sources from the registry.  Formats read through OGR carry
``kind="ogr"`` with the OGR drivers and default open options; opening one
through :func:`plu_model.readers.open_source` needs a mapping, because a
shapefile or a drawing does not say which PLU class its features are.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from plu_model.errors import PluInputError
from plu_model.i18n import Text
from plu_model.readers import READERS

__all__ = ["IMPORT_FORMATS", "MappedSource", "import_formats"]


class MappedSource:
    """An imported source as a plan source (``crs``, ``features()``…), for the writers and converters."""

    def __init__(self, source: str, mapping: Any, target_epsg: int | None = None, format: str | None = None):
        from plu_model.importing.importer import import_ogr

        data, report = import_ogr(source, mapping, target_epsg=target_epsg, format=format)
        self.data = data
        self.report = report
        self.crs = data.crs
        self.dataset_id = data.dataset_id
        self.metadata = data.metadata
        self.findings = report.findings

    def features(self):  # type: ignore[no-untyped-def]
        return self.data.features()

    def counts(self) -> dict[str, int]:
        return self.data.counts()


def _opener(format_name: str):  # type: ignore[no-untyped-def]
    def open_mapped(path: Path, target_epsg: int | None = None, mapping: Any = None) -> MappedSource:
        if mapping is None:
            fmt = READERS.get(format_name)
            raise PluInputError(
                Text("plu_model.importing.formats", "{path} ({fmt}) needs a mapping file that says which layer "
                                                    "becomes which PLU class (plu import {path} --mapping MAP.yaml "
                                                    "--out PLAN.gpkg); see docs/importing.md", path=path, fmt=fmt),
            )
        return MappedSource(str(path), mapping, target_epsg, format_name)

    return open_mapped


#: name -> (extensions, English label, Bulgarian label, OGR drivers, default open options, priority)
IMPORT_FORMATS: dict[str, tuple[list[str], Text | str, list[str], dict[str, str], int]] = {
    "shapefile": ([".shp", ".dbf"], Text("plu_model.importing.formats", "ESRI Shapefile"), ["ESRI Shapefile"], {}, 0),
    "geopackage": ([".gpkg"], Text("plu_model.importing.formats", "GeoPackage (other than a plan file)"),
                   ["GPKG"], {}, -10),
    "geojson": ([".geojson", ".json"], "GeoJSON", ["GeoJSON"], {}, 0),
    "dxf": ([".dxf"], Text("plu_model.importing.formats", "AutoCAD DXF drawing"), ["DXF"], {}, 0),
    "dwg": ([".dwg"], Text("plu_model.importing.formats", "AutoCAD DWG drawing (R2000, through GDAL's CAD driver)"), ["CAD"], {}, 0),
    "csv-wkt": ([".csv"], Text("plu_model.importing.formats", "CSV with WKT geometry"), ["CSV"],
                {"GEOM_POSSIBLE_NAMES": "WKT,wkt,geometry,geom,the_geom,WKT_GEOM", "KEEP_GEOM_COLUMNS": "NO",
                 "X_POSSIBLE_NAMES": "X,x,lon,easting", "Y_POSSIBLE_NAMES": "Y,y,lat,northing"}, 0),
    "postgis": ([], Text("plu_model.importing.formats", "PostGIS table (connection string PG:… or postgresql://…)"), ["PostgreSQL"], {}, 0),
    "ogr": ([".tab", ".mif", ".kml", ".fgb", ".gdb", ".sqlite"], Text("plu_model.importing.formats", "Other OGR vector source"), [], {}, -20),
}


def import_formats() -> list[Any]:
    """The registered formats that are read through a mapping, in registry order."""
    return [f for f in READERS if f.options.get("kind") == "ogr"]


for _name, (_ext, _label, _drivers, _options, _priority) in IMPORT_FORMATS.items():
    READERS.register(
        _name,
        extensions=_ext,
        label=_label,
        priority=_priority,
        kind="ogr",
        drivers=_drivers or None,
        open_options=_options,
        needs_mapping=True,
    )(_opener(_name))
