"""Importers: bring plans held as shapefiles, drawings, databases or foreign PLU GML into a plan file.

* :mod:`~plu_model.importing.mapping` — the mapping file (YAML/JSON) and its schema;
* :mod:`~plu_model.importing.ogr_source` — any OGR source as layers and rows;
* :mod:`~plu_model.importing.geometry_cleanup` — curves, line work, validity, CRS, multiparts;
* :mod:`~plu_model.importing.rules` — source values to PLU values through value maps and code lists;
* :mod:`~plu_model.importing.importer` — the import itself, the preview and the report;
* :mod:`~plu_model.importing.formats` — the import formats in the shared readers registry.

Each public name is imported on first use: :mod:`plu_model.readers` loads
:mod:`~plu_model.importing.formats` to register the import formats, and reading a GML file should
not pay for YAML and the importer.
"""

from __future__ import annotations

from plu_model.lazy import lazy_attributes

#: public name -> module that defines it
_WHERE = {
    "AttributeRule": "plu_model.importing.mapping",
    "ImportMapping": "plu_model.importing.mapping",
    "ImportReport": "plu_model.importing.report",
    "LayerMapping": "plu_model.importing.mapping",
    "LayerReport": "plu_model.importing.report",
    "PreviewRow": "plu_model.importing.importer",
    "import_gml": "plu_model.importing.importer",
    "import_ogr": "plu_model.importing.importer",
    "load_mapping": "plu_model.importing.mapping",
    "open_ogr": "plu_model.importing.importer",
    "preview_layer": "plu_model.importing.importer",
    "run_import": "plu_model.importing.importer",
    "save_mapping": "plu_model.importing.mapping",
}

__all__ = sorted(_WHERE)


__getattr__, __dir__ = lazy_attributes(__name__, _WHERE, globals())
