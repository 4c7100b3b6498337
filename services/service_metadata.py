"""Discovery metadata of the services themselves: ISO 19139 records with ISO 19119 service identification.

INSPIRE asks every network service for a metadata record a discovery service can harvest:
what kind of service it is (``view`` or ``download``), where it answers, which operations it
offers and which data sets it serves (``operatesOn``, the data sets' own records).
"""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import quote

from lxml import etree

from plu_model.i18n import say_in
from services.service_contact import ServiceContact
from services.texts import INSPIRE_LANGUAGE, text

__all__ = ["SERVICE_KINDS", "service_metadata"]

GMD = "http://www.isotc211.org/2005/gmd"
GCO = "http://www.isotc211.org/2005/gco"
SRV = "http://www.isotc211.org/2005/srv"
XLINK = "http://www.w3.org/1999/xlink"
_CODELISTS = "http://standards.iso.org/iso/19139/resources/gmxCodelists.xml"

#: kind → (INSPIRE spatial data service type, classification keyword, path, operations, protocol)
SERVICE_KINDS: dict[str, tuple[str, str, str, tuple[str, ...], str]] = {
    "wms": ("view", "infoMapAccessService", "/wms", ("GetCapabilities", "GetMap", "GetFeatureInfo",
                                                       "GetLegendGraphic"), "OGC:WMS-1.3.0-http-get-capabilities"),
    "ogcapi": ("download", "infoFeatureAccessService", "/ogcapi/", ("GetLandingPage", "GetCollections",
                                                                     "GetFeatures", "GetFeature"), "OGC:API-Features"),
    "atom": ("download", "infoFeatureAccessService", "/atom/service.atom", ("GetServiceFeed",
                                                                             "GetDatasetFeed", "GetDataset"),
             "INSPIRE:Atom"),
}
_TITLES = {"wms": "wms.title", "ogcapi": "ogcapi.title", "atom": "atom.service_title"}
_ABSTRACTS = {"wms": "wms.abstract", "ogcapi": "ogcapi.description", "atom": "atom.service_subtitle"}


def _e(parent: etree._Element, ns: str, name: str, value: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, f"{{{ns}}}{name}", attrs)
    if value is not None:
        el.text = value
    return el


def _cs(parent: etree._Element, name: str, value: str) -> None:
    _e(_e(parent, GMD, name), GCO, "CharacterString", value)


def _code(parent: etree._Element, prop: str, codelist: str, value: str, ns: str = GMD) -> None:
    _e(_e(parent, ns, prop), ns, codelist, value, codeList=f"{_CODELISTS}#{codelist}", codeListValue=value)


def _contact(parent: etree._Element, prop: str, contact: ServiceContact) -> None:
    """The responsible party; what is not known is written as missing (``gco:nilReason``), never invented."""
    party = _e(_e(parent, GMD, prop), GMD, "CI_ResponsibleParty")
    if contact.organisation:
        _cs(party, "organisationName", contact.organisation)
    else:
        _e(party, GMD, "organisationName", **{f"{{{GCO}}}nilReason": "missing"})
    info = _e(_e(party, GMD, "contactInfo"), GMD, "CI_Contact")
    address = _e(_e(info, GMD, "address"), GMD, "CI_Address")
    if contact.email:
        _cs(address, "electronicMailAddress", contact.email)
    else:
        _e(address, GMD, "electronicMailAddress", **{f"{{{GCO}}}nilReason": "missing"})
    _code(party, "role", "CI_RoleCode", "pointOfContact")


def _keywords(ident: etree._Element, words: list[str], thesaurus: str | None = None) -> None:
    kw = _e(_e(ident, GMD, "descriptiveKeywords"), GMD, "MD_Keywords")
    for word in words:
        _cs(kw, "keyword", word)
    if thesaurus:
        cit = _e(_e(kw, GMD, "thesaurusName"), GMD, "CI_Citation")
        _cs(cit, "title", thesaurus)
        when = _e(_e(cit, GMD, "date"), GMD, "CI_Date")
        _e(_e(when, GMD, "date"), GCO, "Date", "2008-12-03")
        _code(when, "dateType", "CI_DateTypeCode", "publication")


