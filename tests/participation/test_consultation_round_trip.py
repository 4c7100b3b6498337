"""Package → comments submitted → export → import into the plan → answers → summary document."""

from __future__ import annotations

import json
import re
import zipfile
from datetime import UTC, datetime

import pytest
from consultation_fixtures import *  # noqa: F403 - fixtures
from consultation_pictures import odt_to_pdf, pdf_text, render_pdf_page, share_of_colour
from lxml import etree
from shapely.geometry import Point

from participation.comment import Comment, CommentContext
from participation.comment_export import ReceivedComment, read_comments
from participation.comments_layer import CommentsLayer, import_comments, link_zones
from participation.package_reader import open_package
from participation.review import ReviewSession
from participation.service.app import ServiceLimits, create_app, hash_password
from participation.service.ratelimit import RateLimit
from participation.service.storage import SqliteCommentStore
from participation.summary import build_summary, summary_csv, summary_html, write_summary
from plu_model.crs import reproject
from plu_model.errors import PluInputError
from plu_model.geopackage import PlanFile, open_plan

PASSWORD = "round-trip-password"


def _lonlat(data, gml_id, dx=0.0, dy=0.0):
    zone = next(z for z in data.zoning_elements if z.gml_id == gml_id)
    p = zone.geometry.representative_point()
    q = reproject(Point(p.x + dx, p.y + dy), data.crs, 4326)
    return [round(q.x, 7), round(q.y, 7)]


@pytest.fixture
def exported(tmp_path, package_dir, sample):
    """Comments sent to the service and exported by the moderator (with personal data)."""
    store = SqliteCommentStore(tmp_path / "comments.db")
    client = create_app(open_package(package_dir), store, moderation_password_hash=hash_password(PASSWORD),
                        limits=ServiceLimits(comments=RateLimit(100, 600))).test_client()
    a, b = _lonlat(sample, "ZE.zhs-02"), _lonlat(sample, "ZE.sp-01")
    bodies = [
        {"text": "Намалете височината на Смф до 20 m.", "target": {"zones": ["ZE.smf-01"]},
         "author": {"name": "Иван Петров", "email": "ivan@example.org", "consent": True}},
        {"text": "Точка 5 не бива да задължава партерите.", "target": {"paragraph": "OD.rules#5"}},
        {"text": "Тук искаме детска площадка.", "target": {"geometry": {"type": "Point", "coordinates": a}}},
        {"text": "Велоалея от жилищата до спортния терен.", "target": {"geometry": {"type": "LineString", "coordinates": [a, b]}}},
        {"text": "Подкрепям плана като цяло.", "language": "en"},
        {"text": "СПАМ СПАМ", "target": {}},
    ]
    ids = []
    for body in bodies:
        r = client.post("/api/comments", json=body)
        assert r.status_code == 201, r.json
        ids.append(r.json["id"])
    page = client.get("/moderation", auth=("m", PASSWORD)).get_data(as_text=True)
    token = page.split('name="csrf" value="')[1].split('"')[0]
    client.post("/moderation/status", data={"id": ids[-1], "status": "hidden", "csrf": token}, auth=("m", PASSWORD))
    path = tmp_path / "comments.geojson"
    path.write_bytes(client.get("/moderation/export.geojson?personal=1", auth=("m", PASSWORD)).data)
    return path, ids


