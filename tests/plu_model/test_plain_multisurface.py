"""The one-go decoding of plain gml:MultiSurface elements gives exactly what the general path gives.

Each case is decoded twice, with the shortcut and with it turned off; geometries are compared by
their exact WKB and the reports by their content.  Cases the shortcut must leave to the general path
(NaN, unclosed or short rings, words that are no numbers, srsDimension inside) are included.
"""

from __future__ import annotations

import pytest
from lxml import etree

from plu_model.gml_geometry import GeometryError, GeometryReader, _Ctx

GML = "http://www.opengis.net/gml/3.2"


def _multisurface(
    rings: list[str], srs: str = "http://www.opengis.net/def/crs/EPSG/0/3046", ring_attrs: str = "", dim: str = ""
) -> etree._Element:
    members = "".join(
        f'<gml:surfaceMember><gml:Polygon gml:id="p{i}"><gml:exterior><gml:LinearRing{ring_attrs}>'
        f"<gml:posList{dim}>{text}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>"
        for i, text in enumerate(rings)
    )
    return etree.fromstring(
        f'<gml:MultiSurface xmlns:gml="{GML}" gml:id="m" srsName="{srs}">{members}</gml:MultiSurface>'
    )


SQUARE = "4700000 500000 4700000 500010 4700010 500010 4700010 500000 4700000 500000"
SQUARE_2 = "4700100 500100 4700100 500110 4700110 500110 4700100 500100"
CASES = {
    "one polygon": _multisurface([SQUARE]),
    "two polygons": _multisurface([SQUARE, SQUARE_2]),
    "east-north CRS": _multisurface(["0 0 0 10 10 10 0 0"], srs="urn:ogc:def:crs:EPSG::32635"),
    "3D": _multisurface(
        ["0 0 1 0 10 2 10 10 3 0 0 1"], srs="http://www.opengis.net/def/crs/EPSG/0/7801", dim=' srsDimension="3"'
    ),
    "3D from the CRS": _multisurface(
        ["24 42 1 24 43 2 25 43 3 24 42 1"], srs="http://www.opengis.net/def/crs/EPSG/0/4937"
    ),
    "NaN": _multisurface(["0 0 0 NaN 10 10 0 0"]),
    "not closed": _multisurface(["0 0 0 10 10 10 10 0"]),
    "too short": _multisurface(["0 0 0 10 0 0"]),
    "a word": _multisurface(["0 0 0 ten 10 10 0 0"]),
    "odd count": _multisurface(["0 0 0 10 10 10 0"]),
    "empty posList": _multisurface([""]),
    "srsDimension on the ring": _multisurface([SQUARE], ring_attrs=' srsDimension="2"'),
}


def _decode(elem: etree._Element, shortcut: bool, monkeypatch) -> tuple:
    reports: list = []
    reader = GeometryReader(None, lambda rule, sev, text, el: reports.append((rule, sev, text.say("en"), text.say("bg"), el.sourceline)))
    if not shortcut:
        monkeypatch.setattr(GeometryReader, "_plain_multisurface", lambda self, elem, ctx: None)
    try:
        geom = reader.read(elem)
        out = geom.wkb_hex
    except GeometryError as exc:
        out = ("error", str(exc), exc.line)
    monkeypatch.undo()
    return out, reports, reader.target_epsg


@pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")
@pytest.mark.parametrize("name", CASES)
def test_the_shortcut_decodes_as_the_general_path(name, monkeypatch):
    elem = CASES[name]
    assert _decode(elem, True, monkeypatch) == _decode(elem, False, monkeypatch)


def test_the_shortcut_is_taken_for_the_usual_encoding():
    reader = GeometryReader(None, lambda *a: None)

    def shortcut(name: str):
        elem = CASES[name]
        return reader._plain_multisurface(elem, reader._context(elem, _Ctx(None, None)))

    assert len(shortcut("two polygons").geoms) == 2
    assert shortcut("3D from the CRS").has_z and shortcut("3D") is None  # srsDimension on the posList
    assert shortcut("NaN") is None and shortcut("not closed") is None and shortcut("a word") is None
