"""File choosers, in one place (tests replace these functions instead of driving native dialogs)."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QFileDialog, QWidget

__all__ = ["open_file", "save_file"]


def open_file(parent: QWidget | None, title: str, filters: str, folder: str = "") -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path


def save_file(parent: QWidget | None, title: str, filters: str, folder: str = "") -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, folder, filters)
    return path
