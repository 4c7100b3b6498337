"""What every check knows about the run and about the feature at hand.

:class:`FeatureInfo` carries where a feature is (file, line, XPath anchor,
geometry) so that any finding about it can say so; :class:`RunContext` carries
the options, the profile and the kind of source (a delivered GML file or a plan
file) that decide which rules apply.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from shapely.geometry.base import BaseGeometry

from plu_model.features import Feature
from plu_model.findings import Finding
from validators.options import ValidationOptions
from validators.profiles import Profile
from validators.rules import RULES

__all__ = ["Check", "FeatureInfo", "RunContext"]


@dataclass(slots=True)
class FeatureInfo:
    """Where one feature is, for the findings about it."""

    class_name: str
    gml_id: str | None
    feature_id: str | None
    file: str | None
    line: int | None
    #: the feature's geometry; reading a GML file, ``None`` when it is empty (so the geometry and topology
    #: checks take ``location is geometry`` to mean "not empty" without asking GEOS)
    location: BaseGeometry | None
    #: XML names of attributes the reader could not read (already reported; rules skip them)
    unread: frozenset[str] = frozenset()
    #: the lines of each attribute's elements (by XML name, in order) in a GML file: findings name their own line
    #: (``get(name, default)``: a dict, or :class:`validators.xml_checks.PropertyLines` looked up when needed)
    attribute_lines: Any = field(default_factory=dict)
    _box: tuple[float, float, float, float] | None = field(default=None, init=False, repr=False, compare=False)

    def bounds(self) -> tuple[float, float, float, float] | None:
        """The location's ``(x0, y0, x1, y1)``, ``None`` without a non-empty one; computed once for
        every check that needs it."""
        if self._box is None and self.location is not None and not self.location.is_empty:
            self._box = self.location.bounds
        return self._box

    def anchor(self) -> str:
        """An XPath that finds the feature (by gml:id when it has one)."""
        if self.gml_id:
            return f"//plu:{self.class_name}[@gml:id='{self.gml_id}']"
        return f"//plu:{self.class_name}"

    def where(self, attribute: str | None = None, location: BaseGeometry | None = None, index: int = 0
              ) -> dict[str, Any]:
        """Keyword arguments for :func:`validators.rules.make_finding`.

        ``index`` says which value of a repeated attribute the finding is about (its own line).
        """
        lines = self.attribute_lines.get(attribute, []) if attribute else []
        return {
            "file": self.file,
            "line": lines[min(index, len(lines) - 1)] if lines else self.line,
            "xpath": self.anchor() + (f"/plu:{attribute}" if attribute else "") if self.file else None,
            "gml_id": self.gml_id,
            "feature_id": self.feature_id,
            "location": location if location is not None else self.location,
        }


@dataclass
class RunContext:
    """The settings and facts shared by every check of one run."""

    options: ValidationOptions
    profile: Profile
    kind: str  # "gml" or "plan"
    file: str | None
    crs: int | None = None
    timings: dict[str, float] = field(default_factory=dict)
    #: each rule's answer, worked out once: rules ask it for every feature
    _applies: dict[str, bool] = field(default_factory=dict, init=False, repr=False, compare=False)

    def applies(self, code: str) -> bool:
        """The rule is enabled and applies to this kind of source."""
        known = self._applies.get(code)
        if known is None:
            known = self._applies[code] = code in self.options.enabled and self.kind in RULES[code].sources
        return known

    def any_applies(self, *codes: str) -> bool:
        return any(self.applies(c) for c in codes)


class Check(Protocol):
    """A family of rules: sees every feature, then reports what needs the whole plan."""

    family: str

    def feature(self, feature: Feature, info: FeatureInfo) -> Iterable[Finding]: ...

    def finish(self) -> Iterable[Finding]: ...
