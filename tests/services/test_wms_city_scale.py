"""LU.ZoningElement above 1:20,000: drawn from the register's city-scale picture, the same to the eye.

The picture is compared with the zones drawn one by one at the same scale (QGIS in this process,
from the same project); GetFeatureInfo still answers with the register's zones at that scale.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from datetime import date

import pytest
from city import X0, Y0

from services.wms_project import GENERAL_SCALE, write_project

#: the test city (1,100 m) in 160 pixels: 1:24,500 at the OGC pixel (0.28 mm), just above GENERAL_SCALE
BOX = (Y0 - 50, X0 - 50, Y0 + 1050, X0 + 1050)
SIZE = 160


def _render(project_path, with_general: bool):  # type: ignore[no-untyped-def]
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsMapRendererSequentialJob,
        QgsMapSettings,
        QgsProject,
        QgsRectangle,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    project = QgsProject()
    assert project.read(str(project_path))
    zones = project.mapLayer("in_force_ZoningElement")
    general = project.mapLayer("in_force_ZoningElement_general")
    assert zones.isValid() and general.isValid()
    if not with_general:  # today's zones one by one, whatever the scale
        zones.setScaleBasedVisibility(False)
    settings = QgsMapSettings()
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:7801"))
    settings.setExtent(QgsRectangle(BOX[1], BOX[0], BOX[3], BOX[2]))
    settings.setOutputSize(QSize(SIZE, SIZE))
    settings.setOutputDpi(25.4 / 0.28)
    settings.setBackgroundColor(QColor(255, 255, 255))
    settings.setLayers([general, zones] if with_general else [zones])
    assert settings.scale() > GENERAL_SCALE
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def test_the_city_scale_picture_looks_like_the_zones_drawn_one_by_one(qapp, city_register, tmp_path):
    project = write_project(tmp_path / "plu_wms.en.qgs", city_register, "en", [])
    before, after = _render(project, False), _render(project, True)
    before.save(str(tmp_path / "before.png"))
    after.save(str(tmp_path / "after.png"))
    painted = differing = 0
    for y in range(SIZE):
        for x in range(SIZE):
            a, b = before.pixel(x, y), after.pixel(x, y)
            painted += a != 0xFFFFFFFF
            differing += a != b
    assert painted > SIZE * SIZE / 2  # the city fills the picture
    assert differing / (SIZE * SIZE) < 0.01, (differing, tmp_path)


def _feature_info(base: str, layer: str, x: float, y: float) -> list[dict]:
    side = BOX[3] - BOX[1]
    col, row = round((X0 + x - BOX[1]) / side * SIZE), round((BOX[2] - (Y0 + y)) / side * SIZE)
    url = (
        f"{base}/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS={layer}&QUERY_LAYERS={layer}"
        f"&STYLES=&CRS=EPSG:7801&BBOX={','.join(map(str, BOX))}&WIDTH={SIZE}&HEIGHT={SIZE}&I={col}&J={row}"
        "&INFO_FORMAT=application/json&FEATURE_COUNT=20&FI_POLYGON_TOLERANCE=0"
    )
    with urllib.request.urlopen(url, timeout=60) as r:
        return json.loads(r.read())["features"]


@pytest.mark.parametrize(("x", "y"), [(30, 30), (450, 450), (900, 900)])
def test_getfeatureinfo_at_city_scale_gives_the_register_zones(service_stack, city_register, x, y):
    from register.provider import RegisterProvider

    served = sorted(f["properties"]["local_id"] for f in _feature_info(service_stack, "LU.ZoningElement", x, y))
    with RegisterProvider(city_register) as reg:
        register_says = sorted(a["zoning_element"]["local_id"] for a in reg.at(X0 + x, Y0 + y, date.today(), 7801))
    assert register_says
    assert served == register_says


def test_the_city_scale_picture_answers_no_getfeatureinfo(service_stack):
    with pytest.raises(urllib.error.HTTPError):
        _feature_info(service_stack, "LU.ZoningElement_city", 450, 450)


def test_the_inspire_layer_keeps_its_name_and_title(service_stack):
    from owslib.wms import WebMapService

    wms = WebMapService(f"{service_stack}/wms?LANGUAGE=eng", version="1.3.0")
    assert wms["LU.ZoningElement"].title.startswith("Zoning elements")
    assert wms["LU.ZoningElement"].queryable
