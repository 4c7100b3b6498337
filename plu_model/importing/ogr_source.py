"""Any source OGR reads — Shapefile, GeoPackage, GeoJSON, DXF/DWG, CSV with WKT, PostGIS — as rows.

:class:`OgrSource` opens the source once and serves what both the importer and
the wizard need: the layers with their fields, geometry type, CRS and size;
the first rows for a preview; the distinct values of a field for a value map;
and every row (filtered) for the import.  GDAL errors become
:class:`~plu_model.errors.PluInputError` naming the source and layer.

Text that is not UTF-8 (Bulgarian shapefiles and CSV files are often
windows-1251) is decoded with the mapping's ``source.encoding``; without one it
is decoded as windows-1251 and the source remembers that, so the report can
say so.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from osgeo import gdal, ogr, osr

from plu_model import xml_parsing
from plu_model.errors import PluInputError
from plu_model.i18n import Text
from plu_model.importing.source_messages import GdalMessages, shown_source

__all__ = ["FieldInfo", "LayerInfo", "OgrSource", "SourceRow", "is_connection_string", "FALLBACK_ENCODING",
           "TEXT_ENCODINGS"]

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()

#: Encoding assumed for text that is not UTF-8 when the mapping names none.
FALLBACK_ENCODING = "cp1251"
#: Encodings a person may choose for text that is not UTF-8 (what Bulgarian data comes in), with their usual names.
TEXT_ENCODINGS: dict[str, str] = {"utf-8": "UTF-8", "cp1251": "windows-1251", "cp866": "CP866 (DOS)",
                                  "koi8-r": "KOI8-R", "iso-8859-5": "ISO-8859-5"}
_SURROGATE = re.compile("[\udc80-\udcff]")
_TEXT_TYPES = {ogr.OFTString, ogr.OFTStringList, ogr.OFTWideString}
#: sources GDAL parses as XML: they get the product's DOCTYPE check before GDAL sees them
_XML_SUFFIXES = {".gml", ".xml", ".kml", ".gpx"}
#: CSV open options naming the columns a geometry is made from
_CSV_GEOMETRY_OPTIONS = ("GEOM_POSSIBLE_NAMES", "X_POSSIBLE_NAMES", "Y_POSSIBLE_NAMES", "Z_POSSIBLE_NAMES")


def is_connection_string(text: str) -> bool:
    """True for OGR connection strings (``PG:…``, ``postgresql://…``) rather than file names."""
    return bool(re.match(r"^(PG:|postgres(ql)?://|MSSQL:|MYSQL:|OCI:)", text.strip(), re.I))


@dataclass(frozen=True)
class FieldInfo:
    name: str
    type_name: str


@dataclass(frozen=True)
class LayerInfo:
    """What the wizard shows about a source layer before anything is mapped."""

    name: str
    geometry_type: str
    feature_count: int
    fields: tuple[FieldInfo, ...]
    epsg: int | None
    crs_name: str | None

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]


@dataclass
class SourceRow:
    """One source feature: its id, attribute values and (cloned) OGR geometry."""

    fid: int
    values: dict[str, Any]
    geometry: ogr.Geometry | None = field(default=None, repr=False)
    #: the source text of a geometry the reader could not make (a CSV's broken WKT, X/Y that are not numbers)
    geometry_text: str | None = None


