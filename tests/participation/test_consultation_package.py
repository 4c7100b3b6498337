"""The consultation package: complete, valid, checksummed, self-contained, and never half-written."""

from __future__ import annotations

import itertools
import json
import shutil
import stat
import subprocess
import zipfile
from pathlib import Path

import pytest
from consultation_fixtures import *  # noqa: F403 - fixtures
from consultation_fixtures import open_settings
from lxml import etree

from participation.manifest import verify_manifest
from participation.package import build_package
from participation.package_reader import open_package
from plu_model.codelists import codelist
from plu_model.errors import PluError, PluInputError
from plu_model.gml_reader import read_gml
from validators.xsd import iter_xsd_findings

EXPECTED = {
    "index.html", "README.txt", "manifest.json", "SHA256SUMS", "consultation.json", "plan.gml", "metadata.xml",
    "data/plan-data.js", "data/service.js", "data/regulation.json",
    "documents/regulation-OD.rules.pdf", "viewer/app.js", "viewer/style.css", "viewer/vendor/ol/ol.js",
    "viewer/vendor/ol/ol.css", "viewer/vendor/ol/LICENSE.md", "viewer/vendor/ol/VENDOR.md",
}


def _script_json(path, variable):
    text = path.read_text(encoding="utf-8")
    prefix = f"window.{variable} = "
    assert text.startswith(prefix) and text.rstrip().endswith(";")
    return json.loads(text[len(prefix):].rstrip().rstrip(";"))


def test_contents_and_checksums(package_dir):
    files = {p.relative_to(package_dir).as_posix() for p in package_dir.rglob("*") if p.is_file()}
    assert files == EXPECTED
    assert verify_manifest(package_dir) == []
    sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=package_dir, capture_output=True, text=True)
    assert sums.returncode == 0, sums.stdout + sums.stderr
    for p in package_dir.rglob("*"):
        assert p.stat().st_mode & stat.S_IROTH, f"{p} is not readable by a web server"


def test_gml_and_metadata_pass_the_official_schemas(package_dir, schema):
    assert list(iter_xsd_findings(package_dir / "plan.gml", schema)) == []
    data, findings = read_gml(package_dir / "plan.gml")
    assert findings == [] and data.counts()["ZoningElement"] == 35
    md = etree.parse(str(package_dir / "metadata.xml"))
    assert md.getroot().tag == "{http://www.isotc211.org/2005/gmd}MD_Metadata"
    assert schema.validate(md), schema.error_log
    text = etree.tostring(md, encoding="unicode")
    assert "Столична община (тест)" in text and "planningCadastre" in text


def test_viewer_data_has_zones_in_national_zone_type_colours(package_dir):
    from participation.web_data import zone_records
    from plu_model.portrayal import ZONE_TYPE_STYLES

    data = _script_json(package_dir / "data" / "plan-data.js", "PLU_DATA")
    zones = zone_records(data["zones"])
    assert len(zones) == 35 and len(data["overlays"]["properties"]) == 4
    for p in zones:
        assert p["colour"] == ZONE_TYPE_STYLES[p["code"]][0], p["code"]  # the desktop map's table
    codes = {p["code"] for p in zones}
    assert len({ZONE_TYPE_STYLES[c][0] for c in codes}) == len(codes)  # Жм, Жс and Смф no longer share one colour
    labels = [item["label"]["bg"] for item in data["legend"]]
    assert "Жм — Жилищна зона с малка височина" in labels and len(labels) == len(codes)
    assert not any("_" in label for item in data["legend"] for label in item["label"].values())
    assert sum(item["count"] for item in data["legend"]) == len(zones)
    areas = [p["area_m2"] for p in zones]
    assert areas == sorted(areas, reverse=True)  # drawn largest first: a zone inside another stays on top
    smf = next(p for p in zones if p["id"] == "ZE.smf-01")
    assert smf["notation"] == "Смф"
    assert smf["type"]["en"] == codelist("bg/ZoneTypeValue").by_code("Smf").label("en")
    assert {"ref": "maxHeight", "value": 26.0, "uom": "m"}.items() <= smf["limits"][0].items()
    assert smf["documents"] == ["OD.rules"] and smf["area_m2"] > 1000
    assert {item["colour"] for item in data["legend"]} == {p["colour"] for p in zones}
    assert len(data["paragraphs"]) == 9
    rules = next(d for d in data["documents"] if d["id"] == "OD.rules")
    assert rules["files"][0]["href"] == "documents/regulation-OD.rules.pdf"
    assert _script_json(package_dir / "data" / "service.js", "PLU_SERVICE") is None


