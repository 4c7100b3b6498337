"""``plu package`` and ``plu consultation …`` from the command line, including the running service."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import date, timedelta

import pytest
from consultation_fixtures import *  # noqa: F403 - fixtures
from consultation_fixtures import ROOT, free_port

from participation.comments_layer import CommentsLayer


def plu(*args, env=None, timeout=120):
    return subprocess.run([sys.executable, "-m", "plu_cli", *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def test_package_without_map_and_with_explicit_dates(tmp_path, sample_path):
    r = plu("--lang", "en", "package", sample_path, "--out", tmp_path / "pkg", "--no-map", "--authority", "Sofia",
            "--email", "plan@example.invalid", "--start", "2026-01-10", "--end", "2026-02-20", "--languages", "en,bg",
            "--how-to", "bg:В деловодството", "--tile-url", "https://tiles.example.org/{z}/{x}/{y}.png")
    assert r.returncode == 0, r.stderr
    assert "2026-01-10 – 2026-02-20 (set with --end)" in r.stdout
    settings = json.loads((tmp_path / "pkg" / "consultation.json").read_text(encoding="utf-8"))
    assert settings["languages"] == ["en", "bg"] and settings["how_to_comment"] == {"bg": "В деловодството"}
    assert settings["title"].startswith("Public consultation: ПУП-ПРЗ")
    assert not (tmp_path / "pkg" / "documents" / "plan-map.pdf").exists()
    assert plu("consultation", "verify", tmp_path / "pkg").returncode == 0
    (tmp_path / "pkg" / "index.html").write_text("defaced", encoding="utf-8")
    r = plu("--lang", "en", "consultation", "verify", tmp_path / "pkg")
    assert r.returncode == 1 and "index.html: was changed after packaging" in r.stderr


def test_package_refuses_bad_input_with_a_message(tmp_path, sample_path):
    r = plu("--lang", "en", "package", sample_path, "--out", tmp_path / "p", "--no-map", "--authority", "A", "--email", "nope")
    assert r.returncode == 2 and "contact e-mail 'nope' is not an e-mail address" in r.stderr and "Traceback" not in r.stderr
    r = plu("--lang", "en", "package", tmp_path / "missing.gml", "--out", tmp_path / "p", "--no-map", "--authority", "A", "--email", "a@b.org")
    assert r.returncode == 2 and "missing.gml: no such file" in r.stderr
    r = plu("--lang", "en", "package", sample_path, "--out", tmp_path / "p", "--no-map", "--authority", "A", "--email", "a@b.org",
            "--period-rule", "bg-oup")
    assert r.returncode == 2 and "bg-pup-published" in r.stderr
    assert not (tmp_path / "p").exists()


def _one_comment(tmp_path, geometry=None):
    """An export file with one comment on zone Жс 01 and paragraph 4, from a person who consented."""
    export = tmp_path / "comments.geojson"
    export.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": "7b0c5a52-4bb8-4f57-a0cf-54c1f34f0a11", "geometry": geometry, "properties": {
            "format": "plu-studio-comment", "version": 1, "id": "7b0c5a52-4bb8-4f57-a0cf-54c1f34f0a11",
            "submitted_at": "2025-10-03T08:00:00Z", "received_at": "2025-10-03T08:00:01Z", "status": "new", "language": "bg",
            "text": "Жс зоните са твърде гъсти.", "target": {"zones": ["ZE.zhs-01"], "paragraph": "OD.rules#4"},
            "author": {"name": "Стефан", "email": "stefan@example.org", "consent": True}}}]}), encoding="utf-8")
    return export


def test_import_answer_list_and_summary(tmp_path, plan_gpkg, package_dir, sample_path):
    export = _one_comment(tmp_path)
    r = plu("--lang", "en", "consultation", "import", plan_gpkg, export, "--package", package_dir)
    assert r.returncode == 0, r.stderr
    assert "1 comment imported into" in r.stdout and "0 were there already" in r.stdout
    r = plu("--lang", "bg", "consultation", "answer", plan_gpkg, "1", "--decision", "rejected", "--text", "Плътността е по Наредба № 7.")
    assert r.returncode == 0 and "Не се приема" in r.stdout
    listing = plu("--lang", "bg", "consultation", "list", plan_gpkg).stdout
    assert "Не се приема" in listing and "Плътността е по Наредба № 7." in listing and "Стефан" not in listing
    assert "Стефан" in plu("consultation", "list", plan_gpkg, "--personal").stdout
    for name in ("summary.odt", "summary.html", "summary.csv"):
        r = plu("--lang", "bg", "consultation", "summary", plan_gpkg, "--out", tmp_path / name)
        assert r.returncode == 0, r.stderr
    html = (tmp_path / "summary.html").read_text(encoding="utf-8")
    assert "Жс · zhs-01" in html and "т. 4 — В зоните Жс" in html and "Столична община (тест)" in html
    assert "stefan@example.org" not in html
    r = plu("--lang", "en", "consultation", "import", tmp_path / "plan.gml", export)
    assert r.returncode == 2 and "convert it first" in r.stderr
    with CommentsLayer(plan_gpkg) as layer:
        assert layer.records()[0].decision == "rejected"


def test_converting_a_plan_file_keeps_its_consultation(tmp_path, plan_gpkg, package_dir, sample):
    from shapely.geometry import Point

    from plu_model.crs import reproject

    zone = next(z for z in sample.zoning_elements if z.gml_id == "ZE.zhs-01")
    inside = zone.geometry.representative_point()
    lonlat = reproject(inside, sample.crs, 4326)
    export = _one_comment(tmp_path, {"type": "Point", "coordinates": [lonlat.x, lonlat.y]})
    assert plu("consultation", "import", plan_gpkg, export, "--package", package_dir).returncode == 0
    assert plu("consultation", "answer", plan_gpkg, "1", "--decision", "partly", "--text", "Отчасти.").returncode == 0
    with CommentsLayer(plan_gpkg) as layer:
        before = layer.records(personal=True)[0]

    out = tmp_path / "plan-3046.gpkg"
    r = plu("--lang", "en", "convert", plan_gpkg, out, "--crs", "3046")
    assert r.returncode == 0, r.stderr
    assert "carried 1 consultation comment with its answer" in r.stderr
    with CommentsLayer(out) as layer:
        after = layer.records(personal=True)[0]
        assert layer.crs == 3046 and len(layer.review_log()) == 1
        assert any(k.startswith("package.") for k in layer.info())
    assert (after.text, after.decision, after.answer, after.zones, after.paragraph, after.author) == (
        before.text, "partly", "Отчасти.", ("ZE.zhs-01",), "OD.rules#4", before.author)
    assert reproject(after.geometry, 3046, sample.crs).distance(Point(inside.x, inside.y)) < 0.01

    r = plu("--lang", "en", "convert", plan_gpkg, tmp_path / "plan.gml")
    assert r.returncode == 0 and "the 1 consultation comment has no place in inspire-gml; it stays in" in r.stderr


def test_serve_runs_the_service_from_a_zip(tmp_path, sample_path):
    today = date.today()
    pkg = tmp_path / "p.zip"
    r = plu("package", sample_path, "--out", pkg, "--no-map", "--authority", "Община", "--email", "plan@example.invalid",
            "--start", (today - timedelta(days=1)).isoformat())
    assert r.returncode == 0, r.stderr
    port = free_port()
    db = tmp_path / "comments.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "plu_cli", "--lang", "en", "consultation", "serve", str(pkg), "--port", str(port),
         "--db", f"sqlite:///{db}", "--unpack-dir", str(tmp_path / "site")],
        cwd=ROOT, env={**os.environ, "PLU_MODERATION_PASSWORD": "serve-test-password"},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                state = json.load(urllib.request.urlopen(f"{base}/api/consultation", timeout=2))
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        else:
            pytest.fail("the service did not start: " + (proc.stderr.read() if proc.poll() is not None else "timeout"))
        assert state["state"] == "open"
        request = urllib.request.Request(f"{base}/api/comments", data=json.dumps({"text": "през waitress"}).encode(),
                                         headers={"Content-Type": "application/json"}, method="POST")
        assert urllib.request.urlopen(request, timeout=5).status == 201
        page = urllib.request.urlopen(f"{base}/", timeout=5).read().decode()
        assert "viewer/app.js" in page
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    r = plu("consultation", "export", "--db", f"sqlite:///{db}", "--out", tmp_path / "out.geojson")
    assert r.returncode == 0
    exported = json.loads((tmp_path / "out.geojson").read_text(encoding="utf-8"))
    assert [f["properties"]["text"] for f in exported["features"]] == ["през waitress"]
    # a mistyped database is an error, not a new empty one that says "no comments"
    typo = tmp_path / "coments.db"
    r = plu("--lang", "en", "consultation", "export", "--db", f"sqlite:///{typo}", "--out", tmp_path / "typo.geojson")
    assert r.returncode == 2 and "no such comment database" in r.stderr
    assert not typo.exists() and not (tmp_path / "typo.geojson").exists()


def test_serve_needs_a_moderation_password(tmp_path, package_dir):
    env = {k: v for k, v in os.environ.items() if k != "PLU_MODERATION_PASSWORD"}
    r = subprocess.run([sys.executable, "-m", "plu_cli", "--lang", "en", "consultation", "serve", str(package_dir)],
                       cwd=ROOT, capture_output=True, text=True, stdin=subprocess.DEVNULL, env=env, timeout=60)
    assert r.returncode == 2 and "--no-moderation" in r.stderr


def test_package_with_a_relative_out_and_the_map_from_another_folder(tmp_path, sample_path):
    """Issue 13 item 9: the map child ran in the code root with the relative paths and left .NAME.* there."""
    elsewhere = tmp_path / "work folder"
    elsewhere.mkdir()
    name = f"rel-{os.getpid()}-{tmp_path.name}"
    before_root = {p.name for p in ROOT.iterdir()}
    before_tmp = {p for p in os.listdir("/tmp") if name in p}
    private_tmp = tmp_path / "tmp"  # the temporary folder of this run alone: what is left there was left by it
    private_tmp.mkdir()
    r = subprocess.run([sys.executable, "-m", "plu_cli", "--lang", "en", "package", str(sample_path), "--out", name,
                        "--authority", "Sofia", "--email", "plan@example.invalid"],
                       cwd=elsewhere, capture_output=True, text=True, timeout=600,
                       env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(private_tmp)})
    assert r.returncode == 0, r.stderr
    assert (elsewhere / name / "documents" / "plan-map.pdf").read_bytes()[:5] == b"%PDF-"
    assert sorted({p.name for p in ROOT.iterdir()} - before_root) == []
    assert [p for p in os.listdir("/tmp") if name in p and p not in before_tmp] == []
    assert sorted(p.name for p in elsewhere.iterdir()) == [name]
    assert sorted(p.name for p in private_tmp.iterdir()) == []


def _export_of(tmp_path, comments, name="refs.geojson"):
    """A service export of ``comments`` = [(id, received_at, reference or None, text)]."""
    features = []
    for ident, received, reference, text in comments:
        props = {"format": "plu-studio-comment", "version": 1, "id": ident, "submitted_at": received,
                 "received_at": received, "status": "ok", "language": "bg", "text": text, "target": {"zones": []}}
        if reference:
            props["reference"] = reference
        features.append({"type": "Feature", "id": ident, "geometry": None, "properties": props})
    path = tmp_path / name
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    return path


def test_answer_by_number_when_ids_start_with_that_digit(tmp_path, plan_gpkg):
    """Issue 13 item 8: 'answer PLAN 2' said 'more than one comment matches' when a UUID started with 2."""
    ids = ["2f1e0c3a-1111-4aaa-8bbb-000000000001", "2a9b8c7d-2222-4aaa-8bbb-000000000002",
           "9c8d7e6f-3333-4aaa-8bbb-000000000003"]
    export = _export_of(tmp_path, [(ids[0], "2025-10-01T08:00:00Z", None, "Първо."),
                                   (ids[1], "2025-10-02T08:00:00Z", None, "Второ."),
                                   (ids[2], "2025-10-03T08:00:00Z", None, "Трето.")])
    assert plu("consultation", "import", plan_gpkg, export).returncode == 0
    r = plu("--lang", "en", "consultation", "answer", plan_gpkg, "2", "--decision", "accepted", "--text", "Да.")
    assert r.returncode == 0, r.stderr
    assert "ПУП-2025-0002" in r.stdout
    r = plu("--lang", "en", "consultation", "answer", plan_gpkg, "ПУП-2025-0003", "--decision", "rejected")
    assert r.returncode == 0, r.stderr
    r = plu("--lang", "en", "consultation", "answer", plan_gpkg, ids[0][:8], "--decision", "partly")
    assert r.returncode == 0, r.stderr
    r = plu("--lang", "en", "consultation", "answer", plan_gpkg, "2f1e", "--decision", "partly")
    assert r.returncode == 2 and "too short" in r.stderr and "Traceback" not in r.stderr
    r = plu("--lang", "en", "consultation", "answer", plan_gpkg, "7", "--decision", "partly")
    assert r.returncode == 2 and "no comment matches '7'" in r.stderr
    with CommentsLayer(plan_gpkg) as layer:
        by_id = {rec.comment_id: rec for rec in layer.records()}
    assert [by_id[i].decision for i in ids] == ["partly", "accepted", "rejected"]
    assert [by_id[i].reference for i in ids] == ["ПУП-2025-0001", "ПУП-2025-0002", "ПУП-2025-0003"]
    shown = plu("--lang", "bg", "consultation", "show", plan_gpkg, "2")
    assert shown.returncode == 0 and "Второ." in shown.stdout and "Приема се" in shown.stdout


def test_service_references_are_kept_and_numbers_never_reused(tmp_path, plan_gpkg):
    first = _export_of(tmp_path, [("11111111-1111-4aaa-8bbb-000000000001", "2026-03-01T08:00:00Z", "ПУП-2026-0042", "А."),
                                  ("11111111-1111-4aaa-8bbb-000000000002", "2026-03-02T08:00:00Z", "ПУП-2026-0007", "Б.")])
    assert plu("consultation", "import", plan_gpkg, first).returncode == 0
    # by e-mail, without a reference: the next number after the highest used; then a service reference already taken
    later = _export_of(tmp_path, [("11111111-1111-4aaa-8bbb-000000000003", "2026-03-03T08:00:00Z", None, "В."),
                                  ("11111111-1111-4aaa-8bbb-000000000004", "2026-03-04T08:00:00Z", "ПУП-2026-0042", "Г.")],
                       "later.geojson")
    r = plu("--lang", "en", "consultation", "import", plan_gpkg, later)
    assert r.returncode == 0 and "ПУП-2026-0042, which this plan already uses" in r.stderr
    with CommentsLayer(plan_gpkg) as layer:
        refs = [rec.reference for rec in layer.records()]
    assert refs == ["ПУП-2026-0042", "ПУП-2026-0007", "ПУП-2026-0043", "ПУП-2026-0044"]
    bad = _export_of(tmp_path, [("11111111-1111-4aaa-8bbb-000000000005", "2026-03-05T08:00:00Z", "<script>", "Д.")],
                     "bad.geojson")
    r = plu("--lang", "en", "consultation", "import", plan_gpkg, bad)
    assert r.returncode == 2 and "bad.geojson: comment 1" in r.stderr and "reference" in r.stderr

def test_the_default_title_is_in_the_viewers_language_whatever_the_locale(tmp_path, sample_path):
    env = {"LANG": "C", "LC_ALL": "C", "PLU_LANG": ""}
    r = plu("package", sample_path, "--out", tmp_path / "pkg", "--no-map", "--authority", "Столична община",
            "--email", "plan@example.invalid", "--start", "04.12.2026", env=env)
    assert r.returncode == 0, r.stderr
    settings = json.loads((tmp_path / "pkg" / "consultation.json").read_text(encoding="utf-8"))
    assert settings["languages"][0] == "bg" and settings["start"] == "2026-12-04"
    assert settings["title"].startswith("Обществено обсъждане: ")


def test_a_comment_shown_in_bulgarian_gives_the_day_as_written_in_bulgaria(tmp_path, plan_gpkg, package_dir):
    r = plu("--lang", "bg", "consultation", "import", plan_gpkg, _one_comment(tmp_path), "--package", package_dir)
    assert r.returncode == 0 and "1 становище е внесено в " in r.stdout and "; 0 вече са били внесени" in r.stdout, r.stdout
    shown = plu("--lang", "bg", "consultation", "show", plan_gpkg, "1")
    assert shown.returncode == 0 and "3.10.2025 г." in shown.stdout and "2025-10-03" not in shown.stdout, shown.stdout
