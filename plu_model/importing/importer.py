"""Run an import: source + mapping → a consistent plan data set, a plan file and a report.

Two paths share one report:

* OGR sources (Shapefile, GeoPackage, GeoJSON, DXF/DWG, CSV, PostGIS) go through a
  mapping: each mapped layer's rows are cleaned (:mod:`geometry_cleanup`),
  labelled (CAD texts), evaluated (:mod:`rules`) and become PLU features; the
  plan is a layer of the source or built from the mapping's constants;
* PLU GML from other authorities goes through the foundation's
  :class:`~plu_model.gml_reader.GmlReader`; the importer then rewrites what a
  foreign layout does differently (``https`` code URIs, references by full URI,
  ``gml:id`` s that are not XML names) so nothing is lost on the way in.

Either way :meth:`PlanDataset.link_members` makes the plan's member lists match
the features, and the plan file is written atomically; cancelling leaves
nothing behind.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import MultiPolygon
from shapely.geometry.base import BaseGeometry
from shapely.strtree import STRtree

from plu_model.codelists import codelist, codelists_extending
from plu_model.crs import is_known_crs, reproject
from plu_model.dataset import PlanDataset, make_gml_id
from plu_model.errors import PluInputError
from plu_model.features import Feature, class_of, geometry_of
from plu_model.findings import Finding, Severity
from plu_model.geopackage import save_dataset
from plu_model.gml_reader import GmlReader
from plu_model.i18n import Text, say_in
from plu_model.importing.geometry_cleanup import GeometryCleaner, linearisation_settings, polygonize_lines
from plu_model.importing.mapping import ImportMapping, LayerMapping
from plu_model.importing.ogr_source import FALLBACK_ENCODING, OgrSource, is_connection_string
from plu_model.importing.report import SKIP_REASONS, ImportReport, LayerReport
from plu_model.importing.rules import Evaluated, Problem, RuleEvaluator, document_feature
from plu_model.progress import Progress
from plu_model.schema import CLASS_ATTRIBUTES
from plu_model.values import Identifier, LegislationCitation

__all__ = ["NothingImported", "PreparedRow", "PreviewRow", "import_format", "import_gml", "import_ogr", "open_ogr", "preview_layer", "run_import"]

_NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
_PROBLEM_SKIP = {"unmapped": "UNMAPPED_VALUE", "missing": "MISSING_VALUE", "bad_value": "BAD_VALUE"}


def _curves_linearised(tolerance: float) -> Text:
    """The note that curves were linearised, counting the tolerance's units ("1 CRS unit", "0.5 CRS units")."""
    n = int(tolerance) if float(tolerance).is_integer() else float(tolerance)  # 1.0 is written "1": one unit
    return Text("plu_model.importing.importer", "curves were linearised with a tolerance of {n:g} CRS unit",
                plural="curves were linearised with a tolerance of {n:g} CRS units", n=n)


# Notes of the geometry cleaner: (severity, text with {d} for the detail, or the text made of the detail).
_NOTE_TEXT: dict[str, tuple[Severity, Text | Callable[[Any], Text]]] = {
    "IMPORT.CURVES_LINEARISED": (Severity.INFO, _curves_linearised),
    "IMPORT.Z_DROPPED": (Severity.INFO, Text("plu_model.importing.importer", "Z coordinates were dropped (zoning is two-dimensional)")),
    "IMPORT.LINES_CLOSED": (Severity.INFO, Text("plu_model.importing.importer", "closed lines were taken as the boundaries of areas")),
    "IMPORT.MULTIPART_SPLIT": (Severity.INFO, Text("plu_model.importing.importer", "multipart geometries were split into one feature per part")),
    "IMPORT.PARTS_DROPPED": (Severity.WARNING, Text("plu_model.importing.importer", "parts that are not areas were left out: {d}")),
    "IMPORT.GEOMETRY_REPAIRED": (Severity.WARNING, Text("plu_model.importing.importer", "invalid geometry repaired: {d}")),
    "IMPORT.GEOMETRY_INVALID_KEPT": (Severity.ERROR, Text("plu_model.importing.importer", "invalid geometry kept as it is: {d}")),
    "IMPORT.GEOMETRY_INVALID_SKIPPED": (Severity.ERROR, Text("plu_model.importing.importer", "invalid geometry, feature skipped: {d}")),
    "IMPORT.M_DROPPED": (Severity.INFO, Text("plu_model.importing.importer", "M values (measures) were dropped")),
    "IMPORT.RINGS_CLOSED": (Severity.WARNING, Text("plu_model.importing.importer", "a ring did not end where it began; it "
                                                                                   "was closed")),
    "IMPORT.BAD_GEOMETRY": (Severity.ERROR, Text("plu_model.importing.importer", "the geometry cannot be read, feature "
                                                                                 "skipped: {d}")),
    "IMPORT.OUT_OF_RANGE": (Severity.ERROR, Text("plu_model.importing.importer", "a coordinate lies far outside the area "
                                                                                 "its CRS is used for, feature skipped: "
                                                                                 "{d}")),
}


def _note(note: Text | Callable[[Any], Text], detail: Any) -> Text:
    """A note of the geometry cleaner with its detail filled in."""
    return note.fill(d=detail) if isinstance(note, Text) else note(detail)


_PER_FEATURE = {"IMPORT.GEOMETRY_REPAIRED", "IMPORT.GEOMETRY_INVALID_KEPT", "IMPORT.GEOMETRY_INVALID_SKIPPED",
                "IMPORT.PARTS_DROPPED", "IMPORT.RINGS_CLOSED", "IMPORT.BAD_GEOMETRY", "IMPORT.OUT_OF_RANGE"}


# -- sources -------------------------------------------------------------------------
def import_format(source: str, mapping: ImportMapping | None = None, format: str | None = None) -> Any:
    """The readers-registry format an import of ``source`` uses (a plain GeoPackage is not a plan file)."""
    from plu_model.readers import READERS

    name = format or (mapping.source_format if mapping else None)
    if name:
        try:
            return READERS.get(name)
        except KeyError as exc:
            raise PluInputError(exc.text) from exc
    if is_connection_string(source):
        return READERS.get("postgis")
    try:
        fmt = READERS.for_path(source)
    except KeyError as exc:
        if Path(source).is_dir():
            return READERS.get("ogr")
        raise PluInputError(exc.text) from exc
    if fmt.name == "plu-gpkg" and not _is_plan_file(source):
        return READERS.get("geopackage")
    return fmt


