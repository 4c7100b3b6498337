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
* save: one zone is retyped through the editor's edit path (``app.editing.change_attributes``,
  one undo step, as the attribute form does), then *Save* writes the plan file
  (``MainWindow.save``: the background task with its progress dialog).  The opened
  ``.gpkg`` is saved in place; the GML sample has no plan file yet, so it is saved
  as a new one (the whole plan).

Targets (issue 15): open ≤ 1 s and save after changing one zone ≤ 0.3 s (absolute);
draw ≤ 2× plain QGIS: a plain ``QgsVectorLayer`` of the same table with QGIS's
default single symbol rendered at the same size and extent, in the same run
(the median of ``--repeat`` interleaved draws of each).  ``ogr2ogr`` reading the
GML and a file copy of the plan are printed as further references.
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

import recording

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


def _canvas_draw(window) -> float:  # type: ignore[no-untyped-def]
    """A full draw of the window's canvas (the render cache cleared, nothing else in flight)."""
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    window.canvas.stopRendering()
    loop = QEventLoop()
    window.canvas.mapCanvasRefreshed.connect(loop.quit)
    QTimer.singleShot(600000, loop.quit)
    t0 = time.perf_counter()
    window.canvas.refreshAllLayers()
    loop.exec()
    window.canvas.mapCanvasRefreshed.disconnect(loop.quit)
    return time.perf_counter() - t0


def _retype_one_zone(document) -> None:  # type: ignore[no-untyped-def]
    """Change one zone through the editor's edit path, as the attribute form's OK does."""
    from app.edit_history import UndoText
    from app.editing import change_attributes

    layer = document.layers.zoning
    zone = next(layer.getFeatures())
    current = list(zone["specific_land_use"] or [])
    other = "Smf" if not current or not str(current[0]).endswith("/Smf") else "Zhs"
    retyped = [f"https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/{other}"]
    change_attributes(document, layer, zone.id(), {"specific_land_use": retyped}, UndoText("Editing", "Edit attributes"))


def _measure(window, path: Path, label: str, workdir: Path, repeat: int) -> dict:  # type: ignore[no-untyped-def]
    from statistics import median

    start = time.perf_counter()
    document = window.open_plan(path)
    opened = time.perf_counter()
    draws, plains = [], []
    size = window.canvas.mapSettings().outputSize()
    for _ in range(repeat):  # interleaved: the machine's load hits both alike
        draws.append(_canvas_draw(window))
        plains.append(_plain_render(document.working, "zoning_element", window.canvas.extent(), size))
    draw = draws[0]
    _retype_one_zone(document)
    t0 = time.perf_counter()
    if document.path is None:
        window._save_to(workdir / f"{label.split()[0]}-saved.gpkg")  # Save As: a new plan file, written whole
    else:
        window.save()
    save = time.perf_counter() - t0
    assert not document.is_modified, "the save did not happen"
    t0 = time.perf_counter()
    shutil.copyfile(document.working, workdir / f"{label.split()[0]}-copy.gpkg")
    copy = time.perf_counter() - t0
    return {
        "plan": label,
        "zones": document.layers.zoning.featureCount(),
        "open_s": opened - start,
        "draw_s": median(draws),
        "first_draw_s": opened - start + draw,
        "plain_qgis_draw_s": median(plains),
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
    parser.add_argument("--repeat", type=int, default=5, help="interleaved draws of the plan and of plain QGIS")
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
    rows = [_measure(window, SAMPLE, "sample (GML)", workdir, args.repeat),
            _measure(window, generated, f"{args.zones} zones", workdir, args.repeat)]
    reference = _ogr2ogr(SAMPLE, workdir)
    window.document.history.set_clean()
    window.close()

    header = ("plan", "zones", "open s (≤ 1)", "draw s", "plain QGIS draw s", "draw ratio (≤ 2×)", "open + first draw s",
              "save after one change s (≤ 0.3)", "file copy s")
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
    lines.append(f"\nDraw: median of {args.repeat} interleaved draws each; load average {os.getloadavg()[0]:.1f}.")
    text = "\n".join(lines)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "editor_open.md").write_text(text + "\n", encoding="utf-8")
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(recording.run(main, "editor_open"))
