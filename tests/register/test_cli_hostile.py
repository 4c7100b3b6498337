"""``plu register`` used clumsily and with hostile arguments, through the real command line against a real register.

Each case is something a municipal data officer (or an attacker) typed: the answer is one clear line in the
user's language that names the file, plan or place, a meaningful exit code, never a traceback, a password
or a hang.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from city import DETAILED_1, dataset
from conftest_paths import ROOT, SAMPLE

from register.provider import RegisterProvider

SECRET = "hunter2-not-for-eyes"


def _run(*args: str, home: Path | None = None, env: dict[str, str] | None = None,
         cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """``plu ARGS`` in a child process; without ``home`` the private register is a folder that does not exist."""
    base = {**os.environ, "PYTHONPATH": str(ROOT), "PLU_LANG": "en",
            "PLU_REGISTER_HOME": str(home or Path(tempfile.gettempdir()) / "plu-no-register-here")}
    return subprocess.run([sys.executable, "-m", "plu_cli", *args], cwd=cwd, env={**base, **(env or {})},
                          capture_output=True, text=True, timeout=300)


def _clean_refusal(r: subprocess.CompletedProcess[str], *words: str, code: int = 2) -> None:
    said = r.stdout + r.stderr
    assert r.returncode == code, said
    assert "Traceback" not in said and SECRET not in said, said
    for word in words:
        assert word in said, (word, said)


@pytest.fixture
def city(fresh_db):
    """A register with the test city's first detailed plan (authority ``city_a``), and the plan as a GML file."""
    from exporters.gml_writer import write_gml
    from register_fixtures import store_first_detailed_plan

    store_first_detailed_plan(fresh_db, in_force=False)
    folder = Path(tempfile.mkdtemp(prefix="plu-hostile-"))
    gml = folder / "d1.gml"
    write_gml(gml, dataset(DETAILED_1))
    yield fresh_db, gml
    shutil.rmtree(folder, ignore_errors=True)


# -- --db ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("db", ["not a dsn at all", f"user=bob password={SECRET} trailing",
                                f"postgresql://bob:{SECRET}%zz@localhost/x"])
def test_a_db_that_is_no_connection_string_is_refused_without_showing_it(db):
    _clean_refusal(_run("register", "list", "--db", db), "--db is not a PostgreSQL connection string")
    _clean_refusal(_run("--lang", "bg", "register", "list", "--db", db), "--db не е низ за връзка")


def test_an_empty_db_is_refused_rather_than_taken_for_the_private_register():
    _clean_refusal(_run("register", "list", "--db", ""), "--db is empty")


def test_init_never_prints_the_password_of_its_db(fresh_db):
    r = _run("register", "init", "--db", f"{fresh_db} password={SECRET}", "--json")
    assert r.returncode == 0, r.stderr
    assert SECRET not in r.stdout + r.stderr and "password=***" in r.stdout


def test_a_private_register_lives_in_a_folder_with_spaces_and_cyrillic_named_relatively():
    folder = Path(tempfile.mkdtemp(prefix="plu-регистър с интервал "))
    home = folder / "моят регистър"
    try:
        r = _run("register", "init", "--home", "моят регистър", cwd=folder)  # relative to where the user is
        assert r.returncode == 0 and "0001_store" in r.stdout, r.stderr
        assert f"PLU_REGISTER_HOME={home}" in r.stdout
        r = _run("register", "list", home=home)
        assert r.returncode == 0 and "the register is empty" in r.stdout, r.stderr
    finally:
        _run("register", "stop", home=home)
        shutil.rmtree(folder, ignore_errors=True)


# -- grant ---------------------------------------------------------------------------------------------
def _role_exists(dsn: str, name: str) -> bool:
    import psycopg2

    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,))
        found = cur.fetchone() is not None
    conn.close()
    return found


