"""Discovery metadata of the services: ISO 19139 with ISO 19119 service identification, valid against
the official srv schema (the OGC copy of ISO 19139 that pycsw ships for its ISO application profile)."""

from __future__ import annotations

import urllib.request
from functools import lru_cache
from pathlib import Path

import pytest
from lxml import etree

SRV = "{http://www.isotc211.org/2005/srv}"
GCO = "{http://www.isotc211.org/2005/gco}"


@lru_cache(maxsize=1)
def _srv_schema() -> etree.XMLSchema:
    import pycsw

    iso = Path(pycsw.__file__).parent / "plugins" / "profiles" / "apiso" / "schemas" / "ogc" / "iso" / "19139" / "20060504"
    # gmd first: libxml2 cannot resolve ISO 19139's circular imports when it starts from srv.xsd
    wrapper = f"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
      <xs:import namespace="http://www.isotc211.org/2005/gmd" schemaLocation="{(iso / 'gmd' / 'gmd.xsd').as_uri()}"/>
      <xs:import namespace="http://www.isotc211.org/2005/srv" schemaLocation="{(iso / 'srv' / 'srv.xsd').as_uri()}"/>
    </xs:schema>"""
    return etree.XMLSchema(etree.fromstring(wrapper.encode()))


@pytest.mark.parametrize(("kind", "service_type"), [("wms", "view"), ("ogcapi", "download"), ("atom", "download")])
def test_each_service_has_a_valid_record_naming_its_type_and_data_sets(service_stack, kind, service_type):
    with urllib.request.urlopen(f"{service_stack}/atom/metadata/service-{kind}.xml", timeout=60) as r:
        record = etree.fromstring(r.read())
    schema = _srv_schema()
    assert schema.validate(etree.ElementTree(record)), schema.error_log
    assert record.findtext(f".//{SRV}serviceType/{GCO}LocalName") == service_type
    operates_on = [e.get("{http://www.w3.org/1999/xlink}href") for e in record.iter(f"{SRV}operatesOn")]
    assert len(operates_on) == 4 and all(h.startswith(f"{service_stack}/atom/metadata/") for h in operates_on)
    with urllib.request.urlopen(operates_on[0], timeout=60) as r:  # the data set's own record answers
        assert etree.fromstring(r.read()).tag == "{http://www.isotc211.org/2005/gmd}MD_Metadata"


def test_the_service_feed_links_its_service_metadata(service_stack):
    with urllib.request.urlopen(f"{service_stack}/atom/service.atom", timeout=60) as r:
        feed = etree.fromstring(r.read())
    links = [link.get("href") for link in feed.findall("{http://www.w3.org/2005/Atom}link")
             if link.get("rel") == "describedby"]
    assert links == [f"{service_stack}/atom/metadata/service-atom.xml"]


def test_with_no_contact_configured_the_record_says_it_is_missing():
    from services.service_contact import ServiceContact
    from services.service_metadata import service_metadata

    data = service_metadata("wms", "http://plu.test", [], "bg", ServiceContact())
    record = etree.fromstring(data)
    schema = _srv_schema()
    assert schema.validate(etree.ElementTree(record)), schema.error_log
    nil = "{http://www.isotc211.org/2005/gco}nilReason"
    for party in record.iter("{http://www.isotc211.org/2005/gmd}CI_ResponsibleParty"):
        assert party.find(".//{http://www.isotc211.org/2005/gmd}organisationName").get(nil) == "missing"
        assert party.find(".//{http://www.isotc211.org/2005/gmd}electronicMailAddress").get(nil) == "missing"
    assert b"example" not in data and b"@" not in data


def test_the_contact_is_the_registers_authority_and_the_configured_address(city_register):
    import psycopg2

    from register.provider import RegisterProvider
    from services.service_contact import service_contact
    from services.service_metadata import service_metadata

    with psycopg2.connect(city_register) as conn, conn.cursor() as cur:
        cur.execute("SELECT name FROM authority WHERE code = 'testgrad'")
        (name,) = cur.fetchone()
    with RegisterProvider(city_register) as reg:
        contact = service_contact(reg, " gis@test.example.bg ")
    record = etree.fromstring(service_metadata("ogcapi", "http://plu.test", [], "en", contact))
    assert schema_ok(record)
    names = {e.text for e in record.iter(f"{GCO}CharacterString")
             if e.getparent().tag == "{http://www.isotc211.org/2005/gmd}organisationName"}
    mails = {e.text for e in record.iter(f"{GCO}CharacterString")
             if e.getparent().tag == "{http://www.isotc211.org/2005/gmd}electronicMailAddress"}
    assert names == {name} == {"Община Тест"} and mails == {"gis@test.example.bg"}


def schema_ok(record: etree._Element) -> bool:
    schema = _srv_schema()
    return schema.validate(etree.ElementTree(record)) or pytest.fail(str(schema.error_log))


def test_the_services_name_the_missing_address_in_their_own_answers(service_stack):
    with urllib.request.urlopen(f"{service_stack}/atom/metadata/service-atom.xml", timeout=60) as r:
        record = r.read()
    assert b'electronicMailAddress gco:nilReason="missing"' in record and b"example.invalid" not in record
    assert "Община Тест".encode() in record
    with urllib.request.urlopen(f"{service_stack}/wms?SERVICE=WMS&REQUEST=GetCapabilities&LANGUAGE=eng",
                                timeout=60) as r:
        caps = r.read().decode("utf-8")
    assert "Община Тест" in caps and "not configured" in caps
