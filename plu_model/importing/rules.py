"""Turning source values into PLU attribute values, as a mapping's rules say.

One :class:`RuleEvaluator` per import evaluates the attribute rules of a layer
for each source row.  Codes are resolved against the code lists: a source may
give a code (``Zhm``), a notation (``Жм``, ``5_1``), a label or a URI, and a value
map may translate local codes first.  What cannot be resolved is returned as a
:class:`Problem` (the importer reports it and, for a required attribute, skips
the feature) — never silently replaced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from plu_model.codelists import CodeList, codelist, codelists_extending
from plu_model.dataset import make_gml_id
from plu_model.importing.mapping import AUTOMATIC_ATTRIBUTES, AttributeRule, DocumentSpec, ImportMapping
from plu_model.schema import CLASS_ATTRIBUTES, Attribute
from plu_model.temporal import parse_date, parse_datetime
from plu_model.values import (
    BackgroundMapValue,
    CIDate,
    DimensioningIndicationCharacterValue,
    DimensioningIndicationIntegerValue,
    DimensioningIndicationMeasureValue,
    DimensioningIndicationRealValue,
    DocumentCitation,
    LegislationCitation,
    OrdinanceValue,
)
from plu_model.voidable import Nil, parse_nil_reason

__all__ = ["CodeResolver", "Problem", "RuleEvaluator", "document_feature", "parse_number"]

_NUMBER = re.compile(r"[-+]?\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?")
_DERIVED_FROM = {
    "hilucs_land_use": ("specific_land_use", "hilucs"),
    "supplementary_regulation": ("specific_supplementary_regulation", "supplementary_regulation"),
    "level_of_spatial_plan": ("plan_type_name", "level_of_spatial_plan"),
}
_DERIVE_TARGET = {"hilucs": "hilucs_land_use", "supplementary_regulation": "supplementary_regulation",
                  "level_of_spatial_plan": "level_of_spatial_plan"}
_TRUE = {"true", "1", "yes", "y", "да", "д", "t"}
_FALSE = {"false", "0", "no", "n", "не", "н", "f"}


@dataclass(frozen=True)
class Problem:
    """A value that could not be used: which attribute, the raw source value, and why.

    ``skip`` is True when the feature cannot be written without it (a required
    attribute); otherwise the attribute became nil or was left out.
    """

    attribute: str
    raw: str
    kind: str  # "unmapped" | "bad_value" | "missing"
    message: str
    skip: bool


def parse_number(value: Any) -> float:
    """A number from a source value: ``1,2``, ``60 %``, ``10 м``, ``1 200.5`` are all read."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a number")
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip()
    m = _NUMBER.search(text)
    if not m:
        raise ValueError(f"{text!r} is not a number")
    return float(m.group(0).replace(" ", "").replace("\u00a0", "").replace(",", "."))


