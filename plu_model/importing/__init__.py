"""Importers: bring plans held as shapefiles, drawings, databases or foreign PLU GML into a plan file.

* :mod:`~plu_model.importing.mapping` — the mapping file (YAML/JSON) and its schema;
* :mod:`~plu_model.importing.ogr_source` — any OGR source as layers and rows;
* :mod:`~plu_model.importing.geometry_cleanup` — curves, line work, validity, CRS, multiparts;
* :mod:`~plu_model.importing.rules` — source values to PLU values through value maps and code lists;
* :mod:`~plu_model.importing.importer` — the import itself, the preview and the report;
* :mod:`~plu_model.importing.formats` — the import formats in the shared readers registry.
"""

from plu_model.importing.importer import PreviewRow, import_gml, import_ogr, open_ogr, preview_layer, run_import
from plu_model.importing.mapping import AttributeRule, ImportMapping, LayerMapping, load_mapping, save_mapping
from plu_model.importing.report import ImportReport, LayerReport

__all__ = [
    "AttributeRule",
    "ImportMapping",
    "ImportReport",
    "LayerMapping",
    "LayerReport",
    "PreviewRow",
    "import_gml",
    "import_ogr",
    "load_mapping",
    "open_ogr",
    "preview_layer",
    "run_import",
    "save_mapping",
]
