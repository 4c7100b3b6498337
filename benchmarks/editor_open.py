#!/usr/bin/env python3
"""How long the editor takes to open and draw a plan, against plain QGIS/GDAL in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/editor_open.py [--zones 100000] [--out benchmarks/out]

For the bundled sample (GML) and a generated plan of ``--zones`` zoning elements
(:class:`plu_model.synthetic.GeneratedPlan` written with ``write_plan``) it
measures, in the real main window:

* open: ``MainWindow.open_plan`` until the layers are in the project
  (working copy, layers in editing mode, styling, snapping set-up);
* draw: a full render of the opened plan in the window's canvas (national zone-type
  colours, zone-code labels, regulations, boundary);
* save: a snapshot of the working copy and its edit buffers to a plan file.

Each figure comes with a reference measured in the same run: ``ogr2ogr`` for
reading the GML, a plain ``QgsVectorLayer`` with QGIS's default single symbol
rendered at the same size and extent for drawing, and a file copy for saving.
Not a test: run it by hand; figures go in the README/report.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SAMPLE = ROOT / "resources" / "samples" / "sofia_zelena_polyana_pup.gml"


def _plain_render(path: Path, table: str, extent, size) -> float:  # type: ignore[no-untyped-def]
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings, QgsVectorLayer

    start = time.perf_counter()
    layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(extent)
    settings.setOutputSize(size)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return time.perf_counter() - start


def _measure(window, path: Path, label: str, workdir: Path) -> dict:  # type: ignore[no-untyped-def]
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    start = time.perf_counter()
    document = window.open_plan(path)
    opened = time.perf_counter()
    # a full draw of the opened plan (the render cache cleared, nothing else in flight)
    window.canvas.stopRendering()
    loop = QEventLoop()
    window.canvas.mapCanvasRefreshed.connect(loop.quit)
    QTimer.singleShot(600000, loop.quit)
    t0 = time.perf_counter()
    window.canvas.refreshAllLayers()
    loop.exec()
    window.canvas.mapCanvasRefreshed.disconnect(loop.quit)
    draw = time.perf_counter() - t0
    first_draw = opened - start + draw
    saved = workdir / f"{label}-saved.gpkg"
    t0 = time.perf_counter()
    document.snapshot(saved)
    save = time.perf_counter() - t0
    t0 = time.perf_counter()
    shutil.copyfile(document.working, workdir / f"{label}-copy.gpkg")
    copy = time.perf_counter() - t0
    plain = _plain_render(document.working, "zoning_element", window.canvas.extent(),
                          window.canvas.mapSettings().outputSize())
    return {
        "plan": label,
        "zones": document.layers.zoning.featureCount(),
        "open_s": opened - start,
        "draw_s": draw,
        "first_draw_s": first_draw,
        "plain_qgis_draw_s": plain,
        "save_s": save,
        "file_copy_s": copy,
    }


def _ogr2ogr(source: Path, workdir: Path) -> float | None:
    if shutil.which("ogr2ogr") is None:
        return None
    copy = workdir / source.name  # GDAL's GML driver may leave a .gfs file beside what it reads
    shutil.copyfile(source, copy)
    start = time.perf_counter()
    subprocess.run(["ogr2ogr", "-oo", "WRITE_GFS=NO", "-f", "GPKG", str(workdir / "ogr2ogr.gpkg"), str(copy)],
                   check=True, capture_output=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--zones", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="plu-editor-bench-"))
    os.environ.setdefault("XDG_DATA_HOME", str(workdir / "data"))
    os.environ.setdefault("XDG_CONFIG_HOME", str(workdir / "config"))

    from app.qgis_runtime import qgis_app

    qgis_app()
    from app.main_window import MainWindow
    from plu_model.geopackage import write_plan
    from plu_model.synthetic import GeneratedPlan

    generated = workdir / f"generated-{args.zones}.gpkg"
    plan = GeneratedPlan(args.zones)
    t0 = time.perf_counter()
    write_plan(generated, plan.features(), crs=plan.crs, dataset_id=plan.dataset_id, metadata=plan.metadata)
    print(f"generated {args.zones} zones in {time.perf_counter() - t0:.1f} s ({generated.stat().st_size / 1e6:.0f} MB)")

    window = MainWindow("en")
    window.resize(1280, 800)
    window.show()
    rows = [_measure(window, SAMPLE, "sample (GML)", workdir), _measure(window, generated, f"{args.zones} zones", workdir)]
    reference = _ogr2ogr(SAMPLE, workdir)
    window.document.history.set_clean()
    window.close()

    header = ("plan", "zones", "open s", "draw s", "plain QGIS draw s", "draw ratio", "open + draw s", "save s",
              "file copy s")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        lines.append(
            f"| {r['plan']} | {r['zones']} | {r['open_s']:.2f} | {r['draw_s']:.2f} | {r['plain_qgis_draw_s']:.2f} "
            f"| {r['draw_s'] / max(r['plain_qgis_draw_s'], 1e-6):.1f}× | {r['first_draw_s']:.2f} | {r['save_s']:.2f} "
            f"| {r['file_copy_s']:.2f} |"
        )
    if reference is not None:
        lines.append(f"\nReading the sample GML: PLU Studio {rows[0]['open_s']:.2f} s (whole open, incl. layers) vs "
                     f"ogr2ogr GML→GPKG {reference:.2f} s.")
    text = "\n".join(lines)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "editor_open.md").write_text(text + "\n", encoding="utf-8")
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
