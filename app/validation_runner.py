"""The one door from the editor to the validation engine and its repairs.

The engine (:mod:`validators.engine`) cannot write GML itself (validators and
exporters stay apart), so the editor hands it the exporter: every check runs on
the plan as it would be exported, the official XSD check included.  Everything
here is free of Qt and runs inside a background task.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from exporters.gml_writer import write_gml
from plu_model.errors import PluError
from plu_model.findings import Finding, Severity
from plu_model.geopackage import PlanFile, save_dataset
from plu_model.i18n import Text
from plu_model.progress import Progress
from plu_model.readers import read_dataset
from validators.engine import ValidationOptions
from validators.engine import iter_findings as engine_findings
from validators.profiles import available_profiles, load_profile, suggested_profile
from validators.repairs import repair as engine_repair
from validators.rules import RULES

__all__ = [
    "Advice",
    "RepairOutcome",
    "RepairReport",
    "advice_for",
    "compare_findings",
    "export_crs_choices",
    "iter_findings",
    "plan_profile",
    "profile_choices",
    "repair",
    "repair_step",
    "rule_description",
]


def rule_description(code: str, language: str = "en") -> str:
    """The one-line description of a rule from the engine's catalogue ('' for an unknown code)."""
    rule = RULES.get(code)
    return rule.title(language) if rule is not None else ""


def repair_step(code: str) -> str | None:
    """The repair step that fixes findings of a rule, if there is one."""
    rule = RULES.get(code)
    return rule.repair if rule is not None else None


def profile_choices(language: str = "en") -> list[tuple[str, str]]:
    """``(name, label)`` of every shipped profile, for the panel's profile chooser."""
    return [(name, load_profile(name).label(language)) for name in available_profiles()]


def plan_profile(plan_file: str | os.PathLike[str]) -> str | None:
    """The national profile the plan's own code values point to (e.g. ``"bg"``), if any."""
    try:
        with PlanFile(plan_file) as pf:
            uris: list[str] = []
            for plan in pf.iter_class("SpatialPlan"):
                uris.append(plan.plan_type_name)
            for zone in pf.iter_class("ZoningElement"):
                if isinstance(zone.specific_land_use, list):
                    uris.extend(zone.specific_land_use)
                break
    except PluError:
        return None
    return suggested_profile(uris)


def _write(source: object, path: Path) -> None:
    write_gml(path, source)  # type: ignore[arg-type]


def iter_findings(
    source_path: str | os.PathLike[str],
    profile: str | None = None,
    progress: Progress | None = None,
) -> Iterator[Finding]:
    """Every finding for a plan file, XSD check included; unusable input is a FATAL finding."""
    options = ValidationOptions(profile=profile, gml_writer=_write)
    try:
        yield from engine_findings(Path(source_path), options, progress)
    except PluError as exc:
        yield Finding("READ.UNUSABLE", Severity.FATAL, str(exc), exc.message("bg"), file=str(source_path))


@dataclass
class RepairOutcome:
    """A repaired copy of the plan (a plan file) and the changes, as sentences in the UI language."""

    path: Path
    changes: list[str] = field(default_factory=list)
    #: the features the repair says it changed (``None``: a change to the data set as a whole)
    changed_ids: set[str] | None = field(default_factory=set)


def repair(
    source_path: str | os.PathLike[str],
    dest: str | os.PathLike[str],
    rules: list[str] | None = None,
    language: str = "en",
) -> RepairOutcome:
    """Run the engine's repairs on a plan file and write the repaired copy to ``dest``.

    ``rules`` are rule codes (``None``: every repair step); each maps to the step that fixes it.
    """
    steps = None if rules is None else {s for s in (repair_step(r) for r in rules) if s}
    if steps is not None and not steps:
        raise PluError(Text("app.validation_runner", "no automatic repair exists for {rules}",
                            rules=", ".join(rules or [])))
    data, _ = read_dataset(source_path)
    result = engine_repair(data, rules=steps)
    save_dataset(dest, result.dataset)
    changed_ids: set[str] | None = {c.gml_id for c in result.changes if c.gml_id}
    if any(c.gml_id is None for c in result.changes):
        changed_ids = None
    return RepairOutcome(
        Path(dest),
        [f"{c.gml_id}: {c.message(language)}" if c.gml_id else c.message(language) for c in result.changes],
        changed_ids,
    )


@dataclass(frozen=True)
class RepairReport:
    """What a repair really did, read from a fresh check: findings of the repaired rules before and after."""

    rule_before: dict[str, int]
    rule_after: dict[str, int]
    features_changed: int

    @property
    def fixed(self) -> int:
        return sum(max(0, n - self.rule_after.get(r, 0)) for r, n in self.rule_before.items())

    @property
    def left(self) -> int:
        return sum(self.rule_after.values())


def _rule_counts(findings: Iterable[Finding], rules: set[str]) -> dict[str, int]:
    counts = Counter(f.rule for f in findings if f.rule in rules)
    return {rule: counts.get(rule, 0) for rule in sorted(rules)}


def compare_findings(before: list[Finding], after: list[Finding], rules: list[str] | None,
                     features_changed: int) -> RepairReport:
    """Count the findings of the repaired rules (``None``: every rule with a repair) before and after.

    A repair is judged by the check, not by its own change list, so a step that
    edits a feature without removing the finding is seen for what it is.
    """
    chosen = set(rules) if rules is not None else {f.rule for f in before if repair_step(f.rule)}
    return RepairReport(_rule_counts(before, chosen), _rule_counts(after, chosen), features_changed)


@dataclass(frozen=True)
class Advice:
    """What a person can do about a finding, as an action the GUI offers rather than a command line.

    ``kind``: ``"repair"`` (an automatic repair step exists), ``"export_crs"``
    (export the plan in ``epsg``), ``"manual"`` (fix it on the map or in the form).
    """

    kind: str
    epsg: int | None = None


_CRS_IN_FIX = re.compile(r"--crs\s+(?:EPSG:)?(\d{4,5})")


def advice_for(finding: Finding) -> Advice:
    """The action the panel offers for a finding, read from the engine's rule catalogue and fix hint."""
    match = _CRS_IN_FIX.search(finding.fix or "")
    if match:
        return Advice("export_crs", int(match.group(1)))
    if repair_step(finding.rule):
        return Advice("repair")
    return Advice("manual")


#: Codes the Export dialog always offers: the INSPIRE systems used for Bulgaria, the national system and
#: the WGS 84 / UTM zones some surveyors still deliver in.
EXPORT_CRS = (3046, 3047, 3035, 4258, 7801, 32634, 32635)


def export_crs_choices(plan_epsg: int, longitude: float | None = None) -> list[tuple[int, bool]]:
    """``(EPSG code, recommended for INSPIRE)`` for the Export dialog, recommended ones first.

    The recommendation is the validator's own (:func:`validators.crs_checks.suggested_crs`),
    so the dialog never proposes a system the check would then refuse.
    """
    from validators.crs_checks import suggested_crs

    recommended = [c for c in suggested_crs(plan_epsg, longitude) if c != 4258] or [4258]
    codes = recommended + [c for c in EXPORT_CRS if c not in recommended]
    return [(code, code in recommended) for code in codes]
