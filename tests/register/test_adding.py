"""``add`` parses a plan once, or (a big file) stores it from a second process while validating: nothing lost either way."""

from __future__ import annotations

import time
from pathlib import Path

import psycopg2
import pytest
from conftest_paths import BROKEN, SAMPLE
from descriptors import targets
from test_store import _content

from plu_model import gml_reader
from plu_model.geopackage import save_dataset
from plu_model.readers import read_dataset
from register.adding import add_plan
from register.errors import AccessDenied, NotFound, RegisterError
from register.provider import RegisterProvider


@pytest.fixture
def parses(monkeypatch):
    """How many times a GML file is parsed (each parse streams ``GmlReader.features`` once)."""
    count = {"n": 0}
    original = gml_reader.GmlReader.features

    def counted(self, *args, **kwargs):
        count["n"] += 1
        return original(self, *args, **kwargs)

    monkeypatch.setattr(gml_reader.GmlReader, "features", counted)
    return count


def test_add_parses_the_gml_once_and_stores_everything_it_read(provider, parses):
    expected, _ = read_dataset(SAMPLE)  # read before counting: the reference, independent of add
    parses["n"] = 0
    provider.ensure_authority("sofia")
    result = add_plan(provider, SAMPLE, "sofia", force=True)
    assert parses["n"] == 1
    assert result.version is not None
    back = provider.dataset(result.version.ref)
    assert _content(back) == _content(expected)
    assert back.metadata == expected.metadata and back.dataset_id == expected.dataset_id


def test_add_of_a_plan_file_stores_what_the_validator_read(provider, tmp_path):
    expected, _ = read_dataset(SAMPLE)
    gpkg = save_dataset(tmp_path / "plan.gpkg", expected)
    provider.ensure_authority("sofia")
    result = add_plan(provider, gpkg, "sofia", force=True)
    assert result.version is not None
    assert _content(provider.dataset(result.version.ref)) == _content(expected)


# -- a big file: read and stored by a second process while this one validates (register.store_worker) ---------
def test_add_beside_the_validation_stores_what_the_file_holds(provider):
    expected, _ = read_dataset(SAMPLE)
    provider.ensure_authority("sofia")
    result = add_plan(provider, SAMPLE, "sofia", force=True, parallel_bytes=0)
    assert result.version is not None and result.version.ref == f"{expected.plan.inspire_id.local_id}@1"
    assert result.version.counts == {k: v for k, v in expected.counts().items() if v}
    back = provider.dataset(result.version.ref)
    assert _content(back) == _content(expected)
    assert back.metadata == expected.metadata and back.dataset_id == expected.dataset_id


def test_the_validation_s_forked_xml_worker_leaves_this_process_s_connection_alone(provider, monkeypatch):
    """``add`` of a big file from one thread: the validation's XML checks run in a fork of this process,
    which holds the register's connection (and the store worker's pipes); the copy never uses them."""
    import dataclasses

    import validators
    from validators import engine, xml_worker

    expected, _ = read_dataset(SAMPLE)
    provider.ensure_authority("sofia")
    validate = validators.validate
    forked = []
    start_forked = xml_worker.start_forked
    monkeypatch.setattr(validators, "validate", lambda source, options: validate(
        source, dataclasses.replace(options, parallel_xsd_bytes=0)))  # SAMPLE as if it were 8 MB
    monkeypatch.setattr(engine, "core_to_spare", lambda *args: True)
    # what the test session holds (QGIS, threads of earlier tests' servers) is idle and never touched in the copy
    monkeypatch.setattr(xml_worker, "fork_is_safe", lambda: True)
    monkeypatch.setattr(xml_worker, "start_forked", lambda run: forked.append(1) or start_forked(run))
    session = provider.conn.get_backend_pid()
    result = add_plan(provider, SAMPLE, "sofia", force=True, parallel_bytes=0)
    assert forked == [1]
    assert result.version is not None and _content(provider.dataset(result.version.ref)) == _content(expected)
    with provider.conn.cursor() as cur:  # the same session as before, still answering
        cur.execute("SELECT pid FROM pg_stat_activity WHERE pid = pg_backend_pid()")
        assert cur.fetchone()[0] == session


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="Linux shows a process's descriptors in /proc")
def test_the_forked_xml_worker_holds_neither_the_store_worker_s_pipes_nor_the_connection(provider, monkeypatch,
                                                                                          tmp_path):
    """The store worker must see its stdin end when this process dies, whatever the validation's child does;
    the register's socket stays this process's alone."""
    import dataclasses
    import json

    import validators
    from register import store_worker
    from validators import engine, xml_worker

    provider.ensure_authority("sofia")
    validate = validators.validate
    monkeypatch.setattr(validators, "validate", lambda source, options: validate(
        source, dataclasses.replace(options, parallel_xsd_bytes=0)))  # SAMPLE as if it were 8 MB
    monkeypatch.setattr(engine, "core_to_spare", lambda *args: True)
    monkeypatch.setattr(xml_worker, "fork_is_safe", lambda: True)  # the session's idle threads are never touched
    listing = tmp_path / "child-fds.json"
    start_forked = xml_worker.start_forked

    def listed(run):
        def run_listed(out):  # in the child, once it runs: what it holds, then its work
            listing.write_text(json.dumps(targets()), encoding="utf-8")
            return run(out)
        return start_forked(run_listed)

    monkeypatch.setattr(xml_worker, "start_forked", listed)
    held_here = {}

    def finish(worker, commit, original=store_worker.StoreWorker.finish):  # the validation is done by now
        held_here.update({name: targets()[stream.fileno()] for name, stream in
                          (("to", worker._to), ("from", worker._from), ("stderr", worker._stderr))})
        return original(worker, commit)

    monkeypatch.setattr(store_worker.StoreWorker, "finish", finish)
    connection = targets()[provider.conn.fileno()]
    result = add_plan(provider, SAMPLE, "sofia", force=True, parallel_bytes=0)
    assert result.version is not None
    in_child = set(json.loads(listing.read_text(encoding="utf-8")).values())
    assert held_here["to"].startswith("pipe:") and held_here["from"].startswith("pipe:")
    assert connection.startswith("socket:")
    assert not {*held_here.values(), connection} & in_child, in_child


