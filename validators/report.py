"""The result of a validation run: the findings, their summary, the verdict and the exit code."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from shapely.geometry.base import BaseGeometry

from plu_model.findings import Finding, Severity
from validators.options import ValidationOptions
from validators.rules import FAMILIES, NOT_CHECKED, RULES

__all__ = ["EXIT_ERRORS", "EXIT_INCOMPLETE", "EXIT_OK", "EXIT_UNUSABLE", "RuleSummary", "ValidationReport", "VERDICTS",
           "verdict_of"]

#: ``plu validate``'s exit codes; 3 is not 1 so a pipeline can tell "errors" from "not fully checked"
EXIT_OK, EXIT_ERRORS, EXIT_UNUSABLE, EXIT_INCOMPLETE = 0, 1, 2, 3
#: every verdict with its exit code, worst first
VERDICTS = {"unusable": EXIT_UNUSABLE, "invalid": EXIT_ERRORS, "incomplete": EXIT_INCOMPLETE, "valid": EXIT_OK}


def verdict_of(findings: Iterable[Finding]) -> str:
    """``unusable`` (the input could not be checked), ``invalid`` (errors), ``incomplete`` (no error found,
    but a check could not run: a reviewer may not read that as valid) or ``valid`` — the worst that applies.

    One function, so the reports, the exit code and the desktop's status line cannot disagree.
    """
    worst: Severity | None = None
    not_checked = False
    for f in findings:
        worst = f.severity if worst is None else max(worst, f.severity)
        not_checked = not_checked or f.rule in NOT_CHECKED
    if worst is not None and worst >= Severity.FATAL:
        return "unusable"
    if worst is not None and worst >= Severity.ERROR:
        return "invalid"
    return "incomplete" if not_checked else "valid"


@dataclass(frozen=True)
class RuleSummary:
    """How often one rule fired (folded findings count with their multiplicity)."""

    rule: str
    family: str
    severity: Severity
    count: int
    title_en: str
    title_bg: str


@dataclass
class ValidationReport:
    """Everything one run found, with what was checked and how long it took.

    ``extents`` and ``zones`` are geometries for the report's map (zones only
    for plans small enough to draw).
    """

    findings: list[Finding]
    source: str
    kind: str
    crs: int | None
    counts: dict[str, int]
    options: ValidationOptions
    profile: str
    timings: dict[str, float] = field(default_factory=dict)
    extents: list[BaseGeometry] = field(default_factory=list)
    zones: list[BaseGeometry] = field(default_factory=list)
    created: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))

    # -- summary ------------------------------------------------------------------
    def by_severity(self) -> dict[Severity, int]:
        """Findings per severity, counting folded findings with their count (every severity present)."""
        out = dict.fromkeys(sorted(Severity, reverse=True), 0)
        for f in self.findings:
            out[f.severity] += f.count
        return out

    def by_rule(self) -> list[RuleSummary]:
        """Rules that fired, worst first, then by code."""
        counts: Counter[str] = Counter()
        severity: dict[str, Severity] = {}
        for f in self.findings:
            counts[f.rule] += f.count
            severity[f.rule] = max(severity.get(f.rule, f.severity), f.severity)
        out = []
        for code, n in counts.items():
            r = RULES.get(code)
            out.append(RuleSummary(
                rule=code,
                family=r.family if r else "other",
                severity=severity[code],
                count=n,
                title_en=r.title("en") if r else code,
                title_bg=r.title("bg") if r else code,
            ))
        return sorted(out, key=lambda s: (-int(s.severity), s.rule))

    def by_family(self) -> dict[str, int]:
        out = dict.fromkeys(FAMILIES, 0)
        for f in self.findings:
            r = RULES.get(f.rule)
            family = r.family if r else "other"
            out[family] = out.get(family, 0) + f.count
        return out

    @property
    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)

    @property
    def valid(self) -> bool:
        """Nothing worse than a warning, and every check ran."""
        return self.verdict == "valid"

    @property
    def not_checked(self) -> list[Finding]:
        """The findings that say a check could not run (see :data:`validators.rules.NOT_CHECKED`)."""
        return [f for f in self.findings if f.rule in NOT_CHECKED]

    @property
    def verdict(self) -> str:
        """See :func:`verdict_of`."""
        return verdict_of(self.findings)

    @property
    def exit_code(self) -> int:
        """0 valid, 1 errors, 2 unusable input, 3 incomplete (what ``plu validate`` returns)."""
        return VERDICTS[self.verdict]

    def checked_rules(self) -> list[str]:
        """Codes of the rules this run applied (enabled and relevant to the kind of source)."""
        enabled = self.options.enabled
        return [c for c, r in RULES.items() if c in enabled and self.kind in r.sources]

    def options_dict(self) -> dict[str, Any]:
        o = self.options
        return {
            "tolerance": o.tolerance,
            "sliver_area": o.sliver_area,
            "profile": self.profile,
            "skip": sorted(o.skip),
            "max_identical": o.max_identical,
            "max_per_rule": o.max_per_rule,
        }
