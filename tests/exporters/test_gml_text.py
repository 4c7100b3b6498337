"""Features written as text (exporters.gml_text) are byte for byte what the element-tree writer gives.

Three checks: every feature of the test corpus through both writers (in its own CRS, in
lat/long and reprojected); the files in ``tests/data/golden`` written by the writer before
the text path existed (``golden_files`` below makes them); a 10,000-zone plan written with
and without the text path.
"""

from __future__ import annotations

import dataclasses
import warnings
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from lxml import etree
from shapely.geometry import LineString, MultiPolygon, Point, Polygon

from exporters import gml_writer
from exporters.gml_pos_lists import polygon_rings
from exporters.gml_writer import _FeatureEncoder, _strip_namespace_declarations, write_gml
from plu_model.features import OfficialDocumentation, SupplementaryRegulation
from plu_model.geopackage import PlanFile, write_plan
from plu_model.readers import open_source
from plu_model.synthetic import GeneratedPlan
from plu_model.values import DocumentCitation, Identifier
from plu_model.voidable import Nil

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "data" / "golden"
CORPUS = [
    ROOT / "resources" / "samples" / "sofia_zelena_polyana_pup.gml",
    *sorted((ROOT / "tests" / "data" / "roundtrip").glob("*.gml")),
    *sorted((ROOT / "tests" / "data" / "realworld").glob("*.gml")),
    *sorted((ROOT / "tests" / "data" / "importing").glob("*.gml")),
]


def _tree_bytes(encoder: _FeatureEncoder, feature) -> bytes:
    """What the element-tree writer gives for a feature with nothing to carry over."""
    el = encoder.feature(feature)
    etree.indent(el, space="  ", level=2)
    return _strip_namespace_declarations(etree.tostring(el, encoding="UTF-8"))


def _model_only(features):
    for f in features:
        f.source = None
        yield f


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
@pytest.mark.parametrize("crs", [None, 4258, 3035])
def test_every_corpus_feature_same_bytes_as_the_tree(path, crs):
    source = open_source(path)
    features = list(_model_only(source.features()))
    batch = _FeatureEncoder(source.crs, crs or source.crs)
    batch.text.prepare(features)  # polygons formatted together, as write_gml does
    written = 0
    for f in features:
        encoder = _FeatureEncoder(source.crs, crs or source.crs)
        try:
            expected = _tree_bytes(encoder, f)
        except Exception:  # the tree refuses it (with its message): the text path must leave it to the tree
            assert encoder.text.encode(f) is None
            continue
        assert encoder.text.encode(f) == expected, f.gml_id
        assert batch.text.encode(f) == expected, f.gml_id
        written += 1
    assert written == len(features) > 0


def _odd(feature, **changes):
    return dataclasses.replace(feature, **changes)


def test_escaping_empty_texts_and_odd_geometries_as_the_tree():
    plan = GeneratedPlan(3)
    sp, ze, *_ = list(plan.features())
    when = datetime(2025, 5, 6, 7, 8, 9, tzinfo=UTC)
    cases = [
        _odd(sp, official_title='A & B <c> "d"\r\n\tend', alternative_title=""),
        _odd(ze, gml_id='ZE."&<', geometry=MultiPolygon()),
        _odd(ze, geometry=Polygon([(0, 0, 1), (1, 0, 2), (1, 1, 3), (0, 0, 1)])),
        _odd(
            ze, geometry=MultiPolygon([Polygon([(0, 0), (9, 0), (9, 9), (0, 0)], [[(1, 1), (2, 2), (2, 1), (1, 1)]])])
        ),
        _odd(ze, inspire_id=Identifier("x", "ns", Nil("unknown"))),
        _odd(ze, inspire_id=Identifier("x", "ns", "v1")),
        SupplementaryRegulation(
            gml_id="SR.p",
            inspire_id=Identifier("p", "ns"),
            geometry=Point(1.5, 2.25),
            regulation_nature="http://x/y",
            plan="#SP",
            begin_lifespan_version=when,
            process_step_general=Nil("unknown"),
            background_map=Nil("unknown"),
            specific_supplementary_regulation=Nil("unknown"),
            supplementary_regulation=["http://x/z"],
        ),
        SupplementaryRegulation(
            gml_id="SR.l",
            inspire_id=Identifier("l", "ns"),
            geometry=LineString([(0, 0, 5), (1e-300, 1e300, 6)]),
            regulation_nature="http://x/y",
            plan="#SP",
            begin_lifespan_version=when,
            process_step_general=Nil("unknown"),
            background_map=Nil("unknown"),
            specific_supplementary_regulation=Nil("unknown"),
            supplementary_regulation=["http://x/z"],
        ),
        OfficialDocumentation(
            gml_id="OD.c",
            inspire_id=Identifier("c", "ns"),
            plan_document=DocumentCitation(name="Plan & rules", link=("http://a?b=1&c=2",), short_name=Nil("unknown")),
        ),
    ]
    for crs in (7801, 4258):
        for f in cases:
            encoder = _FeatureEncoder(7801, crs)
            assert encoder.text.encode(f) == _tree_bytes(encoder, f), f.gml_id
        batch = _FeatureEncoder(7801, crs)
        batch.text.prepare(cases)
        for f in cases:
            assert batch.text.encode(f) == _tree_bytes(_FeatureEncoder(7801, crs), f), f.gml_id


