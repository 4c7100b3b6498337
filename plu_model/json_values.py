"""Structured attribute values as JSON, for the plan file's JSON columns.

The layout is documented in ``docs/plan-file.md``.  A :class:`~plu_model.voidable.Nil`
anywhere inside is written as ``{"nil": reason}``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from plu_model.temporal import format_date, format_datetime, parse_date, parse_datetime
from plu_model.values import (
    BackgroundMapValue,
    CIDate,
    DimensioningIndicationCharacterValue,
    DimensioningIndicationIntegerValue,
    DimensioningIndicationMeasureValue,
    DimensioningIndicationRealValue,
    DimensioningIndicationValue,
    DocumentCitation,
    HILUCSPercentage,
    HILUCSPresence,
    LegislationCitation,
    OfficialJournalInformation,
    OrdinanceValue,
    SpecificPercentage,
    SpecificPresence,
)
from plu_model.voidable import Nil

__all__ = ["from_json", "to_json", "DIMENSIONING_KINDS"]

#: JSON ``type`` tag of each dimensioning indication class.
DIMENSIONING_KINDS: dict[str, type] = {
    "base": DimensioningIndicationValue,
    "character": DimensioningIndicationCharacterValue,
    "integer": DimensioningIndicationIntegerValue,
    "real": DimensioningIndicationRealValue,
    "measure": DimensioningIndicationMeasureValue,
}
_KIND_OF = {cls: tag for tag, cls in DIMENSIONING_KINDS.items()}


def _nil_or(value: Any, encode: Any) -> Any:
    if isinstance(value, Nil):
        return {"nil": value.reason}
    if value is None:
        return None
    return encode(value)


def _nil_from(data: Any, decode: Any) -> Any:
    if data is None:
        return None
    if isinstance(data, dict) and set(data) == {"nil"}:
        return Nil(data["nil"])
    return decode(data)


def _any_date(value: date) -> str:
    return format_datetime(value) if isinstance(value, datetime) else format_date(value)


def _parse_any_date(text: str) -> date:
    return parse_datetime(text) if "T" in text else parse_date(text)


def _citation_to_json(c: DocumentCitation) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": c.name,
        "short_name": _nil_or(c.short_name, str),
        "date": _nil_or(c.date, lambda d: {"date": _any_date(d.date), "date_type": d.date_type}),
        "link": _nil_or(c.link, list),
        "specific_reference": _nil_or(c.specific_reference, list),
        "gml_id": c.gml_id,
    }
    if isinstance(c, LegislationCitation):
        out.update(
            identification_number=c.identification_number,
            official_document_number=c.official_document_number,
            date_entered_into_force=c.date_entered_into_force,
            date_repealed=c.date_repealed,
            level=c.level,
            journal_citation=None
            if c.journal_citation is None
            else {
                "official_journal_identification": c.journal_citation.official_journal_identification,
                "issn": c.journal_citation.issn,
                "isbn": c.journal_citation.isbn,
                "link_to_journal": c.journal_citation.link_to_journal,
            },
        )
    return {k: v for k, v in out.items() if v is not None}


def _citation_common(d: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": d["name"],
        "short_name": _nil_from(d.get("short_name"), str),
        "date": _nil_from(
            d.get("date", {"nil": "unknown"}),
            lambda x: CIDate(_parse_any_date(x["date"]), x.get("date_type", "publication")),
        ),
        "link": _nil_from(d.get("link", {"nil": "unknown"}), tuple),
        "specific_reference": _nil_from(d.get("specific_reference"), tuple),
        "gml_id": d.get("gml_id"),
    }


def _legislation_from(d: dict[str, Any]) -> LegislationCitation:
    journal = d.get("journal_citation")
    return LegislationCitation(
        **_citation_common(d),
        identification_number=d.get("identification_number"),
        official_document_number=d.get("official_document_number"),
        date_entered_into_force=d.get("date_entered_into_force"),
        date_repealed=d.get("date_repealed"),
        level=d["level"],
        journal_citation=None if journal is None else OfficialJournalInformation(**journal),
    )


def _dimensioning_to_json(v: DimensioningIndicationValue) -> dict[str, Any]:
    out: dict[str, Any] = {"type": _KIND_OF[type(v)], "indication_reference": v.indication_reference}
    if type(v) is not DimensioningIndicationValue:
        out["value"] = v.value
    if isinstance(v, DimensioningIndicationMeasureValue):
        out["uom"] = v.uom
    return out


def _dimensioning_from(d: dict[str, Any]) -> DimensioningIndicationValue:
    cls = DIMENSIONING_KINDS[d.get("type", "base")]
    kwargs = {k: d[k] for k in ("indication_reference", "value", "uom") if k in d}
    return cls(**kwargs)


def _presence_to_json(p: HILUCSPresence | SpecificPresence) -> dict[str, Any]:
    if p.ordered_list:
        return {"ordered_list": list(p.ordered_list)}
    return {"percentage_list": [[v, pct] for v, pct in (tuple(_pair(x)) for x in p.percentage_list)]}


def _pair(x: HILUCSPercentage | SpecificPercentage) -> tuple[str, int]:
    if isinstance(x, HILUCSPercentage):
        return x.hilucs_value, x.percentage
    return x.specific_value, x.percentage


def _presence_from(cls: type, pct_cls: type, d: dict[str, Any]) -> Any:
    if "ordered_list" in d:
        return cls(ordered_list=tuple(d["ordered_list"]))
    return cls(percentage_list=tuple(pct_cls(v, int(p)) for v, p in d["percentage_list"]))


_ENCODERS: dict[str, Any] = {
    "background_map": lambda b: {
        "date": format_datetime(b.background_map_date),
        "reference": b.background_map_reference,
        "uri": _nil_or(b.background_map_uri, str),
    },
    "ordinance": lambda o: {"date": format_datetime(o.ordinance_date), "reference": o.ordinance_reference},
    "dimensioning": _dimensioning_to_json,
    "hilucs_presence": _presence_to_json,
    "specific_presence": _presence_to_json,
    "legislation_citation": _citation_to_json,
    "document_citation": _citation_to_json,
}

_DECODERS: dict[str, Any] = {
    "background_map": lambda d: BackgroundMapValue(
        parse_datetime(d["date"]), d["reference"], _nil_from(d.get("uri"), str)
    ),
    "ordinance": lambda d: OrdinanceValue(parse_datetime(d["date"]), d["reference"]),
    "dimensioning": _dimensioning_from,
    "hilucs_presence": lambda d: _presence_from(HILUCSPresence, HILUCSPercentage, d),
    "specific_presence": lambda d: _presence_from(SpecificPresence, SpecificPercentage, d),
    "legislation_citation": _legislation_from,
    "document_citation": lambda d: DocumentCitation(**_citation_common(d)),
}


def to_json(kind: str, value: Any, many: bool = False) -> Any:
    """A JSON-ready form of one attribute value (a list when ``many``)."""
    encode = _ENCODERS.get(kind, lambda v: v)
    if many:
        return [encode(v) for v in value]
    return encode(value)


def from_json(kind: str, data: Any, many: bool = False) -> Any:
    """The model value for JSON written by :func:`to_json`."""
    decode = _DECODERS.get(kind, lambda v: v)
    if many:
        return [decode(v) for v in data]
    return decode(data)
