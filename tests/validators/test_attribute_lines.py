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
