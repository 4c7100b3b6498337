"""``plu validate``, ``fix``, ``diff``, ``info`` and ``consultation show`` as a Bulgarian user reads them (``LANG=bg_BG.UTF-8``).

Expected words come from the catalogue or are written out by hand (a decimal comma, ``3.10.2025 г.``);
a count takes the form its number asks for: ``1 грешка``, ``2 грешки``, never ``1 грешки`` or ``1 обекта``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from plu_model.i18n import catalogue

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "sofia_zelena_polyana_pup.gml"
BROKEN = ROOT / "tests" / "data" / "broken"


def plu(*args: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PLU_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG="bg_BG.UTF-8", PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-m", "plu_cli", *map(str, args)], cwd=ROOT, env=env, capture_output=True,
                       text=True, timeout=300)
    assert "Traceback" not in r.stderr, r.stderr
    return r


def no_number_before_a_plural(text: str) -> None:
    """``1 грешки`` and ``1 обекта`` read wrong: after 1 comes the singular (a plural text's "one" form)."""
    assert not re.search(r"(?<![\d,])1 (грешки|предупреждения|бележки|фатални|становища|промени|зони|участъка|обекта|"
                         r"правила|файла|реда|точки|загуби)\b", text), text


def test_validate_says_severities_and_counts_in_bulgarian():
    r = plu("validate", BROKEN / "topo_gap.gml")
    said = r.stdout + r.stderr
    warning = catalogue("bg")[("plu_model.findings", "warning")]
    assert any(line.startswith(warning + " TOPO.GAP") for line in said.splitlines()), said
    assert "1 предупреждение," in said and "400,0 m²" in said and "400.0" not in said
    no_number_before_a_plural(said)


def test_fix_and_diff_count_after_the_word_and_write_a_decimal_comma(tmp_path):
    r = plu("fix", BROKEN / "topo_extent_not_union.gml", "-o", tmp_path / "fixed.gml")
    said = r.stdout + r.stderr
    assert "1 промяна;" in said and "20000,0 m²" in said and " at (" not in said, said
    no_number_before_a_plural(said)
    assert plu("convert", SAMPLE, tmp_path / "plan.gpkg").returncode == 0
    assert plu("convert", tmp_path / "plan.gpkg", tmp_path / "back.gml").returncode == 0
    r = plu("diff", SAMPLE, tmp_path / "back.gml")
    assert r.returncode == 0 and "(допуск 0,001)" in r.stdout and "0 загуби или промени" in r.stdout, r.stdout


def test_info_names_the_feature_classes_and_writes_the_extent_with_decimal_commas():
    r = plu("info", SAMPLE)
    words = catalogue("bg")
    for cls, n in (("SpatialPlan", 1), ("ZoningElement", 35), ("OfficialDocumentation", 3)):
        assert f"  {words[('plu_model.class_names', cls)]}: {n}" in r.stdout, r.stdout
    extent = json.loads(plu("info", SAMPLE, "--json").stdout)["extent"]
    assert f"{extent[0]:.2f}".replace(".", ",") in r.stdout


def test_the_import_report_names_classes_and_severities_in_bulgarian(tmp_path):
    r = plu("import", ROOT / "tests" / "data" / "importing" / "foreign_featurecollection.gml", "--out", tmp_path / "p.gpkg")
    words = catalogue("bg")
    assert r.returncode == 0, r.stderr
    assert f"plu:ZoningElement → {words[('plu_model.class_names', 'ZoningElement')]}:" in r.stderr, r.stderr
    assert f"{words[('plu_model.class_names', 'ZoningElement')]}: 2" in r.stderr
    info = words[("plu_model.findings", "info")]
    assert f"  {info} " in r.stderr and "  info " not in r.stderr and "0,01 m" in r.stderr
    no_number_before_a_plural(r.stderr)
    assert "1 стойности" not in r.stderr
