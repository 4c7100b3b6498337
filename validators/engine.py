"""The validation engine: every rule over a plan in one streaming pass, all findings at once.

:func:`iter_findings` is the primitive: it yields findings as soon as they are
known and never stops at the first error; :func:`validate` collects them into a
:class:`~validators.report.ValidationReport`; :func:`is_valid` answers yes or no.

A GML file is parsed once: libxml2 checks it against the XSD during the reader's
parse while the raw-XML rules (:mod:`validators.xml_checks`) look at each feature
element, then the model rules run on the feature and it is let go.  That
in-stream check gives no usable place for an error, so a file it refuses is read
again with the detailed check, feature by feature, which names every error's line
(done by a second process on another core for a large file,
:mod:`validators.xsd_worker`); the findings already given are not given twice
(see :meth:`_Run._restart`).  In a large file the in-stream check and the
raw-XML rules run in a second process beside the reading and the model rules
(:mod:`validators.xml_worker`, :meth:`_Run._in_stream`).  Only what the
cross-feature rules need stays in memory: geometries and ids for topology,
link strings for references.  A plan file (GeoPackage) or an in-memory
:class:`~plu_model.dataset.PlanDataset` goes through the same model rules.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import time
from bisect import bisect_right
from collections import Counter, deque
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lxml import etree
from shapely.geometry import box
from shapely.geometry.base import BaseGeometry

from plu_model import gc_policy, xml_parsing
from plu_model.dataset import PlanDataset
from plu_model.errors import Cancelled, PluInputError, SchemaMissingError
from plu_model.features import Feature, geometry_of
from plu_model.findings import Finding
from plu_model.geopackage import PlanFile
from plu_model.gml_reader import GmlReader
from plu_model.i18n import Text
from plu_model.progress import Progress
from plu_model.readers import open_source
from plu_model.schema import CLASS_ATTRIBUTES
from plu_model.xml_parsing import UnsafeXmlError
from validators.attributes import AttributeChecks
from validators.codes import CodeChecks
from validators.context import FeatureInfo, RunContext
from validators.crs_checks import area_finding, centre_longitude, export_crs_finding
from validators.dimensioning import DimensioningChecks
from validators.geometry import GeometryChecks
from validators.geometry_arrays import BATCH, bounds_rows
from validators.options import ValidationOptions
from validators.profiles import load_profile
from validators.references import ReferenceChecks
from validators.report import ValidationReport, verdict_of
from validators.rules import RULES, make_finding
from validators.schema_folder import find_schema_dir
from validators.topology import TopologyChecks
from validators.xml_checks import GmlXmlChecks
from validators.xsd import IdTally, iter_xsd_findings, load_schema, stream_answers_for, stream_check
from validators.xml_worker import CoreProbe, RemoteXmlChecks, WorkerLost, core_to_spare
from validators.xsd_worker import BackgroundXsd, WorkerFailed

__all__ = ["ValidationOptions", "is_valid", "iter_findings", "validate"]

log = logging.getLogger(__name__)

Source = str | os.PathLike[str] | PlanDataset | Any
_GML_SUFFIXES = (".gml", ".xml")
#: reader findings that a raw-XML rule states better, when that rule fired on the same line
_SAME_LINE = {"READ.BAD_VALUE": "gmlas.c.1", "READ.BAD_NIL_REASON": "gmlas.c.3", "READ.NIL_WITHOUT_XSI": "gmlas.c.2"}
#: reader findings another rule always covers when it runs
_COVERED = {"READ.DUPLICATE_ID": "XSD", "READ.BACKGROUDMAPURI": "PITFALL.BACKGROUDMAPURI"}
#: the reader's texts that name an attribute it did not read (its XML name is their ``xml`` value)
_NOT_READ = "{class_name}.{xml} could not be read: {exc}"
_LACKS_REQUIRED = "{class_name} lacks the required {xml}"
_LACKS_VOIDABLE = (
    "{class_name} lacks {missing_voidable} (voidable, but the element must be present, if need be with xsi:nil "
    "and a nilReason); read as nil 'unknown'"
)
#: the parts of an inspireId whose emptiness ID.EMPTY reports
_ID_PARTS = ("/base:localId", "/base:namespace")
#: a feature's own property in a finding's XPath (not an element inside a data type)
_TOP_PROPERTY = re.compile(r"^//plu:(\w+)(?:\[@gml:id='[^']*'\])?/plu:(\w+)$")
#: required texts that cannot be nil: empty, they are missing (READ.MISSING) in every format
_REQUIRED_TEXTS = {
    cls: frozenset(a.xml for a in attrs if a.kind == "string" and not (a.voidable or a.optional or a.many))
    for cls, attrs in CLASS_ATTRIBUTES.items()
}
#: a feature whose attributes were all read
_NONE_UNREAD: frozenset[str] = frozenset()
#: zoning elements drawn on the report's map; bigger plans show only their extent
MAP_ZONE_LIMIT = 5000
#: features read ahead of the second process's XML checks before waiting for it (it starts later)
_AHEAD = 8192
#: features read between two looks at what the second process has answered
_ASK_EVERY = 128


@dataclass
class _Bounds:
    box: list[float] = field(default_factory=lambda: [float("inf"), float("inf"), float("-inf"), float("-inf")])
    #: geometries whose bounds are not taken in yet (computed a batch at a time, in order)
    pending: list[BaseGeometry] = field(default_factory=list)

    def add_geometry(self, geometry: BaseGeometry | None) -> None:
        """Take in a feature's geometry (nothing if it is missing or empty: an empty one's bounds are NaN,
        which :meth:`add` leaves out, so it is not asked one by one)."""
        if geometry is None:
            return
        self.pending.append(geometry)
        if len(self.pending) >= BATCH:
            self._take_pending()

    def _take_pending(self) -> None:
        pending, self.pending = self.pending, []
        for row in bounds_rows(pending):
            self.add(row)

    def add(self, bounds: tuple[float, float, float, float] | None) -> None:
        if bounds is None:
            return
        x0, y0, x1, y1 = bounds
        b = self.box
        if x0 < b[0]:
            b[0] = x0
        if y0 < b[1]:
            b[1] = y0
        if x1 > b[2]:
            b[2] = x1
        if y1 > b[3]:
            b[3] = y1

    def get(self) -> tuple[float, float, float, float] | None:
        self._take_pending()
        return tuple(self.box) if self.box[0] <= self.box[2] else None  # type: ignore[return-value]


class _Checks(list):
    """The checks of a pass, with their ``feature`` methods looked up once and the time each took."""

    def __init__(self, checks: list[Any]):
        super().__init__(checks)
        self.judges = [check.feature for check in checks]
        self.spent = [0.0] * len(checks)


class _Run:
    """One validation run; :meth:`findings` streams, the attributes describe the run afterwards."""

    #: try libxml2's in-stream XSD check first (see :meth:`_restart`); tests turn it off to compare
    in_stream_xsd = True
    #: the XML checks of the in-stream pass, when a second process does them (see :meth:`_in_stream`)
    _remote: RemoteXmlChecks | None = None
    #: how busy the cores were while the schema loaded, for the choice of a second process
    _probe: CoreProbe | None = None

    def __init__(self, source: Source, options: ValidationOptions | None, progress: Progress | None):
        self.source = source
        self.options = options or ValidationOptions()
        self.progress = progress
        self.timings: dict[str, float] = {}
        self.counts: dict[str, int] = {}
        self.crs: int | None = None
        self.kind = "plan"
        self.file: str | None = None
        self.extents: list[BaseGeometry] = []
        self.zones: list[BaseGeometry] | None = []
        self.bounds = _Bounds()
        self.profile_name = "inspire"
        self._unread: dict[str, set[str]] = {}
        #: the check lists made so far, whose per-check times :meth:`_fold_timings` adds up
        self._clocked: list[_Checks] = []
        if isinstance(source, (str, os.PathLike)):
            self.file = str(source)
            if Path(source).suffix.lower() in _GML_SUFFIXES:
                self.kind = "gml"

    # -- entry -----------------------------------------------------------------
    def findings(self) -> Iterator[Finding]:
        start = time.perf_counter()
        try:
            with gc_policy.many_objects():  # a plan's model and the rules' notes outlive most collections
                yield from _capped(self._all(), self.options)
        finally:
            self._fold_timings()
            self.timings["total"] = time.perf_counter() - start

    def _all(self) -> Iterator[Finding]:
        try:
            profile = load_profile(self.options.profile)
        except PluInputError as exc:
            yield _unusable_finding(exc, self.file)
            return
        self.profile_name = profile.name
        self.ctx = RunContext(self.options, profile, self.kind, self.file)
        self.ctx.timings = self.timings
        if self.file is not None and not Path(self.file).exists():
            yield make_finding("XML.MISSING", Text("validators.engine", "the file does not exist"), file=self.file)
            return
        if self.kind == "gml":
            yield from self._gml()
        else:
            yield from self._plan()

    def _checks(self) -> _Checks:
        ctx = self.ctx
        geometry = GeometryChecks(ctx)
        # after the geometry rules (here and in :meth:`_finish`): topology takes their validity verdicts
        self.topology = TopologyChecks(ctx, self.progress, geometry.invalid)
        self.references = ReferenceChecks(ctx)
        checks = _Checks([
            AttributeChecks(ctx),
            CodeChecks(ctx),
            DimensioningChecks(ctx),
            geometry,
            self.references,
            self.topology,
        ])
        self._clocked.append(checks)
        return checks

    def _fold_timings(self) -> None:
        """Add each check's time, noted per check while the features stream by, to its family's."""
        timings = self.timings
        for checks in self._clocked:
            for check, spent in zip(checks, checks.spent, strict=True):
                timings[check.family] = timings.get(check.family, 0.0) + spent
            checks.spent = [0.0] * len(checks)

    def _per_feature(self, f: Feature, info: FeatureInfo, checks: _Checks) -> list[Finding]:
        """The model rules' findings about one feature, in the order of the checks.

        One clock read per check: the time up to the next read is the check's, added
        up per check (:meth:`_fold_timings` gives it to the families at the end).
        A check answers a sound feature with an empty sequence.
        """
        out: list[Finding] = []
        spent = checks.spent
        clock = time.perf_counter
        t = clock()
        for i, judge in enumerate(checks.judges):
            found = judge(f, info)
            if found:
                out.extend(found)
            now = clock()
            spent[i] += now - t
            t = now
        cls = f.class_name
        self.counts[cls] = self.counts.get(cls, 0) + 1
        geom = info.location
        self.bounds.add_geometry(geom)
        if cls == "SpatialPlan" and geom is not None:
            self.extents.append(geom)
        elif cls == "ZoningElement" and self.zones is not None and geom is not None:
            self.zones.append(geom)
            if len(self.zones) > MAP_ZONE_LIMIT:
                self.zones = None
        if self.progress is not None:
            self.progress.step()
        return out

    def _finish(self, checks: _Checks) -> Iterator[Finding]:
        for check in checks:
            t = time.perf_counter()
            yield from check.finish()
            self.timings[check.family] = self.timings.get(check.family, 0.0) + time.perf_counter() - t

    def _place_checks(self, kind: str, hook: GmlXmlChecks | None = None) -> Iterator[Finding]:
        bounds = self.bounds.get()
        if hook is not None:
            lon = centre_longitude(bounds, self.crs) if bounds is not None and self.crs else None
            for finding in hook.srs_findings(lon):
                if self.ctx.applies(finding.rule):
                    yield finding
        if bounds is None:
            return
        if self.crs is None:
            if kind == "plan" and self.ctx.applies("CRS.NOT_CHECKED"):  # a GML file has READ.NO_SRS for this
                yield make_finding("CRS.NOT_CHECKED", Text("validators.engine", "the plan declares no CRS: its area of use and "
                                                                                "axis order were not checked"), file=self.file)
            return
        where = {"file": self.file, "location": box(*bounds)}
        if self.ctx.any_applies("PITFALL.AXIS_ORDER", "CRS.OUTSIDE_AREA"):
            finding = area_finding(bounds, self.crs, kind, where)
            if finding is not None and self.ctx.applies(finding.rule):
                yield finding
        if kind == "plan" and self.ctx.applies("CRS.EXPORT"):
            finding = export_crs_finding(self.crs, self.ctx.profile, centre_longitude(bounds, self.crs), where)
            if finding is not None:
                yield finding

    # -- a GML file --------------------------------------------------------------
    def _gml(self) -> Iterator[Finding]:
        ctx, path = self.ctx, str(self.file)
        self._probe = CoreProbe()  # how busy the cores are is looked at while the schema loads
        schema = None
        if ctx.applies("XSD"):
            try:
                schema = load_schema(self.options.schema_dir)
            except SchemaMissingError as exc:
                yield make_finding("XSD.SCHEMA_MISSING", exc.text, file=path)
        said: list[Finding] = []
        if schema is not None and self.options.on_read is None and self.in_stream_xsd:
            try:
                yield from self._in_stream(path, schema, said)
                return
            except _StreamFailed:
                self._restart()
        background = self._background_xsd(path) if schema is not None else None
        try:
            yield from _after(said, self._read_gml(path, schema, background))
        finally:
            if background is not None:
                background.stop()

    def _in_stream(self, path: str, schema: Any, said: list[Finding]) -> Iterator[Finding]:
        """The pass with libxml2's in-stream XSD check, with the XML checks in a second process for a
        large file (:mod:`validators.xml_worker`); ``said`` gathers what it gave.

        A second process that fails is followed by the same pass in this one, which leaves out
        what was given already (the same findings: the same rules on the same file).
        """
        remote = self._remote_checks(path, schema)
        if remote is not None:
            self._remote = remote
            try:
                for finding in self._read_gml(path, schema, None, in_stream=True):
                    said.append(finding)
                    yield finding
                return
            except WorkerLost as exc:
                log.warning("the XML checks in a second process failed (%s); checking in this one", exc)
                self._restart()
            finally:
                self._remote = None
                remote.stop()
        findings = self._read_gml(path, schema, None, in_stream=True)
        for finding in _after(list(said), findings) if remote is not None else findings:
            said.append(finding)
            yield finding

    def _remote_checks(self, path: str, schema: Any) -> RemoteXmlChecks | None:
        """The XML checks in a second process when the file is large and there is a core for them."""
        limit = self.options.parallel_xsd_bytes
        if limit is None or Path(path).stat().st_size < limit or not core_to_spare(self._probe):
            return None
        schema_dir = find_schema_dir() if self.options.schema_dir is None else self.options.schema_dir
        try:
            return RemoteXmlChecks(path, self.ctx.profile, self.options, self.timings, schema_dir, schema)
        except (OSError, WorkerLost) as exc:
            log.info("the XML checks stay in this process: %s", exc)
            return None

    def _restart(self) -> None:
        """Forget what the in-stream pass counted, so the detailed pass starts afresh.

        libxml2's in-stream XSD check is nearly free beside the detailed one, but it gives
        no usable place for an error.  The reader's parse runs with it, and the findings
        flow as long as it has logged nothing: up to there, the detailed check would have
        found nothing either (the same declarations; ids are compared by :class:`IdTally`),
        so the detailed pass that follows a failure gives the same findings first.
        :func:`_after` leaves those out.  A caller's ``on_read`` sees each feature once,
        so it keeps the detailed path.
        """
        self.counts.clear()
        self.crs = self.ctx.crs = None
        self.extents = []
        self.zones = []
        self.bounds = _Bounds()
        self._unread = {}
        if self.progress is not None:
            self.progress.done = 0

    def _background_xsd(self, path: str) -> BackgroundXsd | None:
        """Start the XSD check in a second process when the file is large and there is a core for it."""
        limit = self.options.parallel_xsd_bytes
        if limit is None or (os.cpu_count() or 1) < 2 or Path(path).stat().st_size < limit:
            return None
        try:
            return BackgroundXsd(path, find_schema_dir() if self.options.schema_dir is None else self.options.schema_dir)
        except OSError as exc:
            log.info("XSD check stays in this process: %s", exc)
            return None

    def _read_gml(self, path: str, schema: Any, background: BackgroundXsd | None,
                  in_stream: bool = False) -> Iterator[Finding]:
        """Read and check the file; with ``in_stream``, the XSD check is libxml2's in the reader's parse and
        :class:`_StreamFailed` says it (or anything it cannot answer for) calls for the detailed check."""
        ctx = self.ctx
        remote = self._remote if in_stream else None
        ids = IdTally() if in_stream and remote is None else None
        feature_schema = None if background is not None or in_stream else schema
        hook = remote or GmlXmlChecks(path, feature_schema, ctx.profile, self.options, self.timings, ids)
        # features are let go after their rules ran: their kept elements are built only for ``on_read``
        reader = GmlReader(path, on_feature=hook, build_sources=self.options.on_read is not None,
                           schema=schema if ids is not None else None)
        if remote is None:
            hook.read_with(reader)  # the properties the reader has just visited are judged as it saw them
        #: with the XML checks in a second process: each feature's place and model findings, until its
        #: XML findings come (they are given first, as in one process)
        waiting: deque[tuple[BaseGeometry | None, list[Finding]]] = deque()
        checks = self._checks()
        stream = reader.features()
        fatal = False
        seen = 0
        located: dict[tuple[str, int | None], BaseGeometry] = {}
        #: where each feature starts and lies, for the findings the background XSD check sends at the end
        starts: list[tuple[int, BaseGeometry | None]] | None = [] if background is not None else None
        known = 0
        timings = self.timings
        keep = self.options.on_read
        while True:
            before = timings.get("xml", 0.0) + timings.get("inspire", 0.0)
            t = time.perf_counter()
            try:
                f = next(stream)
            except StopIteration:
                break
            except (PluInputError, etree.Error) as exc:
                if in_stream:
                    stream.close()
                    raise _StreamFailed from exc
                if not isinstance(exc, PluInputError):
                    raise
                fatal = True
                yield self._unusable(exc, path)
                break
            finally:
                spent = time.perf_counter() - t
                hooked = timings.get("xml", 0.0) + timings.get("inspire", 0.0) - before
                timings["read"] = timings.get("read", 0.0) + spent - hooked
            if ids is not None and (reader.schema_errors or not ids.unique):
                stream.close()  # the file is closed now, not when the generator is collected
                raise _StreamFailed  # before anything of this feature is said: the detailed check says it
            seen += 1
            if keep is not None:
                keep(reader, f)
            if self.crs is None:
                self.crs = ctx.crs = reader.crs
            unread = _NONE_UNREAD
            if len(reader.findings) > known:  # the reader found something in this feature: remember where it is
                names: set[str] = set()
                for rf in reader.findings[known:]:
                    where = geometry_of(f)
                    if where is not None and not where.is_empty:
                        located[(rf.rule, rf.line)] = where
                    named = _reader_text(rf, _NOT_READ, _LACKS_REQUIRED)
                    if named is not None and rf.gml_id == f.gml_id:
                        names.add(named["xml"])
                        if rf.text.source == _NOT_READ and f.gml_id:
                            self._unread.setdefault(f.gml_id, set()).add(named["xml"])
                unread = frozenset(names)
                known = len(reader.findings)
            location = geometry_of(f)
            if location is not None and location.is_empty:
                location = None
            info = FeatureInfo(f.class_name, f.gml_id, f.inspire_id.local_id, path, hook.line, location,
                               unread, hook.attribute_lines)
            if starts is not None and hook.line is not None:
                starts.append((hook.line, location))
            if remote is not None:
                waiting.append((info.location, self._per_feature(f, info, checks)))
                if len(waiting) >= _ASK_EVERY:
                    yield from self._answered(remote, waiting, stream, _AHEAD)
                continue
            raw = hook.take()
            if raw:
                for finding in _one_code_per_defect(raw, ctx):
                    yield finding if finding.location is not None else replace(finding, location=info.location)
            yield from self._per_feature(f, info, checks)
        if background is not None:
            yield from self._xsd_answer(background, path, schema, starts or [])
        end: dict[str, Any] = {}
        if remote is not None:
            yield from self._answered(remote, waiting, stream, 0)
            end = remote.wait_end()
            if remote.failed_at is not None or not end.get("ok"):
                raise _StreamFailed  # at the end of the document
            if end["count"] != seen:
                raise WorkerLost(f"the second process found {end['count']} features, this one {seen}")
        if in_stream and (seen == 0 or any(f.rule == "READ.NOT_PLU" for f in reader.findings)
                       or not stream_answers_for(hook.root_tag or "")):
            raise _StreamFailed  # the detailed check sees what the in-stream one passed over
        if not fatal and seen == 0:
            yield make_finding(
                "lu-gml.a.1",
                Text("validators.engine", "the file holds no PLU feature (SpatialPlan, ZoningElement, "
                                          "SupplementaryRegulation, OfficialDocumentation); is it a PLU 4.0 file?"),
                file=path,
            )
            yield from self._reader_findings(reader.findings, hook, located, schema is not None)
            return
        if not fatal:
            yield from hook.finish()
        if (ids is not None and not ids.unique) or (remote is not None and not end["ids_unique"]):
            raise _StreamFailed  # a repeated gml:id in the collection element
        yield from self._reader_findings(reader.findings, hook, located, schema is not None)
        if fatal:
            return
        yield from self._finish(checks)
        yield from self._place_checks("gml", hook)

    def _answered(self, remote: RemoteXmlChecks, waiting: deque[tuple[BaseGeometry | None, list[Finding]]],
                  stream: Generator[Feature, None, None], ahead: int) -> Iterator[Finding]:
        """The findings of each waiting feature the second process has answered for: its XML findings,
        then the model rules'.  Waits for it while more than ``ahead`` features wait."""
        ctx = self.ctx
        while waiting:
            location = waiting[0][0]
            try:
                found = remote.answer(location, block=len(waiting) > ahead)
            except WorkerLost:
                stream.close()
                raise
            if found is None:
                if remote.failed_at is not None:
                    stream.close()
                    raise _StreamFailed  # before anything of this feature is said: the detailed check says it
                if len(waiting) > ahead:
                    stream.close()
                    raise WorkerLost("the second process ended before the last feature")
                return
            remote.pending = found
            for finding in _one_code_per_defect(remote.take(), ctx):
                yield finding if finding.location is not None else replace(finding, location=location)
            yield from waiting.popleft()[1]

    def _xsd_answer(self, background: BackgroundXsd, path: str, schema: Any,
                    starts: list[tuple[int, BaseGeometry | None]]) -> Iterator[Finding]:
        """The background check's findings, placed on their features (checked here if the child failed).

        A finding belongs to the feature that starts last at or before its line: the
        collection's own elements come before the first member.
        """
        t = time.perf_counter()
        try:
            found = background.findings()
        except WorkerFailed as exc:
            log.warning("the XSD check in a second process failed (%s); checking in this one", exc)
            found = list(iter_xsd_findings(path, schema))
        self.timings["xml"] = self.timings.get("xml", 0.0) + time.perf_counter() - t
        lines = [line for line, _ in starts]
        for f in found:
            if f.rule in ("XML.NOT_WELL_FORMED", "XML.DOCTYPE"):
                continue  # the reader stopped at the same place and says so
            i = bisect_right(lines, f.line) - 1 if f.line is not None else -1
            where = starts[i][1] if i >= 0 else None
            # the child was given the absolute path; findings name the file as the user did
            yield replace(f, file=path) if where is None else replace(f, file=path, location=where)

    def _unusable(self, exc: PluInputError, path: str) -> Finding:
        if isinstance(exc, UnsafeXmlError):
            return make_finding("XML.DOCTYPE", exc.reason, file=path, line=exc.line)
        text = str(exc)
        if "not well-formed" in text:
            cause = exc.__cause__
            line = None
            if cause is not None and getattr(cause, "position", None):
                line = cause.position[0]  # type: ignore[attr-defined]
            detail: Text | str = text.split("not well-formed XML:", 1)[-1].strip()
            if isinstance(cause, etree.XMLSyntaxError):
                detail = xml_parsing.syntax_error_text(cause.msg, path)  # in the user's language when it has advice
            return make_finding(
                "XML.NOT_WELL_FORMED",
                Text("validators.engine", "not well-formed XML: {detail}; nothing after this line was checked",
                                          detail=detail),
                file=path,
                line=line,
            )
        return _unusable_finding(exc, path)

    def _reader_findings(self, findings: list[Finding], hook: GmlXmlChecks, located: dict,
                         xsd_ran: bool) -> Iterator[Finding]:
        """The reader's findings, less those another finding already states.

        A raw-XML rule on the same line says it in the INSPIRE validator's terms;
        an attribute the reader could not read, or found empty, is not also "missing".
        """
        lines = hook.lines
        for f in findings:
            better = _SAME_LINE.get(f.rule)
            if better and f.line in lines.get(better, ()):
                continue
            if f.rule in ("READ.MISSING", "READ.MISSING_VOIDABLE") and f.gml_id:
                named = _missing_names(f)
                known = self._unread.get(f.gml_id, set()) | hook.empty.get(f.gml_id, set())
                if named and named <= known:
                    continue
            cover = _COVERED.get(f.rule)
            if cover and (cover != "XSD" or xsd_ran) and cover in self.options.enabled:
                continue
            where = located.get((f.rule, f.line))
            yield f if where is None or f.location is not None else replace(f, location=where)

    # -- a plan file or an in-memory plan --------------------------------------------
    def _plan(self) -> Iterator[Finding]:
        ctx = self.ctx
        source = self.source
        close = None
        if isinstance(source, (str, os.PathLike)):
            try:
                source = open_source(source)
            except PluInputError as exc:
                yield _unusable_finding(exc, self.file)
                return
            if isinstance(source, PlanFile):
                close = source.close
        try:
            self.crs = ctx.crs = int(source.crs) if source.crs else None
            checks = self._checks()
            yield from getattr(source, "findings", []) or []
            keep = self.options.on_read
            try:
                for f in source.features():
                    if keep is not None:
                        keep(source, f)
                    info = FeatureInfo(f.class_name, f.gml_id, f.inspire_id.local_id, self.file, None, geometry_of(f))
                    yield from self._per_feature(f, info, checks)
            except PluInputError as exc:  # a row the plan file cannot give: nothing after it can be judged
                yield _unusable_finding(exc, self.file)
                return
            yield from self._finish(checks)
            yield from self._place_checks("plan")
            yield from self._plan_xsd(source)
        finally:
            if close is not None:
                close()

    def _plan_xsd(self, source: Any) -> Iterator[Finding]:
        if not self.ctx.applies("XSD"):
            return
        writer = self.options.gml_writer
        if writer is None:
            if self.ctx.applies("XSD.NOT_RUN"):
                yield make_finding(
                    "XSD.NOT_RUN",
                    Text("validators.engine", "the XML schema check of a plan file needs the GML writer; run 'plu "
                                              "validate' or validate from the application to include it"),
                    file=self.file,
                )
            return
        try:
            schema = load_schema(self.options.schema_dir)
        except SchemaMissingError as exc:
            yield make_finding("XSD.SCHEMA_MISSING", exc.text, file=self.file)
            return
        t = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="plu-validate-") as tmp:
            gml = Path(tmp) / "plan.gml"
            try:
                writer(source, gml)
            except Cancelled:
                raise
            except Exception as exc:  # the writer refuses data it cannot encode; say so as a finding
                yield make_finding(
                    "XSD",
                    Text("validators.engine", "the plan cannot be written as GML: {exc}", exc=exc),
                    file=self.file,
                )
                return
            if not stream_check(gml, schema):  # the detailed check only for a plan that has something to show
                for f in iter_xsd_findings(gml, schema):
                    yield replace(f, file=self.file, line=None)
        self.timings["xml"] = self.timings.get("xml", 0.0) + time.perf_counter() - t


