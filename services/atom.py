"""INSPIRE pre-defined dataset download service (ATOM): service feed, one dataset feed per plan, OpenSearch.

The feeds are made from the register on each request (nginx caches them for minutes), so a
version appears the moment it is published; :func:`write_feeds` writes the same documents
as files for a server that only hosts static files.  Each published version is offered as
its PLU GML (exactly what the register published) and its ISO 19139 dataset metadata.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from lxml import etree

from services.texts import LANGUAGES, text

__all__ = ["dataset_feed", "metadata_record", "opensearch_description", "service_feed", "write_feeds"]

ATOM = "http://www.w3.org/2005/Atom"
GEORSS = "http://www.georss.org/georss"
DLS = "http://inspire.ec.europa.eu/schemas/inspire_dls/1.0"
OSD = "http://a9.com/-/spec/opensearch/1.1/"
_NSMAP = {None: ATOM, "georss": GEORSS, "inspire_dls": DLS}
GML_MEDIA = "application/gml+xml"
ISO_MEDIA = "application/vnd.iso.19139+xml"


def _el(parent: etree._Element, name: str, value: str | None = None, ns: str = ATOM, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, f"{{{ns}}}{name}", {k.rstrip("_"): v for k, v in attrs.items()})
    if value is not None:
        el.text = value
    return el


def _stamp(value: Any) -> str:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return f"{value.isoformat()}T00:00:00Z"
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _polygon(bbox: tuple[float, float, float, float] | None) -> str | None:
    """georss:polygon (lat lon pairs, closed ring) of a lon/lat box."""
    if not bbox:
        return None
    w, s, e, n = bbox
    return " ".join(f"{y:.6f} {x:.6f}" for x, y in ((w, s), (w, n), (e, n), (e, s), (w, s)))


def _by_plan(plans: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for p in plans:
        out.setdefault(p["plan"], []).append(p)
    return out


def _feed(title: str, subtitle: str, self_url: str, language: str, updated: str) -> etree._Element:
    feed = etree.Element(f"{{{ATOM}}}feed", nsmap=_NSMAP)
    feed.set("{http://www.w3.org/XML/1998/namespace}lang", language)
    _el(feed, "title", title)
    _el(feed, "subtitle", subtitle)
    _el(feed, "link", href=self_url, rel="self", type="application/atom+xml", hreflang=language, title=title)
    _el(feed, "id", self_url)
    _el(feed, "rights", text("wms.constraints", language))
    _el(feed, "updated", updated)
    author = _el(feed, "author")
    _el(author, "name", text("wms.organisation", language))
    _el(author, "email", "gis@example.invalid")
    return feed


def service_feed(plans: list[dict[str, Any]], base: str, language: str = "bg") -> bytes:
    """The top feed: one entry per plan, linking its dataset feed (``base`` ends in ``/atom``)."""
    updated = _stamp(max((p["published"] for p in plans), default=None))
    feed = _feed(text("atom.service_title", language), text("atom.service_subtitle", language),
                 f"{base}/service.atom", language, updated)
    _el(feed, "link", href=f"{base}/metadata/service-atom.xml", rel="describedby", type=ISO_MEDIA)
    _el(feed, "link", href=f"{base}/opensearch.xml", rel="search", type="application/opensearchdescription+xml",
        title=text("atom.opensearch", language))
    for plan, versions in _by_plan(plans).items():
        latest = versions[-1]
        entry = _el(feed, "entry")
        _el(entry, "spatial_dataset_identifier_code", plan, ns=DLS)
        _el(entry, "spatial_dataset_identifier_namespace", latest["namespace"], ns=DLS)
        _el(entry, "title", f"{text('atom.dataset', language)}: {latest['title']}")
        url = f"{base}/datasets/{quote(plan, safe='')}.atom"
        _el(entry, "link", href=url, rel="alternate", type="application/atom+xml", title=latest["title"])
        _el(entry, "link", href=f"{base}/metadata/{quote(plan, safe='')}-v{latest['version']}.xml", rel="describedby",
            type=ISO_MEDIA)
        _el(entry, "id", url)
        _el(entry, "updated", _stamp(latest["published"]))
        _el(entry, "summary", f"{latest['title']} — {latest['status']}, {text('atom.version', language)} "
                              f"{latest['version']}")
        poly = _polygon(latest["bbox"])
        if poly:
            _el(entry, "polygon", poly, ns=GEORSS)
        _el(entry, "category", term="http://www.opengis.net/def/crs/EPSG/0/4258", label="ETRS89")
    return etree.tostring(feed, xml_declaration=True, encoding="utf-8", pretty_print=True)


def dataset_feed(plans: list[dict[str, Any]], plan: str, base: str, language: str = "bg") -> bytes | None:
    """A plan's feed: one entry per published version, linking its GML and its metadata (None: no such plan)."""
    versions = _by_plan(plans).get(plan)
    if not versions:
        return None
    latest = versions[-1]
    self_url = f"{base}/datasets/{quote(plan, safe='')}.atom"
    feed = _feed(f"{text('atom.dataset', language)}: {latest['title']}", text("atom.service_subtitle", language),
                 self_url, language, _stamp(latest["published"]))
    _el(feed, "link", href=f"{base}/service.atom", rel="up", type="application/atom+xml")
    for v in reversed(versions):
        entry = _el(feed, "entry")
        stem = f"{quote(plan, safe='')}-v{v['version']}"
        _el(entry, "title", f"{v['title']} ({text('atom.version', language)} {v['version']}, {v['status']})")
        _el(entry, "link", href=f"{base}/data/{stem}.gml", rel="alternate", type=GML_MEDIA, hreflang=language,
            title=text("atom.gml", language))
        _el(entry, "link", href=f"{base}/metadata/{stem}.xml", rel="describedby", type=ISO_MEDIA,
            title=text("atom.metadata", language))
        _el(entry, "id", f"{base}/data/{stem}.gml")
        _el(entry, "updated", _stamp(v["published"]))
        poly = _polygon(v["bbox"])
        if poly:
            _el(entry, "polygon", poly, ns=GEORSS)
        _el(entry, "category", term="http://www.opengis.net/def/crs/EPSG/0/4258", label="ETRS89")
    return etree.tostring(feed, xml_declaration=True, encoding="utf-8", pretty_print=True)


