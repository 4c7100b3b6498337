"""Sources as other people's hands and tools make them, made small in the tests with OGR or by hand.

A Sofia-like zoning layer in EPSG:7801 (BGS2005 / CCS2005) with Bulgarian codes in
windows-1251, and the ways municipal deliveries go wrong: no ``.cpg`` or a wrong one,
a ``.prj`` that is not WKT, a missing ``.shx``/``.dbf``, M and Z coordinates, a vertex
typed with extra digits, rings that do not close, CSV with broken WKT, GeoJSON that
is not JSON or says a key twice.  :func:`ogr_count` counts a source's features with
OGR directly, so tests compare the import report with a number the importer did not
compute.
"""

from __future__ import annotations

import json
from pathlib import Path

from osgeo import gdal, ogr, osr
from plan_sources import X0, Y0

ogr.UseExceptions()

#: (ID, KOD) of the Sofia-like zones; squares of 100 m side in a row from (X0, Y0)
SOFIA_ZONES = [("Z1", "Жм"), ("Z2", "Смф"), ("Z3", "Оз"), ("Z4", "Жс")]

ODD_MAPPING = """\
version: 1
namespace: BG.SOFIA.ODD
{extra}
plan:
  official_title: ПУП – ПРЗ на м. „Тестова“, район „Младост“ (тестови данни)
  plan_type_name: ПУП-ПРЗ
layers:
  - class: {target}
{layer}    attributes:
      {code_attribute}: {{field: {field}{codelist}}}
      regulation_nature: generallyBinding
"""


def odd_mapping(folder: Path, extra: str = "", layer: str = "", field: str = "KOD",
                target: str = "ZoningElement") -> Path:
    """A mapping for the odd sources: KOD is the zone (or supplementary regulation) code."""
    zoning = target == "ZoningElement"
    text = ODD_MAPPING.format(
        extra=extra, layer="".join(f"    {line}\n" for line in layer.splitlines()), field=field, target=target,
        code_attribute="specific_land_use" if zoning else "specific_supplementary_regulation",
        codelist=", codelist: bg/ZoneTypeValue" if zoning else "")
    path = folder / "odd.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def square(i: int, side: float = 100.0) -> str:
    x = X0 + i * side
    return f"POLYGON(({x} {Y0},{x + side} {Y0},{x + side} {Y0 + side},{x} {Y0 + side},{x} {Y0}))"


def srs(epsg: int) -> osr.SpatialReference:
    s = osr.SpatialReference()
    s.ImportFromEPSG(epsg)
    return s


def make_shapefile(folder: Path, rows: list[tuple[dict[str, object], str | ogr.Geometry | None]], *, name: str = "zones",
                   fields: tuple[tuple[str, int], ...] = (("ID", ogr.OFTString), ("KOD", ogr.OFTString)),
                   geometry_type: int = ogr.wkbPolygon, epsg: int | None = 7801) -> Path:
    """A windows-1251 shapefile as Bulgarian municipal archives hold them (with a ``.cpg``: remove it to be older)."""
    folder.mkdir(parents=True, exist_ok=True)
    before = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", None)  # QGIS sets it to "" once loaded, which would write UTF-8
    try:
        ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(folder))
        layer = ds.CreateLayer(name, srs(epsg) if epsg else None, geometry_type, options=["ENCODING=CP1251"])
        for field_name, field_type in fields:
            layer.CreateField(ogr.FieldDefn(field_name, field_type))
        for values, wkt in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            for index, value in enumerate(values.values()):  # by position: long names are cut by the driver
                if value is not None:
                    feature.SetField(index, value)
            if isinstance(wkt, ogr.Geometry):  # what WKT cannot say (a NaN coordinate)
                feature.SetGeometry(wkt)
            elif wkt:
                feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            layer.CreateFeature(feature)
        ds = None
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", before)
    return folder / f"{name}.shp"


def sofia_shapefile(folder: Path, **kw) -> Path:
    """The four Sofia-like zones, one square each."""
    return make_shapefile(folder, [({"ID": zid, "KOD": kod}, square(i)) for i, (zid, kod) in enumerate(SOFIA_ZONES)],
                          **kw)


