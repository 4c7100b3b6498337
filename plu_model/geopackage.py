"""The plan file: one GeoPackage per plan, readable by QGIS and ogrinfo as ordinary layers.

Layout (documented in ``docs/plan-file.md``)
-------------------------------------------
``spatial_plan``, ``zoning_element``, ``supplementary_regulation``
    Spatial tables, one row per feature; ``official_documentation`` has no geometry.
``plu_plan_file``
    Key/value facts about the file: ``schema_version``, the data-set identifier,
    the plan's CRS and free metadata (``meta.*``).

Columns come from :data:`plu_model.schema.CLASS_ATTRIBUTES`: a single scalar
attribute is a column of its own (``official_title``, ``regulation_nature``…);
a multi-valued or structured attribute is a JSON column (``hilucs_land_use``,
``dimensioning_indication``…).  A voidable attribute has a companion column
``<name>_nil`` that holds the nil reason when the attribute is nil.  Both empty
means *absent*.  Dates are ``YYYY-MM-DD`` and date-times ISO 8601 text, exactly as
they appear in GML.

Saving is atomic: the new file is written beside the old one and moved over it
only when complete and flushed to disk.
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

import numpy as np
import shapely
import shapely.errors
from osgeo import gdal, ogr, osr
from shapely.geometry import MultiPolygon
from shapely.geometry.base import BaseGeometry

from plu_model.atomic import atomic_path
from plu_model.dataset import SCHEMA_VERSION, PlanDataset
from plu_model.errors import PlanFileError
from plu_model.features import Feature, class_of, geometry_of
from plu_model.gpkg_bulk import BulkTable, open_for_load
from plu_model.gpkg_rows import ASK_OGR, open_readonly, table_rows
from plu_model.i18n import Text
from plu_model.json_values import from_json, to_json
from plu_model.progress import Progress
from plu_model.schema import CLASS_ATTRIBUTES, Attribute
from plu_model.source_xml import (
    PendingFingerprint,
    SourceXml,
    begin_fingerprint,
    columns_format,
    pack,
    stored_fingerprint,
    unpack,
    values_getter,
)
from plu_model.temporal import format_date, format_datetime, parse_date, parse_datetime
from plu_model.values import Identifier
from plu_model.voidable import Nil

gdal.UseExceptions()
ogr.UseExceptions()

__all__ = [
    "LAYER_NAMES", "PlanFile", "columns_of", "feature_rows", "feature_to_row", "open_plan", "row_to_feature", "save_copy",
    "settle_interrupted_write", "write_plan", "write_plan_rows",
]

#: GeoPackage table of each PLU class.
LAYER_NAMES: dict[str, str] = {
    "SpatialPlan": "spatial_plan",
    "ZoningElement": "zoning_element",
    "SupplementaryRegulation": "supplementary_regulation",
    "OfficialDocumentation": "official_documentation",
}
_GEOMETRY_TYPE = {
    "SpatialPlan": ogr.wkbMultiPolygon,
    "ZoningElement": ogr.wkbMultiPolygon,
    "SupplementaryRegulation": ogr.wkbUnknown,
    "OfficialDocumentation": ogr.wkbNone,
}
META_TABLE = "plu_plan_file"
_SCALAR = {"string", "datetime", "date", "boolean", "code", "ref"}
_BATCH = 5000
#: rows of a plan file's load made into blobs and written together (a few MiB: memory stays flat)
_LOAD_BATCH = 1000
#: what a row that does not make a feature raises (a JSON value of the wrong shape too)
_ROW_ERRORS = (ValueError, KeyError, TypeError, AttributeError, RuntimeError, shapely.errors.GEOSException)


def _is_column(attr: Attribute) -> bool:
    return attr.kind not in ("identifier", "geometry")


def _is_json(attr: Attribute) -> bool:
    return attr.many or attr.kind not in _SCALAR


def columns_of(class_name: str) -> list[tuple[str, int, int]]:
    """``(name, OGR type, OGR subtype)`` of every column a class's table has."""
    cols: list[tuple[str, int, int]] = [
        ("gml_id", ogr.OFTString, ogr.OFSTNone),
        ("inspire_local_id", ogr.OFTString, ogr.OFSTNone),
        ("inspire_namespace", ogr.OFTString, ogr.OFSTNone),
        ("inspire_version_id", ogr.OFTString, ogr.OFSTNone),
        ("inspire_version_id_nil", ogr.OFTString, ogr.OFSTNone),
        # the element the feature was read from and the fingerprint of its model values (plu_model.source_xml)
        ("source_xml", ogr.OFTString, ogr.OFSTNone),
        ("source_fingerprint", ogr.OFTString, ogr.OFSTNone),
    ]
    for attr in CLASS_ATTRIBUTES[class_name]:
        if not _is_column(attr):
            continue
        if _is_json(attr):
            cols.append((attr.name, ogr.OFTString, ogr.OFSTJSON))
        elif attr.kind == "boolean":
            cols.append((attr.name, ogr.OFTInteger, ogr.OFSTBoolean))
        elif attr.kind == "date":
            cols.append((attr.name, ogr.OFTDate, ogr.OFSTNone))
        else:
            cols.append((attr.name, ogr.OFTString, ogr.OFSTNone))
        if attr.voidable:
            cols.append((f"{attr.name}_nil", ogr.OFTString, ogr.OFSTNone))
    return cols


