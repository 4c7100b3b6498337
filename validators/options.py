"""What a validation run is asked to do: tolerance, profile, rules to skip, limits on output."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from plu_model.errors import InvalidSetting
from plu_model.i18n import Text
from validators.rules import select_rules

__all__ = ["ValidationOptions"]


@dataclass(frozen=True)
class ValidationOptions:
    """Settings of one validation run.

    Parameters
    ----------
    tolerance
        Distance in metres under which topology differences are ignored
        (overlaps and gaps narrower than it, points that far apart).  The
        default of 2 mm is what the German XPlanung validator uses.
    skip
        Rule codes (``TOPO.GAP``), code prefixes ending in a dot (``TOPO.``) or
        family names (``topology``) not to check.
    profile
        A profile name from ``resources/profiles`` (``"bg"``) or a profile file;
        ``None`` applies only the INSPIRE rules.
    sliver_area
        Polygons (or polygon parts) of zoning elements smaller than this many
        square metres are reported as slivers.
    max_identical
        Findings with the same rule and message beyond this many are folded into
        one finding with a count (``None``: never fold).
    max_per_rule
        Findings of one rule beyond this many are folded into one summary
        finding with a count (``None``: list them all).
    schema_dir
        The folder of the official XSDs (default: ``$PLU_SCHEMA_DIR`` or the cache).
    gml_writer
        ``writer(source, path)`` that writes a plan source as GML; with it the XSD
        check also runs on plan files (the CLI and the GUI pass the exporter).
    today
        The date "future" dates are measured against (default: today).
    on_read
        ``on_read(source, feature)`` for every feature as it is read, with the reader
        (its ``crs``, ``dataset_id`` and ``metadata`` are complete when the run ends):
        a caller that also stores the plan keeps what this pass read instead of
        reading the file a second time (``plu register add``).
    parallel_xsd_bytes
        GML files at least this large have their XSD check (with the raw-XML
        rules, :mod:`validators.xml_worker`) run in a second process, beside the
        reading and the other rules, on machines with more than one core
        (``None``: always in the same process).  Below about 8 MB starting the
        process costs more than it saves.
    """

    tolerance: float = 0.002
    skip: frozenset[str] = frozenset()
    profile: str | None = None
    sliver_area: float = 1.0
    max_identical: int | None = 50
    max_per_rule: int | None = 1000
    schema_dir: str | Path | None = None
    gml_writer: Callable[[Any, Path], Any] | None = field(default=None, compare=False)
    today: date | None = None
    parallel_xsd_bytes: int | None = 8_000_000
    on_read: Callable[[Any, Any], None] | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not 0 <= self.tolerance < math.inf:  # NaN and infinity too: no geometry step can use them
            raise InvalidSetting(Text("validators.options", "the tolerance must be 0 or more metres, not {tolerance}",
                                                            tolerance=self.tolerance))
        if not 0 <= self.sliver_area < math.inf:
            raise InvalidSetting(Text("validators.options", "the sliver area must be 0 or more square metres, not "
                                                            "{sliver_area}", sliver_area=self.sliver_area))
        object.__setattr__(self, "skip", frozenset(self.skip))
        object.__setattr__(self, "_enabled", frozenset(select_rules(self.skip)))

    @property
    def enabled(self) -> frozenset[str]:
        """The rule codes this run checks."""
        return self._enabled  # type: ignore[attr-defined, no-any-return]

    def checks(self, *codes: str) -> bool:
        """True if any of the rules is enabled (so the work behind them is worth doing)."""
        return any(c in self._enabled for c in codes)  # type: ignore[attr-defined]

    def with_skip(self, more: Iterable[str]) -> ValidationOptions:
        return replace(self, skip=self.skip | frozenset(more))
