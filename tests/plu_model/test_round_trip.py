"""GML → plan file → GML keeps the content, on the sample and on hand-made edge cases."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely
from lxml import etree

from conftest import DATA, SAMPLE, rtcheck, xsd_errors
from exporters.gml_writer import write_gml
from plu_model.features import geometry_of, set_geometry
from plu_model.geopackage import PlanFile, open_plan, save_dataset
from plu_model.gml_reader import read_gml

CASES = [SAMPLE, *sorted((DATA / "roundtrip").glob("*.gml"))]


def _normalised(data):
    """Features with ring orientation made canonical (the writer orients rings)."""
    for f in data.features():
        g = geometry_of(f)
        if g is not None and g.geom_type in ("Polygon", "MultiPolygon"):
            set_geometry(f, shapely.orient_polygons(g))
    return list(data.features())


def _c14n(path: Path) -> bytes:
    return etree.tostring(etree.parse(str(path)), method="c14n2", strip_text=True)


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_round_trip(case, tmp_path, schema):
    first, _ = read_gml(case)
    gpkg = tmp_path / "plan.gpkg"
    save_dataset(gpkg, first)
    stored = open_plan(gpkg)
    assert stored.crs == first.crs
    assert stored.dataset_id == first.dataset_id
    assert _normalised(stored) == _normalised(first)

    kept = tmp_path / "kept.gml"
    with PlanFile(gpkg) as pf:
        write_gml(kept, pf)
    # kept verbatim: valid where the input was, and nothing the input held is lost
    assert (xsd_errors(kept, schema) == []) == (xsd_errors(case, schema) == [])
    assert rtcheck(case, kept) == 0

    out1 = tmp_path / "out1.gml"
    with PlanFile(gpkg) as pf:
        write_gml(out1, pf, keep_source=False)
    assert xsd_errors(out1, schema) == []
    again, findings = read_gml(out1)
    assert findings == []
    again_gpkg = tmp_path / "again.gpkg"
    save_dataset(again_gpkg, again)
    out2 = tmp_path / "out2.gml"
    with PlanFile(again_gpkg) as pf:
        write_gml(out2, pf, keep_source=False)
    assert _c14n(out1) == _c14n(out2)


def test_edge_case_values_survive(tmp_path):
    data, _ = read_gml(DATA / "roundtrip" / "nil_and_multi.gml")
    save_dataset(tmp_path / "p.gpkg", data)
    back = open_plan(tmp_path / "p.gpkg")
    plan, ze, sr = back.plan, back.zoning_elements[0], back.supplementary_regulations[0]
    assert plan.begin_lifespan_version.reason == "other:not recorded by the municipality"
    assert plan.valid_to.reason == "http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unknown"
    assert plan.inspire_id.version_id.reason == "unpopulated"
    assert [o.ordinance_reference for o in plan.ordinance] == ["Decision 1/2018", "Decision 7/2020"]
    assert plan.background_map.background_map_date.utcoffset().total_seconds() == 7200
    assert len(ze.hilucs_land_use) == 2 and len(ze.specific_land_use) == 2
    assert [type(d).__name__ for d in ze.dimensioning_indication] == [
        "DimensioningIndicationMeasureValue", "DimensioningIndicationRealValue", "DimensioningIndicationIntegerValue",
        "DimensioningIndicationCharacterValue", "DimensioningIndicationValue"]
    assert ze.dimensioning_indication[0].uom == "m" and ze.dimensioning_indication[2].value == 6
    assert [p.percentage for p in ze.hilucs_presence.percentage_list] == [70, 30]
    assert sr.name == ["Old well", "Стар кладенец"] and sr.inherited_from_other_plans is True
    assert sr.official_document.reason == "withheld"
    doc1, doc2 = back.official_documents
    assert doc1.legislation_citation.journal_citation.issn == "0205-0900"
    assert doc1.legislation_citation.link == ("https://example.org/act.pdf", "https://example.org/act.html")
    assert doc2.plan_document.link.reason == "missing"
    assert doc2.regulation_text.startswith("§1 Text with <markup> &")


def test_geographic_axis_order_and_3d(tmp_path):
    data, findings = read_gml(DATA / "roundtrip" / "geographic_3d.gml")
    assert [f.rule for f in findings] == ["READ.MEMBER_EXTERNAL"]
    geom = data.zoning_elements[0].geometry
    assert geom.has_z
    x, y, z = geom.geoms[0].exterior.coords[0]
    assert (x, y, z) == (23.2, 42.6, 550.0)  # longitude, latitude in the model
    out = tmp_path / "back.gml"
    write_gml(out, data, keep_source=False)
    text = out.read_text()
    assert "42.6 23.2 550.0" in text  # latitude first again in the file


def test_other_wrapper_and_geometry_forms(tmp_path):
    data, findings = read_gml(DATA / "roundtrip" / "wfs_4258_surfaces.gml")
    assert findings == []
    hole, two = data.zoning_elements
    assert len(hole.geometry.geoms[0].interiors) == 1
    assert len(two.geometry.geoms) == 2
    assert data.plan.extent.bounds == (23.3, 42.67, 23.31, 42.68)
