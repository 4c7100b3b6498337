"""The audit trail as rows that say what they are about: the plan's key, the version's reference.

The triggers of ``0002_access.sql`` record the database's own keys (``row_key``, ``plan_id``,
``version_pk``), which mean nothing to the data officer who reads the audit.  Each row is read here
with what those keys stand for: ``plan_key`` (``NAMESPACE:LOCALID``), ``plan_local_id``,
``plan_title``, ``version_no``, ``version_ref`` (``NAMESPACE:LOCALID@N``) and, for a feature
changed or deleted, ``feature_class``.  A plan or version deleted since is named from the audit's
own newest record of the plan: its namespace, localId and title since migration 0009, which
records the namespace too.  A plan deleted before then left only its localId, so ``plan_key`` and
``version_ref`` stay ``None`` for it, as they always were.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from register.store import full_ref, plan_key

__all__ = ["audit_rows"]

_ROWS = ("SELECT who, at, action, table_name, authority, row_key, detail FROM audit "
         "ORDER BY id DESC LIMIT %s")
# the newest record the audit keeps of each of these rows of one table (a deleted row's last words):
# one probe of the index ``audit_row`` (table_name, row_key, id) per key, read backwards from its newest line
_RECORDED = ("SELECT k.row_key, a.detail FROM unnest(%s::text[]) AS k (row_key) CROSS JOIN LATERAL "
             "(SELECT detail FROM audit WHERE table_name = %s AND row_key = k.row_key ORDER BY id DESC LIMIT 1) a")


@dataclass(frozen=True)
class _Plan:
    namespace: str | None
    local_id: str
    title: str | None


def _recorded(cur: Any, table: str, keys: set[int]) -> list[tuple[str, Any]]:
    """(key, detail) of rows the register no longer holds, from the audit's newest line about each."""
    if not keys:
        return []
    cur.execute(_RECORDED, ([str(k) for k in sorted(keys)], table))
    return list(cur.fetchall())


def _versions(cur: Any, pks: set[int]) -> dict[int, tuple[int, int]]:
    """version key → (plan key, version number), from the register or else from the audit."""
    cur.execute("SELECT id, plan_id, version_no FROM plan_version WHERE id = ANY(%s)", (sorted(pks),))
    found = {r[0]: (r[1], r[2]) for r in cur.fetchall()}
    for key, detail in _recorded(cur, "plan_version", pks - found.keys()):
        if detail and detail.get("plan_id") is not None and detail.get("version_no") is not None:
            found[int(key)] = (int(detail["plan_id"]), int(detail["version_no"]))
    return found


def _plans(cur: Any, ids: set[int]) -> dict[int, _Plan]:
    """plan key → the plan's names, from the register or else from the audit (no namespace before migration 0009)."""
    cur.execute("SELECT id, namespace, local_id, title FROM plan WHERE id = ANY(%s)", (sorted(ids),))
    found = {r[0]: _Plan(r[1], r[2], r[3]) for r in cur.fetchall()}
    for key, detail in _recorded(cur, "plan", ids - found.keys()):
        if detail and detail.get("local_id"):
            found[int(key)] = _Plan(detail.get("namespace"), str(detail["local_id"]), detail.get("title"))
    return found


def _classes(cur: Any, ids: set[int]) -> dict[int, str]:
    cur.execute("SELECT id, class FROM feature WHERE id = ANY(%s)", (sorted(ids),))
    return {r[0]: r[1] for r in cur.fetchall()}


def _plan_and_version(row: dict[str, Any], versions: dict[int, tuple[int, int]]) -> tuple[int | None, int | None]:
    """The plan key and version number a row is about, from its table's key and detail."""
    detail, table = row["detail"] or {}, row["table"]
    if table == "plan":
        return int(row["key"]), None
    if table == "plan_version":
        return detail.get("plan_id"), detail.get("version_no")
    if table == "feature" and detail.get("version_pk") is not None:
        return versions.get(int(detail["version_pk"]), (None, None))
    return None, None


def _named(row: dict[str, Any], plan: _Plan | None, version_no: int | None, class_name: str | None) -> dict[str, Any]:
    known = plan is not None and plan.namespace is not None
    return {**row,
            "plan_key": plan_key(plan.namespace, plan.local_id) if known else None,  # type: ignore[union-attr,arg-type]
            "plan_local_id": plan.local_id if plan else None, "plan_title": plan.title if plan else None,
            "version_no": version_no,
            "version_ref": full_ref(plan.namespace, plan.local_id, version_no)  # type: ignore[union-attr,arg-type]
            if known and version_no is not None else None,
            "feature_class": class_name}


def audit_rows(cur: Any, limit: int) -> list[dict[str, Any]]:
    """The newest ``limit`` audit rows, newest first, each with the references its keys stand for."""
    cur.execute(_ROWS, (limit,))
    rows = [{"who": r[0], "at": r[1].isoformat(), "action": r[2], "table": r[3], "authority": r[4],
             "key": r[5], "detail": r[6]} for r in cur.fetchall()]
    features = [r for r in rows if r["table"] == "feature"]
    versions = _versions(cur, {int(r["detail"]["version_pk"]) for r in features
                               if (r["detail"] or {}).get("version_pk") is not None})
    about = [_plan_and_version(r, versions) for r in rows]
    plans = _plans(cur, {int(p) for p, _ in about if p is not None})
    classes = _classes(cur, {int(r["key"]) for r in features if r["action"] != "INSERT"})
    return [_named(r, plans.get(int(p)) if p is not None else None, v,
                   classes.get(int(r["key"])) if r["table"] == "feature" and r["action"] != "INSERT" else None)
            for r, (p, v) in zip(rows, about, strict=True)]
