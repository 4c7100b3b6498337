#!/usr/bin/env python3
"""Opening a big plan from the register in the desktop, against opening its GeoPackage, in the same run.

    PLU_SCHEMA_DIR=… QT_QPA_PLATFORM=offscreen python benchmarks/register_open.py --zones 100000 --repeat 5 \\
        [--baseline /path/to/other/checkout]

A throw-away private cluster holds one generated plan of ``--zones`` zoning elements. Each round
opens, each in a fresh process, in turn: the plan's GeoPackage (the working copy, then the
layers, as *File ▸ Open*), the register version with this checkout's code, and, with
``--baseline``, with another checkout's code (its own database, made and filled by its own
code), as *File ▸ Open from register* does (the rows written as the working copy, then the
same layers). Each process first opens a one-zone plan so QGIS's providers are loaded, then
times one open. Medians of ``--repeat`` rounds; the ratio is against the GeoPackage open of
the same rounds (issue 11's target: 1.5×, in wall time). CPU time (the process's and its
server backend's) is printed too: other work on the machine disturbs it less. The part of ``benchmarks/register.py`` that
measures opening, without building a register of thousands of plans around it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _plan(zones: int, name: str):  # type: ignore[no-untyped-def]
    import dataclasses

    from plu_model.dataset import PlanDataset
    from plu_model.synthetic import GeneratedPlan

    gen = GeneratedPlan(zones=zones, cell=40.0, origin=(200000.0, 4600000.0), namespace=f"BG.BENCH.{name}")
    data = PlanDataset(crs=gen.crs, dataset_id=gen.dataset_id, metadata=dict(gen.metadata))
    for f in gen.features():
        if f.class_name == "SpatialPlan":
            f.inspire_id = dataclasses.replace(f.inspire_id, local_id=name)
        data.add(f)
    return data


def fill(dsn: str, zones: int, gpkg: str | None) -> None:
    """Make ``dsn`` a register holding the ``zones`` plan and a one-zone plan (with this code); write its files."""
    from plu_model.geopackage import save_dataset
    from register.provider import RegisterProvider, init_register

    init_register(dsn)
    with RegisterProvider(dsn) as reg:
        reg.ensure_authority("bench")
        for name, n in (("big", zones), ("tiny", 1)):
            data = _plan(n, name)
            reg.add(data, "bench")
            if gpkg:
                save_dataset(Path(gpkg) / f"{name}.gpkg", data)
        with reg.transaction() as cur:
            cur.execute("ANALYZE")


def _cpu(pid: int, children: bool = False) -> float:
    """CPU seconds (user + system) a process of this machine has used (with ``children``: its reaped children's)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12]) + ((int(fields[13]) + int(fields[14])) if children else 0)
    return ticks / os.sysconf("SC_CLK_TCK")


class _Server:
    """The CPU the register's whole server has used: every backend (QGIS's layers open their own), live or ended."""

    def __init__(self, dsn: str):
        import psycopg2

        conn = psycopg2.connect(dsn)
        with conn.cursor() as cur:
            cur.execute("SELECT setting FROM pg_settings WHERE name = 'data_directory'")
            folder = cur.fetchone()[0]
        conn.close()
        self.postmaster = int((Path(folder) / "postmaster.pid").read_text().split()[0])

    def cpu(self) -> float:
        total = _cpu(self.postmaster, children=True)  # ended backends are reaped into its children's time
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                text = stat.read_text()
            except OSError:
                continue
            if int(text.rsplit(")", 1)[1].split()[1]) == self.postmaster:
                try:
                    total += _cpu(int(stat.parent.name))
                except (OSError, ValueError):
                    pass
        return total


def child(kind: str, dsn: str, target: str) -> dict[str, float]:
    """One open of ``target`` (a GeoPackage, or a register reference) in a window, after a warm-up open.

    "Open" ends when the window has drawn the plan (the canvas's first full render after the
    open); "editable" when the window holds the plan's document (editing, undo, Save possible).
    Each with its wall time and the CPU time (this process's threads plus the register server's,
    every backend), which a loaded machine disturbs less.
    """
    from qgis.PyQt.QtCore import QCoreApplication

    from app.main_window import MainWindow
    from app.qgis_runtime import qgis_app

    qgis_app()
    window = MainWindow(language="en")
    window.show()
    server = _Server(dsn) if kind == "register" else None
    drawn: list[tuple[float, float, float]] = []  # (finished, CPU then, started)
    added: list[float] = []
    started = [0.0]

    def cpu() -> float:
        return time.process_time() + (server.cpu() if server is not None else 0.0)

    window.canvas.renderStarting.connect(lambda: started.__setitem__(0, time.perf_counter()))
    window.canvas.mapCanvasRefreshed.connect(lambda: drawn.append((time.perf_counter(), cpu(), started[0])))
    window.project.layersAdded.connect(lambda _layers: added.append(time.perf_counter()))

    def spin_until(ready) -> None:  # type: ignore[no-untyped-def]
        while not ready():
            QCoreApplication.processEvents()
            time.sleep(0.001)

    def open_once(what: str) -> None:
        if kind == "gpkg":
            window.open_plan(what)
            return
        from app.register_actions import open_from_register

        open_from_register(window, dsn, what)

    open_once(str(Path(target).with_name("tiny.gpkg")) if kind == "gpkg" else "tiny")
    spin_until(lambda: window.document is not None and not window.canvas.isDrawing())
    warm = window.document
    added.clear()
    start, cpu0 = time.perf_counter(), cpu()
    open_once(target)
    editable: list[tuple[float, float]] = []

    def plan_drawn() -> tuple[float, float] | None:
        """The first render that started after the plan's layers were all added, and finished (not cancelled)."""
        for end, used, begun in drawn:
            before = [a for a in added if a <= end]
            if end > start and before and begun >= max(before):
                return end, used
        return None

    def done() -> bool:
        if not editable and window.document is not None and window.document is not warm:
            editable.append((time.perf_counter(), cpu()))
        return bool(editable) and plan_drawn() is not None and not window.canvas.isDrawing()

    spin_until(done)
    when, cpu_drawn = plan_drawn()  # type: ignore[misc]
    if os.environ.get("PLU_BENCH_TRACE"):
        print(f"added {[round(a - start, 3) for a in added]}", file=sys.stderr)
        print(
            f"drawn {[(round(e - start, 3), round(c - cpu0, 2), round(b - start, 3)) for e, c, b in drawn]}",
            file=sys.stderr,
        )
    wall = when - start
    window.document.history.set_clean()
    return {
        "seconds": wall,
        "cpu": cpu_drawn - cpu0,
        "editable": editable[0][0] - start,
        "cpu_editable": editable[0][1] - cpu0,
    }


def _spawn(code: Path, kind: str, dsn: str, target: str) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(code))
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        kind,
        "--code",
        str(code),
        "--dsn",
        dsn,
        "--target",
        target,
    ]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False, cwd=code)
    if out.returncode:
        sys.stderr.write(out.stderr[-3000:])
        out.check_returncode()
    return json.loads(out.stdout.strip().splitlines()[-1])


