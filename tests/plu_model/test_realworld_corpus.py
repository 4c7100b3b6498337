"""Real-world-shaped deliveries survive GML → plan file → GML with nothing lost.

The corpus (``tests/data/realworld``, written by ``make_realworld.py``) and the sample plan
each go through the plan file and back; ``plu diff`` and the independent ``rtcheck`` must
both find no loss, the output must pass the XSD wherever the input did, and a file the
model cannot hold as it is must say so in the reader's findings and in ``--report``.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest
from lxml import etree

from conftest import DATA, ROOT, SAMPLE, rtcheck, xsd_errors
from exporters.gml_writer import write_gml
from plu_model.findings import Severity
from plu_model.geopackage import PlanFile, save_dataset
from plu_model.gml_diff import diff_gml
from plu_model.gml_reader import read_gml

CORPUS = DATA / "realworld"
FILES = sorted(CORPUS.glob("*.gml"))


def _generator():
    spec = importlib.util.spec_from_file_location("make_realworld", CORPUS / "make_realworld.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_files_are_what_the_generator_makes():
    files = _generator().FILES
    assert sorted(files) == [p.name for p in FILES]
    stale = [name for name, make in files.items() if (CORPUS / name).read_text(encoding="utf-8") != make()]
    assert stale == [], "run python tests/data/realworld/make_realworld.py"


def test_the_corpus_has_the_shapes_it_promises():
    text = {p.name: p.read_text(encoding="utf-8") for p in FILES}
    big = text["xplan_bplan_25832.gml"]
    assert big.count("<gml:featureMember>") >= 250 and "<gml:PolygonPatch>" in big and 'srsName="EPSG:25832"' in big
    assert "_Extension.xml#" in big and "<![CDATA[" in big and "<!--" in big and "<?xplan" in big
    assert "<lunom:HILUCSPercentage>" in big and 'xsi:nil="true"/>' in big and "xlink:role=" in big
    geo = text["latlong_3d_4258.gml"]
    assert 'srsDimension="3"' in geo and "<gml:Arc>" in geo and "<gml:CompositeSurface" in geo
    assert "<wfs:member>" in text["wfs_answer_25833.gml"] and "<gml:featureMembers>" in text["feature_members_25832.gml"]
    assert '<!ENTITY t "Sofia">' in text["internal_entity.gml"]


def _entities_expanded(case, tmp_path):
    """rtcheck reads entity references as nothing: give it the text with internal entities expanded."""
    if "<!ENTITY" not in case.read_text(encoding="utf-8"):
        return case
    expanded = tmp_path / f"expanded-{case.name}"
    etree.parse(str(case), etree.XMLParser(resolve_entities=True, no_network=True, load_dtd=False)).write(
        str(expanded), encoding="UTF-8", xml_declaration=True)
    assert "&t;" not in expanded.read_text(encoding="utf-8")
    return expanded


@pytest.mark.parametrize("case", [SAMPLE, *FILES], ids=lambda p: p.name)
def test_round_trip_through_the_plan_file_loses_nothing(case, tmp_path, schema):
    data, _ = read_gml(case)
    gpkg = tmp_path / "plan.gpkg"
    save_dataset(gpkg, data)
    out = tmp_path / "back.gml"
    with PlanFile(gpkg) as plan:
        result = write_gml(out, plan)
    assert result.verbatim == sum(result.counts.values())  # nothing edited: every feature as it came
    assert diff_gml(case, out).findings == []
    assert rtcheck(_entities_expanded(case, tmp_path), out) == 0
    valid_input = not _xsd_errors(case, schema)
    assert _xsd_errors(out, schema) == [] or not valid_input
    normalised = tmp_path / "normalised.gml"
    with PlanFile(gpkg) as plan:
        write_gml(normalised, plan, keep_source=False)
    assert _xsd_errors(normalised, schema) == [] or not valid_input


def _xsd_errors(path, schema):
    """XSD errors, not the note that a collection wrapper's own schema was not checked."""
    return [f for f in xsd_errors(path, schema) if f.severity >= Severity.ERROR]


def test_the_several_geometries_of_one_property_are_reported_and_all_kept(tmp_path):
    data, findings = read_gml(CORPUS / "latlong_3d_4258.gml")
    [several] = [f for f in findings if f.rule == "READ.SEVERAL_GEOMETRIES"]
    assert several.gml_id == "SR.many" and "gml:LineString, gml:LineString, gml:MultiCurve" in several.message_en
    many = next(r for r in data.supplementary_regulations if r.gml_id == "SR.many")
    assert many.geometry.geom_type == "MultiLineString" and len(many.geometry.geoms) == 3