def _is_plan_file(path: str) -> bool:
    import sqlite3

    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return con.execute("SELECT 1 FROM sqlite_master WHERE name = 'plu_plan_file'").fetchone() is not None
        finally:
            con.close()
    except sqlite3.Error:
        return False


def open_ogr(source: str, mapping: ImportMapping | None = None, format: str | None = None) -> OgrSource:
    """Open an OGR source the way the importer will (driver, open options, encoding)."""
    fmt = import_format(source, mapping, format)
    if fmt.options.get("kind") != "ogr":
        raise PluInputError(
            Text("plu_model.importing.importer", "{source}: {fmt} is not read through a mapping",
                                                 source=source, fmt=fmt),
        )
    options = dict(fmt.options.get("open_options", {}))
    if mapping:
        options.update(mapping.open_options)
    try:
        return OgrSource(source, fmt.options.get("drivers"), options, mapping.source_encoding if mapping else None)
    except PluInputError as exc:
        hint = _format_hint(source, fmt, format or (mapping.source_format if mapping else None))
        if hint is None:
            raise
        raise PluInputError(Text("plu_model.importing.importer", "{error}; {hint}", error=exc, hint=hint)) from exc


def _format_hint(source: str, fmt: Any, chosen: str | None) -> Text | None:
    """When a format was named (``--format``, ``source.format``) and the file's extension says another: say so."""
    from plu_model.readers import READERS

    if not chosen or is_connection_string(source):
        return None
    try:
        by_extension = READERS.for_path(source)
    except KeyError:
        return None
    if by_extension.name == fmt.name:
        return None
    return Text("plu_model.importing.importer", "the format {chosen} was asked for, but the file's extension says "
                                                "{found}: leave out --format (or source.format) or name {found_name}",
                chosen=fmt.name, found=by_extension, found_name=by_extension.name)


# -- rows of a mapped layer ------------------------------------------------------------
@dataclass
class PreparedRow:
    """A source row after clean-up and label join: ready for the attribute rules."""

    fid: str
    values: dict[str, Any]
    geometries: list[BaseGeometry]
    skip: str | None = None
    detail: str = ""
    notes: list[tuple[str, str | float, BaseGeometry | None]] = field(default_factory=list)


@dataclass
class _LayerContext:
    mapping: LayerMapping
    source_epsg: int
    cleaner: GeometryCleaner
    label_tree: STRtree | None = None
    label_points: list[BaseGeometry] = field(default_factory=list)
    label_texts: list[str] = field(default_factory=list)


