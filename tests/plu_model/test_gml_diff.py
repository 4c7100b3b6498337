"""``plu diff``: each kind of loss is found, named by feature and property, and agrees with rtcheck.

Every broken delivery is the sample plan changed one way with lxml here, so the expected
difference is known from the change itself, not from the code under test.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from lxml import etree

from conftest import ROOT, SAMPLE, rtcheck
from plu_model.errors import PluInputError
from plu_model.gml_diff import diff_gml

NS = {
    "gml": "http://www.opengis.net/gml/3.2",
    "plu": "http://inspire.ec.europa.eu/schemas/plu/4.0",
    "base": "http://inspire.ec.europa.eu/schemas/base/3.3",
    "xlink": "http://www.w3.org/1999/xlink",
}
ZONE = "//plu:ZoningElement[@gml:id='ZE.oz-01']"


def _changed(tmp_path, change, name="b.gml"):
    tree = etree.parse(str(SAMPLE))
    change(tree)
    out = tmp_path / name
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    return out


def _one(tree, path):
    [el] = tree.xpath(path, namespaces=NS)
    return el


def _move_first_position(dx):
    def change(tree):
        pl = _one(tree, ZONE + "/plu:geometry//gml:posList")
        nums = pl.text.split()
        nums[1] = repr(float(nums[1]) + dx)  # EPSG:7801 is northing/easting: the second number is the easting
        nums[-1] = nums[1]  # the ring stays closed
        pl.text = " ".join(nums)
    return change


def _remove(path):
    def change(tree):
        el = _one(tree, path)
        el.getparent().remove(el)
    return change


def _set_href(tree):
    _one(tree, ZONE + "/plu:hilucsLandUse").set(f"{{{NS['xlink']}}}href", "http://example.org/other")


def _rename_id(tree):
    _one(tree, ZONE).set(f"{{{NS['gml']}}}id", "ZE.renamed")


def _reverse_and_resurface(tree):
    """Ring reversed and Polygon written as Surface/PolygonPatch: an encoding change, not a loss."""
    pl = _one(tree, ZONE + "/plu:geometry//gml:posList")
    nums = pl.text.split()
    pairs = [nums[i:i + 2] for i in range(0, len(nums), 2)][::-1]
    pl.text = " ".join(" ".join(p) for p in pairs)
    poly = _one(tree, ZONE + "/plu:geometry//gml:Polygon")
    poly.tag = f"{{{NS['gml']}}}Surface"
    patches = etree.SubElement(poly, f"{{{NS['gml']}}}patches")
    patch = etree.SubElement(patches, f"{{{NS['gml']}}}PolygonPatch")
    patch.append(_one(tree, ZONE + "/plu:geometry//gml:exterior"))


CASES = {
    # name: (change, rule expected, property named in the message)
    "moved_half_metre": (_move_first_position(0.5), "DIFF.GEOMETRY_CHANGED", "plu:geometry"),
    "feature_removed": (_remove("//base:member[plu:ZoningElement/@gml:id='ZE.oz-01']"), "DIFF.FEATURE_MISSING",
                        "missing in B"),
    "property_removed": (_remove(ZONE + "/plu:specificLandUse"), "DIFF.PROPERTY_LOST", "plu:specificLandUse"),
    "code_changed": (_set_href, "DIFF.VALUE_CHANGED", "plu:hilucsLandUse"),
    "gml_id_changed": (_rename_id, "DIFF.ID_CHANGED", "ZE.renamed"),
}


@pytest.mark.parametrize("name", CASES)
def test_each_loss_is_found_with_feature_and_property(name, tmp_path):
    change, rule, named = CASES[name]
    b = _changed(tmp_path, change)
    result = diff_gml(SAMPLE, b)
    assert [f.rule for f in result.findings] == [rule]
    [finding] = result.findings
    assert finding.gml_id == "ZE.oz-01" and named in finding.message_en and finding.line
    assert "ZE.oz-01" in finding.message_bg
    assert rtcheck(SAMPLE, b) == 1  # the independent checker sees a loss too (a renamed id: a missing feature)


def test_the_same_delivery_and_an_encoding_change_are_no_loss(tmp_path):
    assert diff_gml(SAMPLE, SAMPLE).findings == []
    b = _changed(tmp_path, _reverse_and_resurface)
    assert diff_gml(SAMPLE, b).findings == []
    assert rtcheck(SAMPLE, b) == 0


def test_tolerance_decides_whether_a_move_is_a_change(tmp_path):
    b = _changed(tmp_path, _move_first_position(0.0004))
    assert diff_gml(SAMPLE, b).findings == []  # under the default 1 mm
    b = _changed(tmp_path, _move_first_position(0.5))
    assert diff_gml(SAMPLE, b, tolerance=0.6).findings == []
    assert [f.rule for f in diff_gml(SAMPLE, b, tolerance=0.4).findings] == ["DIFF.GEOMETRY_CHANGED"]


def test_an_added_nil_reason_is_no_loss_but_a_removed_one_is(tmp_path):
    def strip_reason(tree):
        el = _one(tree, ZONE + "//plu:backgroundMapURI")
        assert el.get("nilReason")
        del el.attrib["nilReason"]

    without = _changed(tmp_path, strip_reason, "without.gml")
    assert diff_gml(without, SAMPLE).findings == []
    [lost] = diff_gml(SAMPLE, without).findings
    assert lost.rule == "DIFF.VALUE_CHANGED" and "nilReason" in lost.message_en


def _plu(*args):
    return subprocess.run([sys.executable, "-m", "plu_cli", "--lang", "en", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_command_exit_codes_text_and_json(tmp_path):
    same = _plu("diff", str(SAMPLE), str(SAMPLE))
    assert same.returncode == 0 and "0 losses" in same.stdout
    b = _changed(tmp_path, CASES["code_changed"][0])
    changed = _plu("diff", str(SAMPLE), str(b))
    assert changed.returncode == 1 and "DIFF.VALUE_CHANGED" in changed.stdout and "ZE.oz-01" in changed.stdout
    report = json.loads(_plu("diff", "--json", str(SAMPLE), str(b)).stdout)
    assert report["lossless"] is False and report["differences"][0]["gml_id"] == "ZE.oz-01"
    broken = tmp_path / "broken.gml"
    broken.write_text("<plu:SpatialPlan", encoding="utf-8")
    laughs = tmp_path / "laughs.gml"
    entities = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    laughs.write_text(f'<!DOCTYPE r [<!ENTITY l0 "lol">{entities}]>\n'
                      '<plu:ZoningElement xmlns:plu="http://inspire.ec.europa.eu/schemas/plu/4.0">&l9;'
                      "</plu:ZoningElement>", encoding="utf-8")
    for args in ([str(SAMPLE), str(tmp_path / "none.gml")], [str(SAMPLE), str(broken)], [str(laughs), str(SAMPLE)],
                 [str(SAMPLE), str(SAMPLE), "--tolerance", "-1"]):
        r = _plu("diff", *args)
        assert r.returncode == 2 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_a_file_without_plu_features_is_unusable(tmp_path):
    other = tmp_path / "other.xml"
    other.write_text("<root><a>Плевен</a></root>", encoding="utf-8")
    with pytest.raises(PluInputError, match="no PLU 4.0 feature"):
        diff_gml(other, SAMPLE)


def test_what_the_collection_says_of_itself_is_compared(tmp_path):
    src = ROOT / "tests" / "data" / "realworld" / "xplan_bplan_25832.gml"
    tree = etree.parse(str(src))
    root = tree.getroot()
    root.remove(root.find(f"{{{NS['gml']}}}boundedBy"))
    b = tmp_path / "no-envelope.gml"
    tree.write(str(b), xml_declaration=True, encoding="UTF-8")
    lost, *inherited = diff_gml(src, b).findings
    assert lost.rule == "DIFF.PROPERTY_LOST" and lost.gml_id == "(collection)" and "gml:boundedBy" in lost.message_en
    # the geometries that took their CRS from the collection's envelope have lost it with the envelope
    without_srs = {z.get(f"{{{NS['gml']}}}id") for z in tree.iter(f"{{{NS['plu']}}}ZoningElement")
                   if z.find(f"{{{NS['plu']}}}geometry/*").get("srsName") is None}
    assert without_srs and {(f.rule, f.gml_id) for f in inherited} == {("DIFF.CRS_CHANGED", g) for g in without_srs}
