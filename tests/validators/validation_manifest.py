"""The broken-plan manifest: reading it, and comparing findings with what it expects."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

BROKEN = Path(__file__).resolve().parents[1] / "data" / "broken"


@lru_cache(maxsize=1)
def load_generator():
    """``tests/data/broken/make_broken.py`` as a module (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("make_broken", BROKEN / "make_broken.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_broken"] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def manifest() -> list[dict]:
    return json.loads((BROKEN / "manifest.json").read_text(encoding="utf-8"))


def parse_expected(items: list[str]) -> Counter:
    """``RULE@gml_id*count`` strings as a Counter of (rule, gml_id)."""
    out: Counter = Counter()
    for item in items:
        count = 1
        if "*" in item:
            item, n = item.rsplit("*", 1)
            count = int(n)
        rule, _, gid = item.partition("@")
        out[(rule, gid or None)] += count
    return out


def found(findings) -> Counter:
    out: Counter = Counter()
    for f in findings:
        out[(f.rule, f.gml_id)] += f.count
    return out
