"""How long packaging a city-wide plan takes, how big the package is and how fast its viewer draws.

    python benchmarks/participation_package.py [--zones 20000] [--runs 3] [--screenshot map.png]

Figures (printed as a table, ratios < 1 mean faster or smaller than the reference):

* GeoJSON export of the zoning layer: ``exporters.geojson_.write_geojson`` versus
  GDAL's ``ogr2ogr -f GeoJSON -t_srs EPSG:4326`` on the same plan file;
* the whole package (GML, viewer data, PDFs, manifest; no QGIS map) versus
  writing the INSPIRE GML alone (``exporters.gml_writer.write_gml``), the
  irreducible part of any package;
* the package zipped versus its ``plan.gml`` zipped alone (both DEFLATE level 6,
  as ``plu package --out x.zip`` writes), target ≤ 2;
* the viewer: seconds from opening ``index.html`` from disk (``file://``) in
  headless Chromium until the map has drawn (median of ``--runs``), target ≤ 5 s
  for a 100 000-zone plan, and the size of the viewer's data files.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import date, timedelta
from pathlib import Path

import recording

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exporters.geojson_ import write_geojson  # noqa: E402
from exporters.gml_writer import write_gml  # noqa: E402
from participation.package import build_package  # noqa: E402
from participation.settings import ConsultationSettings  # noqa: E402
from plu_model.geopackage import open_plan, write_plan  # noqa: E402
from plu_model.synthetic import GeneratedPlan  # noqa: E402

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _timed(func) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def _zipped_size(files: list[Path], root: Path, zip_path: Path) -> int:
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for p in files:
            zf.write(p, p.relative_to(root).as_posix())
    return zip_path.stat().st_size


def _viewer_seconds(index: Path, runs: int, timeout_s: float, screenshot: Path | None) -> list[float] | None:
    """Seconds to a drawn map for each run (``inf`` when it did not draw within ``timeout_s``)."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        return None
    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for run in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 860})
            start = time.perf_counter()
            try:
                page.goto(index.as_uri(), timeout=timeout_s * 1000)
                page.wait_for_function("window.pluViewer && window.pluViewer.rendered", timeout=timeout_s * 1000)
                times.append(time.perf_counter() - start)
                if screenshot is not None and run == 0:
                    page.screenshot(path=str(screenshot))
            except Error:
                times.append(float("inf"))
            page.close()
        browser.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--zones", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3, help="viewer openings (the median is reported)")
    parser.add_argument("--viewer-timeout", type=float, default=120.0, help="seconds to wait for the map")
    parser.add_argument("--screenshot", type=Path, help="save the first drawn map as this PNG")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="plu-bench-"))
    try:
        plan = GeneratedPlan(args.zones)
        gpkg = write_plan(
            work / "plan.gpkg", plan.features(), crs=plan.crs, dataset_id=plan.dataset_id, metadata=plan.metadata
        )
        data = open_plan(gpkg)
        ours = _timed(lambda: write_geojson(work / "ours.geojson", data))
        ogr = _timed(
            lambda: subprocess.run(
                [
                    "ogr2ogr",
                    "-f",
                    "GeoJSON",
                    "-t_srs",
                    "EPSG:4326",
                    str(work / "ogr.geojson"),
                    str(gpkg),
                    "zoning_element",
                ],
                check=True,
            )
        )
        gml = _timed(lambda: write_gml(work / "plan.gml", data))
        today = date.today()
        settings = ConsultationSettings(
            "Benchmark", "Benchmark authority", "bench@example.org", today, today + timedelta(days=30)
        )
        pkg = work / "package"
        package = _timed(lambda: build_package(gpkg, pkg, settings, validate=False))
        files = sorted(p for p in pkg.rglob("*") if p.is_file())
        package_zip = _zipped_size(files, pkg, work / "package.zip")
        gml_zip = _zipped_size([pkg / "plan.gml"], pkg, work / "gml.zip")
        viewer_files = [p for p in files if p.parent == pkg / "data" and p.name != "regulation.json"]
        viewer_bytes = sum(p.stat().st_size for p in viewer_files)
        viewer = _viewer_seconds(pkg / "index.html", args.runs, args.viewer_timeout, args.screenshot)
        rows = [
            ("GeoJSON, all features (s)", ours, "ogr2ogr, zoning layer (s)", ogr),
            ("package without map (s)", package, "write_gml alone (s)", gml),
            ("package zipped (MB)", package_zip / 1e6, "plan.gml zipped (MB)", gml_zip / 1e6),
        ]
        print(f"zones: {args.zones}")
        for name, value, ref_name, ref in rows:
            print(f"{name:30} {value:8.2f}   {ref_name:28} {ref:8.2f}   ratio {value / ref:5.2f}")
        names = ", ".join(p.name for p in viewer_files)
        print(f"{'viewer data (MB)':30} {viewer_bytes / 1e6:8.2f}   ({names})")
        if viewer is not None:
            median = statistics.median(viewer)
            runs = " ".join("timeout" if t == float("inf") else f"{t:.2f}" for t in viewer)
            print(f"{'viewer drawn from disk (s)':30} {median:8.2f}   median of {len(viewer)}: {runs}")
        drawn = "—" if viewer is None else f"{statistics.median(viewer):.2f} s ({min(viewer):.2f}–{max(viewer):.2f})"
        print("\n| zones | package zipped / `plan.gml` zipped | viewer data | map drawn from disk, median "
              "| package built / `write_gml` alone | GeoJSON / ogr2ogr |\n| ---: | ---: | ---: | ---: | ---: | ---: |")
        print(f"| {args.zones:,} | {package_zip / 1e6:.2f} / {gml_zip / 1e6:.2f} MB ({package_zip / gml_zip:.1f}×) "
              f"| {viewer_bytes / 1e6:.2f} MB | {drawn} | {package:.1f} / {gml:.1f} s ({package / gml:.1f}×) "
              f"| {ours:.1f} / {ogr:.1f} s ({ours / ogr:.1f}×) |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(recording.run(main, "participation_package"))
