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