def write_geojson(path: Path, features: list[dict], crs: int | None = None) -> Path:
    doc: dict = {"type": "FeatureCollection", "features": features}
    if crs:
        doc["crs"] = {"type": "name", "properties": {"name": f"urn:ogc:def:crs:EPSG::{crs}"}}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def feature(kod: str, geometry: dict | None, **props: object) -> dict:
    return {"type": "Feature", "properties": {"KOD": kod, **props}, "geometry": geometry}


def polygon(ring: list[tuple[float, float]]) -> dict:
    return {"type": "Polygon", "coordinates": [[list(p) for p in ring]]}


def ogr_count(source: Path | str) -> int:
    """Features of every layer, counted by OGR itself (not by the importer)."""
    ds = gdal.OpenEx(str(source), gdal.OF_VECTOR)
    return sum(ds.GetLayer(i).GetFeatureCount() for i in range(ds.GetLayerCount()))


def put_in_dbf(dbf: Path, number: str, text: str, encoding: str = "cp1251") -> None:
    """Overwrite a number as the DBF stores it (right-aligned in its field) with text, as hand-edited tables do."""
    data = bytearray(dbf.read_bytes())
    at = data.index(number.encode("ascii"))
    data[at:at + len(number)] = text.encode(encoding).rjust(len(number))
    dbf.write_bytes(bytes(data))


# -- a drawing ------------------------------------------------------------------------------
def _pair(code: int, value: object) -> str:
    return f"{code}\n{value}\n"


def dxf_polyline(layer: str, points: list[tuple[float, float]], closed: bool = True) -> str:
    out = _pair(0, "LWPOLYLINE") + _pair(8, layer) + _pair(90, len(points)) + _pair(70, 1 if closed else 0)
    return out + "".join(_pair(10, x) + _pair(20, y) for x, y in points)


def dxf_text(layer: str, x: float, y: float, text: str) -> str:
    return _pair(0, "TEXT") + _pair(8, layer) + _pair(10, x) + _pair(20, y) + _pair(40, 2.5) + _pair(1, text)


def dxf_hatch(layer: str, points: list[tuple[float, float]]) -> str:
    """A solid HATCH with one polyline boundary: a filled zone with no outline drawn."""
    out = (_pair(0, "HATCH") + _pair(8, layer) + _pair(2, "SOLID") + _pair(70, 1) + _pair(91, 1) + _pair(92, 2)
           + _pair(72, 0) + _pair(73, 1) + _pair(93, len(points)))
    return out + "".join(_pair(10, x) + _pair(20, y) for x, y in points) + _pair(97, 0) + _pair(75, 0) + _pair(76, 1) + _pair(98, 0)


def dxf_block_insert(block: str, layer: str, x: float, y: float) -> str:
    return _pair(0, "INSERT") + _pair(8, layer) + _pair(2, block) + _pair(10, x) + _pair(20, y)


def write_dxf(path: Path, entities: str, blocks: dict[str, str] | None = None, units: int | None = None) -> Path:
    """A drawing in windows-1251 as Bulgarian AutoCAD saves it; ``blocks``: name -> entities of a block."""
    header = _pair(9, "$ACADVER") + _pair(1, "AC1015") + _pair(9, "$DWGCODEPAGE") + _pair(3, "ANSI_1251")
    if units is not None:
        header += _pair(9, "$INSUNITS") + _pair(70, units)
    text = _pair(0, "SECTION") + _pair(2, "HEADER") + header + _pair(0, "ENDSEC")
    if blocks:
        text += _pair(0, "SECTION") + _pair(2, "BLOCKS")
        for name, body in blocks.items():
            text += (_pair(0, "BLOCK") + _pair(8, "0") + _pair(2, name) + _pair(70, 0) + _pair(10, 0) + _pair(20, 0)
                     + body + _pair(0, "ENDBLK"))
        text += _pair(0, "ENDSEC")
    text += _pair(0, "SECTION") + _pair(2, "ENTITIES") + entities + _pair(0, "ENDSEC") + _pair(0, "EOF")
    path.write_bytes(text.encode("cp1251"))
    return path


def box_points(i: int, side: float = 100.0) -> list[tuple[float, float]]:
    x = X0 + i * side
    return [(x, Y0), (x + side, Y0), (x + side, Y0 + side), (x, Y0 + side)]
