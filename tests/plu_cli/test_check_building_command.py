"""``plu check-building`` on the command line: text, JSON, the one-page PDF, exit codes and refusals."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from plu_cli.main import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "validators"))
from building_cases import BASE, footprint_and_plot, geojson, rect  # noqa: E402
from building_cases import run_check_building as run  # noqa: E402
from norms_fixture import article, zone  # noqa: E402


@pytest.fixture
def files(tmp_path):
    return footprint_and_plot(tmp_path)


def test_text_within_exits_0_and_too_high_exits_1(capsys, files):
    ok = run(capsys, "en", "--footprint", files["footprint"], "--plot", files["plot"], "--height", "9",
             "--floors", "3")
    assert ok[0] == 0 and "20.0 %" in ok[1] and "0.60" in ok[1] and "no limit known" not in ok[1]
    high = run(capsys, "bg", "--footprint", files["footprint"], "--plot", files["plot"], "--height", "12")
    assert high[0] == 1 and "ПРЕВИШАВА" in high[1] and article(zone("Жм")) in high[1]
    assert "не е изчислено" in high[1]  # Кинт: neither floors nor gross floor area given


def test_json_carries_figures_verdicts_and_citations(capsys, files):
    code, out, _ = run(capsys, "en", "--footprint", files["footprint"], "--plot", files["plot"], "--height", "9",
                       "--floors", "3", "--format", "json")
    doc = json.loads(out)
    assert code == 0 and doc["figures"]["maxDensity"]["value"] == pytest.approx(100 * 200 / 1000)
    assert doc["figures"]["minGreenShare"]["exact"] is False
    density = next(v for v in doc["verdicts"] if v["authority"] == "law:Жм" and v["indication"] == "maxDensity")
    assert density["status"] == "within" and density["limit"]["max"] == zone("Жм")["max_density_pct"]
    assert density["limit"]["range"] == zone("Жм")["ranges"]["density_pct"]
    assert article(zone("Жм")) in density["limit"]["citation_bg"]


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils (scripts/setup.sh) renders the page")
def test_the_pdf_is_one_page_with_bulgarian_text_and_a_map(capsys, files, tmp_path):
    pdf = tmp_path / "проверка.pdf"
    code, _, err = run(capsys, "bg", "--footprint", files["footprint"], "--plot", files["plot"], "--height", "12",
                       "--floors", "3", "--format", "pdf", "-o", str(pdf))
    assert code == 1 and "записан е" in err
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Проверка на сграда" in text and "ПРЕВИШАВА" in text and "чл. 19" in text
    from PIL import Image

    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", str(pdf), str(png)], check=True)
    pixels = list(Image.open(f"{png}.png").convert("RGB").getdata())
    red = sum(1 for r, g, b in pixels if r > 180 and g < 120 and b < 120)
    assert red > 50, "the footprint is drawn in red on the map"


def test_refusals_exit_2_with_a_message(capsys, files, tmp_path):
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[0, 0], [1, 1]]}}',
                   encoding="utf-8")
    code, _, err = run(capsys, "en", "--footprint", str(bad), "--height", "9")
    assert code == 2 and str(bad) in err and "LineString" in err and "Traceback" not in err
    far = geojson(tmp_path / "far.geojson", rect(9000, 9000, 10, 10))
    code, _, err = run(capsys, "bg", "--footprint", str(far), "--height", "9")
    assert code == 2 and "извън всички зони" in err
    code, _, err = run(capsys, "en", "--footprint", files["footprint"], "--height", "9", "--format", "pdf")
    assert code == 2 and "--out" in err
    code, _, err = run(capsys, "en", "--footprint", str(tmp_path / "missing.geojson"), "--height", "9")
    assert code == 2 and "missing.geojson" in err


def test_a_plan_in_geographic_coordinates_measures_in_square_metres(capsys, files, tmp_path):
    geo = tmp_path / "geo.gml"
    assert main(["--lang", "en", "convert", str(BASE), str(geo), "--crs", "4258"]) == 0
    capsys.readouterr()
    code = main(["--lang", "en", "check-building", str(geo), "--footprint", files["footprint"], "--plot",
                 files["plot"], "--height", "9", "--floors", "3", "--format", "json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0 and doc["zones"][0]["gml_id"] == "ZE.a"
    # equal-area measures of 20 × 10 and 40 × 25 m rectangles: within 0.1 % of the planar ones
    assert doc["footprint_area_m2"] == pytest.approx(200, rel=1e-3)
    assert doc["plot_area_m2"] == pytest.approx(1000, rel=1e-3)


def test_bulgarian_figures_have_a_decimal_comma(capsys, files):
    code, out, _ = run(capsys, "bg", "--footprint", files["footprint"], "--plot", files["plot"], "--height", "9",
                       "--floors", "3")
    # 20 m × 10 m on a 40 m × 25 m plot, three floors: density 20 %, Кинт 200 × 3 ÷ 1000 = 0.6
    assert code == 0 and "Петно 200,0 m²; имот 1000,0 m²" in out and "20,0 %" in out and "0,60" in out, out
    assert not any(ch.isdigit() and out[i + 1] == "." and out[i + 2].isdigit() for i, ch in enumerate(out[:-2])), out
