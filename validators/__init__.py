"""Validation of PLU plans: the INSPIRE tests offline, geometry, topology, references, national profiles.

Public API::

    from validators import Finding, Severity, ValidationOptions, iter_findings, validate, is_valid, RULES

:class:`Finding` (from :mod:`plu_model.findings`) is the one result type.  Each name is imported
the first time it is asked for, so ``from validators.schema_folder import …`` does not load the
rule engine (and GDAL, numpy, shapely with it): ``plu`` starts faster that way.
"""

from __future__ import annotations

from plu_model.lazy import lazy_attributes

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


__getattr__, __dir__ = lazy_attributes(__name__, _WHERE, globals())