# -- values <-> columns ---------------------------------------------------------
def _encode(attr: Attribute, value: Any) -> Any:
    if _is_json(attr):
        if attr.kind in _TEXT_KINDS:
            return _encode_texts(attr, value)
        if attr.kind in _SHARED_VALUE_KINDS:
            return _encode_shared(attr, value)
        return json.dumps(to_json(attr.kind, value, attr.many), ensure_ascii=False)
    if attr.kind == "datetime":
        return format_datetime(value)
    if attr.kind == "date":
        return format_date(value)
    if attr.kind == "boolean":
        return 1 if value else 0
    return value


#: JSON columns whose values are texts as they are (``to_json`` leaves them alone)
_TEXT_KINDS = {"code", "ref", "string"}
_encoded: dict[tuple[str, bool, Any], str] = {}


def _encode_texts(attr: Attribute, value: Any) -> str:
    """The JSON of a text column, encoded once per distinct value: zones repeat a few land uses many times over."""
    if type(value) is str:
        key: Any = value
    elif type(value) is list and all(type(v) is str for v in value):
        key = tuple(value)  # the JSON of a list of texts depends on the texts alone
    else:
        return json.dumps(to_json(attr.kind, value, attr.many), ensure_ascii=False)
    text = _encoded.get((attr.kind, attr.many, key))
    if text is None:
        text = json.dumps(to_json(attr.kind, value, attr.many), ensure_ascii=False)
        if len(_encoded) >= 4096:
            _encoded.clear()
        _encoded[attr.kind, attr.many, key] = text
    return text


#: JSON columns whose values are frozen values that a reader makes once per distinct figure and shares
#: between the features that repeat it (``GmlReader._dimensioning``, :func:`_decode_json`)
_SHARED_VALUE_KINDS = {"dimensioning"}
#: (kind, many, id of each value) → (the values themselves, their JSON); holding the values keeps their ids theirs
_encoded_shared: dict[tuple[Any, ...], tuple[tuple[Any, ...], str]] = {}
_PLAIN_FIELDS = (str, int, float, bool, type(None))


def _plain_frozen(value: Any) -> bool:
    """True for a frozen dataclass value all of whose fields are plain (its JSON can never change)."""
    params = getattr(type(value), "__dataclass_params__", None)
    if params is None or not params.frozen:
        return False
    return all(type(getattr(value, name)) in _PLAIN_FIELDS for name in type(value).__dataclass_fields__)


def _encode_shared(attr: Attribute, value: Any) -> str:
    """The JSON of a list of shared frozen values, encoded once per list of the very same objects: a plan's
    zones repeat a few dimensioning figures, each one object (encoding them again was 0.6 s of the 8 s that a
    100,000-zone plan's register rows took). Keyed by identity, never by equality: ``10`` and ``10.0`` are equal but not the same JSON."""
    if type(value) is not list:
        return json.dumps(to_json(attr.kind, value, attr.many), ensure_ascii=False)
    key = (attr.kind, attr.many, *map(id, value))
    known = _encoded_shared.get(key)
    if known is not None:
        return known[1]
    text = json.dumps(to_json(attr.kind, value, attr.many), ensure_ascii=False)
    if all(map(_plain_frozen, value)):
        if len(_encoded_shared) >= 4096:
            _encoded_shared.clear()
        _encoded_shared[key] = (tuple(value), text)
    return text


#: JSON columns whose values are immutable all through (strings, dimensioning values), decoded once per
#: distinct text: the zones of a plan repeat a few land uses, documents and indications many times over
_SHARED_KINDS = {"code", "ref", "string", "dimensioning"}
_decoded: dict[tuple[str, bool, str], Any] = {}