class _Importer:
    """One import (or preview) of an open OGR source through a mapping."""

    def __init__(self, src: OgrSource, mapping: ImportMapping, progress: Progress, target_epsg: int | None,
                 now: datetime | None):
        self.source_name = src.name
        self.mapping = mapping
        self.progress = progress
        self.now = (now or datetime.now(UTC)).replace(microsecond=0)
        self.rules = RuleEvaluator(mapping, self.now)
        self.src = src
        self.report = ImportReport(source=src.name, mapping=str(mapping.path) if mapping.path else None)
        self.findings: list[Finding] = []
        self.target_epsg = target_epsg or mapping.target_crs
        self.note_counts: Counter[tuple[str, str, str]] = Counter()
        self.unmapped: dict[tuple[str, str, str, str], list[Any]] = {}
        self.duplicates: list[Any] = []
        self._source_crs: dict[tuple[str | None, str | None], int] = {}
        self.crs_member: str | None = None

    def second_look(self) -> None:
        """For an import (not the wizard's every preview): read a GeoJSON file once more for what GDAL keeps quiet."""
        if self.src.driver == "GeoJSON" and Path(self.source_name).is_file():
            from plu_model.importing.geojson_checks import second_look

            self.duplicates, self.crs_member = second_look(self.source_name)

    # -- set-up ------------------------------------------------------------------
    def source_crs(self, lm: LayerMapping) -> int:
        """The layer's EPSG code (asked once per layer: what it notes is noted once)."""
        if lm.name is None:  # name the layer in messages: a shapefile's own name, DXF's "entities"
            lm = replace(lm, name=self.src.layer(None).GetName())
        key = (lm.name, lm.where)
        if key not in self._source_crs:
            self._source_crs[key] = self._find_source_crs(lm)
        return self._source_crs[key]

    def _find_source_crs(self, lm: LayerMapping) -> int:
        declared = self.src.epsg(lm.name)
        has_crs = self.src.has_crs(lm.name)
        unreadable = self.src.crs_error(lm.name)
        given = self.mapping.source_crs
        if given and not is_known_crs(given):
            raise PluInputError(
                Text("plu_model.importing.importer", "{mapping_name}: crs.source EPSG:{given} is not a CRS PROJ knows",
                                                     mapping_name=self._mapping_name(), given=given),
            )
        self._check_crs_member(lm, declared)
        if self.mapping.override_crs and given:
            return given
        if declared:
            if given and given != declared:
                self._finding("IMPORT.CRS_CONFLICT", Severity.WARNING,
                              Text("plu_model.importing.importer", "layer {title} declares EPSG:{declared}, the "
                                                                   "mapping says EPSG:{given}; the source's CRS was "
                                                                   "used (set crs.override: true to use the mapping's)",
                                                                   title=lm.title, declared=declared, given=given))
            return declared
        if given and unreadable:
            self._finding("IMPORT.CRS_UNREADABLE", Severity.WARNING,
                          Text("plu_model.importing.importer", "the CRS layer {title} declares cannot be read "
                                                               "({error}); EPSG:{given} from the mapping was used",
                               title=lm.title, error=unreadable, given=given))
            return given
        if given:
            if has_crs:
                self._finding("IMPORT.CRS_UNIDENTIFIED", Severity.INFO,
                              Text("plu_model.importing.importer", "the CRS of layer {title} has no EPSG code; "
                                                                   "EPSG:{given} from the mapping was used",
                                                                   title=lm.title, given=given))
            return given
        what = Text("plu_model.importing.importer", "has a CRS that has no EPSG code") if has_crs else Text("plu_model.importing.importer", "has no CRS")
        if unreadable:
            what = Text("plu_model.importing.importer", "declares a CRS that cannot be read ({error})", error=unreadable)
        raise PluInputError(Text(
            "plu_model.importing.importer", "{source}: layer {title} {what}; give it in the mapping (crs: {{source: 7801}} for BGS2005 / "
            "CCS2005, for example)", source=self.source_name, title=lm.title, what=what))

    def _check_crs_member(self, lm: LayerMapping, declared: int | None) -> None:
        """A GeoJSON ``crs`` member GDAL could not use is ignored by GDAL without a word: say it."""
        from plu_model.crs import parse_srs_name

        if not self.crs_member:
            return
        try:
            named = parse_srs_name(self.crs_member)
        except PluInputError:
            return  # CRS84 and other forms GDAL reads itself
        if named.epsg != declared:
            self._finding("IMPORT.CRS_MEMBER_IGNORED", Severity.WARNING,
                          Text("plu_model.importing.importer", "layer {title}: the file's crs member names {name}, "
                                                               "which the reader could not use; the coordinates were "
                                                               "read as EPSG:{declared} (if that is wrong, give "
                                                               "crs.source and crs.override: true)",
                               title=lm.title, name=self.crs_member, declared=declared))

    def _mapping_name(self) -> str:
        return str(self.mapping.path) if self.mapping.path else "mapping"

    def check_fields(self, lm: LayerMapping) -> None:
        info = self.src.layer_info(lm.name)
        available = set(info.field_names)
        if lm.labels is not None:
            available.add(lm.labels.as_)
        rules = dict(lm.attributes)
        rules.update({f"dimensioning.{k}": r for k, r in lm.dimensioning.items()})
        if lm.id is not None:
            rules["id"] = lm.id
        if lm.target == "SpatialPlan":
            rules.update({f"plan.{k}": r for k, r in self.mapping.plan.items()})
        for key, rule in rules.items():
            if rule.field and rule.field not in available:
                raise PluInputError(Text(
                    "plu_model.importing.importer", "{mapping}: layer {title}: {key} reads field {field!r}, which layer {layer} does not have "
                    "(fields: {fields}){hint}", mapping=self._mapping_name(), title=lm.title, key=key, field=rule.field,
                    layer=info.name, fields=", ".join(sorted(available)) or Text("plu_model.importing.importer", "none"),
                    hint=self._missing_field_hint(info, rule.field)))

    def _missing_field_hint(self, info: Any, name: str) -> Text | str:
        """Why a field may be missing: no .dbf, an empty layer, a shapefile's 10-character names."""
        if info.name in self.src.missing_dbf:
            return Text("plu_model.importing.importer", "; the shapefile has no .dbf, so no attributes: copy the .dbf "
                                                        "from where the data came from")
        if not info.fields and info.feature_count == 0:
            return Text("plu_model.importing.importer", "; the layer holds no features")
        if self.src.driver == "ESRI Shapefile" and len(name) > 10:
            near = [f for f in info.field_names if f.lower().startswith(name[:6].lower())]
            return Text("plu_model.importing.importer", "; a shapefile cuts field names to 10 characters and numbers "
                                                        "those that then clash: use the name the source has "
                                                        "({names})", names=", ".join(near) or name[:10])
        return ""

    def context(self, lm: LayerMapping, target: int) -> _LayerContext:
        if lm.name is None:  # name the layer in reports: DXF's "entities", a shapefile's own name
            lm = replace(lm, name=self.src.layer(None).GetName())
        epsg = self.source_crs(lm)
        g = self.mapping.geometry
        cleaner = GeometryCleaner(lm.target, epsg, target, g.curve_tolerance, g.invalid, g.multipart, g.keep_z)
        ctx = _LayerContext(lm, epsg, cleaner)
        if lm.labels is not None:
            self._load_labels(ctx, target)
        return ctx

    def _load_labels(self, ctx: _LayerContext, target: int) -> None:
        spec = ctx.mapping.labels
        assert spec is not None
        layer = spec.layer or ctx.mapping.name
        info = self.src.layer_info(layer)
        if spec.field not in info.field_names:
            raise PluInputError(
                Text("plu_model.importing.importer", "{mapping_name}: layer {title}: labels.field {field!r} is not a "
                                                     "field of layer {name} (fields: {field_names})",
                                                     mapping_name=self._mapping_name(), title=ctx.mapping.title, field=spec.field, name=info.name, field_names=', '.join(info.field_names)),
            )
        for row in self.src.rows(layer, spec.where):
            text = row.values.get(spec.field)
            if row.geometry is None or text is None or not str(text).strip():
                continue
            point = shapely.from_wkb(bytes(row.geometry.ExportToIsoWkb()))
            point = shapely.force_2d(point.representative_point() if point.geom_type != "Point" else point)
            ctx.label_points.append(reproject(point, ctx.source_epsg, target))
            ctx.label_texts.append(str(text).strip())
        ctx.label_tree = STRtree(ctx.label_points) if ctx.label_points else None

    # -- reading -----------------------------------------------------------------
    def prepared_rows(self, ctx: _LayerContext, limit: int | None = None) -> Iterator[PreparedRow]:
        lm = ctx.mapping
        if lm.polygonize:
            yield from self._polygonized(ctx, limit)
            return
        for row in self.src.rows(lm.name, lm.where, limit):
            result = ctx.cleaner.from_ogr(row.geometry, row.geometry_text)
            prepared = PreparedRow(str(row.fid), dict(row.values), result.geometries, result.skip, result.detail,
                                   result.notes)
            self._join_label(ctx, prepared)
            yield prepared

    def _polygonized(self, ctx: _LayerContext, limit: int | None) -> Iterator[PreparedRow]:
        lm = ctx.mapping
        shapes = []
        for row in self.src.rows(lm.name, lm.where):
            if row.geometry is None:
                continue
            with linearisation_settings(ctx.cleaner.tolerance):
                geom = row.geometry.GetLinearGeometry(1.0) if row.geometry.HasCurveGeometry() else row.geometry
            shapes.append(shapely.from_wkb(bytes(geom.ExportToIsoWkb())))
            self.progress.check()
        faces = polygonize_lines(shapes)
        self._finding("IMPORT.POLYGONIZED", Severity.INFO,
                      Text("plu_model.importing.importer", "layer {title}: {n} area was built from {lines}",
                           plural="layer {title}: {n} areas were built from {lines}", title=lm.title, n=len(faces),
                           lines=Text("plu_model.importing.importer", "{n} line", plural="{n} lines", n=len(shapes))))
        for i, face in enumerate(faces[:limit] if limit else faces):
            result = ctx.cleaner.clean(face)
            prepared = PreparedRow(f"area {i + 1}", {}, result.geometries, result.skip, result.detail, result.notes)
            self._join_label(ctx, prepared)
            yield prepared

    def _join_label(self, ctx: _LayerContext, row: PreparedRow) -> None:
        spec = ctx.mapping.labels
        if spec is None or row.skip or not row.geometries:
            return
        area = row.geometries[0] if len(row.geometries) == 1 else shapely.union_all(row.geometries)
        hits: list[int] = []
        if ctx.label_tree is not None:
            hits = [int(i) for i in ctx.label_tree.query(area, predicate="contains")]
        texts = [ctx.label_texts[i] for i in hits]
        if not texts:
            row.values[spec.as_] = None
            return
        distinct = list(dict.fromkeys(texts))
        if len(distinct) > 1:
            centre = area.representative_point()
            best = min(hits, key=lambda i: ctx.label_points[i].distance(centre))
            chosen = ctx.label_texts[best]
            row.notes.append(("IMPORT.LABEL_AMBIGUOUS", f"{', '.join(distinct)} → {chosen}", centre))
            row.values[spec.as_] = chosen
        else:
            row.values[spec.as_] = distinct[0]

    # -- features ----------------------------------------------------------------
    def build_features(self, ctx: _LayerContext, lr: LayerReport) -> list[Feature]:
        lm = ctx.mapping
        out: list[Feature] = []
        taken: set[str] = set()
        rules = dict(self.mapping.plan) if lm.target == "SpatialPlan" else {}
        rules.update(lm.attributes)
        for row in self.prepared_rows(ctx):
            lr.read += 1
            self.progress.step()
            row.fid = self._shown_id(lm, row)
            self._notes(lm, row)
            if row.skip:
                lr.skip(row.skip, row.fid)
                continue
            if lm.labels is not None and row.values.get(lm.labels.as_) is None and self._uses_label(lm):
                lr.skip("NO_LABEL", row.fid)
                self._finding("IMPORT.NO_LABEL", Severity.WARNING,
                              Text("plu_model.importing.importer", "layer {title}: area {fid} has no label inside; it "
                                                                   "was not imported", title=lm.title, fid=row.fid),
                              location=row.geometries[0].representative_point(), feature_id=row.fid)
                continue
            evaluated = self.rules.evaluate(lm.target, rules, lm.dimensioning, row.values)
            self._problems(lm, row.fid, evaluated)
            skip = evaluated.skip
            if skip is not None:
                lr.skip(_PROBLEM_SKIP[skip.kind], row.fid)
                continue
            local = self._local_id(lm, row)
            for k, geom in enumerate(row.geometries):
                lid = local if len(row.geometries) == 1 else f"{local}-{k + 1}"
                if lid in taken:
                    n = 2
                    while f"{lid}_{n}" in taken:
                        n += 1
                    self._finding("IMPORT.DUPLICATE_ID", Severity.WARNING,
                                  Text("plu_model.importing.importer", "layer {title}: local id {lid!r} is used twice; "
                                                                       "the second became {lid}_{n}",
                                                                       title=lm.title, lid=lid, n=n),
                                  feature_id=row.fid)
                    lid = f"{lid}_{n}"
                taken.add(lid)
                out.append(self._feature(lm.target, lid, geom, evaluated))
        return out

    def _uses_label(self, lm: LayerMapping) -> bool:
        assert lm.labels is not None
        rules = list(lm.attributes.values()) + list(lm.dimensioning.values()) + ([lm.id] if lm.id else [])
        return any(r.field == lm.labels.as_ for r in rules)

    def _id_value(self, lm: LayerMapping, row: PreparedRow) -> str | None:
        if lm.id is None:
            return None
        raw = self.rules.raw_value(lm.id, row.values)
        if raw is None or not str(raw).strip():
            return None
        return str(int(raw)) if isinstance(raw, float) and raw.is_integer() else str(raw).strip()

    def _shown_id(self, lm: LayerMapping, row: PreparedRow) -> str:
        """How reports name a source feature: its id field when mapped, else its feature number."""
        value = self._id_value(lm, row)
        return value if value is not None else (row.fid if row.fid.startswith("area") else f"#{row.fid}")

    def _local_id(self, lm: LayerMapping, row: PreparedRow) -> str:
        value = self._id_value(lm, row)
        if value is not None:
            return value
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", lm.name or "layer").strip("_") or "layer"
        number = row.fid.lstrip("#").replace("area ", "area")
        return f"{stem}-{number}"

    def _feature(self, class_name: str, local_id: str, geom: BaseGeometry, evaluated: Evaluated) -> Feature:
        values = dict(evaluated.values)
        ident = Identifier(local_id, self.mapping.namespace, self.mapping.version_id)
        if class_name == "SpatialPlan":
            values["extent"] = geom if isinstance(geom, MultiPolygon) else MultiPolygon([geom])
        else:
            values["geometry"] = geom
            values["plan"] = ""
        return class_of(class_name)(inspire_id=ident, **values)

    # -- report --------------------------------------------------------------------
    def _finding(self, rule: str, severity: Severity, text: Text, *, location: BaseGeometry | None = None,
                 feature_id: str | None = None, count: int = 1) -> None:
        self.findings.append(Finding(rule, severity, text, file=self.source_name, feature_id=feature_id,
                                     location=location, count=count))

    def _notes(self, lm: LayerMapping, row: PreparedRow) -> None:
        for rule, detail, location in row.notes:
            if rule in _PER_FEATURE or rule == "IMPORT.LABEL_AMBIGUOUS":
                if rule == "IMPORT.LABEL_AMBIGUOUS":
                    text = Text("plu_model.importing.importer", "layer {title}, feature {fid}: several labels inside ({detail})",
                                title=lm.title, fid=row.fid, detail=detail)
                    severity = Severity.WARNING
                else:
                    severity, note = _NOTE_TEXT[rule]
                    text = Text("plu_model.importing.importer", "layer {title}, feature {fid}: {note}", title=lm.title, fid=row.fid,
                                note=_note(note, detail))
                self._finding(rule, severity, text, location=location, feature_id=row.fid)
            else:
                self.note_counts[(lm.title, rule, detail)] += 1

    def _problems(self, lm: LayerMapping, fid: str, evaluated: Evaluated) -> None:
        for p in evaluated.problems:
            key = (lm.title, p.attribute, p.raw, p.kind)
            entry = self.unmapped.setdefault(key, [p, 0, fid])
            entry[1] += 1
        for _attr, raw, uri in evaluated.normalised:
            self.note_counts[(lm.title, "IMPORT.CODE_NORMALISED", f"{raw} → {uri}")] += 1

    def fold_findings(self) -> None:
        for (layer, rule, detail), n in self.note_counts.items():
            if rule == "IMPORT.CODE_NORMALISED":
                text = Text("plu_model.importing.importer", "layer {layer}: the code {detail} (the registry's identifier)", layer=layer,
                            detail=detail)
                self._finding(rule, Severity.INFO, text, count=n)
                continue
            severity, note = _NOTE_TEXT[rule]
            self._finding(rule, severity, Text("plu_model.importing.importer", "layer {layer}: {note}", layer=layer, note=_note(note, detail)),
                          count=n)
        for (layer, _attr, _raw, kind), (problem, n, example) in self.unmapped.items():
            p: Problem = problem
            severity = Severity.ERROR if p.skip else Severity.WARNING
            tail = (Text("plu_model.importing.importer", "; the feature was skipped") if p.skip
                    else Text("plu_model.importing.importer", "; left empty (nil)"))
            rule = {"unmapped": "IMPORT.UNMAPPED_VALUE", "missing": "IMPORT.MISSING_VALUE"}.get(kind, "IMPORT.BAD_VALUE")
            self._finding(rule, severity, Text("plu_model.importing.importer", "layer {layer}: {problem}{tail} (first: feature {example})",
                                               layer=layer, problem=_ProblemText(p), tail=tail, example=example),
                          feature_id=str(example), count=n)
        for (layer, said), n in self.src.messages.counts.items():
            where = Text("plu_model.importing.importer", "layer {layer}: ", layer=layer) if layer else ""
            self._finding("IMPORT.READER_SAID", Severity.INFO,
                          Text("plu_model.importing.importer", "{where}the reader (GDAL) said: {said}", where=where,
                               said=said), count=n)
        for (layer, fieldname), (n, fid, text) in self.src.text_in_numbers.items():
            self._finding("IMPORT.TEXT_IN_NUMBER_FIELD", Severity.WARNING,
                          Text("plu_model.importing.importer", "layer {layer}: the numeric field {fieldname} holds "
                                                               "text ({text!r} in feature #{fid}); the text was read, "
                                                               "not the number the reader made of it",
                               layer=layer, fieldname=fieldname, text=text, fid=fid),
                          feature_id=f"#{fid}", count=n)
        for dup in self.duplicates:
            self._finding("IMPORT.DUPLICATE_KEY", Severity.WARNING,
                          Text("plu_model.importing.importer", "feature {feature}: property {key!r} is given {n} "
                                                               "time ({values}); the reader kept the last",
                               plural="feature {feature}: property {key!r} is given {n} times ({values}); the "
                                      "reader kept the last", feature=dup.feature, key=dup.key, n=len(dup.values), values=", ".join(dup.values)),
                          feature_id=dup.feature)
        for (layer, fieldname), n in self.src.fallback_fields.items():
            self._finding("IMPORT.ENCODING_ASSUMED", Severity.WARNING,
                          Text("plu_model.importing.importer", "layer {layer}: text of field {fieldname} is not "
                                                               "UTF-8; it was read as {FALLBACK_ENCODING} (choose "
                                                               "the text encoding in the import wizard or set "
                                                               "source.encoding in the mapping to confirm or correct)",
                                                               layer=layer, fieldname=fieldname, FALLBACK_ENCODING=FALLBACK_ENCODING), count=n)