def _text(value: Any) -> str:
    """Source values as text; integral floats lose their '.0' so map keys like '11' match."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == []


class CodeResolver:
    """Find the URI a source code stands for, in the lists an attribute may take."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str | None, str], tuple[str | None, bool]] = {}

    @staticmethod
    def lists_for(attr: Attribute, explicit: str | None) -> tuple[list[CodeList], bool]:
        """The lists to search and whether unknown absolute URIs are acceptable (open lists)."""
        inspire = codelist(attr.codelist) if attr.codelist else None
        open_list = inspire is not None and inspire.extensibility == "any"
        if explicit:
            return [codelist(explicit)], open_list
        lists = [inspire] if inspire is not None and len(inspire) else []
        if attr.codelist:
            lists += codelists_extending(attr.codelist)
        return lists, open_list

    def resolve(self, attr: Attribute, text: str, explicit: str | None = None) -> tuple[str | None, bool]:
        """``(uri, changed)``: the value's URI (None if unknown) and whether it was rewritten."""
        key = (attr.name, explicit, text)
        if key not in self._cache:
            self._cache[key] = self._resolve(attr, text.strip(), explicit)
        return self._cache[key]

    def _resolve(self, attr: Attribute, text: str, explicit: str | None) -> tuple[str | None, bool]:
        lists, open_list = self.lists_for(attr, explicit)
        if not text:
            return None, False
        if "://" in text or text.startswith("urn:"):
            for cl in lists:
                if text in cl:
                    return text, False
            for cl in lists:
                near = cl.suggest(text)
                if near and near.rstrip("/").rsplit("/", 1)[-1].lower() == text.rstrip("/").rsplit("/", 1)[-1].lower():
                    return near, True
            return (text, False) if open_list else (None, False)
        low = text.lower()
        for match in (
            lambda v: v.code == text,
            lambda v: v.notation == text,
            lambda v: v.code.lower() == low,
            lambda v: (v.notation or "").lower() == low,
            lambda v: any(label.lower() == low for label in v.labels.values()),
        ):
            for cl in lists:
                for v in cl:
                    if match(v):
                        return v.uri, False
        return None, False

    @staticmethod
    def mapped_extra(uri: str, key: str) -> list[str]:
        """The values a national code maps to (``hilucs`` + ``hilucs_secondary``, …)."""
        return list(_mapped_extra(uri, key))


@lru_cache(maxsize=4096)
def _mapped_extra(uri: str, key: str) -> tuple[str, ...]:
    """Cached: the code lists are fixed for the life of the process."""
    for cl in _national_lists():
        v = cl.get(uri)
        if v is None:
            continue
        out: list[str] = []
        main = v.extra.get(key)
        if isinstance(main, str):
            out.append(main)
        elif isinstance(main, list):
            out.extend(main)
        secondary = v.extra.get(f"{key}_secondary")
        if isinstance(secondary, list):
            out.extend(secondary)
        return tuple(out)
    return ()


def _national_lists() -> list[CodeList]:
    from plu_model.codelists import all_codelists

    return [cl for cl in all_codelists() if cl.country]


@dataclass
class Evaluated:
    """The attribute values of one feature (keyword arguments of its dataclass) and the problems met."""

    values: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    normalised: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def skip(self) -> Problem | None:
        return next((p for p in self.problems if p.skip), None)


