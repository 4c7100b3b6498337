"""The user's settings (window layout, recent files, language), in an INI file under XDG_CONFIG_HOME.

The path is computed on every use rather than once, so tests that point
``XDG_CONFIG_HOME`` at a private folder never see the real user's settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from qgis.PyQt.QtCore import QSettings

__all__ = ["RECENT_LIMIT", "add_recent", "recent_files", "settings", "settings_path", "user_documents"]

RECENT_LIMIT = 10


def settings_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "plu-studio" / "plu-studio.ini"


def user_documents() -> Path:
    """The user's own folder for what PLU Studio writes by default (``~/Documents/PLU Studio``).

    ``XDG_DOCUMENTS_DIR`` is honoured, so tests and unusual desktops point it elsewhere.
    """
    base = os.environ.get("XDG_DOCUMENTS_DIR") or str(Path.home() / "Documents")
    return Path(base) / "PLU Studio"


def settings() -> QSettings:
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def recent_files() -> list[str]:
    value = settings().value("files/recent", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or [])]


def add_recent(path: str | os.PathLike[str]) -> list[str]:
    """Put ``path`` first in the recent-files list (kept at :data:`RECENT_LIMIT`)."""
    text = str(Path(path).resolve())
    files = [text] + [f for f in recent_files() if f != text]
    files = files[:RECENT_LIMIT]
    s = settings()
    s.setValue("files/recent", files)
    s.sync()
    return files


def forget_recent(path: str) -> list[str]:
    files = [f for f in recent_files() if f != path]
    s = settings()
    s.setValue("files/recent", files)
    s.sync()
    return files
