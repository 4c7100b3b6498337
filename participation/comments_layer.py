"""Comments inside the plan file: a comments layer QGIS shows on the map and in a table.

Comments belong with the plan they answer, so they go into the plan's GeoPackage
as three more tables (``docs/participation.md``, "The comments layer"):

``consultation_comment``
    one row per comment, geometry in the plan's CRS (points, lines or areas; none
    for a comment on the text only), the zoning elements it touches (JSON list of
    gml:ids), the paragraph it cites, moderation status, the reviewer's decision
    and written answer;
``consultation_person``
    name and e-mail of those who consented, keyed by comment id, apart from the
    comments so a summary or an export never reads it unless asked to;
``consultation_review_log``
    every change of a decision or answer with its time: the record of how each
    answer came about, and what undo restores;
``consultation_document``
    scanned pages of paper objections and the minutes of public meetings (PDF or
    JPEG bytes, with name, type, size and SHA-256).

Each comment has a short ``reference`` (``ПУП-2026-0042``, see
:mod:`participation.reference`) and a ``channel``: ``online`` for the service
and comment files, ``paper`` for objections handed in at the registry, which
also carry their registry number (входящ номер).

``plu_plan_file`` and the PLU tables are not touched, so every reader of plan
files keeps working.  Writing to a plan file the user named goes through
:func:`updating`, which edits a copy and moves it into place only when done.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import shapely
from osgeo import gdal, ogr, osr
from shapely.geometry.base import BaseGeometry
from shapely.strtree import STRtree

from exporters.geojson_ import WGS84
from participation.attachments import Attachment
from participation.comment import Author, Comment
from participation.comment_export import ReceivedComment
from participation.paragraphs import plan_paragraphs
from participation.reference import format_reference, next_reference, parse_reference, reference_prefix
from plu_model.atomic import atomic_path
from plu_model.crs import reproject
from plu_model.dataset import PlanDataset
from plu_model.errors import PlanFileError, PluInputError
from plu_model.findings import Finding, Severity
from plu_model.geopackage import PlanFile, save_copy
from plu_model.i18n import Text

gdal.UseExceptions()
ogr.UseExceptions()

__all__ = [
    "COMMENT_TABLE",
    "DECISIONS",
    "PERSON_TABLE",
    "REVIEW_TABLE",
    "CommentRecord",
    "CommentsLayer",
    "ImportReport",
    "carry_comments",
    "comment_count",
    "import_comments",
    "link_zones",
    "updating",
]

COMMENT_TABLE = "consultation_comment"
PERSON_TABLE = "consultation_person"
REVIEW_TABLE = "consultation_review_log"
INFO_TABLE = "consultation_info"
DOCUMENT_TABLE = "consultation_document"
_ISSUED = "reference.issued."
LAYOUT_VERSION = "1"
#: Reviewer decisions (``None``: not decided yet).
DECISIONS: tuple[str, ...] = ("accepted", "partly", "rejected")

_COMMENT_FIELDS: tuple[tuple[str, int, int], ...] = (
    ("comment_id", ogr.OFTString, ogr.OFSTNone),
    ("number", ogr.OFTInteger, ogr.OFSTNone),
    ("reference", ogr.OFTString, ogr.OFSTNone),
    ("channel", ogr.OFTString, ogr.OFSTNone),
    ("registry_number", ogr.OFTString, ogr.OFSTNone),
    ("package_id", ogr.OFTString, ogr.OFSTNone),
    ("submitted_at", ogr.OFTString, ogr.OFSTNone),
    ("received_at", ogr.OFTString, ogr.OFSTNone),
    ("language", ogr.OFTString, ogr.OFSTNone),
    ("text", ogr.OFTString, ogr.OFSTNone),
    ("zones", ogr.OFTString, ogr.OFSTJSON),
    ("picked_zones", ogr.OFTString, ogr.OFSTJSON),
    ("paragraph", ogr.OFTString, ogr.OFSTNone),
    ("geometry_kind", ogr.OFTString, ogr.OFSTNone),
    ("moderation", ogr.OFTString, ogr.OFSTNone),
    ("source", ogr.OFTString, ogr.OFSTNone),
    ("imported_at", ogr.OFTString, ogr.OFSTNone),
    ("decision", ogr.OFTString, ogr.OFSTNone),
    ("answer", ogr.OFTString, ogr.OFSTNone),
    ("answered_at", ogr.OFTString, ogr.OFSTNone),
)
_PERSON_FIELDS = (("comment_id", ogr.OFTString), ("name", ogr.OFTString), ("email", ogr.OFTString),
                  ("consent_given_at", ogr.OFTString), ("address", ogr.OFTString))
_DOCUMENT_FIELDS = (
    ("doc_id", ogr.OFTInteger), ("comment_id", ogr.OFTString), ("kind", ogr.OFTString), ("title", ogr.OFTString),
    ("dated", ogr.OFTString), ("file_name", ogr.OFTString), ("media_type", ogr.OFTString), ("size", ogr.OFTInteger64),
    ("sha256", ogr.OFTString), ("added_at", ogr.OFTString), ("content", ogr.OFTBinary),
)
_REVIEW_FIELDS = (
    ("comment_id", ogr.OFTString), ("changed_at", ogr.OFTString),
    ("old_decision", ogr.OFTString), ("old_answer", ogr.OFTString),
    ("new_decision", ogr.OFTString), ("new_answer", ogr.OFTString),
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class CommentRecord:
    """A comment as the plan file holds it: the comment, its links and the reviewer's answer."""

    comment_id: str
    number: int
    text: str
    language: str
    submitted_at: str
    received_at: str | None
    zones: tuple[str, ...]
    picked_zones: tuple[str, ...]
    paragraph: str | None
    geometry: BaseGeometry | None = field(compare=False)
    geometry_kind: str
    moderation: str
    source: str
    decision: str | None
    answer: str
    answered_at: str | None
    package_id: str = ""
    author: Author | None = None
    reference: str = ""
    channel: str = "online"
    registry_number: str = ""
    address: str = ""

    @property
    def is_paper(self) -> bool:
        return self.channel == "paper"


