"""A CAD drawing (closed polylines, text labels, line work, an arc) becomes a valid plan."""

from __future__ import annotations

import math

import pytest
import shapely
from plan_sources import ARC_DEGREES, DXF_MAPPING, X0, Y0, arc_geometry, make_dxf, validate_plan_file

from plu_model.errors import PluInputError
from plu_model.importing import load_mapping, run_import

BG = "https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/"


def _run(tmp_path, text=DXF_MAPPING, out=None):
    dxf = make_dxf(tmp_path / "plan.dxf")
    (tmp_path / "cad.yaml").write_text(text, encoding="utf-8")
    return run_import(str(dxf), load_mapping(tmp_path / "cad.yaml"), out)


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dxf")
    data, report = _run(tmp, out=tmp / "cad.gpkg")
    return tmp, data, report


def _zone(data, code):
    return next(z for z in data.zoning_elements if z.specific_land_use == [BG + code])


def test_the_drawing_becomes_a_valid_plan(imported, schema):
    tmp, data, report = imported
    assert report.clean, report.format_text()
    assert [(lr.read, lr.written) for lr in report.layers] == [(3, 3), (1, 1), (1, 1)]
    assert validate_plan_file(tmp / "cad.gpkg", tmp / "cad.gml", schema) == []


def test_labels_inside_the_areas_give_codes_and_indications(imported):
    _, data, _ = imported
    zhm = _zone(data, "Zhm")
    dims = {d.indication_reference: d.value for d in zhm.dimensioning_indication}
    assert dims == {"maxDensity": 60.0, "maxFloorAreaRatio": 1.2, "minGreenShare": 40.0, "maxHeight": 10.0}
    assert zhm.geometry.area == pytest.approx(100 * 150)
    smf = _zone(data, "Smf")
    assert {d.indication_reference: d.value for d in smf.dimensioning_indication}["maxFloorAreaRatio"] == 3.5
    assert smf.hilucs_land_use[0].endswith("5_2_ResidentialUseWithOtherCompatibleUses")


def test_areas_are_built_from_line_work(imported):
    _, data, report = imported
    park = _zone(data, "Oz")
    assert park.geometry.area == pytest.approx(100 * 150)
    assert park.geometry.bounds == pytest.approx((X0 + 200, Y0, X0 + 300, Y0 + 150))
    assert any(f.rule == "IMPORT.POLYGONIZED" and "from 4 lines" in f.message_en for f in report.findings)


def _max_sagitta(geometry, cx, cy, r):
    """Largest distance between the true circle and the chords of the ring's arc part."""
    worst = 0.0
    coords = list(geometry.geoms[0].exterior.coords)
    for a, b in zip(coords, coords[1:], strict=False):
        on_arc = all(abs(math.hypot(p[0] - cx, p[1] - cy) - r) < 1e-6 for p in (a, b))
        if on_arc:
            mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
            worst = max(worst, r - math.hypot(mid[0] - cx, mid[1] - cy))
    return worst


@pytest.mark.parametrize("tolerance", [0.01, 0.5])
def test_arcs_are_linearised_within_the_stated_tolerance(tmp_path, tolerance):
    text = DXF_MAPPING.replace("curve_tolerance: 0.01", f"curve_tolerance: {tolerance}")
    data, report = _run(tmp_path, text)
    zhs = _zone(data, "Zhs")
    cx, cy, r = arc_geometry()
    sagitta = _max_sagitta(zhs.geometry, cx, cy, r)
    assert 0 < sagitta <= tolerance
    theta = math.radians(ARC_DEGREES)
    exact = 200 * 100 + r * r / 2 * (theta - math.sin(theta))
    # the polygon inscribed in the arc loses at most chord length × tolerance
    assert exact - 200 * tolerance * 1.01 <= zhs.geometry.area <= exact
    assert report.curve_tolerance == tolerance


def test_a_drawing_has_no_crs_so_the_mapping_must_give_one(tmp_path):
    with pytest.raises(PluInputError, match=r"has no CRS; give it in the mapping \(crs: "):
        _run(tmp_path, DXF_MAPPING.replace("crs: {source: 7801}\n", ""))


def test_areas_without_a_label_are_skipped_and_located(tmp_path):
    text = DXF_MAPPING.replace("labels: {where: \"Layer = 'ZONI_TEXT'\", field: Text}",
                               "labels: {where: \"Layer = 'NO_SUCH_LAYER'\", field: Text}")
    data, report = _run(tmp_path, text)
    zones = report.layers[0]
    assert zones.read == 3 and zones.skipped["NO_LABEL"] == 3 and zones.written == 0
    located = [f for f in report.findings if f.rule == "IMPORT.NO_LABEL"]
    assert len(located) == 3
    assert all(shapely.Point(X0, Y0).distance(f.location) < 400 for f in located)
