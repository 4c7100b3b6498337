"""The user documentation lists every rule, so a new rule cannot ship undocumented."""

from __future__ import annotations

from pathlib import Path

from validators import RULES

DOC = Path(__file__).resolve().parents[2] / "docs" / "validation.md"


def test_every_rule_is_documented():
    text = DOC.read_text(encoding="utf-8")
    assert [code for code in RULES if f"`{code}`" not in text] == []