def _gdal_encoding(encoding: str) -> str:
    """``windows-1251``, ``cp1251``, ``CP1251`` → the name GDAL's recoder knows (``CP1251``)."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError as exc:
        raise PluInputError(
            Text("plu_model.importing.ogr_source", "unknown text encoding {encoding!r} (for Bulgarian data: cp1251)",
                                                   encoding=encoding),
        ) from exc
    return name.upper().replace("_", "-") if not name.startswith("cp") else name.upper()


def _cpg_encoding(source: Path) -> str | None:
    """The encoding a shapefile's ``.cpg`` names (``1251``, ``ANSI 1251``, ``UTF-8`` …), for GDAL.

    OGR reads the ``.cpg`` itself, but not once QGIS has set ``SHAPE_ENCODING`` to
    "" (it does so when it loads layers), so the import passes it explicitly.
    """
    shp = source if source.suffix.lower() in (".shp", ".dbf") else next(iter(sorted(source.glob("*.shp"))), None)
    if shp is None:
        return None
    cpg = shp.with_suffix(".cpg")
    if not cpg.is_file():
        return None
    text = cpg.read_text(encoding="ascii", errors="ignore").strip().upper().replace("ANSI", "").strip()
    if text in ("65001", "UTF8", "UTF-8"):
        return "UTF-8"
    if text.isdigit():
        return "ISO-8859-1" if text == "88591" else f"CP{text}"
    try:
        return _gdal_encoding(text)
    except PluInputError:
        return None


def _sidecar(shp: Path, suffix: str) -> Path | None:
    """The ``.shx``/``.dbf`` beside a ``.shp``, whatever the case of its suffix."""
    for candidate in (shp.with_suffix(suffix), shp.with_suffix(suffix.upper())):
        if candidate.is_file():
            return candidate
    return None


def _shapefiles(source: Path) -> list[Path]:
    if source.is_dir():
        return sorted(p for p in source.iterdir() if p.suffix.lower() == ".shp")
    return [source.with_suffix(".shp") if source.suffix.lower() == ".dbf" else source]


def _check_shapefile_parts(source: Path) -> list[str]:
    """Refuse a shapefile without its ``.shx``; name the ones without a ``.dbf`` (geometry, no attributes)."""
    no_dbf = []
    for shp in _shapefiles(source):
        if not shp.is_file():
            continue
        if _sidecar(shp, ".shx") is None:
            raise PluInputError(Text(
                "plu_model.importing.ogr_source", "{shp}: the index file {shx} is missing; a shapefile is read from "
                "its .shp, .shx and .dbf side by side: copy the .shx from where the data came from",
                shp=shp, shx=shp.with_suffix(".shx").name))
        if _sidecar(shp, ".dbf") is None:
            no_dbf.append(shp.stem)
    return no_dbf


def _postgres(text: str) -> str:
    """A PostgreSQL connection with a connect timeout, so an unreachable server fails, not hangs."""
    s = text.strip()
    if s.lower().startswith(("postgres://", "postgresql://")):
        sep = "&" if "?" in s else "?"
        return "PG:" + (s if "connect_timeout" in s else f"{s}{sep}connect_timeout=10")
    return s if "connect_timeout" in s else f"{s} connect_timeout=10"


def _epsg_of(srs: osr.SpatialReference | None) -> int | None:
    if srs is None:
        return None
    srs = srs.Clone()
    try:
        srs.AutoIdentifyEPSG()
    except RuntimeError:
        pass
    for target in (None, "PROJCS", "GEOGCS"):
        code = srs.GetAuthorityCode(target)
        name = srs.GetAuthorityName(target)
        if code and (name or "EPSG").upper() == "EPSG":
            if target == "GEOGCS" and srs.IsProjected():
                break
            return int(code)
    try:
        matches = srs.FindMatches()
    except RuntimeError:
        matches = []
    for match, confidence in matches or []:
        if confidence >= 90 and match.GetAuthorityName(None) == "EPSG":
            return int(match.GetAuthorityCode(None))
    return None


class OgrSource:
    """An open OGR data source.

    Parameters
    ----------
    source
        A file or folder name, or a connection string (``PG:dbname=plans tables=zones``).
    drivers
        OGR driver names allowed to open it (None: any).
    open_options
        Driver open options (``ENCODING=CP1251`` for a shapefile, ``GEOM_POSSIBLE_NAMES=WKT`` for CSV).
    encoding
        Encoding of text that is not UTF-8.
    """

    def __init__(
        self,
        source: str,
        drivers: list[str] | None = None,
        open_options: dict[str, Any] | None = None,
        encoding: str | None = None,
    ):
        self.name = shown_source(source)  # reports and messages never repeat a password
        self._path = source
        self.encoding = encoding
        self.fallback_fields: Counter[tuple[str, str]] = Counter()
        #: what GDAL said while reading, (layer, text) -> count, for the report
        self.messages = GdalMessages()
        #: layers whose CRS (a shapefile's .prj) cannot be read -> GDAL's reason
        self.crs_errors: dict[str, str] = {}
        #: shapefiles (layer names) that came without their .dbf
        self.missing_dbf: list[str] = []
        #: (layer, field) -> [features, first fid, first text]: numeric fields that held text, read as the text
        self.text_in_numbers: dict[tuple[str, str], list[Any]] = {}
        options = {k: str(v) for k, v in (open_options or {}).items()}
        self._hidden = self._csv_geometry_columns(drivers, options)
        gdal_encoding = _gdal_encoding(encoding) if encoding else None
        if drivers and "ESRI Shapefile" in drivers:
            # said explicitly, the .cpg is honoured even where QGIS has switched OGR's recoding off
            shp_encoding = gdal_encoding or _cpg_encoding(Path(source))
            if shp_encoding:
                options.setdefault("ENCODING", shp_encoding)
        self._dxf_encoding = gdal_encoding if drivers and "DXF" in drivers else None
        target = source
        if is_connection_string(source):
            if source.upper().startswith(("PG:", "POSTGRES")):
                target = _postgres(source)
        elif not Path(source).exists():
            raise PluInputError(Text("plu_model.importing.ogr_source", "{source}: no such file", source=source))
        elif Path(source).is_file() and Path(source).suffix.lower() in _XML_SUFFIXES:
            xml_parsing.inspect_doctype(source)  # the product's DOCTYPE policy holds for GDAL's XML readers too
        elif drivers and "ESRI Shapefile" in drivers:
            self.missing_dbf = _check_shapefile_parts(Path(source))
        flags = gdal.OF_VECTOR | gdal.OF_READONLY
        try:
            with self._encoding_config(), self.messages.collecting():
                kwargs: dict[str, Any] = {}
                if drivers:
                    kwargs["allowed_drivers"] = list(drivers)
                if options:
                    kwargs["open_options"] = [f"{k}={v}" for k, v in options.items()]
                ds = gdal.OpenEx(target, flags, **kwargs)
        except RuntimeError as exc:
            raise self._open_error(source, drivers, exc) from exc
        if ds is None:
            raise PluInputError(
                Text("plu_model.importing.ogr_source", "{source}: not a vector source OGR can read", source=source)
            )
        self._ds = ds
        self.driver = ds.GetDriver().ShortName

    @staticmethod
    def _csv_geometry_columns(drivers: list[str] | None, options: dict[str, str]) -> set[str]:
        """Keep a CSV's geometry columns to read, but not to show: a broken WKT can then be named."""
        if not drivers or "CSV" not in drivers or options.get("KEEP_GEOM_COLUMNS", "").upper() != "NO":
            return set()
        options["KEEP_GEOM_COLUMNS"] = "YES"
        return {n.strip().lower() for key in _CSV_GEOMETRY_OPTIONS for n in options.get(key, "").split(",") if n.strip()}

    def _open_error(self, source: str, drivers: list[str] | None, exc: RuntimeError) -> PluInputError:
        """Why a source cannot be opened, as precisely as can be said."""
        kind = ", ".join(drivers) if drivers else Text("plu_model.importing.ogr_source", "a vector source")
        if is_connection_string(source):
            return PluInputError(Text("plu_model.importing.ogr_source", "{source}: cannot be opened as {drivers}: "
                                      "{error}", source=Text("plu_model.importing.ogr_source", "the database"),
                                      drivers=kind, error=shown_source(str(exc).strip())))
        path = Path(source)
        if path.is_dir() and not drivers:
            files = sorted(p.name for p in path.iterdir() if not p.name.startswith("."))
            return PluInputError(Text(
                "plu_model.importing.ogr_source", "{source}: the folder holds nothing that can be imported "
                "(shapefiles, GeoPackages, GeoJSON, DXF, CSV …); it has: {files}", source=source,
                files=", ".join(files[:10]) + (" …" if len(files) > 10 else "") if files
                else Text("plu_model.importing.ogr_source", "no files")))
        if drivers and "GeoJSON" in drivers and path.suffix.lower() in (".geojson", ".json"):
            from plu_model.importing.geojson_checks import why_unreadable

            why = why_unreadable(path)
            if why is not None:
                return PluInputError(Text("plu_model.importing.ogr_source", "{source}: cannot be opened as {drivers}: "
                                          "{error}", source=source, drivers=kind, error=why))
        return PluInputError(Text("plu_model.importing.ogr_source", "{source}: cannot be opened as {drivers}: {error}",
                                  source=source, drivers=kind, error=str(exc).strip()))

    # -- lifetime ----------------------------------------------------------------
    def close(self) -> None:
        self._ds = None

    def __enter__(self) -> OgrSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _encoding_config(self) -> Iterator[None]:
        """DXF text is recoded by the driver: tell it the drawing's code page when the mapping names one."""
        if not self._dxf_encoding:
            yield
            return
        before = gdal.GetThreadLocalConfigOption("DXF_ENCODING", None)
        gdal.SetThreadLocalConfigOption("DXF_ENCODING", self._dxf_encoding)
        try:
            yield
        finally:
            gdal.SetThreadLocalConfigOption("DXF_ENCODING", before)

    # -- layers ------------------------------------------------------------------
    def layer_names(self) -> list[str]:
        return [self._ds.GetLayer(i).GetName() for i in range(self._ds.GetLayerCount())]

    def layer(self, name: str | None) -> ogr.Layer:
        """The named layer, or the only one when ``name`` is None."""
        if name is None:
            if self._ds.GetLayerCount() != 1:
                raise PluInputError(
                    Text("plu_model.importing.ogr_source", "{name}: holds {GetLayerCount} layers ({value}); name one "
                                                           "in the mapping (layers[].name)",
                                                           name=self.name, GetLayerCount=self._ds.GetLayerCount(), value=', '.join(self.layer_names())),
                )
            return self._ds.GetLayer(0)
        lyr = self._ds.GetLayerByName(name)
        if lyr is None:
            raise PluInputError(
                Text("plu_model.importing.ogr_source", "{name}: no layer {name2!r} (layers: {value})",
                                                       name=self.name, name2=name, value=', '.join(self.layer_names())),
            )
        return lyr

    def layers(self) -> list[LayerInfo]:
        out = []
        for name in self.layer_names():
            out.append(self.layer_info(name))
        return out

    def layer_info(self, name: str | None) -> LayerInfo:
        lyr = self.layer(name)
        defn = lyr.GetLayerDefn()
        fields = tuple(
            FieldInfo(defn.GetFieldDefn(i).GetName(), defn.GetFieldDefn(i).GetTypeName())
            for i in range(defn.GetFieldCount()) if i not in self._hidden_indices(lyr)
        )
        fid = lyr.GetFIDColumn()
        if fid and fid not in {f.name for f in fields}:
            # a database's primary key is the feature id to OGR: offer it as a field too
            fields = (FieldInfo(fid, "Integer64"),) + fields
        srs = self._spatial_ref(lyr)
        return LayerInfo(
            name=lyr.GetName(),
            geometry_type=ogr.GeometryTypeToName(lyr.GetGeomType()),
            feature_count=max(lyr.GetFeatureCount(), 0),
            fields=fields,
            epsg=_epsg_of(srs),
            crs_name=srs.GetName() if srs is not None else None,
        )

    def epsg(self, name: str | None) -> int | None:
        return _epsg_of(self._spatial_ref(self.layer(name)))

    def has_crs(self, name: str | None) -> bool:
        """The layer declares a CRS (even one that cannot be read or identified)."""
        lyr = self.layer(name)
        return self._spatial_ref(lyr) is not None or lyr.GetName() in self.crs_errors

    def crs_error(self, name: str | None) -> str | None:
        """Why the layer's declared CRS cannot be read (a broken ``.prj``), or None."""
        lyr = self.layer(name)
        self._spatial_ref(lyr)
        return self.crs_errors.get(lyr.GetName())

    def _spatial_ref(self, lyr: ogr.Layer) -> osr.SpatialReference | None:
        try:
            return lyr.GetSpatialRef()
        except RuntimeError as exc:  # GDAL parses a .prj only when asked, and raises on a broken one
            self.crs_errors[lyr.GetName()] = " ".join(str(exc).split())
            return None

    def _hidden_indices(self, lyr: ogr.Layer) -> set[int]:
        """Indices of a CSV's geometry columns (kept for :attr:`SourceRow.geometry_text`)."""
        if not self._hidden or lyr.GetLayerDefn().GetGeomFieldCount() == 0:
            return set()
        defn = lyr.GetLayerDefn()
        return {i for i in range(defn.GetFieldCount()) if defn.GetFieldDefn(i).GetName().lower() in self._hidden}

    def count(self, name: str | None, where: str | None = None) -> int:
        lyr = self.layer(name)
        self._filter(lyr, where)
        try:
            return max(lyr.GetFeatureCount(), 0)
        finally:
            lyr.SetAttributeFilter(None)

    def _filter(self, lyr: ogr.Layer, where: str | None) -> None:
        try:
            lyr.SetAttributeFilter(where)
        except RuntimeError as exc:
            raise PluInputError(
                Text("plu_model.importing.ogr_source", "{name}: layer {GetName}: the filter {where!r} is not valid: "
                                                       "{exc}",
                                                       name=self.name, GetName=lyr.GetName(), where=where, exc=str(exc).strip()),
            ) from exc

    # -- rows --------------------------------------------------------------------
    def rows(self, name: str | None, where: str | None = None, limit: int | None = None) -> Iterator[SourceRow]:
        """The layer's features (filtered by ``where``), attribute values decoded."""
        lyr = self.layer(name)
        self._filter(lyr, where)
        defn = lyr.GetLayerDefn()
        hidden = self._hidden_indices(lyr)
        text_fields = [i for i in range(defn.GetFieldCount())
                       if defn.GetFieldDefn(i).GetType() in _TEXT_TYPES and i not in hidden]
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        fid_column = lyr.GetFIDColumn()
        if fid_column in names:
            fid_column = ""
        numbers_as_text = self._dbf_text(lyr)
        lyr.ResetReading()
        n = 0
        try:
            with self._encoding_config():
                while True:
                    gdal.PushErrorHandler("CPLQuietErrorHandler")  # its per-feature warnings become findings
                    try:  # pushed and popped per feature: never held across a yield
                        feat = lyr.GetNextFeature()
                    except RuntimeError as exc:
                        raise PluInputError(
                            Text("plu_model.importing.ogr_source", "{name}: layer {GetName}: reading stopped after "
                                                                   "{n} feature: {exc}",
                                                                   plural="{name}: layer {GetName}: reading stopped "
                                                                          "after {n} features: {exc}",
                                                                   name=self.name, GetName=lyr.GetName(), n=n,
                                                                   exc=str(exc).strip() or Text(
                                                                       "plu_model.importing.ogr_source",
                                                                       "the next record cannot be read: the file is "
                                                                       "damaged or cut short")),
                        ) from exc
                    finally:
                        gdal.PopErrorHandler()
                    if feat is None:
                        break
                    values = {names[i]: feat.GetField(i) for i in range(len(names)) if i not in hidden}
                    for i, raw in numbers_as_text.get(feat.GetFID(), {}).items():
                        self._number_as_text(lyr.GetName(), feat.GetFID(), names[i], raw, values)
                    if fid_column:
                        values[fid_column] = feat.GetFID()
                    for i in text_fields:
                        v = values[names[i]]
                        if isinstance(v, str) and (self.encoding or _SURROGATE.search(v)):
                            values[names[i]] = self._decode(feat, i, v, lyr.GetName(), names[i])
                    geom = feat.GetGeometryRef()
                    text = None
                    if geom is None and hidden:
                        text = "; ".join(str(feat.GetField(i)) for i in sorted(hidden) if feat.IsFieldSetAndNotNull(i)
                                         and str(feat.GetField(i)).strip()) or None
                    yield SourceRow(feat.GetFID(), values, geom.Clone() if geom is not None else None, text)
                    n += 1
                    if limit is not None and n >= limit:
                        break
        finally:
            lyr.SetAttributeFilter(None)

    def _dbf_text(self, lyr: ogr.Layer) -> dict[int, dict[int, bytes]]:
        """A shapefile layer's numeric fields that hold text, by feature id (see :mod:`dbf_numbers`)."""
        if self.driver != "ESRI Shapefile" or not lyr.GetLayerDefn().GetFieldCount():
            return {}
        from plu_model.importing.dbf_numbers import text_in_numeric_fields

        source = Path(self._path)
        shp = source / f"{lyr.GetName()}.shp" if source.is_dir() else source.with_suffix(".shp")
        dbf = _sidecar(shp, ".dbf")
        return text_in_numeric_fields(dbf) if dbf is not None else {}

    def _number_as_text(self, layer: str, fid: int, name: str, raw: bytes, values: dict[str, Any]) -> None:
        """A numeric field holding text (``1,25``, ``няма``): GDAL made a wrong number of it; keep the text.

        The rules then read ``1,25`` as 1.25 and report ``няма`` as a value that cannot be read.
        """
        try:
            text = raw.decode(self.encoding or "utf-8")
        except (UnicodeDecodeError, LookupError):
            text = raw.decode(FALLBACK_ENCODING, errors="replace")
        values[name] = text
        entry = self.text_in_numbers.setdefault((layer, name), [0, fid, text])
        entry[0] += 1

    def _decode(self, feat: ogr.Feature, index: int, value: str, layer: str, name: str) -> str:
        if not _SURROGATE.search(value) and self.driver in ("ESRI Shapefile", "DXF", "GPKG", "GeoJSON"):
            return value  # the driver already recoded it
        raw = bytes(feat.GetFieldAsBinary(index))
        try:
            return raw.decode("utf-8") if not self.encoding else raw.decode(self.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
        self.fallback_fields[(layer, name)] += 1
        return raw.decode(FALLBACK_ENCODING, errors="replace")

    def distinct_values(self, name: str | None, field_name: str, where: str | None = None,
                        limit: int = 500) -> list[tuple[str, int]]:
        """Values of one field with how often they occur, most frequent first (for value maps)."""
        counts: Counter[str] = Counter()
        for row in self.rows(name, where):
            v = row.values.get(field_name)
            if v is None or (isinstance(v, str) and not v.strip()):
                continue
            text = str(int(v)) if isinstance(v, float) and v.is_integer() else str(v).strip()
            counts[text] += 1
        return counts.most_common(limit)