@dataclass(frozen=True)
class StoredDocument:
    """A scan or minutes kept in the plan file (``content`` is read only when asked for)."""

    doc_id: int
    comment_id: str | None
    kind: str
    title: str
    dated: str
    file_name: str
    media_type: str
    size: int
    sha256: str


@dataclass
class ImportReport:
    """What an import did: comments added, duplicates skipped, and problems worth a look."""

    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def link_zones(
    comment: Comment, data: PlanDataset, *, tree: STRtree | None = None
) -> tuple[tuple[str, ...], BaseGeometry | None]:
    """The zoning elements a comment touches (picked, or under what was drawn) and its geometry in the plan CRS.

    A drawn point touches the zones that contain it; a line, the zones it runs
    through (not only along the edge); an area, the zones it overlaps by more than
    a thousandth of its own area.
    """
    data.assign_gml_ids()
    ids = [z.gml_id or "" for z in data.zoning_elements]
    linked = [z for z in comment.zones if z in ids]
    geom = None if comment.geometry is None else reproject(comment.geometry, WGS84, data.crs)
    if geom is not None and data.zoning_elements:
        tree = tree if tree is not None else STRtree([z.geometry for z in data.zoning_elements])
        for i in tree.query(geom):
            zone_geom = data.zoning_elements[int(i)].geometry
            if geom.geom_type == "Point":
                touches = zone_geom.covers(geom)
            elif geom.geom_type == "LineString":
                touches = zone_geom.intersection(geom).length > geom.length * 1e-3
            else:
                touches = zone_geom.intersection(geom).area > geom.area * 1e-3
            if touches and ids[int(i)] not in linked:
                linked.append(ids[int(i)])
    order = {gml_id: n for n, gml_id in enumerate(ids)}
    return tuple(sorted(linked, key=lambda z: order.get(z, len(order)))), geom


