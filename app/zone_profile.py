"""The limits a national profile sets for a zone type, to pre-fill a zone's form.

The profiles belong to the validation engine (:mod:`validators.profiles`); the
form reads the same limits the validator checks, so what the planner is offered
and what the reviewer is held to cannot differ.  A missing or broken profile
never breaks the form: the result says what happened and the form shows it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.i18n import current_language
from plu_model.errors import PluInputError
from plu_model.i18n import say_in
from validators.profiles import load_profile

__all__ = ["ProfileLimits", "zone_limits"]


@dataclass
class ProfileLimits:
    """What the profile says about one zone type.

    ``status`` is ``"ok"``, ``"no-profile"`` (not installed or unreadable, see
    ``detail``) or ``"no-entry"``; ``indications`` are in the plan file's JSON
    form (``{"type", "indication_reference", "value", "uom"}``).  ``unknown``
    maps an indication whose legal limit is not known to why, in the user's
    language: the form says "no limit known", never "no limit".
    """

    status: str
    source: Path | None = None
    indications: list[dict[str, Any]] = field(default_factory=list)
    detail: str = ""
    unknown: dict[str, str] = field(default_factory=dict)


def zone_limits(uri: str, profile_name: str = "bg") -> ProfileLimits:
    """The limits of the zone type ``uri`` (e.g. ``…/bg/ZoneTypeValue/Zhm``) in a profile."""
    try:
        profile = load_profile(profile_name)
    except PluInputError as exc:
        return ProfileLimits("no-profile", detail=exc.message(current_language()))
    entry = profile.zone_limits.get(uri)
    if entry is None:
        return ProfileLimits("no-entry", profile.path, detail=profile.zones_without_limits.get(uri.rsplit("/", 1)[-1], ""))
    bg = current_language() == "bg"
    unknown = {u.indication: u.reason_bg if bg else u.reason_en for u in entry.unknown}
    out = []
    for limit in entry.limits:
        value = limit.max if limit.max is not None else limit.min
        if value is None:
            continue
        item: dict[str, Any] = {
            "type": "measure" if limit.uom else "real",
            "indication_reference": limit.indication,
            "value": float(value),
        }
        if limit.uom:
            item["uom"] = limit.uom
        out.append(item)
    detail = "; ".join(f"{name}: {reason}" for name, reason in unknown.items())
    if unknown:
        detail = say_in(current_language(), "app.zone_profile", "no limit known for ") + detail
    return ProfileLimits("ok" if out else "no-entry", profile.path, out, detail, unknown)
