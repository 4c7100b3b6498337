"""What changed between two versions (or two plans): features added, removed and changed.

Features are matched by class and ``inspireId.localId``. A changed feature lists the
attributes whose values differ (version stamps aside) and, when its geometry moved,
the areas before and after and the area of the difference.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from plu_model.dataset import PlanDataset
from plu_model.features import Feature, geometry_of
from register.rows import CONTENT_IGNORED, row_json

__all__ = ["DRAW_ORDER", "FeatureChange", "PlanDiff", "diff_datasets"]

#: what a picture of a diff draws, bottom to top: unchanged context, the new shapes of changed and
#: added zones, what was removed (hatching, no fill) and where a changed zone was (a dashed outline).
#: A change is never under context, and a removed zone shows over whatever replaced it.
#: The HTML report's map and the desktop's diff layer both draw in this order.
DRAW_ORDER = ("same", "changed", "added", "removed", "was")


@dataclass
class FeatureChange:
    class_name: str
    local_id: str
    attributes: list[str] = field(default_factory=list)
    area_before: float | None = None
    area_after: float | None = None
    area_changed: float = 0.0

    def as_json(self) -> dict[str, Any]:
        return {"class": self.class_name, "local_id": self.local_id, "attributes": self.attributes,
                "area_before": self.area_before, "area_after": self.area_after, "area_changed": self.area_changed}


@dataclass
class PlanDiff:
    """The difference from ``before`` to ``after`` (kept for the map picture)."""

    before_ref: str
    after_ref: str
    added: list[Feature]
    removed: list[Feature]
    changed: list[FeatureChange]
    before: PlanDataset
    after: PlanDataset

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def rows(self) -> list[tuple[str, str, str, str, float, Any]]:
        """(change, class, localId, attributes, area changed, geometry) of every spatial change: a map layer's rows.

        A removed feature has its old geometry, an added or changed one its new geometry; a changed
        geometry also has a ``was`` row with its old one.  Rows come in :data:`DRAW_ORDER`, so a layer
        drawn in row order hides no change under another.
        """
        before = {_key(f): f for f in self.before.features()}
        after = {_key(f): f for f in self.after.features()}
        out: list[tuple[str, str, str, str, float, Any]] = []
        for kind, features in (("added", self.added), ("removed", self.removed)):
            for f in features:
                g = geometry_of(f)
                if g is not None and f.class_name != "SpatialPlan":
                    out.append((kind, f.class_name, f.inspire_id.local_id, "", round(g.area, 2), g))
        for c in self.changed:
            if c.class_name == "SpatialPlan":
                continue
            key, attributes = (c.class_name, c.local_id), ", ".join(c.attributes)
            g = geometry_of(after[key])
            if g is not None:
                out.append(("changed", c.class_name, c.local_id, attributes, c.area_changed, g))
            old = geometry_of(before[key])
            if "geometry" in c.attributes and old is not None:
                out.append(("was", c.class_name, c.local_id, attributes, c.area_changed, old))
        return sorted(out, key=lambda row: DRAW_ORDER.index(row[0]))

    def as_json(self) -> dict[str, Any]:
        def brief(f: Feature) -> dict[str, Any]:
            g = geometry_of(f)
            return {"class": f.class_name, "local_id": f.inspire_id.local_id,
                    "area": round(g.area, 2) if g is not None else None}

        return {"before": self.before_ref, "after": self.after_ref,
                "added": [brief(f) for f in self.added], "removed": [brief(f) for f in self.removed],
                "changed": [c.as_json() for c in self.changed]}


def _key(f: Feature) -> tuple[str, str]:
    return (f.class_name, f.inspire_id.local_id)


def _compare(a: Feature, b: Feature) -> FeatureChange | None:
    ra, rb = row_json(a), row_json(b)
    names = sorted(k.removesuffix("_nil") for k in set(ra) | set(rb)
                   if k not in CONTENT_IGNORED and k != "gml_id" and ra.get(k) != rb.get(k))
    names = list(dict.fromkeys(names))
    ga, gb = geometry_of(a), geometry_of(b)
    change = FeatureChange(a.class_name, a.inspire_id.local_id, names)
    if ga is not None and gb is not None and not ga.equals(gb):
        change.attributes.append("geometry")
        change.area_before, change.area_after = round(ga.area, 2), round(gb.area, 2)
        change.area_changed = round(ga.symmetric_difference(gb).area, 2)
    return change if change.attributes else None


def diff_datasets(before: PlanDataset, after: PlanDataset, before_ref: str, after_ref: str) -> PlanDiff:
    """Compare two data sets of the same CRS (the caller reprojects if needed)."""
    a = {_key(f): f for f in before.features()}
    b = {_key(f): f for f in after.features()}
    changed = [c for k in a.keys() & b.keys() if (c := _compare(a[k], b[k])) is not None]
    changed.sort(key=lambda c: (c.class_name, c.local_id))
    return PlanDiff(before_ref, after_ref,
                    added=[b[k] for k in sorted(b.keys() - a.keys())],
                    removed=[a[k] for k in sorted(a.keys() - b.keys())],
                    changed=changed, before=before, after=after)