class CommentsLayer:
    """The comment tables of one plan file, opened for reading and writing in place.

    Use it on the editor's working copy; for a file the user named, use
    :func:`updating` so the change is atomic.
    """

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        with PlanFile(self.path) as pf:
            self.crs = pf.crs
        try:
            self._ds = gdal.OpenEx(str(self.path), gdal.OF_VECTOR | gdal.OF_UPDATE, allowed_drivers=["GPKG"])
        except RuntimeError as exc:
            raise PlanFileError(
                Text("participation.comments_layer", "{path}: cannot open the plan file for writing ({exc})",
                                                     path=self.path, exc=exc),
            ) from exc
        self._ensure_tables()

    # -- set-up ---------------------------------------------------------------------
    def _ensure_tables(self) -> None:
        ds = self._ds
        if ds.GetLayerByName(COMMENT_TABLE) is None:
            srs = osr.SpatialReference()
            srs.ImportFromEPSG(self.crs)
            layer = ds.CreateLayer(COMMENT_TABLE, srs, ogr.wkbUnknown, options=["FID=fid", "GEOMETRY_NAME=geom"])
            for name, ftype, subtype in _COMMENT_FIELDS:
                fd = ogr.FieldDefn(name, ftype)
                fd.SetSubType(subtype)
                layer.CreateField(fd)
            ds.ExecuteSQL(f"CREATE UNIQUE INDEX IF NOT EXISTS {COMMENT_TABLE}_id ON {COMMENT_TABLE}(comment_id)")
        tables = ((PERSON_TABLE, _PERSON_FIELDS), (REVIEW_TABLE, _REVIEW_FIELDS),
                  (INFO_TABLE, (("key", ogr.OFTString), ("value", ogr.OFTString))), (DOCUMENT_TABLE, _DOCUMENT_FIELDS))
        for table, fields in tables:
            if ds.GetLayerByName(table) is None:
                layer = ds.CreateLayer(table, None, ogr.wkbNone, options=["FID=fid"])
                for name, ftype in fields:
                    layer.CreateField(ogr.FieldDefn(name, ftype))
                if table == INFO_TABLE:
                    self._set_info("layout_version", LAYOUT_VERSION)
        self._add_missing_fields()
        ds.FlushCache()

    def _add_missing_fields(self) -> None:
        """Plan files written before references and paper objections get the new columns, and references."""
        comments = self._ds.GetLayerByName(COMMENT_TABLE)
        have = {comments.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(comments.GetLayerDefn().GetFieldCount())}
        for name, ftype, _sub in _COMMENT_FIELDS:
            if name not in have:
                comments.CreateField(ogr.FieldDefn(name, ftype))
        people = self._ds.GetLayerByName(PERSON_TABLE)
        pdefn = people.GetLayerDefn()
        if "address" not in {pdefn.GetFieldDefn(i).GetName() for i in range(pdefn.GetFieldCount())}:
            people.CreateField(ogr.FieldDefn("address", ogr.OFTString))
        comments.SetAttributeFilter("reference IS NULL OR reference = ''")
        missing = comments.GetFeatureCount()
        comments.SetAttributeFilter(None)
        if missing:
            self._assign_missing_references()

    def _plan_prefix(self) -> str:
        with PlanFile(self.path) as pf:
            plans = list(pf.iter_class("SpatialPlan"))
        return self._series_prefix(getattr(plans[0], "plan_type_name", None) if plans else None)

    def _series_prefix(self, plan_type: str | None) -> str:
        """The prefix the consultation's package gave the service (newest package), else the plan type's."""
        packages = [json.loads(v) for k, v in self.info().items() if k.startswith("package.")]
        chosen = [p["reference_prefix"] for p in sorted(packages, key=lambda p: str(p.get("start", "")))
                  if isinstance(p.get("reference_prefix"), str) and p["reference_prefix"]]
        return chosen[-1] if chosen else reference_prefix(plan_type)

    def _assign_missing_references(self) -> None:
        layer = self._ds.GetLayerByName(COMMENT_TABLE)
        prefix = self._plan_prefix()
        layer.ResetReading()
        rows = sorted(layer, key=lambda r: (r.GetField("number") or 0, r.GetField("comment_id") or ""))
        taken = [r.GetField("reference") for r in rows if r.GetField("reference")] + self._issued()
        self._ds.StartTransaction()
        for row in rows:
            if row.GetField("reference"):
                continue
            ref = next_reference(taken, prefix, _year(row.GetField("received_at") or row.GetField("submitted_at")))
            taken.append(ref)
            row.SetField("reference", ref)
            if not row.GetField("channel"):
                row.SetField("channel", "online")
            layer.SetFeature(row)
        self._remember_issued(taken)
        self._ds.CommitTransaction()

    def _issued(self) -> list[str]:
        """The last reference of each series ever given here, kept so a number is not given again after removal."""
        return [v for k, v in self.info().items() if k.startswith(_ISSUED)]

    def _remember_issued(self, references: Iterable[str]) -> None:
        last: dict[tuple[str, int], int] = {}
        for ref in references:
            parsed = parse_reference(ref)
            if parsed is not None:
                key = (parsed.prefix, parsed.year)
                last[key] = max(last.get(key, 0), parsed.number)
        issued = {parse_reference(v) for v in self._issued()}
        for (prefix, year), number in last.items():
            if not any(p and p.prefix == prefix and p.year == year and p.number >= number for p in issued):
                self._set_info(f"{_ISSUED}{prefix}-{year}", format_reference(prefix, year, number))

    def _set_info(self, key: str, value: str) -> None:
        layer = self._ds.GetLayerByName(INFO_TABLE)
        layer.SetAttributeFilter(f"key = '{_sql(key)}'")
        existing = next(iter(layer), None)
        layer.SetAttributeFilter(None)
        if existing is not None:
            existing.SetField("value", value)
            layer.SetFeature(existing)
        else:
            row = ogr.Feature(layer.GetLayerDefn())
            row.SetField("key", key)
            row.SetField("value", value)
            layer.CreateFeature(row)

    def info(self) -> dict[str, str]:
        layer = self._ds.GetLayerByName(INFO_TABLE)
        layer.ResetReading()
        return {r.GetField("key"): r.GetField("value") for r in layer}

    def remember_settings(self, package_id: str, settings_json: dict[str, Any]) -> None:
        """Keep a package's consultation settings, so summaries can name the consultation."""
        self._set_info(f"package.{package_id}", json.dumps(settings_json, ensure_ascii=False))
        self._ds.FlushCache()

    def close(self) -> None:
        if self._ds is not None:
            self._ds.FlushCache()
        self._ds = None

    def __enter__(self) -> CommentsLayer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _first_row(self, table: str, where: str) -> Any:
        """The first row of ``table`` matching the OGR SQL filter ``where`` (``None`` when none does)."""
        layer = self._ds.GetLayerByName(table)
        layer.SetAttributeFilter(where)
        row = next(iter(layer), None)
        layer.SetAttributeFilter(None)
        return row

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One GeoPackage transaction: all of the block's writes, or none of them."""
        self._ds.StartTransaction()
        try:
            yield
        except BaseException:
            self._ds.RollbackTransaction()
            raise
        self._ds.CommitTransaction()

    # -- reading --------------------------------------------------------------------------
    def records(self, *, personal: bool = False) -> list[CommentRecord]:
        """Every comment in number order (``personal``: with names and e-mails)."""
        people: dict[str, Author] = {}
        addresses: dict[str, str]
        if personal:
            plyr = self._ds.GetLayerByName(PERSON_TABLE)
            plyr.ResetReading()
            people = {r.GetField("comment_id"): Author(r.GetField("name") or "", r.GetField("email") or "", True) for r in plyr}
            plyr.ResetReading()
            addresses = {r.GetField("comment_id"): r.GetField("address") or "" for r in plyr}
        else:
            addresses = {}
        layer = self._ds.GetLayerByName(COMMENT_TABLE)
        layer.ResetReading()
        out = []
        for row in layer:
            g = row.GetGeometryRef()
            geom = shapely.from_wkb(bytes(g.ExportToIsoWkb())) if g is not None else None
            out.append(
                CommentRecord(
                    comment_id=row.GetField("comment_id"),
                    number=row.GetField("number") or 0,
                    text=row.GetField("text") or "",
                    language=row.GetField("language") or "",
                    submitted_at=row.GetField("submitted_at") or "",
                    received_at=row.GetField("received_at"),
                    zones=tuple(json.loads(row.GetField("zones") or "[]")),
                    picked_zones=tuple(json.loads(row.GetField("picked_zones") or "[]")),
                    paragraph=row.GetField("paragraph"),
                    geometry=geom,
                    geometry_kind=row.GetField("geometry_kind") or "",
                    moderation=row.GetField("moderation") or "new",
                    source=row.GetField("source") or "",
                    decision=row.GetField("decision"),
                    answer=row.GetField("answer") or "",
                    answered_at=row.GetField("answered_at"),
                    package_id=row.GetField("package_id") or "",
                    author=people.get(row.GetField("comment_id")),
                    reference=row.GetField("reference") or "",
                    channel=row.GetField("channel") or "online",
                    registry_number=row.GetField("registry_number") or "",
                    address=addresses.get(row.GetField("comment_id"), ""),
                )
            )
        return sorted(out, key=lambda r: (r.number, r.comment_id))

    def record(self, comment_id: str) -> CommentRecord:
        for r in self.records():
            if r.comment_id == comment_id:
                return r
        raise KeyError(f"no comment {comment_id} in {self.path}")

    def ids(self) -> set[str]:
        layer = self._ds.GetLayerByName(COMMENT_TABLE)
        layer.ResetReading()
        return {r.GetField("comment_id") for r in layer}

    def review_log(self) -> list[dict[str, str | None]]:
        layer = self._ds.GetLayerByName(REVIEW_TABLE)
        layer.ResetReading()
        return [{name: r.GetField(name) for name, _ in _REVIEW_FIELDS} for r in layer]

    # -- writing ---------------------------------------------------------------------------
    def add(self, items: Iterable[ReceivedComment], data: PlanDataset, source: str) -> ImportReport:
        """Add comments not yet in the file, linked to the plan's zones and paragraphs."""
        report = ImportReport()
        data.assign_gml_ids()
        paragraphs = {p.ref for p in plan_paragraphs(data)}
        zone_ids = {z.gml_id for z in data.zoning_elements}
        tree = STRtree([z.geometry for z in data.zoning_elements]) if data.zoning_elements else None
        extent = shapely.union_all([p.extent for p in data.spatial_plans]) if data.spatial_plans else None
        existing = self.ids()
        layer = self._ds.GetLayerByName(COMMENT_TABLE)
        people = self._ds.GetLayerByName(PERSON_TABLE)
        current = self.records()
        held = {r.comment_id: r.text for r in current}
        published = sorted(k.removeprefix("package.") for k in self.info() if k.startswith("package."))
        number = max((r.number for r in current), default=0)
        taken = [r.reference for r in current if r.reference]
        issued = self._issued()
        prefix = self._series_prefix(data.plan.plan_type_name if data.spatial_plans else None)
        # stable: comments received in the same instant keep the order of the export
        ordered = sorted(items, key=lambda i: i.received_at or i.comment.submitted_at)
        self._ds.StartTransaction()
        try:
            for item in ordered:
                c = item.comment
                if c.id in existing:
                    report.duplicates.append(c.id)
                    if held.get(c.id, c.text) != c.text:  # an edited copy: say so rather than drop it unseen
                        report.findings.append(_finding(
                            "COMMENT.DIFFERENT_COPY", c,
                            Text("participation.comments_layer", "is already in the plan with another text; the plan "
                                                                 "keeps its own and the copy from {source} was not "
                                                                 "imported", source=source)))
                    continue
                existing.add(c.id)
                held[c.id] = c.text
                if published and c.package_id and c.package_id not in published:
                    report.findings.append(_finding(
                        "COMMENT.OTHER_PACKAGE", c,
                        Text("participation.comments_layer", "was made on package {package_id}, not on one this plan "
                                                             "published ({published}): is it another plan's comment?",
                                                             package_id=c.package_id, published=", ".join(published))))
                missing = [z for z in c.zones if z not in zone_ids]
                if missing:
                    report.findings.append(_finding(
                        "COMMENT.UNKNOWN_ZONE", c,
                        Text("participation.comments_layer", "names zones the plan does not have (any more): {missing}",
                                                             missing=', '.join(missing))))
                linked, geom = link_zones(c, data, tree=tree)
                if c.paragraph and c.paragraph not in paragraphs:
                    report.findings.append(_finding(
                        "COMMENT.UNKNOWN_PARAGRAPH", c, Text("participation.comments_layer", "cites {paragraph}, which the plan's regulation "
                                                                                             "text does not have",
                                                                                             paragraph=c.paragraph)))
                if geom is not None and extent is not None and not geom.intersects(extent):
                    report.findings.append(_finding(
                        "COMMENT.OUTSIDE_PLAN", c, Text("participation.comments_layer", "was drawn outside the plan's boundary")))
                number += 1
                reference = self._reference_for(item, taken, issued, prefix, report)
                taken.append(reference)
                row = ogr.Feature(layer.GetLayerDefn())
                values: dict[str, Any] = {
                    "comment_id": c.id, "number": number, "package_id": c.package_id,
                    "submitted_at": _iso(c.submitted_at), "received_at": _iso(item.received_at),
                    "language": c.language, "text": c.text,
                    "zones": json.dumps(list(linked)), "picked_zones": json.dumps(list(c.zones)),
                    "paragraph": c.paragraph, "geometry_kind": c.geometry_kind, "moderation": item.status,
                    "source": source, "imported_at": _now(), "reference": reference,
                    "channel": item.channel, "registry_number": item.registry_number or None,
                }
                for key, value in values.items():
                    if value is None:
                        row.SetFieldNull(key)
                    else:
                        row.SetField(key, value)
                if geom is not None:
                    row.SetGeometryDirectly(ogr.CreateGeometryFromWkb(shapely.to_wkb(geom, flavor="iso")))
                layer.CreateFeature(row)
                if c.author is not None:
                    prow = ogr.Feature(people.GetLayerDefn())
                    prow.SetField("comment_id", c.id)
                    prow.SetField("name", c.author.name)
                    prow.SetField("email", c.author.email)
                    prow.SetField("consent_given_at", _iso(item.received_at or c.submitted_at))
                    if item.address:
                        prow.SetField("address", item.address)
                    people.CreateFeature(prow)
                for attachment in item.attachments:
                    self._insert_document(attachment, comment_id=c.id, kind="scan", title="",
                                          dated=_iso(item.received_at) or "")
                report.added.append(c.id)
            self._remember_issued(taken)
            self._ds.CommitTransaction()
        except BaseException:
            self._ds.RollbackTransaction()
            raise
        return report

    @staticmethod
    def _reference_for(item: ReceivedComment, taken: list[str], issued: list[str], prefix: str,
                       report: ImportReport) -> str:
        """The reference the comment came with when it is free here, else the next of the plan's series.

        ``taken`` are the references in use; ``issued`` the highest ever given per series (a comment
        removed and put back, by undo, keeps its own; a new one never gets a number given before).
        """
        year = (item.received_at or item.comment.submitted_at).year
        given = item.reference.strip()
        parsed = parse_reference(given)
        if parsed is not None and all(parse_reference(t) != parsed for t in taken):
            return format_reference(parsed.prefix, parsed.year, parsed.number)
        ref = next_reference([*taken, *issued], parsed.prefix if parsed else prefix, year)
        if given:
            report.findings.append(_finding(
                "COMMENT.REFERENCE_TAKEN", item.comment,
                Text("participation.comments_layer", "came with reference {given}, which this plan already uses or "
                                                     "which is not a reference; it is {ref} here",
                                                     given=given, ref=ref)))
        return ref

    def remove(self, comment_id: str) -> None:
        """Take a comment out with its person and scans (undo of entering it); its reference stays issued."""
        with self._transaction():
            for table in (COMMENT_TABLE, PERSON_TABLE, DOCUMENT_TABLE):
                layer = self._ds.GetLayerByName(table)
                layer.SetAttributeFilter(f"comment_id = '{_sql(comment_id)}'")
                fids = [row.GetFID() for row in layer]
                layer.SetAttributeFilter(None)
                for fid in fids:
                    layer.DeleteFeature(fid)
        self._ds.FlushCache()

    # -- documents (scans and minutes) ---------------------------------------------------------
    def _insert_document(self, attachment: Attachment, *, comment_id: str | None, kind: str, title: str, dated: str) -> int:
        layer = self._ds.GetLayerByName(DOCUMENT_TABLE)
        layer.ResetReading()
        doc_id = max((r.GetField("doc_id") or 0 for r in layer), default=0) + 1
        row = ogr.Feature(layer.GetLayerDefn())
        values: dict[str, Any] = {
            "doc_id": doc_id, "comment_id": comment_id, "kind": kind, "title": title, "dated": dated,
            "file_name": attachment.name, "media_type": attachment.media_type, "size": attachment.size,
            "sha256": attachment.sha256, "added_at": _now(),
        }
        for key, value in values.items():
            if value is None:
                row.SetFieldNull(key)
            else:
                row.SetField(key, value)
        row.SetFieldBinaryFromHexString("content", attachment.content.hex())
        layer.CreateFeature(row)
        return doc_id

    def add_minutes(self, attachment: Attachment, title: str, dated: str) -> int:
        """Keep the minutes of a public meeting (протокол от обществено обсъждане); returns its number."""
        with self._transaction():
            doc_id = self._insert_document(attachment, comment_id=None, kind="minutes", title=title, dated=dated)
        self._ds.FlushCache()
        return doc_id

    def documents(self, *, kind: str | None = None, comment_id: str | None = None) -> list[StoredDocument]:
        """Scans and minutes (without their bytes), in the order they were added."""
        layer = self._ds.GetLayerByName(DOCUMENT_TABLE)
        layer.ResetReading()
        out = [
            StoredDocument(r.GetField("doc_id"), r.GetField("comment_id"), r.GetField("kind") or "",
                           r.GetField("title") or "", r.GetField("dated") or "", r.GetField("file_name") or "",
                           r.GetField("media_type") or "", r.GetField("size") or 0, r.GetField("sha256") or "")
            for r in layer
        ]
        return [d for d in sorted(out, key=lambda d: d.doc_id)
                if (kind is None or d.kind == kind) and (comment_id is None or d.comment_id == comment_id)]

    def document_content(self, doc_id: int) -> bytes:
        row = self._first_row(DOCUMENT_TABLE, f"doc_id = {int(doc_id)}")
        if row is None:
            raise KeyError(f"no document {doc_id} in {self.path}")
        return bytes(row.GetFieldAsBinary("content"))

    def write_answer(self, comment_id: str, decision: str | None, answer: str, *, log_from: tuple[str | None, str] | None = None) -> None:
        """Set a comment's decision and answer (and log the change from ``log_from``)."""
        if decision is not None and decision not in DECISIONS:
            raise PluInputError(
                Text("participation.comments_layer", "decision must be one of {DECISIONS} (or none), not {decision!r}",
                                                     DECISIONS=', '.join(DECISIONS), decision=decision),
            )
        layer = self._ds.GetLayerByName(COMMENT_TABLE)
        row = self._first_row(COMMENT_TABLE, f"comment_id = '{_sql(comment_id)}'")
        if row is None:
            raise KeyError(f"no comment {comment_id} in {self.path}")
        self._ds.StartTransaction()
        try:
            for name, value in (("decision", decision), ("answer", answer or None), ("answered_at", _now() if (decision or answer) else None)):
                if value is None:
                    row.SetFieldNull(name)
                else:
                    row.SetField(name, value)
            layer.SetFeature(row)
            if log_from is not None:
                log = self._ds.GetLayerByName(REVIEW_TABLE)
                entry = ogr.Feature(log.GetLayerDefn())
                for name, value in (("comment_id", comment_id), ("changed_at", _now()), ("old_decision", log_from[0]),
                                    ("old_answer", log_from[1]), ("new_decision", decision), ("new_answer", answer)):
                    if value is None:
                        entry.SetFieldNull(name)
                    else:
                        entry.SetField(name, value)
                log.CreateFeature(entry)
            self._ds.CommitTransaction()
        except BaseException:
            self._ds.RollbackTransaction()
            raise
        self._ds.FlushCache()


