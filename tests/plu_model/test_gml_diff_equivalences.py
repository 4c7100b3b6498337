"""``plu diff``: an equivalent encoding is no difference; a real change is named by feature and property.

Each delivery B is ``valid_base.gml`` rewritten one way here, as text or with lxml, so
whether it says the same thing as A is known from the rewrite itself.
"""

from __future__ import annotations

import re

import pytest
from lxml import etree

from conftest import ROOT
from plu_model.errors import PluInputError
from plu_model.gml_diff import diff_gml

BASE = ROOT / "tests" / "data" / "broken" / "valid_base.gml"
GML = "http://www.opengis.net/gml/3.2"


def _text(s: str) -> str:
    return s


def _prefixes(s: str) -> str:
    """Other prefixes for the same namespaces."""
    s = re.sub(r"(</?|xmlns:)plu:?", lambda m: m.group(1) + ("p:" if m.group(0).endswith(":") else "p"), s)
    for old, new in (("<gml:", "<g:"), ("</gml:", "</g:"), ("xmlns:gml=", "xmlns:g="), (" gml:id=", " g:id=")):
        s = s.replace(old, new)
    return s


def _attribute_order(s: str) -> str:
    return re.sub(r'(srsName="[^"]*") (srsDimension="\d")', r"\2 \1", s)


def _whitespace(s: str) -> str:
    tree = etree.fromstring(s.encode())
    for el in tree.iter():
        if isinstance(el.tag, str) and len(el):
            el.text = None
        el.tail = None
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8").decode()


def _number_format(s: str) -> str:
    return s.replace('uom="m">10</plu:value>', 'uom="m">10.0</plu:value>').replace(">60<", ">6e1<")


def _coordinate_precision(s: str) -> str:
    return s.replace("4727000.0 ", "4727000.0000 ").replace(" 690100.0", " 690100")


def _pos_not_pos_list(s: str) -> str:
    def split(m: re.Match[str]) -> str:
        nums = m.group(1).split()
        return "".join(f"<gml:pos>{x} {y}</gml:pos>" for x, y in zip(nums[::2], nums[1::2], strict=True))
    return re.sub(r"<gml:posList>([^<]*)</gml:posList>", split, s)


def _srs_urn(s: str) -> str:
    return s.replace("http://www.opengis.net/def/crs/EPSG/0/3046", "urn:ogc:def:crs:EPSG::3046")


def _feature_order(s: str) -> str:
    tree = etree.fromstring(s.encode())
    members = [m for m in tree if etree.QName(m).localname == "member"]
    for m in members:
        tree.remove(m)
    for m in reversed(members):
        tree.append(m)
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8").decode()


@pytest.mark.parametrize("rewrite", [_text, _prefixes, _attribute_order, _whitespace, _number_format,
                                     _coordinate_precision, _pos_not_pos_list, _srs_urn, _feature_order])
def test_an_equivalent_encoding_is_no_difference(rewrite, tmp_path):
    b = tmp_path / "b.gml"
    b.write_text(rewrite(BASE.read_text(encoding="utf-8")), encoding="utf-8")
    assert b.read_bytes() != BASE.read_bytes() or rewrite is _text
    result = diff_gml(BASE, b)
    assert result.identical, [f.message() for f in result.findings]
    assert result.matched == result.features_a == 5


@pytest.mark.parametrize("old,new,gml_id,names", [
    ('uom="m">10</plu:value>', 'uom="m">11</plu:value>', "ZE.a", "plu:value = '10' became '11' in B"),
    ('uom="m">10</plu:value>', 'uom="ft">10</plu:value>', "ZE.a", "plu:value/@uom = 'm' became 'ft' in B"),
    ("http://www.opengis.net/def/crs/EPSG/0/3046\" srsDimension=\"2\">\n          <gml:surfaceMember>\n"
     "            <gml:Polygon gml:id=\"ZE.a.G2\"",
     "http://www.opengis.net/def/crs/EPSG/0/4326\" srsDimension=\"2\">\n          <gml:surfaceMember>\n"
     "            <gml:Polygon gml:id=\"ZE.a.G2\"", "ZE.a", "EPSG ['3046'] became ['4326']"),
])
def test_a_real_change_names_feature_and_property(old, new, gml_id, names, tmp_path):
    text = BASE.read_text(encoding="utf-8")
    assert text.count(old) == 1
    b = tmp_path / "b.gml"
    b.write_text(text.replace(old, new), encoding="utf-8")
    result = diff_gml(BASE, b)
    assert [f.gml_id for f in result.findings] == [gml_id]
    assert names in result.findings[0].message("en")


def test_a_number_in_a_text_value_is_compared_as_text(tmp_path):
    """``1.2`` and ``1.20`` are one number, but two different character values."""
    real = ("<plu:DimensioningIndicationRealValue>\n          <plu:indicationReference>maxFloorAreaRatio"
            "</plu:indicationReference>\n          <plu:value>1.2</plu:value>\n"
            "        </plu:DimensioningIndicationRealValue>")
    text = BASE.read_text(encoding="utf-8")
    assert text.count(real) == 1
    a, b = tmp_path / "a.gml", tmp_path / "b.gml"
    a.write_text(text.replace(real, real.replace("RealValue", "CharacterValue")), encoding="utf-8")
    b.write_text(text.replace(real, real.replace("RealValue", "CharacterValue").replace("1.2<", "1.20<")),
                 encoding="utf-8")
    assert [f.rule for f in diff_gml(a, b).findings] == ["DIFF.VALUE_CHANGED"]
    b.write_text(text.replace("1.2<", "1.20<"), encoding="utf-8")
    assert diff_gml(BASE, b).identical  # as a real value it is the same number


@pytest.mark.parametrize("tolerance", [float("nan"), float("inf"), -1.0])
def test_a_tolerance_that_is_no_distance_is_refused(tolerance):
    with pytest.raises(PluInputError, match="finite number of 0 or more"):
        diff_gml(BASE, BASE, tolerance)


def test_a_plan_file_is_named_as_one_not_as_broken_xml(tmp_path):
    gpkg = tmp_path / "plan.gpkg"
    gpkg.write_bytes(b"SQLite format 3\x00" + bytes(100))
    with pytest.raises(PluInputError, match="is a plan file, not GML"):
        diff_gml(BASE, gpkg)