class RuleEvaluator:
    """Evaluate a class's attribute rules on source rows.

    Parameters
    ----------
    mapping
        The import mapping (value maps, documents, plan defaults).
    now
        The import time: ``beginLifespanVersion`` of every new feature unless mapped.
    """

    def __init__(self, mapping: ImportMapping, now: datetime | None = None):
        self.mapping = mapping
        self.now = (now or datetime.now(UTC)).replace(microsecond=0)
        self.codes = CodeResolver()
        self.documents = {d.local_id: "#" + make_gml_id("OD", d.local_id) for d in mapping.documents}

    # -- public ------------------------------------------------------------------
    def evaluate(
        self,
        class_name: str,
        rules: dict[str, AttributeRule],
        dimensioning: dict[str, AttributeRule],
        row: dict[str, Any],
    ) -> Evaluated:
        out = Evaluated()
        attrs = [a for a in CLASS_ATTRIBUTES[class_name] if a.name not in AUTOMATIC_ATTRIBUTES]
        derived = []
        for attr in attrs:
            rule = rules.get(attr.name)
            if attr.name == "dimensioning_indication" and dimensioning:
                self._dimensioning(dimensioning, row, out)
                continue
            if rule is None:
                if attr.name in _DERIVED_FROM and _DERIVED_FROM[attr.name][0] in rules:
                    derived.append(attr)
                else:
                    self._default(class_name, attr, out)
                continue
            if rule.derive:
                derived.append(attr)
                continue
            self._attribute(attr, rule, row, out)
        for attr in derived:
            self._derive(attr, rules.get(attr.name), out)
        return out

    def plan_constant(self, name: str, rule: AttributeRule) -> Any:
        """A plan attribute from the mapping's ``plan`` section (used when there is no plan layer)."""
        attr = next(a for a in CLASS_ATTRIBUTES["SpatialPlan"] if a.name == name)
        out = Evaluated()
        self._attribute(attr, rule, {}, out)
        return out.values.get(name), out

    # -- defaults ----------------------------------------------------------------
    def _default(self, class_name: str, attr: Attribute, out: Evaluated) -> None:
        if attr.name == "begin_lifespan_version":
            out.values[attr.name] = self.now
        elif attr.name == "official_document" and class_name == "SpatialPlan" and self.documents:
            out.values[attr.name] = list(self.documents.values())
        elif attr.name == "process_step_general" and "process_step_general" in self.mapping.plan:
            value, sub = self.plan_constant("process_step_general", self.mapping.plan["process_step_general"])
            out.values[attr.name] = value
            out.problems.extend(sub.problems)
        elif attr.optional:
            out.values[attr.name] = None
        elif attr.voidable:
            # the INSPIRE void reason; the reference validator refuses a bare "unpopulated" (gmlas.c.3)
            out.values[attr.name] = Nil("http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated")
        else:
            out.problems.append(Problem(attr.name, "", "missing", f"no rule gives {attr.xml}", True))

    # -- one attribute -----------------------------------------------------------
    def raw_value(self, rule: AttributeRule, row: dict[str, Any]) -> Any:
        """The source value a rule starts from: its constant or field, cut by its pattern."""
        raw = rule.value if rule.field is None else row.get(rule.field)
        if rule.pattern and not _is_empty(raw):
            m = re.search(rule.pattern, _text(raw), flags=re.S)
            raw = (m.group(1) if m.groups() else m.group(0)) if m else None
        return raw

    def _pieces(self, attr: Attribute, rule: AttributeRule, raw: Any) -> list[Any]:
        if isinstance(raw, (list, tuple)):
            return [r for r in raw if not _is_empty(r)]
        if rule.split and isinstance(raw, str):
            return [p.strip() for p in raw.split(rule.split) if p.strip()]
        return [] if _is_empty(raw) else [raw]

    def _empty(self, attr: Attribute, rule: AttributeRule, raw: Any, out: Evaluated, why: str = "") -> None:
        if rule.nil and attr.voidable:
            out.values[attr.name] = Nil(parse_nil_reason(rule.nil))
        elif attr.voidable:
            out.values[attr.name] = Nil("unknown")
        elif attr.optional:
            out.values[attr.name] = None
        else:
            message = why or f"{attr.xml} is required but the source value is empty"
            out.problems.append(Problem(attr.name, _text(raw) if raw is not None else "", "missing", message, True))

    def _attribute(self, attr: Attribute, rule: AttributeRule, row: dict[str, Any], out: Evaluated) -> None:
        raw = self.raw_value(rule, row)
        pieces = self._pieces(attr, rule, raw)
        if not pieces and rule.default is not None:
            pieces = self._pieces(attr, rule, rule.default)
        if not pieces:
            self._empty(attr, rule, raw, out)
            return
        try:
            if attr.kind in ("code", "ref"):
                values = self._codes(attr, rule, pieces, out)
                if values is None:
                    return
            else:
                values = [self._scalar(attr, rule, p) for p in pieces]
        except (ValueError, TypeError, KeyError) as exc:
            skip = not (attr.voidable or attr.optional)
            out.problems.append(Problem(attr.name, _text(raw), "bad_value", f"{attr.xml}: {exc}", skip))
            if not skip:
                return
            self._empty(attr, AttributeRule(nil=rule.nil), raw, out)
            return
        if not values:
            self._empty(attr, rule, raw, out)
            return
        out.values[attr.name] = values if attr.many else values[0]

    def _codes(self, attr: Attribute, rule: AttributeRule, pieces: list[Any], out: Evaluated) -> list[str] | None:
        uris: list[str] = []
        for piece in pieces:
            text = _text(piece)
            if attr.kind == "ref":
                uris.append(self._reference(attr, text))
                continue
            targets: list[Any] = [text]
            if rule.map is not None:
                mapped = rule.map.get(text, _MISSING)
                if mapped is _MISSING:
                    mapped = next((v for k, v in rule.map.items() if k.lower() == text.lower()), _MISSING)
                if mapped is None:
                    continue  # the map says: this source value means "no value"
                if mapped is not _MISSING:
                    targets = mapped if isinstance(mapped, list) else [mapped]
            for target in targets:
                uri, changed = self.codes.resolve(attr, _text(target), rule.codelist)
                if uri is None:
                    policy = rule.unmapped or ("nil" if attr.voidable else "skip")
                    if policy == "default" and rule.default is not None:
                        uri, _ = self.codes.resolve(attr, _text(rule.default), rule.codelist)
                    if uri is None:
                        skip = policy == "skip" or not (attr.voidable or attr.optional)
                        where = f" (list {rule.codelist})" if rule.codelist else ""
                        msg = (f"{attr.xml}: {text!r} maps to no value{where}" if target == text
                               else f"{attr.xml}: {text!r} maps to {target!r}, which is no value{where}")
                        out.problems.append(Problem(attr.name, text, "unmapped", msg, skip))
                        if skip:
                            return None
                        continue
                if changed:
                    out.normalised.append((attr.name, _text(target), uri))
                if uri not in uris:
                    uris.append(uri)
        if not uris and pieces:
            self._empty(attr, rule, pieces[0], out)
            return None
        return uris

    def _reference(self, attr: Attribute, text: str) -> str:
        if text in self.documents:
            return self.documents[text]
        if text.startswith("#") or "://" in text:
            return text
        raise KeyError(f"{text!r} is not the local_id of a document in the mapping (known: "
                       f"{', '.join(self.documents) or 'none'})")

    def _scalar(self, attr: Attribute, rule: AttributeRule, value: Any) -> Any:
        kind = attr.kind
        if kind == "string":
            return _text(value)
        if kind == "boolean":
            if isinstance(value, bool):
                return value
            text = _text(value).lower()
            if text in _TRUE:
                return True
            if text in _FALSE:
                return False
            raise ValueError(f"{value!r} is not yes/no")
        if kind == "date":
            return _date(value, rule.format)
        if kind == "datetime":
            return _datetime(value, rule.format)
        if kind == "ordinance":
            return OrdinanceValue(_datetime(value["date"], rule.format), str(value["reference"]))
        if kind == "background_map":
            uri = value.get("uri")
            return BackgroundMapValue(
                _datetime(value["date"], rule.format), str(value["reference"]), uri if uri else Nil("unknown")
            )
        raise ValueError(f"{attr.xml} ({kind}) cannot be mapped from a source value")

    # -- derived and dimensioning ------------------------------------------------
    def _derive(self, attr: Attribute, rule: AttributeRule | None, out: Evaluated) -> None:
        source_name, key = _DERIVED_FROM[attr.name]
        source = out.values.get(source_name)
        values: list[str] = []
        if isinstance(source, list):
            for uri in source:
                values.extend(v for v in self.codes.mapped_extra(uri, key) if v not in values)
        elif isinstance(source, str) and source:
            values = self.codes.mapped_extra(source, key)
        if key == "level_of_spatial_plan":
            values = [v if "://" in v else f"http://inspire.ec.europa.eu/codelist/LevelOfSpatialPlanValue/{v}"
                      for v in values]
        if not values and rule is not None and rule.default is not None:
            values = [u for u in (self.codes.resolve(attr, _text(d))[0] for d in
                                  (rule.default if isinstance(rule.default, list) else [rule.default])) if u]
        if not values:
            skip = not (attr.voidable or attr.optional)
            cause = next((i for i, p in enumerate(out.problems) if p.attribute == source_name), None)
            if cause is not None:
                # the source attribute already failed: that is the reason, said once
                if skip and not out.problems[cause].skip:
                    out.problems[cause] = replace(out.problems[cause], skip=True)
            else:
                shown = source if isinstance(source, str) else ", ".join(source or []) if isinstance(source, list) else ""
                message = (f"{attr.xml} cannot be derived: {shown} has no {key} mapping"
                           if shown else f"{attr.xml} cannot be derived: {source_name} is empty")
                out.problems.append(Problem(attr.name, shown, "unmapped", message, skip))
            if not skip:
                out.values[attr.name] = Nil("unknown") if attr.voidable else None
            return
        out.values[attr.name] = values if attr.many else values[0]

    def _dimensioning(self, rules: dict[str, AttributeRule], row: dict[str, Any], out: Evaluated) -> None:
        items = []
        for reference, rule in rules.items():
            raw = self.raw_value(rule, row)
            if _is_empty(raw):
                if rule.default is None:
                    continue
                raw = rule.default
            kind = rule.type or ("measure" if rule.uom else "real")
            try:
                if kind == "character":
                    items.append(DimensioningIndicationCharacterValue(reference, _text(raw)))
                elif kind == "integer":
                    items.append(DimensioningIndicationIntegerValue(reference, int(round(parse_number(raw)))))
                elif kind == "measure":
                    items.append(DimensioningIndicationMeasureValue(reference, parse_number(raw), rule.uom or "m"))
                else:
                    items.append(DimensioningIndicationRealValue(reference, parse_number(raw)))
            except ValueError as exc:
                out.problems.append(Problem("dimensioning_indication", _text(raw), "bad_value",
                                            f"dimensioningIndication {reference}: {exc}", False))
        out.values["dimensioning_indication"] = items or None