def _year(moment: str | None) -> int:
    try:
        return datetime.fromisoformat((moment or "").replace("Z", "+00:00")).year
    except ValueError:
        return datetime.now(UTC).year


def _sql(text: str) -> str:
    return text.replace("'", "''")


def _finding(rule: str, c: Comment, text: Text) -> Finding:
    return Finding(rule, Severity.WARNING, Text("participation.comments_layer", "comment {id} {text}", id=c.id[:8],
                                                text=text), feature_id=c.id)


@contextmanager
def updating(plan: str | os.PathLike[str]) -> Iterator[CommentsLayer]:
    """The comments layer of a copy of ``plan``, moved over the plan only if the block succeeds."""
    target = Path(plan)
    if not target.is_file():
        raise PluInputError(Text("participation.comments_layer", "{target}: no such plan file", target=target))
    with atomic_path(target, ".gpkg") as tmp:
        save_copy(target, tmp)
        layer = CommentsLayer(tmp)
        try:
            yield layer
        finally:
            layer.close()


def import_comments(
    plan: str | os.PathLike[str],
    items: Iterable[ReceivedComment],
    *,
    source: str,
    in_place: bool = False,
    settings_json: dict[str, Any] | None = None,
) -> ImportReport:
    """Import comments into a plan file (atomically, unless ``in_place`` for a working copy)."""
    from plu_model.geopackage import open_plan

    data = open_plan(plan)
    items = list(items)

    def run(layer: CommentsLayer) -> ImportReport:
        if settings_json and settings_json.get("package_id"):  # first: its reference prefix numbers the new comments
            layer.remember_settings(str(settings_json["package_id"]), settings_json)
        return layer.add(items, data, source)

    if in_place:
        with CommentsLayer(plan) as layer:
            return run(layer)
    with updating(plan) as layer:
        return run(layer)



