"""Validation of PLU plans: the INSPIRE tests offline, geometry, topology, references, national profiles.

Public API::

    from validators import Finding, Severity, ValidationOptions, iter_findings, validate, is_valid, RULES

:class:`Finding` (from :mod:`plu_model.findings`) is the one result type.  Each name is imported
the first time it is asked for, so ``from validators.schema_folder import …`` does not load the
rule engine (and GDAL, numpy, shapely with it): ``plu`` starts faster that way.
"""

from __future__ import annotations

import importlib
from typing import Any

#: public name -> module that defines it
_WHERE = {
    "FAMILIES": "validators.rules",
    "NOT_CHECKED": "validators.rules",
    "RULES": "validators.rules",
    "Rule": "validators.rules",
    "Finding": "plu_model.findings",
    "Severity": "plu_model.findings",
    "ValidationOptions": "validators.options",
    "ValidationReport": "validators.report",
    "is_valid": "validators.engine",
    "iter_findings": "validators.engine",
    "validate": "validators.engine",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    """The public name, imported from its module on first use."""
    if name not in _WHERE:
        raise AttributeError(f"module 'validators' has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))
