"""Headless Chromium uses the package like a citizen: from disk and from the comment service.

It looks at the map (the zones are drawn in their HILUCS colours), clicks a zone and
reads its popup, searches a zone code, switches language, draws an area, writes a
comment and sends it; the service stores it.  Screenshots go to test-output/.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import UTC, date, timedelta

import numpy as np
import pytest
import shapely
from consultation_fixtures import *  # noqa: F403 - fixtures
from consultation_fixtures import open_settings
from consultation_pictures import pixels_of, share_of_colour
from shapely.geometry import LinearRing, Point, shape

from participation.comment import SERVER_ASSIGNED, read_comment_file
from participation.package import build_package
from participation.package_reader import open_package
from plu_model.crs import reproject
from plu_model.gml_reader import read_gml

pytestmark = pytest.mark.browser

BACKGROUND = (0xF4, 0xF4, 0xF0)


def _blend(colour: str, alpha: float = 0.85) -> str:
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(c * alpha + b * (1 - alpha)) for c, b in zip(rgb, BACKGROUND, strict=True)]
    return "#" + "".join(f"{v:02X}" for v in mixed)


def _zone_lonlat(sample, gml_id, dx=0.0, dy=0.0):
    zone = next(z for z in sample.zoning_elements if z.gml_id == gml_id)
    p = zone.geometry.representative_point()
    q = reproject(Point(p.x + dx, p.y + dy), sample.crs, 4326)
    return [q.x, q.y]


def _open(browser, url, **kwargs):
    page = browser.new_page(viewport={"width": 1400, "height": 860}, accept_downloads=True, **kwargs)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(url)
    page.wait_for_function("window.pluViewer && window.pluViewer.rendered", timeout=20000)
    page.errors = errors
    return page


def _click_map(page, lonlat, **kwargs):
    box = page.locator("#map").bounding_box()
    x, y = page.evaluate("ll => window.pluViewer.pixelOf(ll)", lonlat)
    page.mouse.click(box["x"] + x, box["y"] + y, **kwargs)
    return box["x"] + x, box["y"] + y


def _draw_area(page, sample, gml_id):
    page.click("#toolbar button[data-mode=area]")
    cx, cy = _click_map(page, _zone_lonlat(sample, gml_id))
    for dx, dy in ((40, 0), (40, 35), (0, 35)):
        page.wait_for_timeout(120)
        page.mouse.click(cx + dx, cy + dy)
    page.wait_for_timeout(120)
    page.mouse.click(cx, cy)  # on the first vertex: closes the area
    page.wait_for_selector("#panel-comment:not([hidden]) #comment-target")


def test_from_disk_zones_popup_search_language_and_a_comment_file(browser, package_dir, sample, tmp_path, output_dir):
    page = _open(browser, (package_dir / "index.html").as_uri())
    shot = page.screenshot(path=str(output_dir / "participation-viewer-disk.png"))
    pixels = pixels_of(shot)
    data = json.loads((package_dir / "data" / "plan-data.js").read_text(encoding="utf-8").split("=", 1)[1].rstrip().rstrip(";"))
    for item in data["legend"]:  # every legend class is visibly on the map
        assert share_of_colour(pixels, _blend(item["colour"]), tolerance=10) > 0.004, item
    assert page.locator("#legend li").count() == len(data["legend"]) + 2
    assert "Становища се приемат до" in page.inner_text("#status-text")

    _click_map(page, _zone_lonlat(sample, "ZE.smf-01"))
    page.wait_for_selector("#popup:not([hidden])")
    popup = page.inner_text("#popup")
    for expected in ("Смф — Смесена многофункционална зона", "Максимална височина", "26 m", "60 %",
                     "Правила и нормативи за прилагане", "Текст на правилата"):
        assert expected in popup, popup
    page.screenshot(path=str(output_dir / "participation-viewer-popup.png"))

    page.click("#tab-plan")
    page.fill("#zone-search", "жс")
    results = page.locator("#search-results button")
    assert results.count() == 7 and "zhs-02" in page.inner_text("#search-results")
    page.click("#search-results button[data-zone='ZE.zhs-02']")
    assert "zhs-02" in page.inner_text("#popup")
    page.fill("#zone-search", "няма-такава")
    assert "Няма такава зона" in page.inner_text("#search-results")

    page.click("#lang-switch button[lang=en]")
    assert page.inner_text("#tab-plan") == "Plan" and "Comments are accepted until" in page.inner_text("#status-text")
    assert "Жс — Residential zone, predominantly mid-rise" in page.inner_text("#popup")
    page.click("#popup-close")

    _draw_area(page, sample, "ZE.zhs-02")
    assert "Drawn: area" in " ".join(page.inner_text("#comment-target").split())
    page.fill("#comment-text", "A playground here, please. <script>alert(1)</script>")
    page.fill("#comment-name", "Petya")
    page.click("#comment-submit")
    assert "consent" in page.inner_text("#comment-messages")
    page.check("#comment-consent")
    with page.expect_download() as download:
        page.click("#comment-submit")
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert "was downloaded" in page.inner_text("#comment-result") and "plan@example.invalid" in page.inner_text("#comment-result")
    page.screenshot(path=str(output_dir / "participation-viewer-comment-file.png"))
    [comment] = read_comment_file(saved, open_package(package_dir).context())
    assert comment.geometry.geom_type == "Polygon" and comment.geometry.is_valid
    assert comment.text.endswith("<script>alert(1)</script>") and comment.author.name == "Petya"
    assert comment.language == "en" and comment.package_id == open_package(package_dir).package_id
    assert page.errors == []
    page.close()


def test_from_the_service_a_comment_is_stored(browser, live_service, sample, output_dir):
    page = _open(browser, live_service.url)
    assert "Попълнете формуляра „Становище“ — то се изпраща направо" in page.inner_text("#panel-plan")
    page.click("#toolbar button[data-mode=pick]")
    _click_map(page, _zone_lonlat(sample, "ZE.smf-03"))
    page.wait_for_timeout(400)
    page.click("#toolbar button[data-mode=pick]")
    page.click("#tab-rules")
    page.click("button[data-paragraph='OD.rules#5']")
    _draw_area(page, sample, "ZE.smf-03")
    target = " ".join(page.inner_text("#comment-target").split())
    assert "smf-03" in target and "5. В зоните Смф" in target and "площ" in target
    page.fill("#comment-text", "Партерите да останат жилищни.")
    page.fill("#comment-email", "ana@example.org")
    page.check("#comment-consent")
    page.screenshot(path=str(output_dir / "participation-viewer-drawn.png"))
    posted: list[str] = []
    page.on("request", lambda r: posted.append(r.post_data or "") if r.method == "POST" else None)
    page.click("#comment-submit")
    page.wait_for_selector("#comment-result[data-kind=ok]", timeout=10000)
    [body] = posted  # the viewer's own body: the service sets id and time, and this body passes its gate
    assert not set(json.loads(body)) & set(SERVER_ASSIGNED) and "text" in json.loads(body)
    receipt = page.inner_text("#comment-result")
    page.screenshot(path=str(output_dir / "participation-viewer-service.png"))
    [stored] = live_service.store.comments(personal=True)
    assert re.fullmatch(r"ПУП-\d{4}-0001", stored.reference) and stored.reference in receipt  # the short reference
    with sqlite3.connect(live_service.store.path) as db:  # the viewer sent a retry key with it
        [(key,)] = db.execute("SELECT idempotency_key FROM comment").fetchall()
    assert re.fullmatch(r"[0-9a-f-]{36}", key)
    assert stored.comment.zones == ("ZE.smf-03",) and stored.comment.paragraph == "OD.rules#5"
    assert stored.comment.geometry.geom_type == "Polygon" and stored.comment.author.email == "ana@example.org"
    assert page.inner_text("#comment-text") == ""  # the form is ready for the next comment
    assert page.errors == []
    page.close()

    moderator = browser.new_page(viewport={"width": 1200, "height": 700},
                                 http_credentials={"username": "moderator", "password": "moderate-me-please"})
    moderator.goto(live_service.url + "moderation?personal=1")
    table = moderator.inner_text("#comments")
    assert "Партерите да останат жилищни." in table and "ana@example.org" in table and "smf-03" in table
    assert stored.reference in table
    moderator.screenshot(path=str(output_dir / "participation-moderation.png"))
    moderator.click(f"#c-{stored.comment.id} button[value=hidden]")  # a real browser: session cookie, token, origin
    moderator.wait_for_selector(f"#c-{stored.comment.id}.status-hidden", timeout=10000)
    assert [s.status for s in live_service.store.comments()] == ["hidden"]
    moderator.close()


def test_a_closed_consultation_takes_no_comments(browser, tmp_path, sample_path, output_dir):
    today = date.today()
    settings = open_settings(start=today - timedelta(days=40), end=today - timedelta(days=10),
                             tile_url="https://tiles.example.invalid/{z}/{x}/{y}.png", tile_attribution="© test tiles")
    package = build_package(sample_path, tmp_path / "closed", settings).path
    page = _open(browser, (package / "index.html").as_uri() + "?lang=en")
    assert "The consultation closed on" in page.inner_text("#status-text")
    assert page.is_disabled("#toolbar button[data-mode=area]") and page.is_enabled("#toolbar button[data-mode=info]")
    assert not page.is_checked("#background-toggle")  # the background map is off until asked for
    page.click("#tab-comment")
    assert page.is_disabled("#comment-submit") and "not open" in page.inner_text("#comment-closed")
    page.screenshot(path=str(output_dir / "participation-viewer-closed.png"))
    page.close()


def test_the_published_summary_reads_well(browser, tmp_path, plan_gpkg, output_dir):
    from datetime import datetime

    from participation.comment import Comment
    from participation.comment_export import ReceivedComment
    from participation.comments_layer import CommentsLayer, import_comments
    from participation.review import ReviewSession
    from participation.summary import build_summary, write_summary

    items = [ReceivedComment(Comment(f"00000000-0000-4000-8000-00000000000{n}", datetime(2025, 10, n, tzinfo=UTC),
                                     text, zones=zones, paragraph=para))
             for n, text, zones, para in ((1, "Твърде високо <b>застрояване</b>.", ("ZE.smf-01",), None),
                                          (2, "Точка 3 е неясна.", (), "OD.rules#3"), (3, "Подкрепям.", (), None))]
    import_comments(plan_gpkg, items, source="test")
    with CommentsLayer(plan_gpkg) as layer:
        ReviewSession(layer).answer(items[0].comment.id, "partly", "Височината се намалява.")
    html = write_summary(build_summary(plan_gpkg), tmp_path / "summary.html")
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    page.goto(html.as_uri())
    body = page.inner_text("body")
    assert "Твърде високо <b>застрояване</b>." in body and "Приема се частично" in body
    assert page.locator("b").count() == 0  # shown as text, not markup
    page.screenshot(path=str(output_dir / "participation-summary.png"), full_page=True)
    page.close()


#: The stated precision of the viewer's geometries: 1e-7 degree steps, so each coordinate is within half a step.
STEP = 1e-7


def _reference_zones(package_dir):
    """The zones of the package's plan.gml in WGS 84, reprojected here with pyproj (not by the packager)."""
    from pyproj import Transformer

    data, _ = read_gml(package_dir / "plan.gml")
    to_wgs = Transformer.from_crs(data.crs, 4326, always_xy=True)
    return {z.gml_id: shapely.transform(z.geometry, lambda xy: np.column_stack(to_wgs.transform(xy[:, 0], xy[:, 1])))
            for z in data.zoning_elements}


