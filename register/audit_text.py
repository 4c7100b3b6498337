"""An audit row as a reviewer reads it: what it is about (``BG.CITY:pup-south@2``), then its detail in words.

The audit triggers (``0002_access.sql``) keep codes, ISO dates and the database's own keys;
``--json`` gives them as they are, with the references :mod:`register.audit_rows` adds.  Here a row
names its plan by ``NAMESPACE:LOCALID``, its version by ``NAMESPACE:LOCALID@N`` (``LOCALID@N`` for a
plan deleted before migration 0009, whose audit kept no namespace) and a feature by its class and
localId; a database key is shown, labelled as one, only when nothing else names the row.  Each detail
key is named in the reader's language, a process step by its code-list label and a day as the reader
writes it; an empty value is left out.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from plu_model.class_names import feature_class_name
from plu_model.dates import format_user_date
from plu_model.i18n import Text, say_in
from register.wording import step_label

__all__ = ["audit_detail", "audit_subject", "audit_text"]

_KEYS = {
    "status": Text("register.audit_text", "process step"),
    "valid_from": Text("register.audit_text", "in force from"),
    "valid_to": Text("register.audit_text", "in force until"),
    "version_no": Text("register.audit_text", "version"),
    "plan_id": Text("register.audit_text", "plan no. in the register"),
    "version_pk": Text("register.audit_text", "version no. in the register"),
    "local_id": Text("register.audit_text", "local identifier"),
    "lock_version": Text("register.audit_text", "edit no."),
    "title": Text("register.audit_text", "title"),
    "features": Text("register.audit_text", "features"),
}


def _value(key: str, value: Any, language: str) -> str:
    if key == "status":
        return step_label(str(value), language)
    if key in ("valid_from", "valid_to"):
        return format_user_date(date.fromisoformat(str(value)[:10]), language)
    return str(value)


def audit_detail(detail: dict[str, Any] | None, language: str, leave_out: frozenset[str] = frozenset()) -> str:
    """``key: value, …`` in the trigger's order, but for ``leave_out``; an unknown key keeps its name."""
    parts = []
    for key, value in (detail or {}).items():
        if value is None or value == "" or key in leave_out:
            continue
        name = _KEYS[key].say(language) if key in _KEYS else key
        parts.append(say_in(language, "register.audit_text", "{name}: {value}", name=name,
                            value=_value(key, value, language)))
    return ", ".join(parts)


def _feature(row: dict[str, Any], language: str) -> str:
    """``устройствена зона d1-b``: the class by name while the feature is stored, else just ``feature``."""
    detail = row.get("detail") or {}
    kind = (feature_class_name(row["feature_class"], language) if row.get("feature_class")
            else say_in(language, "register.audit_text", "feature"))
    return f"{kind} {detail.get('local_id', '')}".rstrip()


def _version(row: dict[str, Any]) -> str | None:
    """``NAMESPACE:LOCALID@N``; ``LOCALID@N`` for a plan deleted before migration 0009 (its namespace went with it)."""
    if row.get("version_ref"):
        return str(row["version_ref"])
    if row.get("plan_local_id") and row.get("version_no") is not None:
        return f"{row['plan_local_id']}@{row['version_no']}"
    return None


def _subject(row: dict[str, Any], language: str) -> tuple[str, frozenset[str]]:
    """What the row is about, and the detail keys that says already."""
    table, detail, version = row["table"], row.get("detail") or {}, _version(row)
    plan = row.get("plan_key") or row.get("plan_local_id") or detail.get("local_id")
    if table == "plan" and plan:
        return str(plan), frozenset({"local_id", "namespace"})
    if table == "plan_version" and version:
        return version, frozenset({"plan_id", "version_no"})
    if table == "feature" and "features" in detail and version:  # one row for a version's stored features
        return version, frozenset({"version_pk"})
    if table == "feature" and "local_id" in detail:
        if version:
            return say_in(language, "register.audit_text", "{feature} in {version}", feature=_feature(row, language),
                          version=version), frozenset({"local_id", "version_pk"})
        return _feature(row, language), frozenset({"local_id"})
    if table in ("plan_version", "feature") and detail:  # nothing names it: the detail's labelled keys say which
        return "", frozenset()
    return say_in(language, "register.audit_text", "row no. {key} in the register", key=row["key"]), frozenset()


def audit_subject(row: dict[str, Any], language: str) -> str:
    """What an audit row is about: ``NAMESPACE:LOCALID``, ``…@N`` for a version, a feature by class and localId."""
    return _subject(row, language)[0]


def audit_text(row: dict[str, Any], language: str) -> str:
    """What the row is about, then the detail that does not repeat it: ``BG.X:pup@2 (process step: Adoption)``."""
    subject, said = _subject(row, language)
    detail = audit_detail(row.get("detail"), language, said)
    if subject and detail:
        return say_in(language, "register.audit_text", "{subject} ({detail})", subject=subject, detail=detail)
    return subject or detail
