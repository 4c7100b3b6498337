"""The comment service under hostile input: refused or neutralised, and nothing stored is lost."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest
from consultation_fixtures import *  # noqa: F403 - fixtures
from consultation_fixtures import open_settings

from participation.comment_export import comments_csv
from participation.package import build_package
from participation.package_reader import open_package
from participation.service.app import BODY_LIMIT, ServiceLimits, create_app, hash_password
from participation.service.ratelimit import RateLimit
from participation.service.storage import SqliteCommentStore, open_store

PASSWORD = "a-long-moderation-password"
AREA = {"type": "Polygon", "coordinates": [[[23.3100, 42.6650], [23.3120, 42.6650], [23.3120, 42.6660], [23.3100, 42.6650]]]}


@pytest.fixture
def store(tmp_path):
    return SqliteCommentStore(tmp_path / "comments.db")


def _app(package_dir, store, **kwargs):
    kwargs.setdefault("moderation_password_hash", hash_password(PASSWORD))
    kwargs.setdefault("limits", ServiceLimits(requests=RateLimit(1000, 60), comments=RateLimit(50, 600)))
    return create_app(open_package(package_dir), store, **kwargs)


@pytest.fixture
def client(package_dir, store):
    return _app(package_dir, store).test_client()


def _post(client, body, **kwargs):
    return client.post("/api/comments", json=body, **kwargs)


def _seed(client):
    """Three good comments: the ones nothing may lose."""
    ids = []
    for body in (
        {"text": "Височината в Смф е прекалена.", "target": {"zones": ["ZE.smf-01"], "paragraph": "OD.rules#5"}},
        {"text": "Паркът трябва да е по-голям.", "target": {"geometry": AREA}, "author": {"name": "Мария", "email": "maria@example.org", "consent": True}},
        {"text": "Общо: подкрепям плана.", "language": "en"},
    ):
        r = _post(client, body)
        assert r.status_code == 201, r.json
        ids.append(r.json["id"])
    return ids


def _snapshot(store):
    return [(s.comment.id, s.comment.text, s.comment.zones, s.comment.paragraph, s.status,
             None if s.comment.geometry is None else s.comment.geometry.wkt) for s in store.comments(personal=True)]


def test_a_comment_is_stored_with_personal_data_apart(client, store):
    ids = _seed(client)
    assert store.count() == 3
    db = sqlite3.connect(store.path)
    columns = {row[1] for row in db.execute("PRAGMA table_info(comment)")}
    assert not columns & {"name", "email", "author"}
    people = db.execute("SELECT comment_id, name, email FROM comment_person").fetchall()
    assert people == [(ids[1], "Мария", "maria@example.org")]
    texts = [r[0] for r in db.execute("SELECT text FROM comment")]
    assert not any("maria@example.org" in t for t in texts)


def test_script_tags_are_stored_as_text_and_escaped_everywhere_shown(client, store):
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    r = _post(client, {"text": evil, "author": {"name": "<b>Boss</b>", "email": "boss@example.org", "consent": True}})
    assert r.status_code == 201
    assert store.comments()[0].comment.text == evil  # kept exactly, neutralised on output
    page = client.get("/moderation?personal=1", auth=("moderator", PASSWORD)).get_data(as_text=True)
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>Boss" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page and "&lt;b&gt;Boss&lt;/b&gt;" in page
    assert "script-src 'self'" in client.get("/moderation", auth=("moderator", PASSWORD)).headers["Content-Security-Policy"]


def test_csv_export_neutralises_formulas(client, store):
    _post(client, {"text": '=HYPERLINK("http://evil.example","click")'})
    _post(client, {"text": "+cmd|' /C calc'!A0"})
    csv_text = client.get("/moderation/export.csv", auth=("m", PASSWORD)).get_data(as_text=True)
    rows = csv_text.splitlines()
    assert "'=HYPERLINK" in csv_text and "'+cmd" in csv_text
    assert not any(cell.startswith(("=", "+")) for row in rows[1:] for cell in row.split(","))
    assert comments_csv([]).startswith("id,reference,received_at")


def test_oversized_bodies_are_refused_and_nothing_is_lost(client, store):
    _seed(client)
    before = _snapshot(store)
    position = [23.31, 42.665]  # each takes 16 bytes in the list: more of them than fit under the limit
    huge = {"text": "я" * 5000, "target": {"geometry": {"type": "LineString",
                                                       "coordinates": [position] * (BODY_LIMIT // 16 + 1)}}}
    r = client.post("/api/comments", data=json.dumps(huge), content_type="application/json")
    assert r.status_code == 413 and r.json["error"]["bg"]
    r = client.post("/api/comments", data=b"{" + b" " * (BODY_LIMIT + 10) + b"}", content_type="application/json")
    assert r.status_code == 413
    r = _post(client, {"text": "я" * 5001})
    assert r.status_code == 422 and r.json["error"]["field"] == "text"
    assert _snapshot(store) == before


def test_malformed_requests_are_refused(client, store):
    cases = [
        (dict(data="not json", content_type="application/json"), 400),
        (dict(data=b"\xff\xfe{}", content_type="application/json"), 400),
        (dict(data="[" * 50000 + "]" * 50000, content_type="application/json"), 400),
        (dict(data="text=hello", content_type="application/x-www-form-urlencoded"), 415),
        (dict(json={"text": "x", "target": {"zones": ["ZE.does-not-exist"]}}), 422),
        (dict(json={"text": "x", "target": {"paragraph": "OD.rules#42"}}), 422),
        (dict(json={"text": "x", "is_admin": True}), 422),
        (dict(json={"text": "x", "author": {"email": "a@example.org"}}), 422),
        (dict(json=["x"]), 422),
    ]
    for kwargs, status in cases:
        r = client.post("/api/comments", **kwargs)
        assert r.status_code == status, (kwargs, r.status_code, r.get_data(as_text=True)[:200])
        assert r.json["error"]["en"] and r.json["error"]["bg"]
    assert store.count() == 0


@pytest.mark.parametrize(
    "geometry",
    [
        {"type": "Polygon", "coordinates": [[[23.31, 42.665], [23.312, 42.666], [23.312, 42.665], [23.31, 42.666], [23.31, 42.665]]]},
        {"type": "Point", "coordinates": [0, 0]},
        {"type": "Point", "coordinates": [1e308, 1e308]},
        {"type": "LineString", "coordinates": "23.31,42.665"},
        {"type": "Point", "coordinates": [23.31, 42.665], "properties": {"onload": "x"}},
    ],
    ids=["bow-tie", "null-island", "huge", "string", "extra"],
)
def test_bad_geometry_is_refused(client, store, geometry):
    r = _post(client, {"text": "x", "target": {"geometry": geometry}})
    assert r.status_code == 422 and r.json["error"]["field"] == "geometry"
    assert store.count() == 0


@pytest.mark.parametrize("offset_days,expected_bg", [(5, "започва"), (-30, "приключи")], ids=["before", "after"])
def test_comments_outside_the_period_are_refused(tmp_path, sample_path, store, offset_days, expected_bg):
    today = date.today()
    settings = open_settings(start=today + timedelta(days=offset_days), end=today + timedelta(days=offset_days + 10))
    package = build_package(sample_path, tmp_path / "p", settings).path
    client = _app(package, store).test_client()
    r = _post(client, {"text": "Закъсняло становище"})
    assert r.status_code == 403 and expected_bg in r.json["error"]["bg"]
    assert client.get("/api/consultation").json["accepting_comments"] is False
    assert store.count() == 0


def test_the_period_ends_at_midnight_in_the_consultation_time_zone(package_dir, store):
    settings = open_package(package_dir).settings
    last_minute = datetime.combine(settings.end, datetime.max.time().replace(microsecond=0), tzinfo=UTC)
    # 23:59:59 UTC on the last day is already the next day in Sofia
    client = _app(package_dir, store, clock=lambda: last_minute).test_client()
    assert _post(client, {"text": "x"}).status_code == 403
    sofia_evening = last_minute - timedelta(hours=3)
    client = _app(package_dir, store, clock=lambda: sofia_evening).test_client()
    assert _post(client, {"text": "x"}).status_code == 201


def test_floods_are_limited_per_client_and_stored_comments_survive(package_dir, store):
    app = _app(package_dir, store, limits=ServiceLimits(requests=RateLimit(100, 60), comments=RateLimit(5, 600)))
    client = app.test_client()
    ids = _seed(client)
    before = _snapshot(store)
    statuses = [_post(client, {"text": f"спам {i}"}).status_code for i in range(40)]
    assert statuses[:2] == [201, 201] and set(statuses[2:]) == {429}
    r = _post(client, {"text": "още"})
    assert r.status_code == 429 and int(r.headers["Retry-After"]) > 0
    other = _post(client, {"text": "друг човек"}, environ_base={"REMOTE_ADDR": "192.0.2.7"})
    assert other.status_code == 201  # a different client is not punished
    hits = [client.get("/api/consultation").status_code for _ in range(120)]
    assert hits.count(429) > 0
    stored = _snapshot(store)
    assert stored[: len(before)] == before and [s[0] for s in stored[:3]] == ids
    assert store.count() == 3 + 2 + 1


def test_password_guessing_is_limited(package_dir, store):
    client = _app(package_dir, store, limits=ServiceLimits(logins=RateLimit(3, 600))).test_client()
    codes = [client.get("/moderation", auth=("m", f"guess-{i}")).status_code for i in range(6)]
    assert codes[:3] == [401, 401, 401] and set(codes[3:]) == {429}
    assert client.get("/moderation", auth=("m", PASSWORD)).status_code == 429  # locked out for a while


def test_moderation_needs_the_password_and_a_form_token(client, store):
    ids = _seed(client)
    assert client.get("/moderation").status_code == 401
    assert client.get("/moderation/export.geojson").status_code == 401
    assert client.post("/moderation/status", data={"id": ids[0], "status": "hidden"}, auth=("m", PASSWORD)).status_code == 400
    page = client.get("/moderation", auth=("m", PASSWORD)).get_data(as_text=True)
    token = page.split('name="csrf" value="')[1].split('"')[0]
    r = client.post("/moderation/status", data={"id": ids[0], "status": "hidden", "csrf": token}, auth=("m", PASSWORD))
    assert r.status_code == 303
    assert [s.status for s in store.comments()] == ["hidden", "new", "new"]
    off = create_app(open_package(client.application.config["PLU_PACKAGE"].root), store).test_client()
    assert off.get("/moderation", auth=("m", PASSWORD)).status_code == 403


def test_exports_with_and_without_personal_data(client):
    _seed(client)
    anonymous = client.get("/moderation/export.geojson", auth=("m", PASSWORD))
    assert anonymous.mimetype == "application/geo+json"
    data = anonymous.json
    assert data["personal_data"] is False and len(data["features"]) == 3
    assert "maria@example.org" not in anonymous.get_data(as_text=True)
    area = next(f for f in data["features"] if f["geometry"])
    assert area["geometry"]["type"] == "Polygon" and area["properties"]["status"] == "new"
    personal = client.get("/moderation/export.geojson?personal=1", auth=("m", PASSWORD)).json
    assert any(f["properties"].get("author", {}).get("email") == "maria@example.org" for f in personal["features"])
    csv_personal = client.get("/moderation/export.csv?personal=1", auth=("m", PASSWORD)).get_data(as_text=True)
    assert "maria@example.org" in csv_personal and csv_personal.startswith("\ufeffid,")


def test_hosts_the_package_but_nothing_outside_it(client, package_dir):
    index = client.get("/")
    assert index.status_code == 200 and b"viewer/app.js" in index.data
    assert client.get("/viewer/vendor/ol/ol.js").status_code == 200
    assert client.get("/data/service.js").get_data(as_text=True) == 'window.PLU_SERVICE = {"url":"api/comments"};\n'
    for path in ("/../consultation.json", "/%2e%2e/%2e%2e/etc/passwd", "/data/../../comments.db", "/etc/passwd"):
        assert client.get(path).status_code == 404, path
    headers = index.headers
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["X-Frame-Options"] == "DENY"


def test_cross_origin_posting_for_static_hosts(package_dir, store):
    client = _app(package_dir, store, cors_origins=("https://www.sofia.example",)).test_client()
    pre = client.options("/api/comments", headers={"Origin": "https://www.sofia.example", "Access-Control-Request-Method": "POST"})
    assert pre.status_code == 204 and pre.headers["Access-Control-Allow-Origin"] == "https://www.sofia.example"
    r = _post(client, {"text": "от сайта на общината"}, headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in r.headers


def test_store_urls(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert open_store("sqlite:///relative.db").path.resolve() == tmp_path / "relative.db"
    assert open_store(f"sqlite:///{tmp_path}/abs.db").path == tmp_path / "abs.db"
    from plu_model.errors import PluInputError

    with pytest.raises(PluInputError, match="unsupported database"):
        open_store("mysql://x")


def test_exports_carry_the_reference_each_sender_was_given(client, tmp_path, plan_gpkg):
    """The number on a citizen's acknowledgement survives export and import into the plan file."""
    given = {}
    for text in ("Първо мнение.", "Второ мнение."):
        r = _post(client, {"text": text})
        assert r.status_code == 201
        given[r.json["id"]] = r.json["reference"]
    exported = client.get("/moderation/export.geojson", auth=("m", PASSWORD)).json
    assert {f["id"]: f["properties"].get("reference") for f in exported["features"]} == given
    csv_text = client.get("/moderation/export.csv", auth=("m", PASSWORD)).get_data(as_text=True)
    assert all(ref in csv_text for ref in given.values())
    path = tmp_path / "comments.geojson"
    path.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    from participation.comment_export import read_comments
    from participation.comments_layer import CommentsLayer, import_comments

    import_comments(plan_gpkg, read_comments(path), source=str(path))
    with CommentsLayer(plan_gpkg) as layer:
        assert {r.comment_id: r.reference for r in layer.records()} == given
