"""ISO 19139 metadata for a plan data set, as INSPIRE asks for it.

The record travels inside the GML (``base:SpatialDataSet/base:metadata``) and as
a separate ``metadata.xml`` in consultation packages.  It names the data set, its
responsible party, extent, reference system, the INSPIRE theme keyword, the
conformity statement and lineage; the writer checks it against the official
ISO 19139 schema like every other XML it makes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from lxml import etree

from plu_model.crs import crs_uri
from plu_model.i18n import say_in
from plu_model.xml_names import NS

__all__ = ["MetadataRecord", "metadata_xml"]

_GMD, _GCO = NS["gmd"], NS["gco"]
_CODELISTS = "http://standards.iso.org/iso/19139/resources/gmxCodelists.xml"
_INSPIRE_THEMES = "GEMET - INSPIRE themes, version 1.0"
_LANG_CODES = {"bg": "bul", "en": "eng"}
_THEME_LABEL = {"bg": "Земеползване", "en": "Land use"}
_CONFORMITY_SPEC = {
    "bg": "Регламент (ЕС) № 1089/2010 на Комисията за прилагане на Директива 2007/2/ЕО по отношение на "
    "оперативната съвместимост на масивите от пространствени данни и услугите за пространствени данни",
    "en": "Commission Regulation (EU) No 1089/2010 of 23 November 2010 implementing Directive 2007/2/EC "
    "as regards interoperability of spatial data sets and services",
}


@dataclass
class MetadataRecord:
    """The facts a plan's metadata record states."""

    title: str
    abstract: str
    organisation: str
    email: str
    bbox_wgs84: tuple[float, float, float, float]  # west, south, east, north
    crs: int
    language: str = "bg"
    date_stamp: date = field(default_factory=date.today)
    publication_date: date | None = None
    lineage: str = ""
    file_identifier: str = field(default_factory=lambda: str(uuid.uuid4()))
    keywords: tuple[str, ...] = ()


def _e(parent: etree._Element, ns: str, name: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, f"{{{ns}}}{name}", attrs)
    if text is not None:
        el.text = text
    return el


def _cs(parent: etree._Element, name: str, text: str) -> None:
    _e(_e(parent, _GMD, name), _GCO, "CharacterString", text)


def _code(parent: etree._Element, prop: str, codelist: str, value: str) -> None:
    _e(_e(parent, _GMD, prop), _GMD, codelist, value, codeList=f"{_CODELISTS}#{codelist}", codeListValue=value)


def _party(parent: etree._Element, prop: str, rec: MetadataRecord, role: str) -> None:
    party = _e(_e(parent, _GMD, prop), _GMD, "CI_ResponsibleParty")
    _cs(party, "organisationName", rec.organisation)
    info = _e(_e(party, _GMD, "contactInfo"), _GMD, "CI_Contact")
    address = _e(_e(info, _GMD, "address"), _GMD, "CI_Address")
    _cs(address, "electronicMailAddress", rec.email)
    _code(party, "role", "CI_RoleCode", role)


def _date(parent: etree._Element, when: date, kind: str) -> None:
    d = _e(_e(parent, _GMD, "date"), _GMD, "CI_Date")
    _e(_e(d, _GMD, "date"), _GCO, "Date", when.isoformat())
    _code(d, "dateType", "CI_DateTypeCode", kind)


