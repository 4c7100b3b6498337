"""Printing findings and tables on the terminal, in the user's language."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TextIO

from plu_cli.language import language
from plu_model.findings import Finding, Severity

__all__ = ["print_findings", "worst"]


def print_findings(findings: Iterable[Finding], stream: TextIO = sys.stderr) -> list[Finding]:
    """One line per finding: ``severity rule where: message``; returns them as a list."""
    out = list(findings)
    for f in out:
        count = f" (×{f.count})" if f.count > 1 else ""
        where = f.where()
        print(f"{f.severity.label:7} {f.rule} {where}: {f.message(language())}{count}", file=stream)
    return out


def worst(findings: Iterable[Finding]) -> Severity | None:
    return max((f.severity for f in findings), default=None)
