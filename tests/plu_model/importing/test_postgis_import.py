"""A PostGIS table through a connection string: a throwaway PostgreSQL cluster with PostGIS, local socket only."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from plan_sources import X0, Y0, plan_problems

from plu_model.importing import load_mapping, run_import

PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)), None)
POSTGIS = PG_BIN is not None and any(Path("/usr/share/postgresql").glob("*/extension/postgis.control"))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not POSTGIS, reason="PostgreSQL with PostGIS is not installed (scripts/setup.sh installs it)"),
]


def _as_postgres(args: list[str], **kw) -> subprocess.CompletedProcess:
    if os.geteuid() == 0:  # initdb refuses to run as root
        args = ["runuser", "-u", "postgres", "--", *args]
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=60, **kw)


@pytest.fixture(scope="module")
def database():
    folder = Path(tempfile.mkdtemp(prefix="plu-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    data, socket = folder / "data", folder
    _as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"])
    _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-w", "-l", str(folder / "log"), "-o",
                  f"-k {socket} -p 54329 -c listen_addresses=''", "start"])
    conn = f"host={socket} port=54329 dbname=postgres user=postgres"
    try:
        sql = (
            "CREATE EXTENSION postgis;"
            "CREATE SCHEMA plans;"
            "CREATE TABLE plans.zones (id serial PRIMARY KEY, kod text, kint numeric, geom geometry(Polygon, 7801));"
            f"INSERT INTO plans.zones (kod, kint, geom) VALUES "
            f"('Жм', 1.2, ST_MakeEnvelope({X0}, {Y0}, {X0 + 100}, {Y0 + 100}, 7801)),"
            f"('Смф', 3.5, ST_MakeEnvelope({X0 + 100}, {Y0}, {X0 + 200}, {Y0 + 100}, 7801)),"
            f"('Оз', NULL, ST_MakeEnvelope({X0}, {Y0 + 100}, {X0 + 200}, {Y0 + 150}, 7801));"
        )
        _as_postgres(["psql", "-v", "ON_ERROR_STOP=1", "-h", str(socket), "-p", "54329", "-U", "postgres", "-c", sql])
        yield conn
    finally:
        _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"])
        shutil.rmtree(folder, ignore_errors=True)


def test_a_postgis_table_imports_through_a_connection_string(database, tmp_path):
    (tmp_path / "pg.yaml").write_text(
        "version: 1\nnamespace: BG.TEST.PG\nplan: {official_title: План от база данни, plan_type_name: OUP-O}\n"
        "layers:\n  - name: plans.zones\n    class: ZoningElement\n    id: {field: id}\n"
        "    attributes: {specific_land_use: {field: kod}, regulation_nature: generallyBinding}\n"
        "    dimensioning: {maxFloorAreaRatio: {field: kint}}\n", encoding="utf-8")
    data, report = run_import(f"PG:{database} tables=plans.zones", load_mapping(tmp_path / "pg.yaml"),
                              tmp_path / "pg.gpkg")
    assert report.clean and data.crs == 7801
    zones = {z.inspire_id.local_id: z for z in data.zoning_elements}
    assert {k: z.specific_land_use[0].rsplit("/", 1)[-1] for k, z in zones.items()} == {"1": "Zhm", "2": "Smf", "3": "Oz"}
    assert zones["2"].dimensioning_indication[0].value == 3.5 and zones["3"].dimensioning_indication is None
    assert data.plan.extent.area == pytest.approx(200 * 150)
    assert plan_problems(data) == []
    assert data.metadata["import_source"] == "database"  # the connection string is not stored with the plan


def test_a_password_in_the_connection_string_stays_out_of_the_report(database, tmp_path):
    (tmp_path / "pg.yaml").write_text(
        "version: 1\nnamespace: BG.TEST.PG\nplan: {official_title: План от база данни, plan_type_name: OUP-O}\n"
        "layers:\n  - name: plans.zones\n    class: ZoningElement\n    id: {field: id}\n"
        "    attributes: {specific_land_use: {field: kod, map: {Оз: null}}, regulation_nature: generallyBinding}\n",
        encoding="utf-8")
    # trust authentication ignores the password, so the import runs and reports (the Оз zone has no value)
    data, report = run_import(f"PG:{database} password=Tajna-123 tables=plans.zones", load_mapping(tmp_path / "pg.yaml"))
    assert report.skipped == 1 and report.findings
    shown = report.to_json() + report.format_text("en") + report.format_text("bg")
    assert "Tajna-123" not in shown and "password=***" in shown
    assert all("Tajna-123" not in (f.file or "") for f in report.findings)
