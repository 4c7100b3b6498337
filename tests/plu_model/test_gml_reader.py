"""The reader takes any PLU 4.0 GML, reports what it cannot map, and refuses hostile input safely."""

from __future__ import annotations

import socket
import time

import pytest

from conftest import SAMPLE
from plu_model.errors import PluInputError
from plu_model.gml_reader import GmlReader, read_gml

HEAD = (
    '<base:SpatialDataSet xmlns:base="http://inspire.ec.europa.eu/schemas/base/3.3" '
    'xmlns:plu="http://inspire.ec.europa.eu/schemas/plu/4.0" xmlns:gml="http://www.opengis.net/gml/3.2" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" gml:id="d">'
)


def _zone(body_geometry: str, extra: str = "", gid: str = "z1") -> str:
    return (
        f'<base:member><plu:ZoningElement gml:id="{gid}">'
        f'<plu:inspireId><base:Identifier><base:localId>{gid}</base:localId><base:namespace>T</base:namespace></base:Identifier></plu:inspireId>'
        f"<plu:geometry>{body_geometry}</plu:geometry>{extra}"
        '<plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/6_6_NotKnownUse"/>'
        '<plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/nonBinding"/>'
        '<plu:plan xlink:href="#p"/></plu:ZoningElement></base:member>'
    )


def _polygon(pos_list: str, srs: str = "http://www.opengis.net/def/crs/EPSG/0/3035") -> str:
    return (
        f'<gml:MultiSurface gml:id="g" srsName="{srs}"><gml:surfaceMember><gml:Polygon gml:id="gp">'
        f"<gml:exterior><gml:LinearRing><gml:posList>{pos_list}</gml:posList></gml:LinearRing></gml:exterior>"
        "</gml:Polygon></gml:surfaceMember></gml:MultiSurface>"
    )


def _write(tmp_path, body: str, name: str = "t.gml"):
    path = tmp_path / name
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n{HEAD}\n{body}\n</base:SpatialDataSet>\n', encoding="utf-8")
    return path


SQUARE = "0 0 0 10 10 10 10 0 0 0"


def test_sample_reads_without_findings():
    data, findings = read_gml(SAMPLE)
    assert findings == []
    assert data.crs == 7801
    assert data.counts()["ZoningElement"] == 35


def test_missing_voidable_elements_are_reported_and_read_as_unknown(tmp_path):
    data, findings = read_gml(_write(tmp_path, _zone(_polygon(SQUARE))))
    [f] = [f for f in findings if f.rule == "READ.MISSING_VOIDABLE"]
    assert "beginLifespanVersion" in f.message_en and f.gml_id == "z1" and f.line == 3
    assert data.zoning_elements[0].begin_lifespan_version.reason == "unknown"


def test_unmapped_elements_are_findings_not_silence(tmp_path):
    extra = "<gml:name>Zone A</gml:name>"
    body = _zone(_polygon(SQUARE)).replace("<plu:inspireId>", extra + "<plu:inspireId>")
    _, findings = read_gml(_write(tmp_path, body))
    unmapped = [f for f in findings if f.rule == "READ.UNMAPPED"]
    assert len(unmapped) == 1
    assert "gml:name" in unmapped[0].message_en and unmapped[0].xpath == "//plu:ZoningElement[@gml:id='z1']/gml:name"
    assert "gml:name" in unmapped[0].message_bg


def test_unclosed_and_short_rings_are_reported_with_their_line(tmp_path):
    body = _zone(_polygon("0 0 0 10 10 10 10 0"), gid="open") + "\n" + _zone(_polygon("0 0 0 10 0 0"), gid="short")
    data, findings = read_gml(_write(tmp_path, body))
    rules = {(f.rule, f.gml_id, f.line) for f in findings if f.rule.startswith("GEOM")}
    assert ("GEOM.RING_NOT_CLOSED", "open", 3) in rules
    assert ("GEOM.RING_TOO_SHORT", "short", 4) in rules
    open_zone = next(z for z in data.zoning_elements if z.gml_id == "open")
    assert open_zone.geometry.geoms[0].exterior.coords[0] == open_zone.geometry.geoms[0].exterior.coords[-1]


def test_bad_coordinates_name_the_feature(tmp_path):
    _, findings = read_gml(_write(tmp_path, _zone(_polygon("0 0 0 10 ten 10 10 0 0 0"))))
    [f] = [f for f in findings if f.rule == "READ.BAD_VALUE"]
    assert f.gml_id == "z1" and "not a number" in f.message_en and f.line == 3


def test_unknown_srs_is_a_finding(tmp_path):
    body = _zone(_polygon(SQUARE)) + _zone(_polygon(SQUARE, srs="http://example.org/mycrs"), gid="z2")
    _, findings = read_gml(_write(tmp_path, body))
    assert any(f.rule == "READ.BAD_VALUE" and "srsName" in f.message_en and f.gml_id == "z2" for f in findings)


