"""The DOCTYPE policy: internal entities expanded within bounds, nothing fetched, hostile documents refused
with one line naming file and place, in every command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from conftest import ROOT
from plu_model import xml_parsing
from plu_model.gml_reader import read_gml
from plu_model.xml_parsing import MAX_ENTITY_BYTES, MAX_EXPANSION_BYTES, UnsafeXmlError

BROKEN = ROOT / "tests" / "data" / "broken"
BASE = BROKEN / "valid_base.gml"
DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'


def _with_doctype(tmp_path: Path, subset: str, old: str = "", new: str = "", name: str = "plan.gml") -> Path:
    """The valid base plan with a DOCTYPE after its XML declaration and one text edited."""
    text = BASE.read_text(encoding="utf-8")
    assert text.startswith(DECL)
    text = DECL + f"<!DOCTYPE base:SpatialDataSet [{subset}]>\n" + text[len(DECL):]
    if old:
        assert text.count(old) == 1
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _laughs(levels: int = 9) -> str:
    return '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels + 1))


def test_a_harmless_internal_entity_is_expanded(tmp_path):
    path = _with_doctype(tmp_path, '<!ENTITY t "Sofia">', "<base:localId>broken-base</base:localId>",
                         "<base:localId>&t;-base</base:localId>")
    data, findings = read_gml(path)
    assert data.dataset_id.local_id == "Sofia-base"
    assert [f.rule for f in findings] == ["READ.DTD"]


def test_billion_laughs_is_refused_from_the_prolog_alone(tmp_path):
    # 10**9 copies of "lol": the declaration that first exceeds the bound is found by arithmetic, not expansion
    path = _with_doctype(tmp_path, _laughs(), "<base:localId>broken-base</base:localId>",
                         "<base:localId>&lol9;</base:localId>")
    first_too_big = next(i for i in range(10) if 3 * 10 ** i > MAX_ENTITY_BYTES)
    with pytest.raises(UnsafeXmlError) as err:
        xml_parsing.inspect_doctype(path)
    assert f"'lol{first_too_big}'" in str(err.value) and str(path) in str(err.value)
    assert err.value.line == 2
    assert "ентитито" in err.value.message("bg")


def test_many_uses_of_a_bounded_entity_are_refused(tmp_path):
    big = "A" * (MAX_ENTITY_BYTES - 10)
    uses = MAX_EXPANSION_BYTES // len(big) + 1
    path = _with_doctype(tmp_path, f'<!ENTITY big "{big}">', "<base:localId>broken-base</base:localId>",
                         f"<base:localId>{'&big;' * uses}</base:localId>")
    with pytest.raises(UnsafeXmlError, match="expand to more than"):
        xml_parsing.inspect_doctype(path)


@pytest.mark.parametrize("subset, use, says", [
    ('<!ENTITY x SYSTEM "file:///etc/passwd">', "&x;", "external entity 'x'"),
    ('<!ENTITY x PUBLIC "-//X//EN" "http://127.0.0.1:9/x.ent">', "&x;", "external entity 'x'"),
    ('<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;', "", "parameter entity"),
    ('<!ENTITY a "&b;"><!ENTITY b "&a;">', "&a;", "in terms of itself"),
    ('<!ENTITY a "x">', "&nbsp;", "does not declare the entity 'nbsp'"),
])
def test_hostile_doctypes_are_refused(tmp_path, subset, use, says):
    path = _with_doctype(tmp_path, subset, "<base:localId>broken-base</base:localId>",
                         f"<base:localId>{use}z</base:localId>")
    with pytest.raises(UnsafeXmlError, match=says):
        read_gml(path)


def test_an_external_dtd_is_not_fetched(tmp_path):
    # a DTD on a local file the test writes: if it were loaded, its entity would expand to "LEAK"
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY leak "LEAK">', encoding="utf-8")
    text = BASE.read_text(encoding="utf-8")
    text = DECL + f'<!DOCTYPE base:SpatialDataSet SYSTEM "{dtd.as_uri()}">\n' + text[len(DECL):]
    path = tmp_path / "ext.gml"
    path.write_text(text, encoding="utf-8")
    data, findings = read_gml(path)  # no entity used: readable, the DTD noted and never read
    assert "READ.DTD" in [f.rule for f in findings]
    path.write_text(text.replace("<base:localId>broken-base", "<base:localId>&leak;", 1), encoding="utf-8")
    with pytest.raises(UnsafeXmlError, match="'leak'"):
        read_gml(path)


def test_fragments_with_a_doctype_are_refused():
    with pytest.raises(UnsafeXmlError):
        xml_parsing.fromstring(b'<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')
    assert xml_parsing.fromstring(b"<a>b</a>").text == "b"


def _plu(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "plu_cli", "--lang", "en", *args], cwd=ROOT,
                          capture_output=True, text=True, env=env, timeout=300)


def test_every_command_refuses_billion_laughs_with_exit_2_and_one_line(tmp_path, schema):
    path = _with_doctype(tmp_path, _laughs(), "<base:localId>broken-base</base:localId>",
                         "<base:localId>&lol9;</base:localId>")
    runs = {
        "validate": _plu("validate", str(path)),
        "info": _plu("info", str(path)),
        "convert": _plu("convert", str(path), str(tmp_path / "out.gpkg")),
        "fix": _plu("fix", str(path), "-o", str(tmp_path / "fixed.gml")),
        "import": _plu("import", str(path), "--out", str(tmp_path / "imported.gpkg")),
    }
    for name, r in runs.items():
        assert r.returncode == 2, (name, r.stdout, r.stderr)
        assert "Traceback" not in r.stderr, name
        said = [line for line in (r.stdout + r.stderr).splitlines() if "DOCTYPE" in line]
        assert len(said) == 1 and "lol" in said[0], (name, r.stdout, r.stderr)
    assert not (tmp_path / "out.gpkg").exists() and not (tmp_path / "fixed.gml").exists()


def test_every_command_reads_a_harmless_entity(tmp_path, schema):
    path = _with_doctype(tmp_path, '<!ENTITY t "Sofia">', "<base:localId>broken-base</base:localId>",
                         "<base:localId>&t;-base</base:localId>")
    r = _plu("validate", "--format", "json", str(path))
    report = json.loads(r.stdout)
    assert r.returncode == 0, r.stderr
    assert report["verdict"] == "valid"
    assert {f["rule"] for f in report["findings"]} == {"READ.DTD"}
    assert _plu("info", str(path)).returncode == 0
    assert _plu("convert", str(path), str(tmp_path / "out.gpkg")).returncode == 0
    r = _plu("fix", str(path), "-o", str(tmp_path / "fixed.gml"))
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    # nothing to repair: the plan is copied as it came, entity and all, and still says Sofia-base
    fixed = etree.parse(str(tmp_path / "fixed.gml"), etree.XMLParser(no_network=True, load_dtd=False))
    assert "Sofia-base" in [e.text for e in fixed.iter("{*}localId")]


def test_the_background_xsd_worker_refuses_the_same_way(tmp_path, schema):
    from validators.xsd import iter_xsd_findings, load_schema

    path = _with_doctype(tmp_path, _laughs(), "<base:localId>broken-base</base:localId>",
                         "<base:localId>&lol9;</base:localId>")
    found = list(iter_xsd_findings(path, load_schema()))
    assert [(f.rule, f.line) for f in found] == [("XML.DOCTYPE", 2)]
    harmless = _with_doctype(tmp_path, '<!ENTITY t "Sofia">', "<base:localId>broken-base</base:localId>",
                             "<base:localId>&t;</base:localId>", name="ok.gml")
    assert list(iter_xsd_findings(harmless, load_schema())) == []


def test_every_parse_goes_through_the_policy_module():
    """No product module calls lxml's parsers directly; xml_parsing owns their settings."""
    direct = ("etree.parse(", "etree.iterparse(", "etree.XMLParser(", "etree.fromstring(", "etree.XML(",
              "XMLPullParser(", "xml.etree", "xml.dom", "xml.sax")
    offenders = []
    for pkg in ("plu_model", "validators", "exporters", "participation", "plu_cli", "app"):
        for py in [*(ROOT / pkg).rglob("*.py"), ROOT / "main.py"]:
            if py.name == "xml_parsing.py":
                continue
            text = py.read_text(encoding="utf-8")
            offenders += [f"{py.relative_to(ROOT)}: {d}" for d in direct if d in text]
    assert offenders == []


