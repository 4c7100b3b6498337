"""One version of a plan as ``plu register show`` prints it: labelled lines in the reader's language.

The JSON (``--json``) keeps the record's codes and ISO dates; these lines name the step by its
code-list label, the feature classes by name, and write dates and times as the reader does.
"""

from __future__ import annotations

from datetime import date, datetime

from plu_model.class_names import class_counts
from plu_model.crs import crs_name
from plu_model.dates import format_user_date
from plu_model.i18n import Text, say_in
from register.store import VersionInfo
from register.wording import step_label

__all__ = ["version_text"]

_LABELS = {
    "plan": Text("register.version_text", "Plan"),
    "namespace": Text("register.version_text", "Namespace"),
    "title": Text("register.version_text", "Title"),
    "authority": Text("register.version_text", "Authority"),
    "version": Text("register.version_text", "Version"),
    "status": Text("register.version_text", "Process step"),
    "valid_from": Text("register.version_text", "In force from"),
    "valid_to": Text("register.version_text", "In force until"),
    "crs": Text("register.version_text", "Coordinate reference system"),
    "amends": Text("register.version_text", "Amends"),
    "counts": Text("register.version_text", "Features"),
    "sha256": Text("register.version_text", "SHA-256 of the publication"),
    "signed": Text("register.version_text", "Signed"),
    "created_by": Text("register.version_text", "Stored by"),
    "created_at": Text("register.version_text", "Stored on"),
}


def _day(value: date | None, language: str) -> str:
    return format_user_date(value, language) if value is not None else "—"


def _moment(value: datetime | None, language: str) -> str:
    """A day and a local time of day (``6.12.2026 г., 08:15``)."""
    if value is None:
        return "—"
    local = value.astimezone() if value.tzinfo is not None else value
    return f"{format_user_date(local, language)}, {local:%H:%M}"


def _authority(code: str, name: str | None) -> str:
    """``Столична община (sofia)``: the name a person reads, with the code the commands take."""
    return f"{name} ({code})" if name and name != code else code


def _values(v: VersionInfo, language: str, authority_name: str | None = None) -> dict[str, str]:
    yes_no = (say_in(language, "register.version_text", "yes") if v.signed
              else say_in(language, "register.version_text", "no"))
    return {
        "plan": v.local_id, "namespace": v.namespace, "title": v.title,
        "authority": _authority(v.authority, authority_name),
        "version": str(v.version_no), "status": step_label(v.status, language),
        "valid_from": _day(v.valid_from, language), "valid_to": _day(v.valid_to, language),
        "crs": f"EPSG:{v.crs} ({crs_name(v.crs)})", "amends": ", ".join(v.amends) or "—",
        "counts": class_counts(v.counts, language) or "—", "sha256": v.sha256 or "—", "signed": yes_no,
        "created_by": v.created_by, "created_at": _moment(v.created_at, language),
    }


def version_text(v: VersionInfo, language: str = "en", authority_name: str | None = None) -> str:
    """``Label: value`` lines, the labels padded to one column; the authority by name when it has one."""
    labels = {key: text.say(language) for key, text in _LABELS.items()}
    width = max(len(label) for label in labels.values()) + 1
    values = _values(v, language, authority_name)
    return "\n".join(f"{labels[key] + ':':{width}} {value}" for key, value in values.items())
