"""Reading the zones' types straight from the zoning layer's GeoPackage, for the legend.

Through QGIS features a 100,000-zone plan takes seconds; one SQLite query takes a
few tenths, and needs no Qt, so a city-wide plan can read it in a thread while
its map is drawn for the first time.  Only valid while the layer shows its file
as it is (nothing in the edit buffer, no filter).
"""

from __future__ import annotations

import sqlite3
import threading

from qgis.core import QgsProviderRegistry, QgsVectorLayer

__all__ = ["TypesRead", "file_table", "first_types", "some_specific_types"]

FirstTypes = dict[int, tuple[str | None, str | None]]

#: each zone's first types; the guarded form only when some value is not JSON (json_extract would fail)
_FAST = "SELECT rowid, json_extract(specific_land_use, '$[0]'), json_extract(hilucs_land_use, '$[0]') FROM \"{table}\""
_GUARDED = 'SELECT rowid, {}, {} FROM "{{table}}"'.format(
    *(f"CASE WHEN json_valid({c}) THEN json_extract({c}, '$[0]') END" for c in ("specific_land_use", "hilucs_land_use"))
)
_SOME_SPECIFIC = (
    "SELECT json_extract(specific_land_use, '$[0]') FROM \"{table}\" "
    "WHERE json_valid(specific_land_use) AND json_extract(specific_land_use, '$[0]') IS NOT NULL LIMIT 200"
)


def file_table(layer: QgsVectorLayer) -> tuple[str, str] | None:
    """The GeoPackage and table the layer shows as they are, or None (edits in its buffer, a filter…)."""
    buffer = layer.editBuffer()
    if buffer is not None and (buffer.addedFeatures() or buffer.changedAttributeValues() or buffer.deletedFeatureIds()):
        return None
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path, table = parts.get("path"), parts.get("layerName")
    if layer.providerType() != "ogr" or not path or not table or layer.subsetString() or '"' in table:
        return None
    return str(path), str(table)


def _query(path: str, sql: str, fallback: str | None = None) -> list[tuple]:
    # read-only: a read-write connection closing last in this SQLite library could checkpoint and remove the
    # WAL file QGIS's own connections (another SQLite library in the same process) still use
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        try:
            return connection.execute(sql).fetchall()
        except sqlite3.OperationalError:  # malformed JSON somewhere
            if fallback is None:
                raise
            return connection.execute(fallback).fetchall()
    finally:
        connection.close()


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def first_types(path: str, table: str) -> FirstTypes | None:
    """fid → (first specific land use, first HILUCS value); None when SQLite cannot read them (any thread)."""
    try:
        rows = _query(path, _FAST.format(table=table), _GUARDED.format(table=table))
    except sqlite3.Error:
        return None
    return {fid: (_text(s), _text(h)) for fid, s, h in rows}


def some_specific_types(path: str, table: str) -> list[str]:
    """A few zones' first specific land uses (enough to tell a plan that has national zone types)."""
    try:
        return [str(v) for (v,) in _query(path, _SOME_SPECIFIC.format(table=table))]
    except sqlite3.Error:
        return []


class TypesRead:
    """:func:`first_types` in a thread once :meth:`start` is called; ``result`` is set once it ended (``done``).

    Started only after the layers are in editing mode: QGIS then switches the
    working copy to WAL mode, which waits for every reader to finish.
    """

    def __init__(self, path: str, table: str):
        self.result: FirstTypes | None = None
        self.done = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(path, table), daemon=True, name="zone-types")

    def start(self) -> None:
        if self._thread.ident is None:
            self._thread.start()

    def _run(self, path: str, table: str) -> None:
        try:
            self.result = first_types(path, table)
        finally:
            self.done.set()