def test_a_doctype_hidden_behind_a_huge_comment_is_refused(tmp_path):
    text = BASE.read_text(encoding="utf-8")
    padding = "<!--" + "x" * xml_parsing.MAX_PROLOG_BYTES + "-->\n"
    path = tmp_path / "hidden.gml"
    path.write_text(DECL + padding + '<!DOCTYPE base:SpatialDataSet [<!ENTITY t "x">]>\n' + text[len(DECL):],
                    encoding="utf-8")
    with pytest.raises(UnsafeXmlError, match="prolog is longer"):
        read_gml(path)


def test_an_entity_node_left_in_a_tree_is_a_finding_not_a_crash(schema):
    """Defence in depth: a tree parsed without expansion keeps entity nodes, which make libxml2's schema
    validator fail with 'Internal error'; the check reports it instead of raising."""
    from lxml import etree

    from validators.xsd import FeatureSchemaCheck

    text = BASE.read_text(encoding="utf-8")
    text = DECL + '<!DOCTYPE base:SpatialDataSet [<!ENTITY t "Sofia">]>\n' + text[len(DECL):]
    text = text.replace("<base:localId>plan</base:localId>", "<base:localId>&t;</base:localId>", 1)
    root = etree.fromstring(text.encode(), etree.XMLParser(resolve_entities=False))
    feature = root.find(".//{http://inspire.ec.europa.eu/schemas/plu/4.0}SpatialPlan")
    (finding,) = list(FeatureSchemaCheck(schema, "plan.gml").feature(feature))
    assert finding.rule == "XSD" and "failed" in finding.message_en and finding.gml_id == "SP.base"


