"""The indicator report: CSV and JSON numbers, the chart checked as a picture, the HTML as a browser shows it."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess

import numpy as np
import pytest
from PIL import Image
from plan_sources import small_plan

from exporters.indicator_report import area_chart_png, density_chart_png, indicators_csv, indicators_json, write_report
from plu_model.codelists import codelist
from plu_model.indicators import plan_indicators

H = "http://inspire.ec.europa.eu/codelist/HILUCSValue/"
CHROMIUM = "/usr/bin/chromium"


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


def _longest_runs(png: bytes, colour: tuple[int, int, int]) -> list[int]:
    """Per image row, the longest horizontal run of exactly ``colour``; the non-zero ones, longest first."""
    img = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))
    mask = np.all(img == np.array(colour, dtype=np.uint8), axis=2)
    runs = []
    for row in mask:
        best = n = 0
        for v in row:
            n = n + 1 if v else 0
            best = max(best, n)
        runs.append(best)
    return sorted((r for r in runs if r), reverse=True)


def test_csv_rows_carry_the_hand_computed_numbers():
    buffer = io.StringIO()
    indicators_csv([plan_indicators(small_plan())], buffer, "bg")
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    by = {(r["grouping"], r["code"]): r for r in rows}
    res = by[("hilucs", "5_1")]
    assert (float(res["area_m2"]), float(res["share_pct"]), float(res["permitted_floor_area_m2"])) == \
        pytest.approx((15_000, 54.545, 22_000), abs=1e-3)
    assert res["label"] == "Постоянно жилищно ползване"
    total = by[("total", "Σ")]
    assert float(total["permitted_floor_area_m2"]) == pytest.approx(39_500)
    assert float(total["built_footprint_m2"]) == pytest.approx(11_500)
    assert by[("zone_type", "Оз")]["mean_floor_area_ratio"] == ""  # no indication, not zero


def test_json_holds_every_plan_and_the_comparison():
    data = json.loads(indicators_json([plan_indicators(small_plan(title="A")), plan_indicators(small_plan(title="B"))]))
    assert [p["name"] for p in data["plans"]] == ["A", "B"]
    row = next(r for r in data["comparison_by_hilucs"] if r["code"] == "4_1_1")
    assert [p["area_m2"] for p in row["plans"]] == pytest.approx([2_500, 2_500])


def test_area_chart_bars_have_the_class_colours_and_proportional_lengths(output_dir):
    ind = plan_indicators(small_plan())
    png = area_chart_png([ind], "en")
    (output_dir / "indicators-area-chart.png").write_bytes(png)
    hilucs = codelist("HILUCSValue")
    lengths = {}
    for c in ind.by_hilucs:
        colour = _rgb(c.colour)
        runs = _longest_runs(png, colour)
        assert len(runs) >= 8, f"no bar drawn in {c.colour} for {c.code}"
        lengths[c.key] = runs[0]
        assert c.colour == next(v.extra["colour"] for v in hilucs.ancestors(c.key) if "colour" in v.extra)
    # bars start at zero, so their lengths in pixels stand in the ratio of the areas (give or take the
    # pixel snapping of each end); 5_1 (1.5 ha) is six times the street (0.25 ha), three times the park
    px_per_m2 = lengths[H + "5_1_PermanentResidentialUse"] / 15_000
    assert px_per_m2 * 10_000 > 250  # a hectare spans a good part of the chart
    for c in ind.by_hilucs:
        if c.key != H + "5_2_ResidentialUseWithOtherCompatibleUses":  # same colour as 5_1, shorter
            assert abs(lengths[c.key] - c.area * px_per_m2) <= 3, c.code
    assert lengths[H + "4_1_1_RoadTransport"] < lengths[H + "3_4_4_OpenAirRecreationalAreas"] < lengths[H + "5_1_PermanentResidentialUse"]


def test_density_chart_draws_one_bar_per_zone_type_with_indications(output_dir):
    ind = plan_indicators(small_plan())
    png = density_chart_png([ind], "bg")
    (output_dir / "indicators-density-chart.png").write_bytes(png)
    zhm = next(c for c in ind.by_zone_type if c.code == "Жм")
    runs = _longest_runs(png, _rgb(zhm.colour))
    # residential zones share a colour: Жм and Жс bars in both panels (density and Кинт)
    density_bars = [r for r in runs if r > 20]
    assert len(density_bars) >= 4
    assert not _longest_runs(png, _rgb(next(c for c in ind.by_zone_type if c.code == "Тп").colour or "#000001"))


@pytest.mark.browser
@pytest.mark.skipif(not shutil.which(CHROMIUM), reason="headless Chromium is not installed")
def test_html_report_as_a_browser_shows_it(tmp_path, output_dir):
    plans = [plan_indicators(small_plan(title="План А")), plan_indicators(small_plan(title="План Б"), hilucs_level=None)]
    html_path = write_report(plans, tmp_path / "report.html", "html", "bg")
    text = html_path.read_text(encoding="utf-8")
    assert text.count("data:image/png;base64,") == 2 and "<script" not in text and "http" not in text.split("<body>")[1]
    assert "Плановете един до друг" in text
    shot = output_dir / "indicators-report.png"
    shot.unlink(missing_ok=True)
    profile = tmp_path / "chromium-profile"
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", f"--screenshot={shot}", "--window-size=1200,1600", html_path.as_uri()],
        check=True, capture_output=True, timeout=90,
    )
    img = np.asarray(Image.open(shot).convert("RGB"))
    assert img.shape[:2] == (1600, 1200)
    # the embedded chart is on screen in the residential colour, and so are the table rules
    residential = _rgb(plans[0].by_hilucs[2].colour)
    assert np.all(img == np.array(residential, dtype=np.uint8), axis=2).sum() > 2000
    assert (img.min(axis=2) < 80).sum() > 5000  # text
