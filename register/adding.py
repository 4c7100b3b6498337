"""``add``: validate a plan first, refuse one with errors unless forced, then store it as a new version."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from plu_model.dataset import PlanDataset
from plu_model.errors import PluInputError
from plu_model.findings import Finding, Severity
from plu_model.i18n import Text
from register.errors import RegisterError
from register.provider import RegisterProvider
from register.store import VersionInfo

__all__ = ["AddResult", "add_plan", "check_one_plan"]


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


#: files at least this large are read and stored by a second process while this one validates
#: (:mod:`register.store_worker`); below it, starting the process costs more than the overlap saves
PARALLEL_BYTES = 8_000_000


def add_plan(register: RegisterProvider, path: str | os.PathLike[str], authority: str,
             amends: list[str] | None = None, force: bool = False, profile: str = "bg",
             parallel_bytes: int | None = PARALLEL_BYTES) -> AddResult:
    """Validate ``path`` with the validators engine; store it unless it has errors (or ``force``).

    A big file (``parallel_bytes`` or more, on a machine with two cores or more) is read and
    stored by a second process in a transaction committed only once the validation here
    allows it; a smaller one is stored from the validation pass itself, so it is parsed once.
    The default profile is the Bulgarian one: a municipal register keeps plans in the
    national CRS, which the plain INSPIRE profile would refuse.
    """
    if _in_parallel(path, parallel_bytes):
        amended = _amended(register, amends)
        if amended is not None:
            return _add_beside(register, path, authority, amended, force, profile)
    return _add_in_pass(register, path, authority, amends, force, profile)


def _in_parallel(path: str | os.PathLike[str], parallel_bytes: int | None) -> bool:
    if parallel_bytes is None or (os.cpu_count() or 1) < 2:
        return False
    try:
        return os.path.getsize(path) >= parallel_bytes
    except OSError:
        return False


def _amended(register: RegisterProvider, amends: list[str] | None) -> list[str] | None:
    """The amended plans as ``NAMESPACE:LOCALID`` (they must be in the register), or None when one is not:
    :func:`_add_in_pass` then says so where it always did, after the validation."""
    try:
        return [register.version(plan_ref).plan_key for plan_ref in amends or []]
    except (RegisterError, PluInputError):
        return None


def check_one_plan(path: str | os.PathLike[str], data: PlanDataset) -> None:
    """A register version is one plan: a file with none or several SpatialPlans is refused, naming the file."""
    if not data.spatial_plans:  # a WFS answer, or zoning elements given without their plan
        raise RegisterError(Text("register.adding", "{path}: the file holds no SpatialPlan, only features of one; a "
                                                    "register version is a whole plan: add the file that holds its "
                                                    "SpatialPlan", path=path))
    if len(data.spatial_plans) != 1:
        raise RegisterError(Text("register.adding", "{path}: a register version holds exactly one SpatialPlan; the "
                                                    "file has {n_spatial_plans}; add each plan from a file of its "
                                                    "own", path=path, n_spatial_plans=len(data.spatial_plans)))


def _judged(path: str | os.PathLike[str], findings: list[Finding], force: bool) -> tuple[list[Finding], int, bool]:
    """The errors, the number of warnings, and whether the plan may be stored; a FATAL finding is raised."""
    errors = [f for f in findings if f.severity >= Severity.ERROR]
    warnings = sum(1 for f in findings if f.severity == Severity.WARNING)
    if any(f.severity >= Severity.FATAL for f in errors):
        first = next(f for f in errors if f.severity >= Severity.FATAL)
        raise RegisterError(Text("register.adding", "{path}: {finding}", path=path, finding=first.text))
    return errors, warnings, force or not errors


def _add_in_pass(register: RegisterProvider, path: str | os.PathLike[str], authority: str,
                 amends: list[str] | None, force: bool, profile: str) -> AddResult:
    """Validate, keeping what the validation pass read, then store that."""
    from validators import ValidationOptions, validate

    kept = _Kept()
    report = validate(str(path), ValidationOptions(profile=profile, on_read=kept))
    errors, warnings, allowed = _judged(path, report.findings, force)
    if not allowed:
        return AddResult(None, errors, warnings)
    if kept.source is None:
        raise RegisterError(Text("register.adding", "{path}: the file holds no PLU feature", path=path))
    usable_crs = getattr(kept.source, "require_usable_crs", None)
    if usable_crs is not None:  # a GML file: the database takes no plan without a CRS PROJ knows (even --force)
        usable_crs()
    data = kept.dataset()
    check_one_plan(path, data)
    # an amended plan must be in the register; it is kept as NAMESPACE:LOCALID, which stays unambiguous
    amended = [register.version(plan_ref).plan_key for plan_ref in amends or []]
    return AddResult(register.add(data, authority, amended), errors, warnings)


def _add_beside(register: RegisterProvider, path: str | os.PathLike[str], authority: str,
                amended: list[str], force: bool, profile: str) -> AddResult:
    """Validate here while a second process reads and stores the file; commit only what may be stored."""
    from register.store_worker import StoreRequest, StoreWorker
    from validators import ValidationOptions, validate

    worker = StoreWorker(StoreRequest(register.dsn, str(path), authority, tuple(amended)))
    try:
        report = validate(str(path), ValidationOptions(profile=profile))
        errors, warnings, allowed = _judged(path, report.findings, force)
        return AddResult(worker.finish(commit=allowed), errors, warnings)
    finally:
        worker.stop()
