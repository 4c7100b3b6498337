"""Versioned migrations: numbered SQL files applied in order and recorded in ``schema_migrations``.

A register created by an older PLU Studio is brought up to date by ``plu register init``;
one written by a newer one is refused rather than misread.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from plu_model.i18n import Text
from register.errors import RegisterError

__all__ = ["MIGRATIONS", "apply_migrations", "applied_migrations", "check_current"]

_DIR = Path(__file__).resolve().parent / "migrations"
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


def _migrations() -> list[tuple[int, str, Path]]:
    out = []
    for p in sorted(_DIR.glob("*.sql")):
        m = _NAME.match(p.name)
        if m:
            out.append((int(m.group(1)), m.group(2), p))
    return out


MIGRATIONS = _migrations()
LATEST = MIGRATIONS[-1][0]


def applied_migrations(conn: Any) -> list[int]:
    """Numbers of the migrations this database has (empty for a new database)."""
    with conn.cursor() as cur:
        cur.execute("SELECT to_regclass('public.schema_migrations') IS NOT NULL")
        if not cur.fetchone()[0]:
            return []
        cur.execute("SELECT version FROM schema_migrations ORDER BY version")
        return [r[0] for r in cur.fetchall()]


def apply_migrations(conn: Any, upto: int | None = None) -> list[str]:
    """Apply the migrations the database lacks, each in its own transaction; returns their names.

    ``upto`` stops after that migration: a register as an older PLU Studio left it, to test the next ones on.
    """
    with conn, conn.cursor() as cur:
        cur.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, "
            "applied_at timestamptz NOT NULL DEFAULT now())"
        )
    done = set(applied_migrations(conn))
    _refuse_newer(done)
    applied = []
    for number, name, path in MIGRATIONS:
        if number in done or (upto is not None and number > upto):
            continue
        with conn, conn.cursor() as cur:
            cur.execute(path.read_text(encoding="utf-8"))
            cur.execute("INSERT INTO schema_migrations (version, name) VALUES (%s, %s)", (number, name))
        applied.append(f"{number:04d}_{name}")
    return applied


def _refuse_newer(done: set[int]) -> None:
    if done and max(done) > LATEST:
        raise RegisterError(
            Text("register.migrate", "the register was created by a newer PLU Studio (migration {done}, this one "
                                     "knows {LATEST}); update PLU Studio", done=max(done), LATEST=LATEST),
        )


def check_current(conn: Any) -> None:
    """Refuse a database that is not a register, or one from another version of PLU Studio."""
    done = set(applied_migrations(conn))
    if not done:
        raise RegisterError(
            Text("register.migrate", "this database is not a PLU register yet; run 'plu register init --db …' first"),
        )
    _refuse_newer(done)
    if max(done) < LATEST:
        raise RegisterError(
            Text("register.migrate", "the register needs migrations {done}…{LATEST}; run 'plu register init' to "
                                     "apply them", done=max(done) + 1, LATEST=LATEST),
        )
