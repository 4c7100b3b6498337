"""An edited feature keeps the original encoding of every property the edit did not touch.

The expected output is made independently: the same edit applied to the input's text,
then the independent ``rtcheck`` compares it with what the writer wrote (both ways), and
kept elements are compared with the input's by canonical XML.
"""

from __future__ import annotations

import pytest
from lxml import etree

from conftest import DATA, rtcheck
from exporters.gml_writer import write_gml
from plu_model.geopackage import PlanFile, save_dataset
from plu_model.gml_reader import read_gml

CORPUS = DATA / "realworld"
PLU = "{http://inspire.ec.europa.eu/schemas/plu/4.0}"
GML_ID = "{http://www.opengis.net/gml/3.2}id"
NATURE = "http://inspire.ec.europa.eu/codelist/RegulationNatureValue/"


def _feature(path, gml_id):
    tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    return next(e for e in tree.iter() if isinstance(e.tag, str) and e.get(GML_ID) == gml_id)


def _c14n(el) -> bytes:
    """Canonical XML of one element on its own (in-scope namespaces carried)."""
    return etree.tostring(etree.fromstring(etree.tostring(el)), method="c14n2", strip_text=True)


def _through_plan_file(data, tmp_path, **options):
    gpkg, out = tmp_path / "plan.gpkg", tmp_path / "out.gml"
    save_dataset(gpkg, data)
    with PlanFile(gpkg) as plan:
        result = write_gml(out, plan, **options)
    return out, result


def test_an_arc_stays_an_arc_when_only_an_attribute_is_edited(tmp_path):
    src = CORPUS / "latlong_3d_4258.gml"
    data, _ = read_gml(src)
    arc = next(r for r in data.supplementary_regulations if r.gml_id == "SR.arc")
    arc.regulation_nature = NATURE + "nonBinding"
    out, result = _through_plan_file(data, tmp_path)
    assert result.verbatim == sum(result.counts.values()) - 1
    assert _c14n(_feature(out, "SR.arc").find(PLU + "geometry")) == _c14n(_feature(src, "SR.arc").find(PLU + "geometry"))
    expected = tmp_path / "expected.gml"  # the same edit, made on the input's text
    text = src.read_text(encoding="utf-8")
    head, tail = text.split('gml:id="SR.arc"', 1)
    tail = tail.replace(f'"{NATURE}bindingForDevelopers"', f'"{NATURE}nonBinding"', 1)
    expected.write_text(head + 'gml:id="SR.arc"' + tail, encoding="utf-8")
    assert rtcheck(expected, out) == 0 and rtcheck(out, expected) == 0
    report = {text.say("en") for gid, text in result.normalised if gid == "SR.arc"}
    assert not [r for r in report if "Arc" in r or "straight" in r]
    assert [r for r in report if r.startswith("changed: plu:regulationNature")]


def test_a_number_keeps_its_written_form_when_another_attribute_is_edited(tmp_path):
    src = CORPUS / "xplan_bplan_25832.gml"
    data, _ = read_gml(src)
    zone = next(z for z in data.zoning_elements if z.gml_id == "ZE_0000")
    zone.regulation_nature = NATURE + "nonBinding"
    out, result = _through_plan_file(data, tmp_path)
    original = [_c14n(e) for e in _feature(src, "ZE_0000").iter(PLU + "dimensioningIndication")]
    written = [_c14n(e) for e in _feature(out, "ZE_0000").iter(PLU + "dimensioningIndication")]
    assert original and written == original and any(b">10.50<" in e for e in written)
    surface = _feature(out, "ZE_0000").find(f"{PLU}geometry//{{http://www.opengis.net/gml/3.2}}Surface")
    assert surface is not None  # not turned into a gml:Polygon
    nils = [e for e in _feature(out, "ZE_0000").iter() if e.get("{http://www.w3.org/2001/XMLSchema-instance}nil")]
    assert nils and not [e for e in nils if e.get("nilReason")]  # no nilReason invented for untouched nils


def test_an_edited_geometry_is_written_from_the_model_and_reported(tmp_path):
    from shapely.affinity import translate

    src = CORPUS / "xplan_bplan_25832.gml"
    data, _ = read_gml(src)
    zone = next(z for z in data.zoning_elements if z.gml_id == "ZE_0000")
    zone.geometry = translate(zone.geometry, 0.5, 0)
    out, result = _through_plan_file(data, tmp_path)
    geometry = _feature(out, "ZE_0000").find(PLU + "geometry")
    assert geometry.find(".//{http://www.opengis.net/gml/3.2}Polygon") is not None
    report = {text.say("en") for gid, text in result.normalised if gid == "ZE_0000"}
    assert "gml:Surface written as gml:Polygon" in report
    assert [r for r in report if r.startswith("changed: plu:geometry")]
    assert not [r for r in report if "dimensioningIndication" in r]  # the numbers were not touched
    assert rtcheck(src, out) == 1  # the moved geometry is a change an independent checker sees


@pytest.mark.parametrize("crs", [None, 25833])
def test_a_reprojected_feature_never_keeps_its_old_geometry(crs, tmp_path):
    src = CORPUS / "xplan_bplan_25832.gml"
    data, _ = read_gml(src)
    zone = next(z for z in data.zoning_elements if z.gml_id == "ZE_0001")
    zone.regulation_nature = NATURE + "nonBinding"
    out, _ = _through_plan_file(data, tmp_path, crs=crs)
    kept = _c14n(_feature(out, "ZE_0001").find(PLU + "geometry")) == _c14n(_feature(src, "ZE_0001").find(PLU + "geometry"))
    assert kept is (crs is None)


def test_the_values_still_in_an_edited_list_keep_their_form(tmp_path):
    from plu_model.values import DimensioningIndicationMeasureValue

    src = CORPUS / "xplan_bplan_25832.gml"
    data, _ = read_gml(src)
    zone = next(z for z in data.zoning_elements if z.gml_id == "ZE_0000")
    zone.dimensioning_indication = [DimensioningIndicationMeasureValue("maxHeight", 12.0, "m"),
                                    *zone.dimensioning_indication]
    out, result = _through_plan_file(data, tmp_path)
    [original] = [_c14n(e) for e in _feature(src, "ZE_0000").iter(PLU + "dimensioningIndication")]
    written = [_c14n(e) for e in _feature(out, "ZE_0000").iter(PLU + "dimensioningIndication")]
    assert len(written) == 2 and written[1] == original and b">10.50<" in original
    assert b"maxHeight" in written[0]


def test_a_feature_renamed_for_a_unique_id_does_not_repeat_the_others_geometry_ids(tmp_path):
    """Two features share gml:id ZE.a and their geometries ZE.a.G1/G2: the writer renamed the second
    feature ZE.a_2 but kept its geometry as read, so ZE.a.G1 and ZE.a.G2 stayed duplicated."""
    data, _ = read_gml(DATA / "broken" / "read_duplicate_id.gml")
    out = tmp_path / "out.gml"
    result = write_gml(out, data)
    assert result.renamed_ids == {"ZE.a": "ZE.a_2"}
    ids = [e.get(GML_ID) for e in etree.parse(str(out)).iter() if isinstance(e.tag, str) and e.get(GML_ID)]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
