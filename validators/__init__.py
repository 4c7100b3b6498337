"""Validation of PLU plans: the INSPIRE tests offline, geometry, topology, references, national profiles.

Public API::

    from validators import Finding, Severity, ValidationOptions, iter_findings, validate, is_valid, RULES

:class:`Finding` (from :mod:`plu_model.findings`) is the one result type.
"""

from plu_model.findings import Finding, Severity
from validators.engine import is_valid, iter_findings, validate
from validators.options import ValidationOptions
from validators.report import ValidationReport
from validators.rules import FAMILIES, NOT_CHECKED, RULES, Rule

__all__ = [
    "FAMILIES",
    "NOT_CHECKED",
    "RULES",
    "Finding",
    "Rule",
    "Severity",
    "ValidationOptions",
    "ValidationReport",
    "is_valid",
    "iter_findings",
    "validate",
]
