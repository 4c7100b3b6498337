"""Authorities and PostgreSQL roles: who may read, plan, publish or administer which authority's plans.

The rules live in PostgreSQL (row-level security in ``0002_access.sql``); this module
only creates login roles, authorities and memberships, so every client (CLI, desktop,
services, psql) is held to the same rules.
"""

from __future__ import annotations

import re
from typing import Any

from psycopg2 import sql

from plu_model.errors import PluInputError
from plu_model.i18n import Text

__all__ = ["ROLES", "grant"]

#: register role → PostgreSQL group role
ROLES = {"reader": "plu_reader", "planner": "plu_planner", "publisher": "plu_publisher",
         "administrator": "plu_administrator"}
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
#: what the ``authority`` table's check allows (``0001_store.sql``)
_AUTHORITY = re.compile(r"^[A-Za-z0-9_.-]+$")


def _check_name(user: str) -> None:
    if not _NAME.match(user):
        raise PluInputError(Text("register.access", "'{user}' is not a valid user name (lower-case letters, digits, "
                                                    "_; up to 63)", user=user))


def grant(cur: Any, user: str, role: str, authority: str | None, password: str | None = None,
          authority_name: str | None = None) -> dict[str, Any]:
    """Give ``user`` (created as a login role if new) a register role, for one authority."""
    _check_name(user)
    if authority is not None and not _AUTHORITY.match(authority):
        raise PluInputError(Text("register.access", "'{authority}' is not an authority code (Latin letters, digits, "
                                                    "'.', '_', '-', e.g. sofia); the name in full goes in "
                                                    "--authority-name", authority=authority))
    if role not in ROLES:
        raise PluInputError(Text("register.access", "unknown role '{role}'; one of {ROLES}",
                                                    role=role, ROLES=', '.join(ROLES)))
    # role attributes are not inherited: an administrator acts as plu_administrator (CREATEROLE) for this
    cur.execute("SELECT rolsuper, pg_has_role(current_user, 'plu_administrator', 'MEMBER') FROM pg_roles "
                "WHERE rolname = current_user")
    superuser, administrator = cur.fetchone()
    if not superuser and administrator:
        cur.execute("SET LOCAL ROLE plu_administrator")
    cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (user,))
    created = cur.fetchone() is None
    if created:
        cur.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(user)))
    if password:
        cur.execute(sql.SQL("ALTER ROLE {} PASSWORD %s").format(sql.Identifier(user)), (password,))
    cur.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(ROLES[role]), sql.Identifier(user)))
    if authority:
        cur.execute("INSERT INTO authority (code, name) VALUES (%s, %s) ON CONFLICT (code) DO NOTHING",
                    (authority, authority_name or authority))
        cur.execute("INSERT INTO authority_member (role_name, authority) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                    (user, authority))
    return {"user": user, "role": role, "authority": authority, "created": created}
