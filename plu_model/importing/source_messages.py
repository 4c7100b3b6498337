"""What GDAL says while it reads a source, kept for the import report instead of printed.

GDAL writes its warnings ("Non closed ring detected", "driver CSV does not support
open option …") to standard error, in English, with nobody's file name on them.  A
:class:`GdalMessages` collects them while a source is opened and read, so the
import report can name the file and layer and say how often each came.  Connection
strings are shown with their password masked (:func:`shown_source`): a report, an
error or a log never repeats a password.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from osgeo import gdal

__all__ = ["GdalMessages", "shown_source"]

#: GDAL warnings the import turns into findings of its own (a ring closed: ``IMPORT.RINGS_CLOSED``)
_REPORTED_OTHERWISE = ("Non closed ring detected",)
_PASSWORD_WORD = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.I)
_PASSWORD_URL = re.compile(r"(postgres(?:ql)?://[^:/@\s]*:)([^@\s]*)(@)", re.I)
_PASSWORD_QUERY = re.compile(r"([?&]password=)([^&\s]*)", re.I)


def shown_source(text: str) -> str:
    """``text`` with any password masked: ``PG:… password=***``, ``postgresql://user:***@host``."""
    shown = _PASSWORD_WORD.sub(r"\1***", text)
    shown = _PASSWORD_URL.sub(r"\1***\3", shown)
    return _PASSWORD_QUERY.sub(r"\1***", shown)


class GdalMessages:
    """GDAL's warnings and errors while a source is read: (layer, text) → how often."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str]] = Counter()
        self.layer = ""

    def _handler(self, err_class: int, err_no: int, message: str) -> None:
        if err_class != gdal.CE_Warning:
            return  # failures raise (UseExceptions) and are reported where they are caught
        text = " ".join(str(message).split())
        if text.startswith(_REPORTED_OTHERWISE):
            return
        self.counts[(self.layer, shown_source(text))] += 1

    @contextmanager
    def collecting(self, layer: str = "") -> Iterator[None]:
        """Collect what GDAL says inside the block (exceptions raised by GDAL still propagate)."""
        before = self.layer
        self.layer = layer
        gdal.PushErrorHandler(self._handler)
        try:
            yield
        finally:
            gdal.PopErrorHandler()
            self.layer = before