def _assert_within_precision(reference, geometries):
    assert set(geometries) == set(reference)
    for ident, geometry in geometries.items():
        source = reference[ident]
        assert shapely.get_num_coordinates(geometry) == shapely.get_num_coordinates(source), ident
        # every vertex within half a step in each axis (plus float noise from the map projection and back)
        assert geometry.hausdorff_distance(source) <= STEP / 2 * 2**0.5 + 1e-9, ident


def _polygons(rings):
    """Rings as OpenLayers groups them: a counter-clockwise ring opens a polygon, clockwise ones are its holes."""
    polygons = []
    for ring in rings:
        if LinearRing(ring).is_ccw or not polygons:
            polygons.append([ring])
        else:
            polygons[-1].append(ring)
    return shape({"type": "MultiPolygon", "coordinates": polygons})


def test_the_drawn_zones_and_the_geojson_download_are_the_plan_within_the_stated_precision(browser, package_dir, tmp_path):
    reference = _reference_zones(package_dir)
    page = _open(browser, (package_dir / "index.html").as_uri() + "?lang=en")
    drawn = page.evaluate("""() => window.pluViewer.zoneLayer.getSource().getFeatures().map(f => {
        const flat = f.getFlatCoordinates(), lonLat = [];  // a RenderFeature: flat coordinates and ring ends
        for (let k = 0; k < flat.length; k += 2) lonLat.push(ol.proj.toLonLat([flat[k], flat[k + 1]]));
        let start = 0;
        const rings = f.getEnds().map(end => { const ring = lonLat.slice(start / 2, end / 2); start = end; return ring; });
        return [window.pluViewer.zoneId(f), f.getType(), rings];
    })""")
    assert {kind for _, kind, _ in drawn} == {"Polygon"}
    _assert_within_precision(reference, {i: _polygons(rings) for i, _, rings in drawn})

    with page.expect_download() as download:
        page.click("#download-geojson")
    saved = tmp_path / "plan.geojson"
    download.value.save_as(saved)
    assert download.value.suggested_filename == "plan.geojson"
    collection = json.loads(saved.read_text(encoding="utf-8"))
    kinds = [f["properties"]["featureType"] for f in collection["features"]]
    assert kinds.count("ZoningElement") == 35 and kinds.count("SupplementaryRegulation") == 4 and kinds.count("SpatialPlan") == 1
    zones = {f["id"]: f for f in collection["features"] if f["properties"]["featureType"] == "ZoningElement"}
    _assert_within_precision(reference, {i: shape(f["geometry"]) for i, f in zones.items()})
    smf = zones["ZE.smf-01"]["properties"]
    assert smf["notation"] == "Смф" and smf["local_id"] == "smf-01" and smf["limits"][0]["value"] == 26.0
    for v in shapely.get_coordinates(shape(zones["ZE.smf-01"]["geometry"])).ravel():  # 7 decimals, as the exporter's
        assert round(float(v), 7) == v
    assert page.errors == []
    page.close()