def opensearch_description(base: str, language: str = "bg") -> bytes:
    """The OpenSearch description INSPIRE asks of a pre-defined download service."""
    root = etree.Element(f"{{{OSD}}}OpenSearchDescription", nsmap={None: OSD, "inspire_dls": DLS})
    for name, value in (("ShortName", "PLU ATOM"), ("Description", text("atom.service_subtitle", language))):
        _el(root, name, value, ns=OSD)
    _el(root, "Url", ns=OSD, type="application/atom+xml", rel="results",
        template=f"{base}/datasets/{{inspire_dls:spatial_dataset_identifier_code?}}.atom")
    _el(root, "Url", ns=OSD, type="application/opensearchdescription+xml", rel="self",
        template=f"{base}/opensearch.xml")
    _el(root, "Query", ns=OSD, role="example", **{f"{{{DLS}}}spatial_dataset_identifier_code": "plan"})
    for code in LANGUAGES:
        _el(root, "Language", code, ns=OSD)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def metadata_record(version: dict[str, Any], base: str, language: str = "bg") -> bytes:
    """ISO 19139 metadata of one published version (the same writer as a consultation package's)."""
    from exporters.iso_metadata import MetadataRecord, metadata_xml

    bbox = version["bbox"] or (-180.0, -90.0, 180.0, 90.0)
    published = version["published"]
    rec = MetadataRecord(
        title=version["title"], abstract=f"{version['title']} — {version['status']}", organisation=version["authority"],
        email="gis@example.invalid", bbox_wgs84=tuple(bbox), crs=4258, language=language,
        date_stamp=published.date() if isinstance(published, datetime) else date.today(),
        publication_date=version["valid_from"] or None,
        lineage=f"{base}/data/{quote(version['plan'], safe='')}-v{version['version']}.gml",
        file_identifier=f"{version['namespace']}.{version['plan']}.v{version['version']}",
        keywords=("Planned Land Use", version["plan"]))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + metadata_xml(rec)).encode("utf-8")


def write_feeds(provider: Any, folder: Path, base: str, language: str = "bg", email: str | None = None) -> list[Path]:
    """Write every feed, GML and metadata file under ``folder`` (static hosting); returns the files."""
    plans = provider.published_plans()
    written = []

    def put(rel: str, data: bytes) -> None:
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)

    put("service.atom", service_feed(plans, base, language))
    put("opensearch.xml", opensearch_description(base, language))
    from services.service_contact import service_contact
    from services.service_metadata import SERVICE_KINDS, service_metadata

    contact = service_contact(provider, email)

    for kind in SERVICE_KINDS:
        put(f"metadata/service-{kind}.xml", service_metadata(kind, base.removesuffix("/atom"), plans, language,
                                                             contact))
    for plan in _by_plan(plans):
        put(f"datasets/{quote(plan, safe='')}.atom", dataset_feed(plans, plan, base, language) or b"")
    for v in plans:
        stem = f"{quote(v['plan'], safe='')}-v{v['version']}"
        put(f"metadata/{stem}.xml", metadata_record(v, base, language))
        gml, _pub = provider.authoritative_gml(f"{v['plan']}@{v['version']}")
        put(f"data/{stem}.gml", gml)
    return written