def _decode_json(attr: Attribute, raw: Any) -> Any:
    if attr.kind not in _SHARED_KINDS or type(raw) is not str:
        return from_json(attr.kind, json.loads(raw), attr.many)
    key = (attr.kind, attr.many, raw)
    value = _decoded.get(key)
    if value is None:
        value = from_json(attr.kind, json.loads(raw), attr.many)
        if len(_decoded) >= 4096:
            _decoded.clear()
        _decoded[key] = tuple(value) if attr.many else value
    return list(value) if attr.many else value  # a list of its own for each feature, as before


def _decode(attr: Attribute, raw: Any) -> Any:
    if _is_json(attr):
        return _decode_json(attr, raw)
    if attr.kind == "datetime":
        return parse_datetime(raw)
    if attr.kind == "date":
        return parse_date(raw.replace("/", "-"))
    if attr.kind == "boolean":
        return bool(raw)
    return raw


def _coder(attr: Attribute) -> Callable[[Any], Any] | None:
    """What :func:`_encode` does for ``attr``, chosen once (``None``: the value goes in as it is)."""
    if _is_json(attr):
        if attr.kind in _TEXT_KINDS:
            return functools.partial(_encode_texts, attr)
        if attr.kind in _SHARED_VALUE_KINDS:
            return functools.partial(_encode_shared, attr)
        return functools.partial(_encode, attr)
    return _SCALAR_CODERS.get(attr.kind)


def _boolean_cell(value: Any) -> int:
    return 1 if value else 0


#: (date-time, its time zone, its fold) → its text: a plan's features share a few lifespan dates
_datetime_texts: dict[tuple[Any, Any, int], str] = {}


def _datetime_text(value: Any) -> str:
    """:func:`format_datetime`, once per distinct value; the key holds the time zone and fold, which equality
    overlooks (two equal date-times in one zone print alike but for the offset that the fold picks)."""
    if type(value) is not datetime:
        return format_datetime(value)
    key = (value, value.tzinfo, value.fold)
    text = _datetime_texts.get(key)
    if text is None:
        text = format_datetime(value)
        if len(_datetime_texts) >= 4096:
            _datetime_texts.clear()
        _datetime_texts[key] = text
    return text


#: what :func:`_encode` does for a scalar column that is not a text
_SCALAR_CODERS: dict[str, Callable[[Any], Any]] = {
    "datetime": _datetime_text, "date": format_date, "boolean": _boolean_cell,
}
#: per class: ``(attribute, its nil column, its encoder)`` of each attribute with a column, in schema order
_CODERS = {
    c: [(a.name, f"{a.name}_nil", _coder(a)) for a in attrs if _is_column(a)] for c, attrs in CLASS_ATTRIBUTES.items()
}


#: per class: what fetches the values of :data:`_CODERS`' attributes from a feature
_VALUES = {c: values_getter([name for name, _nil, _coder in coders]) for c, coders in _CODERS.items()}


def _value_row(f: Feature) -> dict[str, Any]:
    """The columns of a feature but its geometry (``source_*`` left empty)."""
    ident = f.inspire_id
    version = ident.version_id
    void = isinstance(version, Nil)
    row: dict[str, Any] = {
        "gml_id": f.gml_id,
        "inspire_local_id": ident.local_id,
        "inspire_namespace": ident.namespace,
        "inspire_version_id": None if void else version,
        "inspire_version_id_nil": version.reason if void else None,
        "source_xml": None,
        "source_fingerprint": None,
    }
    class_name = f.class_name
    for (name, nil_name, coder), value in zip(_CODERS[class_name], _VALUES[class_name](f), strict=True):
        if value is None:
            row[name] = None
        elif isinstance(value, Nil):
            row[nil_name] = value.reason
            row[name] = None
        else:
            row[name] = value if coder is None else coder(value)
    return row


#: the columns a fingerprint of the second kind hashes, by class: all but the kept element's own
_FINGERPRINTED = {c: [n for n, _t, _s in columns_of(c) if not n.startswith("source_")] for c in CLASS_ATTRIBUTES}
#: per class: the format that makes the text a second-kind fingerprint hashes of a row (one call per row)
_FINGERPRINT_FORMAT = {c: columns_format(names).format for c, names in _FINGERPRINTED.items()}


def _fingerprinted(f: Feature, row: dict[str, Any]) -> tuple[list[tuple[str, Any]], BaseGeometry | None]:
    return [(name, row.get(name)) for name in _FINGERPRINTED[f.class_name]], geometry_of(f)


def _begin_source(f: Feature, row: dict[str, Any]) -> str | PendingFingerprint | None:
    """Fill ``row``'s ``source_xml`` from ``f``'s kept element and begin its fingerprint (:func:`begin_fingerprint`)."""
    row["source_xml"] = pack(f.source.xml)  # type: ignore[union-attr]
    return begin_fingerprint(f, _FINGERPRINT_FORMAT[f.class_name](*map(row.get, _FINGERPRINTED[f.class_name])))


