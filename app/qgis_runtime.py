"""One QGIS application per process, started the way Debian's QGIS expects."""

from __future__ import annotations

import os
import sys

from qgis.core import QgsApplication

__all__ = ["qgis_app"]

_app: QgsApplication | None = None


def qgis_app(gui: bool = True) -> QgsApplication:
    """The process's ``QgsApplication``, created and initialised on first use."""
    global _app
    existing = QgsApplication.instance()
    if _app is None and isinstance(existing, QgsApplication):
        _app = existing
    if _app is None:
        QgsApplication.setPrefixPath(os.environ.get("QGIS_PREFIX_PATH", "/usr"), True)
        _app = QgsApplication([a.encode() for a in sys.argv[:1]], gui)
        _app.initQgis()
    return _app
