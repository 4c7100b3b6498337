"""One QGIS application per process, started the way Debian's QGIS expects, in PLU Studio's own folders.

Qt and QGIS name their files after the application: without a name they write
``~/.config/Unknown Organization/main.py.conf``, ``~/.local/share/main.py/`` and
``~/.cache/main.py/``.  PLU Studio names itself and keeps QGIS's profile, settings
and network cache under its own folders (the XDG ones, so tests can move them).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QSettings

__all__ = ["APP_NAME", "private_temp", "qgis_app", "user_cache_dir", "user_config_dir", "user_data_dir"]

#: The application's and the organisation's name, as Qt and QGIS store them.
APP_NAME = "PLU Studio"

_app: QgsApplication | None = None


def _xdg(variable: str, fallback: str) -> Path:
    return Path(os.environ.get(variable) or str(Path.home() / fallback)) / "plu-studio"


def user_data_dir() -> Path:
    """``$XDG_DATA_HOME/plu-studio``: working copies and QGIS's profile."""
    return _xdg("XDG_DATA_HOME", ".local/share")


def user_config_dir() -> Path:
    """``$XDG_CONFIG_HOME/plu-studio``: the settings of PLU Studio and of the Qt parts it uses."""
    return _xdg("XDG_CONFIG_HOME", ".config")


def user_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/plu-studio``: what can be thrown away (QGIS's network cache)."""
    return _xdg("XDG_CACHE_HOME", ".cache")


def _name_the_application() -> None:
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(user_config_dir()))


def qgis_app(gui: bool = True) -> QgsApplication:
    """The process's ``QgsApplication``, created and initialised on first use."""
    global _app
    existing = QgsApplication.instance()
    if _app is None and isinstance(existing, QgsApplication):
        _app = existing
    if _app is None:
        _name_the_application()
        QgsApplication.setPrefixPath(os.environ.get("QGIS_PREFIX_PATH", "/usr"), True)
        profile = user_data_dir() / "qgis-profile"
        profile.mkdir(parents=True, exist_ok=True)
        _app = QgsApplication([a.encode() for a in sys.argv[:1]], gui, str(profile))
        QgsSettings().setValue("cache/directory", str(user_cache_dir() / "qgis-network"))
        _app.initQgis()
    return _app


@contextmanager
def private_temp() -> Iterator[Path]:
    """A temporary folder of this process for whatever Qt, QGIS and GDAL put in the temporary folder.

    They leave empty ``PLU Studio-XXXXXX`` files and folders behind; inside one folder of
    our own they all go away with it when the process ends normally.  Call it before the
    application exists (Qt reads ``TMPDIR`` once).
    """
    folder = Path(tempfile.mkdtemp(prefix="plu-studio-"))
    before = os.environ.get("TMPDIR"), tempfile.tempdir
    os.environ["TMPDIR"] = str(folder)
    tempfile.tempdir = str(folder)
    try:
        yield folder
    finally:
        if before[0] is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = before[0]
        tempfile.tempdir = before[1]
        shutil.rmtree(folder, ignore_errors=True)