def _operations(ident: etree._Element, names: tuple[str, ...], url: str) -> None:
    for name in names:
        op = _e(_e(ident, SRV, "containsOperations"), SRV, "SV_OperationMetadata")
        _e(_e(op, SRV, "operationName"), GCO, "CharacterString", name)
        _code(op, "DCP", "DCPList", "WebServices", ns=SRV)
        link = _e(_e(_e(op, SRV, "connectPoint"), GMD, "CI_OnlineResource"), GMD, "linkage")
        _e(link, GMD, "URL", url)


def service_metadata(kind: str, base: str, plans: list[dict[str, Any]], language: str = "bg",
                     contact: ServiceContact | None = None, today: date | None = None) -> bytes:
    """The ISO 19139/19119 record of one service (``wms``, ``ogcapi`` or ``atom``) at ``base``."""
    contact = contact or ServiceContact()
    service_type, classification, path, operations, protocol = SERVICE_KINDS[kind]
    url = base.rstrip("/") + path
    lang = INSPIRE_LANGUAGE.get(language, "eng")
    md = etree.Element(f"{{{GMD}}}MD_Metadata", nsmap={"gmd": GMD, "gco": GCO, "srv": SRV, "xlink": XLINK})
    _cs(md, "fileIdentifier", f"plu-services-{kind}")
    _e(_e(md, GMD, "language"), GMD, "LanguageCode", lang, codeList="http://www.loc.gov/standards/iso639-2/",
       codeListValue=lang)
    _code(md, "characterSet", "MD_CharacterSetCode", "utf8")
    _code(md, "hierarchyLevel", "MD_ScopeCode", "service")
    _contact(md, "contact", contact)
    _e(_e(md, GMD, "dateStamp"), GCO, "Date", (today or date.today()).isoformat())
    ident = _e(_e(md, GMD, "identificationInfo"), SRV, "SV_ServiceIdentification")
    cit = _e(_e(ident, GMD, "citation"), GMD, "CI_Citation")
    _cs(cit, "title", text(_TITLES[kind], language))
    when = _e(_e(cit, GMD, "date"), GMD, "CI_Date")
    _e(_e(when, GMD, "date"), GCO, "Date", (today or date.today()).isoformat())
    _code(when, "dateType", "CI_DateTypeCode", "publication")
    _cs(ident, "abstract", text(_ABSTRACTS[kind], language))
    _contact(ident, "pointOfContact", contact)
    _keywords(ident, [classification])
    _keywords(ident, [say_in(language, "services.service_metadata", "Land use")], "GEMET - INSPIRE themes, version 1.0")
    constraints = _e(_e(ident, GMD, "resourceConstraints"), GMD, "MD_LegalConstraints")
    _code(constraints, "accessConstraints", "MD_RestrictionCode", "otherRestrictions")
    _cs(constraints, "otherConstraints", text("wms.constraints", language))
    _e(_e(ident, SRV, "serviceType"), GCO, "LocalName", service_type)
    extent = _e(_e(ident, SRV, "extent"), GMD, "EX_Extent")
    boxes = [p["bbox"] for p in plans if p.get("bbox")] or [(-180.0, -90.0, 180.0, 90.0)]
    box = _e(_e(extent, GMD, "geographicElement"), GMD, "EX_GeographicBoundingBox")
    for name, value in (("westBoundLongitude", min(b[0] for b in boxes)), ("eastBoundLongitude", max(b[2] for b in boxes)),
                        ("southBoundLatitude", min(b[1] for b in boxes)), ("northBoundLatitude", max(b[3] for b in boxes))):
        _e(_e(box, GMD, name), GCO, "Decimal", f"{value:.6f}")
    _code(ident, "couplingType", "SV_CouplingType", "tight", ns=SRV)
    _operations(ident, operations, url)
    atom = base.rstrip("/") + "/atom/metadata"
    for p in plans:
        href = f"{atom}/{quote(p['plan'], safe='')}-v{p['version']}.xml"
        _e(ident, SRV, "operatesOn", **{f"{{{XLINK}}}href": href})
    dist = _e(_e(md, GMD, "distributionInfo"), GMD, "MD_Distribution")
    online = _e(_e(_e(_e(dist, GMD, "transferOptions"), GMD, "MD_DigitalTransferOptions"), GMD, "onLine"),
                GMD, "CI_OnlineResource")
    _e(_e(online, GMD, "linkage"), GMD, "URL", url)
    _cs(online, "protocol", protocol)
    return etree.tostring(md, xml_declaration=True, encoding="utf-8", pretty_print=True)