def metadata_element(rec: MetadataRecord) -> etree._Element:
    """The ``gmd:MD_Metadata`` element for ``rec``."""
    lang = _LANG_CODES.get(rec.language, "eng")
    md = etree.Element(f"{{{_GMD}}}MD_Metadata", nsmap={"gmd": _GMD, "gco": _GCO})
    _cs(md, "fileIdentifier", rec.file_identifier)
    _e(_e(md, _GMD, "language"), _GMD, "LanguageCode", lang,
       codeList="http://www.loc.gov/standards/iso639-2/", codeListValue=lang)
    _code(md, "characterSet", "MD_CharacterSetCode", "utf8")
    _code(md, "hierarchyLevel", "MD_ScopeCode", "dataset")
    _party(md, "contact", rec, "pointOfContact")
    _e(_e(md, _GMD, "dateStamp"), _GCO, "Date", rec.date_stamp.isoformat())
    rs = _e(_e(md, _GMD, "referenceSystemInfo"), _GMD, "MD_ReferenceSystem")
    rid = _e(_e(rs, _GMD, "referenceSystemIdentifier"), _GMD, "RS_Identifier")
    _cs(rid, "code", crs_uri(rec.crs))

    ident = _e(_e(md, _GMD, "identificationInfo"), _GMD, "MD_DataIdentification")
    cit = _e(_e(ident, _GMD, "citation"), _GMD, "CI_Citation")
    _cs(cit, "title", rec.title)
    _date(cit, rec.publication_date or rec.date_stamp, "publication")
    rid2 = _e(_e(cit, _GMD, "identifier"), _GMD, "RS_Identifier")
    _cs(rid2, "code", rec.file_identifier)
    _cs(ident, "abstract", rec.abstract)
    _party(ident, "pointOfContact", rec, "custodian")
    kw = _e(_e(ident, _GMD, "descriptiveKeywords"), _GMD, "MD_Keywords")
    _cs(kw, "keyword", _THEME_LABEL.get(rec.language, _THEME_LABEL["en"]))
    thesaurus = _e(_e(kw, _GMD, "thesaurusName"), _GMD, "CI_Citation")
    _cs(thesaurus, "title", _INSPIRE_THEMES)
    _date(thesaurus, date(2008, 6, 1), "publication")
    if rec.keywords:
        free = _e(_e(ident, _GMD, "descriptiveKeywords"), _GMD, "MD_Keywords")
        for word in rec.keywords:
            _cs(free, "keyword", word)
    constraints = _e(_e(ident, _GMD, "resourceConstraints"), _GMD, "MD_LegalConstraints")
    _code(constraints, "accessConstraints", "MD_RestrictionCode", "otherRestrictions")
    _cs(constraints, "otherConstraints", say_in(rec.language, "exporters.iso_metadata", "no limitations to public access"))
    _e(_e(ident, _GMD, "language"), _GMD, "LanguageCode", lang,
       codeList="http://www.loc.gov/standards/iso639-2/", codeListValue=lang)
    _e(_e(ident, _GMD, "topicCategory"), _GMD, "MD_TopicCategoryCode", "planningCadastre")
    ext = _e(_e(ident, _GMD, "extent"), _GMD, "EX_Extent")
    box = _e(_e(ext, _GMD, "geographicElement"), _GMD, "EX_GeographicBoundingBox")
    for name, value in zip(
        ("westBoundLongitude", "eastBoundLongitude", "southBoundLatitude", "northBoundLatitude"),
        (rec.bbox_wgs84[0], rec.bbox_wgs84[2], rec.bbox_wgs84[1], rec.bbox_wgs84[3]),
        strict=True,
    ):
        _e(_e(box, _GMD, name), _GCO, "Decimal", f"{value:.6f}")

    dq = _e(_e(md, _GMD, "dataQualityInfo"), _GMD, "DQ_DataQuality")
    scope = _e(_e(dq, _GMD, "scope"), _GMD, "DQ_Scope")
    _code(scope, "level", "MD_ScopeCode", "dataset")
    report = _e(_e(dq, _GMD, "report"), _GMD, "DQ_DomainConsistency")
    result = _e(_e(report, _GMD, "result"), _GMD, "DQ_ConformanceResult")
    spec = _e(_e(result, _GMD, "specification"), _GMD, "CI_Citation")
    _cs(spec, "title", _CONFORMITY_SPEC.get(rec.language, _CONFORMITY_SPEC["en"]))
    _date(spec, date(2010, 12, 8), "publication")
    _cs(result, "explanation", say_in(rec.language, "exporters.iso_metadata", "See the referenced specification"))
    # not evaluated: ISO 19139 says so with a nil pass
    _e(result, _GMD, "pass", **{f"{{{_GCO}}}nilReason": "unknown"})
    lineage = _e(_e(dq, _GMD, "lineage"), _GMD, "LI_Lineage")
    _cs(lineage, "statement", rec.lineage or rec.abstract)
    return md


def metadata_xml(rec: MetadataRecord) -> str:
    """The record as an XML string (no declaration), ready for ``PlanDataset.metadata``."""
    return etree.tostring(metadata_element(rec), encoding="unicode")
