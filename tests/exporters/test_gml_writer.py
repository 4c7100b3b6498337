"""The GML writer produces INSPIRE PLU 4.0.1 that passes the official XSD and reads back."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest
from lxml import etree
from shapely.geometry import MultiPolygon, Polygon

from conftest import xsd_errors
from exporters.gml_writer import write_gml
from plu_model.errors import Cancelled
from plu_model.gml_reader import read_gml
from plu_model.progress import Progress
from plu_model.synthetic import GeneratedPlan
from plu_model.xml_names import NS, XLINK_HREF

GML = NS["gml"]


def _signed_area(coords: np.ndarray) -> float:
    x, y = coords[:, 0], coords[:, 1]
    return 0.5 * float(np.sum(x[:-1] * y[1:] - x[1:] * y[:-1]))


def _rings(path, swap: bool):
    tree = etree.parse(str(path))
    for kind in ("exterior", "interior"):
        for pl in tree.iterfind(f".//{{{GML}}}{kind}//{{{GML}}}posList"):
            dim = int(pl.getparent().getparent().getparent().getparent().getparent().get("srsDimension", "2") or 2)
            arr = np.array(pl.text.split(), float).reshape(-1, dim)[:, :2]
            if swap:
                arr = arr[:, ::-1]
            yield kind, arr


def test_sample_exports_valid_gml(tmp_path, sample, schema):
    out = tmp_path / "sample.gml"
    result = write_gml(out, sample)
    assert result.counts == {"SpatialPlan": 1, "ZoningElement": 35, "SupplementaryRegulation": 4, "OfficialDocumentation": 3}
    assert xsd_errors(out, schema) == []


def test_srs_names_ids_and_links(tmp_path, sample):
    out = tmp_path / "sample.gml"
    write_gml(out, sample)
    tree = etree.parse(str(out))
    srs = {e.get("srsName") for e in tree.iter() if e.get("srsName")}
    assert srs == {"http://www.opengis.net/def/crs/EPSG/0/7801"}
    ids = [e.get(f"{{{GML}}}id") for e in tree.iter() if e.get(f"{{{GML}}}id")]
    assert len(ids) == len(set(ids))
    internal = [e.get(XLINK_HREF) for e in tree.iter() if (e.get(XLINK_HREF) or "").startswith("#")]
    assert internal and set(h[1:] for h in internal) <= set(ids)
    codes = [e.get(XLINK_HREF) for e in tree.iter(f"{{{NS['plu']}}}hilucsLandUse")]
    assert all(c.startswith("http://inspire.ec.europa.eu/codelist/HILUCSValue/") for c in codes)
    nils = [e for e in tree.iter() if e.get(f"{{{NS['xsi']}}}nil") == "true"]
    assert nils and all(e.get("nilReason") for e in nils)


@pytest.mark.parametrize("epsg,swap,first_axis_range", [(7801, True, (4.7e6, 4.8e6)), (4258, True, (41.0, 44.0)),
                                                         (3035, True, (2.2e6, 2.5e6)), (32634, False, (6e5, 8e5))])
def test_axis_order_and_ring_orientation(tmp_path, sample, schema, epsg, swap, first_axis_range):
    out = tmp_path / f"sample_{epsg}.gml"
    write_gml(out, sample, crs=epsg)
    assert xsd_errors(out, schema) == []
    tree = etree.parse(str(out))
    first = float(tree.find(f".//{{{GML}}}posList").text.split()[0])
    assert first_axis_range[0] < first < first_axis_range[1]
    rings = list(_rings(out, swap))
    assert any(k == "exterior" for k, _ in rings)
    for kind, arr in rings:
        area = _signed_area(arr)
        assert (area > 0) if kind == "exterior" else (area < 0), kind


def test_clockwise_input_is_reoriented(tmp_path, sample, schema):
    ze = sample.zoning_elements[0]
    shell = [(0, 0), (0, 10), (10, 10), (10, 0)]  # clockwise
    hole = [(2, 2), (4, 2), (4, 4), (2, 4)]  # counter-clockwise
    ze.geometry = MultiPolygon([Polygon([(x + 320400, y + 4727600) for x, y in shell],
                                        [[(x + 320400, y + 4727600) for x, y in hole]])])
    out = tmp_path / "cw.gml"
    write_gml(out, sample)
    kinds = [(k, _signed_area(a)) for k, a in _rings(out, True)]
    assert ("interior", pytest.approx(-4.0)) in [(k, pytest.approx(a)) for k, a in kinds if k == "interior"]


def test_wfs_wrapper_reads_back(tmp_path, sample):
    out = tmp_path / "wfs.gml"
    write_gml(out, sample, wrapper="wfs")
    root = etree.parse(str(out)).getroot()
    assert root.tag == f"{{{NS['wfs']}}}FeatureCollection"
    assert root.get("numberReturned") == "43"
    data, findings = read_gml(out)
    assert findings == []
    assert data.counts() == sample.counts()


def test_cancel_leaves_no_file(tmp_path, sample):
    out = tmp_path / "never.gml"
    out.write_text("old content")
    progress = Progress(cancelled=lambda: True, every=5)
    with pytest.raises(Cancelled):
        write_gml(out, sample, progress=progress)
    assert out.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["never.gml"]


def _peak(zones: int, tmp_path) -> int:
    tracemalloc.start()
    write_gml(tmp_path / f"g{zones}.gml", GeneratedPlan(zones))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def test_writer_streams(tmp_path):
    """Ten times the zones must not take anywhere near ten times the memory."""
    small, large = _peak(1000, tmp_path), _peak(10000, tmp_path)
    # the plan's member list grows with the size (one href per zone); the document must not
    assert large < 3 * small, (small, large)
