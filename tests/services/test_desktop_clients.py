"""The desktop's own QGIS providers add the services as layers, as a planner in QGIS would."""

from __future__ import annotations

from city import CITY


def test_qgis_adds_the_wms_layer(qapp, service_stack):
    from qgis.core import QgsRasterLayer

    uri = f"crs=EPSG:7801&format=image/png&layers=LU.ZoningElement&styles=&url={service_stack}/wms"
    layer = QgsRasterLayer(uri, "zoning", "wms")
    assert layer.isValid(), layer.error().summary()
    assert layer.crs().authid() == "EPSG:7801"
    assert not layer.extent().isEmpty()


def test_qgis_adds_the_ogc_api_layer_with_every_zone(qapp, service_stack):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"url='{service_stack}/ogcapi' typename='ZoningElement'", "zones", "OAPIF")
    assert layer.isValid(), layer.error().summary()
    ids = sorted(f["local_id"] for f in layer.getFeatures())
    assert ids == sorted(z.local_id for p in CITY for z in p.zones)
