"""The pre-defined dataset download service (INSPIRE ATOM): feeds parse, links download valid GML and metadata."""

from __future__ import annotations

import urllib.request

from city import CITY
from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"
DLS = "{http://inspire.ec.europa.eu/schemas/inspire_dls/1.0}"


def _get(url: str) -> tuple[bytes, str]:
    with urllib.request.urlopen(url, timeout=60) as r:
        return r.read(), r.headers["Content-Type"]


def _links(entry: etree._Element, rel: str) -> list[etree._Element]:
    return [link for link in entry.findall(f"{ATOM}link") if link.get("rel") == rel]


def test_service_feed_lists_every_published_plan_with_its_dataset_feed(service_stack):
    body, kind = _get(f"{service_stack}/atom/service.atom")
    assert kind.startswith("application/atom+xml")
    feed = etree.fromstring(body)
    entries = feed.findall(f"{ATOM}entry")
    codes = {e.findtext(f"{DLS}spatial_dataset_identifier_code") for e in entries}
    assert codes == {p.local_id for p in CITY}
    search = _links(feed, "search")[0].get("href")
    osd = etree.fromstring(_get(search)[0])
    assert osd.tag == "{http://a9.com/-/spec/opensearch/1.1/}OpenSearchDescription"
    english = etree.fromstring(_get(f"{service_stack}/atom/service.atom?language=eng")[0])
    assert english.findtext(f"{ATOM}title").startswith("Planned land use")
    assert feed.findtext(f"{ATOM}title").startswith("Устройствени планове")


def test_dataset_feed_links_gml_that_passes_the_official_schema_and_its_metadata(service_stack, tmp_path, schema):
    from validators.xsd import iter_xsd_findings

    feed = etree.fromstring(_get(f"{service_stack}/atom/service.atom")[0])
    entry = next(e for e in feed.findall(f"{ATOM}entry")
                 if e.findtext(f"{DLS}spatial_dataset_identifier_code") == "pup-south")
    dataset = etree.fromstring(_get(_links(entry, "alternate")[0].get("href"))[0])
    version = dataset.findall(f"{ATOM}entry")[0]
    gml_link = _links(version, "alternate")[0]
    assert gml_link.get("type") == "application/gml+xml"
    gml, kind = _get(gml_link.get("href"))
    assert kind.startswith("application/gml+xml")
    (tmp_path / "south.gml").write_bytes(gml)
    assert list(iter_xsd_findings(tmp_path / "south.gml", schema)) == []
    south = next(p for p in CITY if p.local_id == "pup-south")
    for zone in south.zones:
        assert f"ZE.{zone.local_id}".encode() in gml
    metadata = etree.fromstring(_get(_links(version, "describedby")[0].get("href"))[0])
    assert metadata.tag == "{http://www.isotc211.org/2005/gmd}MD_Metadata"
    assert schema.validate(etree.ElementTree(metadata)), schema.error_log


def test_an_unknown_plan_or_file_is_a_404(service_stack):
    import urllib.error

    for path in ("datasets/no-such-plan.atom", "data/pup-south-v99.gml", "metadata/../../etc/passwd", "x"):
        try:
            urllib.request.urlopen(f"{service_stack}/atom/{path}", timeout=60)
        except urllib.error.HTTPError as err:
            assert err.code in (400, 404), path
        else:
            raise AssertionError(f"{path} was served")


def test_a_version_is_in_the_feeds_the_moment_it_is_published(provider):
    from datetime import date

    from city import dataset

    from services.atom_routes import atom_response

    north = next(p for p in CITY if p.local_id == "pup-north")
    provider.ensure_authority("testgrad", "Община Тест")
    info = provider.add(dataset(north), "testgrad")

    def codes() -> set[str]:
        status, _headers, body = atom_response(provider, "/atom/service.atom", "http://x/atom", "bg")
        assert status == "200 OK"
        return {e.findtext(f"{DLS}spatial_dataset_identifier_code") for e in etree.fromstring(body).iter(f"{ATOM}entry")}

    assert codes() == set()  # a draft is nobody's business yet
    provider.set_status(info.ref, "adoption")
    assert codes() == {"pup-north"}
    provider.set_status(info.ref, "legalForce", date(2018, 6, 1))
    status, _h, feed = atom_response(provider, "/atom/datasets/pup-north.atom", "http://x/atom", "en")
    titles = [e.findtext(f"{ATOM}title") for e in etree.fromstring(feed).iter(f"{ATOM}entry")]
    assert len(titles) == 1 and "legalForce" in titles[0]