def test_round_trip_to_the_published_summary(tmp_path, plan_gpkg, package_dir, exported, output_dir):
    path, ids = exported
    package = open_package(package_dir)
    items = read_comments(path, package.context())
    assert len(items) == 6 and items[-1].status == "hidden"

    settings_json = {**package.settings.to_json(), "package_id": package.package_id}
    report = import_comments(plan_gpkg, items, source=path.name, settings_json=settings_json)
    assert report.added == ids and report.duplicates == [] and report.findings == []
    assert import_comments(plan_gpkg, items, source=path.name).duplicates == ids  # importing twice adds nothing

    with PlanFile(plan_gpkg) as pf:  # still an ordinary plan file for every reader
        assert pf.counts()["ZoningElement"] == 35

    with CommentsLayer(plan_gpkg) as layer:
        records = {r.comment_id: r for r in layer.records()}
        assert [r.number for r in layer.records()] == [1, 2, 3, 4, 5, 6]
        assert records[ids[0]].zones == ("ZE.smf-01",) and records[ids[0]].author is None
        assert records[ids[1]].paragraph == "OD.rules#5" and records[ids[1]].zones == ()
        assert records[ids[2]].zones == ("ZE.zhs-02",) and records[ids[2]].geometry_kind == "point"
        assert {"ZE.zhs-02", "ZE.sp-01"} <= set(records[ids[3]].zones)
        assert records[ids[2]].geometry.within(open_plan(plan_gpkg).plan.extent)  # in the plan's CRS now
        assert layer.records(personal=True)[0].author.email == "ivan@example.org"

        review = ReviewSession(layer)
        review.answer(ids[0], "partly", "Височината се намалява на 23 m.")
        review.answer(ids[1], "rejected", "Изискването следва Наредба № 7.")
        review.answer(ids[2], "accepted", "Площадката е добавена в зона Жс.")
        review.answer(ids[3], "rejected", "Неправилен отговор")
        review.undo()
        assert layer.record(ids[3]).decision is None and layer.record(ids[3]).answer == ""
        review.redo()
        review.undo()
        review.answer(ids[3], "accepted", "Велоалеята е предвидена по улицата.")
        assert not review.can_redo()
        log = layer.review_log()
        assert len(log) == 8 and log[-1]["new_answer"] == "Велоалеята е предвидена по улицата."

    summary = build_summary(plan_gpkg, language="bg")
    assert summary.total == 5 and summary.hidden == 1
    assert summary.decisions == {"accepted": 2, "partly": 1, "rejected": 1, None: 1}
    assert summary.authority == "Столична община (тест)"
    groups = {(g.kind, g.key): g for g in summary.groups}
    assert [e.number for e in groups[("zone", "ZE.smf-01")].entries] == [1]
    assert [e.number for e in groups[("zone", "ZE.zhs-02")].entries] == [3, 4]
    assert [e.number for e in groups[("paragraph", "OD.rules#5")].entries] == [2]
    assert groups[("paragraph", "OD.rules#5")].label.startswith("т. 5 — В зоните Смф")
    assert [e.number for e in groups[("general", "")].entries] == [5]

    html = summary_html(summary)
    assert "Справка за постъпилите становища" in html and "Височината се намалява на 23 m." in html
    assert "Приема се частично" in html and "СПАМ" not in html
    assert "ivan@example.org" not in html and "Иван Петров" not in html
    assert html.index("Смф · smf-01") < html.index("т. 5 — ") < html.index("Становища по плана като цяло")
    personal = summary_html(build_summary(plan_gpkg, language="en", personal=True))
    assert "Ivan" not in personal and "Иван Петров, ivan@example.org" in personal and "Partly accepted" in personal

    odt = write_summary(summary, tmp_path / "summary.odt")
    with zipfile.ZipFile(odt) as zf:
        first = zf.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert zf.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = etree.fromstring(zf.read("content.xml"))
        manifest = etree.fromstring(zf.read("META-INF/manifest.xml"))
        etree.fromstring(zf.read("styles.xml"))
    ns = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0", "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0"}
    headings = ["".join(h.itertext()) for h in content.iterfind(".//text:h", ns)]
    assert "Становища по устройствени зони" in headings and any(h.startswith("Смф · smf-01") for h in headings)
    cells = ["".join(c.itertext()) for c in content.iterfind(".//table:table-cell", ns)]
    assert "Велоалеята е предвидена по улицата." in cells and "Не се приема" in cells
    assert not any("ivan@example.org" in c for c in cells)
    assert len(manifest) == 4
    # and as the clerk sees it: opened in LibreOffice and printed
    pdf = odt_to_pdf(odt, tmp_path)
    text = pdf_text(pdf)
    assert "Справка за постъпилите становища" in text and "Велоалеята" in text and "Не се приема" in text
    assert "Получено" in text  # the column heading fits its column, not broken into "Получе" / "но"
    assert re.search(r"\b20\d\d-\d\d-\d\d\b", text)  # dates stay on one line
    page = render_pdf_page(pdf, output_dir, "participation-summary-odt")
    assert share_of_colour(page, "#ffffff") > 0.6  # a printed page, mostly paper
    assert share_of_colour(page, "#e8ebf0", tolerance=6) > 0.002  # the shaded table headings are there

    csv_text = summary_csv(summary)
    assert csv_text.splitlines()[0].startswith("group,group_id,group_label,number")
    assert sum(1 for line in csv_text.splitlines() if line.startswith("zone,ZE.zhs-02")) == 2
    write_summary(summary, output_dir / "participation-summary.html")


