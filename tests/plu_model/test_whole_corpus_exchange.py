"""Every corpus file goes through ``plu convert`` to a plan file and back, as read and ``--normalise``d.

As read, nothing may change (``plu diff`` and the independent ``rtcheck``); normalised, the
only differences allowed are the normalisations ``docs/exchange.md`` lists, and each must be
named for its feature by ``--report``: no property or feature may go missing.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest
from lxml import etree

from conftest import DATA, ROOT, RTCHECK, SAMPLE, rtcheck
from plu_model.gml_diff import diff_gml

CORPUS = [*sorted((DATA / "realworld").glob("*.gml")), *sorted((DATA / "roundtrip").glob("*.gml")), SAMPLE]


def _plu(*args):
    run = subprocess.run([sys.executable, "-m", "plu_cli", "--lang", "en", *args], cwd=ROOT, capture_output=True,
                         text=True, timeout=300)
    assert run.returncode in (0, 1) and "Traceback" not in run.stderr, run.stderr
    return run


def _expanded(case, tmp_path):
    """rtcheck reads an entity reference as nothing: give it the text with internal entities expanded."""
    if "<!ENTITY" not in case.read_text(encoding="utf-8"):
        return case
    out = tmp_path / f"expanded-{case.name}"
    etree.parse(str(case), etree.XMLParser(resolve_entities=True, no_network=True, load_dtd=False)).write(
        str(out), encoding="UTF-8", xml_declaration=True)
    return out


def _same_number_or_time(message: str) -> bool:
    """'… = '10.50' is not in B' where B holds the same number (or the same instant) in another form."""
    return _number_or_time(message.rsplit(" = ", 1)[-1].split("'")[1])


def _number_or_time(value: str) -> bool:
    try:
        Decimal(value)
        return True
    except InvalidOperation:
        return value[:4].isdigit() and "T" in value


@pytest.mark.parametrize("case", CORPUS, ids=lambda p: p.name)
def test_convert_there_and_back_as_read_and_normalised(case, tmp_path):
    gpkg, kept, normal = tmp_path / "plan.gpkg", tmp_path / "kept.gml", tmp_path / "normal.gml"
    _plu("convert", str(case), str(gpkg))
    _plu("convert", str(gpkg), str(kept))
    assert diff_gml(case, kept).findings == []
    assert _plu("diff", str(case), str(kept)).returncode == 0
    assert rtcheck(_expanded(case, tmp_path), kept) == 0
    report = _plu("convert", "--report", "--normalise", str(gpkg), str(normal)).stdout
    for f in diff_gml(case, normal).findings:
        assert f.rule in ("DIFF.VALUE_CHANGED", "DIFF.GEOMETRY_CHANGED"), f.message_en
        listed = [line for line in report.splitlines() if line.strip().startswith(f"{f.gml_id}:")]
        if f.rule == "DIFF.GEOMETRY_CHANGED":
            assert [x for x in listed if "gml:Arc written" in x or "gml:Curve written" in x], f.message_en
        else:
            assert _same_number_or_time(f.message_en), f.message_en
            assert [x for x in listed if "changed:" in x], f.message_en
    for line in _rtcheck_losses(_expanded(case, tmp_path), normal):  # the independent view of the same
        leaf = ast.literal_eval(line.split(" e.g. ", 1)[1].split(": ", 1)[1]) if "value lost" in line else None
        assert "geometry changed" in line or (leaf is not None and _number_or_time(leaf[1])), line


def _rtcheck_losses(a, b) -> list[str]:
    """rtcheck's lines of loss (``conftest.rtcheck`` gives only its exit code)."""
    tool = Path(os.environ.get("PLU_RTCHECK", RTCHECK))
    if not tool.is_file():
        pytest.skip(f"the independent checker rtcheck is not at {tool} (set PLU_RTCHECK)")
    run = subprocess.run([sys.executable, str(tool), str(a), str(b)], capture_output=True, text=True, timeout=300)
    return [line for line in run.stdout.splitlines() if " e.g. " in line]
