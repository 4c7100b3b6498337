"""The zoning style files read without QGIS: the shipped ones agree with the table, broken ones are ignored."""

from __future__ import annotations

from pathlib import Path

import pytest

from plu_model.portrayal import HILUCS_STYLES, ZONE_TYPE_STYLES
from plu_model.style_files import STYLE_DIR_ENV, official_classes, read_qml_classes

STYLES = Path(__file__).resolve().parents[2] / "resources" / "styles"


@pytest.mark.parametrize("language", ["bg", "en"])
def test_shipped_zone_type_styles_hold_the_tables_colours_and_names(language):
    classes = read_qml_classes(STYLES / f"zoning_zone_type.{language}.qml")
    for code, (colour, bg, en) in ZONE_TYPE_STYLES.items():
        assert classes[code][0] == colour, code
        assert classes[code][1].endswith(bg if language == "bg" else en)
    assert classes[""][0] == "#FFFFFF"  # the catch-all


def test_shipped_hilucs_styles_take_the_nearest_listed_ancestors_colour():
    classes = read_qml_classes(STYLES / "zoning_hilucs.en.qml")
    assert classes["3_4_4_OpenAirRecreationalAreas"][0] == HILUCS_STYLES["3_4_4"]
    assert classes["3_3_2_EducationalServices"][0] == HILUCS_STYLES["3_3"]  # no entry of its own: its parent's
    assert classes["2_1_1_ManufacturingOfTextileProducts"][0] == HILUCS_STYLES["2"]
    assert classes["5_1_PermanentResidentialUse"][1] == "5.1 — Permanent residential use"


@pytest.mark.parametrize("content", [b"", b"<qgis><renderer-v2 type='singleSymbol'/></qgis>", b"<qgis><not closed",
                                     b"\xff\xfe garbage", "<qgis>Жм</qgis>".encode()])
def test_a_broken_or_foreign_style_file_gives_no_classes(tmp_path, content):
    path = tmp_path / "zoning_zone_type.qml"
    path.write_bytes(content)
    assert read_qml_classes(path) == {}


def test_the_municipal_folder_comes_from_the_environment(tmp_path, monkeypatch):
    text = (STYLES / "zoning_zone_type.bg.qml").read_text(encoding="utf-8")
    (tmp_path / "zoning_zone_type.qml").write_text(text.replace("Смесена многофункционална зона", "СМФ по ОУП"),
                                                   encoding="utf-8")
    monkeypatch.delenv(STYLE_DIR_ENV, raising=False)
    assert official_classes("zone_type", "en") == {}
    monkeypatch.setenv(STYLE_DIR_ENV, str(tmp_path))
    classes = official_classes("zone_type", "en")  # no English file: the one for every language
    assert classes["Smf"] == (ZONE_TYPE_STYLES["Smf"][0], "Смф — СМФ по ОУП")
    assert official_classes("hilucs", "bg") == {}  # the folder has no HILUCS legend