def test_polygons_formatted_together_leave_the_odd_ones_to_the_writer():
    square = Polygon([(0, 0), (0, 1), (1, 1), (1, 0), (0, 0)])  # clockwise: written counter-clockwise
    holed = Polygon([(0, 0), (9, 0), (9, 9), (0, 9), (0, 0)], [[(1, 1), (2, 1), (2, 2), (1, 1)]])
    with np.errstate(invalid="ignore"):
        nan = Polygon([(0, 0), (1, 0), (1, float("nan")), (0, 0)])
    odd = [Polygon([(0, 0, 1), (1, 0, 1), (1, 1, 1), (0, 0, 1)]), MultiPolygon(), nan, MultiPolygon([square, nan])]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing to say on the terminal: the writer refuses the NaN itself
        rings = polygon_rings([square, *odd, MultiPolygon([square, holed])], swap=False)
    assert rings[0] == [["0.0 0.0 1.0 0.0 1.0 1.0 0.0 1.0 0.0 0.0"]]
    assert rings[1:5] == [None] * 4
    assert rings[5] == [rings[0][0], ["0.0 0.0 9.0 0.0 9.0 9.0 0.0 9.0 0.0 0.0", "1.0 1.0 2.0 2.0 2.0 1.0 1.0 1.0"]]
    assert polygon_rings([square], swap=True) == [[["0.0 0.0 0.0 1.0 1.0 1.0 1.0 0.0 0.0 0.0"]]]


def test_what_the_tree_refuses_is_left_to_it():
    ze = list(GeneratedPlan(1).features())[1]
    for odd in (_odd(ze, gml_id="ZE.\x01"), _odd(ze, regulation_nature=None), _odd(ze, geometry=Point(1, 2))):
        encoder = _FeatureEncoder(7801, 7801)
        assert encoder.text.encode(odd) is None
        with pytest.raises(Exception):  # noqa: B017 - lxml's ValueError or the writer's PluError
            _tree_bytes(encoder, odd)


def golden_files(out: Path) -> None:
    """Write the golden files: run once with the writer before the text path, by hand."""
    out.mkdir(parents=True, exist_ok=True)
    plan = GeneratedPlan(4)
    gpkg = out / "generated4.gpkg"
    write_plan(gpkg, plan.features(), crs=plan.crs, dataset_id=plan.dataset_id, metadata=plan.metadata)
    with PlanFile(gpkg) as pf:
        write_gml(out / "generated4.gml", pf)
        write_gml(out / "generated4_4258.gml", pf, crs=4258)
    gpkg.unlink()
    for name in ("nil_and_multi", "geographic_3d"):
        source = open_source(ROOT / "tests" / "data" / "roundtrip" / f"{name}.gml")
        write_plan(
            gpkg, _model_only(source.features()), crs=source.crs, dataset_id=source.dataset_id, metadata=source.metadata
        )
        with PlanFile(gpkg) as pf:
            write_gml(out / f"{name}_model.gml", pf)
        gpkg.unlink()


def test_same_bytes_as_the_golden_files(tmp_path):
    golden_files(tmp_path)
    names = sorted(p.name for p in GOLDEN.glob("*.gml"))
    assert names == sorted(p.name for p in tmp_path.glob("*.gml"))
    for name in names:
        assert (tmp_path / name).read_bytes() == (GOLDEN / name).read_bytes(), name


def test_a_large_plan_same_bytes_with_and_without_the_text_path(tmp_path, monkeypatch):
    plan = GeneratedPlan(10_000)
    gpkg = tmp_path / "plan.gpkg"
    write_plan(gpkg, plan.features(), crs=plan.crs, dataset_id=plan.dataset_id, metadata=plan.metadata)
    with PlanFile(gpkg) as pf:
        write_gml(tmp_path / "text.gml", pf)
    monkeypatch.setattr(gml_writer.FeatureText, "encode", lambda self, f: None)
    with PlanFile(gpkg) as pf:
        write_gml(tmp_path / "tree.gml", pf)
    assert (tmp_path / "text.gml").read_bytes() == (tmp_path / "tree.gml").read_bytes()
