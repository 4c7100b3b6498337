"""Storing a plan data set as a new version, and reading a version back as a data set.

The register assigns ``inspireId.versionId``: a feature keeps the versionId and
``beginLifespanVersion`` of the previous version of its plan when its content is
unchanged, and gets the new version's number and time when it changed.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from plu_model.dataset import PlanDataset
from plu_model.features import Feature, SpatialPlan, geometry_of
from plu_model.geopackage import feature_rows
from plu_model.i18n import Text
from plu_model.source_xml import PACKED
from plu_model.temporal import format_datetime
from plu_model.values import Identifier
from plu_model.voidable import Nil
from register.errors import NotFound, RegisterError
from register.rows import content_key, ewkb_hex, feature_from_db
from register.stamp_notes import StampNotes
from register.steps import STEPS, step_uri

__all__ = ["STEPS", "VersionInfo", "display_refs", "full_ref", "load_version", "plan_key", "step_uri", "store_version"]


def plan_key(namespace: str, local_id: str) -> str:
    """``NAMESPACE:LOCALID``, the plan's key wherever the register names it (:attr:`VersionInfo.plan_key`)."""
    return f"{namespace}:{local_id}"


def full_ref(namespace: str, local_id: str, version_no: int) -> str:
    """``NAMESPACE:LOCALID@N``, a version wherever the register names it (:attr:`VersionInfo.full_ref`)."""
    return f"{plan_key(namespace, local_id)}@{version_no}"


@dataclass
class VersionInfo:
    """One version of one plan in the register, as the CLI, desktop and services list it."""

    version_pk: int
    plan_id: int
    local_id: str
    namespace: str
    title: str
    authority: str
    version_no: int
    status: str
    valid_from: date | None
    valid_to: date | None
    crs: int
    amends: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    sha256: str | None = None
    signed: bool = False
    created_by: str = ""
    created_at: datetime | None = None
    end_lifespan: datetime | None = None
    #: features whose versionId or beginLifespanVersion in the stored file the register replaced with its own;
    #: known only to the ``add`` that stored the version (``None`` when a version is listed)
    restamped: int | None = None
    #: the previous version's number when this one, just added, holds exactly the same plan (only that ``add`` knows)
    same_as: int | None = None

    @property
    def ref(self) -> str:
        return f"{self.local_id}@{self.version_no}"

    @property
    def plan_key(self) -> str:
        """``NAMESPACE:LOCALID``: the plan, told apart from another namespace's plan with the same localId."""
        return plan_key(self.namespace, self.local_id)

    @property
    def full_ref(self) -> str:
        """``NAMESPACE:LOCALID@N``: a reference that stays unambiguous whatever else the register holds."""
        return full_ref(self.namespace, self.local_id, self.version_no)

    def as_json(self) -> dict[str, Any]:
        return {
            "plan": self.local_id, "namespace": self.namespace, "plan_key": self.plan_key, "title": self.title, "authority": self.authority,
            "version": self.version_no, "status": self.status,
            "valid_from": self.valid_from.isoformat() if self.valid_from else None,
            "valid_to": self.valid_to.isoformat() if self.valid_to else None,
            "crs": self.crs, "amends": self.amends, "counts": self.counts, "sha256": self.sha256,
            "signed": self.signed, "created_by": self.created_by,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            **({} if self.restamped is None else {"restamped": self.restamped}),
            **({} if self.same_as is None else {"same_as": f"{self.local_id}@{self.same_as}"}),
        }


def display_refs(versions: list[VersionInfo]) -> list[str]:
    """How to show each version in a list: ``LOCALID@N``, or ``NAMESPACE:LOCALID@N`` where namespaces share it."""
    spaces: dict[str, set[str]] = {}
    for v in versions:
        spaces.setdefault(v.local_id, set()).add(v.namespace)
    return [v.full_ref if len(spaces[v.local_id]) > 1 else v.ref for v in versions]


_VERSION_SQL = """
SELECT v.id, p.id, p.local_id, p.namespace, p.title, v.authority, v.version_no, v.status, v.valid_from,
       v.valid_to, v.crs, v.amends,
       (SELECT sha256 FROM publication u WHERE u.version_pk = v.id ORDER BY u.id DESC LIMIT 1),
       EXISTS (SELECT 1 FROM publication u WHERE u.version_pk = v.id AND u.signature_xml IS NOT NULL),
       v.created_by, v.created_at,
       (SELECT jsonb_object_agg(class, n) FROM (SELECT class, count(*) n FROM feature f
         WHERE f.version_pk = v.id GROUP BY class) c), v.end_lifespan
FROM plan_version v JOIN plan p ON p.id = v.plan_id
"""


