"""Zone limits in the form come from the validator's own national profile, and the editor's
validation runs the engine on the plan as it would be exported (XSD check included)."""

from __future__ import annotations

import pytest
from editor_helpers import *  # noqa: F403 - fixtures and helpers

ZONES = "https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/"


def test_limits_come_from_the_profile_the_validator_checks():
    from app.zone_profile import zone_limits
    from validators.profiles import load_profile

    result = zone_limits(ZONES + "Zhm")
    assert result.status == "ok" and result.source.name == "bg.json"
    checked = {limit.indication: limit for limit in load_profile("bg").zone_limits[ZONES + "Zhm"].limits}
    assert {i["indication_reference"]: i["value"] for i in result.indications} == {
        name: float(limit.max if limit.max is not None else limit.min) for name, limit in checked.items()
    }
    assert {"type": "measure", "indication_reference": "maxHeight", "value": 10.0, "uom": "m"} in result.indications


def test_a_zone_without_limits_or_a_missing_profile_is_said_so():
    from app.zone_profile import zone_limits

    without = zone_limits(ZONES + "Tti")
    assert without.status == "no-entry" and without.indications == [] and "Тти" in without.detail
    # the ordinance sets no figures for Од: shown as no limit known, with the reason
    none_known = zone_limits(ZONES + "Od")
    assert none_known.status == "no-entry" and set(none_known.unknown) == {
        "maxDensity", "maxFloorAreaRatio", "minGreenShare", "maxHeight"}
    assert "no limit known" in none_known.detail or "няма известен норматив" in none_known.detail
    # Жг: density, Кинт and green are limited, its height is not known
    high_rise = zone_limits(ZONES + "Zhg")
    assert high_rise.status == "ok" and list(high_rise.unknown) == ["maxHeight"]
    missing = zone_limits(ZONES + "Zhm", "no-such-profile")
    assert missing.status == "no-profile" and "no-such-profile" in missing.detail


@pytest.mark.gui
def test_the_form_fills_the_limits_from_the_profile(qapp):
    from app.forms.feature_form import FeatureForm

    form = FeatureForm("ZoningElement", {"specific_land_use_nil": "unknown"}, "en", [], new=True)
    form.fields["specific_land_use"].editor.check(ZONES + "Zhm")
    values = form.values()
    assert {"type": "real", "indication_reference": "maxFloorAreaRatio", "value": 1.2} in values["dimensioning_indication"]
    assert values["hilucs_land_use"] == ["http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"]
    assert values["dimensioning_indication_nil"] is None
    assert "bg.json" in form.profile_note.text()
    form.deleteLater()


def test_a_plan_file_is_checked_as_exported_xsd_included(broken_gpkg):
    from app.validation_runner import iter_findings, plan_profile

    path, gml_id = broken_gpkg
    assert plan_profile(path) == "bg"
    findings = list(iter_findings(path, "bg"))
    xsd = [f for f in findings if f.rule == "XSD"]
    assert xsd and {f.gml_id for f in xsd} == {gml_id}
    assert "XSD.NOT_RUN" not in {f.rule for f in findings}


def test_an_unreadable_plan_is_a_finding_not_a_traceback(tmp_path):
    from app.validation_runner import iter_findings

    bad = tmp_path / "bad.gpkg"
    bad.write_bytes(b"not a geopackage")
    findings = list(iter_findings(bad))
    assert findings and findings[0].severity.name == "FATAL"
    assert "bad.gpkg" in findings[0].message_en
