"""Files the register tests read (kept apart from conftest.py, which pytest owns)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "sofia_zelena_polyana_pup.gml"
BROKEN = ROOT / "tests" / "data" / "broken" / "geom_self_intersection.gml"
