"""Code lists ship as data with registry URIs and labels in both languages."""

from collections import Counter

import pytest

from plu_model.codelists import all_codelists, codelist, codelists_extending, label_for


def test_hilucs_has_all_three_levels():
    hilucs = codelist("HILUCSValue")
    assert Counter(v.level for v in hilucs) == {1: 6, 2: 27, 3: 65}
    assert [v.code for v in hilucs.children(None)] == [
        "1_PrimaryProduction", "2_SecondaryProduction", "3_TertiaryProduction",
        "4_TransportNetworksLogisticsAndUtilities", "5_ResidentialUse", "6_OtherUses",
    ]


@pytest.mark.parametrize(
    "name,count",
    [("HILUCSValue", 98), ("SupplementaryRegulationValue", 157), ("LevelOfSpatialPlanValue", 8),
     ("ProcessStepGeneralValue", 4), ("RegulationNatureValue", 5), ("LegislationLevelValue", 4)],
)
def test_inspire_lists_are_complete_with_http_registry_uris_and_two_languages(name, count):
    cl = codelist(name)
    assert len(cl) == count
    for v in cl:
        assert v.uri == f"http://inspire.ec.europa.eu/codelist/{name}/{v.code}"
        assert v.labels["en"] and v.labels["bg"]
        assert v.labels["bg"] != v.labels["en"]


def test_every_parent_exists():
    for cl in all_codelists():
        for v in cl:
            assert v.parent is None or cl.by_code(v.parent) is not None, (cl.name, v.code)


def test_open_lists_get_their_values_from_national_lists():
    assert len(codelist("PlanTypeNameValue")) == 0
    plan_types = codelists_extending("PlanTypeNameValue")
    assert [cl.country for cl in plan_types] == ["bg"]
    zone = codelist("bg/ZoneTypeValue").by_code("Zhm")
    assert zone.notation == "Жм"
    assert zone.extra["hilucs"] in codelist("HILUCSValue")


def test_labels_follow_the_language():
    uri = "http://inspire.ec.europa.eu/codelist/HILUCSValue/5_ResidentialUse"
    assert label_for(uri, "en") == "Residential use"
    assert label_for(uri, "bg") == "Жилищно ползване"
    assert label_for("http://example.org/x/unknownValue") == "unknownValue"


def test_near_misses_are_recognised():
    hilucs = codelist("HILUCSValue")
    good = "http://inspire.ec.europa.eu/codelist/HILUCSValue/1_1_Agriculture"
    assert hilucs.suggest("https://inspire.ec.europa.eu/codelist/HILUCSValue/1_1_Agriculture") == good
    assert hilucs.suggest(good + "/") == good
    assert hilucs.suggest("1_1_agriculture") == good
    assert hilucs.suggest("http://example.org/nothing") is None