def test_sources_gdal_parses_as_xml_get_the_same_refusal(tmp_path):
    """A KML goes to GDAL, not to our reader: the DOCTYPE is judged before GDAL sees the file."""
    kml = ('<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>&lol9;</name><Polygon>'
           "<outerBoundaryIs><LinearRing><coordinates>23.3,42.6 23.31,42.6 23.31,42.61 23.3,42.6</coordinates>"
           "</LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>")
    path = tmp_path / "zones.kml"
    path.write_text(DECL + f"<!DOCTYPE kml [{_laughs()}]>\n" + kml, encoding="utf-8")
    r = _plu("import", str(path), "--inspect")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    first_too_big = next(i for i in range(10) if 3 * 10 ** i > MAX_ENTITY_BYTES)
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "DOCTYPE" in lines[0] and f"'lol{first_too_big}'" in lines[0]


def test_bulgarian_entity_names_and_values(tmp_path):
    path = _with_doctype(tmp_path, '<!ENTITY град "София">', "<base:localId>broken-base</base:localId>",
                         "<base:localId>&град;-base</base:localId>")
    data, _ = read_gml(path)
    assert data.dataset_id.local_id == "София-base"
    missing = _with_doctype(tmp_path, '<!ENTITY град "София">', "<base:localId>broken-base</base:localId>",
                            "<base:localId>&село;</base:localId>", name="missing.gml")
    with pytest.raises(UnsafeXmlError, match="'село'"):
        read_gml(missing)
