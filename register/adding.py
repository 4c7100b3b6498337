"""``add``: validate a plan first, refuse one with errors unless forced, then store it as a new version."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from plu_model.dataset import PlanDataset
from plu_model.findings import Finding, Severity
from plu_model.i18n import Text
from register.errors import RegisterError
from register.provider import RegisterProvider
from register.store import VersionInfo

__all__ = ["AddResult", "add_plan"]


@dataclass
class AddResult:
    """What ``add`` did: the version it stored (None when refused) and the findings that decided it."""

    version: VersionInfo | None
    errors: list[Finding] = field(default_factory=list)
    warnings: int = 0

    def as_json(self) -> dict[str, Any]:
        return {"stored": self.version.as_json() if self.version else None,
                "errors": [{"rule": f.rule, "message": {"en": f.message_en, "bg": f.message_bg}, "gml_id": f.gml_id} for f in self.errors[:50]],
                "error_count": len(self.errors), "warnings": self.warnings}


class _Kept:
    """The features the validation pass read, gathered into a data set (the file is read once)."""

    def __init__(self) -> None:
        self.features: list[Any] = []
        self.source: Any = None

    def __call__(self, source: Any, feature: Any) -> None:
        self.source = source
        self.features.append(feature)

    def dataset(self) -> PlanDataset:
        source = self.source
        data = PlanDataset(crs=source.crs)
        for f in self.features:
            data.add(f)
        data.dataset_id = source.dataset_id
        data.metadata = dict(source.metadata)
        return data


def add_plan(register: RegisterProvider, path: str | os.PathLike[str], authority: str,
             amends: list[str] | None = None, force: bool = False, profile: str = "bg") -> AddResult:
    """Validate ``path`` with the validators engine; store it unless it has errors (or ``force``).

    The features are stored from the validation pass itself, so a big GML is parsed once.
    The default profile is the Bulgarian one: a municipal register keeps plans in the
    national CRS, which the plain INSPIRE profile would refuse.
    """
    from validators import ValidationOptions, validate

    kept = _Kept()
    report = validate(str(path), ValidationOptions(profile=profile, on_read=kept))
    errors = [f for f in report.findings if f.severity >= Severity.ERROR]
    warnings = sum(1 for f in report.findings if f.severity == Severity.WARNING)
    if any(f.severity >= Severity.FATAL for f in errors):
        first = next(f for f in errors if f.severity >= Severity.FATAL)
        raise RegisterError(Text("register.adding", "{path}: {finding}", path=path, finding=first.text))
    if errors and not force:
        return AddResult(None, errors, warnings)
    if kept.source is None:
        raise RegisterError(Text("register.adding", "{path}: the file holds no PLU feature", path=path))
    data = kept.dataset()
    # an amended plan must be in the register; it is kept as NAMESPACE:LOCALID, which stays unambiguous
    amended = [register.version(plan_ref).plan_key for plan_ref in amends or []]
    return AddResult(register.add(data, authority, amended), errors, warnings)