def _after(said: list[Finding], findings: Iterable[Finding]) -> Iterator[Finding]:
    """``findings`` less the first ``len(said)``, which the in-stream pass already gave (the same ones)."""
    stream = iter(findings)
    for before, again in zip(said, stream, strict=False):
        if _same(again) != _same(before):  # never seen (tested on the manifest); better said twice than lost
            log.warning("the detailed XSD pass differs from the in-stream one at %s", again)
            yield again
    yield from stream


def _same(f: Finding) -> tuple[Finding, bytes | None]:
    """A finding as compared between the two passes: its place by its bytes (a NaN is not equal to itself)."""
    return replace(f, location=None), None if f.location is None else f.location.wkb


class _StreamFailed(Exception):
    """The in-stream XSD check refused the file, or cannot speak for the detailed check on it."""


def _unusable_finding(exc: PluInputError, file: str | None) -> Finding:
    """READ.UNUSABLE in both languages; the file is named once, as the finding's place, not again in its text."""
    said = _WithoutPrefix(exc.text, file or "")
    english = exc.text.say("en") if isinstance(exc.text, Text) else str(exc.text)
    place = _PLACE.match(english[len(file):]) if file and english.startswith(file) else None
    line = int(place.group(1)) if place and place.group(1) else None
    return make_finding("READ.UNUSABLE", Text("validators.engine", "{message}", message=said), file=file, line=line)


