"""Both comment stores keep the same promises: whole comments, personal data apart, stable order.

PostgreSQL runs when a local server can be started cheaply (``initdb`` on this
machine; as root it runs as the ``postgres`` user); otherwise those cases skip.
"""

from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import subprocess
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from consultation_fixtures import *  # noqa: F403 - fixtures
from consultation_fixtures import free_port

from participation.comment import Author, Comment, parse_comment
from participation.package_reader import open_package
from participation.service.app import create_app, hash_password
from participation.service.storage import PostgresCommentStore, SqliteCommentStore, open_store


def _integrity_errors() -> tuple[type[Exception], ...]:
    errors: list[type[Exception]] = [sqlite3.IntegrityError]
    try:
        import psycopg2

        errors.append(psycopg2.IntegrityError)
    except ImportError:
        pass
    return tuple(errors)


_INTEGRITY_ERRORS = _integrity_errors()


def _pg_bin() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(os.path.realpath(found)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(candidates[-1]).parent if candidates else None


@pytest.fixture(scope="module")
def postgres_url():
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (initdb not found)")
    pytest.importorskip("psycopg2")
    as_user: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix="plu-pg-"))
    if os.geteuid() == 0:
        if not shutil.which("runuser"):
            pytest.skip("running as root without runuser: initdb refuses root")
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(folder, "postgres")
    port = free_port()
    data = folder / "data"
    subprocess.run([*as_user, str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                    "--no-locale"], check=True, capture_output=True)
    subprocess.run([*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-w", "-l", str(folder / "log"),
                    "-o", f"-k {folder} -p {port} -c listen_addresses=''", "start"], check=True, capture_output=True)
    try:
        yield f"postgresql://postgres@/postgres?host={folder}&port={port}"
    finally:
        subprocess.run([*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        s = SqliteCommentStore(tmp_path / "c.db")
    else:
        url = request.getfixturevalue("postgres_url")
        s = open_store(url)
        assert isinstance(s, PostgresCommentStore)
        with s._db, s._db.cursor() as cur:  # a clean slate per test
            cur.execute("DELETE FROM comment_person; DELETE FROM comment")
    yield s
    s.close()


def _comment(n: int, **changes) -> Comment:
    values = dict(id=f"00000000-0000-4000-8000-{n:012d}", submitted_at=datetime(2025, 10, 2, 10, n, tzinfo=UTC),
                  text=f"Становище {n} <script>", zones=("ZE.smf-01",), paragraph="OD.rules#3")
    values.update(changes)
    return Comment(**values)


def test_comments_round_trip_in_order_with_personal_data_apart(store):
    moment = datetime(2025, 10, 2, 12, 0, 0, 1, tzinfo=UTC)
    geometry = parse_comment({"text": "x", "target": {"geometry": {"type": "LineString", "coordinates": [[23.31, 42.665], [23.312, 42.666]]}}}).geometry
    store.add(_comment(1, geometry=geometry), moment)
    store.add(_comment(2, author=Author("Иван", "ivan@example.org", True)), moment + timedelta(microseconds=1))
    store.add(_comment(3, zones=(), paragraph=None, language="en"), moment + timedelta(microseconds=2))
    anonymous = store.comments()
    assert [s.comment.id[-1] for s in anonymous] == ["1", "2", "3"]
    assert all(s.comment.author is None for s in anonymous)
    assert anonymous[0].comment.geometry.equals(geometry) and anonymous[0].comment.text == "Становище 1 <script>"
    personal = store.comments(personal=True)
    assert personal[1].comment.author == Author("Иван", "ivan@example.org", True)
    assert store.count() == 3


def test_a_failed_write_stores_nothing_and_keeps_the_rest(store):
    store.add(_comment(1), datetime.now(UTC))
    with pytest.raises(_INTEGRITY_ERRORS):
        store.add(_comment(1, text="same id again", author=Author("X", "", True)), datetime.now(UTC))
    assert store.count() == 1
    assert [s.comment.text for s in store.comments(personal=True)] == ["Становище 1 <script>"]
    assert store.comments(personal=True)[0].comment.author is None


def test_moderation_status(store):
    store.add(_comment(1), datetime.now(UTC))
    assert store.set_status(_comment(1).id, "hidden")
    assert not store.set_status("no-such-id", "ok")
    with pytest.raises(ValueError):
        store.set_status(_comment(1).id, "deleted")
    assert store.comments()[0].status == "hidden"


def test_the_service_runs_on_postgresql(postgres_url, package_dir):
    store = PostgresCommentStore(postgres_url, personal_schema="personal")
    try:
        client = create_app(open_package(package_dir), store, moderation_password_hash=hash_password("pg-password-1")).test_client()
        r = client.post("/api/comments", json={"text": "от PostgreSQL", "author": {"name": "Ана", "consent": True}})
        assert r.status_code == 201
        export = client.get("/moderation/export.geojson?personal=1", auth=("m", "pg-password-1")).json
        mine = [f for f in export["features"] if f["id"] == r.json["id"]]
        assert mine[0]["properties"]["author"]["name"] == "Ана"
        with store._db, store._db.cursor() as cur:
            cur.execute("SELECT count(*) FROM personal.comment_person WHERE comment_id = %s", (r.json["id"],))
            assert cur.fetchone()[0] == 1
    finally:
        store.close()


def _pg_cluster(folder: Path) -> tuple[list[str], Path, Path, int]:
    """A private PostgreSQL cluster in ``folder`` (as the postgres user when running as root)."""
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (initdb not found)")
    as_user: list[str] = []
    if os.geteuid() == 0:
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(folder, "postgres")
    subprocess.run([*as_user, str(bin_dir / "initdb"), "-D", str(folder / "data"), "-U", "postgres", "--auth=trust",
                    "-E", "UTF8", "--no-locale"], check=True, capture_output=True)
    return as_user, bin_dir, folder / "data", free_port()


def test_the_postgresql_store_reconnects_after_a_database_restart(package_dir):
    pytest.importorskip("psycopg2")
    folder = Path(tempfile.mkdtemp(prefix="plu-pg-restart-"))
    as_user, bin_dir, data, port = _pg_cluster(folder)
    options = ["-o", f"-k {folder} -p {port} -c listen_addresses=''"]

    def pg_ctl(*args: str) -> None:
        subprocess.run([*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-w", "-l", str(folder / "log"), *args],
                       check=True, capture_output=True)

    pg_ctl(*options, "start")
    store = None
    try:
        store = open_store(f"postgresql://postgres@/postgres?host={folder}&port={port}")
        client = create_app(open_package(package_dir), store).test_client()
        first = client.post("/api/comments", json={"text": "преди рестарта"})
        assert first.status_code == 201
        pg_ctl("-m", "fast", "restart", *options)  # every open connection is cut
        after = [client.post("/api/comments", json={"text": f"след рестарта {i}"}) for i in range(3)]
        assert [r.status_code for r in after] == [201, 201, 201], after[0].get_data(as_text=True)
        assert store.count() == 4
        assert [r.json["reference"][-4:] for r in (first, *after)] == ["0001", "0002", "0003", "0004"]
    finally:
        if store is not None:
            store.close()
        subprocess.run([*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)

def test_local_references_follow_the_prefix_the_package_gave_the_service(tmp_path, plan_gpkg):
    from datetime import UTC, datetime

    from participation.comment import Comment
    from participation.comment_export import ReceivedComment
    from participation.comments_layer import CommentsLayer, import_comments

    moment = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    first = ReceivedComment(Comment("0f0f0f0f-0000-4000-8000-000000000001", moment, "Без номер."), moment)
    import_comments(plan_gpkg, [first], source="mail", settings_json={
        "package_id": "p1", "start": "2026-02-01", "end": "2026-03-31", "reference_prefix": "ПРЗ"})
    plain = ReceivedComment(Comment("0f0f0f0f-0000-4000-8000-000000000002", moment, "И втори."), moment)
    import_comments(plan_gpkg, [plain], source="mail")
    with CommentsLayer(plan_gpkg) as layer:
        assert [r.reference for r in layer.records()] == ["ПРЗ-2026-0001", "ПРЗ-2026-0002"]


def test_a_removed_comment_number_is_not_given_again_but_comes_back_with_it(plan_gpkg):
    from dataclasses import replace
    from datetime import UTC, datetime

    from participation.comment import Comment
    from participation.comment_export import ReceivedComment
    from participation.comments_layer import CommentsLayer
    from plu_model.geopackage import open_plan

    data = open_plan(plan_gpkg)
    moment = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
    first = ReceivedComment(Comment("0e0e0e0e-0000-4000-8000-000000000001", moment, "Първо."), moment)
    second = ReceivedComment(Comment("0e0e0e0e-0000-4000-8000-000000000002", moment, "Второ."), moment)
    with CommentsLayer(plan_gpkg) as layer:
        layer.add([first], data, "test")
        given = layer.record(first.comment.id).reference
        layer.remove(first.comment.id)
        layer.add([second], data, "test")
        assert layer.record(second.comment.id).reference == "ПУП-2026-0002" != given == "ПУП-2026-0001"
        layer.add([replace(first, reference=given)], data, "test")  # undo of the removal
        assert layer.record(first.comment.id).reference == given
    with CommentsLayer(plan_gpkg) as layer:  # and the file remembers it when opened again
        third = ReceivedComment(Comment("0e0e0e0e-0000-4000-8000-000000000003", moment, "Трето."), moment)
        layer.remove(second.comment.id)
        layer.add([third], data, "test")
        assert layer.record(third.comment.id).reference == "ПУП-2026-0003"