def test_grant_with_a_password_variable_that_is_not_set_grants_nothing(fresh_db):
    env = {k: v for k, v in os.environ.items() if k != "PLU_TEST_UNSET_PASSWORD"}
    r = subprocess.run([sys.executable, "-m", "plu_cli", "register", "grant", "nopass_user", "reader", "--db", fresh_db,
                        "--password-env", "PLU_TEST_UNSET_PASSWORD"], cwd=ROOT,
                       env={**env, "PYTHONPATH": str(ROOT), "PLU_LANG": "en"}, capture_output=True, text=True,
                       timeout=120)
    _clean_refusal(r, "PLU_TEST_UNSET_PASSWORD", "nothing was granted")
    assert not _role_exists(fresh_db, "nopass_user")


def test_grant_names_an_authority_code_that_the_register_cannot_hold(fresh_db):
    r = _run("register", "grant", "eve", "reader", "--db", fresh_db, "--authority", "Столична община")
    _clean_refusal(r, "'Столична община' is not an authority code", "--authority-name")
    assert "check constraint" not in r.stderr


def test_add_for_an_unknown_authority_names_the_command_that_adds_it(city):
    db, gml = city
    r = _run("register", "add", str(gml), "--db", db, "--authority", "nowhere", "--force")
    _clean_refusal(r, "authority nowhere is not in the register", "--authority nowhere")


# -- add -----------------------------------------------------------------------------------------------
def test_add_of_a_folder_says_it_is_a_folder(city, tmp_path):
    db, gml = city
    _clean_refusal(_run("register", "add", str(gml.parent), "--db", db, "--authority", "city_a"), "is a folder")


@pytest.mark.parametrize("srs_name,words", [
    ("EPSG:999999", ["srsName 'EPSG:999999' names EPSG:999999, a CRS PROJ does not know"]),  # was "Invalid reserved SRID"
    ("http://example.com/crs/local", ["no geometry with a usable CRS", "http://example.com/crs/local"]),  # was "null
    # value in column crs"
])
def test_add_with_force_of_a_plan_in_no_usable_crs_names_the_file_and_the_srs_name(city, srs_name, words):
    db, gml = city
    text = gml.read_text(encoding="utf-8")
    [written] = set(re.findall(r'srsName="([^"]+)"', text))
    odd = gml.with_name("odd-crs.gml")
    odd.write_text(text.replace(written, srs_name), encoding="utf-8")
    r = _run("register", "add", str(odd), "--db", db, "--authority", "city_a", "--force")
    _clean_refusal(r, str(odd), *words)
    assert "register refused the request" not in r.stderr


def test_add_of_a_file_with_two_plans_names_the_file(city):
    db, gml = city
    text = gml.read_text(encoding="utf-8")
    start = text.index("<plu:SpatialPlan ")
    end = text.index("</plu:SpatialPlan>") + len("</plu:SpatialPlan>")
    second = text[start:end].replace('gml:id="', 'gml:id="two.').replace(DETAILED_1.local_id, "second-plan")
    two = gml.with_name("две плана.gml")
    two.write_text(text[:end] + "</base:member><base:member>" + second + text[end:], encoding="utf-8")
    r = _run("register", "add", str(two), "--db", db, "--authority", "city_a", "--force")
    _clean_refusal(r, str(two), "exactly one SpatialPlan", "has 2")


def test_add_of_a_wfs_answer_without_its_plan_says_which_file_to_add(city):
    db, _gml = city
    answer = ROOT / "tests" / "data" / "realworld" / "wfs_answer_25833.gml"  # zoning elements, no SpatialPlan
    assert "SpatialPlan" not in answer.read_text(encoding="utf-8")
    r = _run("register", "add", str(answer), "--db", db, "--authority", "city_a", "--force", "--profile", "inspire")
    _clean_refusal(r, str(answer), "holds no SpatialPlan", "add the file that holds its SpatialPlan")


