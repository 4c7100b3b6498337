"""Import speed and memory against ogr2ogr on the same shapefile (run by hand, not in the test suite).

    python benchmarks/import_speed.py [ZONES]

A shapefile of ZONES square zones with Bulgarian codes and indications is made in a
temporary folder; then the same data is (a) copied to a GeoPackage by ``ogr2ogr``
(the reference: reading and writing the same features, no mapping) and (b)
imported by ``plu import`` through a mapping (codes, value maps, derived HILUCS,
dimensioning, clean-up, plan file with the plan and its member list).  Reported as
the ratio of the two wall-clock times, measured in the same run, and the import's
peak memory.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import recording

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from osgeo import ogr, osr  # noqa: E402

CODES = ["Жм", "Жс", "Смф", "Оз", "Тп", "Ж1"]
MAPPING = """\
version: 1
namespace: BG.BENCH
source: {format: shapefile}
plan: {official_title: Бенчмарк, plan_type_name: OUP}
value_maps: {z: {Ж1: Zhm}}
layers:
  - name: zones
    class: ZoningElement
    id: {field: ID}
    attributes:
      specific_land_use: {field: KOD, map: z, codelist: bg/ZoneTypeValue}
      regulation_nature: generallyBinding
    dimensioning:
      maxFloorAreaRatio: {field: KINT}
      maxDensity: {field: PLTN, uom: "%"}
"""


def make(folder: Path, n: int) -> Path:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(7801)
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(folder))
    layer = ds.CreateLayer("zones", srs, ogr.wkbPolygon, options=["ENCODING=UTF-8"])
    for name, t in (("ID", ogr.OFTString), ("KOD", ogr.OFTString), ("KINT", ogr.OFTString), ("PLTN", ogr.OFTReal)):
        layer.CreateField(ogr.FieldDefn(name, t))
    side = int(n ** 0.5) + 1
    layer.StartTransaction()
    for i in range(n):
        r, c = divmod(i, side)
        x, y = 300000 + c * 50, 4700000 + r * 50
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField("ID", f"Z{i}")
        f.SetField("KOD", CODES[i % len(CODES)])
        f.SetField("KINT", "1,2")
        f.SetField("PLTN", 60.0)
        f.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x} {y},{x + 50} {y},{x + 50} {y + 50},{x} {y + 50},{x} {y}))"))
        layer.CreateFeature(f)
    layer.CommitTransaction()
    ds = None
    return folder


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    with tempfile.TemporaryDirectory() as tmp:
        folder = make(Path(tmp) / "data", n)
        (Path(tmp) / "m.yaml").write_text(MAPPING, encoding="utf-8")
        start = time.perf_counter()
        subprocess.run(["ogr2ogr", "-f", "GPKG", str(Path(tmp) / "ref.gpkg"), str(folder / "zones.shp")], check=True)
        reference = time.perf_counter() - start
        start = time.perf_counter()
        cmd = [sys.executable, "-m", "plu_cli", "import", str(folder), "--mapping", str(Path(tmp) / "m.yaml"),
               "--out", str(Path(tmp) / "plan.gpkg")]
        subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True)
        ours = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"zones: {n}")
    print(f"ogr2ogr shapefile -> GeoPackage: {reference:.2f} s")
    print(f"plu import (mapping, clean-up, plan file): {ours:.2f} s  = {ours / reference:.1f} × ogr2ogr")
    print(f"peak memory of the child processes: {peak_mb:.0f} MB")
    print("| zones | `plu import` | ogr2ogr shapefile → GeoPackage | ratio | peak memory |\n| ---: | ---: | ---: | ---: | ---: |")
    print(f"| {n:,} | {ours:.2f} s | {reference:.2f} s | {ours / reference:.1f}× | {peak_mb:.0f} MB |")


if __name__ == "__main__":
    raise SystemExit(recording.run(main, "import_speed"))