def version_rows(cur: Any, where: str, params: tuple[Any, ...]) -> list[VersionInfo]:
    cur.execute(_VERSION_SQL + " WHERE " + where + " ORDER BY p.local_id, v.version_no", params)
    return [
        VersionInfo(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], list(r[11]), r[16] or {},
                    r[12], r[13], r[14], r[15], r[17])
        for r in cur.fetchall()
    ]


def _step_of(plan: SpatialPlan) -> str:
    step = plan.process_step_general
    name = "" if isinstance(step, Nil) or not step else str(step).rstrip("/").rsplit("/", 1)[-1]
    return name if name in STEPS else "elaboration"


def _plain(value: Any) -> Any:
    return None if isinstance(value, Nil) else value


def _existing_plan(cur: Any, ident: Identifier) -> tuple[int, str] | None:
    cur.execute("SELECT id, authority FROM plan WHERE namespace = %s AND local_id = %s",
                (ident.namespace, ident.local_id))
    found = cur.fetchone()
    return (int(found[0]), str(found[1])) if found else None


def _plan_row(cur: Any, plan: SpatialPlan, authority: str) -> int:
    """The plan's key, the plan created when new, and held by this transaction (:mod:`register.plan_lock`)."""
    from register.plan_lock import announce, lock_plan, waiting_briefly

    ident = plan.inspire_id
    found = _existing_plan(cur, ident)
    if found is None:
        with waiting_briefly(cur, ident.namespace, ident.local_id):  # another session may be adding it too
            cur.execute(
                "INSERT INTO plan (authority, namespace, local_id, title, level) VALUES (%s, %s, %s, %s, %s) "
                "ON CONFLICT (namespace, local_id) DO NOTHING RETURNING id",
                (authority, ident.namespace, ident.local_id, plan.official_title, plan.level_of_spatial_plan),
            )
            created = cur.fetchone()
        if created:
            announce(cur, ident.namespace, ident.local_id, "add")
            return int(created[0])
        found = _existing_plan(cur, ident)  # that session has added it meanwhile
        assert found is not None
    if found[1] != authority:
        raise RegisterError(
            Text("register.store", "plan {local_id} belongs to authority {found}, not {authority}",
                                   local_id=ident.local_id, found=found[1], authority=authority),
        )
    lock_plan(cur, found[0], ident.namespace, ident.local_id, "add")
    cur.execute("UPDATE plan SET title = %s WHERE id = %s AND title <> %s",
                (plan.official_title, found[0], plan.official_title))
    return found[0]


def _previous(cur: Any, plan_id: int) -> dict[str, tuple[str, str, str]]:
    """local_id → (content key, versionId, beginLifespanVersion) in the plan's latest version."""
    cur.execute(
        "SELECT f.local_id, f.row_data, ST_AsBinary(f.geom) FROM feature f WHERE f.version_pk = "
        "(SELECT id FROM plan_version WHERE plan_id = %s ORDER BY version_no DESC LIMIT 1)", (plan_id,))
    import shapely

    out = {}
    for local_id, row, wkb in cur.fetchall():
        geom = shapely.from_wkb(bytes(wkb)) if wkb is not None else None
        out[local_id] = (content_key(row, geom), row.get("inspire_version_id"), row.get("begin_lifespan_version"))
    return out


def _stamped_rows(data: PlanDataset, version_no: int, previous: dict[str, tuple[str, str, str]],
                  notes: StampNotes | None = None) -> Iterator[list[Any]]:
    """Per feature: ord, class, gml_id, localId, the row as JSON (versionId stamped) and the geometry."""
    return _stamp(enumerate(data.features()), version_no, previous, _now(), notes or StampNotes())


def _now() -> str:
    return format_datetime(datetime.now(UTC).replace(microsecond=0))