def test_no_network_references_in_the_viewer(package_dir):
    html = (package_dir / "index.html").read_text(encoding="utf-8")
    for needle in ("http://", "https://", "//cdn", "@import"):
        assert needle not in html
    app = (package_dir / "viewer" / "app.js").read_text(encoding="utf-8")
    assert "innerHTML" not in app and "eval(" not in app


def test_hostile_title_cannot_escape_html_or_script(tmp_path, sample_path):
    evil = 'План </script><script>alert("x")</script> & <b>'
    out = build_package(sample_path, tmp_path / "p", open_settings(title=evil, authority="</script><img src=x>"))
    html = (out.path / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "&lt;/script&gt;" in html
    js = (out.path / "data" / "plan-data.js").read_text(encoding="utf-8")
    assert "</script>" not in js and "<img" not in js
    assert _script_json(out.path / "data" / "plan-data.js", "PLU_DATA")["settings"]["title"] == evil


def test_zip_package_opens_and_verifies(tmp_path, sample_path):
    result = build_package(sample_path, tmp_path / "p.zip", open_settings(service_url="https://consult.example.org/zp/"))
    with zipfile.ZipFile(result.path) as zf:
        assert set(zf.namelist()) == EXPECTED
    info = open_package(result.path, extract_to=tmp_path / "unpacked")
    assert info.package_id == result.package_id and len(info.zones) == 35 and len(info.paragraphs) == 9
    assert _script_json(info.root / "data" / "service.js", "PLU_SERVICE") == {"url": "https://consult.example.org/zp/api/comments"}


def test_tampering_is_detected(package_copy):
    (package_copy / "data" / "regulation.json").write_text("[]", encoding="utf-8")
    (package_copy / "extra.html").write_text("<p>injected</p>", encoding="utf-8")
    (package_copy / "documents" / "regulation-OD.rules.pdf").unlink()
    problems = {(p.path, p.problem) for p in verify_manifest(package_copy)}
    assert problems == {("data/regulation.json", "changed"), ("extra.html", "unlisted"),
                        ("documents/regulation-OD.rules.pdf", "missing")}
    with pytest.raises(PluInputError, match="does not match its manifest"):
        open_package(package_copy)


def test_hostile_zip_is_refused(tmp_path):
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("../outside.txt", "x")
    with pytest.raises(PluInputError, match="leave the package folder"):
        open_package(bad, extract_to=tmp_path / "x")
    assert not (tmp_path / "outside.txt").exists()


def test_never_overwrites_other_folders_and_replaces_its_own(tmp_path, sample_path):
    mine = tmp_path / "documents"
    mine.mkdir()
    (mine / "thesis.odt").write_text("precious", encoding="utf-8")
    with pytest.raises(PluInputError, match="not a consultation package"):
        build_package(sample_path, mine, open_settings())
    assert (mine / "thesis.odt").read_text(encoding="utf-8") == "precious"
    first = build_package(sample_path, tmp_path / "pkg", open_settings())
    second = build_package(sample_path, tmp_path / "pkg", open_settings())
    assert second.package_id != first.package_id
    assert open_package(tmp_path / "pkg").package_id == second.package_id
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents", "pkg"]


def test_failing_map_renderer_leaves_nothing(tmp_path, sample_path):
    def broken(plan, pdf, language):
        pdf.write_bytes(b"%PDF-half")
        raise RuntimeError("QGIS crashed")

    with pytest.raises(PluError, match="plan map could not be drawn: QGIS crashed"):
        build_package(sample_path, tmp_path / "pkg", open_settings(), render_map_pdf=broken)
    assert list(tmp_path.iterdir()) == []


def test_renderer_gets_a_plan_file_and_the_language(tmp_path, sample_path):
    calls = []

    def fake(plan, pdf, language):
        from plu_model.geopackage import PlanFile

        with PlanFile(plan) as pf:
            calls.append((pf.counts()["ZoningElement"], language))
        shutil.copy(sample_path, pdf)  # any bytes: the packager checks the file is there

    result = build_package(sample_path, tmp_path / "pkg", open_settings(languages=("en", "bg")), render_map_pdf=fake)
    assert calls == [(35, "en")] and "documents/plan-map.pdf" in result.files


def test_cancelling_leaves_nothing(tmp_path, sample_path):
    from plu_model.errors import Cancelled
    from plu_model.progress import Progress

    asked = itertools.count()
    progress = Progress(cancelled=lambda: next(asked) >= 3, every=500)  # the user presses Stop during the 4th stage
    with pytest.raises(Cancelled):
        build_package(sample_path, tmp_path / "pkg.zip", open_settings(), progress=progress)
    assert list(tmp_path.iterdir()) == []


def test_invalid_settings_are_refused_before_anything_is_written(tmp_path, sample_path):
    with pytest.raises(PluInputError, match="contact e-mail"):
        build_package(sample_path, tmp_path / "pkg", open_settings(contact_email="nobody"))
    assert list(tmp_path.iterdir()) == []


def test_viewer_takes_a_municipal_legend_from_the_style_folder(sample, tmp_path, monkeypatch):
    from participation.web_data import viewer_data, zone_records
    from plu_model.portrayal import ZONE_TYPE_STYLES

    styles = Path(__file__).resolve().parents[2] / "resources" / "styles"
    r, g, b = (int(ZONE_TYPE_STYLES["Zhm"][0][i:i + 2], 16) for i in (1, 3, 5))
    text = (styles / "zoning_zone_type.bg.qml").read_text(encoding="utf-8")
    text = text.replace(f"{r},{g},{b},255", "0,0,255,255").replace("Жилищна зона с малка височина", "Ниско жилищно")
    (tmp_path / "zoning_zone_type.bg.qml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("PLU_STYLE_DIR", str(tmp_path))
    data = viewer_data(sample, open_settings(), [], package_id="p", document_files={}, downloads=[])
    zones = zone_records(data["zones"])
    zhm = [p["colour"] for p in zones if p["code"] == "Zhm"]
    assert zhm and set(zhm) == {"#0000FF"}
    entry = next(item for item in data["legend"] if item["colour"] == "#0000FF")
    assert entry["label"] == {"bg": "Жм — Ниско жилищно", "en": "Жм — Low-rise residential zone"}
    smf = {p["colour"] for p in zones if p["code"] == "Smf"}
    assert smf == {ZONE_TYPE_STYLES["Smf"][0]}  # the rest as shipped


def test_an_older_package_with_plan_geojson_still_opens(package_copy, sample_path):
    """Packages built before the viewer's compact data kept the zones in data/plan.geojson."""
    from exporters.geojson_ import write_geojson
    from participation.manifest import build_manifest, read_manifest

    new = open_package(package_copy)
    write_geojson(package_copy / "data" / "plan.geojson", read_gml(package_copy / "plan.gml")[0])
    (package_copy / "data" / "plan-data.js").write_text("window.PLU_DATA = {\"version\": 1};\n", encoding="utf-8")
    about = {k: v for k, v in read_manifest(package_copy).items() if k not in ("algorithm", "files")}
    build_manifest(package_copy, about)
    old = open_package(package_copy)
    assert set(old.zones) == set(new.zones) and len(old.zones) == 35
    assert old.zones["ZE.smf-01"]["properties"]["inspire_id"]["local_id"] == "smf-01"
    assert new.zones["ZE.smf-01"]["properties"]["inspire_id"]["local_id"] == "smf-01"
    assert old.bbox == pytest.approx(new.bbox, abs=1e-9) and new.bbox is not None