def _stored_columns(f: Feature) -> tuple[list[tuple[str, Any]], BaseGeometry | None]:
    """How the plan file stores ``f`` (:data:`plu_model.source_xml.Columns`)."""
    return _fingerprinted(f, _value_row(f))


def _feature_row(f: Feature) -> dict[str, Any]:
    row = _value_row(f)
    if f.source is not None:
        row["source_xml"] = pack(f.source.xml)
        columns, geometry = _fingerprinted(f, row)
        row["source_fingerprint"] = stored_fingerprint(f, columns, geometry)
    return row


def _row_feature(class_name: str, row: dict[str, Any], geometry: BaseGeometry | None) -> Feature:
    version: Any = row.get("inspire_version_id")
    if row.get("inspire_version_id_nil"):
        version = Nil(row["inspire_version_id_nil"])
    values: dict[str, Any] = {
        "gml_id": row.get("gml_id"),
        "inspire_id": Identifier(row.get("inspire_local_id") or "", row.get("inspire_namespace") or "", version),
    }
    for attr in CLASS_ATTRIBUTES[class_name]:
        if attr.kind == "geometry":
            values[attr.name] = geometry if geometry is not None else MultiPolygon()
            continue
        if not _is_column(attr):
            continue
        nil = row.get(f"{attr.name}_nil") if attr.voidable else None
        raw = row.get(attr.name)
        if nil:
            values[attr.name] = Nil(nil)
        elif raw is None:
            if attr.optional:
                values[attr.name] = None
            elif attr.voidable:
                values[attr.name] = Nil("unknown")
            else:
                values[attr.name] = [] if attr.many else ""
        else:
            values[attr.name] = _decode(attr, raw)
    feature = class_of(class_name)(**values)
    xml = unpack(row["source_xml"]) if row.get("source_xml") else None
    if xml and row.get("source_fingerprint"):
        feature.source = SourceXml(xml, row["source_fingerprint"], columns=_stored_columns)
    return feature


# -- writing --------------------------------------------------------------------
class _Writer:
    """Creates a plan file's tables; appends rows through OGR (a store's rows: :func:`write_plan_rows`)."""

    def __init__(self, ds: ogr.DataSource, crs: int):
        self.ds = ds
        self.srs = osr.SpatialReference()
        self.srs.ImportFromEPSG(int(crs))
        self.layers: dict[str, ogr.Layer] = {}
        self.field_index: dict[str, dict[str, int]] = {}
        self.has_z: set[str] = set()
        self.pending = 0
        for class_name in CLASS_ATTRIBUTES:
            self._layer(class_name)

    def _layer(self, class_name: str) -> ogr.Layer:
        layer = self.layers.get(class_name)
        if layer is not None:
            return layer
        gtype = _GEOMETRY_TYPE[class_name]
        options = ["FID=fid"] + (["GEOMETRY_NAME=geom"] if gtype != ogr.wkbNone else [])
        layer = self.ds.CreateLayer(
            LAYER_NAMES[class_name], self.srs if gtype != ogr.wkbNone else None, gtype, options=options
        )
        for name, ftype, subtype in columns_of(class_name):
            fd = ogr.FieldDefn(name, ftype)
            fd.SetSubType(subtype)
            layer.CreateField(fd)
        defn = layer.GetLayerDefn()
        # OGR's SetField(name) looks the name up in Python on every call; indices are much faster
        self.field_index[class_name] = {defn.GetFieldDefn(i).GetName(): i for i in range(defn.GetFieldCount())}
        self.layers[class_name] = layer
        return layer

    def _counted(self) -> None:
        """One more row written: commit every ``_BATCH`` rows so a large plan never holds one huge transaction."""
        self.pending += 1
        if self.pending >= _BATCH:
            self.ds.CommitTransaction()
            self.ds.StartTransaction()
            self.pending = 0

    def add_row(self, class_name: str, row: dict[str, Any], wkb: bytes | None) -> None:
        """Append a feature already in plan-file columns (a store that keeps those rows, like the register)."""
        layer = self._layer(class_name)
        out = ogr.Feature(layer.GetLayerDefn())
        index = self.field_index[class_name]
        for name, value in row.items():
            if value is not None and name in index:
                if isinstance(value, str):  # most columns: skip SetField's type dispatch in Python
                    out.SetFieldString(index[name], value)
                else:
                    out.SetField(index[name], value)
        if wkb is not None:
            geom = ogr.CreateGeometryFromWkb(bytes(wkb))
            if geom.Is3D():
                self.has_z.add(class_name)
            out.SetGeometryDirectly(geom)
        layer.CreateFeature(out)
        self._counted()

    def meta_table(self) -> ogr.Layer:
        """The table of the file's facts (``plu_plan_file``), empty."""
        table = self.ds.CreateLayer(META_TABLE, None, ogr.wkbNone, options=["FID=fid"])
        table.CreateField(ogr.FieldDefn("key", ogr.OFTString))
        table.CreateField(ogr.FieldDefn("value", ogr.OFTString))
        return table

    def finish(self, meta: dict[str, str]) -> None:
        table = self.meta_table()
        for key, value in meta.items():
            row = ogr.Feature(table.GetLayerDefn())
            row.SetField("key", key)
            row.SetField("value", value)
            table.CreateFeature(row)
        for class_name in self.has_z:
            # 2 = "Z optional": 3D and 2D geometries both keep their dimension
            self.ds.ExecuteSQL(
                f"UPDATE gpkg_geometry_columns SET z = 2 WHERE table_name = '{LAYER_NAMES[class_name]}'"
            )


