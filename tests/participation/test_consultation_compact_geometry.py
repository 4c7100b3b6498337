"""The viewer's compact geometries decode (by a decoder written here from the format's description) to the input."""

from __future__ import annotations

import base64

from participation.compact_geometry import encode_geometries

NAMES = {1: "Point", 2: "LineString", 3: "Polygon", 4: "MultiPoint", 5: "MultiLineString", 6: "MultiPolygon"}
DEPTH = {"Point": 0, "LineString": 1, "MultiPoint": 1, "Polygon": 2, "MultiLineString": 2, "MultiPolygon": 3}


def _numbers(text):
    value, shift = 0, 0
    for byte in base64.b64decode(text):
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            yield value
            value, shift = 0, 0


def _decode(text, count):
    numbers = _numbers(text)
    last = [0, 0]

    def position():
        for axis in (0, 1):
            v = next(numbers)
            last[axis] += -(v + 1) // 2 if v % 2 else v // 2
        return [last[0] / 10_000_000, last[1] / 10_000_000]

    def nested(depth):
        return position() if depth == 0 else [nested(depth - 1) for _ in range(next(numbers))]

    def geometry():
        code = next(numbers)
        if code == 0:
            return None
        if code == 7:
            return {"type": "GeometryCollection", "geometries": [geometry() for _ in range(next(numbers))]}
        return {"type": NAMES[code], "coordinates": nested(DEPTH[NAMES[code]])}

    out = [geometry() for _ in range(count)]
    assert next(numbers, None) is None  # nothing left over
    return out


def _rounded(value):
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return round(value, 7) if isinstance(value, float) else value


GEOMETRIES = [
    {"type": "Point", "coordinates": [23.3219, 42.6977]},
    None,
    {
        "type": "MultiPolygon",
        "coordinates": [
            [
                [[23.0, 42.0], [23.001, 42.0], [23.001, 42.001], [23.0, 42.0]],
                [[23.0002, 42.0001], [23.0003, 42.0001], [23.0003, 42.0002], [23.0002, 42.0001]],
            ],
            [
                [
                    [-179.9999999, -89.9999999],
                    [179.9999999, 89.9999999],
                    [0.0000001, -0.0000001],
                    [-179.9999999, -89.9999999],
                ]
            ],
        ],
    },
    {"type": "LineString", "coordinates": [[27.91234567, 43.2], [27.91234568, 43.20000004]]},
    {
        "type": "GeometryCollection",
        "geometries": [
            {"type": "MultiPoint", "coordinates": [[1.5, 2.5], [1.5000001, 2.5]]},
            {
                "type": "MultiLineString",
                "coordinates": [[[0.0, 0.0], [1.0, 1.0]], [[2.0, 2.0], [3.0, 3.0], [4.0, 4.0]]],
            },
            {"type": "Polygon", "coordinates": [[[10.0, 10.0], [11.0, 10.0], [11.0, 11.0], [10.0, 10.0]]]},
        ],
    },
]


def test_every_geometry_type_decodes_to_its_coordinates_at_seven_decimals():
    text, box = encode_geometries(GEOMETRIES)
    assert _decode(text, len(GEOMETRIES)) == _rounded(GEOMETRIES)
    assert box == (-179.9999999, -89.9999999, 179.9999999, 89.9999999)


def test_neighbouring_coordinates_take_few_bytes():
    squares = [
        {
            "type": "Polygon",
            "coordinates": [
                [
                    [23 + i * 5e-4, 42.0],
                    [23 + i * 5e-4 + 5e-4, 42.0],
                    [23 + i * 5e-4 + 5e-4, 42.0005],
                    [23 + i * 5e-4, 42.0],
                ]
            ],
        }
        for i in range(1000)
    ]
    text, _ = encode_geometries(squares)
    assert _decode(text, 1000) == _rounded(squares)
    assert len(base64.b64decode(text)) < 1000 * 20  # GeoJSON text spends over 100 bytes on each


def test_no_geometries():
    assert encode_geometries([]) == ("", None)
    text, box = encode_geometries([None, None])
    assert _decode(text, 2) == [None, None] and box is None
