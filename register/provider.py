"""The register behind one small interface: the CLI, the desktop and the services call this class.

It is the only place that speaks SQL to the register (pygeoapi's providers are the
model): callers get :class:`~plu_model.dataset.PlanDataset` s, :class:`VersionInfo` s and
plain dicts, and errors in both languages.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from plu_model.dataset import PlanDataset
from plu_model.errors import PluInputError
from plu_model.i18n import Text
from register.cluster import EmbeddedCluster
from register.errors import AccessDenied, AmbiguousPlan, ImmutableVersion, NotFound, RegisterError
from register.migrate import apply_migrations, check_current
from register.store import STEPS, VersionInfo, load_version, store_version, version_rows

__all__ = ["RegisterProvider", "open_register", "parse_ref", "shown_dsn"]

_REF = re.compile(r"^(?P<plan>[^@]+?)(?:@(?P<version>\d+))?$")


def parse_ref(ref: str) -> tuple[str, int | None]:
    """``PLAN`` or ``PLAN@VERSION`` → (plan, version number or None for the latest).

    ``PLAN`` is a localId or ``NAMESPACE:LOCALID``; :meth:`RegisterProvider.versions` resolves it.
    """
    m = _REF.match(ref.strip())
    if not m:
        raise PluInputError(Text("register.provider", "'{ref}' is not PLAN or PLAN@VERSION", ref=ref))
    return m.group("plan"), int(m.group("version")) if m.group("version") else None


def _plan_versions(cur: Any, name: str) -> list[VersionInfo]:
    """The versions of the plans ``name`` can mean: ``NAMESPACE:LOCALID`` first, then a plain localId.

    INSPIRE identifiers have no ``:``, so a name with one is split at its last ``:``; a
    localId that holds one anyway is still found when no namespace matches.
    """
    if ":" in name:
        namespace, _, local = name.rpartition(":")
        found = version_rows(cur, "p.namespace = %s AND p.local_id = %s", (namespace, local))
        if found:
            return found
    return version_rows(cur, "p.local_id = %s", (name,))


def shown_dsn(dsn: str) -> str:
    """``dsn`` as it may be shown or logged: a password in it is replaced by ``***``."""
    from psycopg2.extensions import make_dsn, parse_dsn

    try:
        parts = parse_dsn(dsn)
    except Exception:  # noqa: BLE001 - a DSN libpq cannot read is never shown: it may hold a password
        return "***"
    if "password" in parts:
        parts["password"] = "***"
    return str(make_dsn(**parts))


def _without_password(text: str, dsn: str) -> str:
    """libpq's message with the DSN's password blotted out, should the message quote it."""
    from psycopg2.extensions import parse_dsn

    password = parse_dsn(dsn).get("password")
    return text.replace(password, "***") if password else text


def _connect(dsn: str) -> Any:
    import psycopg2
    from psycopg2.extensions import parse_dsn

    try:
        parse_dsn(dsn)
    except psycopg2.ProgrammingError:
        # libpq's own message quotes the DSN, and with it perhaps a password: never shown
        raise RegisterError(Text("register.provider", "--db is not a PostgreSQL connection string: write "
                                                      "'host=… dbname=… user=…' or 'postgresql://user@host/dbname'"))\
            from None
    try:
        return psycopg2.connect(dsn, connect_timeout=10, application_name="plu-studio")
    except psycopg2.OperationalError as exc:
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise RegisterError(Text("register.provider", "cannot connect to the register (is it running, and is its "
                                                      "address right?): {text}", text=_without_password(text, dsn))) from exc


def _dsn_for(db: str | None, start: bool = True) -> str:
    if db is not None and not db.strip():
        # an empty --db "$REGISTER" is a variable left unset, not a wish for the private register
        raise PluInputError(Text("register.provider", "--db is empty; give the register's connection string, or "
                                                      "leave --db out for your private register"))
    if db:
        return db
    cluster = EmbeddedCluster()
    if start:
        cluster.start()
    return cluster.dsn()


def open_register(db: str | None = None) -> RegisterProvider:
    """The register at ``db`` (a libpq DSN or URI), or the user's private one when ``db`` is None."""
    return RegisterProvider(_dsn_for(db))