def _file_meta(crs: int, dataset_id: Identifier | None, metadata: dict[str, str]) -> dict[str, str]:
    meta = {"schema_version": SCHEMA_VERSION, "crs": str(int(crs)), "generator": "PLU Studio"}
    if dataset_id is not None:
        meta["dataset_local_id"] = dataset_id.local_id
        meta["dataset_namespace"] = dataset_id.namespace
        if isinstance(dataset_id.version_id, str):
            meta["dataset_version_id"] = dataset_id.version_id
    for key, value in metadata.items():
        meta[f"meta.{key}"] = value
    return meta


def _create(tmp: Path) -> ogr.DataSource:
    """A new GeoPackage for a bulk load: no sync to disk at each commit, since
    :func:`plu_model.atomic.atomic_path` flushes the finished file before it takes its place."""
    gdal.SetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", "OFF")
    try:
        return ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
    finally:
        gdal.SetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", None)


def _create_tables(tmp: Path, crs: int) -> None:
    """The empty plan file: every table, made by GDAL as for its own writes, the file's facts table last."""
    ds = _create(tmp)
    writer = _Writer(ds, crs)
    try:
        writer.meta_table()
    finally:
        # OGR closes the file only when no layer of it is referenced any more
        writer.layers.clear()
        writer.ds = None
        del writer
        ds = None  # noqa: F841


#: a class's rows waiting for a batch: gml:ids, rows, geometries, fingerprints waiting for their geometry's WKB
_Pending = tuple[
    list[str | None], list[list[Any]], list[BaseGeometry | None], list[tuple[int, PendingFingerprint, Any]]
]


class _Loader:
    """Features into the tables of a new plan file, a batch of rows per ``executemany`` (:mod:`plu_model.gpkg_bulk`)."""

    def __init__(self, db: sqlite3.Connection, crs: int):
        self.tables = {
            c: BulkTable(db, LAYER_NAMES[c], [n for n, _t, _s in columns_of(c)], _GEOMETRY_TYPE[c] != ogr.wkbNone, crs)
            for c in CLASS_ATTRIBUTES
        }
        #: per class: the rows not yet written, with the gml:id of each, its geometry (``None`` when it has none or
        #: an empty one) and the fingerprints waiting for their geometry's WKB (row index, pending, geometry)
        self.pending: dict[str, _Pending] = {c: ([], [], [], []) for c in CLASS_ATTRIBUTES}
        self.fingerprint_at = {c: t.columns.index("source_fingerprint") for c, t in self.tables.items()}
        self.waiting = 0

    def add(self, f: Feature) -> None:
        ids, rows, geoms, fingerprints = self.pending[f.class_name]
        row = _value_row(f)
        geom = geometry_of(f)
        if f.source is not None:
            begun = _begin_source(f, row)
            if isinstance(begun, PendingFingerprint):
                fingerprints.append((len(rows), begun, geom))
            else:
                row["source_fingerprint"] = begun
        ids.append(f.gml_id)
        rows.append(list(map(row.get, self.tables[f.class_name].columns)))
        geoms.append(geom if geom is not None and not geom.is_empty else None)
        self.waiting += 1
        if self.waiting >= _LOAD_BATCH:
            self.flush()

    def _wkbs(self, class_name: str) -> list[bytes | None] | None:
        """Each pending geometry's ISO WKB, made once for the blobs and the fingerprints waiting for it."""
        _ids, rows, geoms, fingerprints = self.pending[class_name]
        if not fingerprints:
            return None
        wkbs: list[bytes | None] = [None] * len(rows)
        shape_of = {i: g for i, g in enumerate(geoms) if g is not None}
        for i, _begun, geom in fingerprints:  # an empty geometry has no blob but a WKB
            if geom is not None:
                shape_of.setdefault(i, geom)
        shapes = np.empty(len(shape_of), dtype=object)
        shapes[:] = list(shape_of.values())
        for i, wkb in zip(shape_of, shapely.to_wkb(shapes, flavor="iso").tolist(), strict=True):
            wkbs[i] = wkb
        at = self.fingerprint_at[class_name]
        for i, begun, geom in fingerprints:
            rows[i][at] = begun.finish(None if geom is None else wkbs[i])
        return wkbs

    def flush(self) -> None:
        for class_name, (ids, rows, geoms, fingerprints) in self.pending.items():
            if not rows:
                continue
            bad = self.tables[class_name].write(rows, geoms, self._wkbs(class_name))
            if bad is not None:
                raise PlanFileError(
                    Text("plu_model.geopackage", "{class_name} {gml_id}: the geometry has NaN or infinite "
                                                 "coordinates; a plan file cannot hold them, correct the source first",
                                                 class_name=class_name, gml_id=ids[bad]),
                )
            ids.clear()
            rows.clear()
            geoms.clear()
            fingerprints.clear()
        self.waiting = 0

    def finish(self, db: sqlite3.Connection, meta: dict[str, str]) -> None:
        self.flush()
        for table in self.tables.values():
            table.finish()
        facts = BulkTable(db, META_TABLE, ["key", "value"], False, 0)
        facts.write([[k, v] for k, v in meta.items()], [None] * len(meta))
        facts.finish()