#: what went wrong with a value, as the Bulgarian text says it (the English names the rule's own words)
_PROBLEM_KIND = {
    "unmapped": Text("plu_model.importing.importer", "no matching code for"),
    "missing": Text("plu_model.importing.importer", "no value for"),
    "bad_value": Text("plu_model.importing.importer", "the value cannot be read of"),
}


@dataclass(frozen=True)
class _ProblemText:
    """A value problem: in English the mapping rule's own message; in Bulgarian its kind, attribute and value."""

    problem: Problem

    def say(self, language: str) -> str:
        p = self.problem
        if language != "bg":
            return p.message
        raw = say_in(language, "plu_model.importing.importer", ": {raw!r}", raw=p.raw) if p.raw else ""
        return say_in(language, "plu_model.importing.importer", "{what} {attribute}", what=_PROBLEM_KIND[p.kind], attribute=p.attribute) + raw


class NothingImported(PluInputError):
    """Every source feature was skipped: no plan can be made.  ``report`` says why, feature by feature."""

    def __init__(self, report: ImportReport):
        summary = _SkipSummary(tuple(
            (lr.layer, lr.read, tuple((r, n, tuple(lr.examples.get(r, []))) for r, n in lr.skipped.most_common()))
            for lr in report.layers))
        super().__init__(Text("plu_model.importing.importer", "{source}: nothing was imported, so there is no plan "
                                                              "to write: {summary}", source=report.source,
                              summary=summary))
        self.report = report


