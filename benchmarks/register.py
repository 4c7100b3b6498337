#!/usr/bin/env python3
"""The plan register at scale: ``at`` latency, ``add`` against ogr2ogr, opening against a GeoPackage.

    QT_QPA_PLATFORM=offscreen python benchmarks/register.py --plans 5000 --zones 200 --big 100000

The target scale of issue 11 is 5,000 plans / 1,000,000 zoning elements (``--plans 5000
--zones 200``) and a 100,000-zone plan (``--big 100000``). Everything runs in a throw-away
private cluster (``initdb`` in a temporary folder, no fsync), so the figures are of one
machine's local PostgreSQL 15/PostGIS 3; say the scale with any figure you quote.

Measured, each with its reference in the same run:

* ``at``: p50/p95 of ``RegisterProvider.at`` at random points inside the plans, random dates;
* ``add``: ``plu register add`` of the big plan's GML as the command runs it (validation and
  store, :func:`register.adding.add_plan`) against ``ogr2ogr -f PostgreSQL`` of the same GML
  into the same server;
* open: the big plan from the register into a desktop document (``register.sync.open_for_editing``
  writing the rows as the working copy, then the layers) against opening the same plan's GeoPackage
  (the working copy, then the layers), interleaved, medians of ``--repeat``.

``add`` is also split into its parts, each against the same ``ogr2ogr`` run: the validation alone
(``plu validate``: what ``add`` waits for at least, as the store runs beside it), and the store
without validation, itself split into reading the GML into the model and the database part
(``RegisterProvider.add`` of the data set read).

``--stages`` adds the CPU seconds of every process in each of those steps (this process, the XSD/XML
child, the store worker, the server's backends; :mod:`process_cpu`), each step against the CPU that
``ogr2ogr`` and its backend used in the same run: on a machine with two cores ``add`` keeps both
busy, so its wall time follows its total CPU, and this says which process spends it.  It also runs
``add`` of the big file on the small-file path (validation keeping what it read, then the store:
the file parsed once less), the same version stored again after the first is deleted.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import printed_results
import recording
from process_cpu import ProcessCpu

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _generated(i: int, zones: int, cell: float = 40.0):  # type: ignore[no-untyped-def]
    """Plan ``i`` of the city: a grid of ``zones`` cells, plans side by side on a 100 × N layout."""
    from plu_model.dataset import PlanDataset
    from plu_model.synthetic import GeneratedPlan

    side = cell * (int(zones ** 0.5) + 1)
    row, col = divmod(i, 100)
    gen = GeneratedPlan(zones=zones, cell=cell, origin=(200000.0 + col * side, 4600000.0 + row * side),
                        namespace=f"BG.BENCH.{i}")
    data = PlanDataset(crs=gen.crs, dataset_id=gen.dataset_id, metadata=dict(gen.metadata))
    for f in gen.features():
        if f.class_name == "SpatialPlan":
            f.inspire_id = dataclasses.replace(f.inspire_id, local_id=f"bench-{i}")
        data.add(f)
    return data, side, gen.origin


def _timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def _server_cpu(data: Path) -> float:
    """CPU seconds the cluster's processes used so far: the postmaster with the backends it reaped, and the live ones
    (Linux ``/proc``; 0 elsewhere)."""
    try:
        postmaster = int((data / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0.0
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat.parent.name) == postmaster:
            total += sum(int(v) for v in fields[11:15])  # utime, stime, cutime, cstime
        elif int(fields[1]) == postmaster:
            total += int(fields[11]) + int(fields[12])
    return total / tick


def _cpu(data: Path) -> float:
    """CPU seconds of this process, its children (a worker, ogr2ogr) and the cluster: on a shared machine the
    measure the other users do not change much."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime + _server_cpu(data)


def _measured(data: Path, fn):  # type: ignore[no-untyped-def]
    """Wall seconds, CPU seconds (:func:`_cpu`) and the value of ``fn()``."""
    cpu = _cpu(data)
    wall, value = _timed(fn)
    return wall, _cpu(data) - cpu, value


def fill(reg, plans: int, zones: int) -> list[tuple[float, float, float]]:  # type: ignore[no-untyped-def]
    """Store ``plans`` generated plans in force from dates spread over 20 years; returns their boxes."""
    reg.ensure_authority("bench")
    boxes = []
    rnd = random.Random(1)
    for i in range(plans):
        data, side, origin = _generated(i, zones)
        info = reg.add(data, "bench")
        with reg.transaction() as cur:  # straight to legal force: no publication export per plan at scale
            cur.execute("UPDATE plan_version SET status = 'legalForce', valid_from = %s WHERE id = %s",
                        (date(2000 + rnd.randrange(20), 1 + rnd.randrange(12), 1), info.version_pk))
        boxes.append((origin[0], origin[1], side))
        if (i + 1) % 100 == 0:
            print(f"  {i + 1} plans stored", file=sys.stderr)
    with reg.transaction() as cur:
        cur.execute("ANALYZE")
    return boxes


