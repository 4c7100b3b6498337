"""The legal limits of zone types, as a profile file states them and as a profile chain merges them.

A national profile enters the limits of its ordinance; a city profile that
extends it overrides them limit by limit (Sofia's ЗУЗСО over Наредба № 7, by
§ 11 ПЗР of the ordinance), and may cap the height of every building in the
city.  Each limit keeps its article, the range the law gives and how sure we
are of it, so that every finding can cite them.  A limit nobody could find is
kept as *unknown*, so that it is shown as "no limit known", never as "no limit".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from plu_model.codelists import codelist
from plu_model.errors import PluInputError
from plu_model.i18n import Text, say_in
from plu_model.user_numbers import format_user_number

__all__ = [
    "LIMIT_INDICATIONS",
    "Limit",
    "UnknownLimit",
    "ZoneLimits",
    "citation",
    "merged_plot_limits",
    "merged_zone_limits",
    "unit_text",
]

#: The indications a zone type's legal limits are about, in the order reports list them.
LIMIT_INDICATIONS = ("maxDensity", "maxFloorAreaRatio", "minGreenShare", "maxHeight")


@dataclass(frozen=True, slots=True)
class Limit:
    """One legal limit of a zone type on one indication, with the article it comes from.

    ``range`` is the span the law lets a detailed plan choose from (the limit is
    its top for a maximum, its bottom for a minimum); ``replaces`` names the
    limit of a parent profile this one overrides (ЗУЗСО over Наредба № 7).
    """

    indication: str
    min: float | None
    max: float | None
    uom: str | None
    source: str
    range: tuple[float, float] | None = None
    confidence: str = "low"
    replaces: str = ""
    note_en: str = ""
    note_bg: str = ""
    citywide: bool = False

    @property
    def firm(self) -> bool:
        """Limits we report as errors (corroborated) rather than warnings."""
        return self.confidence in ("high", "medium")

    def bound(self) -> float:
        """The figure the law sets: the maximum, or the minimum for a lower limit."""
        value = self.max if self.max is not None else self.min
        assert value is not None  # the loader refuses a limit without either
        return value


@dataclass(frozen=True, slots=True)
class UnknownLimit:
    """An indication of a zone type whose legal limit is not known, and why (shown as "no limit known")."""

    indication: str
    reason_en: str
    reason_bg: str


@dataclass(frozen=True, slots=True)
class ZoneLimits:
    """The limits of one zone type and how sure we are of them."""

    zone_uri: str
    code: str
    label_en: str
    label_bg: str
    law: str
    confidence: str
    limits: tuple[Limit, ...]
    unknown: tuple[UnknownLimit, ...] = ()
    sources: tuple[str, ...] = ()

    @property
    def firm(self) -> bool:
        """True when every limit is corroborated (errors, not warnings)."""
        return all(limit.firm for limit in self.limits) if self.limits else self.confidence in ("high", "medium")

    def label(self, language: str = "en") -> str:
        """The zone type's name (code-list data, in both languages)."""
        return self.label_bg if language == "bg" else self.label_en

    def limit(self, indication: str) -> Limit | None:
        """The limit on one indication, if the law sets one we know."""
        return next((lim for lim in self.limits if lim.indication == indication), None)

    def unknown_reason(self, indication: str) -> UnknownLimit | None:
        """Why the limit on one indication is not known, if it is listed as unknown."""
        return next((u for u in self.unknown if u.indication == indication), None)


def _fmt(x: float) -> str:
    return f"{x:g}"


def _label(code: str, zone_list: str | None, where: Path) -> tuple[str, str, str]:
    if not zone_list:
        return code, code, code
    value = codelist(zone_list).by_code(code)
    if value is None:
        raise PluInputError(
            Text("validators.zone_limits", "{where}: zone type {code!r} is not a value of {zone_list}",
                                           where=where, code=code, zone_list=zone_list),
        )
    notation = value.notation or code
    return value.uri, f"{notation} ({value.label('en')})", f"{notation} ({value.label('bg')})"


def _citation(entry: dict[str, Any]) -> str:
    law, article = entry.get("law", ""), entry.get("article", "")
    return f"{law}, {article}" if law and article else law or article


def _range(spec: dict[str, Any], where: str, path: Path) -> tuple[float, float] | None:
    span = spec.get("range")
    if span is None:
        return None
    if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, (int, float)) for x in span)):
        raise PluInputError(
            Text("validators.zone_limits", "{path}: the range of limit {where} must be two numbers [low, high]",
                                           path=path, where=where),
        )
    return float(span[0]), float(span[1])


def _limit(code: str, name: str, spec: dict[str, Any], entry: dict[str, Any], path: Path) -> Limit:
    where = f"{code}.{name}"
    if not isinstance(spec, dict) or (spec.get("min") is None and spec.get("max") is None):
        raise PluInputError(
            Text("validators.zone_limits", "{path}: limit {where} has neither min nor max", path=path, where=where),
        )
    source = spec.get("source") or _citation(entry)
    if not source:
        raise PluInputError(
            Text("validators.zone_limits", "{path}: limit {where} does not cite its legal source",
                                           path=path, where=where),
        )
    note = spec.get("note", {})
    return Limit(
        name, spec.get("min"), spec.get("max"), spec.get("uom"), source,
        range=_range(spec, where, path),
        confidence=spec.get("confidence") or entry.get("confidence", "low"),
        note_en=note.get("en", ""), note_bg=note.get("bg", ""),
    )