_MISSING = object()


def _date(value: Any, fmt: str | None) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    if fmt:
        return datetime.strptime(text, fmt).date()
    for pattern in ("%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", "%d.%m.%Y г.", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return parse_date(text)


def _datetime(value: Any, fmt: str | None) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    text = _text(value)
    if fmt:
        parsed = datetime.strptime(text, fmt)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if "T" in text:
        parsed = parse_datetime(text.replace("Z", "+00:00") if text.endswith("Z") else text)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    d = _date(text, None)
    return datetime(d.year, d.month, d.day, tzinfo=UTC)


def _citation(data: dict[str, Any], legislation: bool) -> DocumentCitation:
    link = data.get("link")
    links: Any = tuple([link] if isinstance(link, str) else link) if link else Nil("unknown")
    when: Any = CIDate(_date(data["date"], None)) if data.get("date") else Nil("unknown")
    common = dict(name=data["name"], date=when, link=links, short_name=data.get("short_name"))
    if not legislation:
        return DocumentCitation(**common)
    return LegislationCitation(
        **common,
        identification_number=data.get("identification_number"),
        official_document_number=data.get("official_document_number"),
        level=data.get("level") or "http://inspire.ec.europa.eu/codelist/LegislationLevelValue/national",
    )


def document_feature(spec: DocumentSpec, namespace: str, version_id: str | None = None) -> Any:
    """The ``OfficialDocumentation`` a mapping's ``documents`` entry describes."""
    from plu_model.features import OfficialDocumentation
    from plu_model.values import Identifier

    return OfficialDocumentation(
        gml_id=make_gml_id("OD", spec.local_id),
        inspire_id=Identifier(spec.local_id, namespace, version_id),
        regulation_text=spec.regulation_text,
        plan_document=_citation(spec.plan_document, False) if spec.plan_document else None,
        legislation_citation=_citation(spec.legislation_citation, True) if spec.legislation_citation else None,
    )
