"""Reading features in batches (geometries decoded together) gives exactly what reading them one by one gives.

The reference is the reader with batches of one feature and nothing decoded ahead: each geometry then
goes through :meth:`GeometryReader.read` alone, as before batches existed.  The plan mixes what the
batch decoding takes (plain multi-surfaces, several CRSs, a CRS inherited from the collection) with
what it must leave to the general path (broken coordinates, comments inside a posList, 3D, nil
geometries, curves), spread over several batches.
"""

from __future__ import annotations

import pytest

from plu_model import gml_reader
from plu_model.gml_geometry import GeometryReader
from plu_model.gml_reader import GmlReader

HEAD = (
    '<base:SpatialDataSet xmlns:base="http://inspire.ec.europa.eu/schemas/base/3.3" '
    'xmlns:plu="http://inspire.ec.europa.eu/schemas/plu/4.0" xmlns:gml="http://www.opengis.net/gml/3.2" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" gml:id="d">'
    '<gml:boundedBy><gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/3035">'
    "<gml:lowerCorner>0 0</gml:lowerCorner><gml:upperCorner>100 100</gml:upperCorner></gml:Envelope></gml:boundedBy>"
)
EPSG = "http://www.opengis.net/def/crs/EPSG/0/"
NIL = ' xsi:nil="true" nilReason="unknown"'


def _zone(i: int, geometry: str, extra: str = "") -> str:
    return (
        f'<base:member><plu:ZoningElement gml:id="z{i}">'
        f"<plu:inspireId><base:Identifier><base:localId>z{i}</base:localId><base:namespace>T</base:namespace>"
        f"</base:Identifier></plu:inspireId><plu:geometry{'' if geometry else NIL}>"
        f"{geometry}</plu:geometry>{extra}"
        '<plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/6_6_NotKnownUse"/>'
        '<plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/nonBinding"/>'
        '<plu:plan xlink:href="#p"/></plu:ZoningElement></base:member>'
    )


def _surface(rings: list[str], srs: str | None = "3035", dim: str = "") -> str:
    srs_attr = f' srsName="{EPSG}{srs}"' if srs else ""
    members = "".join(
        f"<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList{dim}>{r}</gml:posList>"
        "</gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>"
        for r in rings
    )
    return f"<gml:MultiSurface{srs_attr}>{members}</gml:MultiSurface>"


def _square(i: int, size: float = 10) -> str:
    x, y = 1000.0 * i, 500.0 + i
    return f"{y} {x} {y + size} {x} {y + size} {x + size} {y} {x + size} {y} {x}"


GEOMETRIES = [
    _surface([_square(0)]),
    _surface([_square(1), _square(2)]),
    _surface([_square(3)], srs=None),  # inherits EPSG:3035 from the envelope
    _surface(["42.1 23.1 42.2 23.1 42.2 23.2 42.1 23.2 42.1 23.1"], srs="4258"),  # reprojected, lat/long
    _surface(["0 0 0 NaN 10 10 0 0"]),
    _surface(["0 0 0 10 10 10 10 0"]),  # not closed
    _surface(["0 0 0 10 0 0"]),  # too short
    _surface(["0 0 0 ten 10 10 0 0"]),
    _surface(["0 0 0 10 <!-- a comment --> 10 10 0 0"]),
    _surface(["0 0 1 0 10 2 10 10 3 0 0 1"], srs="7801", dim=' srsDimension="3"'),
    _surface([_square(4)], srs="bogus"),
    "",  # nil
    f'<gml:Polygon srsName="{EPSG}3035"><gml:exterior><gml:LinearRing><gml:posList>{_square(5)}'
    "</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>",
    _surface([_square(6)]) + _surface([_square(7)]),  # two geometries in one property
    _surface([_square(8)]).replace("<gml:LinearRing>", '<gml:LinearRing srsDimension="2">'),
    _surface([_square(9)]).replace("<gml:Polygon>", f'<gml:Polygon srsName="{EPSG}3035">'),
    _surface([_square(10)], srs="3035", dim=' srsDimension="2"'),
]


@pytest.fixture
def plan(tmp_path):
    zones = []
    for i in range(60):
        extra = "<plu:beginLifespanVersion>2025-01-01T00:00:00Z</plu:beginLifespanVersion>" if i % 3 else ""
        zones.append(_zone(i, GEOMETRIES[i % len(GEOMETRIES)] if i % 4 else _surface([_square(i)]), extra))
    zones[17] = zones[17].replace('gml:id="z17"', 'gml:id="z3"')  # a duplicate gml:id
    body = "\n".join(zones)
    path = tmp_path / "batches.gml"
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?>\n{HEAD}\n{body}\n</base:SpatialDataSet>\n', encoding="utf-8"
    )
    return path


def _read(path) -> tuple:
    seen: list = []
    reader = GmlReader(
        path,
        on_feature=lambda el, f: seen.append((el.sourceline, el.get("{http://www.opengis.net/gml/3.2}id"), f.gml_id)),
    )
    features = list(reader.features())
    wkb = [f.geometry.wkb_hex for f in features]
    return features, wkb, reader.findings, reader.metadata, reader.crs, seen


@pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")
@pytest.mark.parametrize("batch", [2, 5, 64, 256])
def test_batches_read_as_one_feature_at_a_time(plan, monkeypatch, batch):
    monkeypatch.setattr(gml_reader, "_BATCH", 1)
    monkeypatch.setattr(GeometryReader, "prepare", lambda self, elements, inherited=None: None)
    reference = _read(plan)
    monkeypatch.undo()
    monkeypatch.setattr(gml_reader, "_BATCH", batch)
    taken: list[int] = []
    real_read = GeometryReader.read

    def read(self, elem, inherited=None):
        taken.append(elem in self._ready)
        return real_read(self, elem, inherited)

    monkeypatch.setattr(GeometryReader, "read", read)
    assert _read(plan) == reference
    assert sum(taken) >= 20  # most plain ones were decoded ahead (the rest by the general path)
    assert {f.rule for f in reference[2]} >= {
        "GEOM.NON_FINITE",
        "GEOM.RING_NOT_CLOSED",
        "READ.BAD_VALUE",
        "READ.DUPLICATE_ID",
        "READ.SEVERAL_GEOMETRIES",
    }


@pytest.mark.parametrize("batch", [1, 2, 64])
@pytest.mark.parametrize("at", [0, 1, 5, 40, 69])
def test_a_feature_holding_another_is_never_kept_whole_in_any_batch(tmp_path, monkeypatch, batch, at):
    """The reader skips the search for a feature inside a feature in a batch where the parse saw none; the one
    that holds another still gets no kept element (it would write the inner one twice), wherever it falls."""
    monkeypatch.setattr(gml_reader, "_BATCH", batch)
    zones = [_zone(i, _surface([_square(i)])) for i in range(70)]
    inner = _zone(1000, _surface([_square(1000)])).removeprefix("<base:member>").removesuffix("</base:member>")
    zones[at] = zones[at].replace("</plu:ZoningElement>", f"<plu:extension>{inner}</plu:extension></plu:ZoningElement>")
    path = tmp_path / "inside.gml"
    path.write_text(f"{HEAD}\n" + "\n".join(zones) + "\n</base:SpatialDataSet>\n", encoding="utf-8")
    kept = {f.gml_id: f.source is not None for f in GmlReader(path).features()}
    assert kept == {**{f"z{i}": i != at for i in range(70)}, "z1000": True}