def test_a_second_add_of_a_plan_being_added_is_told_so_within_seconds(city):
    """A big ``add`` keeps its transaction open while it validates; a second ``add`` of the same plan does not
    wait all that time to fail on the version number both took: it is told who is in the way."""
    from register.cluster import SUPERUSER
    from register.plan_lock import LOCK_WAIT

    db, gml = city
    holding, release = threading.Event(), threading.Event()

    def first_planner() -> None:  # stores a version and keeps its transaction open, as the store worker does
        with RegisterProvider(db) as reg:
            try:
                with reg.transaction() as cur:
                    reg.store(cur, dataset(DETAILED_1), "city_a")
                    holding.set()
                    release.wait(120)
                    raise KeyboardInterrupt  # rolled back: the first planner's validation refused it
            except KeyboardInterrupt:
                pass

    thread = threading.Thread(target=first_planner)
    thread.start()
    try:
        assert holding.wait(60)
        start = time.monotonic()
        r = _run("register", "add", str(gml), "--db", db, "--authority", "city_a", "--force")
        took = time.monotonic() - start
        # the holder is the cluster's own login, through RegisterProvider (program plu-studio)
        _clean_refusal(r, f"plan {DETAILED_1.local_id} is being stored as a new version by {SUPERUSER} (with "
                          "plu-studio), since ")
        assert took < float(LOCK_WAIT.rstrip("s")) + 30
    finally:
        release.set()
        thread.join(60)
    with RegisterProvider(db) as reg:
        assert [v.version_no for v in reg.versions(DETAILED_1.local_id)] == [1]  # nothing half-stored


def test_a_killed_store_worker_is_reported_and_stores_nothing(city):
    from register.errors import RegisterError
    from register.store_worker import StoreRequest, StoreWorker

    db, gml = city
    worker = StoreWorker(StoreRequest(db, str(gml), "city_a"))
    worker._proc.kill()
    with pytest.raises(RegisterError) as caught:
        worker.finish(commit=True)
    assert f"the process storing {gml} was stopped (signal 9)" in str(caught.value)
    assert "процесът" in caught.value.message("bg")
    with RegisterProvider(db) as reg:
        assert [v.version_no for v in reg.versions(DETAILED_1.local_id)] == [1]


# -- status, diff, in-force, export --------------------------------------------------------------------
def test_status_backwards_names_the_version_and_the_order(city):
    from plu_model.codelists import codelist

    db, _ = city
    ref = f"{DETAILED_1.local_id}@1"
    _clean_refusal(_run("register", "status", ref, "elaboration", "--db", db),
                   f"{ref} is in adoption and cannot go back to elaboration")
    adoption = codelist("ProcessStepGeneralValue").by_code("adoption").label("bg")  # the step by its name
    _clean_refusal(_run("--lang", "bg", "register", "status", ref, "elaboration", "--db", db),
                   f"{ref} е в етап „{adoption}“ (adoption)")


def test_diff_of_a_version_with_itself_says_there_is_no_difference(city):
    db, _ = city
    r = _run("register", "diff", DETAILED_1.local_id, f"{DETAILED_1.local_id}@1", "--db", db)
    assert r.returncode == 0 and r.stdout.strip().endswith("no differences"), r.stdout + r.stderr


@pytest.mark.parametrize(("box", "words"), [(["10", "10", "0", "0"], "is inside out"),
                                            (["nan", "0", "1", "1"], "is not a place")])
def test_in_force_refuses_a_box_that_is_no_box(published_plan, tmp_path, box, words):
    r = _run("register", "in-force", "--db", published_plan, "--out", str(tmp_path / "x.gml"), "--bbox", *box)
    _clean_refusal(r, words)
    assert not (tmp_path / "x.gml").exists() and "RuntimeWarning" not in r.stderr


def test_in_force_in_a_box_of_the_wrong_crs_says_which_crs_the_box_was_read_in(published_plan, tmp_path):
    r = _run("register", "in-force", "--db", published_plan, "--out", str(tmp_path / "x.gml"),
             "--bbox", "23.2", "42.6", "23.3", "42.7")
    _clean_refusal(r, "inside the box 23.2 42.6 23.3 42.7 in EPSG:7801", code=1)


def test_export_to_a_place_that_cannot_be_written_names_that_place(city):
    db, _ = city
    out = "/proc/plu-register-export.gml"
    r = _run("register", "export", DETAILED_1.local_id, out, "--db", db)
    _clean_refusal(r, f"{out}: no such file or folder")
    assert ".tmp" not in r.stderr
    _clean_refusal(_run("--lang", "bg", "register", "export", DETAILED_1.local_id, out, "--db", db),
                   f"{out}: няма такъв файл или папка")