#: what follows the file name at the start of an error: ``: `` or ``:<line>: ``
_PLACE = re.compile(r":(?:(\d+):)? ")


@dataclass(frozen=True)
class _WithoutPrefix:
    """An error's text without the file name it starts with, in the language it is said in."""

    text: Text | str
    prefix: str

    def say(self, language: str) -> str:
        message = self.text.say(language) if isinstance(self.text, Text) else self.text
        if not self.prefix or not message.startswith(self.prefix):
            return message
        place = _PLACE.match(message, len(self.prefix))  # the line, if any, is the finding's own
        return message[place.end():] if place else message


def _one_code_per_defect(findings: list[Finding], ctx: RunContext) -> Iterator[Finding]:
    """Raw-XML findings under the code a plan file gets for the same defect.

    An empty inspireId part is ID.EMPTY (not also gmlas.c.1); an empty required text
    such as officialTitle is READ.MISSING, as an absent one is: a plan file cannot tell
    the two apart, so one code serves both in every format.
    """
    for f in findings:
        if f.rule != "gmlas.c.1":
            yield f
            continue
        if (f.xpath or "").endswith(_ID_PARTS) and ctx.applies("ID.EMPTY"):
            continue
        m = _TOP_PROPERTY.match(f.xpath or "")
        if m and m.group(2) in _REQUIRED_TEXTS.get(m.group(1), ()):
            if ctx.applies("READ.MISSING"):
                cls, name = m.groups()
                yield replace(f, rule="READ.MISSING", fix=None,
                              text=Text("validators.engine", "{cls} lacks the required {name} (the element is empty)",
                                                             cls=cls, name=name))
            continue
        yield f


