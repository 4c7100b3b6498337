"""The import report: for every source layer, features read, written and skipped, and why.

Every import ends with one; the command prints it and can save it as JSON, the
wizard shows it.  Skips are counted per reason with the first few source
feature ids, so a person can find them; everything else the import changed or
noticed (repaired geometries, unmapped values, normalised code URIs) is a
:class:`~plu_model.findings.Finding`.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from plu_model.findings import Finding, Severity
from plu_model.class_names import class_counts, class_label
from plu_model.i18n import Text, say_in

__all__ = ["ImportReport", "LayerReport", "SKIP_REASONS"]

#: Why a source feature was not written.
SKIP_REASONS: dict[str, Text] = {
    "NO_GEOMETRY": Text("plu_model.importing.report", "the feature has no geometry"),
    "EMPTY_GEOMETRY": Text("plu_model.importing.report", "the geometry is empty"),
    "BAD_GEOMETRY": Text("plu_model.importing.report", "the geometry cannot be read"),
    "OUT_OF_RANGE": Text("plu_model.importing.report", "a coordinate lies far outside the area its CRS is used for"),
    "NOT_AN_AREA": Text("plu_model.importing.report", "an area is needed but the geometry is a point or an open line"),
    "INVALID_GEOMETRY": Text("plu_model.importing.report", "the geometry is invalid and the mapping says to skip "
                                                           "such features"),
    "UNMAPPED_VALUE": Text("plu_model.importing.report", "a required attribute's value maps to no code"),
    "MISSING_VALUE": Text("plu_model.importing.report", "a required attribute is empty"),
    "BAD_VALUE": Text("plu_model.importing.report", "a required attribute's value cannot be read"),
    "NO_LABEL": Text("plu_model.importing.report", "no label text lies inside the area"),
    "OUTSIDE_PLANS": Text("plu_model.importing.report", "the feature lies in no plan's extent"),
}


@dataclass
class LayerReport:
    """Counts for one mapped source layer."""

    layer: str
    target: str
    read: int = 0
    written: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    #: every skipped feature's source id, per reason (the JSON report lists them all: data in = data out)
    skipped_ids: dict[str, list[str]] = field(default_factory=dict)

    def skip(self, reason: str, feature_id: str) -> None:
        self.skipped[reason] += 1
        self.skipped_ids.setdefault(reason, []).append(feature_id)
        ex = self.examples.setdefault(reason, [])
        if len(ex) < 5:
            ex.append(feature_id)

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "layer": self.layer,
            "class": self.target,
            "read": self.read,
            "written": self.written,
            "skipped": self.skipped_total,
            "skipped_by_reason": [
                {
                    "reason": r,
                    "count": n,
                    "message": {"en": SKIP_REASONS[r].say("en"), "bg": SKIP_REASONS[r].say("bg")},
                    "examples": self.examples.get(r, []),
                    "features": self.skipped_ids.get(r, []),
                }
                for r, n in self.skipped.most_common()
            ],
        }


@dataclass
class ImportReport:
    """The outcome of one import."""

    source: str
    output: str | None = None
    mapping: str | None = None
    crs: int | None = None
    layers: list[LayerReport] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    #: the stated curve tolerance in metres (arcs strayed from by at most this much)
    curve_tolerance: float | None = None

    @property
    def read(self) -> int:
        return sum(lr.read for lr in self.layers)

    @property
    def written(self) -> int:
        return sum(lr.written for lr in self.layers)

    @property
    def skipped(self) -> int:
        return sum(lr.skipped_total for lr in self.layers)

    @property
    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)

    @property
    def clean(self) -> bool:
        """Nothing skipped and nothing at error level."""
        return self.skipped == 0 and (self.worst is None or self.worst < Severity.ERROR)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "mapping": self.mapping,
            "output": self.output,
            "crs": self.crs,
            "curve_tolerance_m": self.curve_tolerance,
            "totals": {"read": self.read, "written": self.written, "skipped": self.skipped},
            "plan_counts": self.counts,
            "layers": [lr.as_dict() for lr in self.layers],
            "findings": [f.as_dict() for f in self.findings],
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)

    def format_text(self, language: str = "en") -> str:
        """The report as lines a person reads, in English or Bulgarian."""
        lines = [
            say_in(language, "plu_model.importing.report", "Import from ") + self.source
            + ((" → " + self.output) if self.output else ""),
        ]
        for lr in self.layers:
            lines.append(
                say_in(language, "plu_model.importing.report", "  {layer} → {target}: read {read}, written "
                                                               "{written}, skipped {skipped_total}",
                                                               layer=lr.layer, target=class_label(lr.target, language), read=lr.read, written=lr.written, skipped_total=lr.skipped_total)
            )
            for reason, n in lr.skipped.most_common():
                text = SKIP_REASONS[reason].say(language)
                ex = ", ".join(lr.examples.get(reason, [])) + (", …" if n > len(lr.examples.get(reason, [])) else "")
                lines.append(f"    {n} × {text}" + (f" ({ex})" if ex else ""))
        lines.append(
            say_in(language, "plu_model.importing.report", "Total: read {read}, written {written}, skipped {skipped}",
                                                           read=self.read, written=self.written, skipped=self.skipped)
        )
        if self.curve_tolerance is not None:
            lines.append(
                say_in(language, "plu_model.importing.report", "Curve tolerance: arcs are linearised to within "
                                                               "{curve_tolerance:g} m of the true curve",
                                                               curve_tolerance=self.curve_tolerance)
            )
        if self.counts:
            counts = (", ".join(f"{k} {v}" for k, v in self.counts.items()) if language == "en"
                      else class_counts(self.counts, language))  # English as it always was: ZoningElement 35
            lines.append(say_in(language, "plu_model.importing.report", "In the plan: ") + counts)
        for f in self.findings:
            count = f" (×{f.count})" if f.count > 1 else ""
            where = f.where()
            lines.append(f"  {f.severity.title(language):{Severity.width(language)}} {f.rule}"
                         f"{(' ' + where) if where else ''}: {f.message(language)}{count}")
        return "\n".join(lines)