@dataclass(frozen=True)
class _SkipSummary:
    """Per layer: features read and why each was skipped, in the language asked (plain data: it pickles)."""

    layers: tuple[tuple[str, int, tuple[tuple[str, int, tuple[str, ...]], ...]], ...]

    def say(self, language: str) -> str:
        parts = []
        for layer, read, skipped in self.layers:
            if read == 0:
                parts.append(say_in(language, "plu_model.importing.importer", "layer {layer} has no features (after "
                                                                              "its filter)", layer=layer))
                continue
            reasons = ", ".join(f"{n} × {SKIP_REASONS[r].say(language)} ({', '.join(ex)})" for r, n, ex in skipped)
            parts.append(say_in(language, "plu_model.importing.importer", "layer {layer}: {read} read, all "
                                                                          "skipped: {reasons}",
                                layer=layer, read=read, reasons=reasons))
        return "; ".join(parts)


# -- plans -------------------------------------------------------------------------
def _constant_plan(imp: _Importer, extent: MultiPolygon) -> Feature:
    mapping = imp.mapping
    evaluated = imp.rules.evaluate("SpatialPlan", mapping.plan, {}, {})
    imp._problems(LayerMapping("SpatialPlan", name="plan"), "plan", evaluated)
    if evaluated.skip is not None:
        raise PluInputError(Text("plu_model.importing.importer", "{mapping}: plan: {problem}", mapping=imp._mapping_name(),
                                 problem=_ProblemText(evaluated.skip)))
    local = mapping.plan_local_id or mapping.dataset_local_id or "plan"
    return imp._feature("SpatialPlan", local, extent, evaluated)


