"""The GeoJSON exporter writes RFC 7946: WGS 84 lon/lat, counter-clockwise rings, every attribute."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from shapely.geometry import shape
from shapely.geometry.polygon import orient

from exporters import EXPORTERS
from exporters.geojson_ import write_geojson
from plu_model.crs import reproject
from plu_model.errors import PluInputError

ROOT = Path(__file__).resolve().parents[2]


def test_registered_for_the_cli_and_gui():
    fmt = EXPORTERS.for_path("plan.geojson")
    assert fmt.name == "geojson" and "WGS 84" in fmt.label("bg")


def test_sample_in_wgs84_with_attributes(tmp_path, sample):
    out = write_geojson(tmp_path / "plan.geojson", sample)
    data = json.loads(out.read_text(encoding="utf-8"))
    features = data["features"]
    assert len(features) == 43
    zones = [f for f in features if f["properties"]["featureType"] == "ZoningElement"]
    assert len(zones) == 35
    for f in zones:
        lon, lat = f["geometry"]["coordinates"][0][0][0]
        assert 23.30 < lon < 23.32 and 42.66 < lat < 42.67  # Sofia, longitude first
        geom = shape(f["geometry"])
        for poly in geom.geoms:
            assert poly.exterior.is_ccw  # RFC 7946 right-hand rule
            assert poly.equals(orient(poly, 1.0))
    smf = next(f for f in zones if f["id"] == "ZE.smf-01")["properties"]
    assert {"type": "measure", "indication_reference": "maxHeight", "value": 26.0, "uom": "m"} in smf["dimensioning_indication"]
    assert smf["hilucs_land_use"] == ["http://inspire.ec.europa.eu/codelist/HILUCSValue/5_2_ResidentialUseWithOtherCompatibleUses"]
    doc = next(f for f in features if f["id"] == "OD.rules")
    assert doc["geometry"] is None and doc["properties"]["regulation_text"].startswith("1. ")
    zut = next(f for f in features if f["id"] == "OD.zut")["properties"]
    assert zut["regulation_text"] == {"nil": "http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"}


def test_coordinates_come_back_within_a_centimetre(tmp_path, sample):
    data = json.loads(write_geojson(tmp_path / "p.geojson", sample).read_text(encoding="utf-8"))
    original = {z.gml_id: z.geometry for z in sample.zoning_elements}
    for f in data["features"]:
        if f["id"] in original:
            back = reproject(shape(f["geometry"]), 4326, sample.crs)
            assert back.hausdorff_distance(original[f["id"]]) < 0.02


def test_other_crs_is_refused_and_nothing_written(tmp_path, sample):
    with pytest.raises(PluInputError, match="always in WGS 84"):
        write_geojson(tmp_path / "p.geojson", sample, crs=7801)
    assert list(tmp_path.iterdir()) == []


def test_plu_convert_writes_geojson(tmp_path, sample_path):
    out = tmp_path / "plan.geojson"
    result = subprocess.run([sys.executable, "-m", "plu_cli", "convert", str(sample_path), str(out)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "FeatureCollection"
