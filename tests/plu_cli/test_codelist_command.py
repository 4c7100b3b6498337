"""``plu codelist``: what it publishes parses and keeps every label; mistakes get a suggestion or a file and line.

Expected labels are read from the code-list JSON here with ``json``; the RDF is read with
rdflib and the XML with lxml, so nothing of the product decides what is right.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from lxml import etree
from rdflib.namespace import RDF, SKOS

from conftest import ROOT

ZONES = ROOT / "resources" / "codelists" / "bg" / "ZoneTypeValue.json"
REG = "{http://inspire.ec.europa.eu/codelist_register/codelist}"


def plu(*args: object, resources: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if resources is not None:
        env["PLU_RESOURCES"] = str(resources)
    r = subprocess.run([sys.executable, "-m", "plu_cli", "--lang", "en", *map(str, args)], cwd=ROOT,
                       capture_output=True, text=True, env=env, timeout=300)
    assert "Traceback" not in r.stderr, r.stderr
    return r


@pytest.mark.parametrize("asked,meant", [
    ("bg/ZoneTypeValu", "bg/ZoneTypeValue"),
    ("hilucsvalue", "HILUCSValue"),
])
def test_an_unknown_list_gets_a_suggestion(asked, meant):
    r = plu("codelist", "show", asked)
    assert r.returncode == 2 and f"did you mean {meant}?" in r.stderr


def test_one_value_is_shown_and_a_misspelt_one_gets_a_suggestion():
    zones = json.loads(ZONES.read_text(encoding="utf-8"))["values"]
    code, label = zones[0]["code"], zones[0]["label"]["en"]
    r = plu("codelist", "show", f"bg/ZoneTypeValue/{code}")
    assert r.returncode == 0 and r.stdout.count("\n") == 1 and label in r.stdout
    r = plu("codelist", "show", f"bg/ZoneTypeValue/{code.lower()}")
    assert r.returncode == 2 and f"did you mean {code}?" in r.stderr


def test_published_files_keep_every_cyrillic_label(tmp_path):
    values = json.loads(ZONES.read_text(encoding="utf-8"))["values"]
    expected = {v["label"]["bg"] for v in values}
    assert all(any("\u0400" <= ch <= "\u04ff" for ch in label) for label in expected)
    assert plu("codelist", "export", "bg/ZoneTypeValue", "--lang", "bg", "--out-dir", tmp_path).returncode == 0
    folder = tmp_path / "ZoneTypeValue"
    g = rdflib.Graph().parse(str(folder / "ZoneTypeValue.bg.rdf"), format="xml")
    concepts = set(g.subjects(RDF.type, SKOS.Concept))
    assert {str(o) for c in concepts for o in g.objects(c, SKOS.prefLabel)} == expected
    assert all(o.language == "bg" for c in concepts for o in g.objects(c, SKOS.prefLabel))
    root = etree.parse(str(folder / "ZoneTypeValue.bg.xml")).getroot()
    assert root.tag == f"{REG}codelist"
    items = root.findall(f"{REG}containeditems/{REG}value")
    assert {i.findtext(f"{REG}label") for i in items} == expected and len(items) == len(values)


def test_a_file_edited_by_hand_is_not_overwritten(tmp_path):
    assert plu("codelist", "export", "bg/ZoneTypeValue", "--out-dir", tmp_path).returncode == 0
    again = plu("codelist", "export", "bg/ZoneTypeValue", "--out-dir", tmp_path)
    assert again.returncode == 0  # its own unedited files are replaced without a word
    edited = tmp_path / "ZoneTypeValue" / "ZoneTypeValue.en.rdf"
    text = edited.read_text(encoding="utf-8").replace("</rdf:RDF>", "<!-- published 2026 -->\n</rdf:RDF>")
    edited.write_text(text, encoding="utf-8")
    others = {p: p.read_bytes() for p in edited.parent.iterdir()}
    r = plu("codelist", "export", "bg/ZoneTypeValue", "--out-dir", tmp_path)
    assert r.returncode == 2 and str(edited) in r.stderr and "--overwrite" in r.stderr
    assert {p: p.read_bytes() for p in edited.parent.iterdir()} == others  # nothing was written
    assert plu("codelist", "export", "bg/ZoneTypeValue", "--out-dir", tmp_path, "--overwrite").returncode == 0
    assert "published 2026" not in edited.read_text(encoding="utf-8")


@pytest.fixture
def resources(tmp_path: Path) -> Path:
    copy = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", copy, ignore=shutil.ignore_patterns("samples"))
    return copy


@pytest.mark.parametrize("text,line,says", [
    ('{\n "name": "Mine",\n "uri": "http://example.org/Mine",\n "values": [\n'
     '  {"code": "a", "uri": "http://example.org/Mine/a",}\n ]\n}\n', 5, "not JSON"),
    ('{\n "name": "Mine",\n "uri": "http://example.org/Mine",\n "values": [\n'
     '  {"code": "a", "uri": "http://example.org/Mine/a"},\n\n  {"code": "b"}\n ]\n}\n', 7, 'the value b has no "uri"'),
    ('{\n "name": "Mine",\n "uri": "http://example.org/Mine",\n "values": [\n'
     '  {"code": "a", "uri": "http://example.org/Mine/a"},\n  {"code": "a", "uri": "http://example.org/Mine/a2"}\n'
     ' ]\n}\n', 6, "the code a appears twice"),
    ('{\n "name": "Mine",\n "uri": "http://example.org/Mine",\n "values": [\n'
     '  {"code": "a b", "uri": "http://example.org/Mine/a"}\n ]\n}\n', 5, "must be a text without spaces"),
    ('{"name": "Mine", "values": []}', 1, '"uri" is missing'),
])
def test_a_malformed_extension_file_is_refused_with_file_and_line(resources, text, line, says):
    mine = resources / "codelists" / "bg" / "Mine.json"
    mine.write_text(text, encoding="utf-8")
    for args in (("codelist", "list"), ("codelist", "show", "bg/ZoneTypeValue")):
        r = plu(*args, resources=resources)
        assert r.returncode == 2 and f"{mine}:{line}: not a usable code list" in r.stderr and says in r.stderr, \
            r.stderr
