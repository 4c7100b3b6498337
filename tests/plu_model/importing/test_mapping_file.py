"""The mapping file: YAML or JSON, checked against its schema and the PLU model, saved for reuse."""

from __future__ import annotations

import json

import pytest
from plan_sources import DXF_MAPPING, SHAPEFILE_MAPPING

from plu_model.errors import PluInputError
from plu_model.importing import load_mapping, save_mapping
from plu_model.importing.mapping import mapping_from_dict, schema_path


def _load(tmp_path, text, name="m.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_mapping(path)


def test_the_schema_is_a_valid_json_schema():
    import jsonschema

    jsonschema.Draft7Validator.check_schema(json.loads(schema_path().read_text(encoding="utf-8")))


@pytest.mark.parametrize("text", [SHAPEFILE_MAPPING, DXF_MAPPING])
def test_example_mappings_load_and_survive_saving(tmp_path, text):
    mapping = _load(tmp_path, text)
    for name in ("again.yaml", "again.json"):
        saved = save_mapping(mapping, tmp_path / name)
        again = load_mapping(saved)
        assert again.to_data() == mapping.to_data()
    assert mapping.plan["begin_lifespan_version" if "begin_lifespan" in text else "official_title"].value


def test_dates_stay_text_and_shared_value_maps_keep_their_name(tmp_path):
    mapping = _load(tmp_path, SHAPEFILE_MAPPING)
    assert mapping.plan["begin_lifespan_version"].value == "2025-03-01T10:00:00Z"
    rule = mapping.layers[0].attributes["specific_land_use"]
    assert rule.map == {"Ж1": "Zhm"} and rule.map_name == "zones"
    assert mapping.to_data()["layers"][0]["attributes"]["specific_land_use"]["map"] == "zones"


@pytest.mark.parametrize(
    "change,message",
    [
        (("namespace: BG.TEST.IMPORT\n", ""), r"\(top level\): 'namespace' is a required property"),
        (("class: ZoningElement", "class: Zone"), r"layers\[0\]\.class: 'Zone' is not one of"),
        (("    id: {field: ID}\n", "    id: {field: ID, colour: red}\n"),
         r"layers\[0\]\.id: Additional properties are not allowed \('colour' was unexpected\)"),
        (("map: zones,", "map: zonez,"), r"layers\[0\] \(zones\)\.attributes\.specific_land_use: no value map named 'zonez'"),
        (("regulation_nature: generallyBinding\n", "regulation_nature: generallyBinding\n      colour: red\n"),
         r"ZoningElement has no attribute 'colour' to map"),
        (("      regulation_nature: generallyBinding\n", ""), r"ZoningElement needs 'regulation_nature'"),
        (("codelist: bg/ZoneTypeValue", "codelist: bg/ZoneValue"), r"no code list 'bg/ZoneValue'"),
        (("  official_title: ПУП", "  official_titles: ПУП"), r"SpatialPlan has no attribute 'official_titles'"),
        (("      regulation_nature: generallyBinding\n", "      regulation_nature: generallyBinding\n      plan: x\n"),
         r"has no attribute 'plan' to map \(it is filled automatically\)"),
    ],
)
def test_mistakes_are_reported_with_their_place(tmp_path, change, message):
    old, new = change
    assert old in SHAPEFILE_MAPPING
    with pytest.raises(PluInputError, match=message) as err:
        _load(tmp_path, SHAPEFILE_MAPPING.replace(old, new, 1))
    assert "m.yaml" in str(err.value)


def test_syntax_errors_name_the_line(tmp_path):
    with pytest.raises(PluInputError, match=r"m\.yaml:4: not a valid YAML document"):
        _load(tmp_path, "version: 1\nnamespace: x\nlayers: [\n  - : :\n")
    with pytest.raises(PluInputError, match=r"m\.json:1: not a valid JSON document"):
        _load(tmp_path, "{version: 1}", "m.json")
    with pytest.raises(PluInputError, match="no such mapping file"):
        load_mapping(tmp_path / "nothing.yaml")


def test_yaml_aliases_are_refused(tmp_path):
    bomb = ("version: 1\nnamespace: x\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nlayers: [*b]\n")
    with pytest.raises(PluInputError, match="aliases .* are not allowed"):
        _load(tmp_path, bomb)


def test_a_mapping_never_saves_in_a_state_it_could_not_load(tmp_path):
    mapping = _load(tmp_path, SHAPEFILE_MAPPING)
    mapping.layers[0].attributes.pop("regulation_nature")
    with pytest.raises(PluInputError, match="needs 'regulation_nature'"):
        save_mapping(mapping, tmp_path / "broken.yaml")
    assert not (tmp_path / "broken.yaml").exists()


def test_relative_source_paths_follow_the_mapping_when_saved_elsewhere(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "zones.shp").write_bytes(b"")
    data = mapping_from_dict({"version": 1, "namespace": "x", "source": {"path": "data/zones.shp"},
                              "plan": {"official_title": "t", "plan_type_name": "OUP"},
                              "layers": [{"class": "ZoningElement", "attributes": {
                                  "regulation_nature": "generallyBinding", "hilucs_land_use": "5_1"}}]},
                             tmp_path / "m.yaml")
    saved = save_mapping(data, tmp_path / "sub" / "copy.yaml")
    again = load_mapping(saved)
    assert again.source_path == "../data/zones.shp"
    assert again.resolved_source() == str(tmp_path / "sub" / ".." / "data" / "zones.shp")
