"""The one result type every check and every reader reports: :class:`Finding`.

It lives in the model layer because the GML reader already produces findings
(content it cannot map); :mod:`validators` re-exports it as its public result type.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import IntEnum
from typing import Any

from shapely.geometry.base import BaseGeometry

from plu_model.i18n import SaidInBoth, Text

__all__ = ["Finding", "Severity"]


class Severity(IntEnum):
    """Ordered severities; ``max()`` of findings gives the verdict."""

    INFO = 10
    WARNING = 20
    ERROR = 30
    #: the input could not be used at all (not XML, not a plan, no schema)
    FATAL = 40

    @property
    def label(self) -> str:
        """The code reports and JSON carry (``error``)."""
        return self.name.lower()

    def title(self, language: str = "en") -> str:
        """The severity as a person reads it in ``language`` (``грешка``); the code in English."""
        return _SEVERITY_TITLES[self].say(language)

    @classmethod
    def width(cls, language: str = "en") -> int:
        """The longest title in ``language``: the column a one-line-per-finding report pads to."""
        return max(len(s.title(language)) for s in cls)

    @classmethod
    def parse(cls, text: str) -> Severity:
        return cls[text.strip().upper()]


_SEVERITY_TITLES = {
    Severity.INFO: Text("plu_model.findings", "info"),
    Severity.WARNING: Text("plu_model.findings", "warning"),
    Severity.ERROR: Text("plu_model.findings", "error"),
    Severity.FATAL: Text("plu_model.findings", "fatal"),
}


@dataclass(frozen=True, slots=True)
class Finding(SaidInBoth):
    """One thing found in a plan, with where it is and what it means.

    ``text`` is a full sentence for the user, said in either language
    (``message_en``/``message_bg``, the report's ``message``).  ``line`` and
    ``xpath`` point into the source XML when there is one; ``location`` is a
    geometry (in the plan's CRS, east/north order) the GUI can zoom to.
    ``count`` > 1 stands for that many identical findings folded into one.
    """

    rule: str
    severity: Severity
    text: Text
    file: str | None = None
    feature_id: str | None = None
    gml_id: str | None = None
    line: int | None = None
    xpath: str | None = None
    location: BaseGeometry | None = field(default=None, compare=False)
    fix: str | None = None
    count: int = 1

    def message(self, language: str = "en") -> str:
        return self.text.say(language)

    def where(self) -> str:
        """``file:line (xpath) [feature]`` for one-line reports."""
        parts = []
        if self.file:
            parts.append(self.file + (f":{self.line}" if self.line else ""))
        elif self.line:
            parts.append(f"line {self.line}")
        if self.xpath:
            parts.append(self.xpath)
        if self.gml_id or self.feature_id:
            parts.append(f"[{self.gml_id or self.feature_id}]")
        return " ".join(parts)

    def with_count(self, count: int) -> Finding:
        return replace(self, count=count)

    def as_dict(self) -> dict[str, Any]:
        """The JSON form documented in ``docs/report-schema.json``."""
        return {
            "rule": self.rule,
            "severity": self.severity.label,
            "message": {"en": self.message_en, "bg": self.message_bg},
            "file": self.file,
            "feature_id": self.feature_id,
            "gml_id": self.gml_id,
            "line": self.line,
            "xpath": self.xpath,
            "location": None if self.location is None else self.location.wkt,
            "fix": self.fix,
            "count": self.count,
        }
