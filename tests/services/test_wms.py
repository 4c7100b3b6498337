"""The view service (QGIS Server WMS 1.3.0 behind nginx) read by OWSLib, GDAL and pixels.

The colours are the portrayal table's; the zone that applies at a point is the register's ``at``.
"""

from __future__ import annotations

import io
import urllib.request
from datetime import date

import pytest
from city import CITY, X0, Y0, expected_in_force

# WMS 1.3.0 with EPSG:7801 (northing, easting): BBOX is minN,minE,maxN,maxE
BOX = (Y0 - 50, X0 - 50, Y0 + 1050, X0 + 1050)
SIZE = 550


def _getmap(base: str, layers: str, extra: str = "") -> bytes:
    bbox = ",".join(str(v) for v in BOX)
    url = (f"{base}/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS={layers}&STYLES=&CRS=EPSG:7801"
           f"&BBOX={bbox}&WIDTH={SIZE}&HEIGHT={SIZE}&FORMAT=image/png&TRANSPARENT=FALSE{extra}")
    with urllib.request.urlopen(url, timeout=60) as r:
        assert r.headers["Content-Type"] == "image/png"
        return r.read()


def _pixel(x: float, y: float) -> tuple[int, int]:
    """Image column and row of a city point (metres east, north of the origin)."""
    side = BOX[3] - BOX[1]
    return round((X0 + x - BOX[1]) / side * SIZE), round((BOX[2] - (Y0 + y)) / side * SIZE)


@pytest.mark.parametrize(("language", "title"), [("bul", "Устройствени зони"), ("eng", "Zoning elements")])
def test_owslib_reads_the_inspire_layers_in_each_language(service_stack, language, title):
    from owslib.wms import WebMapService

    wms = WebMapService(f"{service_stack}/wms?LANGUAGE={language}", version="1.3.0", timeout=60)
    assert {"LU.SpatialPlan", "LU.ZoningElement", "LU.SupplementaryRegulation"} <= set(wms.contents)
    assert wms["LU.ZoningElement"].title.startswith(title)
    assert wms["LU.ZoningElement"].queryable == 1
    assert {"EPSG:4258", "EPSG:3035", "EPSG:7801"} <= set(wms["LU.ZoningElement"].crsOptions)
    per_plan = [name for name in wms.contents if name.startswith("LU.ZoningElement.")]
    assert sorted(per_plan) == sorted(f"LU.ZoningElement.{p.local_id}" for p in CITY)


def test_gdal_wms_driver_reads_the_capabilities(service_stack):
    from osgeo import gdal

    gdal.UseExceptions()
    ds = gdal.Open(f"WMS:{service_stack}/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities")
    names = [v for k, v in ds.GetMetadata("SUBDATASETS").items() if k.endswith("_NAME")]
    assert any("LAYERS=LU.ZoningElement" in n for n in names)


def test_getmap_draws_each_zone_in_force_in_its_colour(service_stack, tmp_path):
    from PIL import Image

    from plu_model.portrayal import SCHEME_ZONE_TYPE, colour_of

    png = _getmap(service_stack, "LU.ZoningElement")
    (tmp_path / "wms_city.png").write_bytes(png)
    image = Image.open(io.BytesIO(png)).convert("RGB")
    today = date.today()
    # a point inside each zone that applies today, away from the edges, with the zone type drawn on top there
    checks = {(30, 30): "Oz",  # the amendment replaced d1-a
              (300, 100): "Zhs", (100, 300): "Oz", (300, 300): "Smf",  # detailed plan D1
              (700, 100): "Pp", (250, 700): "Oz",  # general plan
              (700, 800): "Smf", (900, 800): "Oz"}  # detailed plan D2
    assert all(p.valid_from <= today for p in CITY)
    for (x, y), zone_type in checks.items():
        want = colour_of(SCHEME_ZONE_TYPE, zone_type).lstrip("#").upper()
        got = "{:02X}{:02X}{:02X}".format(*image.getpixel(_pixel(x, y)))
        assert got == want, ((x, y), zone_type, got, want)


def test_each_plan_has_its_own_layer(service_stack):
    from PIL import Image

    image = Image.open(io.BytesIO(_getmap(service_stack, "LU.ZoningElement.pup-north"))).convert("RGB")
    assert image.getpixel(_pixel(100, 100)) == (255, 255, 255)  # outside the plan: background
    assert image.getpixel(_pixel(900, 800)) != (255, 255, 255)


@pytest.mark.parametrize(("x", "y"), [(30, 30), (150, 350), (450, 450), (700, 700), (900, 900)])
def test_getfeatureinfo_gives_the_zones_the_register_says_apply(service_stack, city_register, x, y):
    import json

    from register.provider import RegisterProvider

    col, row = _pixel(x, y)
    bbox = ",".join(str(v) for v in BOX)
    url = (f"{service_stack}/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=LU.ZoningElement"
           f"&QUERY_LAYERS=LU.ZoningElement&STYLES=&CRS=EPSG:7801&BBOX={bbox}&WIDTH={SIZE}&HEIGHT={SIZE}"
           f"&I={col}&J={row}&INFO_FORMAT=application/json&FEATURE_COUNT=20&FI_POLYGON_TOLERANCE=0")
    with urllib.request.urlopen(url, timeout=60) as r:
        served = [f["properties"]["local_id"] for f in json.loads(r.read())["features"]]
    with RegisterProvider(city_register) as reg:
        register_says = [a["zoning_element"]["local_id"] for a in reg.at(X0 + x, Y0 + y, date.today(), 7801)]
    assert register_says
    assert sorted(served) == sorted(register_says)


def _legend_titles(node: object) -> list[str]:
    """Every symbol title of a QGIS Server JSON legend."""
    if isinstance(node, dict):
        own = [s["title"] for s in node.get("symbols", []) if "title" in s]
        return own + [t for child in node.get("nodes", []) for t in _legend_titles(child)]
    return []


def _zone_types_in_force(day: date) -> set[str]:
    """The zone types of the zones in force on ``day`` (a zone wholly inside an amendment is gone)."""
    return {z.zone_type for _, z, g in expected_in_force(day) if g.area > 1e-6}


@pytest.mark.parametrize("extra", ["", "&VERSION=1.1.1", "&LANGUAGE=eng"])
def test_getlegendgraphic_lists_only_the_zone_types_in_use(service_stack, extra):
    import json

    from lxml import etree

    language = "en" if "eng" in extra else "bg"
    qml = etree.parse(f"resources/styles/zoning_zone_type.{language}.qml")
    labels = {c.get("value"): c.get("label") for c in qml.iter("category")}
    expected = {labels[t] for t in _zone_types_in_force(date.today())}
    url = (f"{service_stack}/wms?SERVICE=WMS&REQUEST=GetLegendGraphic&LAYER=LU.ZoningElement"
           f"&FORMAT=application/json{extra or '&VERSION=1.3.0'}")
    with urllib.request.urlopen(url, timeout=60) as r:
        titles = _legend_titles(json.loads(r.read()))
    assert set(titles) == expected and len(titles) == len(expected) < len(labels)


def test_getlegendgraphic_draws_the_legend(service_stack):
    from PIL import Image

    url = f"{service_stack}/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&LAYER=LU.ZoningElement&FORMAT=image/png"
    with urllib.request.urlopen(url, timeout=60) as r:
        image = Image.open(io.BytesIO(r.read())).convert("RGB")
    rows = len(_zone_types_in_force(date.today())) + 1  # a row per class in use, under the layer's title
    assert 18 * rows < image.height < 30 * rows
    assert len(image.getcolors(1 << 20)) > rows
