"""The one door from the editor to the validation engine.

The rule engine (``validators.engine``) and its repairs (``validators.repairs``)
are built apart from the editor.  This adapter uses them when they are
installed; otherwise it checks the plan the way the foundation can: the GML the
plan would export (written with :func:`exporters.gml_writer.write_gml`) against
the official XSDs, plus what the reader reports.  Either way the editor gets
:class:`plu_model.findings.Finding` objects, so the panel works the same.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exporters.gml_writer import write_gml
from plu_model.errors import PluError
from plu_model.findings import Finding, Severity
from plu_model.progress import Progress
from plu_model.readers import open_source, read_dataset

__all__ = [
    "RepairOutcome",
    "engine_available",
    "iter_findings",
    "repair",
    "repairs_available",
    "rule_description",
]

#: Rules the foundation's checks report, for the rule filter when no engine catalogue exists.
_FOUNDATION_RULES: dict[str, tuple[str, str]] = {
    "XSD": ("The exported GML must be valid against the official INSPIRE PLU 4.0 schemas",
            "Експортираният GML трябва да отговаря на официалните XML схеми на INSPIRE PLU 4.0"),
    "XML.NOT_WELL_FORMED": ("The GML must be well-formed XML", "GML файлът трябва да е добре оформен XML"),
    "XML.MISSING": ("The file must exist", "Файлът трябва да съществува"),
    "WRITE": ("The plan must be writable as INSPIRE GML", "Планът трябва да може да се запише като INSPIRE GML"),
    "READ": ("The plan file must be readable", "Файлът на плана трябва да може да се прочете"),
}


def _module(name: str) -> Any | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def engine_available() -> bool:
    engine = _module("validators.engine")
    return engine is not None and hasattr(engine, "iter_findings")


def repairs_available() -> bool:
    repairs = _module("validators.repairs")
    return repairs is not None and hasattr(repairs, "repair")


def rule_description(code: str, language: str = "en") -> str:
    """The one-line description of a rule, from the engine's catalogue when there is one."""
    rules = _module("validators.rules")
    if rules is not None:
        for name in ("RULES", "CATALOGUE", "catalogue"):
            catalogue = getattr(rules, name, None)
            if callable(catalogue):
                catalogue = catalogue()
            if catalogue is None:
                continue
            items = catalogue.values() if isinstance(catalogue, dict) else catalogue
            for rule in items:
                if getattr(rule, "code", None) != code:
                    continue
                for attr in (f"description_{language}", "description"):
                    text = getattr(rule, attr, None)
                    if isinstance(text, dict):
                        text = text.get(language) or text.get("en")
                    elif callable(text):
                        text = text(language)
                    if text:
                        return str(text)
    base = code if code in _FOUNDATION_RULES else code.split(".", 1)[0]
    pair = _FOUNDATION_RULES.get(base)
    if pair:
        return pair[1] if language == "bg" else pair[0]
    return ""


def _foundation_findings(source_path: Path, work_dir: Path, progress: Progress) -> Iterator[Finding]:
    from validators.xsd import iter_xsd_findings

    source = open_source(source_path)
    progress.total = sum(source.counts().values()) if hasattr(source, "counts") else None
    gml = work_dir / "validation.gml"
    try:
        write_gml(gml, source, progress=progress)
    except PluError as exc:
        yield Finding("WRITE", Severity.ERROR, f"The plan cannot be written as GML: {exc}",
                      f"Планът не може да бъде записан като GML: {exc}", file=str(source_path))
        return
    finally:
        if hasattr(source, "close"):
            source.close()
    yield from getattr(source, "findings", [])
    for finding in iter_xsd_findings(gml):
        progress.check()
        yield finding


def iter_findings(
    source_path: str | os.PathLike[str],
    options: dict[str, Any] | None = None,
    progress: Progress | None = None,
    work_dir: str | os.PathLike[str] | None = None,
) -> Iterator[Finding]:
    """Every finding for a plan file (no Qt; runs in a background task).

    ``work_dir`` keeps the GML the foundation check validates, so the line
    numbers of its findings can be looked up afterwards.
    """
    progress = progress or Progress()
    path = Path(source_path)
    engine = _module("validators.engine")
    if engine is not None and hasattr(engine, "iter_findings"):
        yield from engine.iter_findings(path, options=options, progress=progress)
        return
    folder = Path(work_dir) if work_dir else path.parent
    try:
        yield from _foundation_findings(path, folder, progress)
    except PluError as exc:
        yield Finding("READ", Severity.FATAL, str(exc), str(exc), file=str(path))


@dataclass
class RepairOutcome:
    """A repaired copy of the plan (a plan file) and the changes, as sentences."""

    path: Path
    changes: list[str] = field(default_factory=list)


def repair(source_path: str | os.PathLike[str], dest: str | os.PathLike[str],
           rules: list[str] | None = None) -> RepairOutcome:
    """Run the engine's repairs on a plan file and write the result to ``dest``."""
    from plu_model.geopackage import save_dataset

    repairs = _module("validators.repairs")
    if repairs is None or not hasattr(repairs, "repair"):
        raise PluError("no repairs are installed (validators.repairs)")
    data, _ = read_dataset(source_path)
    result = repairs.repair(data, rules=rules)
    save_dataset(dest, result.dataset)
    return RepairOutcome(Path(dest), [str(c) for c in getattr(result, "changes", [])])