def bench_at(reg, boxes, queries: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    rnd = random.Random(2)
    times = []
    hits = 0
    for _ in range(queries):
        x0, y0, side = rnd.choice(boxes)
        x, y = x0 + rnd.random() * side * 0.9, y0 + rnd.random() * side * 0.9
        day = date(2000 + rnd.randrange(26), 6, 1)
        t, found = _timed(lambda: reg.at(x, y, day, 7801))  # noqa: B023
        times.append(t * 1000)
        hits += bool(found)
    times.sort()
    return {"queries": queries, "hits": hits, "p50_ms": statistics.median(times),
            "p95_ms": times[int(0.95 * (len(times) - 1))]}


def bench_add(reg, dsn_uri: str, gml: Path, folder: Path, data_dir: Path,  # type: ignore[no-untyped-def]
              stages: bool = False) -> dict[str, Any]:
    """``add`` as the command runs it, then its parts, then ``ogr2ogr`` of the same GML into the same server;
    each in wall and in CPU seconds (this process, its children and the server). With ``stages``, also the CPU
    seconds of each process in each step (:mod:`process_cpu`), under ``"stages"``."""
    from plu_model.readers import read_dataset
    from register.adding import add_plan
    from validators import ValidationOptions, validate

    split: dict[str, dict[str, float]] = {}

    def step(name: str, fn):  # type: ignore[no-untyped-def]
        if not stages:
            return _measured(data_dir, fn)
        with ProcessCpu(data_dir) as by_process:
            wall, cpu, value = _measured(data_dir, fn)
        split[name] = {"wall": wall, **by_process.by_role()}
        return wall, cpu, value

    t_full, c_full, result = step("add", lambda: add_plan(reg, gml, "bench", force=True))
    t_validate, c_validate, _ = step("validate", lambda: validate(str(gml), ValidationOptions(profile="bg")))
    t_read, c_read, (data, _) = step("store: read", lambda: read_dataset(gml))
    data.plan.inspire_id = dataclasses.replace(data.plan.inspire_id, local_id="bench-copy")  # a first version
    t_db, c_db, _ = step("store: rows and COPY", lambda: reg.add(data, "bench"))
    del data
    t_store = t_read + t_db
    cmd = ["ogr2ogr", "-f", "PostgreSQL", f"PG:{dsn_uri}", str(gml), "-lco", "SCHEMA=ogr_bench",
           "-lco", "OVERWRITE=YES", "-nlt", "PROMOTE_TO_MULTI", "--config", "PG_USE_COPY", "YES"]
    with reg.transaction() as cur:
        cur.execute("CREATE SCHEMA IF NOT EXISTS ogr_bench")
    t_ogr, c_ogr, run = step("ogr2ogr", lambda: subprocess.run(cmd, capture_output=True, text=True, cwd=folder))
    if run.returncode != 0:
        print(f"ogr2ogr failed: {run.stderr.strip()[:300]}", file=sys.stderr)
    if stages and result.version:  # the small-file path on the big file: the same version stored again, from one pass
        with reg.transaction() as cur:
            cur.execute("DELETE FROM plan WHERE id = %s", (result.version.plan_id,))
        step("add in one pass", lambda: add_plan(reg, gml, "bench", force=True, parallel_bytes=None))
    out: dict[str, Any] = {
        "add_validate_and_store_s": t_full, "validate_only_s": t_validate, "add_store_only_s": t_store,
        "of_which_gml_read_s": t_read, "of_which_database_s": t_db, "ogr2ogr_s": t_ogr,
        "ratio_with_validation": t_full / t_ogr, "ratio_validate_vs_ogr2ogr": t_validate / t_ogr,
        "ratio_store_vs_ogr2ogr": t_store / t_ogr, "ratio_database_vs_ogr2ogr": t_db / t_ogr,
        "cpu_add_s": c_full, "cpu_validate_only_s": c_validate, "cpu_store_only_s": c_read + c_db,
        "cpu_database_s": c_db, "cpu_ogr2ogr_s": c_ogr, "cpu_ratio_with_validation": c_full / c_ogr,
        "stored": result.version.ref if result.version else None}
    if stages:
        out["stages"] = split
    return out


def stage_lines(split: dict[str, dict[str, float]]) -> list[str]:
    """The CPU seconds of each step by process, each against ``ogr2ogr``'s total CPU in the same run."""
    def cpu(roles: dict[str, float]) -> float:
        return sum(v for k, v in roles.items() if k != "wall")

    ogr = cpu(split.get("ogr2ogr", {})) or float("nan")
    lines = [f"CPU seconds by process (ogr2ogr in the same run: {ogr:.2f} s of CPU, its process and the server's)"]
    for name, roles in split.items():
        total = cpu(roles)
        parts = ", ".join(f"{role} {sec:.2f}" for role, sec in sorted(roles.items(), key=lambda kv: -kv[1])
                          if role != "wall" and sec >= 0.005)
        lines.append(f"  {name:22s} {total:6.2f} s  ({total / ogr:4.2f}× ogr2ogr; wall {roles['wall']:5.2f} s)  {parts}")
    return lines


def bench_open(reg, ref: str, folder: Path, repeat: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Both opens ``repeat`` times, interleaved; medians."""
    from app.document import PlanDocument, prepare_working_copy, prepare_written_copy
    from app.qgis_runtime import qgis_app
    from plu_model.geopackage import save_dataset
    from register.sync import open_for_editing

    qgis_app()

    gpkg = folder / "big.gpkg"
    save_dataset(gpkg, reg.dataset(ref))

    def show(prepared) -> None:  # type: ignore[no-untyped-def]
        doc = PlanDocument(prepared)
        doc.load_layers()
        doc.close()

    def open_register() -> None:  # as File ▸ Open from register does: rows written as the working copy
        show(prepare_written_copy(lambda path: (open_for_editing(reg, ref, path, defer_keys=True).crs, ref)))

    gpkg_times, reg_times = [], []
    for _ in range(repeat):
        gpkg_times.append(_timed(lambda: show(prepare_working_copy(gpkg)))[0])
        reg_times.append(_timed(open_register)[0])
    t_gpkg, t_reg = statistics.median(gpkg_times), statistics.median(reg_times)
    return {"open_geopackage_s": t_gpkg, "open_from_register_s": t_reg, "ratio": t_reg / t_gpkg}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--plans", type=int, default=50)
    ap.add_argument("--zones", type=int, default=100, help="zoning elements per plan")
    ap.add_argument("--big", type=int, default=5000, help="zones of the plan used for add and open (0: skip them)")
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--no-open", action="store_true", help="skip the desktop comparison (needs QGIS)")
    ap.add_argument("--repeat", type=int, default=3, help="opens of each kind, interleaved (medians)")
    ap.add_argument("--stages", action="store_true",
                    help="also print the CPU seconds of every process in each step of add (this process, the "
                         "XSD/XML child, the store worker, the server's backends) against ogr2ogr's")
    args = ap.parse_args(argv)

    from exporters.gml_writer import write_gml
    from register.cluster import EmbeddedCluster
    from register.provider import RegisterProvider, init_register

    folder = Path(tempfile.mkdtemp(prefix="plu-register-bench-"))
    cluster = EmbeddedCluster(folder)
    try:
        init_register(cluster.start_scratch())
        with RegisterProvider(cluster.dsn()) as reg:
            t_fill, boxes = _timed(lambda: fill(reg, args.plans, args.zones))
            print(f"scale: {args.plans} plans × {args.zones} zones = {args.plans * args.zones} zoning elements "
                  f"(stored in {t_fill:.1f} s)")
            print("at:", {k: round(v, 2) for k, v in bench_at(reg, boxes, args.queries).items()})
            if args.big <= 0:
                return 0
            big, _side, _origin = _generated(args.plans, args.big)
            gml = folder / "big.gml"
            write_gml(gml, big)
            del big  # not kept alive while add and validation run in this process
            uri = f"host={cluster.data} dbname=plu_register user=plu_owner"
            added = bench_add(reg, uri, gml, folder, cluster.data, stages=args.stages)
            split = added.pop("stages", None)
            print(f"add of a {args.big}-zone plan:", {k: round(v, 2) if isinstance(v, float) else v
                                                     for k, v in added.items()})
            if split:
                print("\n".join(stage_lines(split)))
            if not args.no_open and added["stored"]:
                opened = bench_open(reg, added["stored"], folder, args.repeat)
                print(f"open a {args.big}-zone plan:", {k: round(v, 2) for k, v in opened.items()})
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(recording.run(main, "register", printed_results.register_table))