def test_an_edited_feature_is_rewritten_with_its_extras_and_the_report_says_what_changed(tmp_path):
    data, _ = read_gml(CORPUS / "xplan_bplan_25832.gml")
    zone = next(z for z in data.zoning_elements if z.gml_id == "ZE_0000")
    zone.regulation_nature = "http://inspire.ec.europa.eu/codelist/RegulationNatureValue/nonBinding"
    out = tmp_path / "edited.gml"
    result = write_gml(out, data)
    assert result.verbatim == sum(result.counts.values()) - 1
    changes = {text.say("en") for gid, text in result.normalised if gid == "ZE_0000"}
    assert changes == {"changed: plu:regulationNature/@xlink:href = "
                       "'http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding' became "
                       "'http://inspire.ec.europa.eu/codelist/RegulationNatureValue/nonBinding' in B"}
    lost = diff_gml(CORPUS / "xplan_bplan_25832.gml", out).findings  # only the edit
    assert {(f.gml_id, f.message_en.split(": ", 1)[1].split("/")[0]) for f in lost} == {
        ("ZE_0000", "plu:regulationNature")}
    text = out.read_text(encoding="utf-8")
    assert "DE.HH.BPLAN.42.ZE_0000</gml:identifier>" in text and "<gml:name>WA 0</gml:name>" in text
    normalised = tmp_path / "normalised.gml"
    result = write_gml(normalised, data, keep_source=False)  # --normalise: every property from the model
    changes = {text.say("en") for gid, text in result.normalised if gid == "ZE_0000"}
    assert "gml:Surface written as gml:Polygon" in changes and "nilReason 'unknown' added" in changes
    assert "exterior rings re-oriented counter-clockwise" in changes
    # 10.50 written as 10.5 is the same xs:double: an equivalent encoding, not a change (plu diff agrees)
    assert not any(c.startswith("changed: plu:dimensioningIndication") for c in changes)
    assert "10.50</" in (CORPUS / "xplan_bplan_25832.gml").read_text(encoding="utf-8")


