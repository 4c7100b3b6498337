"""Dimensioning indications: units, value types, plausible ranges, and a zone type's legal limits.

The indications PLU Studio knows (height, density, floor-area ratio, green
share) and their plausible ranges come from the profile; so do the limits of
each national zone type, with the article each limit comes from.  A limit
whose source is not corroborated is reported as a warning, not an error.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial

from plu_model.codelists import codelist
from plu_model.features import Feature
from plu_model.findings import Finding
from plu_model.i18n import ByLanguage, Joined, Text
from plu_model.user_numbers import format_user_number
from plu_model.values import (
    DimensioningIndicationCharacterValue,
    DimensioningIndicationIntegerValue,
    DimensioningIndicationMeasureValue,
    DimensioningIndicationRealValue,
)
from validators.context import FeatureInfo, RunContext
from validators.profiles import Indication, Limit, ZoneLimits
from validators.fast_paths import LIST, QuietValues
from validators.rules import make_finding
from validators.zone_limits import citation, unit_text

__all__ = ["DimensioningChecks"]

_NUMERIC = (DimensioningIndicationIntegerValue, DimensioningIndicationRealValue, DimensioningIndicationMeasureValue)


def _type_name(value: object) -> str:
    if isinstance(value, DimensioningIndicationMeasureValue):
        return "measure"
    if isinstance(value, DimensioningIndicationRealValue):
        return "real"
    if isinstance(value, DimensioningIndicationIntegerValue):
        return "integer"
    if isinstance(value, DimensioningIndicationCharacterValue):
        return "character"
    return "none"


@dataclass(frozen=True)
class _Number:
    """A figure in a message: ``2.5`` in English, ``2,5`` in Bulgarian (the shortest form, as the plan gives it)."""

    value: float

    def say(self, language: str | None = None) -> str:
        return format_user_number(float(self.value), language or "en")

    def __str__(self) -> str:
        return self.say("en")


def _fmt(x: float) -> _Number:
    return _Number(x)


class DimensioningChecks:
    """DIM.* on every feature's indications; PROFILE.* on zoning elements with a national zone type."""

    family = "semantic"

    def __init__(self, ctx: RunContext):
        self.ctx = ctx
        self.indications = ctx.profile.indications
        self.limits = ctx.profile.zone_limits
        zone_list = ctx.profile.zone_type_list
        self.zone_list = codelist(zone_list) if zone_list else None
        self.hilucs = codelist("HILUCSValue")
        self._hilucs_ok: dict[tuple[str, tuple[str, ...]], bool] = {}
        #: the figures, zone types and HILUCS values of features found sound (:mod:`validators.fast_paths`)
        self._quiet = QuietValues()

    def feature(self, f: Feature, info: FeatureInfo) -> Iterable[Finding]:
        """The findings about the feature's figures; a combination seen sound before is settled by one lookup."""
        values = getattr(f, "dimensioning_indication", None)
        cls = f.class_name
        if cls != "ZoningElement":
            if not isinstance(values, list):
                return ()  # nothing stated, no zone type: nothing to judge
            key: tuple = (cls, LIST, *map(id, values))
        else:
            # the figures by identity: the reader makes one object per figure as written, and hashing
            # them by value costs more than the rest of the check
            key = (cls, (LIST, *map(id, values)) if type(values) is list else id(values),
                   *[(LIST, *v) if type(v) is list else v for v in (f.specific_land_use, f.hilucs_land_use)])
        if key in self._quiet:
            return ()
        found = list(self._judged(f, info))
        if not found:
            self._quiet.add(key, tuple(values) if isinstance(values, list) else values)  # not the list: it may change
        return found

    def _judged(self, f: Feature, info: FeatureInfo) -> Iterator[Finding]:
        values = getattr(f, "dimensioning_indication", None)
        #: each stated figure with the position of its dimensioningIndication (whose line findings name)
        stated: dict[str, tuple[float, int]] = {}
        seen: set[str] = set()
        if isinstance(values, list):
            for index, d in enumerate(values):
                name = d.indication_reference
                if name in seen and self.ctx.applies("DIM.DUPLICATE"):
                    yield make_finding(
                        "DIM.DUPLICATE",
                        Text("validators.dimensioning", "dimensioning indication {name} is given more than once",
                                                        name=name),
                        **info.where("dimensioningIndication", index=index),
                    )
                seen.add(name)
                spec = self.indications.get(name)
                if spec is None:
                    continue
                # the place is worked out only for a finding: most indications have none
                number, findings = self._check_one(d, spec, info, index)
                yield from findings
                if number is not None and not findings:
                    stated.setdefault(name, (number, index))
        if f.class_name == "ZoningElement" and self.zone_list is not None:
            yield from self._zone(f, info, stated, seen)

    def _check_one(self, d: object, spec: Indication, info: FeatureInfo, index: int
                   ) -> tuple[float | None, Sequence[Finding]]:
        """The figure to compare with legal limits (None if unusable) and the findings about this indication."""
        name = spec.name
        kind = _type_name(d)
        numeric = isinstance(d, _NUMERIC)
        type_ok = kind == spec.type or (spec.type == "real" and kind in ("integer", "real"))
        if numeric and type_ok:  # the usual case, a sound figure, is settled without building anything
            value = float(d.value)  # type: ignore[attr-defined]
            if ((not spec.uom or getattr(d, "uom", None) in spec.uom)
                    and not (spec.min is not None and value < spec.min)
                    and not (spec.max is not None and value > spec.max)):
                return value, ()
        out: list[Finding] = []
        where = partial(info.where, "dimensioningIndication", index=index)
        if not numeric:
            if self.ctx.applies("DIM.TYPE"):
                out.append(make_finding(
                    "DIM.TYPE",
                    Text("validators.dimensioning", "{name} is a {kind} value; a {type} value is expected, so it "
                                                    "cannot be checked", name=name, kind=kind, type=spec.type),
                    **where(),
                ))
            return None, out
        value = float(d.value)  # type: ignore[attr-defined]
        if not type_ok and self.ctx.applies("DIM.TYPE"):
            out.append(make_finding(
                "DIM.TYPE",
                Text("validators.dimensioning", "{name} is a {kind} value; PLU Studio writes it as a {type} value",
                                                name=name, kind=kind, type=spec.type),
                **where(),
            ))
        if spec.uom:
            uom = getattr(d, "uom", None)
            if uom not in spec.uom:
                if self.ctx.applies("DIM.UNIT"):
                    out.append(make_finding(
                        "DIM.UNIT",
                        Text("validators.dimensioning", "{name} is given in {shown}; it must be in {units}", name=name,
                             shown=uom if uom else Text("validators.dimensioning", "no unit"),
                             units=Joined(Text("validators.dimensioning", " or "), tuple(spec.uom))),
                        fix=f'uom="{spec.uom[0]}"',
                        **where(),
                    ))
                return None, out
        low_bad = spec.min is not None and value < spec.min
        high_bad = spec.max is not None and value > spec.max
        if (low_bad or high_bad) and self.ctx.applies("DIM.IMPLAUSIBLE"):
            span = Text("validators.dimensioning", "{low}–{high}", low=_fmt(spec.min) if spec.min is not None else "…",
                        high=_fmt(spec.max) if spec.max is not None else "…")
            out.append(make_finding(
                "DIM.IMPLAUSIBLE",
                Text("validators.dimensioning", "{name} = {value} is outside the plausible range {span}",
                                                name=name, value=_fmt(value), span=span),
                **where(),
            ))
            return None, out
        return value, out

    # -- national zone types ----------------------------------------------------------
    def _zone(self, f: Feature, info: FeatureInfo, stated: dict[str, tuple[float, int]], named: set[str]
              ) -> Iterator[Finding]:
        zone_values = f.specific_land_use if isinstance(f.specific_land_use, list) else []
        zones = [v for v in zone_values if self.zone_list is not None and v in self.zone_list]
        for zone_uri in zones:
            if self.ctx.applies("PROFILE.HILUCS_MISMATCH"):
                yield from self._hilucs(f, info, zone_uri)
            limits = self.limits.get(zone_uri)
            if limits is None:
                continue
            for limit in limits.limits:
                given = stated.get(limit.indication)
                if given is None:
                    if limit.indication not in named and not limit.citywide and self.ctx.applies(
                            "PROFILE.LIMIT_NOT_STATED"):
                        yield make_finding(
                            "PROFILE.LIMIT_NOT_STATED",
                            Text("validators.dimensioning", "zone type {zone} limits {indication} ({source}), but the zone does not state "
                                 "it", zone=limits, indication=limit.indication, source=limit.source),
                            **info.where("dimensioningIndication"),
                        )
                    continue
                value, index = given
                if (limit.max is None or not value > limit.max) and (limit.min is None or not value < limit.min):
                    continue  # within the limit: nothing to say (the one test :meth:`_limit` makes)
                yield from self._limit(limits, limit, value, partial(info.where, "dimensioningIndication", index=index))

    def _limit(self, zone: ZoneLimits, limit: Limit, value: float, where: Callable[[], dict]) -> Iterator[Finding]:
        code = "PROFILE.LIMIT_EXCEEDED" if limit.firm else "PROFILE.LIMIT_EXCEEDED_UNVERIFIED"
        if not self.ctx.applies(code):
            return
        unit = unit_text(limit)
        shown = Text("validators.dimensioning", "{indication} = {value}{unit}", indication=limit.indication,
                     value=_fmt(value), unit=unit)
        if limit.max is not None and value > limit.max:
            yield make_finding(
                code,
                Text("validators.dimensioning", "{shown} exceeds the maximum of {limit}{unit} for zone type {zone} ({citation})",
                     shown=shown, limit=_fmt(limit.max), unit=unit, zone=zone,
                     citation=ByLanguage(partial(citation, limit))),
                **where(),
            )
        if limit.min is not None and value < limit.min:
            yield make_finding(
                code,
                Text("validators.dimensioning", "{shown} is below the minimum of {limit}{unit} for zone type {zone} ({citation})",
                     shown=shown, limit=_fmt(limit.min), unit=unit, zone=zone,
                     citation=ByLanguage(partial(citation, limit))),
                **where(),
            )

    def _hilucs(self, f: Feature, info: FeatureInfo, zone_uri: str) -> Iterator[Finding]:
        assert self.zone_list is not None
        given = tuple(f.hilucs_land_use or ())
        key = (zone_uri, given)
        ok = self._hilucs_ok.get(key)
        if ok:
            return  # judged before (the expected value is part of what was judged)
        expected = self.zone_list.get(zone_uri).extra.get("hilucs") if self.zone_list.get(zone_uri) else None
        if not expected:
            return
        if ok is None:
            up_expected = {a.uri for a in self.hilucs.ancestors(str(expected))}
            ok = any(g in up_expected or str(expected) in {a.uri for a in self.hilucs.ancestors(g)} for g in given)
            self._hilucs_ok[key] = ok
        if not ok:
            value = self.zone_list.get(zone_uri)
            label = value.notation if value and value.notation else zone_uri.rsplit("/", 1)[-1]
            yield make_finding(
                "PROFILE.HILUCS_MISMATCH",
                Text("validators.dimensioning", "zone type {label} usually maps to HILUCS {value}, which is neither "
                                                "among the zone's hilucsLandUse values nor related to them",
                                                label=label, value=str(expected).rsplit('/', 1)[-1]),
                **info.where("hilucsLandUse"),
            )

    def finish(self) -> Iterable[Finding]:
        return ()