def _reader_text(f: Finding, *sources: str) -> dict[str, Any] | None:
    """The values of a reader finding's text when it is one of ``sources`` (the reader's own words)."""
    text = f.text
    if isinstance(text, Text) and text.context == "plu_model.gml_reader" and text.source in sources:
        return dict(text.values)
    return None


def _missing_names(f: Finding) -> set[str]:
    """The attributes a READ.MISSING or READ.MISSING_VOIDABLE finding of the reader names."""
    named = _reader_text(f, _LACKS_REQUIRED, _LACKS_VOIDABLE)
    if named is None:
        return set()
    if "xml" in named:
        return {named["xml"]}
    return {n.strip() for n in str(named["missing_voidable"]).split(",")}


def _capped(findings: Iterable[Finding], options: ValidationOptions) -> Iterator[Finding]:
    """Drop skipped rules; fold repeats beyond the limits into findings with a count."""
    enabled = options.enabled
    max_identical = options.max_identical
    max_per_rule = options.max_per_rule
    identical: Counter[tuple[str, str]] = Counter()
    per_rule: Counter[str] = Counter()
    folded: dict[tuple[str, str], list[Any]] = {}
    over: dict[str, list[Any]] = {}
    for f in findings:
        if f.rule not in enabled and f.rule in RULES:
            continue
        key = (f.rule, f.message_en)  # the same words: a Text may differ only in how it was built
        identical[key] += 1
        if max_identical is not None and identical[key] > max_identical:
            entry = folded.setdefault(key, [f, 0])
            entry[1] += f.count
            continue
        per_rule[f.rule] += 1
        if max_per_rule is not None and per_rule[f.rule] > max_per_rule:
            entry = over.setdefault(f.rule, [f, 0])
            entry[1] += f.count
            continue
        yield f
    for first, n in folded.values():
        yield replace(
            first,
            text=Text("validators.engine", "{finding} (and {n} more like this, not listed)",
                                           plural="{finding} (and {n} more like this, not listed one by one)",
                      finding=first.text, n=n),
            count=n,
        )
    for rule_code, (first, n) in over.items():
        yield Finding(
            rule=rule_code,
            severity=first.severity,
            text=Text("validators.engine", "{n} more finding of rule {rule_code} was not listed (limit {max_per_rule} "
                                           "per rule)",
                                           plural="{n} more findings of rule {rule_code} were not listed (limit "
                                                  "{max_per_rule} per rule)",
                                           n=n, rule_code=rule_code, max_per_rule=max_per_rule),
            file=first.file,
            count=n,
        )


