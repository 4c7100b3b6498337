"""Every zone type the law regulates: a zone beyond each limit is flagged, citing the article and range.

Expected limits and articles are read from the shared facts file
(:mod:`norms_fixture`), not from the profiles under test.
"""

from __future__ import annotations

import pytest
from norms_fixture import FIGURES, NATIONAL, NORMS, PLOTS, SHARED, SOFIA, article, norms, zone
from validation_manifest import load_generator

from plu_model.codelists import codelist
from plu_model.synthetic import dimensioning_for
from validators import ValidationOptions, validate
from validators.profiles import load_profile

ZONES = codelist("bg/ZoneTypeValue")
# harmless figures for the indications a case does not test: low, small and green
CALM = {"maxHeight": 5.0, "maxDensity": 10.0, "maxFloorAreaRatio": 0.3, "minGreenShare": 90.0}


def _plan(tmp_path, code: str, figures: dict[str, float], name: str):
    gen = load_generator()
    value = ZONES.by_code(code)
    path = tmp_path / f"{name}.gml"
    dims = dimensioning_for(figures["maxHeight"], figures["maxDensity"], figures["maxFloorAreaRatio"],
                            figures["minGreenShare"])
    path.write_text(gen._data(lambda d: gen._set(
        gen._za(d), specific_land_use=[value.uri], hilucs_land_use=[str(value.extra["hilucs"])],
        dimensioning_indication=dims)), encoding="utf-8")
    return path


def _cases(table: dict[str, str]) -> list[tuple[str, str, str]]:
    out = []
    for norms_code, code in table.items():
        entry = zone(norms_code)
        for key in FIGURES:
            # a density of 100 % (Ц) cannot be exceeded; more is implausible, which DIM.IMPLAUSIBLE reports
            if entry[key] is not None and not (FIGURES[key][2] == "%" and entry[key] >= 100):
                out.append((norms_code, code, key))
    return out


def _beyond(entry: dict, key: str) -> float:
    side, unit = FIGURES[key][1], FIGURES[key][2]
    if side == "min":
        return entry[key] - 5
    return (entry[key] + 100) / 2 if unit == "%" else entry[key] * 1.25 + 1


def _check(tmp_path, profile: str, norms_code: str, code: str, key: str) -> tuple:
    entry = zone(norms_code)
    indication = FIGURES[key][0]
    options = ValidationOptions(profile=profile, today=load_generator().TODAY)
    within = dict(CALM, **{indication: float(entry[key])})
    assert validate(_plan(tmp_path, code, within, "within"), options).findings == []
    beyond = dict(CALM, **{indication: _beyond(entry, key)})
    findings = validate(_plan(tmp_path, code, beyond, "beyond"), options).findings
    assert len(findings) == 1, [f.message_en for f in findings]
    finding = findings[0]
    firm = entry["confidence"] in ("high", "medium")
    assert finding.rule in ("PROFILE.LIMIT_EXCEEDED", "PROFILE.LIMIT_EXCEEDED_UNVERIFIED")
    assert finding.gml_id == "ZE.a" and indication in finding.message_en
    limit = f"{entry[key]:g}"
    comma = limit.replace(".", ",")  # Bulgarian writes a decimal comma
    assert article(entry) in finding.message_en and f"of {limit}" in finding.message_en, finding.message_en
    assert article(entry) in finding.message_bg and f"от {comma}" in finding.message_bg, finding.message_bg
    span = entry.get("ranges", {}).get(FIGURES[key][3] or "")
    if span:
        shown = f"{span[0]:g}–{span[1]:g}"
        assert shown in finding.message_en and shown.replace(".", ",") in finding.message_bg, finding.message_bg
    return finding, firm


@pytest.mark.parametrize("norms_code,code,key", _cases(NATIONAL), ids=lambda x: str(x))
def test_a_zone_beyond_a_national_limit_cites_the_article_and_range(tmp_path, norms_code, code, key):
    finding, firm = _check(tmp_path, "bg", norms_code, code, key)
    assert finding.rule == ("PROFILE.LIMIT_EXCEEDED" if firm else "PROFILE.LIMIT_EXCEEDED_UNVERIFIED")
    assert "Наредба № 7" in finding.message_en


