"""How zoning elements are coloured: the INSPIRE Land Use portrayal rules, for every renderer.

The desktop map (QGIS), the print layout and the web viewer must show a zone in
the same colour, so the rule lives here once: a zoning element takes the colour
of its first HILUCS value (``resources/codelists/HILUCSValue.json``, ``colour``);
each distinct colour is one legend entry, named after the highest HILUCS value
that has it.
"""

from __future__ import annotations

from plu_model.codelists import codelist

__all__ = ["UNKNOWN_COLOUR", "hilucs_colour", "portrayal_classes"]

#: Fill of a zone whose HILUCS value is not in the code list.
UNKNOWN_COLOUR = "#FFFFFF"


def portrayal_classes(language: str = "en") -> list[tuple[str, str, list[str]]]:
    """The INSPIRE portrayal classes: ``(colour, legend label, HILUCS URIs drawn in it)``.

    The Land Use guidelines colour zoning elements by HILUCS level 1, with a few
    level-2/3 values in colours of their own; each distinct colour is one
    legend entry, named after the highest value that has it.
    """
    classes: dict[str, tuple[str, list[str]]] = {}
    for value in codelist("HILUCSValue"):
        colour = str(value.extra.get("colour", "#dcdcdc")).upper()
        if colour not in classes:
            classes[colour] = (f"{value.notation} {value.label(language)}", [])
        classes[colour][1].append(value.uri)
    return [(colour, label, uris) for colour, (label, uris) in classes.items()]


def hilucs_colour(hilucs_land_use: list[str] | tuple[str, ...]) -> str:
    """The fill colour of a zoning element with these HILUCS values (the first one decides)."""
    if not hilucs_land_use:
        return UNKNOWN_COLOUR
    value = codelist("HILUCSValue").get(hilucs_land_use[0])
    if value is None:
        return UNKNOWN_COLOUR
    return str(value.extra.get("colour", "#dcdcdc")).upper()
