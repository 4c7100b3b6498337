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

#: GDAL warnings the import turns into findings of its own (``IMPORT.RINGS_CLOSED``, ``IMPORT.TEXT_IN_NUMBER_FIELD``)
_REPORTED_OTHERWISE = re.compile(r"^(Non closed ring detected|Value '.*' of field .* parsed incompletely)", re.S)
_PASSWORD_WORD = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.I)
_PASSWORD_URL = re.compile(r"(postgres(?:ql)?://[^:/@\s]*:)([^@\s]*)(@)", re.I)
_PASSWORD_QUERY = re.compile(r"([?&]password=)([^&\s]*)", re.I)


def shown_source(text: str) -> str:
    """``text`` with any password masked: ``PG:… password=***``, ``postgresql://user:***@host``."""
    shown = _PASSWORD_WORD.sub(r"\1***", text)
    shown = _PASSWORD_URL.sub(r"\1***\3", shown)
    return _PASSWORD_QUERY.sub(r"\1***", shown)


class GdalMessages:
    """GDAL's warnings while a source is read: (layer, text) → how often.

    GDAL is kept quiet inside :meth:`collecting` and its last warning is read
    afterwards: a Python error handler cannot be used, because GDAL hands it the
    message as bytes that must be UTF-8, and a numeric DBF field holding
    windows-1251 text makes a message that is not (the handler then breaks the read).
    So each block keeps the last warning only; blocks are kept small (one feature).
    """

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str]] = Counter()
        #: the warning of the last block, as GDAL said it (undecodable bytes as surrogates), or None
        self.last: str | None = None

    @contextmanager
    def collecting(self, layer: str = "") -> Iterator[None]:
        """Keep what GDAL warns inside the block (exceptions raised by GDAL still propagate)."""
        self.last = None
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        gdal.ErrorReset()
        try:
            yield
            if gdal.GetLastErrorType() == gdal.CE_Warning:
                self.last = gdal.GetLastErrorMsg()
        finally:
            gdal.PopErrorHandler()
        if self.last is not None:
            self.note(layer, self.last)

    def note(self, layer: str, message: str) -> None:
        """Count a warning for the report, unless the import reports it in its own words."""
        text = " ".join(message.encode("utf-8", "surrogateescape").decode("utf-8", "replace").split())
        if _REPORTED_OTHERWISE.match(text):
            return
        self.counts[(layer, shown_source(text))] += 1
