"""``plu register add`` of an export: the register's own stamps are not reported as replaced; foreign ones are, exactly.

Every count here is read from the file given to ``add`` (its ``versionId`` and ``beginLifespanVersion``
texts), never from the register's code.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from conftest_paths import ROOT, SAMPLE
from lxml import etree
from register_fixtures import template_database

from plu_model.readers import read_dataset
from register.provider import RegisterProvider

BASE = "http://inspire.ec.europa.eu/schemas/base/3.3"
PLU = "http://inspire.ec.europa.eu/schemas/plu/4.0"
PLAN = "zelena-polyana-pup"
OTHER_USE = "http://inspire.ec.europa.eu/codelist/HILUCSValue/2_SecondaryProduction"


def plu(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG")}
    env.update(PLU_LANG="en", PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-m", "plu_cli", *args, "--db", db], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    return r


def added(db: str, path: Path) -> dict:
    """What ``add --json`` said it stored."""
    return json.loads(plu(db, "register", "add", str(path), "--authority", "sofia", "--json").stdout)["stored"]


def stamps_of(path: Path) -> list[tuple[str, str | None, str | None]]:
    """Per feature of a GML file: its localId, versionId and beginLifespanVersion as written."""
    out = []
    for ident in etree.parse(str(path)).iter(f"{{{BASE}}}Identifier"):
        feature = ident.getparent().getparent()
        version = ident.findtext(f"{{{BASE}}}versionId")
        begin = feature.findtext(f"{{{PLU}}}beginLifespanVersion")
        out.append((ident.findtext(f"{{{BASE}}}localId"), version, begin))
    return out


def rewritten(path: Path, out: Path, change) -> Path:
    """``path`` with ``change(feature_index, versionId element, beginLifespanVersion element or None)`` applied."""
    tree = etree.parse(str(path))
    for i, ident in enumerate(tree.iter(f"{{{BASE}}}Identifier")):
        feature = ident.getparent().getparent()
        change(i, ident.find(f"{{{BASE}}}versionId"), feature.find(f"{{{PLU}}}beginLifespanVersion"))
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    return out


@pytest.fixture(scope="module")
def two_versions(cluster):
    """A register holding the sample (version 1) and version 2 with three zones changed."""
    with template_database(cluster, "t_restamped") as db:
        plu(db, "register", "grant", "elena", "publisher", "--authority", "sofia")
        added(db, SAMPLE)
        with RegisterProvider(db) as reg:
            data = reg.dataset(PLAN)
            for zone in data.zoning_elements[:3]:
                zone.hilucs_land_use = [OTHER_USE]
            reg.add(data, "sofia")
        yield db


def test_an_export_added_again_has_nothing_of_the_files_replaced(two_versions, tmp_path):
    db = two_versions
    latest, first = tmp_path / "v2.gml", tmp_path / "v1.gml"
    plu(db, "register", "export", f"{PLAN}@2", str(latest))
    plu(db, "register", "export", f"{PLAN}@1", str(first))
    # the older export's changed zones carry version 1's stamps: the register gave them, nothing is the file's
    assert {v for _l, v, _b in stamps_of(first)} == {"1"} and {v for _l, v, _b in stamps_of(latest)} == {"1", "2"}
    for path in (latest, first):
        stored = added(db, path)
        assert stored.get("restamped", 0) == 0, path
        text = plu(db, "register", "add", str(path), "--authority", "sofia").stdout
        assert "in place of the file's" not in text and "stored zelena-polyana-pup@" in text
    plu(db, "register", "export", f"{PLAN}@1", str(tmp_path / "v1.gpkg"))
    assert added(db, tmp_path / "v1.gpkg").get("restamped", 0) == 0


def test_the_same_time_written_another_way_is_the_registers_stamp(two_versions, tmp_path):
    """Sofia's clock (+02:00 in winter), ``+00:00`` for ``Z`` and a zero fraction name the time the register gave."""
    db = two_versions
    plu(db, "register", "export", PLAN, str(tmp_path / "latest.gml"))
    forms = [lambda t: t.astimezone(timezone(timedelta(hours=2))).isoformat(),
             lambda t: t.isoformat(), lambda t: t.strftime("%Y-%m-%dT%H:%M:%S.000Z")]

    def other_form(i, _version, begin):
        if begin is not None:
            begin.text = forms[i % 3](datetime.fromisoformat(begin.text).astimezone(UTC))

    path = rewritten(tmp_path / "latest.gml", tmp_path / "forms.gml", other_form)
    written = [b for _l, _v, b in stamps_of(path) if b]
    assert any(b.endswith("+02:00") for b in written) and any(b.endswith("+00:00") for b in written)
    assert added(db, path).get("restamped", 0) == 0


def test_a_file_with_stamps_of_its_own_has_exactly_those_counted(two_versions, tmp_path):
    db = two_versions
    plu(db, "register", "export", PLAN, str(tmp_path / "latest.gml"))
    register_gave = {(local, v, b) for local, v, b in stamps_of(tmp_path / "latest.gml")}

    def consultant(i, version, begin):
        if i % 4 == 1:
            version.text = "consultant-3"
        if i % 5 == 2 and begin is not None:
            begin.text = "2001-02-03T04:05:06Z"

    path = rewritten(tmp_path / "latest.gml", tmp_path / "consultant.gml", consultant)
    expected = sum(1 for stamp in stamps_of(path) if stamp not in register_gave)
    assert 10 < expected < len(register_gave)
    stored = added(db, path)
    assert stored["restamped"] == expected
    # the version it made reads back with the register's stamps only: adding its export again reports none
    plu(db, "register", "export", f"{PLAN}@{stored['version']}", str(tmp_path / "again.gml"))
    assert added(db, tmp_path / "again.gml").get("restamped", 0) == 0
    assert len(read_dataset(tmp_path / "again.gml")[0].zoning_elements) == 35
