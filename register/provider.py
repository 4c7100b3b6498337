"""The register behind one small interface: the CLI, the desktop and the services call this class.

It is the only place that speaks SQL to the register (pygeoapi's providers are the
model): callers get :class:`~plu_model.dataset.PlanDataset` s, :class:`VersionInfo` s and
plain dicts, and errors in both languages.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from plu_model.dataset import PlanDataset
from plu_model.errors import PluInputError
from register.cluster import EmbeddedCluster
from register.errors import AccessDenied, ImmutableVersion, NotFound, RegisterError
from register.migrate import apply_migrations, check_current
from register.store import STEPS, VersionInfo, load_version, store_version, version_rows

__all__ = ["RegisterProvider", "open_register", "parse_ref"]

_REF = re.compile(r"^(?P<plan>[^@]+?)(?:@(?P<version>\d+))?$")


def parse_ref(ref: str) -> tuple[str, int | None]:
    """``PLAN`` or ``PLAN@VERSION`` → (plan local id, version number or None for the latest)."""
    m = _REF.match(ref.strip())
    if not m:
        raise PluInputError(f"'{ref}' is not PLAN or PLAN@VERSION", bg=f"'{ref}' не е ПЛАН или ПЛАН@ВЕРСИЯ")
    return m.group("plan"), int(m.group("version")) if m.group("version") else None


def _connect(dsn: str) -> Any:
    import psycopg2

    try:
        return psycopg2.connect(dsn, connect_timeout=10, application_name="plu-studio")
    except psycopg2.OperationalError as exc:
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise RegisterError(f"cannot connect to the register: {text}",
                            bg=f"няма връзка с регистъра: {text}") from exc


def _dsn_for(db: str | None, start: bool = True) -> str:
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
    if db is None:
        cluster = EmbeddedCluster(home)
        created = cluster.create()
        cluster.start()
        cluster.ensure_database()
        db = cluster.dsn()
    conn = _connect(db)
    try:
        applied = apply_migrations(conn)
    finally:
        conn.close()
    return {"dsn": db, "created_cluster": created, "applied": applied}


def _translate(exc: Exception) -> Exception:
    """A PostgreSQL refusal as the register's own error, in both languages."""
    import psycopg2

    text = (getattr(exc, "pgerror", None) or str(exc)).strip().splitlines()[0] if str(exc).strip() else ""
    text = text.removeprefix("ERROR:").strip()
    if "PLU-IMMUTABLE" in text:
        return ImmutableVersion(text.split(": ", 1)[-1], bg="версията е публикувана и не се променя; "
                                "промяната създава нова версия")
    if isinstance(exc, psycopg2.errors.InsufficientPrivilege) or "row-level security" in text:
        return AccessDenied(f"not allowed: {text}", bg=f"не е разрешено: {text}")
    if "PLU-STEP" in text:
        return RegisterError(text.split(": ", 1)[-1], bg=f"стъпките на процеса вървят само напред: {text}")
    return RegisterError(f"the register refused the change: {text}", bg=f"регистърът отказа промяната: {text}")


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
    def plans(self, authority: str | None = None) -> list[VersionInfo]:
        """The latest version of every plan (of one authority)."""
        where = "v.version_no = (SELECT max(version_no) FROM plan_version w WHERE w.plan_id = v.plan_id)"
        params: tuple[Any, ...] = ()
        if authority:
            where += " AND v.authority = %s"
            params = (authority,)
        with self.transaction() as cur:
            return version_rows(cur, where, params)

    def versions(self, plan: str) -> list[VersionInfo]:
        local, _ = parse_ref(plan)
        with self.transaction() as cur:
            found = version_rows(cur, "p.local_id = %s", (local,))
        if not found:
            raise NotFound(f"plan {local} is not in the register", bg=f"план {local} не е в регистъра")
        return found

    def version(self, ref: str) -> VersionInfo:
        """``PLAN@N``, or the latest version of ``PLAN``."""
        local, number = parse_ref(ref)
        found = self.versions(local)
        if number is None:
            return found[-1]
        for info in found:
            if info.version_no == number:
                return info
        raise NotFound(f"plan {local} has no version {number} (it has {', '.join(str(v.version_no) for v in found)})",
                       bg=f"план {local} няма версия {number} (има {', '.join(str(v.version_no) for v in found)})")

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
            cur.execute("SELECT 1 FROM authority WHERE code = %s", (authority,))
            if cur.fetchone() is None:
                raise NotFound(f"authority {authority} is not in the register; an administrator adds it with "
                               "'plu register grant --new-authority'",
                               bg=f"органът {authority} не е в регистъра; администратор го добавя с "
                               "'plu register grant --new-authority'")
            pk = store_version(cur, data, authority, amends)
            return version_rows(cur, "v.id = %s", (pk,))[0]

    def set_status(self, ref: str, step: str, day: date | None = None) -> VersionInfo:
        """Move a version to a later process step; legal force from ``day`` supersedes the plan's older versions."""
        from register.lifecycle import change_step

        if step not in STEPS:
            raise PluInputError(f"unknown step '{step}'; one of {', '.join(STEPS)}",
                                bg=f"непозната стъпка '{step}'; една от {', '.join(STEPS)}")
        info = self.version(ref)
        with self.transaction() as cur:
            change_step(cur, info, step, day)
            return version_rows(cur, "v.id = %s", (info.version_pk,))[0]

    # -- questions -------------------------------------------------------------------
    def at(self, x: float, y: float, day: date, crs: int = 4326) -> list[dict[str, Any]]:
        """The zoning elements in force at a point on a day, the one that applies first."""
        from register.in_force import zoning_at

        with self.transaction() as cur:
            return zoning_at(cur, x, y, day, crs)

    def in_force(self, day: date, bbox: tuple[float, float, float, float] | None = None,
                 crs: int | None = None) -> PlanDataset:
        """The consolidated zoning in force on a day (amended parts removed), as one PLU data set."""
        from register.in_force import consolidated

        with self.transaction() as cur:
            return consolidated(cur, day, bbox, crs)

    def export(self, ref: str, out: str | os.PathLike[str]) -> Path:
        """Write a version as a plan file (.gpkg) or PLU GML (.gml)."""
        from register.exporting import write_dataset

        return write_dataset(self.dataset(ref), Path(out))
