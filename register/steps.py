"""The lifecycle steps of a version, in order (INSPIRE ProcessStepGeneralValue), and their code-list URIs.

Apart from :mod:`register.store` so that naming a step (``plu register status --help``) loads no database
or GDAL code.
"""

from __future__ import annotations

from plu_model.codelists import INSPIRE_CODELIST_BASE

__all__ = ["STEPS", "step_uri"]

#: the lifecycle steps, in order (INSPIRE ProcessStepGeneralValue)
STEPS = ("elaboration", "adoption", "legalForce", "obsolete")
_STEP_BASE = INSPIRE_CODELIST_BASE + "ProcessStepGeneralValue/"


def step_uri(step: str) -> str:
    return _STEP_BASE + step
