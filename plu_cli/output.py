"""Printing findings and tables on the terminal, in the user's language."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TextIO

from plu_cli.language import language
from plu_model.findings import Finding, Severity
from plu_model.progress import Progress

__all__ = ["print_findings", "terminal_progress", "worst"]


def print_findings(findings: Iterable[Finding], stream: TextIO = sys.stderr) -> list[Finding]:
    """One line per finding: ``severity rule where: message``; returns them as a list."""
    out = list(findings)
    lang = language()
    width = Severity.width(lang)
    for f in out:
        count = f" (×{f.count})" if f.count > 1 else ""
        where = f.where()
        print(f"{f.severity.title(lang):{width}} {f.rule} {where}: {f.message(lang)}{count}", file=stream)
    return out


def worst(findings: Iterable[Finding]) -> Severity | None:
    return max((f.severity for f in findings), default=None)


def terminal_progress(label: str) -> Progress:
    """A :class:`Progress` that redraws one status line on a terminal (silent when piped)."""
    if not sys.stderr.isatty():
        return Progress()

    def report(done: int, total: int | None) -> None:
        share = f" ({100 * done // total} %)" if total else ""
        print(f"\r{label}: {done:,}{share}", end="", file=sys.stderr, flush=True)

    return Progress(report=report, every=1000)
