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
