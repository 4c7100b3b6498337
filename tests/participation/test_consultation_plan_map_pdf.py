"""The plan map comes from a QGIS print layout run in its own process: legend, scale bar, north arrow, title."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from consultation_fixtures import *  # noqa: F403 - fixtures
from consultation_fixtures import ROOT
from consultation_pictures import pdf_text, render_pdf_page, share_of_colour

from participation.package_reader import open_package
from plu_model.portrayal import ZONE_TYPE_STYLES

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def packaged_with_map(tmp_path_factory, sample_path):
    """``plu package`` with the QGIS plan map, exactly as a user runs it."""
    out = tmp_path_factory.mktemp("map") / "zelena-polyana.zip"
    result = subprocess.run(
        [sys.executable, "-m", "plu_cli", "--lang", "bg", "package", str(sample_path), "--out", str(out),
         "--authority", "Столична община", "--email", "plan@example.invalid", "--start", "2025-10-01"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out, result.stdout


def test_plu_package_reports_the_legal_period(packaged_with_map):
    _, stdout = packaged_with_map
    assert "01.10.2025 – 01.11.2025" in stdout and "чл. 128" in stdout


def test_plan_map_pdf_is_a_plan_sheet(packaged_with_map, tmp_path, output_dir):
    out, _ = packaged_with_map
    info = open_package(out, extract_to=tmp_path / "p")
    pdf = info.root / "documents" / "plan-map.pdf"
    text = " ".join(pdf_text(pdf).split())
    for expected in ("ПРОЕКТ ЗА ОБЩЕСТВЕНО ОБСЪЖДАНЕ", "Зелена поляна", "Отговорен орган: Столична община",
                     "Мащаб 1:", "Легенда", "Устройствени зони", "Жм — Жилищна зона с малка височина", "EPSG:7801",
                     "Обществено обсъждане: 01.10.2025 – 01.11.2025"):
        assert expected in text, expected
    assert " m" in text and "200" in text  # the scale bar's labels
    from datetime import date, timedelta  # the sheet's dates as Bulgarian sheets print them (it was ISO)
    assert any(f"Отпечатано: {day:%d.%m.%Y}" in text for day in (date.today(), date.today() - timedelta(days=1)))
    pixels = render_pdf_page(pdf, output_dir, "participation-plan-map", dpi=60)
    h, w, _ = pixels.shape
    assert w > h  # landscape sheet
    for code in ("Zhm", "Zhs", "Smf", "Tp"):  # the sample's larger zone types, in the national colours
        assert share_of_colour(pixels, ZONE_TYPE_STYLES[code][0], tolerance=6) > 0.01, code
    assert "Третично производство" not in text and "_" not in text.split("Легенда", 1)[1][:400]
    # the north arrow: a dark shape in the side column below the title block, left of the scale bar
    side = pixels[:, int(w * 0.64):]
    dark = side.mean(axis=-1) < 60
    assert dark[int(h * 0.40): int(h * 0.55), : side.shape[1] // 6].sum() > 40
    assert np.any(dark[: int(h * 0.1)])  # the title block frame


def test_print_layout_fails_cleanly_on_a_broken_plan(tmp_path):
    bad = tmp_path / "broken.gpkg"
    bad.write_bytes(b"not a geopackage")
    result = subprocess.run([sys.executable, "-m", "app.print_layout", str(bad), str(tmp_path / "x.pdf")],
                            cwd=ROOT, capture_output=True, text=True, timeout=120, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2
    assert "broken.gpkg: not a GeoPackage" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()
