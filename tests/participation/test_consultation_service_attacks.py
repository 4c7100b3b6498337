"""The comment service against the attacks of issue 13: each test first reproduced the hole, then guards the fix."""

from __future__ import annotations

import csv
import io
import logging
import os
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from consultation_fixtures import *  # noqa: F403 - fixtures
from consultation_fixtures import ROOT

import participation.service.moderation as moderation_module
from participation.package_reader import open_package
from participation.service.app import ServiceLimits, create_app, hash_password
from participation.service.login_guard import HASHING_AT_ONCE
from participation.service.ratelimit import RateLimit
from participation.service.storage import SqliteCommentStore
from plu_model.errors import PluInputError

PASSWORD = "a-long-moderation-password"
DANGEROUS = ("=", "+", "-", "@")


@pytest.fixture
def store(tmp_path):
    return SqliteCommentStore(tmp_path / "comments.db")


def _app(package_dir, store, **kwargs):
    kwargs.setdefault("moderation_password_hash", hash_password(PASSWORD))
    kwargs.setdefault("limits", ServiceLimits(requests=RateLimit(10_000, 60), comments=RateLimit(1000, 600)))
    return create_app(open_package(package_dir), store, **kwargs)


@pytest.fixture
def client(package_dir, store):
    return _app(package_dir, store).test_client()


def _from(address: str) -> dict:
    return {"environ_base": {"REMOTE_ADDR": address}}


class _CountingHash:
    """Counts real password checks and the most that ran at once (the CPU an attacker can make us spend)."""

    def __init__(self, real):
        self.real, self.calls, self.running, self.most = real, 0, 0, 0
        self._lock = threading.Lock()

    def __call__(self, hashed: str, password: str) -> bool:
        with self._lock:
            self.calls += 1
            self.running += 1
            self.most = max(self.most, self.running)
        try:
            return self.real(hashed, password)
        finally:
            with self._lock:
                self.running -= 1


@pytest.fixture
def hashes(monkeypatch):
    counter = _CountingHash(moderation_module.check_password_hash)
    monkeypatch.setattr(moderation_module, "check_password_hash", counter)
    return counter


# -- 3. the database is never served -------------------------------------------------------------
def test_the_comment_database_is_not_served_from_inside_the_package(package_copy, monkeypatch, tmp_path):
    monkeypatch.chdir(package_copy)
    package = open_package(".")  # what 'cd pkg && plu consultation serve .' did: package, then its database
    with pytest.raises(PluInputError) as refused:
        create_app(package, SqliteCommentStore("comments.db"), moderation_password_hash=hash_password(PASSWORD))
    assert "comments.db" in refused.value.message("en") and "папката на пакета" in refused.value.message("bg")
    (package_copy / "comments.db").unlink()
    store = SqliteCommentStore(tmp_path / "elsewhere.db")
    client = create_app(package, store, moderation_password_hash=hash_password(PASSWORD)).test_client()
    assert client.post("/api/comments", json={"text": "с лични данни", "author": {
        "name": "Мария", "email": "maria@example.org", "consent": True}}).status_code == 201
    # a copy of the database someone put in the folder after the start is not served either
    for name in ("comments.db", "comments.db-wal", "notes.txt"):
        (package_copy / name).write_bytes(store.path.read_bytes() if name == "comments.db" else b"private")
    for path in ("/comments.db", "/comments.db-wal", "/./comments.db", "/COMMENTS.DB", "/notes.txt"):
        r = client.get(path)
        assert r.status_code == 404 and b"maria@example.org" not in r.data, path
    assert client.get("/data/plan-data.js").status_code == 200  # only the files the manifest lists
    assert client.get("/manifest.json").status_code == 200


