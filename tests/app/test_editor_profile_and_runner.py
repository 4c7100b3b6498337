"""The zone limits reader tolerates any shape of national profile (or none), and the validation
adapter works with the foundation's checks when the rule engine is not installed."""

from __future__ import annotations

import json

import pytest
from editor_helpers import *  # noqa: F403 - fixtures and helpers

ZHM = "https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhm"


@pytest.fixture
def profile(tmp_path, monkeypatch):
    import app.zone_profile as zone_profile

    path = tmp_path / "bg.json"
    monkeypatch.setattr(zone_profile, "profile_path", lambda country="bg": path if path.exists() else None)
    return path


def test_no_profile_is_reported_not_guessed(profile):
    from app.zone_profile import zone_limits

    result = zone_limits(ZHM, "Жм")
    assert result.status == "no-profile" and result.indications == []


@pytest.mark.parametrize("data", [
    {"zones": {"Zhm": {"max_height_m": 10, "max_density_pct": 60, "max_kint": 1.2, "min_green_pct": 40}}},
    {"zones": [{"code": "Жм", "limits": {"maxHeight": 10, "maxDensity": {"max": 60}, "maxFloorAreaRatio": 1.2,
                                         "minGreenShare": 40}}]},
    [{"uri": ZHM, "max_height": 10, "max_density": 60, "kint": 1.2, "min_green": 40}],
])
def test_limits_are_read_from_several_profile_shapes(profile, data):
    from app.zone_profile import zone_limits

    profile.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = zone_limits(ZHM, "Жм")
    assert result.status == "ok"
    assert result.indications == [
        {"type": "measure", "indication_reference": "maxHeight", "value": 10.0, "uom": "m"},
        {"type": "measure", "indication_reference": "maxDensity", "value": 60.0, "uom": "%"},
        {"type": "real", "indication_reference": "maxFloorAreaRatio", "value": 1.2},
        {"type": "measure", "indication_reference": "minGreenShare", "value": 40.0, "uom": "%"},
    ]


def test_a_broken_or_silent_profile_is_said_so(profile):
    from app.zone_profile import zone_limits

    profile.write_text("{not json", encoding="utf-8")
    assert zone_limits(ZHM).status == "unreadable"
    profile.write_text(json.dumps({"zones": {"Smf": {"max_height_m": 26}}}), encoding="utf-8")
    assert zone_limits(ZHM).status == "no-entry"


@pytest.mark.gui
def test_the_form_fills_the_limits_from_the_profile(qapp, profile):
    from app.forms.feature_form import FeatureForm

    profile.write_text(json.dumps({"zones": {"Zhm": {"max_height_m": 10, "max_kint": 1.2}}}), encoding="utf-8")
    form = FeatureForm("ZoningElement", {"specific_land_use_nil": "unknown"}, "en", [], new=True)
    form.fields["specific_land_use"].editor.check(ZHM)
    values = form.values()
    assert values["dimensioning_indication"] == [
        {"type": "measure", "indication_reference": "maxHeight", "value": 10.0, "uom": "m"},
        {"type": "real", "indication_reference": "maxFloorAreaRatio", "value": 1.2},
    ]
    assert values["dimensioning_indication_nil"] is None
    assert "bg.json" in form.profile_note.text()
    form.deleteLater()


def test_the_foundation_check_finds_xsd_errors_with_the_feature(broken_gpkg, tmp_path):
    from app.validation_runner import engine_available, iter_findings

    path, gml_id = broken_gpkg
    findings = list(iter_findings(path, work_dir=tmp_path))
    if engine_available():
        pytest.skip("the rule engine is installed; its own tests cover it")
    assert findings and {f.rule for f in findings} == {"XSD"}
    assert {f.gml_id for f in findings} == {gml_id}
    assert all(f.line for f in findings) and (tmp_path / "validation.gml").is_file()


def test_an_unreadable_plan_is_a_finding_not_a_traceback(tmp_path):
    from app.validation_runner import iter_findings

    bad = tmp_path / "bad.gpkg"
    bad.write_bytes(b"not a geopackage")
    findings = list(iter_findings(bad, work_dir=tmp_path))
    assert len(findings) == 1 and findings[0].severity.name == "FATAL"
    assert "bad.gpkg" in findings[0].message_en
