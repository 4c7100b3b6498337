"""Who is responsible for a plan, as its embedded ISO 19139 metadata names it.

The consultation package needs the responsible authority; a plan read from an
INSPIRE data set usually carries it in ``gmd:pointOfContact`` (or the record's
``gmd:contact``), so the user should not have to type it again.
"""

from __future__ import annotations

from lxml import etree

from plu_model import xml_parsing
from plu_model.errors import PluError

__all__ = ["responsible_organisation"]

_GMD = "http://www.isotc211.org/2005/gmd"
_GCO = "http://www.isotc211.org/2005/gco"
_PATHS = (
    f".//{{{_GMD}}}pointOfContact//{{{_GMD}}}organisationName/{{{_GCO}}}CharacterString",
    f".//{{{_GMD}}}contact//{{{_GMD}}}organisationName/{{{_GCO}}}CharacterString",
)


def responsible_organisation(metadata: dict[str, str]) -> str:
    """The organisation the plan's metadata names ('' when it names none or cannot be read)."""
    xml = metadata.get("md_metadata_xml") or ""
    if not xml.strip():
        return ""
    try:
        root = xml_parsing.fromstring(xml.encode("utf-8"))
    except (etree.XMLSyntaxError, PluError):
        return ""
    for path in _PATHS:
        for element in root.iterfind(path):
            text = " ".join((element.text or "").split())
            if text:
                return text
    return ""