def init_register(db: str | None = None, home: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """Create (or bring up to date) a register; without ``db`` a private cluster in ``home``."""
    created = False
    folder = None
    if db is not None:
        db = _dsn_for(db)
    else:
        cluster = EmbeddedCluster(home)
        folder = str(cluster.path)
        created = cluster.create()
        cluster.start()
        cluster.ensure_database()
        db = cluster.dsn()
    conn = _connect(db)
    try:
        applied = apply_migrations(conn)
    finally:
        conn.close()
    return {"dsn": shown_dsn(db), "created_cluster": created, "applied": applied, "home": folder}


@dataclass(frozen=True)
class _Refusal:
    """A refusal of the register's database: its own (English) words, or the catalogue's in another language."""

    english: str
    text: Text

    def say(self, language: str) -> str:
        return self.english if language == "en" else self.text.say(language)


def _connection_lost(exc: Exception) -> bool:
    """No answer of the server's (no SQLSTATE), or its "connection exception" (08) and "operator intervention"
    (57: shut down, session ended) classes; a query cancelled (57014) or a lock not granted is a refusal."""
    import psycopg2

    if not isinstance(exc, (psycopg2.OperationalError, psycopg2.InterfaceError)):
        return False
    code = getattr(exc, "pgcode", None) or ""
    return not code or code.startswith("08") or (code.startswith("57") and code != "57014")


def _translate(exc: Exception) -> Exception:
    """A PostgreSQL refusal as the register's own error, in both languages."""
    import psycopg2

    text = (getattr(exc, "pgerror", None) or str(exc)).strip().splitlines()[0] if str(exc).strip() else ""
    text = text.removeprefix("ERROR:").strip()
    if _connection_lost(exc):  # the server stopped, ended this session, or the network went: nothing was refused
        return RegisterError(Text("register.provider", "the connection to the register was lost (is it still "
                                                       "running?): {text}; what was not committed is not stored",
                                  text=text or type(exc).__name__))
    if "PLU-IMMUTABLE" in text:
        return ImmutableVersion(Text("register.provider", "{message}", message=_Refusal(text.split(": ", 1)[-1], Text(
            "register.provider", "the version is published and does not change; a change makes a new version"))))
    if isinstance(exc, psycopg2.errors.InsufficientPrivilege) or "row-level security" in text:
        return AccessDenied(Text("register.provider", "not allowed: {text}", text=text))
    if "PLU-STEP" in text:
        return RegisterError(Text("register.provider", "{message}", message=_Refusal(text.split(": ", 1)[-1], Text(
            "register.provider", "the steps of the process only go forward: {text}", text=text))))
    return RegisterError(Text("register.provider", "the register refused the request: {text}", text=text))


def _check_box(bbox: tuple[float, float, float, float]) -> None:
    """A box of four finite numbers, west before east and south before north: anything else finds nothing,
    silently, so it is refused with a word."""
    import math

    shown = ", ".join(f"{v:g}" for v in bbox)
    if not all(math.isfinite(v) for v in bbox):
        raise PluInputError(Text("register.provider", "the box ({bbox}) is not a place: give four numbers",
                                 bbox=shown))
    if bbox[0] >= bbox[2] or bbox[1] >= bbox[3]:
        raise PluInputError(Text("register.provider", "the box ({bbox}) is inside out: give MINX MINY MAXX MAXY, "
                                                      "the smaller of each pair first", bbox=shown))


class RegisterProvider:
    """An open connection to one register."""

    def __init__(self, dsn: str):
        self.dsn = dsn
        self.conn = _connect(dsn)
        try:
            check_current(self.conn)
        except Exception:
            self.conn.close()
            raise
        self.conn.rollback()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> RegisterProvider:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """A cursor in one transaction; PostgreSQL's refusals come out as register errors."""
        import psycopg2

        try:
            with self.conn, self.conn.cursor() as cur:
                yield cur
        except psycopg2.Error as exc:
            raise _translate(exc) from exc

    # -- what the register holds -------------------------------------------------
    def plans(self, authority: str | None = None, every_version: bool = False) -> list[VersionInfo]:
        """The latest version of every plan (of one authority), or every version of them."""
        where = "true" if every_version else \
            "v.version_no = (SELECT max(version_no) FROM plan_version w WHERE w.plan_id = v.plan_id)"
        params: tuple[Any, ...] = ()
        if authority:
            where += " AND v.authority = %s"
            params = (authority,)
        with self.transaction() as cur:
            return version_rows(cur, where, params)

    def versions(self, plan: str) -> list[VersionInfo]:
        """Every version of a plan named ``NAMESPACE:LOCALID`` or, when only one namespace has it, ``LOCALID``."""
        name, _ = parse_ref(plan)
        with self.transaction() as cur:
            found = _plan_versions(cur, name)
        if not found:
            raise NotFound(Text("register.provider", "plan {name} is not in the register", name=name))
        namespaces = sorted({v.plan_key for v in found})
        if len(namespaces) > 1:
            listed = ", ".join(namespaces)
            raise AmbiguousPlan(Text("register.provider", "plan {name} is in more than one namespace; name it as "
                                                          "NAMESPACE:LOCALID, one of {listed}",
                                                          name=name, listed=listed))
        return found

    def version(self, ref: str) -> VersionInfo:
        """``PLAN@N``, or the latest version of ``PLAN``."""
        local, number = parse_ref(ref)
        found = self.versions(local)
        local = found[-1].plan_key if ":" in local else local
        if number is None:
            return found[-1]
        for info in found:
            if info.version_no == number:
                return info
        raise NotFound(Text("register.provider", "plan {local} has no version {number} (it has {value})",
                                                 local=local, number=number, value=', '.join(str(v.version_no) for v in found)))

    def dataset(self, ref: str) -> PlanDataset:
        """A version as a plan data set, everything the plan file held."""
        info = self.version(ref)
        with self.transaction() as cur:
            return load_version(cur, info)

    # -- changing it ---------------------------------------------------------------
    def ensure_authority(self, code: str, name: str | None = None) -> None:
        with self.transaction() as cur:
            cur.execute("SELECT 1 FROM authority WHERE code = %s", (code,))
            if cur.fetchone() is None:
                cur.execute("INSERT INTO authority (code, name) VALUES (%s, %s)", (code, name or code))

    def add(self, data: PlanDataset, authority: str, amends: list[str] | None = None) -> VersionInfo:
        """Store a plan as its next version (validation is the caller's step: see :mod:`register.adding`)."""
        with self.transaction() as cur:
            return self.store(cur, data, authority, amends)

    def store(self, cur: Any, data: PlanDataset, authority: str, amends: list[str] | None = None) -> VersionInfo:
        """:meth:`add` inside the caller's transaction (the caller commits: :mod:`register.store_worker`)."""
        cur.execute("SELECT 1 FROM authority WHERE code = %s", (authority,))
        if cur.fetchone() is None:
            raise NotFound(Text("register.provider", "authority {authority} is not in the register; an "
                                                     "administrator adds it with 'plu register grant USER ROLE "
                                                     "--authority {authority}'", authority=authority))
        stored = store_version(cur, data, authority, amends)
        info = version_rows(cur, "v.id = %s", (stored.version_pk,))[0]
        info.restamped, info.same_as = stored.restamped, stored.same_as
        return info

    def set_status(self, ref: str, step: str, day: date | None = None, key: str | None = None,
                   cert: str | None = None) -> VersionInfo:
        """Move a version to a later step; publishing records the GML's SHA-256 (signed with ``key``/``cert``).

        Legal force from ``day`` supersedes the plan's older versions in force.
        """
        from register.lifecycle import change_step

        if step not in STEPS:
            raise PluInputError(Text("register.provider", "unknown step '{step}'; one of {STEPS}",
                                                          step=step, STEPS=', '.join(STEPS)))
        info = self.version(ref)
        with self.transaction() as cur:
            change_step(cur, info, step, day)
            after = version_rows(cur, "v.id = %s", (info.version_pk,))[0]
            if step != "elaboration":
                self._publish(cur, after, key, cert)
            return version_rows(cur, "v.id = %s", (info.version_pk,))[0]

    def _publish(self, cur: Any, info: VersionInfo, key: str | None, cert: str | None) -> None:
        """Record the SHA-256 of the version's GML in its new state, signed when a key is given."""
        import json

        from register.signing import Manifest, gml_bytes, sha256_of, sign_manifest

        digest = sha256_of(gml_bytes(load_version(cur, info)))
        signature = None
        if key and cert:
            manifest = Manifest(info.local_id, info.namespace, info.version_no, info.status, digest,
                                f"{info.local_id}-v{info.version_no}-{info.status}.gml")
            signature = sign_manifest(manifest, key, cert)
        lifecycle = {"status": info.status, "valid_from": info.valid_from and info.valid_from.isoformat(),
                     "valid_to": info.valid_to and info.valid_to.isoformat(),
                     "end_lifespan": info.end_lifespan and info.end_lifespan.isoformat()}
        cur.execute("INSERT INTO publication (version_pk, authority, step, lifecycle, sha256, signature_xml) "
                    "VALUES (%s, %s, %s, %s, %s, %s)",
                    (info.version_pk, info.authority, info.status, json.dumps(lifecycle), digest, signature))

    def publications(self, ref: str) -> list[dict[str, Any]]:
        info = self.version(ref)
        with self.transaction() as cur:
            cur.execute("SELECT id, step, lifecycle, sha256, signature_xml, who, at FROM publication "
                        "WHERE version_pk = %s ORDER BY id", (info.version_pk,))
            return [{"id": r[0], "step": r[1], "lifecycle": r[2], "sha256": r[3], "signature_xml": r[4],
                     "who": r[5], "at": r[6].isoformat()} for r in cur.fetchall()]

    def authoritative_gml(self, ref: str, publication_id: int | None = None) -> tuple[bytes, dict[str, Any]]:
        """The GML of a version exactly as it was published (the last publication unless one is named)."""
        import dataclasses

        from register.signing import gml_bytes

        info = self.version(ref)
        pubs = [p for p in self.publications(ref) if publication_id in (None, p["id"])]
        if not pubs:
            raise NotFound(Text("register.provider", "{ref} has not been published", ref=info.ref))
        pub = pubs[-1]
        life = pub["lifecycle"]
        state = dataclasses.replace(info, status=life["status"],
                                    valid_from=life["valid_from"] and date.fromisoformat(life["valid_from"]),
                                    valid_to=life["valid_to"] and date.fromisoformat(life["valid_to"]),
                                    end_lifespan=life.get("end_lifespan") and datetime.fromisoformat(
                                        life["end_lifespan"]))
        with self.transaction() as cur:
            return gml_bytes(load_version(cur, state)), pub

    def find_publication(self, sha256: str) -> list[dict[str, Any]]:
        """Which published versions a file with this SHA-256 is (empty: not an authoritative export)."""
        with self.transaction() as cur:
            cur.execute("SELECT p.local_id, v.version_no, u.step, u.at FROM publication u JOIN plan_version v "
                        "ON v.id = u.version_pk JOIN plan p ON p.id = v.plan_id WHERE u.sha256 = %s ORDER BY u.id",
                        (sha256,))
            return [{"plan": r[0], "version": r[1], "step": r[2], "at": r[3].isoformat()} for r in cur.fetchall()]

    def verify(self, ref: str, cert: str | None = None) -> list[dict[str, Any]]:
        """Re-export every publication of a version and check its hash and signature."""
        from register.signing import read_manifest, sha256_of

        results = []
        for pub in self.publications(ref):
            data, _ = self.authoritative_gml(ref, pub["id"])
            result = {"publication": pub["id"], "step": pub["step"], "sha256": pub["sha256"],
                      "hash_ok": sha256_of(data) == pub["sha256"], "signed": bool(pub["signature_xml"]),
                      "signature_ok": None}
            if pub["signature_xml"]:
                manifest, ok, reason = read_manifest(pub["signature_xml"], cert)
                result["signature_ok"] = ok if manifest.sha256 == pub["sha256"] else False
                result["signature_reason"] = reason
            results.append(result)
        return results

    # -- drafts and concurrent editing ---------------------------------------------
    def draft(self, ref: str) -> VersionInfo:
        """The plan's draft: its latest version if still in elaboration, else a new version copied from it."""
        from register.editing import copy_to_draft

        info = self.version(parse_ref(ref)[0])
        if info.status == "elaboration":
            return info
        with self.transaction() as cur:
            pk = copy_to_draft(cur, info)
            return version_rows(cur, "v.id = %s", (pk,))[0]

    def editable(self, ref: str) -> list[Any]:
        """The features of a version with their locks (:class:`register.editing.EditableFeature`)."""
        from register.editing import editable_features

        info = self.version(ref)
        with self.transaction() as cur:
            return editable_features(cur, info)

    def editable_dataset(self, ref: str) -> tuple[PlanDataset, list[tuple[Any, ...]]]:
        """A version as a data set and, per feature, (localId, key, lock, class, stored row, geometry)."""
        from register.store import load_version_rows

        info = self.version(ref)
        with self.transaction() as cur:
            return load_version_rows(cur, info)

    def write_for_editing(self, ref: str, path: str | os.PathLike[str],
                          keep_rows: bool = True, progress: Any = None) -> tuple[VersionInfo, list[tuple[Any, ...]]]:
        """Write a version as a plan file straight from its rows; returns the rows (keys, locks) for editing.

        Without ``keep_rows`` each returned row has None for the stored row and geometry, and
        the rows stream into the file (a big plan is not held in memory).
        """
        from register.store import write_version_file

        info = self.version(ref)
        with self.transaction() as cur:
            return info, write_version_file(cur, info, path, keep_rows, progress)

    def locks(self, ref: str) -> dict[str, tuple[int, int]]:
        """localId → (feature key, lock) of a version: what a later save must name."""
        info = self.version(ref)
        with self.transaction() as cur:
            cur.execute("SELECT local_id, id, lock_version FROM feature WHERE version_pk = %s", (info.version_pk,))
            return {r[0]: (r[1], r[2]) for r in cur.fetchall()}

    def save_feature(self, feature_id: int, feature: Any, expected_lock: int, crs: int) -> int:
        """Save an edited feature of a draft; a concurrent save raises :class:`ConflictError` (both sides kept)."""
        import psycopg2

        from register.editing import save_feature

        try:
            return save_feature(self.conn, feature_id, feature, expected_lock, crs)
        except psycopg2.Error as exc:
            raise _translate(exc) from exc

    def insert_feature(self, ref: str, feature: Any) -> int:
        """Add a new feature to a draft version."""
        from register.editing import insert_feature

        info = self.version(ref)
        with self.transaction() as cur:
            return insert_feature(cur, info, feature)

    def delete_feature(self, feature_id: int, expected_lock: int) -> None:
        """Remove a feature from a draft; a concurrent change raises :class:`ConflictError`."""
        import psycopg2

        from register.editing import delete_feature

        try:
            delete_feature(self.conn, feature_id, expected_lock)
        except psycopg2.Error as exc:
            raise _translate(exc) from exc

    def conflicts(self, feature_id: int | None = None) -> list[dict[str, Any]]:
        with self.transaction() as cur:
            cur.execute("SELECT id, feature_id, expected_lock, found_lock, mine, theirs, who, at FROM edit_conflict "
                        "WHERE %s IS NULL OR feature_id = %s ORDER BY id", (feature_id, feature_id))
            return [{"id": r[0], "feature_id": r[1], "expected_lock": r[2], "found_lock": r[3], "mine": r[4],
                     "theirs": r[5], "who": r[6], "at": r[7].isoformat()} for r in cur.fetchall()]

    # -- access -----------------------------------------------------------------------
    def may_edit(self, authorities: Iterable[str]) -> set[str]:
        """Those of ``authorities`` whose plans the connected role may change.

        The rule is the database's own (``plu_may_edit``, the one row-level security applies), asked
        beforehand so a client can say a plan is read-only instead of failing at the first save.
        """
        names = sorted(set(authorities))
        with self.transaction() as cur:
            cur.execute("SELECT a, plu_may_edit(a) FROM unnest(%s::text[]) AS a", (names,))
            return {a for a, allowed in cur.fetchall() if allowed}

    def authority_names(self) -> dict[str, str]:
        """Authority code → its name (what a person reads), for every authority of the register."""
        with self.transaction() as cur:
            cur.execute("SELECT code, name FROM authority")
            return {code: name or code for code, name in cur.fetchall()}

    def grant(self, user: str, role: str, authority: str | None, password: str | None = None,
              authority_name: str | None = None) -> dict[str, Any]:
        from register.access import grant

        with self.transaction() as cur:
            return grant(cur, user, role, authority, password, authority_name)

    def audit(self, limit: int = 50) -> list[dict[str, Any]]:
        """The newest audit rows, each with the plan and version it is about (:func:`register.audit_rows.audit_rows`)."""
        from register.audit_rows import audit_rows

        with self.transaction() as cur:
            return audit_rows(cur, limit)

    def diff(self, before: str, after: str) -> Any:
        """:class:`register.diff.PlanDiff` between two versions (the second reprojected to the first's CRS)."""
        from plu_model.crs import reproject
        from plu_model.features import geometry_of, set_geometry
        from register.diff import diff_datasets

        a, b = self.dataset(before), self.dataset(after)
        if b.crs != a.crs:
            for f in b.features():
                g = geometry_of(f)
                if g is not None:
                    set_geometry(f, reproject(g, b.crs, a.crs))
            b.crs = a.crs
        return diff_datasets(a, b, self.version(before).ref, self.version(after).ref)

    # -- what the web services read ---------------------------------------------------
    def service_features(self, feature_type: str, **query: Any) -> Any:
        """Published features for the web services (:func:`register.service_query.query_features`)."""
        from register.service_query import query_features

        with self.transaction() as cur:
            return query_features(cur, feature_type, **query)

    def service_geojson(self, feature_type: str, **query: Any) -> Any:
        """The same as GeoJSON text built by PostgreSQL (:func:`register.service_query.query_geojson`).

        One statement answers, so it runs without BEGIN/COMMIT (two round trips fewer per page)."""
        from register.service_query import query_geojson

        if self.conn.get_transaction_status() != 0:  # a transaction is open: read inside it
            with self.transaction() as cur:
                return query_geojson(cur, feature_type, **query)
        import psycopg2

        self.conn.autocommit = True  # ``with conn`` would still send BEGIN (psycopg2 2.9): a bare cursor
        try:
            with self.conn.cursor() as cur:
                return query_geojson(cur, feature_type, **query)
        except psycopg2.Error as exc:
            raise _translate(exc) from exc
        finally:
            self.conn.autocommit = False

    def service_authorities(self) -> list[str]:
        """Names of the authorities with a published version (the services' contact)."""
        from register.service_query import service_authorities

        with self.transaction() as cur:
            return service_authorities(cur)

    def published_plans(self) -> list[dict[str, Any]]:
        """Every published version, for the services' per-plan layers and feeds."""
        from register.service_query import published_plans

        with self.transaction() as cur:
            return published_plans(cur)

    # -- questions -------------------------------------------------------------------
    def at(self, x: float, y: float, day: date, crs: int = 4326) -> list[dict[str, Any]]:
        """The zoning elements in force at a point on a day, the one that applies first."""
        import math

        from plu_model.crs import is_geographic, is_known_crs
        from register.in_force import zoning_at

        if not (math.isfinite(x) and math.isfinite(y)):
            raise PluInputError(Text("register.provider", "the point ({x}, {y}) is not a place", x=x, y=y))
        if not is_known_crs(crs):
            raise PluInputError(Text("register.provider", "EPSG:{crs} is not a known coordinate reference system",
                                                          crs=crs))
        if is_geographic(crs) and not (-180 <= x <= 180 and -90 <= y <= 90):
            raise PluInputError(Text("register.provider", "({x}, {y}) is not a longitude, latitude in EPSG:{crs} (X "
                                                          "east, Y north)", x=x, y=y, crs=crs))
        with self.transaction() as cur:
            return zoning_at(cur, x, y, day, crs)

    def in_force(self, day: date, bbox: tuple[float, float, float, float] | None = None,
                 crs: int | None = None) -> PlanDataset:
        """The consolidated zoning in force on a day (amended parts removed), as one PLU data set."""
        from register.in_force import consolidated

        if bbox is not None:
            _check_box(bbox)
        with self.transaction() as cur:
            return consolidated(cur, day, bbox, crs)

    def export(self, ref: str, out: str | os.PathLike[str]) -> Path:
        """Write a version as a plan file (.gpkg) or PLU GML (.gml)."""
        from register.exporting import write_dataset

        return write_dataset(self.dataset(ref), Path(out))