def test_a_file_without_any_usable_crs_is_unusable(tmp_path):
    with pytest.raises(PluInputError, match="unsupported srsName 'http://example.org/mycrs'"):
        read_gml(_write(tmp_path, _zone(_polygon(SQUARE, srs="http://example.org/mycrs"))))


def test_geometries_in_another_crs_are_reprojected(tmp_path):
    z1 = _zone(_polygon("4300000 5300000 4300000 5300100 4300100 5300100 4300100 5300000 4300000 5300000"))
    z2 = _zone(_polygon("42.0 23.0 42.0 23.01 42.01 23.01 42.0 23.0", srs="urn:ogc:def:crs:EPSG::4258"), gid="z2")
    data, _ = read_gml(_write(tmp_path, z1 + z2))
    assert data.crs == 3035
    minx, miny, _, _ = data.zoning_elements[1].geometry.bounds
    assert 5.0e6 < minx < 5.7e6 and 2.0e6 < miny < 2.5e6


def test_arcs_are_linearised_within_tolerance(tmp_path):
    ring = (
        '<gml:Polygon gml:id="gp" srsName="http://www.opengis.net/def/crs/EPSG/0/32634"><gml:exterior><gml:Ring>'
        '<gml:curveMember><gml:Curve gml:id="c"><gml:segments>'
        "<gml:Arc><gml:posList>-10 0 0 10 10 0</gml:posList></gml:Arc>"
        "<gml:LineStringSegment><gml:posList>10 0 -10 0</gml:posList></gml:LineStringSegment>"
        "</gml:segments></gml:Curve></gml:curveMember></gml:Ring></gml:exterior></gml:Polygon>"
    )
    data, findings = read_gml(_write(tmp_path, _zone(ring)))
    assert not [f for f in findings if f.rule.startswith(("GEOM", "READ.BAD"))]
    poly = data.zoning_elements[0].geometry.geoms[0]
    import math

    # within the stated 0.01 tolerance the area can be short by at most arc length × tolerance
    assert math.pi * 100 / 2 - math.pi * 10 * 0.01 <= poly.area <= math.pi * 100 / 2
    for x, y in poly.exterior.coords:
        if y > 1e-9:
            assert abs(math.hypot(x, y) - 10) < 0.011


def test_not_well_formed_names_file_and_line(tmp_path):
    path = tmp_path / "broken.gml"
    path.write_text(f"{HEAD}\n<base:member>\n</base:SpatialDataSet>")
    with pytest.raises(PluInputError) as err:
        read_gml(path)
    assert "broken.gml:3" in str(err.value) and "not well-formed" in str(err.value)


def test_plu_30_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "old.gml"
    path.write_text('<plu:SpatialPlan xmlns:plu="http://inspire.ec.europa.eu/schemas/plu/3.0"/>')
    with pytest.raises(PluInputError, match="PLU 3.0"):
        read_gml(path)


def test_missing_file(tmp_path):
    with pytest.raises(PluInputError, match="no such file"):
        read_gml(tmp_path / "nope.gml")


def test_billion_laughs_does_not_expand(tmp_path):
    lol = "".join(f'<!ENTITY l{i} "&l{i-1};&l{i-1};&l{i-1};&l{i-1};&l{i-1};&l{i-1};&l{i-1};&l{i-1};&l{i-1};&l{i-1};">' for i in range(1, 10))
    doc = f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY l0 "lol">{lol}]>\n{HEAD}<base:identifier>&l9;</base:identifier></base:SpatialDataSet>'
    path = tmp_path / "lol.gml"
    path.write_text(doc)
    start = time.monotonic()
    with pytest.raises(PluInputError):
        read_gml(path)  # no feature with a geometry: refused, quickly, without expanding
    assert time.monotonic() - start < 5


def test_external_entities_are_never_read(tmp_path, monkeypatch):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    monkeypatch.setattr(socket, "socket", lambda *a, **k: pytest.fail("the reader opened a network socket"))
    body = _zone(_polygon(SQUARE)).replace("<plu:inspireId>", "<gml:description>&xxe;</gml:description><plu:inspireId>")
    doc = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file://{secret}">]>\n{HEAD}{body}</base:SpatialDataSet>'
    )
    path = tmp_path / "xxe.gml"
    path.write_text(doc)
    reader = GmlReader(path)
    try:
        features = list(reader.features())
    except PluInputError:
        features = []
    assert all("TOPSECRET" not in repr(f) for f in features)
    assert all("TOPSECRET" not in f.message_en for f in reader.findings)


def test_coordinates_proj_refuses_are_a_clear_error():
    from shapely.geometry import Polygon

    from plu_model.crs import reproject
    from plu_model.errors import PluInputError

    broken = Polygon([(320000, 4727000), (float("inf"), 4727000), (320100, 4727100), (320000, 4727000)])
    with pytest.raises(PluInputError, match=r"cannot be transformed from EPSG:7801 to EPSG:4326"):
        reproject(broken, 7801, 4326)
