"""libxml2's schema messages in words a planner reads, in both languages, on real invalid plans."""

from __future__ import annotations

import pytest

from validators.xsd_messages import readable

PLU = "{http://inspire.ec.europa.eu/schemas/plu/4.0}"


@pytest.mark.parametrize("message,bulgarian", [
    (f"Element '{PLU}beginLifespanVersion': This element is not expected. Expected is one of ( {PLU}validFrom, "
     f"{PLU}validTo, {PLU}hilucsLandUse ).",
     "XML схема: елементът plu:beginLifespanVersion не се очаква тук; на това място се очаква един от: "
     "plu:validFrom, plu:validTo, plu:hilucsLandUse"),
    (f"Element '{PLU}ZoningElement': Missing child element(s). Expected is ( {PLU}regulationNature ).",
     "XML схема: в елемента plu:ZoningElement липсва задължителният вложен елемент plu:regulationNature"),
    ("Element '{http://www.opengis.net/gml/3.2}posList': 'a b' is not a valid value of the atomic type "
     "'{http://www.opengis.net/gml/3.2}doubleList'.",
     "XML схема: елементът gml:posList: „a b“ не е допустима стойност от типа gml:doubleList"),
    (f"Element '{PLU}SpatialPlan', attribute 'foo': The attribute 'foo' is not allowed.",
     "XML схема: атрибутът foo не е позволен в елемента plu:SpatialPlan"),
])
def test_common_messages_are_said_in_bulgarian_with_prefixes(message, bulgarian):
    english, got = readable(message)
    assert got == bulgarian
    assert "{http" not in english and ("plu:" in english or "gml:" in english)


def test_an_unknown_message_keeps_its_text_with_prefixes():
    english, bulgarian = readable(f"Element '{PLU}x': Something libxml2 says rarely.")
    assert english == "XML schema: Element 'plu:x': Something libxml2 says rarely."
    assert bulgarian == "XML схема: Element 'plu:x': Something libxml2 says rarely."


def test_a_real_invalid_plan_gets_a_bulgarian_xsd_message(tmp_path, sample_path, schema):
    from lxml import etree

    from validators.xsd import iter_xsd_findings

    tree = etree.parse(str(sample_path))
    ns = {"plu": PLU[1:-1]}
    zone = tree.find(".//plu:ZoningElement", ns)
    zone.remove(zone.find("plu:regulationNature", ns))
    broken = tmp_path / "broken.gml"
    tree.write(str(broken), xml_declaration=True, encoding="UTF-8")
    findings = [f for f in iter_xsd_findings(broken, schema) if f.rule == "XSD"]
    assert findings
    assert any("липсва" in f.message_bg or "не се очаква" in f.message_bg for f in findings)
    assert all("{http" not in f.message_bg and "{http" not in f.message_en for f in findings)