def test_serve_from_inside_the_package_is_refused_before_the_database_is_made(package_copy):
    r = subprocess.run([sys.executable, "-m", "plu_cli", "--lang", "en", "consultation", "serve", ".", "--no-moderation",
                        "--port", "1"], cwd=package_copy, capture_output=True, text=True, timeout=120,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 2 and "must not be inside the package folder" in r.stderr and "Traceback" not in r.stderr
    assert not (package_copy / "comments.db").exists()


# -- 6. CSV formulas whatever the separator --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Съгласен;=cmd|' /C calc'!A0;",
    "Съгласен\t=2+3",
    'Съгласен,"=HYPERLINK(""http://evil.example"")"',
    "ред\n@SUM(A1)",
    "Съгласен; +1+1",
])
def test_csv_export_has_no_formula_cell_whatever_the_separator(client, text):
    assert client.post("/api/comments", json={"text": text}).status_code == 201
    body = client.get("/moderation/export.csv", auth=("m", PASSWORD)).get_data(as_text=True).lstrip("\ufeff")
    for delimiter in (",", ";", "\t"):
        for row in csv.reader(io.StringIO(body), delimiter=delimiter):
            for cell in row:
                assert cell.lstrip(" \t\"")[:1] not in DANGEROUS, (delimiter, cell)
    rows = list(csv.reader(io.StringIO(body)))
    assert len(rows) == 2 and "Съгласен" in rows[1][-1] or "ред" in rows[1][-1]


# -- 7. hostile JSON is a 422, never a traceback ---------------------------------------------------
@pytest.mark.parametrize("body", [
    '{"text": "a\\ud800b"}',
    '{"text": "x", "author": {"name": "\\udfff", "consent": true}}',
    '{"text": "x", "target": {"geometry": {"type": "Point", "coordinates": [' + "1" * 4000 + ', 42.665]}}}',
    '{"text": "x", "target": {"geometry": {"type": "Point", "coordinates": [23.31, -' + "9" * 4000 + "]}}}",
])
def test_hostile_json_is_refused_with_422_and_no_traceback(client, store, caplog, body):
    with caplog.at_level(logging.INFO, logger="plu.consultation"):
        r = client.post("/api/comments", data=body, content_type="application/json")
    assert r.status_code == 422, r.get_data(as_text=True)
    assert r.json["error"]["en"] and r.json["error"]["bg"]
    assert not [rec for rec in caplog.records if rec.levelno >= logging.ERROR or rec.exc_info]
    assert store.count() == 0


def test_a_self_crossing_line_is_refused(client, store):
    line = {"type": "LineString", "coordinates": [[23.310, 42.665], [23.312, 42.666], [23.312, 42.665], [23.310, 42.666]]}
    r = client.post("/api/comments", json={"text": "x", "target": {"geometry": line}})
    assert r.status_code == 422 and r.json["error"]["field"] == "geometry"
    assert "самопресича" in r.json["error"]["bg"] and "crosses itself" in r.json["error"]["en"]
    simple = {"type": "LineString", "coordinates": [[23.310, 42.665], [23.312, 42.666], [23.312, 42.665]]}
    assert client.post("/api/comments", json={"text": "x", "target": {"geometry": simple}}).status_code == 201


# -- 7. a retry after a timeout does not file the comment twice ------------------------------------
def test_an_idempotency_key_stops_duplicates(client, store):
    body = {"text": "Моля, запазете парка."}
    key = {"Idempotency-Key": "5b0f8f3e-9d55-4a44-9a38-3d6f2d1c0a11"}
    first = client.post("/api/comments", json=body, headers=key)
    again = client.post("/api/comments", json=body, headers=key)
    assert first.status_code == 201 and again.status_code == 200
    assert again.json["id"] == first.json["id"] and again.json["reference"] == first.json["reference"]
    assert store.count() == 1
    other = client.post("/api/comments", json={"text": "друго"}, headers=key)
    assert other.status_code == 409 and other.json["error"]["bg"]
    assert client.post("/api/comments", json=body, headers={"Idempotency-Key": "x" * 500}).status_code == 422
    assert store.count() == 1


