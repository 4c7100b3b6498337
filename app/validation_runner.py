"""The one door from the editor to the validation engine and its repairs.

The engine (:mod:`validators.engine`) cannot write GML itself (validators and
exporters stay apart), so the editor hands it the exporter: every check runs on
the plan as it would be exported, the official XSD check included.  Everything
here is free of Qt and runs inside a background task.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from exporters.gml_writer import write_gml
from plu_model.errors import PluError
from plu_model.findings import Finding, Severity
from plu_model.geopackage import PlanFile, save_dataset
from plu_model.progress import Progress
from plu_model.readers import read_dataset
from validators.engine import ValidationOptions
from validators.engine import iter_findings as engine_findings
from validators.profiles import available_profiles, load_profile, suggested_profile
from validators.repairs import repair as engine_repair
from validators.rules import RULES

__all__ = [
    "RepairOutcome",
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
        raise PluError(
            "no automatic repair exists for " + ", ".join(rules or []),
            bg="няма автоматична поправка за " + ", ".join(rules or []),
        )
    data, _ = read_dataset(source_path)
    result = engine_repair(data, rules=steps)
    save_dataset(dest, result.dataset)
    return RepairOutcome(
        Path(dest), [f"{c.gml_id}: {c.message(language)}" if c.gml_id else c.message(language) for c in result.changes]
    )
