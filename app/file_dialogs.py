"""File choosers, in one place (tests replace these functions instead of driving native dialogs)."""

from __future__ import annotations

import re

from qgis.PyQt.QtWidgets import QFileDialog, QWidget

__all__ = ["file_name_for", "open_file", "save_file"]

_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_PHRASE_END = re.compile(r",\s+|;\s+|\s+\(")


def file_name_for(title: str, limit: int = 80) -> str:
    """A file name from a plan title: whole phrases up to ``limit`` characters, never cut mid-phrase.

    "ПУП – План за регулация … „Зелена поляна“, район „Витоша“, …" keeps as many of
    its comma-separated phrases as fit; a first phrase longer than the limit is cut
    at a word.  Characters no file system accepts are dropped.
    """
    text = " ".join(_NOT_IN_NAMES.sub(" ", title).split())
    text = re.sub(r"\s*\([^)]*\)\s*", " ", text).strip()  # an aside in brackets is not part of the name
    phrases = [p.strip() for p in _PHRASE_END.split(text) if p.strip()]
    name = ""
    for phrase in phrases:
        longer = f"{name}, {phrase}" if name else phrase
        if len(longer) > limit:
            break
        name = longer
    if not name and phrases:
        words, name = phrases[0].split(), ""
        for word in words:
            if len(f"{name} {word}".strip()) > limit:
                break
            name = f"{name} {word}".strip()
        name = name or phrases[0][:limit]
    return name.rstrip(" .–-") or "plan"


def open_file(parent: QWidget | None, title: str, filters: str, folder: str = "") -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path


def save_file(parent: QWidget | None, title: str, filters: str, folder: str = "") -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, folder, filters)
    return path