def _extent(features: list[Feature], how: str) -> MultiPolygon:
    areas = [geometry_of(f) for f in features if f.class_name == "ZoningElement"]
    if not areas:
        areas = [g for g in (geometry_of(f) for f in features) if g is not None and g.area > 0]
    if not areas:
        points = [g for g in (geometry_of(f) for f in features) if g is not None]
        if not points:
            raise PluInputError(
                Text("plu_model.importing.importer", "nothing was imported, so the plan has no extent")
            )
        areas = [shapely.convex_hull(shapely.union_all(points)).buffer(1.0)]
    shape = shapely.union_all(areas, grid_size=None)
    if how == "hull":
        shape = shape.convex_hull
    shape = shapely.make_valid(shape)
    polys = [p for p in shapely.get_parts(shape) if p.geom_type == "Polygon"]
    return MultiPolygon(polys)


def _assign_plans(plans: list[Feature], features: list[tuple[Feature, LayerReport]], imp: _Importer) -> list[Feature]:
    for plan in plans:
        plan.gml_id = make_gml_id("SP", plan.inspire_id.local_id)
    kept = []
    if len(plans) == 1:
        for f, _ in features:
            f.plan = plans[0].href()
            kept.append(f)
        return kept
    tree = STRtree([p.extent for p in plans])
    for f, lr in features:
        point = geometry_of(f).representative_point()
        hits = [int(i) for i in tree.query(point, predicate="within")]
        if not hits:
            lr.written -= 1
            lr.skip("OUTSIDE_PLANS", f.inspire_id.local_id)
            continue
        f.plan = plans[hits[0]].href()
        kept.append(f)
    return kept


def import_ogr(
    source: str,
    mapping: ImportMapping,
    *,
    progress: Progress | None = None,
    target_epsg: int | None = None,
    now: datetime | None = None,
    format: str | None = None,
) -> tuple[PlanDataset, ImportReport]:
    """Read an OGR source through a mapping into a plan data set (nothing is written)."""
    progress = progress or Progress()
    imp = _Importer(open_ogr(source, mapping, format), mapping, progress, target_epsg, now)
    try:
        imp.second_look()
        for lm in mapping.layers:
            imp.check_fields(lm)
        target = imp.target_epsg or imp.source_crs(mapping.layers[0])
        if not is_known_crs(target):
            raise PluInputError(
                Text("plu_model.importing.importer", "EPSG:{target} is not a CRS PROJ knows", target=target),
            )
        contexts = [imp.context(lm, target) for lm in mapping.layers]
        progress.total = sum(imp.src.count(c.mapping.name, c.mapping.where) for c in contexts) * 2 or None
        with linearisation_settings(max(c.cleaner.tolerance for c in contexts)):
            built: list[tuple[Feature, LayerReport]] = []
            plans: list[Feature] = []
            for ctx in contexts:
                lr = LayerReport(ctx.mapping.title, ctx.mapping.target)
                imp.report.layers.append(lr)
                for f in imp.build_features(ctx, lr):
                    if f.class_name == "SpatialPlan":
                        plans.append(f)
                    else:
                        built.append((f, lr))
                    lr.written += 1
        if not plans and not built:
            imp.fold_findings()
            imp.report.findings = imp.findings
            raise NothingImported(imp.report)
        if not plans:
            plans = [_constant_plan(imp, _extent([f for f, _ in built], mapping.plan_extent))]
        features = _assign_plans(plans, built, imp)
        data = PlanDataset(crs=target)
        for plan in plans:
            data.add(plan)
        for f in features:
            data.add(f)
        for spec in mapping.documents:
            data.add(document_feature(spec, mapping.namespace, mapping.version_id))
        data.dataset_id = Identifier(
            mapping.dataset_local_id or plans[0].inspire_id.local_id, mapping.namespace, mapping.version_id
        )
        data.metadata.update({
            "import_source": source if not is_connection_string(source) else "database",
            "import_date": imp.now.isoformat(),
        })
        if mapping.path:
            data.metadata["import_mapping"] = str(mapping.path)
        data.link_members()
        imp.fold_findings()
    finally:
        imp.src.close()
    imp.report.findings = imp.findings
    imp.report.crs = target
    imp.report.counts = data.counts()
    imp.report.curve_tolerance = mapping.geometry.curve_tolerance
    return data, imp.report


# -- GML from other authorities ------------------------------------------------------
def _code_attributes(class_name: str) -> list[Any]:
    return [a for a in CLASS_ATTRIBUTES[class_name] if a.kind == "code"]