def _plu(*args):
    return subprocess.run([sys.executable, "-m", "plu_cli", "--lang", "en", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def test_convert_report_and_normalise_switch(tmp_path, schema):
    src = CORPUS / "latlong_3d_4258.gml"
    gpkg, kept, normal = tmp_path / "p.gpkg", tmp_path / "kept.gml", tmp_path / "normal.gml"
    assert _plu("convert", str(src), str(gpkg)).returncode in (0, 1)
    r = _plu("convert", "--report", str(gpkg), str(kept))
    assert r.returncode in (0, 1) and "written as they were read" in r.stdout
    assert _plu("diff", str(src), str(kept)).returncode == 0
    r = _plu("convert", "--report", "--normalise", str(gpkg), str(normal))
    assert "SR.arc" in r.stdout and "gml:Arc written as straight segments" in r.stdout
    assert _plu("diff", str(src), str(normal)).returncode == 1  # the arc and the extension did change


def test_an_edited_plan_keeps_its_link_roles_and_titles(tmp_path):
    src = CORPUS / "xplan_bplan_25832.gml"
    data, _ = read_gml(src)
    data.plan.official_title = "Bebauungsplan Nr. 42, 1. Änderung"
    out = tmp_path / "edited.gml"
    result = write_gml(out, data)
    assert {gid for gid, _ in result.normalised} == {"SP_bplan42", "(collection)"}
    assert ("(collection)", "gml:FeatureCollection written as base:SpatialDataSet") in {
        (gid, text.say("en")) for gid, text in result.normalised}
    lost = diff_gml(src, out).findings
    assert [f.message_en.split(": ", 1)[1].split(" ")[0] for f in lost] == ["plu:officialTitle"]
    assert 'xlink:role="https://planung.example-kreis.de/role/Satzung"' in out.read_text(encoding="utf-8")


def test_fix_repairs_reach_the_output_and_the_extras_stay(tmp_path):
    src = CORPUS / "latlong_3d_4258.gml"
    out = tmp_path / "fixed.gml"
    r = _plu("fix", str(src), "-o", str(out))
    assert r.returncode in (0, 1) and "Traceback" not in r.stderr
    assert "SR.arc" in r.stderr and "gml:Arc written as straight segments" in r.stderr  # listed with the repairs
    tree = etree.parse(str(out))
    xsi_nil = "{http://www.w3.org/2001/XMLSchema-instance}nil"
    nils = [e for e in tree.iter() if e.get(xsi_nil) == "true"]
    assert nils and all(e.get("nilReason") for e in nils)  # "fixed by writing the plan again" is true
    names = [e.text for e in tree.iter("{http://www.opengis.net/gml/3.2}name")]
    assert sorted(names) == ["Жм1", "Жм3", "Жм5", "Жм7"]
    assert not [f for f in diff_gml(src, out).findings if f.rule in ("DIFF.FEATURE_MISSING", "DIFF.PROPERTY_LOST")]


def test_a_geometry_that_inherited_its_crs_names_it_as_the_collection_wrote_it(tmp_path):
    """EPSG:n and the URI form differ in axis order for some CRSs: the inherited text is kept as written."""
    data, _ = read_gml(CORPUS / "xplan_bplan_25832.gml")
    out = tmp_path / "back.gml"
    write_gml(out, data)
    zone = etree.parse(str(out)).find(".//{http://inspire.ec.europa.eu/schemas/plu/4.0}ZoningElement[@{"
                                      "http://www.opengis.net/gml/3.2}id='ZE_0004']")
    [surface] = zone.find("{http://inspire.ec.europa.eu/schemas/plu/4.0}geometry")
    source = etree.parse(str(CORPUS / "xplan_bplan_25832.gml")).find(
        ".//{http://www.opengis.net/gml/3.2}boundedBy/{http://www.opengis.net/gml/3.2}Envelope")
    assert surface.get("srsName") == source.get("srsName") == "EPSG:25832"


def test_a_row_edited_in_the_plan_file_is_rewritten_and_the_others_stay_as_read(tmp_path):
    """What QGIS does when a planner edits one attribute in the table: only that feature changes encoding."""
    from osgeo import ogr

    src = CORPUS / "xplan_bplan_25832.gml"
    data, _ = read_gml(src)
    gpkg = tmp_path / "plan.gpkg"
    save_dataset(gpkg, data)
    ds = ogr.Open(str(gpkg), 1)
    layer = ds.GetLayerByName("zoning_element")
    layer.SetAttributeFilter("gml_id = 'ZE_0008'")
    row = layer.GetNextFeature()
    row.SetField("regulation_nature", "http://inspire.ec.europa.eu/codelist/RegulationNatureValue/nonBinding")
    layer.SetFeature(row)
    ds = None
    out = tmp_path / "back.gml"
    with PlanFile(gpkg) as plan:
        result = write_gml(out, plan)
    assert result.verbatim == sum(result.counts.values()) - 1
    [changed] = diff_gml(src, out).findings
    assert changed.gml_id == "ZE_0008" and "plu:regulationNature" in changed.message_en
    zone = etree.parse(str(out)).find(".//{http://inspire.ec.europa.eu/schemas/plu/4.0}ZoningElement[@{"
                                      "http://www.opengis.net/gml/3.2}id='ZE_0008']")
    assert zone.findtext("{http://www.opengis.net/gml/3.2}identifier") == "DE.HH.BPLAN.42.ZE_0008"
    assert [n.text for n in zone.iter("{http://www.opengis.net/gml/3.2}name")] == ["WA 8", "Baugebiet 8"]


@pytest.mark.parametrize("tampered", ["<plu:ZoningElement", "<evil>&#x1F600;</evil>", ""])
def test_a_source_element_edited_by_hand_in_the_plan_file_is_not_trusted(tampered, tmp_path):
    from osgeo import ogr

    src = CORPUS / "wfs_answer_25833.gml"
    data, _ = read_gml(src)
    gpkg = tmp_path / "plan.gpkg"
    save_dataset(gpkg, data)
    ds = ogr.Open(str(gpkg), 1)
    layer = ds.GetLayerByName("zoning_element")
    layer.SetAttributeFilter("gml_id = 'ZE.w1'")
    row = layer.GetNextFeature()
    row.SetField("source_xml", tampered)
    layer.SetFeature(row)
    ds = None
    out = tmp_path / "back.gml"
    with PlanFile(gpkg) as plan:
        result = write_gml(out, plan)
    assert result.verbatim == sum(result.counts.values()) - 1
    assert "evil" not in out.read_text(encoding="utf-8")
    assert diff_gml(src, out).findings == []  # written from the model: nothing of this zone was lost


def test_the_internal_entity_file_passes_the_xsd_before_and_after_the_round_trip(tmp_path, schema):
    """Its XSD step once crashed lxml; with the DOCTYPE policy it is checked like any other file."""
    case = CORPUS / "internal_entity.gml"
    assert _xsd_errors(case, schema) == []
    data, findings = read_gml(case)
    assert "READ.DTD" in {f.rule for f in findings}
    out = tmp_path / "back.gml"
    write_gml(out, data)
    assert _xsd_errors(out, schema) == []
    assert "Sofia" in out.read_text(encoding="utf-8")
