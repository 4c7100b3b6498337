"""The plu command: the documented exit codes and one clear line on bad input, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE


def plu(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "plu_cli", *args], cwd=ROOT, capture_output=True, text=True,
                          env=full_env, timeout=300)


def test_info_on_the_sample():
    r = plu("--lang", "en", "info", str(SAMPLE))
    assert r.returncode == 0, r.stderr
    assert "Зелена поляна" in r.stdout and "EPSG:7801 (BGS2005 / CCS2005)" in r.stdout
    assert "ZoningElement: 35" in r.stdout


def test_info_json_and_bulgarian():
    r = plu("--lang", "bg", "info", "--json", str(SAMPLE))
    info = json.loads(r.stdout)
    assert info["counts"] == {"SpatialPlan": 1, "ZoningElement": 35, "SupplementaryRegulation": 4, "OfficialDocumentation": 3}
    assert info["plans"][0]["plan_type"] == "План за регулация и застрояване"


def test_convert_both_ways_with_reprojection(tmp_path, schema):
    gpkg, gml = tmp_path / "plan.gpkg", tmp_path / "plan_3046.gml"
    assert plu("convert", str(SAMPLE), str(gpkg)).returncode == 0
    r = plu("convert", str(gpkg), str(gml), "--crs", "3046")
    assert r.returncode == 0, r.stderr
    text = gml.read_text(encoding="utf-8")
    assert "http://www.opengis.net/def/crs/EPSG/0/3046" in text and "EPSG/0/7801" not in text
    assert plu("validate", str(gml)).returncode == 0
    info = json.loads(plu("info", "--json", str(gml)).stdout)
    assert info["crs"] == "EPSG:3046"


def test_validate_exit_codes(tmp_path):
    assert plu("validate", "--profile", "bg", str(SAMPLE)).returncode == 0
    bad = tmp_path / "bad.gml"
    bad.write_text(SAMPLE.read_text(encoding="utf-8").replace("officialTitle>", "title>"), encoding="utf-8")
    r = plu("validate", str(bad))
    assert r.returncode == 1 and "bad.gml:" in r.stdout and "Traceback" not in r.stderr
    broken = tmp_path / "broken.gml"
    broken.write_text("<plu:SpatialPlan")
    r = plu("validate", str(broken))
    assert r.returncode == 2 and "not well-formed" in r.stdout


@pytest.mark.parametrize(
    "args,message",
    [
        (["info", "missing.gml"], "missing.gml: no such file"),
        (["convert", "missing.gml", "out.gpkg"], "missing.gml: no such file"),
        (["convert", str(SAMPLE), "out.shp"], "no export format for this extension"),
        (["info", str(ROOT / "pyproject.toml")], "no reader format for this extension"),
        (["nosuchcommand"], "invalid choice"),
    ],
)
def test_bad_input_is_one_clear_line(tmp_path, args, message):
    r = plu(*args)
    assert r.returncode == 2
    assert message in r.stderr
    assert "Traceback" not in r.stderr


def test_missing_schemas_say_how_to_get_them(tmp_path):
    r = plu("validate", str(SAMPLE), env={"PLU_SCHEMA_DIR": "", "XDG_CACHE_HOME": str(tmp_path)})
    assert r.returncode == 2 and "plu schemas fetch" in r.stdout and "Traceback" not in r.stderr


def test_schemas_path(schema_dir):
    r = plu("schemas", "path")
    assert r.returncode == 0 and Path(r.stdout.strip()) == schema_dir


def test_bulgarian_messages(tmp_path):
    r = plu("--lang", "bg", "info", "missing.gml")
    assert r.stderr.startswith("plu: грешка:")


def test_convert_refuses_infinite_coordinates_with_the_place(tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    start = text.index("<gml:posList>") + len("<gml:posList>")
    bad = tmp_path / "infinite.gml"
    bad.write_text(text[:start] + "1e400" + text[text.index(" ", start):], encoding="utf-8")
    for out in (tmp_path / "plan.gpkg", tmp_path / "plan.gml"):
        r = plu("--lang", "en", "convert", str(bad), str(out))
        assert r.returncode == 2 and "Traceback" not in r.stderr and "Exception ignored" not in r.stderr
        assert "NaN or infinite coordinates" in r.stderr and "SP.zelena-polyana" in r.stderr
        assert f"GEOM.NON_FINITE {bad}:" in r.stderr  # where in the source the number is
        assert not out.exists()


@pytest.mark.parametrize(
    "language,missing,broken",
    [
        ("bg", "missing.gml: няма такъв файл", "XML документът не е добре оформен"),
        ("en", "missing.gml: no such file", "not well-formed XML"),
    ],
)
def test_errors_in_the_chosen_language(tmp_path, language, missing, broken):
    r = plu("--lang", language, "info", "missing.gml")
    assert r.returncode == 2 and missing in r.stderr and "Traceback" not in r.stderr
    bad = tmp_path / "broken.gml"
    bad.write_text("<plu:SpatialPlan", encoding="utf-8")
    r = plu("--lang", language, "convert", str(bad), str(tmp_path / "out.gpkg"))
    assert r.returncode == 2 and f"{bad}:1: {broken}" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("args,en,bg", [
    (["fix", str(SAMPLE), "--tolerance", "-1", "-o", "out.gml"], "the tolerance must be 0 or more metres",
     "допустимото отклонение трябва да е 0 или повече метра"),
    (["validate", str(SAMPLE), "--sliver-area", "-5"], "the sliver area must be 0 or more square metres",
     "площта на тесните ивици трябва да е 0 или повече квадратни метра"),
    (["validate", str(SAMPLE), "--skip", "NOPE"], "unknown rule or family: NOPE",
     "няма такова правило или група правила: NOPE"),
])
def test_settings_out_of_range_are_refused_in_the_users_language(args, en, bg, tmp_path):
    for lang, text in (("en", en), ("bg", bg)):
        r = plu("--lang", lang, *args)
        assert r.returncode == 2 and text in r.stderr and "Traceback" not in r.stderr
