"""The Bulgarian national code lists: complete, bilingual, stably identified, mapped to INSPIRE."""

from __future__ import annotations

from collections import Counter

import pytest

from plu_model.codelists import codelist

BASE = "https://w3id.org/plu-studio/codelist/bg/"
NATIONAL = ["bg/PlanTypeNameValue", "bg/ZoneTypeValue", "bg/SpecificSupplementaryRegulationValue"]
#: values other data already uses: their codes and URIs never change
FROZEN = {
    "bg/ZoneTypeValue": ["Zhm", "Zhs", "Smf", "Oo", "Oz", "Sp", "Tti", "Tp", "Gs"],
    "bg/PlanTypeNameValue": ["PUP-PRZ", "PUP-PZ", "OUP"],
    "bg/SpecificSupplementaryRegulationValue": ["KulturnaTsennost", "RiskNavodnenie", "RegulatsionnaLinia",
                                                "ZadalzhitelnaStroitelnaLinia"],
}


@pytest.mark.parametrize("name", NATIONAL)
def test_values_have_stable_uris_both_languages_and_unique_notations(name):
    cl = codelist(name)
    short = name.split("/", 1)[1]
    assert cl.uri == BASE + short
    for v in cl:
        assert v.uri == f"{BASE}{short}/{v.code}"
        assert v.labels["bg"] and v.labels["en"] and v.labels["bg"] != v.labels["en"], v.code
        assert v.notation, v.code
    assert max(Counter(v.notation for v in cl).values()) == 1
    for code in FROZEN[name]:
        assert cl.by_code(code) is not None and cl.uri_for(code) == f"{BASE}{short}/{code}"


def test_plan_types_cover_the_kinds_of_detailed_plan_and_know_their_level():
    cl = codelist("bg/PlanTypeNameValue")
    notations = {v.notation for v in cl}
    assert {"ОУП", "ПУП", "ПУП-ПРЗ", "ПУП-ПР", "ПУП-ПУР", "ПУП-ПЗ", "ПУП-РУП", "ПУП-ПП"} <= notations
    assert cl.by_code("PUP-PUR").parent == "PUP-PR"  # a street regulation plan is a kind of regulation plan
    levels = codelist("LevelOfSpatialPlanValue")
    for v in cl:
        assert f"http://inspire.ec.europa.eu/codelist/LevelOfSpatialPlanValue/{v.extra['level_of_spatial_plan']}" in levels


def test_zone_types_map_to_hilucs():
    cl, hilucs = codelist("bg/ZoneTypeValue"), codelist("HILUCSValue")
    notations = {v.notation for v in cl}
    assert {"Жм", "Жс", "Жг", "Жк", "Ц", "Смф", "Пч", "Пп", "Пс", "Ок", "Ос", "Ов", "Од", "Оз"} <= notations
    for v in cl:
        assert v.extra["hilucs"] in hilucs, v.code
        for extra in v.extra.get("hilucs_secondary", []):
            assert extra in hilucs, v.code
        assert v.extra["scope"] in ("national", "sofia", "terrain", "territory"), v.code
    norms = cl.by_code("Zhm").extra["norms"]
    assert (norms["max_density_pct"], norms["max_floor_area_ratio"], norms["min_green_pct"]) == (60, 1.2, 40)
    assert all(s.startswith("http") for s in norms["sources"])


def test_supplementary_regulations_map_to_the_inspire_list():
    cl, inspire = codelist("bg/SpecificSupplementaryRegulationValue"), codelist("SupplementaryRegulationValue")
    for v in cl:
        assert v.extra["supplementary_regulation"] in inspire, v.code
    kinds = {v.extra["supplementary_regulation"].rsplit("/", 1)[-1].split("_")[0] for v in cl}
    assert {"1", "2", "3", "4", "6"} <= kinds  # environment, risk, heritage, easements, building rules
    for code in ("Natura2000", "NatsionalenPark", "SOZ", "ZonaUpravlenieNavodnenia", "ServitutElektroprovod",
                 "GranitsaUPI"):
        assert cl.by_code(code) is not None
