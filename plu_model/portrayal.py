"""How zoning elements are coloured and named in a legend, for every renderer.

The desktop map, the print layout, the QGIS style files in ``resources/styles``
(and so a WMS that serves them) and the web viewer must show a zone in the same
colour, so the colours live here once, in two tables:

* :data:`ZONE_TYPE_STYLES` — by national zone type (Жм, Смф, Оз…), in the colours
  Bulgarian planners read plans in: residential in warm tones graded by height,
  mixed zones terracotta, public services red/pink, production violet, the green
  system green, transport grey, water blue.  A plan that uses national zone
  types is drawn with this table.
* :data:`HILUCS_STYLES` — by HILUCS value, for plans without national types; a
  value takes the colour of its nearest listed ancestor, in the same palette.

``scripts/make_styles.py`` writes the ``.qml`` files from these tables, and a
test checks that the shipped files still agree with them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from plu_model.codelists import CodeValue, codelist
from plu_model.i18n import Text

__all__ = [
    "FALLBACK_COLOUR",
    "HILUCS_STYLES",
    "SCHEME_HILUCS",
    "SCHEME_ZONE_TYPE",
    "ZONE_TYPE_STYLES",
    "PortrayalClass",
    "classes",
    "classes_in_use",
    "colour_of",
    "fallback_class",
    "full_name",
    "scheme_for",
    "zone_key",
]

SCHEME_ZONE_TYPE = "zone_type"
SCHEME_HILUCS = "hilucs"
#: Fill of a zone the legend cannot name (no type, or a type the table lacks): white, outlined in red.
FALLBACK_COLOUR = "#FFFFFF"

#: National zone type code → (fill colour, short legend label in Bulgarian, in English).
ZONE_TYPE_STYLES: dict[str, tuple[str, str, str]] = {
    "Zhm": ("#F3DE8A", "Жилищна зона с малка височина", "Low-rise residential zone"),
    "Zhs": ("#F4A340", "Жилищна зона със средна височина", "Mid-rise residential zone"),
    "Zhg": ("#B0563C", "Жилищна зона с голяма височина", "High-rise residential zone"),
    "Zhk": ("#C9704E", "Жилищна зона с комплексно застрояване", "Residential estate zone"),
    "Ts": ("#E0506E", "Смесена централна зона", "Mixed central zone"),
    "S": ("#EDB49A", "Смесена зона", "Mixed zone"),
    "Smf": ("#E2906C", "Смесена многофункционална зона", "Mixed multifunctional zone"),
    "Oo": ("#F49AB4", "Обществено обслужване", "Community services"),
    "Pp": ("#A47BD0", "Предимно производствена зона", "Predominantly industrial zone"),
    "Pch": ("#7A4BA6", "Чисто производствена зона", "Purely industrial zone"),
    "Ps": ("#A399B5", "Високотехнологична производствена зона", "High-technology production zone"),
    "Ok": ("#D6E38C", "Курортна зона", "Resort zone"),
    "Os": ("#C4DC96", "Ваканционно селище", "Holiday village"),
    "Ov": ("#B3D98F", "Вилна зона", "Holiday-home zone"),
    "Od": ("#CDE7B0", "Зона за други рекреационни дейности", "Other recreation zone"),
    "Oz": ("#5DB55A", "Паркове и градини", "Parks and gardens"),
    "Sa": ("#84C46C", "Спорт и атракции", "Sport and attractions"),
    "Sp": ("#97D083", "Терен за спорт", "Sport ground"),
    "Tp": ("#B9B9B9", "Улици и площади", "Streets and squares"),
    "Tti": ("#9AA3AD", "Техническа инфраструктура", "Technical infrastructure"),
    "Gs": ("#2F7D3A", "Горска територия", "Forest land"),
    "Zem": ("#E8E6A6", "Земеделска територия", "Agricultural land"),
    "Vp": ("#7DB2E8", "Водна площ", "Water body"),
}

#: HILUCS notation (``3_4_4``) → fill colour; a value without an entry takes its nearest ancestor's.
HILUCS_STYLES: dict[str, str] = {
    "1": "#E8E6A6", "1_2": "#2F7D3A",
    "2": "#A47BD0", "2_4": "#8E6BB8",
    "3": "#E0506E", "3_1_3": "#D6E38C", "3_3": "#F49AB4",
    "3_4": "#CDE7B0", "3_4_3": "#84C46C", "3_4_4": "#5DB55A",
    "4": "#B9B9B9", "4_3": "#9AA3AD",
    "5": "#F4A340", "5_2": "#E2906C", "5_3": "#B3D98F",
    "6": "#DCDCDC", "6_3_1": "#C8EBC0", "6_3_2": "#7DB2E8",
}

_FALLBACK_LABELS = {
    SCHEME_ZONE_TYPE: Text("plu_model.portrayal", "No national zone type"),
    SCHEME_HILUCS: Text("plu_model.portrayal", "No HILUCS value"),
}


@dataclass(frozen=True)
class PortrayalClass:
    """One legend entry: the value the renderer matches, its colour and its name."""

    key: str
    notation: str
    colour: str
    label: dict[str, str]

    def legend_label(self, language: str) -> str:
        """``Жм — Жилищна зона с малка височина``: notation first, then a name short enough for a legend."""
        name = self.label.get(language) or self.label.get("en", "")
        return f"{self.notation} — {name}" if self.notation else name


@lru_cache(maxsize=1)
def _zone_type_classes() -> tuple[PortrayalClass, ...]:
    zones = codelist("bg/ZoneTypeValue")
    out = []
    for code, (colour, bg, en) in ZONE_TYPE_STYLES.items():
        value = zones.by_code(code)
        out.append(PortrayalClass(code, (value.notation if value else None) or code, colour, {"bg": bg, "en": en}))
    return tuple(out)


def _hilucs_colour(value: CodeValue) -> str:
    notation = value.notation or ""
    parts = notation.split("_")
    for length in range(len(parts), 0, -1):
        colour = HILUCS_STYLES.get("_".join(parts[:length]))
        if colour:
            return colour
    return "#DCDCDC"


@lru_cache(maxsize=1)
def _hilucs_classes() -> tuple[PortrayalClass, ...]:
    out = []
    for value in codelist("HILUCSValue"):
        key = value.uri.rstrip("/").rsplit("/", 1)[-1]
        notation = (value.notation or "").replace("_", ".")
        out.append(PortrayalClass(key, notation, _hilucs_colour(value), {"bg": value.label("bg"), "en": value.label("en")}))
    return tuple(out)


def classes(scheme: str) -> list[PortrayalClass]:
    """Every class of a scheme, in legend order."""
    return list(_zone_type_classes() if scheme == SCHEME_ZONE_TYPE else _hilucs_classes())


def fallback_class(scheme: str) -> PortrayalClass:
    """What a zone without a known class is drawn as (key ``""``: QGIS's "all other values")."""
    label = _FALLBACK_LABELS[scheme]
    return PortrayalClass("", "", FALLBACK_COLOUR, {"bg": label.say("bg"), "en": label.say("en")})


def _last_segment(values: Iterable[str] | None) -> str:
    first = next(iter(values or []), None)
    return str(first).rstrip("/").rsplit("/", 1)[-1] if first else ""


def zone_key(scheme: str, specific_land_use: Iterable[str] | None, hilucs_land_use: Iterable[str] | None) -> str:
    """The value the style matches for a zone: the last URI segment of its first type.

    The QGIS style files compute the same from the plan file's columns
    (``regexp_substr(array_first(...), '[^/]+$')``), so a municipality's own URIs
    for the same codes still match.
    """
    return _last_segment(specific_land_use if scheme == SCHEME_ZONE_TYPE else hilucs_land_use)


def scheme_for(specific_land_uses: Iterable[Iterable[str] | None]) -> str:
    """National zone types when any zone has one the table knows, HILUCS otherwise."""
    for specific in specific_land_uses:
        if _last_segment(specific) in ZONE_TYPE_STYLES:
            return SCHEME_ZONE_TYPE
    return SCHEME_HILUCS


def classes_in_use(scheme: str, keys: Iterable[str]) -> list[PortrayalClass]:
    """The classes the given zone keys fall in, in legend order; the fallback last when any zone needs it."""
    used = set(keys)
    table = classes(scheme)
    out = [c for c in table if c.key in used]
    if used - {c.key for c in out}:
        out.append(fallback_class(scheme))
    return out


def colour_of(scheme: str, key: str) -> str:
    """The fill of a zone with this key (:data:`FALLBACK_COLOUR` when the scheme has no class for it)."""
    return next((c.colour for c in classes(scheme) if c.key == key), FALLBACK_COLOUR)


def full_name(key: str, language: str) -> str:
    """A class's whole name from its code list (``Жм — Жилищна зона с преобладаващо застрояване…``), or ``""``.

    The legend shows the short names of :data:`ZONE_TYPE_STYLES` (or a municipality's
    own); a planner who hovers an entry reads the name the law gives.
    """
    zone = codelist("bg/ZoneTypeValue").by_code(key) if key else None
    if zone is not None:
        name = zone.label(language)
        return f"{zone.notation} — {name}" if zone.notation else name
    hilucs = codelist("HILUCSValue").by_code(key) if key else None
    if hilucs is not None:
        notation = (hilucs.notation or "").replace("_", ".")
        return f"{notation} {hilucs.label(language)}".strip()
    return ""
