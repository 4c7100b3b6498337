"""Fixtures of the validator tests."""

from __future__ import annotations

import pytest
from validation_manifest import load_generator


@pytest.fixture(scope="session")
def broken_generator():
    """The module that builds the broken plans (for its base plan and in-memory cases)."""
    return load_generator()
