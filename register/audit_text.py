"""An audit row's detail as a reviewer reads it: ``стъпка: Приемане, версия: 1``, not its JSON.

The audit triggers (``0002_access.sql``) keep codes and ISO dates in ``detail``; ``--json`` gives
them as they are.  Here each known key is named in the reader's language, a process step by its
code-list label and a day as the reader writes it; an empty value is left out.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from plu_model.dates import format_user_date
from plu_model.i18n import Text, say_in
from register.wording import step_label

__all__ = ["audit_detail"]

_KEYS = {
    "status": Text("register.audit_text", "process step"),
    "valid_from": Text("register.audit_text", "in force from"),
    "valid_to": Text("register.audit_text", "in force until"),
    "version_no": Text("register.audit_text", "version"),
    "plan_id": Text("register.audit_text", "plan no."),
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


def audit_detail(detail: dict[str, Any] | None, language: str) -> str:
    """``key: value, …`` in the trigger's order; an unknown key keeps its name."""
    parts = []
    for key, value in (detail or {}).items():
        if value is None or value == "":
            continue
        name = _KEYS[key].say(language) if key in _KEYS else key
        parts.append(say_in(language, "register.audit_text", "{name}: {value}", name=name,
                            value=_value(key, value, language)))
    return ", ".join(parts)