def _make(code: Path, dsn: str, zones: int, gpkg: str | None) -> None:
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--fill",
        "--code",
        str(code),
        "--dsn",
        dsn,
        "--zones",
        str(zones),
    ] + (["--target", gpkg] if gpkg else [])
    subprocess.run(cmd, env=dict(os.environ, PYTHONPATH=str(code)), check=True, cwd=code)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--zones", type=int, default=100000)
    ap.add_argument("--repeat", type=int, default=5, help="rounds (medians)")
    ap.add_argument("--baseline", type=Path, help="another checkout whose open is measured as 'before'")
    ap.add_argument("--child", choices=["gpkg", "register"], help=argparse.SUPPRESS)
    ap.add_argument("--fill", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--code", type=Path, default=HERE, help=argparse.SUPPRESS)
    ap.add_argument("--dsn", help=argparse.SUPPRESS)
    ap.add_argument("--target", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.code))
    if args.fill:
        fill(args.dsn, args.zones, args.target)
        return 0
    if args.child:
        print(json.dumps(child(args.child, args.dsn, args.target)))
        return 0

    from register.cluster import EmbeddedCluster

    folder = Path(tempfile.mkdtemp(prefix="plu-register-open-"))
    cluster = EmbeddedCluster(folder)
    try:
        dsn = cluster.start_scratch()
        _make(HERE, dsn, args.zones, str(folder))
        codes = {"after": (HERE, dsn)}
        if args.baseline:
            before = cluster.dsn(database="plu_register_before")
            with _admin(cluster) as cur:
                cur.execute("CREATE DATABASE plu_register_before")
            _make(args.baseline.resolve(), before, args.zones, None)
            codes = {"before": (args.baseline.resolve(), before), **codes}
        runs: dict[str, list[dict[str, float]]] = {"geopackage": [], **{k: [] for k in codes}}
        for i in range(args.repeat):
            runs["geopackage"].append(_spawn(HERE, "gpkg", dsn, str(folder / "big.gpkg")))
            for label, (code, db) in codes.items():
                runs[label].append(_spawn(code, "register", db, "big"))
            print(
                f"round {i + 1}: " + ", ".join(f"{k} {v[-1]['seconds']:.2f} s" for k, v in runs.items()),
                file=sys.stderr,
            )
        print(f"open a {args.zones}-zone plan, medians of {args.repeat} (CPU: the process and its server backend):")
        for measure in ("seconds", "cpu", "editable", "cpu_editable"):
            med = {k: statistics.median(r[measure] for r in v) for k, v in runs.items()}
            for label, value in med.items():
                ratio = "" if label == "geopackage" else f"  ratio {value / med['geopackage']:.2f}×"
                every = ", ".join(f"{r[measure]:.2f}" for r in runs[label])
                print(f"  {measure:7s} {label:10s} {value:6.2f} s{ratio}   all: {every}")
        _markdown(args.zones, args.repeat, runs)
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


