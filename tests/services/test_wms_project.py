"""The QGIS project writer on its own: hostile plan names, both languages, the desktop's renderer."""

from __future__ import annotations

from lxml import etree

from services.texts import _TEXTS, LANGUAGES
from services.wms_project import PlanLayer, qgis_datasource, write_project


def test_every_service_text_exists_in_both_languages():
    from services.texts import text

    for key in _TEXTS:
        said = {language: text(key, language) for language in LANGUAGES}
        assert all(said.values())
        if key != "atom.gml":  # a format's name, the same in both
            assert said["bg"] != said["en"], key


def test_a_plan_name_with_quotes_stays_inside_its_sql_literal(tmp_path):
    hostile = "o'brien\" OR 1=1 --"
    path = write_project(tmp_path / "p.qgs", "host=/tmp dbname=r user=u", "bg",
                         [PlanLayer(hostile, 2, "План „Тест“")])
    root = etree.parse(str(path)).getroot()
    sources = [e.text for e in root.iter("datasource") if "service_feature" in e.text]
    assert len(sources) == 1
    assert "\"plan\" = 'o''brien\" OR 1=1 --' AND \"version\" = 2" in sources[0]
    names = [e.text for e in root.iter("shortname")]
    names += [p.get("value") for p in root.iter("property") if p.get("key") == "wmsShortName"]  # layer groups
    assert {"LU.SpatialPlan", "LU.ZoningElement", "LU.SupplementaryRegulation"} <= set(names)
    assert all(set(n) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-") for n in names)


def test_the_zone_layer_carries_the_desktop_style_in_the_projects_language(tmp_path):
    for language, word in (("bg", "Жилищна"), ("en", "residential")):
        root = etree.parse(str(write_project(tmp_path / f"{language}.qgs", "dbname=r", language, []))).getroot()
        zones = next(m for m in root.iter("maplayer") if m.findtext("shortname") == "LU.ZoningElement_zones")
        labels = [c.get("label") for c in zones.iter("category")]
        assert any(word.lower() in (label or "").lower() for label in labels), labels


def test_a_password_in_the_dsn_is_quoted_for_qgis():
    source = qgis_datasource("host=db dbname=r user=u password='a b\\'c'", "service_in_force", "true", None)
    assert "password='a b\\'c'" in source
