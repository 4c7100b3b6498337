"""How long packaging a city-wide plan takes, against reference tools measured in the same run.

    python benchmarks/participation_package.py [--zones 20000]

Figures (printed as a table, ratios < 1 mean faster than the reference):

* GeoJSON export of the zoning layer: ``exporters.geojson_.write_geojson`` versus
  GDAL's ``ogr2ogr -f GeoJSON -t_srs EPSG:4326`` on the same plan file;
* the whole package (GML, GeoJSON, viewer data, PDFs, manifest; no QGIS map)
  versus writing the INSPIRE GML alone (``exporters.gml_writer.write_gml``), the
  irreducible part of any package;
* the viewer: seconds until headless Chromium has drawn the package opened from
  disk, and the size of ``data/plan-data.js``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exporters.geojson_ import write_geojson  # noqa: E402
from exporters.gml_writer import write_gml  # noqa: E402
from participation.package import build_package  # noqa: E402
from participation.settings import ConsultationSettings  # noqa: E402
from plu_model.geopackage import open_plan, write_plan  # noqa: E402
from plu_model.synthetic import GeneratedPlan  # noqa: E402


def _timed(func) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def _viewer_seconds(index: Path) -> float | None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        start = time.perf_counter()
        page.goto(index.as_uri())
        page.wait_for_function("window.pluViewer && window.pluViewer.rendered", timeout=600000)
        seconds = time.perf_counter() - start
        browser.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--zones", type=int, default=20000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="plu-bench-"))
    try:
        plan = GeneratedPlan(args.zones)
        gpkg = write_plan(work / "plan.gpkg", plan.features(), crs=plan.crs, dataset_id=plan.dataset_id, metadata=plan.metadata)
        data = open_plan(gpkg)
        ours = _timed(lambda: write_geojson(work / "ours.geojson", data))
        ogr = _timed(lambda: subprocess.run(["ogr2ogr", "-f", "GeoJSON", "-t_srs", "EPSG:4326", str(work / "ogr.geojson"),
                                              str(gpkg), "zoning_element"], check=True))
        gml = _timed(lambda: write_gml(work / "plan.gml", data))
        today = date.today()
        settings = ConsultationSettings("Benchmark", "Benchmark authority", "bench@example.org", today, today + timedelta(days=30))
        package = _timed(lambda: build_package(gpkg, work / "package", settings, validate=False))
        size = (work / "package" / "data" / "plan-data.js").stat().st_size
        viewer = _viewer_seconds(work / "package" / "index.html")
        rows = [
            ("GeoJSON, all features (s)", ours, "ogr2ogr, zoning layer (s)", ogr),
            ("package without map (s)", package, "write_gml alone (s)", gml),
        ]
        print(f"zones: {args.zones}")
        for name, value, ref_name, ref in rows:
            print(f"{name:30} {value:8.2f}   {ref_name:28} {ref:8.2f}   ratio {value / ref:5.2f}")
        print(f"{'data/plan-data.js (MB)':30} {size / 1e6:8.2f}")
        if viewer is not None:
            print(f"{'viewer drawn from disk (s)':30} {viewer:8.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
