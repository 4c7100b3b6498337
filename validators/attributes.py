"""Attribute rules: OneMustBeFilled on documents, dates, identifiers, empty and missing values.

For a delivered GML file, empty properties and nil reasons are judged on the
raw XML (:mod:`validators.xml_checks`); for a plan file or an in-memory plan the
same rules (gmlas.c.1, gmlas.c.3) are judged here on the model, because that is
what the GML writer will put into the file.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any

from plu_model.features import Feature
from plu_model.findings import Finding
from plu_model.i18n import Joined, Text
from plu_model.schema import CLASS_ATTRIBUTES, Attribute
from plu_model.values import DocumentCitation, LegislationCitation
from plu_model.voidable import Nil
from validators import fast_paths
from validators.context import FeatureInfo, RunContext
from validators.rules import make_finding

__all__ = ["AttributeChecks"]

_EARLIEST = date(1800, 1, 1)
#: data-type fields the GML writer puts in attributes (gml:id, uom, xlink:href) or that ID.EMPTY reports
_NOT_ELEMENTS = frozenset({"gml_id", "uom", "level", "date_type", "local_id", "namespace"})


def _camel(name: str) -> str:
    """The XML element name of a data-type field (``background_map_reference`` → ``backgroundMapReference``)."""
    head, *rest = name.split("_")
    return head + "".join(w.capitalize() for w in rest)


def _as_datetime(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return datetime(value.year, value.month, value.day, tzinfo=UTC)


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


class AttributeChecks:
    """Rules on single attribute values of one feature."""

    family = "inspire"

    def __init__(self, ctx: RunContext):
        self.ctx = ctx
        self.today = ctx.options.today or date.today()
        self.plan_source = ctx.kind == "plan"
        self.nil_ok = ctx.profile.nil_reasons
        self.replacements = ctx.profile.nil_reason_replacements
        #: beginLifespanVersion values found sound, by identity: the reader makes one object per text, and two
        #: equal instants written in different time zones fall on different days
        self._sound_begin = fast_paths.QuietValues(limit=1024)
        #: every feature through all the rules (a plan file's values are judged on the model, every time)
        self.full = self.plan_source or not fast_paths.ENABLED

    def feature(self, f: Feature, info: FeatureInfo) -> Iterable[Finding]:
        """The findings about the feature's values; a sound feature of a GML file is told in a few tests."""
        ident = f.inspire_id
        if (self.full or f.class_name == "OfficialDocumentation"
                or not (ident.local_id or "").strip() or not (ident.namespace or "").strip()
                or getattr(f, "end_lifespan_version", None) is not None
                or getattr(f, "valid_from", None) is not None or getattr(f, "valid_to", None) is not None):
            return list(self._judged(f, info))
        # only beginLifespanVersion left to judge: a date seen sound before is settled by one lookup
        begin = getattr(f, "begin_lifespan_version", None)
        if begin is None or id(begin) in self._sound_begin:
            return ()
        found = list(self._judged(f, info))
        if not found:
            self._sound_begin.add(id(begin), begin)
        return found

    def _judged(self, f: Feature, info: FeatureInfo) -> Iterator[Finding]:
        ctx = self.ctx
        ident = f.inspire_id
        if ctx.applies("ID.EMPTY") and (not (ident.local_id or "").strip() or not (ident.namespace or "").strip()):
            missing = [n for n, v in (("namespace", ident.namespace), ("localId", ident.local_id)) if not (v or "").strip()]
            yield make_finding(
                "ID.EMPTY",
                Text("validators.attributes", "{class_name} has an inspireId without {missing}", class_name=f.class_name,
                     missing=Joined(Text("validators.attributes", " and "), tuple(missing))),
                **info.where("inspireId"),
            )
        if f.class_name == "OfficialDocumentation" and ctx.applies("lu-plu-as.b.1"):
            yield from self._one_must_be_filled(f, info)
        yield from self._dates(f, info)
        if self.plan_source:
            yield from self._model_values(f, info)

    # -- OfficialDocumentation -----------------------------------------------------
    def _one_must_be_filled(self, f: Feature, info: FeatureInfo) -> Iterator[Finding]:
        legislation = f.legislation_citation
        text = f.regulation_text
        document = f.plan_document
        usable = (
            (isinstance(legislation, LegislationCitation) and bool(legislation.name.strip()))
            or (isinstance(text, str) and bool(text.strip()))
            or (isinstance(document, DocumentCitation) and bool(document.name.strip()))
        )
        if not usable:
            yield make_finding(
                "lu-plu-as.b.1",
                Text("validators.attributes", "the document has none of legislationCitation, regulationText and "
                                              "planDocument with a value (nil or empty ones do not count)"),
                fix="cite the act, give the regulation text or describe the plan document",
                **info.where(),
            )

    # -- dates -------------------------------------------------------------------
    def _dates(self, f: Feature, info: FeatureInfo) -> Iterator[Finding]:
        begin = getattr(f, "begin_lifespan_version", None)
        end = getattr(f, "end_lifespan_version", None)
        if isinstance(begin, (date, datetime)) and isinstance(end, (date, datetime)) and self.ctx.applies("dc.a.1"):
            if _as_datetime(end) < _as_datetime(begin):
                yield make_finding(
                    "dc.a.1",
                    Text("validators.attributes", "endLifespanVersion {isoformat} is before beginLifespanVersion "
                                                  "{isoformat2}",
                                                  isoformat=end.isoformat(), isoformat2=begin.isoformat()),
                    **info.where("endLifespanVersion"),
                )
        valid_from = getattr(f, "valid_from", None)
        valid_to = getattr(f, "valid_to", None)
        if isinstance(valid_from, date) and isinstance(valid_to, date) and self.ctx.applies("dc.b.1"):
            if _as_date(valid_to) < _as_date(valid_from):
                yield make_finding(
                    "dc.b.1",
                    Text("validators.attributes", "validTo {isoformat} is before validFrom {isoformat2}",
                                                  isoformat=valid_to.isoformat(), isoformat2=valid_from.isoformat()),
                    **info.where("validTo"),
                )
        if not self.ctx.applies("DATE.IMPLAUSIBLE"):
            return
        for xml, value in (("beginLifespanVersion", begin), ("validFrom", valid_from)):
            if not isinstance(value, (date, datetime)):
                continue
            day = _as_date(value)
            if day > self.today or day < _EARLIEST:
                why = Text("validators.attributes", "in the future") if day > self.today else Text("validators.attributes", "before 1800")
                yield make_finding(
                    "DATE.IMPLAUSIBLE",
                    Text("validators.attributes", "{xml} {value} is {why}; is the date right?", xml=xml, value=value.isoformat(), why=why),
                    **info.where(xml),
                )

    # -- values a plan file holds ---------------------------------------------------
    def _model_values(self, f: Feature, info: FeatureInfo) -> Iterator[Finding]:
        for attr in CLASS_ATTRIBUTES[f.class_name]:
            value = getattr(f, attr.name)
            if value is None:
                if not attr.optional:
                    yield from self._missing(f, info, attr)
                continue
            if isinstance(value, Nil):
                if value.reason not in self.nil_ok and self.ctx.applies("gmlas.c.3"):
                    better = self.replacements.get(value.reason, "unknown")
                    yield make_finding(
                        "gmlas.c.3",
                        Text("validators.attributes", "{class_name}.{xml} is nil with reason \"{reason}\", which the "
                                                      "INSPIRE validator rejects; use \"{better}\"",
                                                      class_name=f.class_name, xml=attr.xml, reason=value.reason, better=better),
                        fix=f"plu fix --rule nil_reasons (nilReason \"{better}\")",
                        **info.where(attr.xml),
                    )
                continue
            empty = (isinstance(value, str) and not value.strip()) or (
                attr.many and isinstance(value, list) and not value and not attr.optional
                and attr.name != "hilucs_land_use"  # lu-plu-as.a.1 reports that one
            )
            if empty and not attr.voidable and not attr.optional and attr.kind != "geometry":
                yield from self._missing(f, info, attr)
                continue
            if empty and attr.kind != "geometry" and self.ctx.applies("gmlas.c.1"):
                yield make_finding(
                    "gmlas.c.1",
                    Text("validators.attributes", "{class_name}.{xml} is empty; give it a value{nil}", class_name=f.class_name, xml=attr.xml,
                         nil=Text("validators.attributes", " or make it nil with a reason") if attr.voidable else ""),
                    fix="plu fix --rule nil_reasons" if attr.voidable else None,
                    **info.where(attr.xml),
                )
            elif not empty and self.ctx.applies("gmlas.c.1"):
                yield from self._empty_parts(f, info, attr.xml, value)

    def _empty_parts(self, f: Feature, info: FeatureInfo, xml: str, value: Any) -> Iterator[Finding]:
        """gmlas.c.1 for a blank text inside a data type (backgroundMapReference, a citation's name…).

        The GML writer writes such a text as an empty element, which the raw-XML check
        of a GML file reports; the plan file holds the same defect, so it gets the same code.
        """
        for item in value if isinstance(value, list) else [value]:
            if not dataclasses.is_dataclass(item):
                continue
            for part in dataclasses.fields(item):
                text = getattr(item, part.name)
                if part.name in _NOT_ELEMENTS or not isinstance(text, str) or text.strip():
                    continue
                name = _camel(part.name)
                yield make_finding(
                    "gmlas.c.1",
                    Text("validators.attributes", "{class_name}.{xml}: {name} is empty; give it a value",
                                                  class_name=f.class_name, xml=xml, name=name),
                    **info.where(xml),
                )

    def _missing(self, f: Feature, info: FeatureInfo, attr: Attribute) -> Iterator[Finding]:
        """READ.MISSING, worded as the GML reader words it: one defect, one code in every format.

        A plan file cannot tell an absent required value from an empty one (it reads
        NULL back as ''), so both are the defect a GML file reports for a missing element.
        """
        if self.ctx.applies("READ.MISSING"):
            yield make_finding(
                "READ.MISSING",
                Text("validators.attributes", "{class_name} lacks the required {xml}",
                                              class_name=f.class_name, xml=attr.xml),
                **info.where(attr.xml),
            )

    def finish(self) -> Iterable[Finding]:
        return ()