def _write_file(
    tmp: Path,
    features: Iterable[Feature],
    crs: int,
    dataset_id: Any,
    metadata: Any,
    progress: Progress,
) -> None:
    _create_tables(tmp, crs)
    db = open_for_load(tmp)
    try:
        loader = _Loader(db, crs)
        for f in features:
            loader.add(f)
            progress.step()
        ident = dataset_id() if callable(dataset_id) else dataset_id
        meta = metadata() if callable(metadata) else (metadata or {})
        loader.finish(db, _file_meta(crs, ident, meta))
        db.execute("COMMIT")
    finally:
        db.close()


def write_plan(
    path: str | os.PathLike[str],
    features: Iterable[Feature],
    *,
    crs: int,
    dataset_id: Identifier | None = None,
    metadata: dict[str, str] | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write features to a plan file atomically (the old file survives any failure).

    ``features`` may be a generator (e.g. :meth:`GmlReader.features`), so a GML
    file converts to a plan file without being held in memory.  ``dataset_id``
    and ``metadata`` may also be callables evaluated after the features, for
    sources that learn them while streaming.
    """
    dest = Path(path)
    progress = progress or Progress()
    with atomic_path(dest, ".gpkg") as tmp:
        _write_file(tmp, features, crs, dataset_id, metadata, progress)
    progress.finish()
    return dest


def write_plan_rows(
    path: str | os.PathLike[str],
    rows: Iterable[tuple[str, dict[str, Any], bytes | None]],
    *,
    crs: int,
    dataset_id: Identifier | None = None,
    metadata: dict[str, str] | None = None,
) -> Path:
    """Write ``(class, plan-file columns, ISO WKB)`` rows as a plan file atomically, with no model round trip."""
    dest = Path(path)
    with atomic_path(dest, ".gpkg") as tmp:
        ds = _create(tmp)
        writer = _Writer(ds, crs)
        try:
            ds.StartTransaction()
            for class_name, row, wkb in rows:
                writer.add_row(class_name, row, wkb)
            ds.CommitTransaction()
            writer.finish(_file_meta(crs, dataset_id, metadata or {}))
        finally:
            writer.layers.clear()
            writer.ds = None
            ds = None  # noqa: F841
    return dest


def save_dataset(path: str | os.PathLike[str], data: PlanDataset, progress: Progress | None = None) -> Path:
    """Write a whole :class:`PlanDataset` to a plan file atomically."""
    return write_plan(
        path, data.features(), crs=data.crs, dataset_id=data.dataset_id, metadata=data.metadata, progress=progress
    )


def settle_interrupted_write(path: str | os.PathLike[str]) -> None:
    """Roll back a write that was cut off (its rollback journal is still beside the file).

    Plan files are saved in place in one SQLite transaction; if the writer died
    before the commit, the first read-write connection puts the old pages back.
    A read-only reader could not, so readers of plan files call this first.
    """
    target = Path(path)
    if not Path(f"{target}-journal").is_file() or not target.is_file():
        return
    try:
        connection = sqlite3.connect(target)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        pass  # a file we may not write: the reader reports what it finds


def save_copy(src: str | os.PathLike[str], dest: str | os.PathLike[str]) -> Path:
    """Copy a plan file that may be open elsewhere to ``dest``, atomically.

    The copy is a consistent snapshot even while QGIS holds the source open: the
    file is copied byte for byte inside a read transaction, whose shared lock
    keeps every writer from committing meanwhile (4–8× faster than SQLite's
    online backup, which rewrites the database page by page).  A database in WAL
    mode keeps recent pages in its ``-wal`` file, so it goes through the backup.
    """
    target = Path(dest)
    settle_interrupted_write(src)
    with atomic_path(target, ".gpkg") as tmp:
        source = sqlite3.connect(f"file:{Path(src)}?mode=ro", uri=True, isolation_level=None)
        try:
            if str(source.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                _backup(source, tmp)
            else:
                source.execute("BEGIN")
                source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # takes the shared lock
                shutil.copyfile(src, tmp)
                source.execute("COMMIT")
        finally:
            source.close()
    return target


def _backup(source: sqlite3.Connection, dest: Path) -> None:
    copy = sqlite3.connect(dest)
    try:
        source.backup(copy)
    finally:
        copy.close()


# -- reading --------------------------------------------------------------------
class PlanFile:
    """An open plan file; features are read lazily, so it can stream into the GML writer.

    Raises :class:`PlanFileError` with a plain message when the file is missing,
    is not a GeoPackage, is a GeoPackage but not a plan file, or was written by a
    newer version.
    """

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        if not self.path.is_file():
            raise PlanFileError(Text("plu_model.geopackage", "{path}: no such file", path=self.path))
        settle_interrupted_write(self.path)
        try:
            self._ds = gdal.OpenEx(str(self.path), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["GPKG"])
        except RuntimeError as exc:
            raise PlanFileError(Text("plu_model.geopackage", "{path}: not a GeoPackage ({exc})",
                                                             path=self.path, exc=exc)) from exc
        if self._ds is None:
            raise PlanFileError(Text("plu_model.geopackage", "{path}: not a GeoPackage", path=self.path))
        meta_layer = self._ds.GetLayerByName(META_TABLE)
        if meta_layer is None:
            raise PlanFileError(
                Text("plu_model.geopackage", "{path}: a GeoPackage, but not a PLU Studio plan file (no {META_TABLE} "
                                             "table); bring it in with 'plu import'",
                                             path=self.path, META_TABLE=META_TABLE),
            )
        self.file_meta = {row.GetField("key"): row.GetField("value") for row in meta_layer}
        version = self.file_meta.get("schema_version", "0")
        if int(version.split(".")[0]) > int(SCHEMA_VERSION.split(".")[0]):
            raise PlanFileError(
                Text("plu_model.geopackage", "{path}: written by a newer PLU Studio (plan-file layout {version}, "
                                             "this one reads {SCHEMA_VERSION}); update PLU Studio",
                                             path=self.path, version=version, SCHEMA_VERSION=SCHEMA_VERSION),
            )
        try:
            self.crs = int(self.file_meta["crs"])
        except (KeyError, ValueError) as exc:
            raise PlanFileError(
                Text("plu_model.geopackage", "{path}: the plan file does not say its CRS", path=self.path),
            ) from exc
        self.metadata = {k[5:]: v for k, v in self.file_meta.items() if k.startswith("meta.")}
        self.dataset_id: Identifier | None = None
        if "dataset_local_id" in self.file_meta:
            self.dataset_id = Identifier(
                self.file_meta["dataset_local_id"],
                self.file_meta.get("dataset_namespace", ""),
                self.file_meta.get("dataset_version_id"),
            )

    def close(self) -> None:
        self._ds = None

    def __enter__(self) -> PlanFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _layer(self, class_name: str) -> ogr.Layer:
        layer = self._ds.GetLayerByName(LAYER_NAMES[class_name])
        if layer is None:
            raise PlanFileError(
                Text("plu_model.geopackage", "{path}: the table {LAYER_NAMES} is missing",
                                             path=self.path, LAYER_NAMES=LAYER_NAMES[class_name]),
            )
        return layer

    def counts(self) -> dict[str, int]:
        return {c: self._layer(c).GetFeatureCount() for c in CLASS_ATTRIBUTES}

    def iter_class(self, class_name: str) -> Iterator[Feature]:
        """Features of one class, in file order."""
        layer = self._layer(class_name)
        try:
            con = open_readonly(self.path)
            rows = table_rows(con, LAYER_NAMES[class_name], layer.GetGeometryColumn() or None)
            first = next(rows, None)
        except sqlite3.Error:  # SQLite cannot read it beside OGR (a locked or odd file): OGR alone
            yield from self._iter_ogr(class_name)
            return
        try:
            if first is None:
                return
            for fid, values, geom in itertools.chain([first], rows):
                if geom is ASK_OGR:
                    yield from self._iter_ogr(class_name, fid)
                else:
                    yield self._feature(class_name, fid, values, geom)
        finally:
            con.close()

    def _iter_ogr(self, class_name: str, fid: int | None = None) -> Iterator[Feature]:
        """Features of one class through OGR, or only the row ``fid`` (a geometry blob only OGR judges)."""
        layer = self._layer(class_name)
        defn = layer.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        if fid is None:
            layer.ResetReading()
            rows = iter(layer)
        else:
            rows = (layer.GetFeature(f) for f in [fid])  # raises where iterating would
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except RuntimeError as exc:  # OGR refuses the row itself (a geometry blob that is none)
                raise PlanFileError(
                    Text("plu_model.geopackage", "{path}: {LAYER_NAMES}: a row cannot be read ({exc})",
                                                 path=self.path, LAYER_NAMES=LAYER_NAMES[class_name], exc=exc),
                ) from exc
            values: dict[str, Any] = {}
            for i, name in enumerate(names):
                values[name] = row.GetField(i) if row.IsFieldSetAndNotNull(i) else None
            try:
                g = row.GetGeometryRef()
                geom = shapely.from_wkb(bytes(g.ExportToIsoWkb())) if g is not None else None
            except _ROW_ERRORS as exc:
                self._unreadable(class_name, row.GetFID(), values, exc)
            yield self._feature(class_name, row.GetFID(), values, geom)

    def _feature(self, class_name: str, fid: int, values: dict[str, Any], geom: BaseGeometry | None) -> Feature:
        try:
            return _row_feature(class_name, values, geom)
        except _ROW_ERRORS as exc:
            self._unreadable(class_name, fid, values, exc)

    def _unreadable(self, class_name: str, fid: int, values: dict[str, Any], exc: Exception) -> NoReturn:
        raise PlanFileError(
            Text("plu_model.geopackage", "{path}: {LAYER_NAMES} row {fid} ({get}) cannot be read: {exc}",
                                         path=self.path, LAYER_NAMES=LAYER_NAMES[class_name], fid=fid, get=values.get('gml_id'), exc=exc),
        ) from exc

    def features(self) -> Iterator[Feature]:
        for class_name in CLASS_ATTRIBUTES:
            yield from self.iter_class(class_name)

    def read(self) -> PlanDataset:
        data = PlanDataset(crs=self.crs, dataset_id=self.dataset_id, metadata=dict(self.metadata))
        for f in self.features():
            data.add(f)
        return data


def open_plan(path: str | os.PathLike[str]) -> PlanDataset:
    """Read a whole plan file into memory."""
    with PlanFile(path) as pf:
        return pf.read()



# -- the same mapping for other stores (the plan register keeps these rows in PostGIS) --
def feature_to_row(feature: Feature) -> dict[str, Any]:
    """The plan-file columns of a feature (everything but its geometry), as stored in the table."""
    return _feature_row(feature)


def feature_rows(features: list[Feature]) -> list[dict[str, Any]]:
    """:func:`feature_to_row` of each feature, the geometries' WKB for their fingerprints made in one shapely call
    (a WKB per feature was a sixth of the cost of a register's rows)."""
    rows: list[dict[str, Any]] = []
    waiting: list[tuple[dict[str, Any], PendingFingerprint, BaseGeometry | None]] = []
    for f in features:
        row = _value_row(f)
        if f.source is not None:
            begun = _begin_source(f, row)
            if isinstance(begun, PendingFingerprint):
                waiting.append((row, begun, geometry_of(f)))
            else:
                row["source_fingerprint"] = begun
        rows.append(row)
    if waiting:
        shapes = np.empty(len(waiting), dtype=object)
        shapes[:] = [geometry for _row, _begun, geometry in waiting]
        for (row, begun, _geometry), wkb in zip(waiting, shapely.to_wkb(shapes, flavor="iso").tolist(), strict=True):
            row["source_fingerprint"] = begun.finish(wkb)
    return rows


def row_to_feature(class_name: str, row: dict[str, Any], geometry: BaseGeometry | None) -> Feature:
    """The feature that plan-file columns and a geometry describe (the inverse of :func:`feature_to_row`)."""
    return _row_feature(class_name, row, geometry)