def _batches(features: Iterable[tuple[int, Feature]]) -> Iterator[list[tuple[int, Feature]]]:
    batch: list[tuple[int, Feature]] = []
    for item in features:
        batch.append(item)
        if len(batch) == _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _stamp(features: Iterable[tuple[int, Feature]], version_no: int, previous: dict[str, tuple[str, str, str]],
           now: str, notes: StampNotes) -> Iterator[list[Any]]:
    for batch in _batches(features):
        for (ord_, f), row in zip(batch, feature_rows([f for _ord, f in batch]), strict=True):
            yield _stamped(ord_, f, row, version_no, previous, now, notes)


def _stamped(ord_: int, f: Feature, row: dict[str, Any], version_no: int, previous: dict[str, tuple[str, str, str]],
             now: str, notes: StampNotes) -> list[Any]:
    """The feature's copy row, its versionId and beginLifespanVersion the previous version's when it is unchanged."""
    geom = geometry_of(f)
    before = previous.get(f.inspire_id.local_id) if previous else None
    same = before is not None and before[0] == content_key(row, geom) and before[1]
    version_id = before[1] if same else str(version_no)
    begin = (before[2] if same else None) or now
    notes.note(f.inspire_id.local_id, row, (version_id, begin), before, bool(same))
    row["inspire_version_id"], row["begin_lifespan_version"] = version_id, begin
    row["inspire_version_id_nil"] = row["begin_lifespan_version_nil"] = None
    return [ord_, f.class_name, f.gml_id, f.inspire_id.local_id, _row_json(row), geom]


#: a row's JSON for its ``jsonb`` column: one encoder for every row, and no blanks after separators (jsonb keeps
#: the value, not the text: the same value is stored, from 3% fewer bytes to write and for the server to parse)
_row_text = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _row_json(row: dict[str, Any]) -> str:
    """:func:`_row_text` of a row of :func:`feature_rows`, its kept element put in as it is: what
    :func:`plu_model.source_xml.pack` makes (``zlib1:`` and base64) has nothing JSON escapes, and scanning it for
    escapes was a third of the encoder's time. The element comes last, an order ``jsonb`` (the value, not the
    text) does not keep."""
    packed = row.get("source_xml")
    if type(packed) is not str or not packed.startswith(PACKED) or len(row) < 2:
        return _row_text(row)
    del row["source_xml"]
    text = _row_text(row)
    row["source_xml"] = packed
    return f'{text[:-1]},"source_xml":"{packed}"}}'


_COPY_COLUMNS = "version_pk, authority, ord, class, gml_id, local_id, row_data, geom"
_COPY_HEADER = b"PGCOPY\n\xff\r\n\x00" + struct.pack(">ii", 0, 0)
_COPY_TRAILER = struct.pack(">h", -1)
_NULL = struct.pack(">i", -1)
_BATCH = 1000


def _text(value: str | None) -> bytes:
    if value is None:
        return _NULL
    raw = value.encode("utf-8")
    return struct.pack(">i", len(raw)) + raw


def _copy_batch(rows: list[list[Any]], head: bytes, srid: int) -> bytes:
    import shapely

    geoms = [None if g is None or g.is_empty else g for *_rest, g in rows]
    wkbs = shapely.to_wkb(shapely.set_srid(geoms, srid), include_srid=True, flavor="extended")
    parts = []
    for (ord_, class_name, gml_id, local_id, row, _geom), wkb in zip(rows, wkbs, strict=True):
        doc = row.encode("utf-8")
        parts += [head, struct.pack(">i", ord_), _text(class_name), _text(gml_id), _text(local_id),
                  struct.pack(">ib", len(doc) + 1, 1), doc,
                  _NULL if wkb is None else struct.pack(">i", len(wkb)) + wkb]
    return b"".join(parts)


def _row_head(version_pk: int, authority: str) -> bytes:
    """Field count, version_pk, authority, then the length of the int4 ord: the same for every row."""
    return struct.pack(">hii", 8, 4, version_pk) + _text(authority) + struct.pack(">i", 4)