def _normalise_codes(data: PlanDataset, report: ImportReport, path: str) -> dict[str, str]:
    """``https://inspire.ec.europa.eu/…`` and near-misses of known codes become the registry identifiers.

    Returns the rewritten URIs (old → new), so labels kept for them follow.
    """
    changed: Counter[tuple[str, str]] = Counter()
    lists: dict[str, list[Any]] = {}

    def fix(uri: Any, list_name: str) -> Any:
        if list_name not in lists:
            base = codelist(list_name)
            lists[list_name] = ([base] if len(base) else []) + codelists_extending(list_name)
        if not isinstance(uri, str) or any(uri in cl for cl in lists[list_name]):
            return uri
        for cl in lists[list_name]:
            near = cl.suggest(uri)
            if near and near.rsplit("/", 1)[-1].lower() == uri.rstrip("/").rsplit("/", 1)[-1].lower():
                changed[(uri, near)] += 1
                return near
        return uri

    for f in data.features():
        for attr in _code_attributes(f.class_name):
            value = getattr(f, attr.name)
            if isinstance(value, list):
                setattr(f, attr.name, [fix(v, attr.codelist) for v in value])
            elif isinstance(value, str):
                setattr(f, attr.name, fix(value, attr.codelist))
        citation = getattr(f, "legislation_citation", None)
        if isinstance(citation, LegislationCitation) and citation.level:
            level = fix(citation.level, "LegislationLevelValue")
            if level != citation.level:
                f.legislation_citation = replace(citation, level=level)
    for (old, new), n in changed.items():
        report.findings.append(Finding(
            "IMPORT.CODE_NORMALISED", Severity.INFO,
            Text("plu_model.importing.importer", "{old} was written as the registry identifier {new}",
                                                 old=old, new=new), file=path, count=n))
    return {old: new for old, new in changed}


def _give_missing_ids(data: PlanDataset, taken: set[str]) -> list[str]:
    """A ``gml:id`` for each feature that came without one (a plan file keys its rows and links on it)."""
    from plu_model.dataset import GML_ID_PREFIX

    given = []
    for f in data.features():
        if not f.gml_id:
            new = make_gml_id(GML_ID_PREFIX[f.class_name], f.inspire_id.local_id or str(len(taken)))
            while new in taken:
                new += "_"
            taken.add(new)
            f.gml_id = new
            given.append(new)
    return given


def _fix_ids_and_references(data: PlanDataset, report: ImportReport, path: str) -> None:
    """Make every ``gml:id`` an XML name and every same-file reference a ``#gml_id``."""
    renamed: dict[str, str] = {}
    taken = {f.gml_id for f in data.features() if f.gml_id}
    from plu_model.dataset import GML_ID_PREFIX

    given = _give_missing_ids(data, taken)
    if given:
        report.findings.append(Finding(
            "IMPORT.GML_ID_GIVEN", Severity.WARNING,
            Text("plu_model.importing.importer", "{n} feature had no gml:id and was given one from its class and "
                                                 "localId (e.g. {example}); nothing could refer to it before",
                 plural="{n} features had no gml:id and were given one from their class and localId (e.g. {example}); "
                        "nothing could refer to them before",
                 n=len(given), example=given[0]), file=path, count=len(given)))
    for f in data.features():
        if f.gml_id and not _NCNAME.match(f.gml_id):
            new = make_gml_id(GML_ID_PREFIX[f.class_name], f.gml_id)
            while new in taken:
                new += "_"
            renamed[f.gml_id] = new
            taken.add(new)
            f.gml_id = new
    if renamed:
        report.findings.append(Finding(
            "IMPORT.GML_ID_RENAMED", Severity.INFO,
            Text("plu_model.importing.importer", "{n} gml:id value was not an XML name and was renamed ({next} → "
                                                 "{next2}); references follow",
                                                 plural="{n} gml:id values were not XML names and were renamed (e.g. "
                                                        "{next} → {next2}); references follow",
                                                 n=len(renamed), next=next(iter(renamed)), next2=next(iter(renamed.values()))), file=path))
    by_id = {f.gml_id: f for f in data.features() if f.gml_id}
    by_uri: dict[str, str] = {}
    for f in data.features():
        ns = f.inspire_id.namespace.rstrip("/")
        for uri in (f"{ns}/{f.inspire_id.local_id}", f"{ns}{f.inspire_id.local_id}"):
            by_uri.setdefault(uri, f.gml_id or "")
    localised = Counter()

    def local(ref: str) -> str:
        if not isinstance(ref, str) or not ref:
            return ref
        if ref.startswith("#"):
            target = ref[1:]
            return "#" + renamed.get(target, target)
        frag = ref.rsplit("#", 1)[-1] if "#" in ref else None
        if frag is not None and (frag in by_id or frag in renamed):
            localised["fragment"] += 1
            return "#" + renamed.get(frag, frag)
        if ref.rstrip("/") in by_uri and by_uri[ref.rstrip("/")]:
            localised["uri"] += 1
            return "#" + by_uri[ref.rstrip("/")]
        return ref

    for f in data.features():
        for attr in CLASS_ATTRIBUTES[f.class_name]:
            if attr.kind != "ref":
                continue
            value = getattr(f, attr.name)
            if isinstance(value, list):
                setattr(f, attr.name, [local(v) for v in value])
            elif isinstance(value, str):
                setattr(f, attr.name, local(value))
    if localised:
        n = sum(localised.values())
        report.findings.append(Finding(
            "IMPORT.REFERENCE_LOCALISED", Severity.INFO,
            Text("plu_model.importing.importer", "{n} reference to an object of this file by full URI became a "
                                                 "same-file reference (#gml:id)",
                                                 plural="{n} references to objects of this file by full URI became "
                                                        "same-file references (#gml:id)", n=n),
            file=path))
    plans = data.spatial_plans
    if len(plans) == 1:
        orphans = [f for f in (*data.zoning_elements, *data.supplementary_regulations) if f.plan != plans[0].href()
                   and (not f.plan or f.plan.startswith("#") and f.plan[1:] not in by_id)]
        for f in orphans:
            f.plan = plans[0].href()
        if orphans:
            report.findings.append(Finding(
                "IMPORT.PLAN_LINKED", Severity.WARNING,
                Text("plu_model.importing.importer", "{n} feature named no plan of this file; it was linked to the "
                                                     "only plan",
                                                     plural="{n} features named no plan of this file; they were "
                                                            "linked to the only plan", n=len(orphans)),
                file=path, count=len(orphans)))


