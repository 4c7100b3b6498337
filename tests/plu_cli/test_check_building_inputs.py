"""``plu check-building`` typed by a clumsy hand: decimal commas, part floors, a folder as output, a crowded PDF."""

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


@pytest.fixture
def files(tmp_path):
    return footprint_and_plot(tmp_path) | {
        # across the boundary of ZE.a and ZE.b (x = 100), outside the plot
        "straddle": str(geojson(tmp_path / "straddle.geojson", rect(90, 10, 20, 10))),
        "green": str(geojson(tmp_path / "green.geojson", rect(30, 0, 30, 25))),
    }


@pytest.mark.parametrize("lang", ["en", "bg"])
def test_a_decimal_comma_is_read_as_bulgarians_type_it(capsys, files, lang):
    code, out, err = run(capsys, lang, "--footprint", files["footprint"], "--plot", files["plot"], "--height", "12,5",
                         "--gfa", "1200,5", "--format", "json")
    doc = json.loads(out)
    assert doc["figures"]["maxHeight"]["value"] == 12.5
    assert doc["figures"]["maxFloorAreaRatio"]["value"] == pytest.approx(1200.5 / (40 * 25))


@pytest.mark.parametrize("argv,en,bg", [
    (("--height", "1,200"), "ambiguous", "двусмислено"),
    (("--height", "nan"), "is not a number", "не е число"),
    (("--height", "1e400"), "too large a number", "твърде голямо число"),
    (("--height", "9", "--floors", "2.5"), "is not a whole number", "не е цяло число"),
    (("--height", "9", "--floors", "2,5"), "is not a whole number", "не е цяло число"),
])
def test_numbers_that_cannot_be_read_are_refused_in_both_languages(capsys, files, argv, en, bg):
    for lang, words in (("en", en), ("bg", bg)):
        with pytest.raises(SystemExit) as stop:
            run(capsys, lang, "--footprint", files["footprint"], *argv)
        err = capsys.readouterr().err
        assert stop.value.code == 2 and words in err and argv[-1] in err and "Traceback" not in err


def test_an_output_that_is_a_folder_is_named_as_given(capsys, files, tmp_path):
    folder = tmp_path / "отчети"
    folder.mkdir()
    code, _, err = run(capsys, "en", "--footprint", files["footprint"], "--height", "9", "--out", str(folder))
    assert code == 2 and f"{folder}: it is a folder" in err and ".tmp" not in err
    assert list(folder.iterdir()) == []


def _red_on_the_map(pdf: Path, tmp_path: Path) -> int:
    from PIL import Image

    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", str(pdf), str(png)], check=True)
    page = Image.open(f"{png}.png").convert("RGB")
    the_map = page.crop((0, int(page.height * 0.12), page.width, int(page.height * 0.52)))
    return sum(1 for r, g, b in the_map.getdata() if r > 180 and g < 120 and b < 120)


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils (scripts/setup.sh) renders the page")
def test_the_map_of_a_plan_in_degrees_is_drawn_in_metres(capsys, files, tmp_path):
    geo = tmp_path / "geo.gml"
    assert main(["--lang", "en", "convert", str(BASE), str(geo), "--crs", "4258"]) == 0
    pdf = tmp_path / "geo.pdf"
    assert main(["--lang", "en", "check-building", str(geo), "--footprint", files["footprint"], "--plot",
                 files["plot"], "--height", "9", "--format", "pdf", "-o", str(pdf)]) == 0
    capsys.readouterr()
    assert _red_on_the_map(pdf, tmp_path) > 50, "a 20 × 10 m footprint is as large on the map as in metres"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    bar = re.search(r"^([\d.]+) m$", text, re.MULTILINE)  # the scale bar's label
    assert "EPSG:4258 → EPSG:3035" in text and bar and 5 <= float(bar.group(1)) <= 50


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils (scripts/setup.sh) renders the page")
def test_the_map_shows_a_footprint_that_leaves_its_plot(capsys, files, tmp_path):
    from PIL import Image

    pdf = tmp_path / "check.pdf"
    run(capsys, "bg", "--footprint", files["straddle"], "--plot", files["plot"], "--height", "9", "--format", "pdf",
        "-o", str(pdf))
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", str(pdf), str(png)], check=True)
    page = Image.open(f"{png}.png").convert("RGB")
    the_map = page.crop((0, int(page.height * 0.12), page.width, int(page.height * 0.52)))
    red = sum(1 for r, g, b in the_map.getdata() if r > 180 and g < 120 and b < 120)
    assert red > 50, "the footprint is drawn in red on the map, though it lies outside the plot"


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (scripts/setup.sh) reads the page")
@pytest.mark.parametrize("lang,word", [("en", "EXCEEDS"), ("bg", "ПРЕВИШАВА")])
def test_a_crowded_sheet_never_hides_an_excess_or_a_note(capsys, files, tmp_path, lang, word):
    argv = ("--footprint", files["straddle"], "--plot", files["plot"], "--green", files["green"], "--height", "12",
            "--floors", "3", "--gfa", "700", "--use", "school", "--profile", "bg-sofia")
    _, out, _ = run(capsys, lang, *argv, "--format", "json")
    doc = json.loads(out)
    exceeds = sum(v["status"] == "exceeds" for v in doc["verdicts"])
    assert len(doc["verdicts"]) > 22 and exceeds >= 8 and len(doc["notes"]) >= 3  # more than a page holds
    pdf = tmp_path / "crowded.pdf"
    assert run(capsys, lang, *argv, "--format", "pdf", "-o", str(pdf))[0] == 1
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    below = "ПОД МИНИМУМА" if lang == "bg" else "BELOW MINIMUM"
    flat = " ".join(text.split())  # a verdict may wrap in its column
    assert flat.count(word) + flat.count(below) == exceeds
    for note in doc["notes"]:
        assert note[lang] in flat
