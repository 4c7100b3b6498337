"""Deliveries from other authorities that are odd but real: each read, or refused in one clear line.

Every file here is the manifest's valid plan changed one way by the test itself; what each must give is
worked out from the file's own text (line numbers, ids, names), not from the reader.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plu_cli.main import main
from plu_model.crs import parse_srs_name
from plu_model.errors import PluInputError
from plu_model.gml_reader import GmlReader
from plu_model.readers import read_dataset
from validators import ValidationOptions, validate

BASE = Path(__file__).resolve().parents[1] / "data" / "broken" / "valid_base.gml"
TEXT = BASE.read_text(encoding="utf-8")
URI = "http://www.opengis.net/def/crs/EPSG/0/3046"


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def _plu(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


# -- CRS -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("command", ["convert", "import"])
def test_an_epsg_code_proj_does_not_know_is_named_with_its_feature_and_line(command, tmp_path, capsys):
    text = TEXT.replace(URI, "EPSG:999999")
    path = _write(tmp_path, "unknown.gml", text)
    out = ["-o", str(tmp_path / "out.gpkg")] if command == "import" else [str(tmp_path / "out.gpkg")]
    code, _, err = _plu(capsys, command, str(path), *out)  # was a PROJ RuntimeError out of the GeoPackage writer
    assert code == 2
    line = _line_of(text, 'srsName="EPSG:999999"')
    assert f"{path}:{line}: feature SP.base: srsName 'EPSG:999999' names EPSG:999999, a CRS PROJ does not know" in err
    assert not (tmp_path / "out.gpkg").exists()


def test_validate_still_checks_what_it_can_in_an_unknown_epsg_code(tmp_path):
    path = _write(tmp_path, "unknown.gml", TEXT.replace(URI, "EPSG:999999"))
    rules = {f.rule for f in validate(path).findings}
    assert {"CRS.NOT_CHECKED", "TOPO.INCOMPLETE"} <= rules and "READ.UNUSABLE" not in rules


@pytest.mark.parametrize("srs_name", ["urn:x-ogc:def:crs:EPSG:3046", "urn:ogc:def:crs:EPSG:3046",
                                      "urn:ogc:def:crs:EPSG::3046", "urn:x-ogc:def:crs:EPSG:6.18:3046"])
def test_urn_srs_names_with_or_without_a_version_are_read_in_the_epsg_axis_order(srs_name, tmp_path):
    # GeoServer's WFS 1.1 answers write urn:x-ogc:def:crs:EPSG:<code>, without a version
    assert parse_srs_name(srs_name) == (3046, True)
    data, findings = read_dataset(_write(tmp_path, "urn.gml", TEXT.replace(URI, srs_name)))
    reference, _ = read_dataset(BASE)
    assert data.crs == 3046 and not [f for f in findings if f.rule.startswith("READ.")]
    assert {f.gml_id: f.geometry.wkb for f in data.zoning_elements} == \
           {f.gml_id: f.geometry.wkb for f in reference.zoning_elements}


@pytest.mark.parametrize("srs_name,why", [("http://example.com/crs/local", "unsupported srsName "
                                                                           "'http://example.com/crs/local'"),
                                          ("", "the geometry has no srsName and no CRS is known for the plan")])
def test_a_file_whose_every_srs_name_is_unusable_says_why_not_that_it_is_no_plan(srs_name, why, tmp_path, capsys):
    text = TEXT.replace(URI, srs_name)
    path = _write(tmp_path, "srs.gml", text)
    code, _, err = _plu(capsys, "convert", str(path), str(tmp_path / "out.gpkg"))
    assert code == 2
    # the extent's property element holds the first geometry: the finding is placed on it
    line = _line_of(text, "<plu:extent>")
    assert f"{path}:{line}: no geometry with a usable CRS was found (the first, in SP.base: " in err
    assert why in err and "is it a PLU 4.0 file" not in err


# -- what is not a GML file ------------------------------------------------------------------------------
@pytest.mark.parametrize("command", ["convert", "info", "import"])
def test_a_folder_named_like_a_gml_file_is_called_a_folder(command, tmp_path, capsys):
    folder = tmp_path / "plan.gml"
    folder.mkdir()
    extra = {"convert": [str(tmp_path / "o.gpkg")], "import": ["-o", str(tmp_path / "o.gpkg")], "info": []}[command]
    code, _, err = _plu(capsys, command, str(folder), *extra)
    assert code == 2 and f"{folder}: this is a folder, not a GML file" in err  # was "no such file"


def test_an_empty_file_is_called_empty_in_every_command(tmp_path, capsys):
    path = _write(tmp_path, "empty.gml", "")
    code, _, err = _plu(capsys, "convert", str(path), str(tmp_path / "o.gpkg"))
    assert code == 2 and f"{path}: the file is empty (0 bytes)" in err  # was "empty.gml:0: not well-formed XML"
    report = validate(path)
    [finding] = report.findings
    assert finding.rule == "READ.UNUSABLE" and report.exit_code == 2
    assert finding.message_en.startswith("the file is empty") and str(path) not in finding.message_en


def test_gml_3_1_is_refused_at_its_first_feature_naming_both_namespaces(tmp_path, capsys):
    text = TEXT.replace("http://www.opengis.net/gml/3.2", "http://www.opengis.net/gml")
    path = _write(tmp_path, "gml31.gml", text)
    line = _line_of(text, '<plu:SpatialPlan gml:id="SP.base">')
    [finding] = validate(path).findings
    assert (finding.rule, finding.line, finding.file) == ("READ.UNUSABLE", line, str(path))
    assert finding.message_en.startswith("SpatialPlan SP.base is written in GML 3.1 (namespace "
                                         "http://www.opengis.net/gml); PLU 4.0 is GML 3.2")
    # an import made features without gml:id of it and failed with a ValueError
    code, _, err = _plu(capsys, "import", str(path), "-o", str(tmp_path / "o.gpkg"))
    assert code == 2 and f"{path}:{line}: SpatialPlan SP.base is written in GML 3.1" in err


def test_an_import_gives_a_feature_without_gml_id_one_and_says_so(tmp_path, capsys):
    # the plan without gml:id: the import's linking of zones to the only plan raised a ValueError
    path = _write(tmp_path, "noid.gml", TEXT.replace('<plu:SpatialPlan gml:id="SP.base">', "<plu:SpatialPlan>"))
    out = tmp_path / "o.gpkg"
    code, out_text, err = _plu(capsys, "import", str(path), "-o", str(out))
    assert code == 0, err
    assert "IMPORT.GML_ID_GIVEN" in out_text + err and "e.g. SP.plan" in out_text + err
    data, _ = read_dataset(out)
    [plan] = data.spatial_plans
    assert plan.gml_id == "SP.plan"  # the class's prefix and the plan's localId, as the other ids are made
    assert {z.plan for z in data.zoning_elements} == {"#SP.plan"}


# -- collections -----------------------------------------------------------------------------------------
def test_the_members_of_a_wfs_tuple_are_read_and_the_tuple_is_not_called_unread(tmp_path):
    head = TEXT[TEXT.index("<base:SpatialDataSet"):TEXT.index(">", TEXT.index("<base:SpatialDataSet"))]
    namespaces = " ".join(re.findall(r'xmlns:\w+="[^"]+"', head))
    members = TEXT[TEXT.index("<base:member>"):TEXT.rindex("</base:SpatialDataSet>")]
    members = members.replace("<base:member>", "<wfs:member><wfs:Tuple><wfs:member>").replace(
        "</base:member>", "</wfs:member></wfs:Tuple></wfs:member>")
    path = _write(tmp_path, "join.gml", f'<?xml version="1.0" encoding="UTF-8"?>\n<wfs:FeatureCollection '
                                        f'{namespaces} xmlns:wfs="http://www.opengis.net/wfs/2.0">\n{members}'
                                        "</wfs:FeatureCollection>\n")
    reader = GmlReader(path)
    ids = [f.gml_id for f in reader.features()]
    assert ids == re.findall(r'<plu:\w+ gml:id="([^"]+)"', TEXT)
    [finding] = [f for f in reader.findings if f.rule == "READ.NOT_PLU"]
    assert finding.message_en.startswith("wfs:Tuple groups members of its own; the PLU features among them were read")
    assert "was not read" not in finding.message_en


# -- character encodings ---------------------------------------------------------------------------------
CYRILLIC = TEXT.replace("Test plan (invented)", "Подробен устройствен план").replace(
    "Cadastral map (test)", "Кадастрална карта")
DECLARED = '<?xml version="1.0" encoding="UTF-8"?>'


def _titles(path: Path) -> tuple[list[str], list[str]]:
    reader = GmlReader(path)
    titles = [f.official_title for f in reader.features() if f.class_name == "SpatialPlan"]
    return titles, sorted({f.rule for f in reader.findings})


@pytest.mark.parametrize("name,encoding,text", [
    ("utf16le.gml", "utf-16-le", "\ufeff" + CYRILLIC.replace(DECLARED, DECLARED.replace("UTF-8", "UTF-16"))),
    ("utf16be.gml", "utf-16-be", "\ufeff" + CYRILLIC.replace(DECLARED, DECLARED.replace("UTF-8", "UTF-16"))),
    ("bom.gml", "utf-8", "\ufeff" + CYRILLIC),
    ("crlf.gml", "utf-8", CYRILLIC.replace("\n", "\r\n")),
    ("cp1251.gml", "cp1251", CYRILLIC.replace(DECLARED, DECLARED.replace("UTF-8", "windows-1251"))),
])
def test_every_honest_encoding_reads_the_same_text(name, encoding, text, tmp_path):
    assert _titles(_write(tmp_path, name, text, encoding)) == (["Подробен устройствен план"], [])


def test_utf8_declared_as_windows_1251_is_reported_with_the_line_and_both_readings(tmp_path):
    text = CYRILLIC.replace(DECLARED, DECLARED.replace("UTF-8", "windows-1251"))
    path = _write(tmp_path, "mislabelled.gml", text)  # written as UTF-8: the declaration lies
    garbled = "Подробен устройствен план".encode().decode("cp1251")
    titles, rules = _titles(path)
    assert titles == [garbled] and rules == ["READ.ENCODING"]  # read as declared: never silently
    [finding] = [f for f in validate(path).findings if f.rule == "READ.ENCODING"]
    assert finding.line == _line_of(text, "Подробен")
    assert f"'{garbled}' where 'Подробен устройствен план' was meant" in finding.message_en
    assert finding.message_bg != finding.message_en


def test_a_windows_1251_file_without_a_declaration_is_told_how_to_declare_it(tmp_path, capsys):
    text = CYRILLIC.replace(DECLARED + "\n", "")
    path = _write(tmp_path, "undeclared.gml", text, "cp1251")
    line = _line_of(text, "Подробен")
    code, _, err = _plu(capsys, "convert", str(path), str(tmp_path / "o.gpkg"))
    assert code == 2 and f"{path}:{line}: not well-formed XML: " in err
    assert 'declares no encoding' in err and 'encoding="windows-1251"' in err
    [finding] = validate(path, ValidationOptions(skip=frozenset({"XSD"}))).findings
    assert finding.rule == "XML.NOT_WELL_FORMED" and 'encoding="windows-1251"' in finding.message_en
    assert "windows-1251" in finding.message_bg and finding.message_bg != finding.message_en


# -- circles ---------------------------------------------------------------------------------------------
_RING_A = TEXT[TEXT.index("<gml:exterior>", TEXT.index('gml:id="ZE.a.G2"')):
               TEXT.index("</gml:exterior>", TEXT.index('gml:id="ZE.a.G2"')) + len("</gml:exterior>")]
_CIRCLES = {
    # the same circle twice: centre north 4727050, east 690050 (EPSG:3046 writes northing first), radius 30 m
    "three points": '<gml:Circle><gml:posList>4727020.0 690050.0 4727050.0 690080.0 4727080.0 690050.0'
                    '</gml:posList></gml:Circle>',
    "centre and radius": '<gml:CircleByCenterPoint numArc="1"><gml:pos>4727050.0 690050.0</gml:pos>'
                         '<gml:radius uom="m">30</gml:radius></gml:CircleByCenterPoint>',
}


def _circle_zone(segment: str) -> str:
    ring = ('<gml:exterior><gml:Ring><gml:curveMember><gml:Curve gml:id="ZE.a.C"><gml:segments>' + segment +
            "</gml:segments></gml:Curve></gml:curveMember></gml:Ring></gml:exterior>")
    return TEXT.replace(_RING_A, ring, 1)


@pytest.mark.parametrize("kind", list(_CIRCLES))
def test_a_circle_zone_is_read_as_a_circle_within_the_arc_tolerance(kind, tmp_path):
    # a gml:Circle of three positions was "an arc string needs 2n+1 positions"; CircleByCenterPoint unsupported
    import math

    data, findings = read_dataset(_write(tmp_path, "circle.gml", _circle_zone(_CIRCLES[kind])))
    assert not [f for f in findings if f.rule.startswith(("READ.", "GEOM."))]
    [zone] = [z for z in data.zoning_elements if z.gml_id == "ZE.a"]
    [polygon] = zone.geometry.geoms
    for x, y in polygon.exterior.coords:
        assert abs(math.hypot(x - 690050.0, y - 4727050.0) - 30) < 0.011
    assert math.pi * 900 - 2 * math.pi * 30 * 0.011 <= polygon.area <= math.pi * 900


def test_a_radius_that_is_not_in_metres_is_named_not_guessed(tmp_path):
    segment = _CIRCLES["centre and radius"].replace('uom="m"', 'uom="ft"')
    _, findings = read_dataset(_write(tmp_path, "feet.gml", _circle_zone(segment)))
    [finding] = [f for f in findings if f.rule == "READ.BAD_VALUE"]
    assert finding.gml_id == "ZE.a" and "uom 'ft', EPSG:3046" in finding.message_en


def test_50000_deep_nesting_is_refused_in_words_a_user_can_act_on(tmp_path, capsys):
    deep = '<x:a xmlns:x="urn:x">' * 50_000 + "</x:a>" * 50_000
    text = TEXT.replace("<plu:officialTitle>", deep + "<plu:officialTitle>", 1)
    path = _write(tmp_path, "deep.gml", text)
    code, _, err = _plu(capsys, "convert", str(path), str(tmp_path / "o.gpkg"))
    assert code == 2 and "elements nest more than" in err and "levels deep" in err
    assert "XML_PARSE_HUGE" not in err  # libxml2's advice to a programmer; the product already sets it
    [finding] = validate(path, ValidationOptions(skip=frozenset({"XSD"}))).findings
    assert finding.rule == "XML.NOT_WELL_FORMED" and finding.line == _line_of(text, "<x:a")
    assert "XML_PARSE_HUGE" not in finding.message_en + finding.message_bg


# -- archives --------------------------------------------------------------------------------------------
def _zip(path: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("plan.gml", TEXT)
    return path


def _gzip(path: Path) -> Path:
    import gzip

    path.write_bytes(gzip.compress(TEXT.encode("utf-8")))
    return path


@pytest.mark.parametrize("name,make,kind", [("plan.zip", _zip, "ZIP"), ("plan.gml.gz", _gzip, "gzip"),
                                            ("plan.gml", _zip, "ZIP")])
def test_an_archive_is_called_one_whatever_its_name(name, make, kind, tmp_path, capsys):
    # a .zip or .gml.gz was "no reader format for this extension"; a ZIP named .gml "Start tag expected"
    path = make(tmp_path / name)
    code, _, err = _plu(capsys, "convert", str(path), str(tmp_path / "o.gpkg"))
    assert code == 2 and f"{path}: this is a {kind} archive, not a plan; unpack it" in err
    [finding] = validate(path).findings
    assert finding.rule == "READ.UNUSABLE" and finding.message_en.startswith(f"this is a {kind} archive")


def test_a_target_crs_proj_does_not_know_is_named_as_the_callers_choice():
    with pytest.raises(PluInputError) as caught:
        read_dataset(BASE, 999999)
    assert caught.value.message("en") == "EPSG:999999 is not a coordinate reference system PROJ knows"