def import_gml(
    path: str | os.PathLike[str],
    *,
    target_epsg: int | None = None,
    curve_tolerance: float = 0.01,
    progress: Progress | None = None,
) -> tuple[PlanDataset, ImportReport]:
    """Read a PLU GML file of any authority's layout into a consistent data set."""
    progress = progress or Progress()
    name = str(path)
    # an import rewrites into PLU Studio's own encoding; `plu convert` is the lossless exchange
    reader = GmlReader(path, target_epsg, arc_tolerance=curve_tolerance, keep_source=False)
    data = PlanDataset(crs=0)
    report = ImportReport(source=name)
    per_class: dict[str, LayerReport] = {}
    for f in reader.features():
        lr = per_class.setdefault(f.class_name, LayerReport(f"plu:{f.class_name}", f.class_name))
        lr.read += 1
        lr.written += 1
        data.add(f)
        progress.step()
    if reader.crs is not None or any(f.rule == "READ.BAD_VALUE" for f in reader.findings):
        reader.require_usable_crs()  # an srsName nobody knows, or a CRS PROJ does not know, named where it is
    if reader.crs is None or not data.spatial_plans and not data.zoning_elements:
        raise PluInputError(
            Text("plu_model.importing.importer", "{name}: no PLU feature with a geometry was found; is it a PLU 4.0 "
                                                 "file?", name=name),
        )
    data.crs = reader.crs
    data.dataset_id = reader.dataset_id
    data.metadata.update(reader.metadata)
    data.metadata["import_source"] = name
    report.findings.extend(reader.findings)
    report.layers = [per_class[c] for c in CLASS_ATTRIBUTES if c in per_class]
    if not data.spatial_plans:
        raise PluInputError(
            Text("plu_model.importing.importer", "{name}: the file holds no plu:SpatialPlan; a plan file needs one",
                                                 name=name),
        )
    rewritten = _normalise_codes(data, report, name)
    if rewritten and "code_titles" in data.metadata:
        titles = json.loads(data.metadata["code_titles"])
        data.metadata["code_titles"] = json.dumps({rewritten.get(k, k): v for k, v in titles.items()},
                                                  ensure_ascii=False, sort_keys=True)
    _fix_ids_and_references(data, report, name)
    data.link_members()
    report.crs = data.crs
    report.counts = data.counts()
    report.curve_tolerance = curve_tolerance
    return data, report


# -- one entry point ------------------------------------------------------------------
def run_import(
    source: str | os.PathLike[str],
    mapping: ImportMapping | None = None,
    out: str | os.PathLike[str] | None = None,
    *,
    progress: Progress | None = None,
    target_epsg: int | None = None,
    format: str | None = None,
    now: datetime | None = None,
) -> tuple[PlanDataset, ImportReport]:
    """Import ``source`` (a file or connection string) and, with ``out``, write the plan file atomically.

    PLU GML needs no mapping; every other source does.  Raises
    :class:`~plu_model.errors.PluInputError` for unusable input and
    :class:`~plu_model.errors.Cancelled` when ``progress`` is cancelled.
    """
    progress = progress or Progress()
    name = str(source)
    fmt = import_format(name, mapping, format)
    kind = fmt.options.get("kind")
    if kind == "plu-gml" or fmt.name == "inspire-gml":
        tolerance = mapping.geometry.curve_tolerance if mapping else 0.01
        data, report = import_gml(name, target_epsg=target_epsg or (mapping.target_crs if mapping else None),
                                  curve_tolerance=tolerance, progress=progress)
    elif kind == "ogr":
        if mapping is None:
            raise PluInputError(
                Text("plu_model.importing.importer", "{name} ({fmt}) needs a mapping file that says which layer "
                                                     "becomes which PLU class (plu import {name} --mapping "
                                                     "MAP.yaml); see docs/importing.md", name=name, fmt=fmt),
            )
        data, report = import_ogr(name, mapping, progress=progress, target_epsg=target_epsg, now=now, format=fmt.name)
    else:
        raise PluInputError(
            Text("plu_model.importing.importer", "{name}: {fmt} is already a plan file; open it or convert it instead",
                                                 name=name, fmt=fmt),
        )
    progress.check()
    if out is not None:
        save_dataset(out, data, progress=progress)
        report.output = str(out)
    progress.finish()
    return data, report


# -- preview (the wizard) -------------------------------------------------------------
@dataclass
class PreviewRow:
    """One source row as the import would turn it: source values, mapped values, problems."""

    fid: str
    source: dict[str, Any]
    mapped: dict[str, Any]
    problems: list[Problem]
    skip: str | None = None

    @property
    def unmapped_attributes(self) -> set[str]:
        return {p.attribute for p in self.problems}


def preview_layer(source: OgrSource, mapping: ImportMapping, layer: LayerMapping, limit: int = 20,
                  target_epsg: int | None = None) -> list[PreviewRow]:
    """The first rows of a mapped layer as the import would turn them (nothing is written)."""
    imp = _Importer(source, mapping, Progress(), target_epsg, None)
    imp.check_fields(layer)
    target = imp.target_epsg or imp.source_crs(layer)
    ctx = imp.context(layer, target)
    rules = dict(mapping.plan) if layer.target == "SpatialPlan" else {}
    rules.update(layer.attributes)
    out = []
    with linearisation_settings(ctx.cleaner.tolerance):
        for row in imp.prepared_rows(ctx, limit):
            row.fid = imp._shown_id(ctx.mapping, row)
            if row.skip:
                out.append(PreviewRow(row.fid, row.values, {}, [], row.skip))
                continue
            evaluated = imp.rules.evaluate(layer.target, rules, layer.dimensioning, row.values)
            skip = evaluated.skip
            out.append(PreviewRow(row.fid, row.values, evaluated.values, evaluated.problems,
                                  _PROBLEM_SKIP[skip.kind] if skip else None))
    return out

