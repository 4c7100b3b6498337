"""Damaged plans never break the validator, the reader or the writer: every fault becomes a finding
or a clear message.

The sample plan is damaged in ways seen in real files and in ways nobody would write on purpose
(lines lost or doubled, numbers that are not numbers, nil where the schema allows none, wrong
element names, a file cut short); a fixed seed keeps the cases the same on every run.
"""

from __future__ import annotations

import random
import re

import pytest

from exporters.gml_writer import write_gml
from plu_model.errors import PluError
from plu_model.readers import read_dataset
from validators import ValidationOptions, validate
from validators.rules import RULES

SEED = 20261123
CASES = 60
#: properties whose schema allows no nil
NOT_VOIDABLE = ["inspireId", "extent", "officialTitle", "levelOfSpatialPlan", "planTypeName", "member",
                "geometry", "hilucsLandUse", "regulationNature", "plan", "supplementaryRegulation"]


def _mutate(text: str, rng: random.Random) -> str:
    lines = text.splitlines(keepends=True)
    i = rng.randrange(len(lines))
    kind = rng.choice(["drop", "double", "cut", "number", "nil", "rename", "empty", "namespace", "block"])
    if kind == "drop":
        del lines[i]
    elif kind == "double":
        lines.insert(i, lines[i])
    elif kind == "cut":
        return text[: rng.randrange(len(text))]
    elif kind == "number":
        numbers = list(re.finditer(r"-?\d+\.\d+", text))
        m = rng.choice(numbers)
        return text[: m.start()] + rng.choice(["NaN", "inf", "abc", "1e400", "", "1,5"]) + text[m.end():]
    elif kind == "nil":
        lines[i] = lines[i].replace(">", ' xsi:nil="true" nilReason="weird">', 1)
    elif kind == "rename":
        lines[i] = re.sub(r"<(/?)\w+:\w+", lambda m: f"<{m.group(1)}" + rng.choice(
            ["plu:ZoningElement", "gml:Polygon", "plu:plan", "gml:posList", "base:member"]), lines[i], count=1)
    elif kind == "empty":
        lines[i] = re.sub(r">[^<]+<", "><", lines[i])
    elif kind == "namespace":
        lines[i] = re.sub(r'xmlns:\w+="[^"]*"', "", lines[i], count=1)
    else:
        lines[i:i] = lines[i: i + rng.randrange(1, 40)]
    return "".join(lines)


def _damaged(sample_text: str) -> list[str]:
    rng = random.Random(SEED)
    out = []
    for _ in range(CASES):
        text = sample_text
        for _ in range(rng.randrange(1, 4)):
            text = _mutate(text, rng)
        out.append(text)
    return out


def _nil_on(sample_text: str, prop: str) -> str:
    start = sample_text.index(f"<plu:{prop}")
    end = sample_text.index(">", start)
    closing = "/" if sample_text[end - 1] == "/" else ""
    return sample_text[: end - len(closing)] + ' xsi:nil="true" nilReason="unknown"' + closing + sample_text[end:]


def _survives(text: str, tmp_path) -> set[str]:
    """Validate, read and write one damaged file; the rules that fired."""
    path = tmp_path / "damaged.gml"
    path.write_text(text, encoding="utf-8")
    report = validate(path, ValidationOptions(profile="bg"))
    assert all(f.rule in RULES and f.message_en and f.message_bg for f in report.findings)
    try:
        data, _ = read_dataset(path)
    except PluError as exc:
        assert str(path) in str(exc)  # the message names the file
        return {f.rule for f in report.findings}
    try:
        write_gml(tmp_path / "again.gml", data)
    except PluError as exc:  # a refusal with a message is fine, when the plan is broken; a crash is not
        assert "NaN" in str(exc) or report.verdict != "valid", exc
    return {f.rule for f in report.findings}


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # numpy and shapely meeting NaN on purpose
def test_damaged_copies_of_the_sample_give_findings_not_crashes(sample_path, tmp_path):
    sample_text = sample_path.read_text(encoding="utf-8")
    found_something = 0
    for text in _damaged(sample_text):
        rules = _survives(text, tmp_path)
        found_something += bool(rules - {"CRS.NATIONAL"})
    assert found_something >= CASES * 0.8  # nearly every damage is noticed


@pytest.mark.parametrize("prop", NOT_VOIDABLE)
def test_nil_where_the_schema_allows_none_is_reported_and_read_as_absent(prop, sample_path, tmp_path):
    rules = _survives(_nil_on(sample_path.read_text(encoding="utf-8"), prop), tmp_path)
    assert "READ.NIL_NOT_VOIDABLE" in rules


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.parametrize("where", ["first", "last"])
def test_nan_that_keeps_a_ring_from_closing_is_a_finding(where, sample_path, tmp_path):
    text = sample_path.read_text(encoding="utf-8")
    start = text.index("<gml:posList>") + len("<gml:posList>")
    end = text.index("</gml:posList>", start)
    numbers = text[start:end].split()
    numbers[0 if where == "first" else -1] = "NaN"
    rules = _survives(text[:start] + " ".join(numbers) + text[end:], tmp_path)
    assert rules & {"READ.BAD_VALUE", "GEOM.NON_FINITE"}


DAMAGED_PLAN_FILES = {
    "a JSON column holding a number": "UPDATE official_documentation SET legislation_citation = '1e308'",
    "a JSON column cut short": "UPDATE zoning_element SET dimensioning_indication = '[{\"a\": ['",
    "a geometry that is no geometry": "UPDATE zoning_element SET geom = X'47500003'",
    "a newer layout": "UPDATE plu_plan_file SET value = '99' WHERE key = 'schema_version'",
    "a CRS that is no number": "UPDATE plu_plan_file SET value = 'abc' WHERE key = 'crs'",
    "no layout record": "DELETE FROM plu_plan_file",
}


@pytest.mark.parametrize("sql", DAMAGED_PLAN_FILES.values(), ids=DAMAGED_PLAN_FILES.keys())
def test_damaged_plan_files_give_findings_or_a_message_naming_the_file(sql, sample, tmp_path):
    from osgeo import gdal

    from plu_model.geopackage import write_plan

    path = write_plan(tmp_path / "plan.gpkg", sample.features(), crs=sample.crs)
    db = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)  # GDAL's SQLite knows the GeoPackage triggers' functions
    db.ExecuteSQL(sql)
    db = None
    report = validate(path, ValidationOptions(profile="bg", gml_writer=lambda source, out: write_gml(out, source)))
    assert report.findings and all(f.rule in RULES for f in report.findings)
    try:
        data, _ = read_dataset(path)
    except PluError as exc:
        assert str(path) in str(exc)
    else:
        assert report.verdict != "valid" or sql.startswith("UPDATE zoning_element SET geom")
        write_gml(tmp_path / "plan.gml", data)
