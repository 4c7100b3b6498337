"""Writers: INSPIRE PLU GML and every other format, registered in :data:`EXPORTERS`."""

from exporters import builtin as _builtin  # noqa: F401 - registers the built-in formats
from exporters import geojson_ as _geojson  # noqa: F401 - registers GeoJSON
from exporters.registry import EXPORTERS, exporter

__all__ = ["EXPORTERS", "exporter"]