@pytest.mark.parametrize("norms_code,code,key", _cases(SOFIA), ids=lambda x: str(x))
def test_the_sofia_profile_overrides_the_national_limit(tmp_path, norms_code, code, key):
    # Смф's and Пс's entries are high/medium overall; a single figure of Пс (green) rests on one listing
    finding, _ = _check(tmp_path, "bg-sofia", norms_code, code, key)
    assert "ЗУЗСО" in finding.message_en and "ЗУЗСО" in finding.message_bg
    national_code = next((n for n, c in NATIONAL.items() if c == code), None)
    if national_code and zone(national_code)[key] is not None:
        national = zone(national_code)
        assert "§ 11 ПЗР" in finding.message_en and f"{national[key]:g}" in finding.message_en
        assert article(national) in finding.message_en
    if zone(norms_code)["confidence"] == "low":
        assert finding.rule == "PROFILE.LIMIT_EXCEEDED_UNVERIFIED"


def _sofia_cap() -> dict:
    caps = [c for c in norms()["citywide_limits"] if c["max_height_m"] and "останалата част" in c["scope"]]
    assert len(caps) == 1
    return caps[0]


def test_the_sofia_height_cap_applies_where_no_lower_limit_does(tmp_path):
    cap = _sofia_cap()
    tall = float(cap["max_height_m"] + 10)
    options = dict(today=load_generator().TODAY)
    # Жг: the ordinance sets no upper height, so nothing nationally; ЗУЗСО caps it
    high_rise = _plan(tmp_path, "Zhg", dict(CALM, maxHeight=tall), "tall")
    assert validate(high_rise, ValidationOptions(profile="bg", **options)).findings == []
    (finding,) = validate(high_rise, ValidationOptions(profile="bg-sofia", **options)).findings
    assert finding.rule == "PROFILE.LIMIT_EXCEEDED"
    assert f"of {cap['max_height_m']:g} m" in finding.message_en and "ДВ бр. 31/2018" in finding.message_bg
    # Жм keeps its own, lower national height
    low_rise = _plan(tmp_path, "Zhm", dict(CALM, maxHeight=zone("Жм")["max_height_m"] + 2), "low")
    (finding,) = validate(low_rise, ValidationOptions(profile="bg-sofia", **options)).findings
    assert f"of {zone('Жм')['max_height_m']:g} m" in finding.message_en


def test_every_zone_the_law_regulates_is_in_the_profile_with_its_unknowns_said():
    bg = load_profile("bg")
    for norms_code, code in NATIONAL.items():
        entry, limits = zone(norms_code), bg.zone_limits[ZONES.uri_for(code)]
        for key, (indication, side, _, _) in FIGURES.items():
            limit = limits.limit(indication)
            if entry[key] is None:
                assert limit is None and limits.unknown_reason(indication) is not None, (code, indication)
            else:
                assert limit is not None and getattr(limit, side) == entry[key], (code, indication)
    for norms_code, purpose in PLOTS.items():
        entry, limits = zone(norms_code), bg.plot_limits[purpose]
        for key, (indication, side, _, _) in FIGURES.items():
            limit = limits.limit(indication)
            assert (limit is None) == (entry[key] is None), (purpose, indication)
            assert limit is None or (getattr(limit, side) == entry[key] and article(entry) in limit.source)


def test_every_zone_of_the_facts_file_is_covered_or_explained():
    covered = set(NATIONAL) | set(PLOTS) | set(SOFIA)
    # Sofia entries the national code list has no value for: only names were found, no figures
    without_code = {z["code"] for z in norms()["zones"] if z["code"] not in covered}
    assert all(all(z[k] is None for k in FIGURES) for z in norms()["zones"] if z["code"] in without_code)


def test_the_facts_copy_matches_the_shared_file():
    if not SHARED.is_file():
        pytest.skip(f"no shared facts folder beside the checkout ({SHARED})")
    assert NORMS.read_bytes() == SHARED.read_bytes()
