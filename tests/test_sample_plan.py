"""The bundled sample plan is what its generator makes, and is a sound plan."""

from __future__ import annotations

import subprocess
import sys

import shapely

from conftest import ROOT, SAMPLE


def test_committed_sample_equals_generator_output(tmp_path):
    script = ROOT / "resources" / "samples" / "make_sample_plan.py"
    code = (
        "import runpy, sys, pathlib\n"
        f"mod = runpy.run_path({str(script)!r})\n"
        "from exporters.gml_writer import write_gml\n"
        f"write_gml(pathlib.Path({str(tmp_path / 'regen.gml')!r}), mod['build']())\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
    assert (tmp_path / "regen.gml").read_bytes() == SAMPLE.read_bytes()


def test_sample_is_a_realistic_tiling_plan(sample):
    zones = [z.geometry for z in sample.zoning_elements]
    assert 25 <= len(zones) <= 60
    assert shapely.coverage_is_valid(shapely.GeometryCollection(zones))
    union = shapely.union_all(zones)
    assert union.symmetric_difference(sample.plan.extent).area < 1e-3
    codes = {z.specific_land_use[0].rsplit("/", 1)[1] for z in sample.zoning_elements}
    assert {"Zhm", "Zhs", "Smf", "Oz", "Tp"} <= codes
    assert all(z.dimensioning_indication for z in sample.zoning_elements if not z.specific_land_use[0].endswith("/Tp"))
    kinds = {s.geometry.geom_type for s in sample.supplementary_regulations}
    assert {"Polygon", "LineString"} <= kinds
    assert "измислени" in sample.plan.official_title
    assert "ПРИМЕРНИ ДАННИ" in sample.metadata["md_metadata_xml"]
