"""A finding about an attribute names the attribute's own line, found here by searching the file's text."""

from __future__ import annotations

from validation_manifest import BROKEN

from validators import validate


def _line_of(lines: list[str], gml_id: str, prop: str) -> int:
    """The first line of ``<plu:prop`` after the line that opens the feature ``gml_id`` (1-based)."""
    start = next(i for i, t in enumerate(lines) if f'gml:id="{gml_id}"' in t)
    return next(i for i in range(start, len(lines)) if f"<plu:{prop}" in lines[i]) + 1


def _check(name: str, rules: set[str]) -> int:
    path = BROKEN / name
    lines = path.read_text(encoding="utf-8").splitlines()
    checked = 0
    for f in validate(path).findings:
        if f.rule not in rules:
            continue
        prop = f.xpath.rsplit("/plu:", 1)[-1]
        expected = _line_of(lines, f.gml_id, prop)
        feature_line = next(i for i, t in enumerate(lines, 1) if f'gml:id="{f.gml_id}"' in t)
        assert expected != feature_line
        assert f.line == expected, (f.rule, f.gml_id, prop, f.line, expected)
        checked += 1
    return checked


def test_code_list_findings_carry_the_attribute_line():
    assert _check("code_unknown.gml", {"CODE.UNKNOWN"}) == 3


def test_date_and_dimensioning_findings_carry_the_attribute_line():
    assert _check("date_implausible.gml", {"DATE.IMPLAUSIBLE"}) >= 1
    assert _check("dim_unit.gml", {"DIM.UNIT"}) >= 1


def test_each_value_of_a_repeated_attribute_has_its_own_line(tmp_path):
    from validation_manifest import load_generator

    from exporters.gml_writer import write_gml

    data = load_generator().base()
    good = data.zoning_elements[0].hilucs_land_use[0]
    wrong = "http://inspire.ec.europa.eu/codelist/HILUCSValue/9_9_Imaginary"
    data.zoning_elements[0].hilucs_land_use = [good, wrong]
    path = tmp_path / "plan.gml"
    write_gml(path, data)
    lines = path.read_text(encoding="utf-8").splitlines()
    expected = next(i for i, t in enumerate(lines, 1) if "9_9_Imaginary" in t)
    first = _line_of(lines, "ZE.a", "hilucsLandUse")
    assert expected > first  # the second hilucsLandUse element, not the first
    (finding,) = [f for f in validate(path).findings if "9_9_Imaginary" in f.message_en]
    assert finding.line == expected


def _indication_line(lines: list[str], value_text: str) -> int:
    """The line of the ``<plu:dimensioningIndication>`` element that holds ``value_text`` (1-based)."""
    at = next(i for i, t in enumerate(lines) if value_text in t)
    return next(i for i in range(at, -1, -1) if "<plu:dimensioningIndication>" in lines[i]) + 1


def test_each_dimensioning_finding_names_its_own_indication(tmp_path):
    from validation_manifest import load_generator

    from exporters.gml_writer import write_gml
    from plu_model.values import (
        DimensioningIndicationCharacterValue,
        DimensioningIndicationMeasureValue,
        DimensioningIndicationRealValue,
    )
    from validators import ValidationOptions

    data = load_generator().base()  # ZE.a is a Жм zone: at most 10 m high, at least 40 % green
    data.zoning_elements[0].dimensioning_indication = [
        DimensioningIndicationMeasureValue("maxHeight", 14.0, "m"),  # over the Жм limit
        DimensioningIndicationMeasureValue("maxDensity", 140.0, "%"),  # implausible
        DimensioningIndicationRealValue("maxFloorAreaRatio", 1.2),  # fine
        DimensioningIndicationMeasureValue("minGreenShare", 30.0, "%"),  # under the Жм minimum
        DimensioningIndicationMeasureValue("maxHeight", 33.0, "[ft_i]"),  # given twice, and in feet
        DimensioningIndicationCharacterValue("maxFloorAreaRatio", "one point two"),  # twice, and text
    ]
    path = tmp_path / "plan.gml"
    write_gml(path, data)
    lines = path.read_text(encoding="utf-8").splitlines()
    expected = {
        ("PROFILE.LIMIT_EXCEEDED", "maxHeight"): _indication_line(lines, ">14.0<"),
        ("DIM.IMPLAUSIBLE", "maxDensity"): _indication_line(lines, ">140.0<"),
        ("PROFILE.LIMIT_EXCEEDED", "minGreenShare"): _indication_line(lines, ">30.0<"),
        ("DIM.DUPLICATE", "maxHeight"): _indication_line(lines, ">33.0<"),
        ("DIM.UNIT", "maxHeight"): _indication_line(lines, ">33.0<"),
        ("DIM.DUPLICATE", "maxFloorAreaRatio"): _indication_line(lines, "one point two"),
        ("DIM.TYPE", "maxFloorAreaRatio"): _indication_line(lines, "one point two"),
    }
    assert len(set(expected.values())) == 5  # five different dimensioningIndication elements
    found = {}
    for f in validate(path, ValidationOptions(profile="bg")).findings:
        if f.rule.startswith(("DIM.", "PROFILE.LIMIT")):
            name = next(n for n in ("maxHeight", "maxDensity", "maxFloorAreaRatio", "minGreenShare")
                        if n in f.message_en)
            found[(f.rule, name)] = f.line
    assert found == expected
