"""The register published as web services: WMS (QGIS Server), OGC API – Features (pygeoapi), ATOM feeds.

Layers: imports :mod:`plu_model`, :mod:`exporters`, :mod:`validators`, :mod:`register` and
:mod:`participation`; never Qt, QGIS or :mod:`app`.  Every read of the register goes through
:class:`register.provider.RegisterProvider` (docs/services.md).
"""

from services.proj_data import use_system_proj_data

use_system_proj_data()  # before anything here imports pygeoapi, and pygeoapi pyproj
