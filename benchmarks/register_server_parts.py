#!/usr/bin/env python3
"""What each part of the ``feature`` table costs the server when ``add`` COPYs a big plan into it.

    QT_QPA_PLATFORM=offscreen python benchmarks/register_server_parts.py --big 100000 --repeat 2

The register's COPY (``register.store``) is run with the big plan's rows, encoded once beforehand, into
a throw-away private cluster, first into the table as the migrations make it, then with one part taken
away at a time inside the same transaction (rolled back, then ``VACUUM``): the foreign key to
``plan_version`` (a check per row), the statement triggers that read the inserted rows back (their
transition table), each index, and LZ4 (``row_data`` kept with pglz, or out of line uncompressed).
Each figure is the CPU seconds of the COPY's backend (``/proc``), medians of ``--repeat``, against
the backend CPU of ``ogr2ogr -f PostgreSQL`` of the same GML in the same run. A part's cost is the
difference from the table as it is; the rows are the same in every run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import recording

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: name → the statements that take the part away (inside the measured run's transaction)
VARIANTS: dict[str, list[str]] = {
    "as the migrations make it": [],
    "without the foreign key to plan_version": ["ALTER TABLE feature DROP CONSTRAINT feature_version_pk_fkey"],
    "without the two transition-table triggers": ["DROP TRIGGER feature_audit_insert ON feature",
                                                  "DROP TRIGGER feature_text_feature_added ON feature"],
    "without index feature_version (version_pk, ord)": ["DROP INDEX feature_version"],
    "without index feature_version_class": ["DROP INDEX feature_version_class"],
    "without index feature_local (local_id)": ["DROP INDEX feature_local"],
    "without GiST feature_geom_ll": ["DROP INDEX feature_geom_ll"],
    "without the primary key (id)": ["ALTER TABLE feature DROP CONSTRAINT feature_pkey CASCADE"],
    "row_data with pglz instead of LZ4": ["ALTER TABLE feature ALTER row_data SET COMPRESSION pglz"],
    "row_data out of line, uncompressed": ["ALTER TABLE feature ALTER row_data SET STORAGE EXTERNAL"],
}


def _backend_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _copy_once(conn, rows, crs: int, statements: list[str]) -> float:  # type: ignore[no-untyped-def]
    """Backend CPU seconds of one COPY of ``rows`` as a new version, in a transaction rolled back."""
    from register.store import _copy_features, copy_chunks

    cur = conn.cursor()
    cur.execute("SELECT pg_backend_pid()")
    pid = cur.fetchone()[0]
    for sql in statements:
        cur.execute(sql)
    cur.execute("INSERT INTO plan (authority, namespace, local_id, title) VALUES ('bench', 'BENCH', %s, 't') "
                "RETURNING id", (f"parts-{time.time_ns()}",))
    plan_id = cur.fetchone()[0]
    cur.execute("INSERT INTO plan_version (plan_id, version_no, authority, crs) VALUES (%s, 1, 'bench', %s) "
                "RETURNING id", (plan_id, crs))
    version_pk = cur.fetchone()[0]
    chunks = list(copy_chunks(iter(rows), version_pk, "bench", crs))  # encoded before the clock starts
    before = _backend_cpu(pid)
    _copy_features(cur, version_pk, "bench", iter(chunks))
    spent = _backend_cpu(pid) - before
    conn.rollback()
    conn.autocommit = True
    conn.cursor().execute("VACUUM feature")  # the rolled-back rows' index entries go before the next run
    conn.autocommit = False
    return spent


def _ogr_backend_cpu(data_dir: Path, dsn_uri: str, gml: Path, folder: Path) -> float:
    """CPU seconds of the server's backends while ``ogr2ogr`` loads the GML (its own connection's)."""
    from process_cpu import ProcessCpu

    cmd = ["ogr2ogr", "-f", "PostgreSQL", f"PG:{dsn_uri}", str(gml), "-lco", "SCHEMA=ogr_bench",
           "-lco", "OVERWRITE=YES", "-nlt", "PROMOTE_TO_MULTI", "--config", "PG_USE_COPY", "YES"]
    with ProcessCpu(data_dir) as cpu:
        subprocess.run(cmd, capture_output=True, text=True, cwd=folder, check=False)
    return cpu.by_role().get("server backend", 0.0)


def _register_benchmark():  # type: ignore[no-untyped-def]
    """``benchmarks/register.py`` as a module (its name would be the ``register`` package's): the same plan."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("register_benchmark", Path(__file__).with_name("register.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--big", type=int, default=20000, help="zones of the plan")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each variant, interleaved (medians)")
    args = ap.parse_args(argv)

    from exporters.gml_writer import write_gml
    from plu_model.readers import read_dataset
    from register.cluster import EmbeddedCluster
    from register.provider import RegisterProvider, init_register
    from register.store import _stamped_rows

    folder = Path(tempfile.mkdtemp(prefix="plu-register-parts-"))
    cluster = EmbeddedCluster(folder)
    try:
        init_register(cluster.start_scratch())
        big = _register_benchmark()._generated(0, args.big)[0]
        gml = folder / "big.gml"
        write_gml(gml, big)
        del big
        data, _findings = read_dataset(gml)
        rows = list(_stamped_rows(data, 1, {}))
        crs = data.crs
        del data
        with RegisterProvider(cluster.dsn()) as reg:
            reg.ensure_authority("bench")
            with reg.transaction() as cur:
                cur.execute("CREATE SCHEMA IF NOT EXISTS ogr_bench")
            uri = f"host={cluster.data} dbname=plu_register user=plu_owner"
            ogr = _ogr_backend_cpu(cluster.data, uri, gml, folder)
            spent: dict[str, list[float]] = {name: [] for name in VARIANTS}
            for _ in range(args.repeat):
                for name, statements in VARIANTS.items():
                    spent[name].append(_copy_once(reg.conn, rows, crs, statements))
        base = statistics.median(spent["as the migrations make it"])
        print(f"COPY of a {args.big}-zone plan into feature: server CPU seconds (ogr2ogr's backend: {ogr:.2f} s), "
              f"medians of {args.repeat}")
        print("| table | server CPU | against ogr2ogr's | the part costs |")
        print("|---|---:|---:|---:|")
        for name, runs in spent.items():
            cpu = statistics.median(runs)
            part = "—" if name.startswith("as the") else f"{base - cpu:+.2f} s"
            print(f"| {name} | {cpu:.2f} s | {cpu / ogr:.1f}× | {part} |")
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(recording.run(main, "register_server_parts"))