def _sessions_in_transaction(dsn: str) -> int:
    """Other sessions of the database that hold a transaction open (the worker waiting for its answer)."""
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND state = 'idle in transaction' AND pid <> pg_backend_pid()")
        return int(cur.fetchone()[0])


def test_a_plan_beside_the_validation_is_invisible_until_it_may_be_stored(provider, fresh_db, monkeypatch):
    import validators

    seen = {}
    real = validators.validate

    def validate_then_look(*args, **kwargs):
        report = real(*args, **kwargs)
        deadline = time.monotonic() + 120
        while _sessions_in_transaction(fresh_db) == 0:  # the worker has stored and waits for the answer
            assert time.monotonic() < deadline, "the worker never stored the plan"
            time.sleep(0.05)
        with RegisterProvider(fresh_db) as other:
            seen["plans"] = other.plans()
        return report

    monkeypatch.setattr(validators, "validate", validate_then_look)
    provider.ensure_authority("sofia")
    refused = add_plan(provider, BROKEN, "sofia", parallel_bytes=0)
    assert refused.version is None and refused.errors
    assert seen["plans"] == [] and provider.plans() == []
    assert _sessions_in_transaction(fresh_db) == 0
    forced = add_plan(provider, BROKEN, "sofia", force=True, parallel_bytes=0)
    assert seen["plans"] == []  # stored, but not committed before the validation allowed it
    assert forced.version is not None and forced.errors
    assert [v.ref for v in provider.plans()] == [forced.version.ref]


def test_a_file_that_is_not_xml_raises_and_leaves_nothing(provider, fresh_db, tmp_path):
    cut = tmp_path / "cut.gml"
    text = SAMPLE.read_bytes()
    cut.write_bytes(text[: len(text) // 2])
    provider.ensure_authority("sofia")
    with pytest.raises(RegisterError) as beside:
        add_plan(provider, cut, "sofia", force=True, parallel_bytes=0)
    with pytest.raises(RegisterError) as in_pass:
        add_plan(provider, cut, "sofia", force=True, parallel_bytes=None)
    assert str(beside.value) == str(in_pass.value)
    assert provider.plans() == [] and _sessions_in_transaction(fresh_db) == 0


def test_row_level_security_holds_for_the_worker(fresh_db, cluster):
    database = fresh_db.rsplit("dbname=", 1)[1].split()[0]
    with RegisterProvider(fresh_db) as owner:
        owner.grant("ana", "planner", "city_a", authority_name="Община А")
        owner.grant("boris", "planner", "city_b", authority_name="Община Б")
    with RegisterProvider(cluster.dsn(user="boris", database=database)) as boris:
        with pytest.raises(AccessDenied):
            add_plan(boris, SAMPLE, "city_a", force=True, parallel_bytes=0)
    with RegisterProvider(cluster.dsn(user="ana", database=database)) as ana:
        stored = add_plan(ana, SAMPLE, "city_a", force=True, parallel_bytes=0).version
        assert stored is not None and stored.authority == "city_a" and stored.created_by == "ana"
        with pytest.raises(NotFound, match="no-such-authority"):
            add_plan(ana, SAMPLE, "no-such-authority", force=True, parallel_bytes=0)
        assert [v.ref for v in ana.plans()] == [stored.ref]


def test_a_refused_plan_leaves_no_transaction_behind(provider, fresh_db):
    provider.ensure_authority("sofia")
    refused = add_plan(provider, BROKEN, "sofia", parallel_bytes=0)  # the worker may still be reading: it is ended
    assert refused.version is None and refused.errors
    deadline = time.monotonic() + 30
    while _sessions_in_transaction(fresh_db):
        assert time.monotonic() < deadline, "the worker's transaction stayed open"
        time.sleep(0.05)
    assert provider.plans() == []
