"""Validation profiles: the shipped ones cite their sources, and a municipality can extend them."""

from __future__ import annotations

import json

import pytest
from validation_manifest import BROKEN

from plu_model.codelists import codelist
from plu_model.errors import PluInputError
from validators import ValidationOptions, validate
from validators.profiles import available_profiles, load_profile


def test_shipped_profiles():
    assert {"inspire", "bg", "bg-sofia"} <= set(available_profiles())
    base = load_profile()
    assert base.name == "inspire" and 3046 in base.allowed_crs and 25834 not in base.allowed_crs
    assert 7801 not in base.allowed_crs and "unknown" in base.nil_reasons and "inapplicable" not in base.nil_reasons


def test_the_bulgarian_profile_has_limits_with_sources_and_says_which_are_missing():
    bg = load_profile("bg")
    assert bg.chain == ("inspire", "bg")
    zones = codelist("bg/ZoneTypeValue")
    zhm = bg.zone_limits[zones.uri_for("Zhm")]
    assert zhm.firm and {(lim.indication, lim.max, lim.min) for lim in zhm.limits} == {
        ("maxHeight", 10, None), ("maxDensity", 60, None), ("maxFloorAreaRatio", 1.2, None),
        ("minGreenShare", None, 40)}
    for zone in bg.zone_limits.values():
        assert zone.law and all(lim.source for lim in zone.limits)
    # every national zone type is either limited or listed as not yet entered
    limited = {z.code for z in bg.zone_limits.values()}
    assert limited | set(bg.zones_without_limits) == {v.code for v in zones}
    assert not limited & set(bg.zones_without_limits), "a zone type is either limited or listed as missing"
    assert "Smf" in bg.zones_without_limits and 7801 in bg.national_crs


def test_the_sofia_profile_extends_the_national_one():
    sofia = load_profile("bg-sofia")
    assert sofia.chain == ("inspire", "bg", "bg-sofia")
    smf = sofia.zone_limits[codelist("bg/ZoneTypeValue").uri_for("Smf")]
    assert smf.firm and "Smf" not in sofia.zones_without_limits
    assert len(sofia.zone_limits) == len(load_profile("bg").zone_limits) + 1
    # the 2018 height cap reaches every building zone, and no plan must state it
    assert all(z.limit("maxHeight") and z.limit("maxHeight").max <= 75 for z in sofia.zone_limits.values())
    assert sofia.zone_limits[codelist("bg/ZoneTypeValue").uri_for("Zhg")].limit("maxHeight").citywide


def test_a_municipality_profile_file(tmp_path):
    path = tmp_path / "bg-village.json"
    path.write_text(json.dumps({
        "name": "bg-village", "extends": "bg",
        "zone_limits": {"Oz": {"law": "Наредба на общината (пример)", "confidence": "high",
                               "limits": {"maxHeight": {"max": 4, "uom": "m", "source": "чл. 5 (пример)"}}}},
    }), encoding="utf-8")
    report = validate(BROKEN / "valid_base.gml", ValidationOptions(profile=str(path)))
    (finding,) = report.findings
    assert finding.rule == "PROFILE.LIMIT_EXCEEDED" and finding.gml_id == "ZE.b" and "чл. 5 (пример)" in finding.message_en
    assert report.profile == "bg-village"


def test_a_yaml_profile(tmp_path):
    path = tmp_path / "strict.yaml"
    path.write_text("name: strict\nextends: bg\nnational_crs: []\n", encoding="utf-8")
    assert load_profile(path).national_crs == {}


@pytest.mark.parametrize("text,message", [
    ("[1, 2]", "must be a JSON object"),
    ('{"name": "x", "extends": "nowhere"}', "no validation profile 'nowhere'"),
    ('{"name": "x", "extends": "bg", "zone_limits": {"Zhm": {"limits": {"maxHeight": {"max": 3}}}}}',
     "does not cite its legal source"),
    ('{"name": "x", "extends": "bg", "zone_limits": {"Nope": {"limits": {}}}}', "is not a value of"),
])
def test_bad_profiles_are_refused_with_a_reason(tmp_path, text, message):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PluInputError, match=message):
        load_profile(path)


def test_an_unknown_profile_is_an_unusable_run():
    report = validate(BROKEN / "valid_base.gml", ValidationOptions(profile="atlantis"))
    assert report.verdict == "unusable" and "available: " in report.findings[0].message_en


@pytest.mark.parametrize("text,where", [
    ('{"name": "x", "extends": "bg", "zone_limits": ["Zhm"]}', "zone_limits must be a JSON object"),
    ('{"name": "x", "extends": "bg", "zone_limits": {"Zhm": "60 %"}}', "zone_limits.Zhm must be a JSON object"),
    ('{"name": "x", "extends": "bg", "zone_limits": {"Zhm": {"law": "Н7", "limits": {"maxHeight": {"max": "ten"}}}}}',
     "zone_limits.Zhm.limits.maxHeight.max must be a finite number, not 'ten'"),
    ('{"name": "x", "extends": "bg", "zone_limits": {"Zhm": {"law": "Н7", "limits": {"maxHeight": {"max": NaN}}}}}',
     "zone_limits.Zhm.limits.maxHeight.max must be a finite number, not nan"),
    ('{"name": "x", "extends": "bg", "plot_limits": {"school": {"law": "Н7", "limits": {"maxDensity": 40}}}}',
     "plot_limits.school.limits.maxDensity must be a JSON object"),
    ('{"name": "x", "extends": "bg", "allowed_crs": [{"epsg": "abc"}]}', r"allowed_crs\[0\].epsg must be an EPSG code"),
    ('{"name": "x", "extends": "bg", "indications": {"maxHeight": "metres"}}', "indications.maxHeight must be"),
    ('{"name": "x", "extends": "bg", "label": "Община"}', "label must be a JSON object"),
    ('{"name": "x", "extends": "bg", "zone_type_list": 5}', "zone_type_list must be a text in quotes"),
    ('{"name": "x", "extends": "bg", "zone_type_list": "bg/Nowhere"}', "zone_type_list 'bg/Nowhere' names no code list"),
    ('{"name": "x", "extends": "bg", "zones_without_limits": {"Zhm": 5}}', "zones_without_limits.Zhm must be a text"),
    ('{"name": "x", "extends": "bg", "height_cap": {"max": -Infinity, "law": "ЗУЗСО"}}', "height_cap.max must be"),
])
def test_a_hand_written_profile_of_the_wrong_shape_names_the_file_and_key(tmp_path, text, where):
    path = tmp_path / "община.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PluInputError, match=where) as info:
        load_profile(path)
    assert str(path) in info.value.message("en") and str(path) in info.value.message("bg")


def test_a_profile_that_is_not_utf8_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "cp1251.json"
    path.write_bytes('{"name": "x", "extends": "bg", "label": {"bg": "Община"}}'.encode("cp1251"))
    with pytest.raises(PluInputError, match="not UTF-8") as info:
        load_profile(path)
    assert "не е текст в UTF-8" in info.value.message("bg")