def iter_findings(
    source: Source, options: ValidationOptions | None = None, progress: Progress | None = None
) -> Iterator[Finding]:
    """Every finding about a plan, as soon as it is known.

    ``source`` is a ``.gml`` file, a ``.gpkg`` plan file (or any format
    :data:`plu_model.readers.READERS` opens), a :class:`~plu_model.dataset.PlanDataset`
    or any plan source with ``crs`` and ``features()``.  Unusable input gives a
    FATAL finding rather than an exception; cancelling through ``progress``
    raises :class:`~plu_model.errors.Cancelled`.
    """
    return _Run(source, options, progress).findings()


def validate(
    source: Source, options: ValidationOptions | None = None, progress: Progress | None = None
) -> ValidationReport:
    """Run every rule and gather the findings, counts and timings into a report."""
    run = _Run(source, options, progress)
    findings = list(run.findings())
    return ValidationReport(
        findings=findings,
        source=run.file or type(run.source).__name__,
        kind=run.kind,
        crs=run.crs,
        counts=dict(run.counts),
        options=run.options,
        profile=run.profile_name,
        timings=dict(run.timings),
        extents=run.extents,
        zones=run.zones or [],
    )


def is_valid(source: Source, options: ValidationOptions | None = None, progress: Progress | None = None) -> bool:
    """True when nothing worse than a warning was found and every check ran (the verdict "valid")."""
    return verdict_of(iter_findings(source, options, progress)) == "valid"