def copy_chunks(rows: Iterable[list[Any]], version_pk: int, authority: str, srid: int) -> Iterator[bytes]:
    """The rows in PostgreSQL's binary COPY format (columns ``_COPY_COLUMNS``), a batch at a time.

    No quoting or hex on either side: jsonb's binary form is a version byte and the
    text, PostGIS's is EWKB, made for a batch's geometries in one shapely call. Made
    lazily, so the server stores one batch while the next is encoded.
    """
    head = _row_head(version_pk, authority)
    yield _COPY_HEADER
    batch: list[list[Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == _BATCH:
            yield _copy_batch(batch, head, srid)
            batch = []
    if batch:
        yield _copy_batch(batch, head, srid)
    yield _COPY_TRAILER


class _ChunkReader:
    """A file-like ``read`` over chunks of bytes made in a second thread, for ``copy_expert``.

    psycopg2 lets go of the GIL while it sends, so the next batches are encoded while
    the server parses, indexes and stores the previous ones; a few batches ahead at most.
    """

    _END = object()

    def __init__(self, chunks: Iterator[bytes], ahead: int = 4):
        import queue
        import threading

        self.queue: Any = queue.Queue(maxsize=ahead)
        self.error: BaseException | None = None
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._fill, args=(chunks,), name="plu-copy-encode", daemon=True)
        self.thread.start()

    def _fill(self, chunks: Iterator[bytes]) -> None:
        try:
            for chunk in chunks:
                if self.stopped.is_set():
                    return
                self.queue.put(chunk)
        except BaseException as exc:  # handed to the reading thread, which raises it inside COPY
            self.error = exc
        self.queue.put(self._END)

    def read(self, _size: int = -1) -> bytes:
        chunk = self.queue.get()
        if chunk is self._END:
            self.queue.put(self._END)  # a further read stays at the end
            if self.error is not None:
                raise self.error
            return b""
        return chunk

    def close(self) -> None:
        """Stop the encoding thread (a failed COPY does not read to the end)."""
        self.stopped.set()
        while self.thread.is_alive():
            try:
                self.queue.get(timeout=0.1)
            except Exception:  # noqa: BLE001 - queue.Empty: nothing was waiting
                pass


def _copy_features(cur: Any, version_pk: int, authority: str, chunks: Iterator[bytes]) -> None:
    """Binary COPY straight into ``feature`` when row-level security does not apply to the user (the
    register's owner); otherwise into a temporary table and one INSERT that row-level security checks
    (PostgreSQL refuses COPY into a table whose policies apply to the user)."""
    cur.execute("SELECT row_security_active('feature')")
    direct = not cur.fetchone()[0]
    if not direct:
        cur.execute("CREATE TEMP TABLE IF NOT EXISTS feature_load (version_pk integer, authority text, ord integer, "
                    "class text, gml_id text, local_id text, row_data jsonb, geom geometry) ON COMMIT DELETE ROWS")
    stream = _ChunkReader(chunks)
    try:
        cur.copy_expert(f"COPY {'feature' if direct else 'feature_load'} ({_COPY_COLUMNS}) FROM STDIN "
                        "WITH (FORMAT binary)", stream)
    finally:
        stream.close()
    if direct:
        return
    cur.execute(f"INSERT INTO feature ({_COPY_COLUMNS}) SELECT {_COPY_COLUMNS} FROM feature_load ORDER BY ord")
    cur.execute("TRUNCATE feature_load")


@dataclass(frozen=True)
class Stored:
    """A version just stored: its key, how many features the register gave a versionId or beginLifespanVersion
    other than the file's (``docs/register.md``), and the previous version's number when it holds the same plan."""

    version_pk: int
    restamped: int
    same_as: int | None


def store_version(cur: Any, data: PlanDataset, authority: str, amends: list[str] | None = None) -> Stored:
    """Store a data set of one plan as that plan's next version."""
    if len(data.spatial_plans) != 1:
        raise RegisterError(
            Text("register.store", "a register version holds exactly one SpatialPlan; this data set has "
                                   "{n_spatial_plans}", n_spatial_plans=len(data.spatial_plans)),
        )
    plan = data.plan
    plan_id = _plan_row(cur, plan, authority)
    cur.execute("SELECT coalesce(max(version_no), 0) + 1 FROM plan_version WHERE plan_id = %s", (plan_id,))
    version_no = int(cur.fetchone()[0])
    previous = _previous(cur, plan_id) if version_no > 1 else {}
    dataset = {"crs": data.crs, "metadata": data.metadata,
               "dataset_id": None if data.dataset_id is None else
               [data.dataset_id.local_id, data.dataset_id.namespace, _plain(data.dataset_id.version_id)]}
    cur.execute(
        "INSERT INTO plan_version (plan_id, version_no, authority, status, valid_from, valid_to, crs, extent, "
        "amends, dataset) VALUES (%s, %s, %s, %s, %s, %s, %s, %s::geometry, %s, %s) RETURNING id",
        (plan_id, version_no, authority, _step_of(plan), _plain(plan.valid_from), _plain(plan.valid_to),
         data.crs, ewkb_hex(plan.extent, data.crs), list(amends or []), json.dumps(dataset, ensure_ascii=False)),
    )
    version_pk = int(cur.fetchone()[0])
    notes = StampNotes()
    chunks = copy_chunks(_stamped_rows(data, version_no, previous, notes), version_pk, authority, data.crs)
    _copy_features(cur, version_pk, authority, chunks)
    same = previous and notes.unchanged == notes.rows == len(previous) and _same_version_data(cur, version_pk)
    return Stored(version_pk, notes.settle(cur, plan_id, version_no), version_no - 1 if same else None)


def _same_version_data(cur: Any, version_pk: int) -> bool:
    """Whether the version before ``version_pk`` has the same data set description, CRS and amended plans."""
    cur.execute("SELECT p.dataset = v.dataset AND p.crs = v.crs AND p.amends = v.amends FROM plan_version v "
                "JOIN plan_version p ON p.plan_id = v.plan_id AND p.version_no = v.version_no - 1 WHERE v.id = %s",
                (version_pk,))
    found = cur.fetchone()
    return bool(found and found[0])


def _overlay_lifecycle(feature: Feature, info: VersionInfo) -> None:
    """The register is authoritative for the plan's step and validity: write them into the plan feature."""
    if isinstance(feature, SpatialPlan):
        feature.process_step_general = step_uri(info.status)
        feature.valid_from = info.valid_from if info.valid_from else feature.valid_from
        feature.valid_to = info.valid_to if info.valid_to else feature.valid_to


def _empty_dataset(cur: Any, info: VersionInfo) -> PlanDataset:
    cur.execute("SELECT dataset FROM plan_version WHERE id = %s", (info.version_pk,))
    found = cur.fetchone()
    if found is None:
        raise NotFound(Text("register.store", "version {ref} is not in the register", ref=info.ref))
    meta = found[0]
    ident = meta.get("dataset_id")
    # a data set without an identifier gets a stable one, so the same version always exports the same bytes
    dataset_id = Identifier(ident[0], ident[1], ident[2]) if ident else Identifier(
        f"{info.local_id}-v{info.version_no}", info.namespace, str(info.version_no))
    return PlanDataset(crs=info.crs, metadata=dict(meta.get("metadata") or {}), dataset_id=dataset_id)


def _ended(cur: Any, info: VersionInfo) -> set[str]:
    """localIds whose feature version ends with this plan version: changed or gone in the next one."""
    if info.end_lifespan is None:
        return set()
    cur.execute(
        "SELECT f.local_id FROM feature f WHERE f.version_pk = %s AND NOT EXISTS (SELECT 1 FROM feature n "
        "WHERE n.version_pk = (SELECT id FROM plan_version WHERE plan_id = %s AND version_no > %s "
        "ORDER BY version_no LIMIT 1) AND n.local_id = f.local_id "
        "AND n.row_data->>'inspire_version_id' = f.row_data->>'inspire_version_id')",
        (info.version_pk, info.plan_id, info.version_no))
    return {r[0] for r in cur.fetchall()}


def _overlay_end(feature: Feature, info: VersionInfo, ended: set[str]) -> None:
    """endLifespanVersion of a feature version that a later plan version replaced or removed."""
    if info.end_lifespan is not None and feature.inspire_id.local_id in ended and hasattr(
            feature, "end_lifespan_version"):
        feature.end_lifespan_version = info.end_lifespan.replace(microsecond=0)


def load_version(cur: Any, info: VersionInfo, where: str = "", params: tuple[Any, ...] = ()) -> PlanDataset:
    """A version as a data set, exactly as it was stored (plus the register's lifecycle)."""
    data = _empty_dataset(cur, info)
    ended = _ended(cur, info)
    cur.execute("SELECT class, row_data, ST_AsBinary(geom) FROM feature WHERE version_pk = %s " + where
                + " ORDER BY ord", (info.version_pk, *params))
    for class_name, row, wkb in cur.fetchall():
        f = feature_from_db(class_name, row, wkb)
        _overlay_lifecycle(f, info)
        _overlay_end(f, info, ended)
        data.add(f)
    return data


def load_version_rows(cur: Any, info: VersionInfo) -> tuple[PlanDataset, list[tuple[Any, ...]]]:
    """:func:`load_version` plus each feature's key, lock, stored row and geometry (for editing)."""
    data = _empty_dataset(cur, info)
    cur.execute("SELECT local_id, id, lock_version, class, row_data, ST_AsBinary(geom) FROM feature "
                "WHERE version_pk = %s ORDER BY ord", (info.version_pk,))
    rows = []
    for local_id, fid, lock, class_name, row, wkb in cur.fetchall():
        f = feature_from_db(class_name, row, wkb)
        rows.append((local_id, fid, lock, class_name, row, geometry_of(f)))
        _overlay_lifecycle(f, info)
        data.add(f)
    return data, rows


def _overlay_row(class_name: str, row: dict[str, Any], info: VersionInfo, ended: bool) -> dict[str, Any]:
    """:func:`_overlay_lifecycle` and :func:`_overlay_end` on plan-file columns."""
    from plu_model.temporal import format_date

    out = dict(row)
    if class_name == "SpatialPlan":
        out["process_step_general"], out["process_step_general_nil"] = step_uri(info.status), None
        for name, value in (("valid_from", info.valid_from), ("valid_to", info.valid_to)):
            if value:
                out[name], out[f"{name}_nil"] = format_date(value), None
    if ended and info.end_lifespan is not None and class_name != "OfficialDocumentation":
        out["end_lifespan_version"] = format_datetime(info.end_lifespan.replace(microsecond=0))
        out["end_lifespan_version_nil"] = None
    return out


def _write_version_fast(cur: Any, info: VersionInfo, path: Any, data: PlanDataset, ended: set[str],
                        progress: Any = None) -> list[tuple[Any, ...]]:
    """:func:`write_version_file` without the stored rows: PostgreSQL hands over plan-file columns, SQLite stores them."""
    from register.version_file import write_rows_fast

    def overlay_of(class_name: str, local_id: str) -> Any:
        if class_name != "SpatialPlan" and (info.end_lifespan is None or local_id not in ended):
            return None
        return lambda row: _overlay_row(class_name, row, info, local_id in ended)

    kept: list[tuple[Any, ...]] = []
    write_rows_fast(cur, info.version_pk, path, crs=info.crs, dataset_id=data.dataset_id, metadata=data.metadata,
                    overlay_of=overlay_of, kept=kept, progress=progress)
    return kept


def write_version_file(cur: Any, info: VersionInfo, path: Any, keep_rows: bool = True,
                       progress: Any = None) -> list[tuple[Any, ...]]:
    """Write a version straight from its stored rows to a plan file (no model round trip: fast for big plans).

    Returns, per feature, (localId, key, lock, class, stored row, ISO WKB) for editing;
    without ``keep_rows`` the stored row and WKB are None: the rows then stream from
    server-side cursors into the file (SQLite directly, :mod:`register.version_file`) and
    a big plan is never held in memory whole.
    """
    from plu_model.geopackage import write_plan_rows

    data = _empty_dataset(cur, info)
    ended = _ended(cur, info)
    if not keep_rows:
        return _write_version_fast(cur, info, path, data, ended, progress)
    stream = cur.connection.cursor(name=f"plu_open_{info.version_pk}")
    stream.itersize = 2000
    stream.execute("SELECT local_id, id, lock_version, class, row_data, ST_AsBinary(geom) FROM feature "
                   "WHERE version_pk = %s ORDER BY ord", (info.version_pk,))
    kept: list[tuple[Any, ...]] = []

    def rows() -> Iterator[tuple[str, dict[str, Any], bytes | None]]:
        for local, fid, lock, class_name, row, geom in stream:
            wkb = bytes(geom) if geom is not None else None
            kept.append((local, fid, lock, class_name, row, wkb) if keep_rows else
                        (local, fid, lock, class_name, None, None))
            yield class_name, _overlay_row(class_name, row, info, local in ended), wkb

    try:
        write_plan_rows(path, rows(), crs=info.crs, dataset_id=data.dataset_id, metadata=data.metadata)
    finally:
        stream.close()
    return kept
