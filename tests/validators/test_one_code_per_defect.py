"""The same defect gets the same rule code whatever the source format and the order of the features."""

from __future__ import annotations

from validation_manifest import load_generator

from exporters.gml_writer import write_gml
from plu_model.geopackage import write_plan
from validators import validate

WRONG = "http://inspire.ec.europa.eu/codelist/RegulationNatureValue/advisory"
#: what the rule table of the INSPIRE ATS says: lu-plu-as.a.4 is about zoning elements only
EXPECTED = {("lu-plu-as.a.4", "ZE.a"), ("CODE.UNKNOWN", "SR.flood")}


def _plan():
    data = load_generator().base()
    data.zoning_elements[0].regulation_nature = WRONG
    data.supplementary_regulations[0].regulation_nature = WRONG
    return data


def _findings(report) -> set[tuple[str, str]]:
    return {(f.rule, f.gml_id) for f in report.findings if f.rule in ("lu-plu-as.a.4", "CODE.UNKNOWN")}


def test_a_wrong_regulation_nature_has_one_code_per_class_in_every_format(tmp_path):
    data = _plan()
    gml = tmp_path / "plan.gml"
    write_gml(gml, data)
    gpkg = tmp_path / "plan.gpkg"
    write_plan(gpkg, data.features(), crs=data.crs, dataset_id=lambda: data.dataset_id,
               metadata=lambda: data.metadata)
    assert _findings(validate(gml)) == EXPECTED
    assert _findings(validate(gpkg)) == EXPECTED
    assert _findings(validate(data)) == EXPECTED


def test_the_order_of_the_features_does_not_change_the_code(tmp_path):
    data = _plan()
    gml = tmp_path / "plan.gml"
    write_gml(gml, data)
    text = gml.read_text(encoding="utf-8")
    # move the supplementary regulation's member before the first zoning element's member
    start = text.index("  <base:member>\n    <plu:SupplementaryRegulation")
    end = text.index("</base:member>", start) + len("</base:member>\n")
    member = text[start:end]
    text = text[:start] + text[end:]
    first_zone = text.index("  <base:member>\n    <plu:ZoningElement")
    text = text[:first_zone] + member + text[first_zone:]
    reordered = tmp_path / "reordered.gml"
    reordered.write_text(text, encoding="utf-8")
    assert text.index('gml:id="SR.flood"') < text.index('gml:id="ZE.a"')
    assert _findings(validate(reordered)) == EXPECTED