#: what each measure is, as the table says it
_MEASURES = {"seconds": "open (window drawn), wall", "cpu": "open (window drawn), CPU",
             "editable": "editable, wall", "cpu_editable": "editable, CPU"}


def _markdown(zones: int, repeat: int, runs: dict[str, list[dict[str, float]]]) -> None:
    """The medians as a markdown table (what ``--record`` keeps): each register open against the GeoPackage's."""
    labels = [k for k in runs if k != "geopackage"]
    print(f"\n| {zones:,} zones, medians of {repeat} | GeoPackage | " + " | ".join(f"register, {k}" for k in labels)
          + " | ratio (target 1.5× for the open) |")
    print("| --- | ---: | " + " | ".join("---:" for _ in labels) + " | ---: |")
    for measure, said in _MEASURES.items():
        med = {k: statistics.median(r[measure] for r in v) for k, v in runs.items()}
        ratios = " / ".join(f"{med[k] / med['geopackage']:.2f}×" for k in labels)
        print(f"| {said} | {med['geopackage']:.2f} s | " + " | ".join(f"{med[k]:.2f} s" for k in labels)
              + f" | {ratios} |")


def _admin(cluster):  # type: ignore[no-untyped-def]
    import contextlib

    import psycopg2

    @contextlib.contextmanager
    def cursor():  # type: ignore[no-untyped-def]
        conn = psycopg2.connect(cluster.dsn(database="postgres"))
        conn.autocommit = True
        try:
            with conn.cursor() as cur:
                yield cur
        finally:
            conn.close()

    return cursor()


if __name__ == "__main__":
    import recording

    raise SystemExit(recording.run(main, "register_open"))
