"""Writers: INSPIRE PLU GML and every other format, registered in :data:`EXPORTERS`.

The registry is filled on first use (``from exporters import EXPORTERS``), not when any
``exporters.*`` module is imported: importing the GML writer costs GDAL and numpy, and a
``plu`` command that writes nothing should not pay for it (pygeoapi loads a plugin only when
a request needs it).
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["EXPORTERS", "exporter"]

#: modules whose import registers formats; loaded, in this order, the first time the registry is asked for
_FORMAT_MODULES = ("exporters.builtin", "exporters.geojson_")


def __getattr__(name: str) -> Any:
    """``EXPORTERS`` and ``exporter``, with the built-in formats registered first."""
    if name not in __all__:
        raise AttributeError(f"module 'exporters' has no attribute {name!r}")
    for module in _FORMAT_MODULES:
        importlib.import_module(module)
    from exporters import registry

    value = getattr(registry, name)
    globals()[name] = value  # later look-ups skip this function
    return value
