"""The register published as web services: WMS (QGIS Server), OGC API – Features (pygeoapi), ATOM feeds.

Layers: imports :mod:`plu_model`, :mod:`exporters`, :mod:`validators`, :mod:`register` and
:mod:`participation`; never Qt, QGIS or :mod:`app`.  Every read of the register goes through
:class:`register.provider.RegisterProvider` (docs/services.md).
"""