# -- the short reference ------------------------------------------------------------------------
def test_each_comment_gets_the_next_short_reference(client, store, package_dir):
    year = client.get("/api/consultation").json["start"][:4]
    references = []
    with ThreadPoolExecutor(8) as pool:
        for r in pool.map(lambda i: client.post("/api/comments", json={"text": f"№ {i}"}), range(24)):
            assert r.status_code == 201
            references.append(r.json["reference"])
    prefix = open_package(package_dir).settings.reference_prefix
    assert prefix == "ПУП"
    assert sorted(references) == [f"ПУП-{_year_now()}-{n:04d}" for n in range(1, 25)]
    assert sorted(s.reference for s in store.comments()) == sorted(references)
    assert year  # the consultation answers


def _year_now() -> int:
    from datetime import UTC, datetime

    return datetime.now(UTC).year


# -- 5 and 7. logins: the race, the lockout, the CPU ---------------------------------------------
def test_concurrent_wrong_guesses_get_no_more_checks_than_the_limit(package_dir, store, hashes):
    app = _app(package_dir, store, limits=ServiceLimits(requests=RateLimit(10_000, 60), logins=RateLimit(10, 600)))

    def guess(i: int) -> int:
        return app.test_client().get("/moderation", auth=("m", f"guess-{i}"), **_from("198.51.100.1")).status_code

    with ThreadPoolExecutor(16) as pool:
        codes = list(pool.map(guess, range(40)))
    assert hashes.calls <= 10 and codes.count(401) == hashes.calls
    assert codes.count(429) >= 30 and set(codes) <= {401, 429, 503}  # 503: waited too long for the one hashing slot


def test_an_attacker_cannot_lock_out_a_moderator_who_logged_in_before(package_dir, store):
    app = _app(package_dir, store, limits=ServiceLimits(requests=RateLimit(10_000, 60), logins=RateLimit(3, 600)))
    moderator = app.test_client()
    office = _from("203.0.113.5")  # one address for the whole town hall (NAT)
    assert moderator.get("/moderation", auth=("ana", PASSWORD), **office).status_code == 200
    attacker = app.test_client()
    codes = [attacker.get("/moderation", auth=("ana", f"guess-{i}"), **office).status_code for i in range(8)]
    # the address had 3 checks in the window and the moderator's own login took one
    assert codes[:2] == [401] * 2 and set(codes[2:]) == {429}
    assert attacker.get("/moderation", auth=("ana", PASSWORD), **office).status_code == 429
    # the moderator's browser carries the device cookie of the earlier login: still let in
    fresh = app.test_client()
    fresh.set_cookie(*_device_cookie(moderator), path="/moderation")
    assert fresh.get("/moderation", auth=("ana", PASSWORD), **office).status_code == 200
    # a forged or foreign device cookie does not open the lock
    forged = app.test_client()
    forged.set_cookie("plu_device", "ana|9999999999|" + "0" * 64, path="/moderation")
    assert forged.get("/moderation", auth=("ana", PASSWORD), **office).status_code == 429


def _device_cookie(client) -> tuple[str, str]:
    cookie = client.get_cookie("plu_device", path="/moderation")
    assert cookie is not None, "a successful login gives the browser a device cookie"
    return "plu_device", cookie.value


def test_password_guessing_from_many_addresses_is_capped_globally(package_dir, store, hashes):
    limits = ServiceLimits(requests=RateLimit(10_000, 60), logins=RateLimit(10, 600), all_logins=RateLimit(30, 600))
    app = _app(package_dir, store, limits=limits)

    def attack(n: int) -> list[int]:
        c = app.test_client()
        return [c.get("/moderation", auth=("m", f"g{n}-{i}"), **_from(f"198.51.100.{n + 1}")).status_code
                for i in range(10)]

    with ThreadPoolExecutor(24) as pool:
        codes = [c for batch in pool.map(attack, range(24)) for c in batch]
    assert hashes.calls <= 30 and hashes.most <= HASHING_AT_ONCE
    assert codes.count(401) == hashes.calls and codes.count(429) >= 210 and set(codes) <= {401, 429, 503}
    cheap = app.test_client().get("/moderation", auth=("m", "x" * 5000), **_from("192.0.2.99"))
    assert cheap.status_code in (401, 429) and hashes.calls <= 30  # an absurd password is refused unhashed


