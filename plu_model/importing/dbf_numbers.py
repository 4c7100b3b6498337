"""Text in a shapefile's numeric fields, found in the ``.dbf`` itself.

A DBF numeric field is text on disk, and the hands that fill it write ``1,25``
(a decimal comma), ``няма`` or ``10 м``.  GDAL turns such text into the number its
start makes (``1,25`` → 1, ``няма`` → 0) with only a warning on the terminal, and
the import would carry a wrong height into the plan.  This module reads the
numeric fields' raw text, so the importer can use the text instead and say so.
"""

from __future__ import annotations

import struct
from pathlib import Path

__all__ = ["text_in_numeric_fields"]

_NUMERIC_TYPES = {ord("N"), ord("F")}
_CHUNK = 4096  # records read at a time


def _numeric_fields(header: bytes) -> list[tuple[int, int, int]]:
    """(field index, offset in the record, width) of the numeric fields described in a DBF header."""
    fields = []
    offset = 1  # the deletion flag
    for index, start in enumerate(range(32, len(header) - 31, 32)):
        if header[start] == 0x0D:
            break
        kind, width = header[start + 11], header[start + 16]
        if kind in _NUMERIC_TYPES:
            fields.append((index, offset, width))
        offset += width
    return fields


def _is_number(raw: bytes) -> bool:
    text = raw.strip(b" \x00")
    if not text or not text.strip(b"*"):
        return True  # empty, or the asterisks that stand for null: no value, not text
    try:
        float(text)
    except ValueError:
        return False
    return True


def text_in_numeric_fields(dbf: Path) -> dict[int, dict[int, bytes]]:
    """Record number (the shapefile's feature id) → {field index: raw bytes} where a numeric field is not a number."""
    found: dict[int, dict[int, bytes]] = {}
    with dbf.open("rb") as fh:
        head = fh.read(32)
        if len(head) < 32:
            return found
        count, header_length, record_length = struct.unpack("<IHH", head[4:12])
        header = head + fh.read(max(header_length - 32, 0))
        fields = _numeric_fields(header)
        if not fields or record_length <= 1:
            return found
        fh.seek(header_length)
        record = 0
        while record < count:
            block = fh.read(record_length * min(_CHUNK, count - record))
            if not block:
                break
            for start in range(0, len(block) - record_length + 1, record_length):
                for index, offset, width in fields:
                    raw = block[start + offset:start + offset + width]
                    if not _is_number(raw):
                        found.setdefault(record, {})[index] = raw.strip(b" \x00")
                record += 1
    return found
