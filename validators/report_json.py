"""The JSON form of a validation report, as documented in ``docs/report-schema.json``.

Machines read this one: CI jobs, the consultation portal, other tools.  Every
field is always present (``null`` when unknown) so consumers need no guessing.
"""

from __future__ import annotations

import json
import os
from typing import Any

from plu_model.atomic import write_atomic
from validators.report import ValidationReport
from validators.rules import RULES

__all__ = ["REPORT_SCHEMA_ID", "REPORT_VERSION", "report_dict", "write_json"]

REPORT_VERSION = "1.0"
REPORT_SCHEMA_ID = "https://w3id.org/plu-studio/schema/validation-report/1.0"


def report_dict(report: ValidationReport) -> dict[str, Any]:
    """The report as plain data (what :func:`write_json` writes)."""
    return {
        "$schema": REPORT_SCHEMA_ID,
        "version": REPORT_VERSION,
        "tool": {"name": "PLU Studio", "component": "validators"},
        "created": report.created.isoformat().replace("+00:00", "Z"),
        "source": {
            "path": report.source,
            "kind": report.kind,
            "crs": report.crs,
            "counts": dict(report.counts),
        },
        "options": report.options_dict(),
        "verdict": report.verdict,
        "exit_code": report.exit_code,
        "not_checked": sorted({f.rule for f in report.not_checked}),
        "summary": {
            "by_severity": {s.label: n for s, n in report.by_severity().items()},
            "by_family": report.by_family(),
            "by_rule": [
                {
                    "rule": s.rule,
                    "family": s.family,
                    "severity": s.severity.label,
                    "count": s.count,
                    "title": {"en": s.title_en, "bg": s.title_bg},
                    "ets": RULES[s.rule].ets if s.rule in RULES else None,
                }
                for s in report.by_rule()
            ],
            "rules_checked": len(report.checked_rules()),
        },
        "timings": {k: round(v, 4) for k, v in sorted(report.timings.items())},
        "findings": [f.as_dict() for f in report.findings],
    }


def write_json(report: ValidationReport, path: str | os.PathLike[str] | None = None, indent: int = 1) -> str:
    """Write the report as JSON (atomically) and return the text; ``path=None`` only returns it."""
    text = json.dumps(report_dict(report), ensure_ascii=False, indent=indent)
    if path is not None:
        write_atomic(path, text)
    return text