# -- 7. CSRF: per login, and same-origin ------------------------------------------------------------
def _token(client) -> str:
    page = client.get("/moderation", auth=("m", PASSWORD)).get_data(as_text=True)
    return page.split('name="csrf" value="')[1].split('"')[0]


def test_the_form_token_is_per_login_and_the_origin_is_checked(client, package_dir, store):
    cid = client.post("/api/comments", json={"text": "x"}).json["id"]
    token = _token(client)
    other = client.application.test_client()
    other_token = _token(other)
    assert token != other_token
    form = {"id": cid, "status": "hidden"}
    assert other.post("/moderation/status", data={**form, "csrf": token}, auth=("m", PASSWORD)).status_code == 400
    evil = client.post("/moderation/status", data={**form, "csrf": token}, auth=("m", PASSWORD),
                       headers={"Origin": "https://evil.example"})
    assert evil.status_code == 403 and "evil" not in evil.get_data(as_text=True)
    evil_ref = client.post("/moderation/status", data={**form, "csrf": token}, auth=("m", PASSWORD),
                           headers={"Referer": "https://evil.example/page"})
    assert evil_ref.status_code == 403
    for headers in ({"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"}, {"Origin": "null"}):
        forged = client.post("/moderation/status", data={**form, "csrf": token}, auth=("m", PASSWORD), headers=headers)
        assert forged.status_code == 403, headers
    assert store.comments()[0].status == "new"
    ok = client.post("/moderation/status", data={**form, "csrf": token}, auth=("m", PASSWORD),
                     headers={"Origin": "http://localhost", "Sec-Fetch-Site": "same-origin"})
    assert ok.status_code == 303 and store.comments()[0].status == "hidden"


@pytest.mark.parametrize("uri", ["nosuch://x", "plu-sqlite:////no/such/folder/limits.db", "plu-sqlite://"])
def test_an_unusable_limits_storage_is_a_clear_error(package_dir, tmp_path, uri):
    r = subprocess.run([sys.executable, "-m", "plu_cli", "--lang", "en", "consultation", "serve", str(package_dir),
                        "--no-moderation", "--db", f"sqlite:///{tmp_path / 'c.db'}", "--limits-storage", uri],
                       cwd=tmp_path, capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 2 and "cannot count rate limits there" in r.stderr and "Traceback" not in r.stderr, r.stderr


def test_csv_keeps_geometry_exact_west_and_south():
    from datetime import UTC, datetime

    from shapely import wkt as shapely_wkt

    from participation.comment import Comment
    from participation.comment_export import ReceivedComment, comments_csv

    line = shapely_wkt.loads("LINESTRING (-70.5 -33.4, -70.6 -33.5)")
    comment = Comment(id="00000000-0000-4000-8000-000000000001", submitted_at=datetime(2026, 1, 2, tzinfo=UTC),
                      text="-1 за плана", geometry=line)
    [row] = list(csv.DictReader(io.StringIO(comments_csv([ReceivedComment(comment)]))))
    assert shapely_wkt.loads(row["geometry_wkt_wgs84"]).equals(line) and row["text"] == "'-1 за плана"


def test_a_moderators_pages_after_login_cost_one_hash(client, hashes):
    for _ in range(6):
        assert client.get("/moderation", auth=("m", PASSWORD)).status_code == 200
    assert hashes.calls == 1
    stranger = client.application.test_client()  # same password, no session: no shortcut
    assert stranger.get("/moderation", auth=("m", PASSWORD)).status_code == 200 and hashes.calls == 2