def _unknown(entry: dict[str, Any]) -> tuple[UnknownLimit, ...]:
    out = []
    for name, reason in entry.get("unknown", {}).items():
        reason = reason if isinstance(reason, dict) else {"en": str(reason), "bg": str(reason)}
        out.append(UnknownLimit(name, reason.get("en", ""), reason.get("bg", reason.get("en", ""))))
    return tuple(out)


def _entry(code: str, entry: dict[str, Any], labels: tuple[str, str, str], path: Path) -> ZoneLimits:
    uri, label_en, label_bg = labels
    return ZoneLimits(
        zone_uri=uri,
        code=code,
        label_en=label_en,
        label_bg=label_bg,
        law=_citation(entry),
        confidence=entry.get("confidence", "low"),
        limits=tuple(_limit(code, n, s, entry, path) for n, s in entry.get("limits", {}).items()),
        unknown=_unknown(entry),
        sources=tuple(entry.get("sources", entry.get("evidence", ()))),
    )


def _shown(limit: Limit) -> str:
    unit = f" {limit.uom}" if limit.uom else ""
    return f"{limit.source}: {_fmt(limit.bound())}{unit}"


def _override(old: ZoneLimits, new: ZoneLimits, by: str = "") -> ZoneLimits:
    """``new`` (a city's entry) over ``old`` (the national one), limit by limit; ``by`` is the rule that says so."""
    limits = {lim.indication: lim for lim in old.limits}
    why = f" ({by})" if by else ""
    for lim in new.limits:
        before = limits.get(lim.indication)
        limits[lim.indication] = replace(lim, replaces=_shown(before) + why) if before else lim
    unknown = {u.indication: u for u in (*old.unknown, *new.unknown) if u.indication not in limits}
    law = new.law if not old.limits else f"{new.law}; {old.law}"
    return replace(
        new, law=law, limits=tuple(limits.values()),
        unknown=tuple(unknown.values()),
        sources=new.sources + tuple(s for s in old.sources if s not in new.sources),
    )


def _height_cap(zones: dict[str, ZoneLimits], cap: dict[str, Any], path: Path, by: str) -> None:
    """A city-wide height cap: the top for every building zone whose own limit is higher or unknown.

    Zone types with no entry at all (streets, water, forest) are not building
    zones; a plan need not state a city-wide cap for its zones, so the limit is
    marked ``citywide`` and never reported as "not stated".
    """
    limit = replace(_limit("*", "maxHeight", {**cap, "uom": "m"}, cap, path), citywide=True)
    why = f" ({by})" if by else ""
    for uri, zone in list(zones.items()):
        own = zone.limit("maxHeight")
        if own is not None and own.max is not None and own.max <= (limit.max or 0):
            continue
        capped = replace(limit, replaces=_shown(own) + why) if own else limit
        zones[uri] = replace(
            zone,
            limits=tuple(lim for lim in zone.limits if lim.indication != "maxHeight") + (capped,),
            unknown=tuple(u for u in zone.unknown if u.indication != "maxHeight"),
        )


def merged_zone_limits(chain: list[tuple[Path, dict[str, Any]]], zone_list: str | None) -> dict[str, ZoneLimits]:
    """The zone limits of a profile chain (base first), keyed by zone-type URI."""
    zones: dict[str, ZoneLimits] = {}
    for path, data in chain:
        by = data.get("prevails_by", "")
        for code, entry in data.get("zone_limits", {}).items():
            labels = _label(code, zone_list, path)
            new = _entry(code, entry, labels, path)
            zones[labels[0]] = _override(zones[labels[0]], new, by) if labels[0] in zones else new
        if data.get("height_cap"):
            _height_cap(zones, data["height_cap"], path, by)
    return zones


def merged_plot_limits(chain: list[tuple[Path, dict[str, Any]]]) -> dict[str, ZoneLimits]:
    """Limits by a plot's purpose (a school, a kindergarten…), which no zone type names, keyed by purpose."""
    plots: dict[str, ZoneLimits] = {}
    for path, data in chain:
        for purpose, entry in data.get("plot_limits", {}).items():
            label = entry.get("label", {})
            labels = (purpose, label.get("en", purpose), label.get("bg", label.get("en", purpose)))
            new = _entry(purpose, entry, labels, path)
            plots[purpose] = _override(plots[purpose], new, data.get("prevails_by", "")) if purpose in plots else new
    return plots


def unit_text(limit: Limit) -> str:
    """The unit as it follows a figure: " %", " m" or nothing for a ratio."""
    return f" {limit.uom}" if limit.uom else ""


def citation(limit: Limit, language: str) -> str:
    """Where a limit comes from, for a finding: article, the law's range, what it replaces, its caveats."""
    bg = language == "bg"
    parts = [limit.source]
    if limit.range is not None:
        low, high = (format_user_number(float(x), language) for x in limit.range)
        span = f"{low}–{high}{unit_text(limit)}"
        parts.append(say_in(language, "validators.zone_limits", "range in the law {span}", span=span))
    if limit.replaces:
        parts.append(say_in(language, "validators.zone_limits", "replaces {replaces}", replaces=limit.replaces))
    note = limit.note_bg if bg else limit.note_en  # data of the limits table, in both languages
    if note:
        parts.append(note)
    if not limit.firm:
        parts.append(say_in(language, "validators.zone_limits", "the source could not be checked against the legal text"))
    return "; ".join(parts)