def comment_count(plan: str | os.PathLike[str]) -> int:
    """How many comments a plan file holds (0 when it has no comments layer), read only."""
    try:
        ds = gdal.OpenEx(str(plan), gdal.OF_VECTOR, allowed_drivers=["GPKG"])
    except RuntimeError:
        return 0
    layer = ds.GetLayerByName(COMMENT_TABLE) if ds is not None else None
    return 0 if layer is None else layer.GetFeatureCount()


def carry_comments(source: str | os.PathLike[str], dest: str | os.PathLike[str]) -> int:
    """Copy the comments, people, review log and consultation info of plan file ``source`` into
    plan file ``dest`` (atomically), with comment geometries moved into ``dest``'s CRS.

    A plan file converted to another CRS or rewritten keeps the consultation that answers
    it; returns how many comments were carried.
    """
    if comment_count(source) == 0:
        return 0
    with PlanFile(source) as pf:
        source_crs = pf.crs
    src = gdal.OpenEx(str(source), gdal.OF_VECTOR, allowed_drivers=["GPKG"])
    carried = 0
    with updating(dest) as target:
        for table in (COMMENT_TABLE, PERSON_TABLE, REVIEW_TABLE, DOCUMENT_TABLE):
            carried_here = _copy_rows(src.GetLayerByName(table), target._ds.GetLayerByName(table),
                                      source_crs, target.crs, target._ds)
            if table == COMMENT_TABLE:
                carried = carried_here
        info = src.GetLayerByName(INFO_TABLE)
        if info is not None:
            for row in info:
                if row.GetField("key") != "layout_version":
                    target._set_info(row.GetField("key"), row.GetField("value"))
    return carried


def _copy_rows(src: Any, dst: Any, source_crs: int, dest_crs: int, ds: Any) -> int:
    """Append every row of ``src`` to ``dst`` by field name; geometries reprojected when the CRS differ."""
    if src is None:
        return 0
    defn = dst.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    n = 0
    ds.StartTransaction()
    src.ResetReading()
    for row in src:
        out = ogr.Feature(defn)
        for name in names:
            i = row.GetFieldIndex(name)
            if i >= 0 and row.IsFieldSetAndNotNull(i):
                out.SetField(name, row.GetField(i))
        g = row.GetGeometryRef()
        if g is not None:
            geom = shapely.from_wkb(bytes(g.ExportToIsoWkb()))
            if source_crs != dest_crs:
                geom = reproject(geom, source_crs, dest_crs)
            out.SetGeometryDirectly(ogr.CreateGeometryFromWkb(shapely.to_wkb(geom, flavor="iso")))
        dst.CreateFeature(out)
        n += 1
    ds.CommitTransaction()
    return n
