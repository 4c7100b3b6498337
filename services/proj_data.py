"""Where pyproj finds PROJ's data (``proj.db``) when it has none of its own: where GDAL finds it.

pygeoapi brings in pyproj, which looks for ``proj.db`` in its own wheel, in ``PROJ_DATA``,
under ``sys.prefix`` and beside a ``proj`` program.  Debian's pyproj in a virtual environment
made with ``--system-site-packages`` (scripts/setup.sh) has no wheel data, and ``sys.prefix``
is the environment's folder: pyproj warns at import that it found no data folder, and every
``plu`` command that imports pygeoapi printed that warning.  GDAL and QGIS ask the PROJ library,
which knows the folder it was built for; pyproj is pointed there through ``PROJ_DATA`` before it
is imported (it reads it at import), and only when it would not find a folder itself.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

__all__ = ["proj_data_folder", "use_system_proj_data"]


def _holds_proj_db(folder: str | os.PathLike[str]) -> bool:
    return (Path(folder) / "proj.db").is_file()


def _pyproj_finds_its_own() -> bool:
    """Whether pyproj would find a data folder without help (its wheel's, or under ``sys.prefix``)."""
    spec = importlib.util.find_spec("pyproj")
    if spec is None or spec.origin is None:
        return True  # no pyproj: nothing to point
    own = Path(spec.origin).parent / "proj_dir" / "share" / "proj"
    return any(_holds_proj_db(d) for d in (own, Path(sys.prefix, "share", "proj")))


def _gdal_search_paths() -> list[str]:
    """The folders the PROJ library searches for GDAL (its build's own folder among them)."""
    try:
        from osgeo import osr
    except ImportError:
        return []
    return list(osr.GetPROJSearchPaths() or [])


def proj_data_folder() -> str | None:
    """The system's PROJ data folder: the first of GDAL's PROJ search paths that holds ``proj.db``,
    else the base Python's ``share/proj`` (the system's, under a virtual environment)."""
    for folder in [*_gdal_search_paths(), str(Path(sys.base_prefix, "share", "proj"))]:
        if _holds_proj_db(folder):
            return folder
    return None


def use_system_proj_data() -> None:
    """Set ``PROJ_DATA`` to :func:`proj_data_folder` for a pyproj that would find no data folder itself.

    A ``PROJ_DATA`` or ``PROJ_LIB`` the user set is left as it is, and so is a pyproj already imported.
    """
    if os.environ.get("PROJ_DATA") or os.environ.get("PROJ_LIB") or "pyproj" in sys.modules:
        return
    if _pyproj_finds_its_own():
        return
    folder = proj_data_folder()
    if folder is not None:
        os.environ["PROJ_DATA"] = folder