def test_comment_files_from_the_viewer_import_too(tmp_path, plan_gpkg, sample):
    comment = {
        "format": "plu-studio-comment", "version": 1, "id": "6d1f2c1e-8a4b-4c7e-9d2a-0b1c2d3e4f50",
        "submitted_at": "2025-10-05T09:15:00.000Z", "language": "bg", "text": "От файл по e-mail.",
        "target": {"zones": [], "paragraph": "OD.rules#7",
                   "geometry": {"type": "Polygon", "coordinates": [[_lonlat(sample, "ZE.oz-01", -5, -5), _lonlat(sample, "ZE.oz-01", 5, -5),
                                                                   _lonlat(sample, "ZE.oz-01", 5, 5), _lonlat(sample, "ZE.oz-01", -5, -5)]]}},
        "author": {"name": "Петя", "email": "petya@example.org", "consent": True},
    }
    path = tmp_path / "comment-2025-10-05-6d1f2c1e.json"
    path.write_text(json.dumps(comment, ensure_ascii=False), encoding="utf-8")
    report = import_comments(plan_gpkg, read_comments(path), source=path.name)
    assert report.added == [comment["id"]]
    with CommentsLayer(plan_gpkg) as layer:
        r = layer.records(personal=True)[0]
    assert r.zones == ("ZE.oz-01",) and r.paragraph == "OD.rules#7" and r.author.name == "Петя"
    assert r.submitted_at == "2025-10-05T09:15:00Z" and r.source == path.name


def test_linking_follows_what_was_drawn(sample):
    zhs = _lonlat(sample, "ZE.zhs-02")
    point = Comment("00000000-0000-4000-8000-000000000001", datetime.now(UTC), "x",
                    geometry=Point(zhs))
    assert link_zones(point, sample)[0] == ("ZE.zhs-02",)
    # an area drawn exactly on one zone does not "touch" its neighbours along the shared edge
    zone = next(z for z in sample.zoning_elements if z.gml_id == "ZE.smf-01").geometry
    own = reproject(zone.buffer(-0.01), sample.crs, 4326)
    same = Comment("00000000-0000-4000-8000-000000000002", point.submitted_at, "x", geometry=own.geoms[0] if hasattr(own, "geoms") else own)
    assert link_zones(same, sample)[0] == ("ZE.smf-01",)


def test_import_problems_are_reported_not_lost(tmp_path, plan_gpkg):
    odd = ReceivedComment(Comment("00000000-0000-4000-8000-0000000000aa", datetime.now(UTC),
                                  "стара зона", zones=("ZE.gone-01",), paragraph="OD.rules#12"))
    report = import_comments(plan_gpkg, [odd], source="old.geojson")
    assert {f.rule for f in report.findings} == {"COMMENT.UNKNOWN_ZONE", "COMMENT.UNKNOWN_PARAGRAPH"}
    with CommentsLayer(plan_gpkg) as layer:
        r = layer.records()[0]
    assert r.zones == () and r.paragraph == "OD.rules#12" and r.text == "стара зона"


def test_a_failed_import_leaves_the_plan_file_untouched(tmp_path, plan_gpkg, monkeypatch):
    before = plan_gpkg.read_bytes()

    def explode(self, items, data, source):
        raise RuntimeError("disk full")

    monkeypatch.setattr(CommentsLayer, "add", explode)
    with pytest.raises(RuntimeError):
        import_comments(plan_gpkg, [], source="x")
    assert plan_gpkg.read_bytes() == before
    assert sorted(p.name for p in plan_gpkg.parent.iterdir()) == ["plan.gpkg"]


def test_exports_that_are_not_comments_are_refused(tmp_path):
    bad = tmp_path / "x.geojson"
    bad.write_text(json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": None,
                                                                         "properties": {"text": "<b>", "id": "nope"}}]}), encoding="utf-8")
    with pytest.raises(PluInputError, match="x.geojson: comment 1"):
        read_comments(bad)
    bad.write_text("{}", encoding="utf-8")
    with pytest.raises(PluInputError, match="neither a PLU Studio comment export"):
        read_comments(bad)
    ctx = CommentContext(zones={"ZE.a"})
    with pytest.raises(PluInputError, match="no such file"):
        read_comments(tmp_path / "missing.geojson", ctx)
    # shapes nobody writes on purpose: a message naming the file, never a traceback
    bad.write_text(json.dumps({"type": "FeatureCollection", "features": -1}), encoding="utf-8")
    with pytest.raises(PluInputError, match="'features' is not a list"):
        read_comments(bad)
    for target in (1.5, "ZE.a", [["ZE.a", 1]], True):
        bad.write_text(json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": None,
                       "properties": {"text": "x", "target": target}}]}), encoding="utf-8")
        with pytest.raises(PluInputError, match=r"x.geojson: comment 1 \(\?\): target is not an object"):
            read_comments(bad)
