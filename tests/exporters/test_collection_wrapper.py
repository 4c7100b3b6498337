"""A delivery goes out in the collection element it came in; base:SpatialDataSet is a choice the report lists.

Expected wrappers, members and attributes are read from the input with lxml here, not from
the product; ``rtcheck`` is the independent judge of loss, GDAL's GMLAS of readability.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from lxml import etree
from test_gmlas import _counts, gmlas_config  # noqa: F401 - the GMLAS fixture

from conftest import DATA, ROOT, rtcheck, xsd_errors
from plu_model.findings import Severity
from plu_model.gml_diff import diff_gml

CORPUS = DATA / "realworld"
CASES = ["feature_members_25832.gml", "xplan_bplan_25832.gml", "wfs_answer_25833.gml", "wfs11_answer_25833.gml",
         "internal_entity.gml"]
PLU = "{http://inspire.ec.europa.eu/schemas/plu/4.0}"


def _plu(*args):
    return subprocess.run([sys.executable, "-m", "plu_cli", "--lang", "en", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def _shape(path):
    """Root name, its attributes, and the names of its element children (members and head), in order."""
    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    kids = [c.tag for c in root if isinstance(c.tag, str)]
    return root.tag, dict(root.attrib), kids


def _errors(path, schema):
    return [f for f in xsd_errors(path, schema) if f.severity >= Severity.ERROR]


def _round_trip(case, tmp_path, *options):
    gpkg, out = tmp_path / "plan.gpkg", tmp_path / "back.gml"
    assert _plu("convert", str(case), str(gpkg)).returncode in (0, 1)
    run = _plu("convert", "--report", *options, str(gpkg), str(out))
    assert run.returncode in (0, 1), run.stderr
    return out, run.stdout


@pytest.mark.parametrize("name", CASES)
def test_the_wrapper_goes_out_as_it_came_in(name, tmp_path, schema, gmlas_config):  # noqa: F811
    case = CORPUS / name
    out, report = _round_trip(case, tmp_path)
    assert _shape(out) == _shape(case)
    root = etree.parse(str(case), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    assert f"collection written as {root.prefix}:{etree.QName(root).localname}" in report
    assert "written as base:SpatialDataSet" not in report
    assert diff_gml(case, out).findings == []
    assert rtcheck(case if "ENTITY" not in case.read_text(encoding="utf-8") else out, out) == 0
    assert _errors(out, schema) == [] or _errors(case, schema) != []
    tree = etree.parse(str(case), etree.XMLParser(resolve_entities=False, no_network=True))
    expected = {n.lower(): len(list(tree.iter(PLU + n))) for n in ("SpatialPlan", "ZoningElement")}
    counts = _counts(out, gmlas_config)
    assert {k: counts.get(k, 0) for k, n in expected.items() if n} == {k: n for k, n in expected.items() if n}


def test_a_feature_collection_passes_the_xsd_including_its_wrapper(tmp_path, schema):
    """The wrapper is checked against gml.xsd (deprecatedTypes.xsd): an invalid child of it would be found."""
    case = CORPUS / "feature_members_25832.gml"
    out, _ = _round_trip(case, tmp_path)
    assert xsd_errors(out, schema) == []
    broken = tmp_path / "broken.gml"
    broken.write_text(out.read_text(encoding="utf-8").replace("<gml:featureMembers>", "<gml:notAMember/>\n"
                      "<gml:featureMembers>", 1), encoding="utf-8")
    assert _errors(broken, schema)


@pytest.mark.parametrize("option, written", [
    (("--wrapper", "spatialdataset"), "base:SpatialDataSet"), (("--normalise",), "base:SpatialDataSet"),
    (("--wrapper", "wfs"), "wfs:FeatureCollection"), (("--wrapper", "featurecollection"), "gml:FeatureCollection")])
def test_another_wrapper_is_a_choice_the_report_names(option, written, tmp_path, schema):
    case = CORPUS / "wfs11_answer_25833.gml"
    out, report = _round_trip(case, tmp_path, *option)
    prefix, local = written.split(":")
    assert etree.QName(_shape(out)[0]).localname == local
    assert f"collection written as {written}" in report
    assert f"(collection): wfs:FeatureCollection (WFS 1.1) written as {written}" in report
    assert rtcheck(case, out) == 0
    if written != "wfs:FeatureCollection":  # the WFS schema is not in the offline set
        assert xsd_errors(out, schema) == []


def test_a_spatial_data_set_stays_one(tmp_path, schema):
    case = CORPUS / "latlong_3d_4258.gml"
    out, report = _round_trip(case, tmp_path)
    assert _shape(out)[0] == _shape(case)[0] and "(collection)" not in report


@pytest.mark.parametrize("name, attribute", [("wfs_answer_25833.gml", "numberReturned"),
                                             ("wfs11_answer_25833.gml", "numberOfFeatures")])
def test_stated_counts_are_recomputed_when_a_feature_was_removed(name, attribute, tmp_path):
    from osgeo import ogr

    case = CORPUS / name
    gpkg, out = tmp_path / "plan.gpkg", tmp_path / "back.gml"
    assert _plu("convert", str(case), str(gpkg)).returncode in (0, 1)
    ds = ogr.Open(str(gpkg), 1)
    layer = ds.GetLayerByName("zoning_element")
    layer.SetAttributeFilter("gml_id = 'ZE.w3'")
    layer.DeleteFeature(layer.GetNextFeature().GetFID())
    ds = None
    run = _plu("convert", "--report", str(gpkg), str(out))
    root, attrs, kids = _shape(out)
    assert len(kids) == 4 and attrs[attribute] == "4"
    assert attrs["timeStamp"] == _shape(case)[1]["timeStamp"]
    assert f"(collection): {attribute} 5 recomputed as 4" in run.stdout
    if attribute == "numberReturned":
        assert attrs["numberMatched"] == "4"


@pytest.mark.parametrize("tampered", [
    '{"tag": "{http://www.opengis.net/gml/3.2}FeatureCollection", "attrib": {"a b": "x"}, "nsmap": {}, '
    '"member": "{http://www.opengis.net/gml/3.2}featureMember"}',
    '{"tag": "{http://www.opengis.net/gml/3.2}FeatureCollection", "attrib": {}, "nsmap": {"1bad": "urn:x"}, '
    '"member": "{http://www.opengis.net/gml/3.2}featureMember"}',
    '{"tag": "{urn:evil}Collection", "attrib": {}, "nsmap": {}, "member": "{urn:evil}member"}',
    '{"tag": "{http://www.opengis.net/gml/3.2}FeatureCollection", "attrib": {"gml:id": "\\"><evil/>"}, '
    '"nsmap": {"gml": "http://www.opengis.net/gml/3.2"}, "member": "{http://www.opengis.net/gml/3.2}featureMember"}',
    "not json", "[]"])
def test_a_wrapper_edited_by_hand_in_the_plan_file_never_breaks_the_output(tampered, tmp_path):
    from exporters.gml_writer import write_gml
    from plu_model.gml_reader import read_gml

    data, _ = read_gml(CORPUS / "feature_members_25832.gml")
    data.metadata["source_wrapper"] = tampered
    out = tmp_path / "out.gml"
    write_gml(out, data, wrapper="source")
    root = etree.parse(str(out)).getroot()  # well-formed, whatever the metadata said
    assert "<evil" not in out.read_text(encoding="utf-8")
    assert etree.QName(root).localname in ("FeatureCollection", "SpatialDataSet") and len(root) >= 1