def test_a_server_that_ends_the_session_mid_command_is_a_lost_connection_not_a_refusal(city):
    import psycopg2

    from register.errors import RegisterError

    db, _ = city
    with RegisterProvider(db) as reg:
        pid = reg.conn.get_backend_pid()
        admin = psycopg2.connect(db)
        with admin.cursor() as cur:
            cur.execute("SELECT pg_terminate_backend(%s)", (pid,))
        admin.close()
        with pytest.raises(RegisterError) as caught:
            reg.plans()
    assert "the connection to the register was lost" in str(caught.value) and "refused" not in str(caught.value)
    assert "връзката с регистъра прекъсна" in caught.value.message("bg")


def test_a_decimal_comma_in_a_coordinate_is_named_with_the_fix():
    _clean_refusal(_run("register", "at", "23,2596", "42.6358"), "'23,2596' is not a number", "(23.2596)")
    _clean_refusal(_run("--lang", "bg", "register", "in-force", "--out", "x.gml", "--bbox", "1", "2", "3,5", "4"),
                   "„3,5“ не е число", "(3.5)")


def _waiting_sessions(dsn: str) -> int:
    import psycopg2

    conn = psycopg2.connect(dsn)
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'plu-studio' "
                    "AND wait_event_type = 'Lock'")
        found = int(cur.fetchone()[0])
    conn.close()
    return found


def test_a_store_worker_ends_when_the_add_that_started_it_is_killed(city):
    """``kill -9`` of ``plu register add`` must not leave its store worker at work (here: waiting for a table
    another session holds) to store a plan that nobody will commit."""
    import signal

    import psycopg2

    db, gml = city
    holder = psycopg2.connect(db)
    with holder.cursor() as cur:
        cur.execute("LOCK TABLE authority IN ACCESS EXCLUSIVE MODE")  # held until the end of this test
    parent = subprocess.Popen(
        [sys.executable, "-c", "import time\n"
         "from register.store_worker import StoreRequest, StoreWorker\n"
         f"w = StoreWorker(StoreRequest({db!r}, {str(gml)!r}, 'city_a'))\n"
         "print(w._proc.pid, flush=True)\ntime.sleep(600)\n"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, text=True)
    worker = int(parent.stdout.readline())
    try:
        deadline = time.monotonic() + 60
        while _waiting_sessions(db) == 0:
            assert time.monotonic() < deadline, "the store worker never reached the register"
            time.sleep(0.1)
        parent.send_signal(signal.SIGKILL)
        parent.wait(30)
        deadline = time.monotonic() + 10
        while _alive(worker):
            assert time.monotonic() < deadline, "the store worker outlived the add that started it"
            time.sleep(0.1)
    finally:
        if _alive(worker):
            os.kill(worker, signal.SIGKILL)
        holder.close()


def _alive(pid: int) -> bool:
    """True while ``pid`` runs (a process that ended but is not yet reaped by its new parent does not)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return not fh.read().rsplit(") ", 1)[1].startswith("Z")
    except FileNotFoundError:
        return False


def test_a_date_for_a_step_that_takes_none_is_refused_not_dropped(city):
    db, _ = city
    ref = f"{DETAILED_1.local_id}@1"
    with RegisterProvider(db) as reg:
        reg.add(dataset(DETAILED_1), "city_a")
    draft = f"{DETAILED_1.local_id}@2"
    _clean_refusal(_run("register", "status", draft, "adoption", "--date", "2020-01-01", "--db", db),
                   "adoption takes no date")
    with RegisterProvider(db) as reg:
        assert reg.version(draft).status == "elaboration" and reg.version(ref).status == "adoption"


def test_list_of_an_authority_with_no_plan_names_the_authority(city):
    db, _ = city
    r = _run("register", "list", "--authority", "nowhere", "--db", db)
    assert r.returncode == 0 and "no plan of authority nowhere" in r.stdout, r.stdout + r.stderr
